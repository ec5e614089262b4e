import { describe, expect, it } from "vitest";
import { validate } from "../scripts/adapters/repository.ts";
import { memoryFs } from "../scripts/core/repository/fs.ts";
import { exampleFiles, exampleText } from "./helpers/repo.ts";

const CHANGE = "requests/sz-edu/student-registry/0002-change.yaml";

/** 示例的扩容申请挪到 2027 年：近 5 个工作日、关机通知期都落在尚无正式放假安排的 2027 年。 */
const in2027 = exampleText(CHANGE)
  .replace("date: 2026-11-16", "date: 2027-02-22")
  .replace("window: { from: 2026-11-09, to: 2026-11-13 }", "window: { from: 2027-02-15, to: 2027-02-19 }")
  .replace("  date: 2026-12-05", "  date: 2027-03-12")
  .replace("noticeDate: 2026-11-30", "noticeDate: 2027-03-05");

const run = (text: string, today: string) =>
  validate({
    fs: memoryFs(exampleFiles({ [CHANGE]: text })),
    scope: { kind: "files", files: [CHANGE] },
    lang: "zh",
    today,
  }).findings;

describe("a year without the official holiday arrangement", () => {
  it("gives a warning naming the provisional year, never an error", () => {
    expect(in2027).not.toBe(exampleText(CHANGE));
    const findings = run(in2027, "2027-03-01");
    expect(findings.map((f) => [f.rule, f.severity, f.line])).toEqual([
      ["calendar/provisional", "warning", 7],
    ]);
    expect(findings[0]?.message).toContain("用到了 2027 年的暂定日历");
    expect(findings[0]?.message).toContain("govcloud calendar import");
  });

  it("the rules still check the 2027 dates: a window that is not the last 5 working days is an error", () => {
    const wrong = in2027.replace(
      "window: { from: 2027-02-15, to: 2027-02-19 }",
      "window: { from: 2027-02-08, to: 2027-02-12 }",
    );
    const rules = run(wrong, "2027-03-01").map((f) => [f.rule, f.severity]);
    expect(rules).toContainEqual(["calendar/provisional", "warning"]);
    expect(rules.some(([, severity]) => severity === "error")).toBe(true);
  });

  it("an application whose clocks stay in 2026 carries no calendar warning", () => {
    expect(run(exampleText(CHANGE), "2026-11-25").map((f) => f.rule)).toEqual([]);
  });
});
