import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog, memoryCatalogs } from "../../../scripts/adapters/catalog-files.ts";
import { diskFs } from "../../../scripts/adapters/disk-fs.ts";
import { validate } from "../../../scripts/adapters/repository.ts";
import { memoryFs, walk } from "../../../scripts/core/repository/fs.ts";
import { foldSystem } from "../../../scripts/core/state/fold.ts";
import { huaibeiCatalog } from "../../../scripts/profiles/huaibei/catalog.ts";
import { runCli } from "../../helpers/cli.ts";
import { repoRoot } from "../../helpers/repo.ts";

/**
 * 淮北的模型（issue 15 第1、2项）：服务目录、四个 schema 与示例仓库 examples/huaibei。
 * 示例仓库零发现；典型的填写错误由 schema 在正确的路径报告，并带上条款。
 */

const exampleRoot = join(repoRoot, "examples/huaibei");
const NOW = "2026-12-03";

function exampleFiles(): Record<string, string> {
  const files: Record<string, string> = {
    "govcloud.yaml": readFileSync(join(exampleRoot, "govcloud.yaml"), "utf8"),
  };
  for (const f of walk(diskFs(exampleRoot), "requests"))
    files[f] = readFileSync(join(exampleRoot, f), "utf8");
  return files;
}

const run = (files: Record<string, string>) =>
  validate({ fs: memoryFs(files), scope: { kind: "all" }, lang: "zh", today: NOW }).findings;

/** 改一个示例文件（文本替换，替换不到时让测试失败），返回全部文件。 */
function edited(file: string, from: string | RegExp, to: string): Record<string, string> {
  const files = exampleFiles();
  const before = files[file];
  if (before === undefined) throw new Error(`no example file ${file}`);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${file}: ${String(from)} not found`);
  return { ...files, [file]: after };
}

const edu = "requests/hb-edu/smart-edu";
const exam = "requests/hb-edu/exam-system";
const hosting = "requests/hb-health/data-hosting";
const emergency = "requests/hb-health/emergency";
const portal = "requests/hb-health/old-portal";

describe("the Huaibei example repository", () => {
  it("validates with zero findings through the CLI's --root", async () => {
    const { code, stdout } = await runCli(
      ["validate", "--root", "examples/huaibei", "--now", NOW, "--format", "json"],
      { cwd: repoRoot },
    );
    const report = JSON.parse(stdout) as { summary: { files: number }; findings: unknown[] };
    expect(report.findings).toEqual([]);
    expect(report.summary.files).toBe(23);
    expect(code).toBe(0);
  });

  it("covers every kind and the three confirmations", () => {
    const files = exampleFiles();
    const text = Object.values(files).join("\n");
    for (const needle of [
      "onboarding: new",
      "onboarding: migrate",
      "onboarding: hosting",
      "type: change",
      "type: revoke",
      "type: test\n",
      "type: test-renewal",
      "type: ports",
      // 先开通测试区、转生产后由 govcloud deliver 记下生产区（第13、14条）
      "zone: production # 先开通测试区",
      "production:\n  date:",
      "kind: opening",
      "kind: change",
      "kind: exit",
    ])
      expect(text, needle).toContain(needle);
  });

  it("points every file's editor at an existing Huaibei schema", () => {
    for (const file of walk(diskFs(exampleRoot), "requests").filter((f) => f.endsWith(".yaml"))) {
      const first = readFileSync(join(exampleRoot, file), "utf8").split("\n")[0] ?? "";
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, file).not.toBeNull();
      const target = new URL(m?.[1] ?? "", `file://${exampleRoot}/${file}`).pathname;
      expect(target, file).toMatch(/\/schemas\/huaibei\/(unit|system|application|delivery)\.schema\.json$/);
      expect(() => readFileSync(target), file).not.toThrow();
    }
  });
});

describe("the Huaibei schemas refuse typical mistakes at the right path", () => {
  it.each([
    [
      "a zone that is not 政务外网区 or 互联网区",
      `${exam}/0001-migrate.yaml`,
      "zone: govnet\n    quantity: 1",
      "zone: dmz\n    quantity: 1",
      "/resources/1/zone",
      { attachment: "附件1" },
    ],
    [
      "an unknown 系统上云类型",
      `${edu}/0001-new.yaml`,
      "onboarding: new",
      "onboarding: cloud",
      "/onboarding",
      { attachment: "附件1" },
    ],
    [
      "a migration without the old system (第15条)",
      `${exam}/0001-migrate.yaml`,
      /migration:\n.*\n.*\n/,
      "",
      "",
      { article: "第12条" },
    ],
    [
      "a cloud server in a hosting application (附件2)",
      `${hosting}/0001-hosting.yaml`,
      "service: hosted-device\n    name: 专网防火墙",
      "service: vm\n    name: 专网防火墙",
      "/resources/1/service",
      { attachment: "附件2" },
    ],
    [
      "an application without its letter (公函, 第12条)",
      `${portal}/0002-exit.yaml`,
      /letter:\n.*\n.*\n/,
      "",
      "",
      { article: "第12条" },
    ],
    [
      "an exit without the unit's statement (附件4)",
      `${portal}/0002-exit.yaml`,
      "  statement: true\n",
      "",
      "/exit",
      { attachment: "附件4" },
    ],
    [
      "a negative quantity (注3: 0 means not needed)",
      `${exam}/0001-migrate.yaml`,
      "service: ip-internet, quantity: 0",
      "service: ip-internet, quantity: -1",
      "/resources/3/quantity",
      { attachment: "附件1", note: "3" },
    ],
    [
      "a database of an unknown make",
      `${edu}/0001-new.yaml`,
      "product: dameng",
      "product: oracle",
      "/resources/6/product",
      { attachment: "附件1" },
    ],
    [
      "a temporary scale-up without its end",
      `${edu}/0002-change.yaml`,
      "  to: 2027-02-28\n",
      "",
      "/temporary",
      { article: "第16条" },
    ],
    [
      "temporary resources for 0 months (第18条)",
      `${emergency}/0001-temporary.yaml`,
      "months: 6",
      "months: 0",
      "/temporary/months",
      { article: "第18条" },
    ],
    [
      "an exit confirmation without data clearing (附件7)",
      `${portal}/deliveries/0002.yaml`,
      / {2}dataCleared:\n.*\n.*\n/,
      "",
      "/confirmation",
      { article: "第15条" },
    ],
    [
      "a protection level written in words",
      `${edu}/system.yaml`,
      "protectionLevel: 3",
      "protectionLevel: 三级",
      "/protectionLevel",
      { attachment: "附件1" },
    ],
    [
      "a maintainer of unknown nature",
      `${exam}/system.yaml`,
      "nature: outsourced",
      "nature: contractor",
      "/maintainer/nature",
      { attachment: "附件1" },
    ],
    [
      "“其他” availability without saying which",
      `${emergency}/system.yaml`,
      "availabilityOther: 99.5%\n",
      "",
      "",
      { attachment: "附件1", note: "3" },
    ],
  ])("%s", (_what, file, from, to, path, citation) => {
    const findings = run(edited(file, from, to)).filter((f) => f.file === file);
    expect(findings.length, JSON.stringify(findings)).toBeGreaterThan(0);
    expect(findings.map((f) => [f.rule, f.path])).toContainEqual(["schema", path]);
    const finding = findings.find((f) => f.path === path);
    expect(finding?.citation).toEqual({ profile: "huaibei", ...citation });
  });

  it("accepts 0 for a starred service that is not needed (附件1 注3)", () => {
    const findings = run(
      edited(`${edu}/0001-new.yaml`, "service: ip-govnet, quantity: 4", "service: ip-govnet, quantity: 0"),
    );
    expect(findings).toEqual([]);
  });
});

describe("the state keeps the Huaibei fields", () => {
  const { repo } = validate({ fs: diskFs(exampleRoot), scope: { kind: "all" }, lang: "zh", today: NOW });
  const state = (key: string) =>
    foldSystem(repo.applications.get(key) ?? [], repo.deliveries.get(key) ?? []).current;

  it("folds resources with os, zone, disks and products; the confirmation's quantities win (第15条)", () => {
    const s = state("hb-edu/smart-edu");
    const app = s.resources.get("app");
    expect(app?.config).toMatchObject({
      name: "应用服务器",
      os: "麒麟V10",
      zone: "govnet",
      systemDisk: { sizeGB: 100, tier: "sas" },
      dataDisks: [{ sizeGB: 500, tier: "sas" }],
      quantity: 2,
      // 0002 变更（临时扩容）之后
      vcpu: 16,
      memoryGB: 32,
    });
    expect(app).toMatchObject({ deliveredOn: "2026-09-10", deliveredZone: "production", changedBy: [2] });
    expect(s.resources.get("web")?.config.quantity).toBe(1);
    expect(s.resources.get("web")).toMatchObject({ productionOn: "2026-10-20", confirmedOn: "2026-10-28" });
    expect(s.resources.get("db")?.config).toMatchObject({ product: "dameng", quantity: 1 });
  });

  it("keeps hosting fields", () => {
    expect(state("hb-health/data-hosting").resources.get("rack")?.config).toMatchObject({
      cabinetType: "standard",
      units: 42,
      powerKW: 6,
      zone: "govnet",
    });
  });

  it("runs temporary resources from the delivery date and moves the end by an extension (第18条)", () => {
    const app = state("hb-health/emergency").resources.get("app");
    expect(app?.kind).toBe("test");
    expect(app?.test).toEqual({
      period: { months: 6 },
      renewedMonths: 0,
      expiresOn: "2027-06-30",
      extendedUntil: "2027-06-30",
    });
  });

  it("revokes on exit", () => {
    const s = state("hb-health/old-portal");
    expect(s.resources.size).toBe(0);
    expect(s.revoked.get("web")?.revokedOn).toBe("2026-11-30");
  });
});

describe("the Huaibei catalog", () => {
  const hb = huaibeiCatalog(loadCatalog("huaibei"));

  it("has every service the forms name, and the three carriers' example price books", () => {
    expect(hb.services.map((s) => s.id)).toEqual([
      "vm",
      "bare-metal",
      "gpu",
      "ip-internet",
      "ip-govnet",
      "bandwidth-line",
      "bandwidth-internet",
      "database",
      "middleware",
      "slb-l4",
      "slb-l7",
      "object-storage",
      "security-basic",
      "security-enhanced",
      "backup-local",
      "backup-offsite",
      "cabinet",
      "device-hosting",
      "hosted-device",
      "hosted-cabinet",
    ]);
    expect(Object.keys(hb.prices).sort()).toEqual(["mobile", "telecom", "unicom"]);
    for (const book of Object.values(hb.prices)) expect(book?.example).toBe(true);
  });

  it("carries the numbers of 第13–18条", () => {
    expect(hb.profile.thresholds).toEqual({
      majorChangePercent: 50,
      scaleUpMaxMonths: 3,
      temporaryMaxMonths: 6,
      extensionLeadWorkdays: 7,
      reclaimAfterDays: 15,
      migrationKeepMonths: 3,
    });
    expect(hb.profile.clocks.new).toMatchObject({ review: 5, implementation: 2 });
    expect(hb.profile.clocks.change).toMatchObject({ implementation: 3 });
    expect(hb.catalog.items).toEqual([]);
  });
});

describe("govcloud new scaffolds the Huaibei kinds from their schema", () => {
  it.each([
    [
      "new",
      "0004-new.yaml",
      "# 上云申请（淮北市市级政务云管理办法）",
      ["/letter/number", "/onboarding", "/basis/kind", "/term"],
    ],
    ["change", "0004-change.yaml", "# 变更申请（淮北市市级政务云管理办法）", ["/category", "/reason"]],
    ["revoke", "0004-revoke.yaml", "# 退出申请（淮北市市级政务云管理办法）", ["/exit/type", "/exit/date"]],
    ["ports", "0004-ports.yaml", "# 高危端口备案（淮北市市级政务云管理办法）", ["/ports/rules/0/source"]],
    ["test", "0004-test.yaml", "# 临时资源申请（淮北市市级政务云管理办法）", ["/temporary/months"]],
    ["test-renewal", "0004-test-renewal.yaml", "# 延期申请（淮北市市级政务云管理办法）", ["/extends/until"]],
  ])("%s", async (kind, name, heading, placeholders) => {
    const root = mkdtempSync(join(tmpdir(), "govcloud-hb-new-"));
    try {
      cpSync(exampleRoot, root, { recursive: true });
      const { code, stdout } = await runCli(
        ["new", kind, "--root", root, "--unit", "hb-edu", "--system", "smart-edu", "--yes", "--now", NOW],
        { cwd: root },
      );
      expect(code).toBe(0);
      expect(stdout).toContain(`已写入 requests/hb-edu/smart-edu/${name}`);
      for (const p of placeholders) expect(stdout).toContain(p);
      const written = readFileSync(join(root, "requests/hb-edu/smart-edu", name), "utf8");
      expect(written.split("\n")[1]).toBe(heading);
      expect(written).toContain("profile: huaibei");
      expect(written).toContain(`type: ${kind}`);
      expect(written).toContain("unit: 淮北市教育局");
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe("a repository without govcloud.yaml, with two registered profiles", () => {
  const files = () => {
    const all = exampleFiles();
    delete all["govcloud.yaml"];
    return all;
  };

  it("takes the profile every unit.yaml declares", () => {
    const { repo, findings } = validate({
      fs: memoryFs(files()),
      scope: { kind: "all" },
      lang: "zh",
      today: NOW,
    });
    expect(repo.profile).toBe("huaibei");
    expect(findings).toEqual([]);
  });

  it("asks for govcloud.yaml when the units disagree", () => {
    const mixed = {
      ...files(),
      "requests/hb-health/unit.yaml": (files()["requests/hb-health/unit.yaml"] ?? "").replace(
        "profile: huaibei",
        "profile: shenzhen",
      ),
    };
    const findings = validate({
      fs: memoryFs(mixed),
      scope: { kind: "all" },
      lang: "zh",
      today: NOW,
    }).findings;
    expect(findings.map((f) => [f.rule, f.file])).toContainEqual(["config/profile", "govcloud.yaml"]);
  });
});

describe("loading the Huaibei catalog", () => {
  const dir = join(repoRoot, "catalog/huaibei");
  const texts = (telecom: string) => ({
    profile: readFileSync(join(dir, "profile.yaml"), "utf8"),
    services: readFileSync(join(dir, "services.yaml"), "utf8"),
    prices: { telecom },
  });
  const telecom = readFileSync(join(dir, "prices/telecom.yaml"), "utf8");

  it("parses from texts exactly as from disk (own catalog schema, no items.yaml)", () => {
    const catalog = memoryCatalogs({ huaibei: texts(telecom) })("huaibei");
    expect(catalog?.services.map((s) => s.id)).toEqual(loadCatalog("huaibei").services.map((s) => s.id));
    expect(catalog?.prices?.telecom?.lines.length).toBe(loadCatalog("huaibei").prices?.telecom?.lines.length);
  });

  it("refuses a price for a service the catalog does not have, naming the price file", () => {
    const bad = telecom.replace("service: slb-l7,", "service: slb-l9,");
    expect(() => memoryCatalogs({ huaibei: texts(bad) })("huaibei")).toThrow(
      "catalog/huaibei/prices/telecom.yaml: /lines/21/service 价格表引用了未知服务 slb-l9",
    );
  });

  it("refuses a price book that breaks the catalog schema, naming the price file", () => {
    const bad = telecom.replace("yuan: 30,", "yuan: -30,");
    expect(() => memoryCatalogs({ huaibei: texts(bad) })("huaibei")).toThrow(
      "catalog/huaibei/prices/telecom.yaml:",
    );
  });
});
