import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseSite, stackSettings } from "../../pulumi/settings.ts";
import { loadCatalog } from "../../scripts/adapters/catalog-files.ts";
import type { Application } from "../../scripts/core/model.ts";
import { defaultProvision } from "../../scripts/core/provision/binding.ts";
import { provisionedBy } from "../../scripts/core/provision/delivery.ts";
import { desiredSystem } from "../../scripts/core/provision/desired.ts";
import { parseStackOutputs } from "../../scripts/core/provision/outputs.ts";
import type { ResourceSpec } from "../../scripts/core/provision/types.ts";
import { huaibeiProvision, zoneNetwork } from "../../scripts/profiles/huaibei/provision.ts";
import { shenzhenProvision } from "../../scripts/profiles/shenzhen/provision.ts";
import { runCli } from "../helpers/cli.ts";
import { repoRoot } from "../helpers/repo.ts";
import {
  deliveryFile,
  huaibeiDesired,
  huaibeiFixture,
  huaibeiInput,
  withProduction,
} from "./huaibei-fixture.ts";

/**
 * 淮北经 profile 的发放部分走同一个引擎（issue 15 第7项）：服务映射到引擎的规格种类、一个云服务商一个站点、
 * 部署区域 × 测试/生产的网络；转生产是改接网络的计划内变更，卷不重建。
 */

const ofKind = (specs: readonly ResourceSpec[], kind: ResourceSpec["kind"]) =>
  specs.filter((s) => s.kind === kind);
const networks = (specs: readonly ResourceSpec[]) =>
  Object.fromEntries(
    specs.flatMap((s) => (s.kind === "port" || s.kind === "load-balancer" ? [[s.name, s.network]] : [])),
  );

describe("期望状态：测试区", () => {
  const d = huaibeiDesired();

  it("站点是系统登记的云服务商；服务映射到引擎条目；没有拒绝，与交付相比没有变化", () => {
    expect(d.cloud).toBe("telecom");
    expect(d.refusals).toEqual([]);
    expect(d.changes).toEqual([]);
    expect(d.engines).toEqual({
      app: "ecs",
      "ip-gov": "eip",
      "ip-pub": "eip",
      lb4: "elb",
      oss: "obs",
      web: "ecs",
    });
    expect(d.manual.map((m) => [m.resource, m.reason])).toEqual([["db", "not-openstack"]]);
    expect(d.moves).toBeUndefined();
  });

  it("主机与负载均衡接入「部署区域 × 测试区」的网络", () => {
    expect(networks(d.specs)).toEqual({
      "app-1-port": { kind: "site", name: "govnet-test" },
      "app-2-port": { kind: "site", name: "govnet-test" },
      "lb4-1": { kind: "site", name: "govnet-test" },
      "web-1-port": { kind: "site", name: "internet-test" },
    });
  });

  it("政务外网IP 与互联网IP 取各自的地址池；没写类型的数据盘是 SATA（目录默认）", () => {
    expect(ofKind(d.specs, "floating-ip").map((s) => [s.name, s.kind === "floating-ip" && s.pool])).toEqual([
      ["ip-gov-1", "govnet"],
      ["ip-gov-2", "govnet"],
      ["ip-pub-1", "internet"],
    ]);
    const disk = d.specs.find((s) => s.name === "app-1-data-2");
    expect(disk).toMatchObject({ kind: "volume", role: "data", sizeGB: 200, tier: "sata", protect: true });
  });
});

describe("转生产（第14条）：计划内的变更，卷不重建", () => {
  const before = huaibeiDesired();
  const after = huaibeiDesired(withProduction());

  it("卷的逻辑名（URN）与全部属性不变，仍受保护", () => {
    expect(ofKind(after.specs, "volume")).toEqual(ofKind(before.specs, "volume"));
    expect(ofKind(after.specs, "volume").every((s) => s.protect)).toBe(true);
    expect(ofKind(after.specs, "volume").length).toBe(7);
  });

  it("只有网卡、负载均衡与主机改变：网络键 test → production", () => {
    const changed = after.specs.filter(
      (s) => JSON.stringify(s) !== JSON.stringify(before.specs.find((b) => b.name === s.name)),
    );
    expect(changed.map((s) => s.name).sort()).toEqual(["app-1-port", "app-2-port", "lb4-1", "web-1-port"]);
    expect(networks(after.specs)).toEqual({
      "app-1-port": { kind: "site", name: "govnet-production" },
      "app-2-port": { kind: "site", name: "govnet-production" },
      "lb4-1": { kind: "site", name: "govnet-production" },
      "web-1-port": { kind: "site", name: "internet-production" },
    });
  });

  it("govcloud plan 显示改接网络与原因；没有卷的变更，只解除主机实例的保护", () => {
    expect(after.refusals).toEqual([]);
    expect(after.changes.map((c) => [c.action, c.kind, c.name])).toEqual([
      ["move", "port", "app-1-port"],
      ["move", "port", "app-2-port"],
      ["move", "load-balancer", "lb4-1"],
      ["move", "port", "web-1-port"],
      ["move", "instance", "app-1"],
      ["move", "instance", "app-2"],
      ["move", "instance", "web-1"],
    ]);
    expect(after.changes[0]?.detail?.zh).toBe("网络 govnet-test → govnet-production");
    expect(after.changes.some((c) => c.kind === "volume")).toBe(false);
    expect(after.moves).toEqual([
      {
        resource: "app",
        names: ["app-1", "app-2"],
        urns: [
          "urn:pulumi:hb-edu.smart-edu::govcloud::openstack:compute/instance:Instance::app-1",
          "urn:pulumi:hb-edu.smart-edu::govcloud::openstack:compute/instance:Instance::app-2",
        ],
      },
      {
        resource: "web",
        names: ["web-1"],
        urns: ["urn:pulumi:hb-edu.smart-edu::govcloud::openstack:compute/instance:Instance::web-1"],
      },
    ]);
    expect(after.notes.map((n) => n.message.zh)).toEqual([
      "app、lb4、web 改接到新的网络（第14条）：这是计划内的变更，只动网卡（端口）、主机实例与卷的挂载；系统盘与数据盘是独立的受保护资源，保留并重新挂载，不重建，数据不动。主机实例在 pulumi up 之前解除保护（moves），之后重新保护。",
    ]);
  });

  it("迁移做完、交付记录写 zone: production 之后，不再有变化", () => {
    const text = readFileSync(join(huaibeiFixture, deliveryFile), "utf8").replace(
      "zone: test",
      "zone: production",
    );
    const done = huaibeiDesired({ [deliveryFile]: `${text}production:\n  date: 2026-10-20\n` });
    expect(done.changes).toEqual([]);
    expect(done.moves).toBeUndefined();
    expect(networks(done.specs)["app-1-port"]).toEqual({ kind: "site", name: "govnet-production" });
  });
});

describe("站点与网络键", () => {
  it("登记的 carrier 决定站点", () => {
    const system = readFileSync(join(huaibeiFixture, "requests/hb-edu/smart-edu/system.yaml"), "utf8");
    const d = huaibeiDesired({
      "requests/hb-edu/smart-edu/system.yaml": system.replace("carrier: telecom", "carrier: unicom"),
    });
    expect(d.cloud).toBe("unicom");
    expect(huaibeiProvision.siteOf({} as never)).toBeUndefined();
    expect(huaibeiProvision.siteOf({ carrier: "satellite" } as never)).toBeUndefined();
  });

  it("没有站点：拒绝发放，说明字段与可选值", () => {
    const input = huaibeiInput();
    const d = desiredSystem({ ...input, provision: { ...huaibeiProvision, siteOf: () => undefined } });
    expect(d.refusals).toEqual([
      {
        code: "no-site",
        message: {
          zh: "系统登记（system.yaml）没有 carrier：不知道发放到哪个站点。请在登记中写明 carrier（可选 telecom、mobile、unicom）。",
          en: "The system registration (system.yaml) has no carrier: no site to provision to. Add carrier (one of telecom, mobile, unicom).",
        },
      },
    ]);
  });

  it.each([
    [{ zone: "internet" }, {}, "desired", "internet-test"],
    [{}, {}, "desired", "govnet-test"],
    [{ zone: "govnet" }, { productionOn: "2026-10-20" }, "desired", "govnet-production"],
    [{ zone: "govnet" }, { productionOn: "2026-10-20", deliveredZone: "test" }, "delivered", "govnet-test"],
    [{ zone: "internet" }, { deliveredZone: "production" }, "delivered", "internet-production"],
  ] as const)("网络键 %j %j %s → %s", (config, state, view, key) => {
    const r = {
      id: "x",
      service: "vm",
      config,
      kind: "production",
      createdBy: 1,
      changedBy: [],
      instances: [],
      ...state,
    };
    expect(zoneNetwork(r as never, view)).toBe(key);
  });

  it("淮北的站点配置：每个云服务商有全部网络键、地址池与卷类型", () => {
    const site = parseSite(
      readFileSync(join(repoRoot, "pulumi", huaibeiProvision.siteFile), "utf8"),
      "pulumi/sites/huaibei.yaml",
      huaibeiProvision.sites,
    );
    expect(Object.keys(site.clouds)).toEqual(["telecom", "mobile", "unicom"]);
    const pools = Object.values(huaibeiProvision.services).flatMap((b) => (b.pool ? [b.pool] : []));
    for (const cloud of huaibeiProvision.sites) {
      const c = site.clouds[cloud];
      expect(Object.keys(c.networks ?? {}).sort()).toEqual([
        "govnet-production",
        "govnet-test",
        "internet-production",
        "internet-test",
      ]);
      for (const pool of pools) expect(c.floatingIpPools[pool], `${cloud} ${pool}`).toBeTruthy();
      expect(c.volumeTypes).toEqual({ sata: "SATA", sas: "SAS", ssd: "SSD" });
    }
  });

  it("站点配置缺一个云服务商、网络名为空：报告文件与字段", () => {
    const one =
      "  telecom: { region: r, network: n, image: i, volumeTypes: { sata: a, sas: b, ssd: c }, floatingIpPools: {} }\n";
    expect(() => parseSite(`clouds:\n${one}`, "pulumi/sites/huaibei.yaml", huaibeiProvision.sites)).toThrow(
      "pulumi/sites/huaibei.yaml: clouds.mobile 缺少",
    );
    expect(() =>
      parseSite(
        `clouds:\n${one.replace("floatingIpPools: {}", "floatingIpPools: {}, networks: { govnet-test: '' }")}`,
        "s.yaml",
        ["telecom"],
      ),
    ).toThrow("s.yaml: clouds.telecom.networks.govnet-test 应为非空的网络名");
  });

  it("stack 的 cloud 须是 profile 的站点之一；stack 输出同样", () => {
    const get = (v: Record<string, string>) => (k: string) => v[k];
    const config = { unit: "hb-edu", system: "smart-edu", cloud: "telecom" };
    expect(stackSettings(get(config), "hb-edu.smart-edu", huaibeiProvision.sites).cloud).toBe("telecom");
    expect(() => stackSettings(get({ ...config, cloud: "x86" }), "dev", huaibeiProvision.sites)).toThrow(
      "stack dev 的 cloud 为 x86：只能是 telecom、mobile 或 unicom。",
    );
    const outputs = {
      govcloud: { unit: "u", system: "s", stack: "u.s", cloud: "mobile", namePrefix: "p" },
      resources: {},
    };
    expect(parseStackOutputs(outputs, huaibeiProvision.sites).govcloud.cloud).toBe("mobile");
    expect(() => parseStackOutputs(outputs)).toThrow("/govcloud/cloud");
  });

  it("深圳声明的映射就是引擎的默认（服务、站点、站点配置）", () => {
    expect(shenzhenProvision.services).toEqual(defaultProvision.services);
    expect(shenzhenProvision.sites).toEqual(defaultProvision.sites);
    expect(shenzhenProvision.siteFile).toBe(defaultProvision.siteFile);
    expect(shenzhenProvision.networkOf).toBeUndefined();
  });

  it("由 OpenStack 发放的资源（交付记录按它们写）：按淮北的映射", () => {
    const app = JSON.parse(
      JSON.stringify({
        type: "new",
        resources: ["app", "web", "ip-pub", "ip-gov", "lb4", "oss", "db"].map((id) => ({
          id,
          service:
            id === "app" || id === "web"
              ? "vm"
              : {
                  "ip-pub": "ip-internet",
                  "ip-gov": "ip-govnet",
                  lb4: "slb-l4",
                  oss: "object-storage",
                  db: "database",
                }[id],
        })),
      }),
    ) as Application;
    const catalog = loadCatalog("huaibei");
    expect(provisionedBy(app, catalog, huaibeiProvision)).toEqual([
      "app",
      "web",
      "ip-pub",
      "ip-gov",
      "lb4",
      "oss",
    ]);
    expect(provisionedBy(app, catalog)).toEqual([]);
  });
});

describe("命令行：plan、checklist、deliver", () => {
  const dirs: string[] = [];
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });
  const cwd = repoRoot;
  const root = ["--root", huaibeiFixture];

  it("plan 文本：站点、区域网络，没有 undefined", async () => {
    const r = await runCli(["plan", ...root], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("undefined");
    expect(r.stdout.split("\n").slice(0, 4)).toEqual([
      "hb-edu/smart-edu  淮北市智慧教育平台",
      "  stack hb-edu.smart-edu · 云环境 telecom · 最近交付：申请 1",
      "  本次发放（与最近一次交付相比）",
      "    与最近一次交付相比没有变化",
    ]);
    expect(r.stdout).toContain("站点网络 internet-test 安全组 web-sg,system-internal");
    expect(r.stdout).toContain("    db 数据库（非 OpenStack 服务）");
  });

  it("plan JSON（--lang en）：cloud、engines", async () => {
    const r = await runCli(["plan", ...root, "--format", "json", "--lang", "en"], { cwd });
    expect(r.code).toBe(0);
    const system = JSON.parse(r.stdout).systems[0];
    expect([system.stack, system.cloud, system.engines.app]).toEqual(["hb-edu.smart-edu", "telecom", "ecs"]);
  });

  it("checklist：只列 OpenStack 不能创建的服务", async () => {
    const r = await runCli(["checklist", ...root, "--system", "hb-edu/smart-edu", "--application", "1"], {
      cwd,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("- [ ] `db` 数据库 · 开通");
    expect(r.stdout).not.toContain("`app`");
  });

  it("deliver：stack 输出（站点 telecom）写出由 OpenStack 发放的资源", async () => {
    const dir = mkdtempSync(join(tmpdir(), "govcloud-hb-deliver-"));
    dirs.push(dir);
    cpSync(huaibeiFixture, dir, { recursive: true });
    rmSync(join(dir, deliveryFile));
    const instance = (name: string, ip?: string) => ({ name, ...(ip ? { ip } : {}) });
    const outputs = {
      govcloud: {
        unit: "hb-edu",
        system: "smart-edu",
        stack: "hb-edu.smart-edu",
        cloud: "telecom",
        namePrefix: "p",
      },
      resources: {
        app: { service: "vm", instances: [instance("app-1", "10.1.0.1"), instance("app-2", "10.1.0.2")] },
        web: { service: "vm", instances: [instance("web-1", "10.2.0.1")] },
        "ip-pub": { service: "ip-internet", instances: [instance("ip-pub-1")] },
        "ip-gov": { service: "ip-govnet", instances: [instance("ip-gov-1"), instance("ip-gov-2")] },
        lb4: { service: "slb-l4", instances: [instance("lb4-1", "10.1.0.9")] },
        oss: { service: "object-storage", instances: [instance("oss-1")] },
      },
    };
    writeFileSync(join(dir, "outputs.json"), JSON.stringify(outputs));
    const r = await runCli(
      [
        "deliver",
        "--root",
        dir,
        "--system",
        "hb-edu/smart-edu",
        "--application",
        "1",
        "--outputs",
        join(dir, "outputs.json"),
        "--date",
        "2026-09-10",
        "--dry-run",
      ],
      { cwd: dir },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("profile: huaibei");
    for (const id of ["app", "web", "ip-pub", "ip-gov", "lb4", "oss"])
      expect(r.stdout).toContain(`id: ${id}`);
    expect(r.stdout).not.toContain("id: db");
    // 第13条：先开通测试区
    expect(r.stdout).toMatch(/^zone: test$/m);
  });

  it("deliver after the test→production move records zone: production; plan then shows no pending move", async () => {
    const dir = mkdtempSync(join(tmpdir(), "govcloud-hb-move-"));
    dirs.push(dir);
    cpSync(huaibeiFixture, dir, { recursive: true });
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.email=t@example.invalid", "-c", "user.name=t", ...args], { cwd: dir });
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-qm", "test zone");
    // 人工的 PR：交付记录补上转生产（第14条），云上还在测试区
    const record = join(dir, deliveryFile);
    const original = readFileSync(record, "utf8");
    writeFileSync(record, withProduction()[deliveryFile] as string);
    const plan = (...more: string[]) =>
      runCli(["plan", "--root", dir, "--system", "hb-edu/smart-edu", "--now", "2026-10-21", ...more], {
        cwd: dir,
      });
    const pending = await plan();
    expect(pending.stdout).toContain("改接网络 port app-1-port：网络 govnet-test → govnet-production");
    // 流水线按改动过的交付记录重新发放这份申请并写交付记录
    const changed = await plan("--changed-from", "HEAD", "--format", "json");
    expect(
      JSON.parse(changed.stdout).systems.map(
        (s: { changedApplications?: number[] }) => s.changedApplications,
      ),
    ).toEqual([[1]]);

    const outputs = {
      govcloud: {
        unit: "hb-edu",
        system: "smart-edu",
        stack: "hb-edu.smart-edu",
        cloud: "telecom",
        namePrefix: "p",
      },
      resources: Object.fromEntries(
        ["app", "web", "ip-pub", "ip-gov", "lb4", "oss"].map((id) => [
          id,
          { service: "vm", instances: [{ name: `${id}-1` }] },
        ]),
      ),
    };
    writeFileSync(join(dir, "outputs.json"), JSON.stringify(outputs));
    const deliver = await runCli(
      [
        "deliver",
        "--root",
        dir,
        "--system",
        "hb-edu/smart-edu",
        "--application",
        "1",
        "--outputs",
        join(dir, "outputs.json"),
        "--date",
        "2026-10-21",
      ],
      { cwd: dir },
    );
    expect([deliver.code, deliver.stderr]).toEqual([0, `已写入 ${deliveryFile}\n`]);
    const written = readFileSync(record, "utf8");
    expect(written).toMatch(/^zone: production$/m);
    // 编辑器的 $schema 从交付记录出发，指向这个仓库所用的 schema（它没有自己的服务目录：本工具的）
    const href = /^# yaml-language-server: \$schema=(\S+)$/m.exec(written)?.[1] ?? "";
    expect(resolve(dirname(record), href)).toBe(join(repoRoot, "schemas", "huaibei", "delivery.schema.json"));
    // 交付日期不变（临时资源的期限从它起算，第18条）；转生产的日期保留
    expect(written).toMatch(/^date: 2026-09-10$/m);
    expect(written).toMatch(/^production:\n {2}date: 2026-10-20$/m);
    expect(original).toMatch(/^zone: test$/m);
    const after = await plan();
    expect(after.stdout).not.toContain("改接网络");
    expect(after.stdout).toContain("与最近一次交付相比没有变化");
    // 流水线自己写的交付记录（已在生产区）不再触发发放
    const again = await plan("--changed-from", "HEAD", "--format", "json");
    expect(JSON.parse(again.stdout).systems).toEqual([]);
  });
});
