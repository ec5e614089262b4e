import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../scripts/adapters/catalog-files.ts";
import { diskFs } from "../scripts/adapters/disk-fs.ts";
import { parseYamlFile } from "../scripts/core/load/parse.ts";
import { walk } from "../scripts/core/repository/fs.ts";
import { SchemaValidator } from "../scripts/core/schema/validate.ts";
import { toFindings } from "../scripts/core/validate.ts";
import { shenzhen } from "../scripts/profiles/shenzhen/index.ts";
import { buildSchemas } from "../scripts/profiles/shenzhen/schema/index.ts";
import { examplesRoot, exampleText, repoRoot } from "./helpers/repo.ts";

const catalog = loadCatalog("shenzhen");
const validator = SchemaValidator.for(catalog, shenzhen.schema);
const FILE = "requests/u/s/x.yaml";

/** 把示例改一处，校验，返回渲染后的发现。 */
function check(kind: "unit" | "system" | "application", source: string, lang: "zh" | "en" = "zh") {
  const parsed = parseYamlFile(FILE, new TextEncoder().encode(source));
  expect(parsed.problems).toEqual([]);
  const problems = validator.validate(kind, FILE, parsed.data);
  return toFindings(problems, new Map([[FILE, source]]), lang);
}
const NEW = exampleText("requests/sz-edu/student-registry/0001-new.yaml");
const REVOKE = exampleText("requests/sz-edu/campus-portal/0002-revoke.yaml");
const TEST = exampleText("requests/sz-edu-exam/exam-registration/0001-test.yaml");
const RENEWAL = exampleText("requests/sz-edu-exam/exam-registration/0002-test-renewal.yaml");
const SYSTEM = exampleText("requests/sz-edu/student-registry/system.yaml");
const UNIT = exampleText("requests/sz-edu/unit.yaml");

describe("generated schemas", () => {
  it.each(["unit", "system", "application", "delivery"] as const)(
    "schemas/shenzhen/%s.schema.json is up to date with the catalog",
    (name) => {
      const committed = JSON.parse(readFileSync(`${repoRoot}/schemas/shenzhen/${name}.schema.json`, "utf8"));
      expect(committed).toEqual(JSON.parse(JSON.stringify(buildSchemas(catalog)[name])));
    },
  );

  it("takes the service enum and disk tiers from the catalog", () => {
    const app = buildSchemas(catalog).application as {
      $defs: Record<string, { properties: { service: { enum: string[] } } }>;
    };
    expect(app.$defs.resource?.properties.service.enum).toEqual(
      catalog.services.filter((s) => s.changeTypes.new).map((s) => s.id),
    );
    expect(JSON.stringify(app.$defs.tier)).toContain('"enum":["sata","sas","ssd"]');
  });

  it("every example file carries a yaml-language-server modeline to an existing schema", () => {
    for (const file of walk(diskFs(examplesRoot), "requests").filter((f) => f.endsWith(".yaml"))) {
      const first = readFileSync(`${examplesRoot}/${file}`, "utf8").split("\n")[0] ?? "";
      const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
      expect(m, file).not.toBeNull();
      const target = new URL(m?.[1] ?? "", `file://${examplesRoot}/${file}`).pathname;
      expect(() => readFileSync(target), `${file} → ${m?.[1]}`).not.toThrow();
    }
  });
});

describe("schema findings: what is wrong, where, the article, and the fix", () => {
  it("vCPU must be a multiple of 2 (附件5 注3): the whole finding", () => {
    expect(check("application", NEW.replace("vcpu: 8", "vcpu: 7"))).toEqual([
      {
        rule: "schema",
        severity: "error",
        message: "字段 vcpu（vCPU（核））为 7，须为 2 的倍数（不足的部分向上取整）。请改为 8。",
        file: FILE,
        line: 25,
        column: 11,
        path: "/resources/0/vcpu",
        citation: { profile: "shenzhen", attachment: "附件5", note: "3" },
      },
    ]);
  });

  it.each([
    [
      "memory a multiple of 4",
      "memoryGB: 16",
      "memoryGB: 10",
      "/resources/0/memoryGB",
      "须为 4 的倍数（不足的部分向上取整）。请改为 12",
    ],
    [
      "capacity a multiple of 100",
      "capacityGB: 2000",
      "capacityGB: 2050",
      "/resources/2/capacityGB",
      "须为 100 的倍数（不足的部分向上取整）。请改为 2100",
    ],
    ["vCPU at least 2", "vcpu: 8", "vcpu: 0", "/resources/0/vcpu", "不能小于 2"],
  ])("%s (附件5 注3)", (_name, from, to, path, words) => {
    const findings = check("application", NEW.replace(from, to));
    expect(findings.find((f) => f.path === path)).toMatchObject({
      citation: { attachment: "附件5", note: "3" },
    });
    expect(findings.find((f) => f.path === path)?.message).toContain(words);
  });

  it("an unknown service suggests the closest catalog id, once", () => {
    const findings = check("application", NEW.replace("service: hss", "service: hsss"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: "/resources/5/service", line: 54, column: 14 });
    expect(findings[0]?.message).toMatch(/^未知的服务 “hsss”，是否为 hss？服务须取自服务目录（附件1）/);
  });

  it("an unknown application type", () => {
    const [f] = check("application", NEW.replace("type: new", "type: nwe"));
    expect(f).toMatchObject({ path: "/type" });
    expect(f?.message).toContain("是否为 new？");
  });

  it("a new application for production needs the security assessment (附件5 一、新增申请)", () => {
    const source = NEW.replace(/ {2}securityAssessment:\n( {4}.*\n)+/, "");
    expect(check("application", source)).toMatchObject([
      {
        path: "/new",
        citation: { attachment: "附件5" },
        message: expect.stringContaining("缺少必填字段 securityAssessment"),
      },
    ]);
  });

  it("a revocation states whether data is backed up (附件5 注6)", () => {
    expect(check("application", REVOKE.replace("    dataBackup: backed-up\n", ""))).toMatchObject([
      {
        path: "/revocations/0",
        citation: { attachment: "附件5", note: "6" },
        message: expect.stringContaining("dataBackup"),
      },
    ]);
  });

  it("a test period is at most 3 months (第45条): one mistake, one finding, no misleading 'missing weeks'", () => {
    const findings = check("application", TEST.replace("period: { months: 2 }", "period: { months: 4 }"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ path: "/test/period/months", citation: { article: "第45条" } });
    expect(findings[0]?.message).toContain("不能大于 3");
  });

  it("a test period in weeks over 4: the weeks field, cited 第49条(3)", () => {
    const findings = check("application", TEST.replace("period: { months: 2 }", "period: { weeks: 5 }"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      path: "/test/period/weeks",
      citation: { article: "第49条", clause: "(3)" },
    });
  });

  it("a test period in neither form: one finding on the period saying what is allowed", () => {
    const findings = check("application", TEST.replace("period: { months: 2 }", "period: { days: 5 }"));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      path: "/test/period",
      citation: { article: "第49条", clause: "(3)" },
    });
    expect(findings[0]?.message).toContain("1、2、3 个月或 1、2、3、4 周");
  });

  it("an unknown service cites 第21条(3): the service items follow the catalog", () => {
    const findings = check("application", NEW.replace("service: ecs", "service: ecss"));
    expect(findings.map((f) => [f.path, f.citation])).toEqual([
      ["/resources/0/service", { profile: "shenzhen", article: "第21条", clause: "(3)" }],
    ]);
  });

  it("a renewal is 1–3 months (第45条)", () => {
    const [f] = check("application", RENEWAL.replace("months: 1", "months: 6"));
    expect(f).toMatchObject({ path: "/renewals/0/months", citation: { article: "第45条" } });
    expect(f?.message).toContain("不能大于 3");
  });

  it("cache sizes are the form's sizes (附件5)", () => {
    const portal = exampleText("requests/sz-edu/campus-portal/0001-new.yaml").replace(
      "sizeGB: 4",
      "sizeGB: 5",
    );
    expect(check("application", portal)).toMatchObject([
      { path: "/resources/2/sizeGB", citation: { attachment: "附件5" } },
    ]);
  });

  it("a system is non-classified (第4条)", () => {
    expect(check("system", SYSTEM.replace("classified: false", "classified: true"))).toMatchObject([
      {
        path: "/classified",
        citation: { article: "第4条" },
        message: expect.stringContaining("必须是 false"),
      },
    ]);
  });

  it("dates, e-mails and phone numbers say the expected form", () => {
    const findings = check(
      "system",
      SYSTEM.replace("chenjg@szedu.example.gov.cn", "chenjg").replace('"13800138002"', '"1380013"'),
    );
    expect(findings.map((f) => f.path)).toEqual(["/owner/email", "/technicalContact/mobile"]);
    expect(findings[0]?.message).toContain("电子邮箱地址");
    const [d] = check("application", NEW.replace("date: 2026-05-11", "date: 2026/05/11"));
    expect(d?.message).toContain("格式 YYYY-MM-DD");
  });

  it("an agent's ID number must be masked: the repository is readable by many", () => {
    const [f] = check("unit", UNIT.replace('"440304********1234"', '"440304199001011234"'));
    expect(f).toMatchObject({ path: "/agents/0/idNumber" });
    expect(f?.message).toContain("脱敏");
  });

  it("a missing field with no article of its own cites the form's note on filling it in (附件5 注1)", () => {
    expect(check("application", REVOKE.replace("date: 2026-11-20\n", ""))).toEqual([
      {
        rule: "schema",
        severity: "error",
        message:
          "文件顶层缺少必填字段 date（申请日期）。说明：申请日期；申请自申请之日起 3 个月内有效（附件5 注5）（格式 YYYY-MM-DD）。请补上这个字段。",
        file: FILE,
        line: 3,
        column: 1,
        path: "",
        citation: { profile: "shenzhen", attachment: "附件5", note: "1" },
      },
    ]);
  });

  it("an unknown application type lists the profile's kinds", () => {
    const [f] = check("application", NEW.replace("type: new", "type: nwe"), "en");
    expect(f?.message).toBe(
      "Unknown type “nwe”; did you mean new? Allowed: new, change, revoke, ports, test, test-renewal.",
    );
  });

  it("an unknown service names the profile's catalog, in English too", () => {
    const [f] = check("application", NEW.replace("service: hss", "service: hsss"), "en");
    expect(f?.message).toMatch(
      /^Unknown service “hsss”; did you mean hss\? Services come from the catalog \(附件1\): ecs, /,
    );
  });

  it("speaks English with --lang en", () => {
    const [f] = check("application", NEW.replace("vcpu: 8", "vcpu: 7"), "en");
    expect(f?.message).toBe(
      "field vcpu (vCPU（核）) is 7 and must be a multiple of 2 (round up). Change it to 8.",
    );
  });
});
