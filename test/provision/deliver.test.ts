import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yaml from "js-yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { diskFs } from "../../scripts/adapters/disk-fs.ts";
import { validate } from "../../scripts/adapters/repository.ts";
import { runDeliver } from "../../scripts/cli/provision.ts";
import type { Application, Delivery } from "../../scripts/core/model.ts";
import {
  deliveryFromOutputs,
  deliveryPath,
  deliveryYaml,
  mergeDelivery,
  renderNotification,
} from "../../scripts/core/provision/delivery.ts";
import { parseStackOutputs, type StackOutputs } from "../../scripts/core/provision/outputs.ts";
import { SchemaValidator } from "../../scripts/core/schema/validate.ts";
import { shenzhen } from "../../scripts/profiles/shenzhen/index.ts";
import { examplesRoot, TODAY } from "../helpers/repo.ts";
import { capture, catalog } from "./helpers.ts";

const app = (file: string) =>
  yaml.load(readFileSync(join(examplesRoot, file), "utf8"), { schema: yaml.CORE_SCHEMA }) as Application;

/** student-registry 的 stack 输出（形态与 pulumi/program.ts 导出的一致，见 pulumi.test.ts）。 */
const outputs: StackOutputs = {
  govcloud: {
    unit: "sz-edu",
    system: "student-registry",
    stack: "sz-edu.student-registry",
    cloud: "x86",
    namePrefix: "szedu-xj",
  },
  resources: {
    app: {
      service: "ecs",
      instances: [
        {
          name: "app-1",
          hostname: "szedu-xj-app-1",
          ip: "10.21.3.11",
          floatingIp: "59.40.1.11",
          cloudId: "a0b1",
        },
        { name: "app-2", hostname: "szedu-xj-app-2", ip: "10.21.3.12", cloudId: "a0b2" },
      ],
      config: {
        vcpu: 12,
        memoryGB: 24,
        systemDisk: { sizeGB: 100, tier: "sas" },
        dataDisks: [{ sizeGB: 200, tier: "sas" }],
      },
    },
    db: {
      service: "ecs",
      instances: [
        { name: "db-1", hostname: "szedu-xj-db-1", ip: "10.21.3.21", cloudId: "d0b1" },
        { name: "db-2", hostname: "szedu-xj-db-2", ip: "fd00::2", cloudId: "d0b2" },
      ],
    },
    files: {
      service: "obs",
      instances: [{ name: "files-1", cloudId: "c001" }],
      endpoint: "https://obs.example/szedu-xj-files-1",
    },
    "public-ip": {
      service: "eip",
      instances: [{ name: "public-ip-1", floatingIp: "59.40.1.11", cloudId: "f001" }],
    },
  },
};

const validates = (d: Delivery) =>
  SchemaValidator.for(catalog, shenzhen.schema).validate("delivery", "x.yaml", d);

describe("交付记录：由 stack 输出写出", () => {
  it("新增申请：OpenStack 发放的资源写出实例（主机名、IP、弹性IP、云上 ID）与访问地址；人工交付的服务不在其中", () => {
    const { delivery, missing } = deliveryFromOutputs({
      application: app("requests/sz-edu/student-registry/0001-new.yaml"),
      outputs,
      date: "2026-05-20",
      catalog,
    });
    expect(missing).toEqual([]);
    expect(delivery).toEqual({
      kind: "delivery",
      profile: "shenzhen",
      application: 1,
      date: "2026-05-20",
      resources: [
        {
          id: "app",
          instances: [
            {
              name: "app-1",
              hostname: "szedu-xj-app-1",
              ip: "10.21.3.11",
              floatingIp: "59.40.1.11",
              cloudId: "a0b1",
            },
            { name: "app-2", hostname: "szedu-xj-app-2", ip: "10.21.3.12", cloudId: "a0b2" },
          ],
        },
        {
          id: "db",
          // 交付记录只收 IPv4（schema 的 format），IPv6 地址不写
          instances: [
            { name: "db-1", hostname: "szedu-xj-db-1", ip: "10.21.3.21", cloudId: "d0b1" },
            { name: "db-2", hostname: "szedu-xj-db-2", cloudId: "d0b2" },
          ],
        },
        {
          id: "files",
          instances: [{ name: "files-1", cloudId: "c001" }],
          endpoint: "https://obs.example/szedu-xj-files-1",
        },
        { id: "public-ip", instances: [{ name: "public-ip-1", floatingIp: "59.40.1.11", cloudId: "f001" }] },
      ],
    });
    expect(validates(delivery)).toEqual([]);
  });

  it("变更申请：写出云上实际的配置；撤销、端口申请只有交付日期", () => {
    const change = deliveryFromOutputs({
      application: app("requests/sz-edu/student-registry/0002-change.yaml"),
      outputs,
      date: "2026-12-05",
      catalog,
    }).delivery;
    expect(change.resources?.map((r) => [r.id, r.config])).toEqual([
      [
        "app",
        {
          vcpu: 12,
          memoryGB: 24,
          systemDisk: { sizeGB: 100, tier: "sas" },
          dataDisks: [{ sizeGB: 200, tier: "sas" }],
        },
      ],
    ]);
    expect(validates(change)).toEqual([]);
    const ports = deliveryFromOutputs({
      application: app("requests/sz-edu/student-registry/0003-ports.yaml"),
      outputs,
      date: "2026-11-20",
      catalog,
    });
    expect(ports.delivery).toEqual({
      kind: "delivery",
      profile: "shenzhen",
      application: 3,
      date: "2026-11-20",
    });
  });

  it("stack 输出里缺了申请中的资源：报告出来（pulumi up 没有完成？）", () => {
    const { missing } = deliveryFromOutputs({
      application: app("requests/sz-edu/student-registry/0001-new.yaml"),
      outputs: { ...outputs, resources: { app: outputs.resources.app as StackOutputs["resources"][string] } },
      date: "2026-05-20",
      catalog,
    });
    expect(missing).toEqual(["db", "files", "public-ip"]);
  });

  it("合并：资源按标识替换或追加，日期取较晚的一次", () => {
    const a: Delivery = {
      kind: "delivery",
      profile: "shenzhen",
      application: 1,
      date: "2026-05-20",
      resources: [{ id: "app" }],
    };
    const b: Delivery = {
      kind: "delivery",
      profile: "shenzhen",
      application: 1,
      date: "2026-05-22",
      resources: [
        { id: "cache", endpoint: "10.21.3.50:6379" },
        { id: "app", remark: "新" },
      ],
    };
    expect(mergeDelivery(a, b)).toEqual({
      kind: "delivery",
      profile: "shenzhen",
      application: 1,
      date: "2026-05-22",
      resources: [
        { id: "app", remark: "新" },
        { id: "cache", endpoint: "10.21.3.50:6379" },
      ],
    });
    expect(mergeDelivery(b, a).date).toBe("2026-05-22");
  });

  it("YAML：首行是 schema 注释，实例一行一台，读回来与原对象相同", () => {
    const { delivery } = deliveryFromOutputs({
      application: app("requests/sz-edu/student-registry/0001-new.yaml"),
      outputs,
      date: "2026-05-20",
      catalog,
    });
    const text = deliveryYaml(delivery);
    expect(text.split("\n").slice(0, 7)).toEqual([
      "# yaml-language-server: $schema=../../../../schemas/shenzhen/delivery.schema.json",
      "# 交付记录：申请 1 的发放结果（第24、25条），由发放流水线写入，人工不改",
      "kind: delivery",
      "profile: shenzhen",
      "application: 1",
      "date: 2026-05-20",
      "resources:",
    ]);
    expect(text).toContain(
      "      - {name: app-1, hostname: szedu-xj-app-1, ip: 10.21.3.11, floatingIp: 59.40.1.11, cloudId: a0b1}",
    );
    expect(yaml.load(text, { schema: yaml.CORE_SCHEMA })).toEqual(delivery);
    expect(deliveryPath("sz-edu", "student-registry", 3)).toBe(
      "requests/sz-edu/student-registry/deliveries/0003.yaml",
    );
  });

  it("stack 输出的形态不对时指出位置", () => {
    expect(() => parseStackOutputs({ resources: {} })).toThrow(
      "stack 输出 /govcloud：缺少（这不是 govcloud 程序的输出？）",
    );
    expect(() =>
      parseStackOutputs({
        ...outputs,
        resources: { app: { service: "ecs", instances: [{ ip: "1.2.3.4" }] } },
      }),
    ).toThrow("stack 输出 /resources/app/instances/0：须有 name");
    expect(parseStackOutputs(JSON.parse(JSON.stringify(outputs)))).toEqual(outputs);
  });
});

describe("govcloud deliver（写进仓库的副本）", () => {
  let root: string;
  const io = () => capture(root);
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "govcloud-deliver-"));
    cpSync(join(examplesRoot, "requests"), join(root, "requests"), { recursive: true });
    writeFileSync(join(root, "outputs.json"), JSON.stringify(outputs));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("写出变更申请 2 的交付记录（通过校验、折叠后状态有交付日期）与第25条通知；再运行一次没有变化", async () => {
    const first = io();
    const code = await runDeliver(
      [
        "--system",
        "sz-edu/student-registry",
        "--application",
        "2",
        "--outputs",
        "outputs.json",
        "--date",
        "2026-12-05",
        "--notification",
        "notice.md",
      ],
      first.io,
    );
    expect(code).toBe(0);
    expect(first.out.stderr).toBe("已写入 requests/sz-edu/student-registry/deliveries/0002.yaml\n");
    const file = "requests/sz-edu/student-registry/deliveries/0002.yaml";
    const { findings, histories } = validate({
      fs: diskFs(root),
      scope: { kind: "files", files: [file] },
      lang: "zh",
      today: TODAY,
    });
    expect(findings).toEqual([]);
    expect(histories.get("sz-edu/student-registry")?.current.resources.get("app")?.config).toMatchObject({
      vcpu: 12,
      memoryGB: 24,
    });
    await expect(readFileSync(join(root, "notice.md"), "utf8")).toMatchFileSnapshot(
      "./golden/notice-student-registry-0002.md",
    );

    const second = io();
    expect(
      await runDeliver(
        [
          "--system",
          "sz-edu/student-registry",
          "--application",
          "2",
          "--outputs",
          "outputs.json",
          "--date",
          "2026-12-05",
          "--notification",
          "notice.md",
        ],
        second.io,
      ),
    ).toBe(0);
    expect(second.out.stderr).toBe("requests/sz-edu/student-registry/deliveries/0002.yaml 没有变化。\n");
  });

  it("stack 输出属于另一个系统：不写，退出码 1", async () => {
    const run = io();
    expect(
      await runDeliver(
        ["--system", "sz-edu/campus-portal", "--application", "1", "--outputs", "outputs.json"],
        run.io,
      ),
    ).toBe(1);
    expect(run.out.stderr).toBe(
      "govcloud deliver：stack 输出属于 sz-edu/student-registry（stack sz-edu.student-registry），不是 sz-edu/campus-portal。\n",
    );
  });

  it("没有的申请、缺少参数：用法错误", async () => {
    await expect(
      runDeliver(
        ["--system", "sz-edu/student-registry", "--application", "9", "--outputs", "outputs.json"],
        io().io,
      ),
    ).rejects.toMatchObject({
      zh: "系统 sz-edu/student-registry 没有序号为 9 的申请（或它没有通过校验：先运行 govcloud validate）。",
    });
    await expect(
      runDeliver(["--system", "sz-edu/student-registry", "--application", "1"], io().io),
    ).rejects.toMatchObject({
      zh: "请给出 --outputs（pulumi stack output --json）或 --checklist（勾选的交付清单），或两者。",
    });
  });
});

describe("第25条交付通知", () => {
  it("表格列出每台主机的主机名、IP、弹性IP 与配置；用户文字按原样显示", () => {
    const application = app("requests/sz-edu/student-registry/0001-new.yaml");
    const { delivery } = deliveryFromOutputs({ application, outputs, date: "2026-05-20", catalog });
    const text = renderNotification({
      unit: {
        kind: "unit",
        profile: "shenzhen",
        name: "深圳市*教育局*",
        nature: "机关",
        address: "x",
        agents: [],
      },
      registration: { name: "学籍|系统" } as never,
      application,
      delivery,
      state: { resources: new Map(), revoked: new Map(), ports: [], applied: [] },
      catalog,
      profile: shenzhen,
      pendingManual: ["backup", "waf"],
    });
    expect(text).toContain("## 云服务交付通知（第25条）");
    expect(text).toContain("按《深圳市政务云服务申请规范》第25条，现将 IP、主机名与配置告知如下。");
    expect(text).toContain("深圳市&#42;教育局&#42;：");
    expect(text).toContain(
      "贵单位“学籍&#124;系统”第 1 号申请（新增申请，申请日期 2026-05-11）已于 2026-05-20 交付。",
    );
    expect(text).toContain("| app | — | app-1 | szedu-xj-app-1 | 10.21.3.11 | 59.40.1.11 | — |");
    expect(text).toContain("尚待人工开通：`backup`、`waf`（提供商工程师开通后另行通知）。");
  });
});
