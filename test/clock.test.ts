import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { beijingDate, parseClock } from "../scripts/core/clock.ts";
import { runCli } from "./helpers/cli.ts";
import { examplesRepo, repoRoot } from "./helpers/repo.ts";

describe("parseClock: one reading of --now and GOVCLOUD_NOW", () => {
  it.each([
    ["2026-12-03", { instant: "2026-12-03T04:00:00Z", today: "2026-12-03" }],
    ["2026-12-03T01:00", { instant: "2026-12-02T17:00:00Z", today: "2026-12-03" }],
    ["2026-12-03 07:59:59", { instant: "2026-12-02T23:59:59Z", today: "2026-12-03" }],
    ["2026-12-02T16:00:00Z", { instant: "2026-12-02T16:00:00Z", today: "2026-12-03" }],
    ["2026-12-02T15:59:59Z", { instant: "2026-12-02T15:59:59Z", today: "2026-12-02" }],
    ["2026-12-03T09:30:00+08:00", { instant: "2026-12-03T01:30:00Z", today: "2026-12-03" }],
    ["2026-12-03T09:30:00.250+0800", { instant: "2026-12-03T01:30:00.250Z", today: "2026-12-03" }],
    ["2028-02-29", { instant: "2028-02-29T04:00:00Z", today: "2028-02-29" }],
  ])("%s", (text, clock) => {
    expect(parseClock(text)).toEqual(clock);
  });

  it.each([
    "2026-02-30",
    "2027-02-29",
    "2026-13-01",
    "2026-12-03T24:00",
    "tomorrow",
    "1733200000",
    "",
    "2026-12-3",
  ])("refuses %j", (text) => {
    expect(parseClock(text)).toBeUndefined();
  });

  it("Beijing date of an instant", () => {
    expect(beijingDate("2026-12-31T16:00:00Z")).toBe("2027-01-01");
    expect(beijingDate("2026-12-31T15:59:59.999Z")).toBe("2026-12-31");
  });
});

/** 每个命令都经同一个入口读时钟：同样的错误、同样的退出码。 */
describe("every command reads the same clock", () => {
  const commands: string[][] = [
    ["validate"],
    ["stage", "--event", "none.json"],
    ["report", "--changed-from", "HEAD"],
    ["render", "requests/sz-edu/unit.yaml"],
    ["plan"],
    ["drift", "--preview-json", join(repoRoot, "test/provision/fixtures/preview-refresh-drift.json")],
    ["deliver", "--system", "sz-edu/student-registry", "--application", "1", "--dry-run"],
    ["checklist", "--system", "sz-edu/student-registry", "--application", "1"],
    ["audit"],
  ];
  const run = (argv: string[], env: Record<string, string>) => runCli(argv, { cwd: examplesRepo(), env });
  it.each(commands)("%s: a bad --now is a usage error naming --now", async (...argv) => {
    const r = await run([...argv, "--now", "2026-02-30"], {});
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--now 应为日期 YYYY-MM-DD 或时间");
  });
  it.each(commands)("%s: a bad GOVCLOUD_NOW is a usage error naming the variable", async (...argv) => {
    const r = await run(argv, { GOVCLOUD_NOW: "next monday" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("环境变量 GOVCLOUD_NOW 应为日期");
  });
});
