import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runChecklist, runDeliver } from "../../scripts/cli/provision.ts";
import {
  checklistItems,
  deliveryFromChecklist,
  parseChecklist,
  renderChecklist,
} from "../../scripts/core/provision/checklist.ts";
import { mergeDelivery } from "../../scripts/core/provision/delivery.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { SchemaValidator } from "../../scripts/core/schema/validate.ts";
import { apply, emptyState } from "../../scripts/core/state/fold.ts";
import { validate } from "../../scripts/core/validate.ts";
import { exampleFiles, examplesRoot, TODAY } from "../helpers/repo.ts";
import { capture, catalog, changeApp, newApp } from "./helpers.ts";

const { repo, histories } = validate({
  fs: memoryFs(exampleFiles()),
  scope: { kind: "all" },
  lang: "zh",
  today: TODAY,
});
const appOf = (key: string, seq: number) =>
  repo.applications.get(key)?.find((a) => a.data.sequence === seq)?.data as NonNullable<
    ReturnType<typeof repo.applications.get>
  >[number]["data"];
const beforeOf = (key: string, seq: number) => histories.get(key)?.before.get(seq) ?? emptyState;

const checklist = () =>
  renderChecklist({
    unit: "sz-edu",
    system: "student-registry",
    systemName: "深圳市中小学学籍管理系统",
    application: 1,
    applicationType: "new",
    items: checklistItems(
      appOf("sz-edu/student-registry", 1),
      beforeOf("sz-edu/student-registry", 1),
      catalog,
    ),
  });

/** 工程师开通后勾选并写详情（照着清单上的说明写）。 */
const ticked = () =>
  checklist()
    .replace(/^- \[ \]/gm, "- [x]")
    .replace(
      "`bastion` 云堡垒机 · 开通 · 1套 · 20 资产 · 目录条目 bastion.20 × 1\n",
      "`bastion` 云堡垒机 · 开通 · 1套 · 20 资产 · 目录条目 bastion.20 × 1\n  - 实例: bastion-1 10.21.3.40 szedu-xj-bastion id=6f1c-77\n  - 地址: https://10.21.3.40\n  - 备注: 管理员账号已发给技术负责人\n",
    )
    .replace(
      "`host-security` 主机安全 · 开通 · 4虚机 · 目录条目 hss × 4\n",
      "`host-security` 主机安全 · 开通 · 4虚机 · 目录条目 hss × 4\n  - 备注: 已为 app-1、app-2、db-1、db-2 安装客户端\n",
    );

describe("交付清单", () => {
  it("学籍系统申请 1：一项一个人工交付的服务，写明数量、配置与目录条目（审阅过的 golden 文件）", async () => {
    await expect(checklist()).toMatchFileSnapshot("./golden/checklist-student-registry-0001.md");
  });

  it("撤销、变更、续期也进清单；OpenStack 发放的服务不进", () => {
    expect(
      checklistItems(appOf("sz-edu/campus-portal", 2), beforeOf("sz-edu/campus-portal", 2), catalog).map(
        (i) => [i.resource, i.action, i.summary],
      ),
    ).toEqual([["cms-security", "revoke", "1虚机 · 目录条目 hss × 1 · 不涉及数据"]]);
    const cache = { id: "cache", service: "dcs", purpose: "缓存", edition: "ha" as const, sizeGB: 4 };
    const before = apply(emptyState, newApp(1, [cache]));
    expect(
      checklistItems(
        changeApp(2, [{ resource: "cache", before: { sizeGB: 4 }, after: { sizeGB: 8 } }]),
        before,
        catalog,
      ).map((i) => [i.action, i.summary]),
    ).toEqual([["change", "主备版，4GB → 主备版，8GB · 目录条目 dcs.ha × 8GB"]]);
    expect(checklistItems(appOf("sz-edu-exam/exam-registration", 1), emptyState, catalog)).toEqual([]);
  });

  it("往返：勾选并写详情的清单 → 交付记录（通过校验），与 Pulumi 写的部分合并", () => {
    const parsed = parseChecklist(ticked());
    expect(parsed?.problems).toEqual([]);
    const { delivery, unticked } = deliveryFromChecklist(parsed as NonNullable<typeof parsed>, {
      date: "2026-05-22",
      profile: "shenzhen",
    });
    expect(unticked).toEqual([]);
    expect(delivery).toEqual({
      kind: "delivery",
      profile: "shenzhen",
      application: 1,
      date: "2026-05-22",
      resources: [
        { id: "backup" },
        { id: "host-security", remark: "已为 app-1、app-2、db-1、db-2 安装客户端" },
        { id: "log-audit" },
        { id: "waf" },
        {
          id: "bastion",
          instances: [
            { name: "bastion-1", hostname: "szedu-xj-bastion", ip: "10.21.3.40", cloudId: "6f1c-77" },
          ],
          endpoint: "https://10.21.3.40",
          remark: "管理员账号已发给技术负责人",
        },
        { id: "db-audit" },
      ],
    });
    expect(SchemaValidator.for(catalog).validate("delivery", "x.yaml", delivery)).toEqual([]);
    const merged = mergeDelivery(
      {
        kind: "delivery",
        profile: "shenzhen",
        application: 1,
        date: "2026-05-20",
        resources: [{ id: "app" }],
      },
      delivery,
    );
    expect(merged.date).toBe("2026-05-22");
    expect(merged.resources?.map((r) => r.id)).toEqual([
      "app",
      "backup",
      "host-security",
      "log-audit",
      "waf",
      "bastion",
      "db-audit",
    ]);
  });

  it("未勾选的项与看不懂的详情行都报告出来", () => {
    const text = checklist()
      .replace("- [ ] `waf`", "- [x] `waf`")
      .replace(
        "目录条目 waf.base × 1\n",
        "目录条目 waf.base × 1\n  - 实例: WAF-1 10.0.0.1\n  - 实例: waf-1 10.0.0.1 10.0.0.2 10.0.0.3\n  - 端口: 443\n  - 实例: waf-1 ip=10.0.0.300\n",
      );
    const parsed = parseChecklist(text);
    expect(parsed?.problems).toEqual([
      {
        line: 11,
        text: "- 实例: WAF-1 10.0.0.1",
        why: "实例名须在最前，只用小写字母、数字与连字符，以字母开头（如 cache-1）",
      },
      { line: 12, text: "- 实例: waf-1 10.0.0.1 10.0.0.2 10.0.0.3", why: "多了一个 IP 10.0.0.3" },
      { line: 13, text: "- 端口: 443", why: "不认识的键（实例、地址、备注）" },
      { line: 14, text: "- 实例: waf-1 ip=10.0.0.300", why: "ip 10.0.0.300 不是 IPv4 地址" },
    ]);
    const { unticked } = deliveryFromChecklist(parsed as NonNullable<typeof parsed>, {
      date: TODAY,
      profile: "shenzhen",
    });
    expect(unticked).toEqual(["backup", "host-security", "log-audit", "bastion", "db-audit"]);
    expect(parseChecklist("没有标记的评论")).toBeUndefined();
  });
});

describe("govcloud checklist / deliver --checklist", () => {
  let root: string;
  const cap = () => capture(root);
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "govcloud-checklist-"));
    cpSync(join(examplesRoot, "requests"), join(root, "requests"), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("打印清单；没有人工交付项时不输出", async () => {
    const run = cap();
    expect(await runChecklist(["--system", "sz-edu/student-registry", "--application", "1"], run.io)).toBe(0);
    expect(run.out.stdout).toBe(checklist());
    const none = cap();
    expect(await runChecklist(["--system", "sz-edu/student-registry", "--application", "3"], none.io)).toBe(
      0,
    );
    expect(none.out.stdout).toBe("");
    expect(none.out.stderr).toBe("sz-edu/student-registry 申请 3 没有需要人工交付的服务。\n");
  });

  it("勾选完的清单并入已有的交付记录；没勾完时不写", async () => {
    const file = join(root, "requests/sz-edu/student-registry/deliveries/0001.yaml");
    const original = readFileSync(file, "utf8");
    writeFileSync(join(root, "half.md"), checklist().replace("- [ ] `waf`", "- [x] `waf`"));
    const half = cap();
    expect(
      await runDeliver(
        [
          "--system",
          "sz-edu/student-registry",
          "--application",
          "1",
          "--checklist",
          "half.md",
          "--date",
          "2026-05-22",
        ],
        half.io,
      ),
    ).toBe(1);
    expect(half.out.stderr).toContain(
      "清单还有 5 项没有勾选：backup、host-security、log-audit、bastion、db-audit。",
    );
    expect(readFileSync(file, "utf8")).toBe(original);

    writeFileSync(join(root, "done.md"), ticked());
    const done = cap();
    expect(
      await runDeliver(
        [
          "--system",
          "sz-edu/student-registry",
          "--application",
          "1",
          "--checklist",
          "done.md",
          "--date",
          "2026-05-22",
          "--notification",
          "n.md",
        ],
        done.io,
      ),
    ).toBe(0);
    const written = readFileSync(file, "utf8");
    expect(written).toContain("  - id: app\n");
    expect(written).toContain("  - id: bastion\n");
    expect(written).toContain("date: 2026-05-22\n");
    expect(existsSync(join(root, "n.md"))).toBe(true);
    const { findings } = validate({
      fs: memoryFs({ ...exampleFiles(), "requests/sz-edu/student-registry/deliveries/0001.yaml": written }),
      scope: { kind: "files", files: ["requests/sz-edu/student-registry/deliveries/0001.yaml"] },
      lang: "zh",
      today: TODAY,
    });
    expect(findings).toEqual([]);
  });

  it("清单属于另一份申请：不写", async () => {
    writeFileSync(join(root, "other.md"), ticked());
    const run = cap();
    expect(
      await runDeliver(
        ["--system", "sz-edu/student-registry", "--application", "3", "--checklist", "other.md"],
        run.io,
      ),
    ).toBe(1);
    expect(run.out.stderr).toBe(
      "govcloud deliver：清单属于 sz-edu/student-registry 申请 1，不是 sz-edu/student-registry 申请 3。\n",
    );
  });
});
