import { describe, expect, it } from "vitest";
import { exampleFiles, exampleText, run as runAll } from "./helpers/repo.ts";

/** 只看加载、schema 与登记一致性的发现（条文规则各有用例，见 test/rules.test.ts）。 */
const run = (...args: Parameters<typeof runAll>) =>
  runAll(...args).filter((f) => !f.rule.startsWith("shenzhen/"));

const NEW = "requests/sz-edu/student-registry/0001-new.yaml";
const CHANGE = "requests/sz-edu/student-registry/0002-change.yaml";
const only = (file: string) => ({ kind: "files" as const, files: [file] });

describe("registry consistency", () => {
  it("the bundled examples are clean", () => {
    expect(run(exampleFiles())).toEqual([]);
  });

  it("第21条(1): the unit's full name, with the registered name in the message", () => {
    const text = exampleText(NEW).replace("unit: 深圳市教育局", "unit: 市教育局");
    expect(run(exampleFiles({ [NEW]: text }), only(NEW))).toEqual([
      {
        rule: "registry/unit-name",
        severity: "error",
        message:
          "单位名称须填写全称：应为 “深圳市教育局”（见 requests/sz-edu/unit.yaml），这里是 “市教育局”。",
        file: NEW,
        line: 8,
        column: 7,
        path: "/unit",
        citation: { profile: "shenzhen", article: "第21条", clause: "(1)" },
      },
    ]);
  });

  it("第27条(2): a change names the system exactly as its first application did", () => {
    const text = exampleText(CHANGE).replace(
      "system: 深圳市中小学学籍管理系统",
      "system: 中小学学籍管理系统",
    );
    const [f] = run(exampleFiles({ [CHANGE]: text }), only(CHANGE));
    expect(f).toMatchObject({
      rule: "registry/system-name",
      path: "/system",
      citation: { article: "第27条", clause: "(2)" },
    });
    expect(f?.message).toContain("应为 “深圳市中小学学籍管理系统”");
  });

  it("an application of another unit's system filed in the wrong folder", () => {
    const text = exampleText(CHANGE).replace("unit: 深圳市教育局", "unit: 深圳市教育考试院");
    const [f] = run(exampleFiles({ [CHANGE]: text }), only(CHANGE));
    expect(f).toMatchObject({ rule: "registry/unit-folder", path: "/unit" });
    expect(f?.message).toContain("requests/sz-edu-exam/");
  });

  it("an application naming a sibling system goes into that system's folder (附件5 注2)", () => {
    const text = exampleText(CHANGE).replace(
      "system: 深圳市中小学学籍管理系统",
      "system: 深圳市教育局门户网站",
    );
    const [f] = run(exampleFiles({ [CHANGE]: text }), only(CHANGE));
    expect(f).toMatchObject({ rule: "registry/system-folder", citation: { attachment: "附件5", note: "2" } });
    expect(f?.message).toContain("requests/sz-edu/campus-portal/");
  });

  const TEST = "requests/sz-edu-exam/exam-registration/0001-test.yaml";
  const REVOKE = "requests/sz-edu/campus-portal/0002-revoke.yaml";
  const EXAM = "requests/sz-edu-exam/unit.yaml";
  it.each([
    [
      "a test application's unit name cites 第49条(1)",
      TEST,
      "unit: 深圳市教育考试院",
      "unit: 考试院",
      "registry/unit-name",
      { article: "第49条", clause: "(1)" },
    ],
    [
      "a revocation's unit name cites 第21条(1)",
      REVOKE,
      "unit: 深圳市教育局",
      "unit: 教育局",
      "registry/unit-name",
      { article: "第21条", clause: "(1)" },
    ],
    [
      "a test application's system name cites 第21条(2)",
      TEST,
      "system: 深圳市教育考试院考试报名系统",
      "system: 报名系统",
      "registry/system-name",
      { article: "第21条", clause: "(2)" },
    ],
    [
      "an unregistered supervisor cites 第5条",
      EXAM,
      "supervisor: sz-edu",
      "supervisor: sz-nowhere",
      "registry/supervisor",
      { article: "第5条" },
    ],
  ])("the profile's citation: %s", (_, file, from, to, rule, citation) => {
    const text = exampleText(file).replace(from, to);
    expect(run(exampleFiles({ [file]: text }), only(file))).toMatchObject([
      { rule, citation: { profile: "shenzhen", ...citation } },
    ]);
  });

  it("the one-system citation is written into the message", () => {
    const text = exampleText(CHANGE).replace(
      "system: 深圳市中小学学籍管理系统",
      "system: 深圳市教育局门户网站",
    );
    const [f] = run(exampleFiles({ [CHANGE]: text }), only(CHANGE));
    expect(f?.message).toContain(
      "一份申请只涉及一个系统（附件5 注2）：请把文件移到 requests/sz-edu/campus-portal/。",
    );
  });

  it("names are checked even when the file also has schema errors", () => {
    const text = exampleText(NEW)
      .replace("unit: 深圳市教育局", "unit: 市教育局")
      .replace("vcpu: 8", "vcpu: 7");
    const rules = run(exampleFiles({ [NEW]: text }), only(NEW)).map((f) => f.rule);
    expect(rules).toEqual(["registry/unit-name", "schema"]);
  });

  it("a duplicate sequence is reported against the unchanged sibling", () => {
    const file = "requests/sz-edu/student-registry/0004-change.yaml";
    const text = exampleText(CHANGE).replace("sequence: 2", "sequence: 3");
    const findings = run(exampleFiles({ [file]: text }), only(file));
    expect(findings).toMatchObject([{ rule: "registry/sequence", file, path: "/sequence" }]);
    expect(findings[0]?.message).toContain("0003-ports.yaml");
  });

  it("a gap in the sequence is a warning on the next application", () => {
    const findings = run(exampleFiles({ [NEW]: null }));
    expect(findings).toMatchObject([
      {
        rule: "registry/sequence-gap",
        severity: "warning",
        file: CHANGE,
        path: "/sequence",
        message: expect.stringContaining("缺少 1"),
      },
    ]);
  });

  it("missing registries", () => {
    const files = exampleFiles({
      "requests/sz-edu/student-registry/system.yaml": null,
      "requests/sz-edu-exam/unit.yaml": null,
    });
    const findings = run(files);
    expect(findings.filter((f) => f.rule === "registry/missing-system").map((f) => f.file)).toEqual([
      NEW,
      CHANGE,
      "requests/sz-edu/student-registry/0003-ports.yaml",
    ]);
    expect(findings.filter((f) => f.rule === "registry/missing-unit").map((f) => f.file)).toEqual([
      "requests/sz-edu-exam/exam-registration/system.yaml",
    ]);
  });

  it.each([
    ["an unknown supervisor", "supervisor: sz-edu", "supervisor: sz-nowhere", "没有登记"],
    ["itself as supervisor", "supervisor: sz-edu", "supervisor: sz-edu-exam", "不能是本单位自己"],
  ])("supervisor: %s", (_name, from, to, words) => {
    const file = "requests/sz-edu-exam/unit.yaml";
    const findings = run(exampleFiles({ [file]: exampleText(file).replace(from, to) }), only(file));
    expect(findings).toMatchObject([{ rule: "registry/supervisor", path: "/supervisor" }]);
    expect(findings[0]?.message).toContain(words);
  });

  it("a supervisor loop", () => {
    const a = "requests/sz-edu/unit.yaml";
    const files = exampleFiles({
      [a]: exampleText(a).replace("name: 深圳市教育局\n", "name: 深圳市教育局\nsupervisor: sz-edu-exam\n"),
    });
    expect(run(files).filter((f) => f.rule === "registry/supervisor")).toHaveLength(2);
  });

  it("a unit registered twice", () => {
    const copy = "requests/sz-edu-copy/unit.yaml";
    const findings = run(exampleFiles({ [copy]: exampleText("requests/sz-edu/unit.yaml") }));
    expect(findings).toMatchObject([{ rule: "registry/duplicate-unit", file: copy, path: "/name" }]);
  });
});
