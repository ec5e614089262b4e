/** 淮北的年度使用情况：依据第6条（动态监测、绩效评价），低负载用第19条“使用率长期较低”的线。 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { WindowUtilization } from "../../../scripts/core/rules/metrics.ts";
import { huaibei } from "../../../scripts/profiles/huaibei/index.ts";
import { runCli } from "../../helpers/cli.ts";
import { repoRoot } from "../../helpers/repo.ts";

const u = (average: number, peak: number): WindowUtilization =>
  ({ cpu: { average, peak } }) as unknown as WindowUtilization;

describe("Huaibei annual report", () => {
  it("low load is the 第19条 low-use line: CPU average below 5 % and peak below 30 %", () => {
    const test = huaibei.annual?.lowLoad.test;
    expect(test).toBeDefined();
    expect(test?.(u(4.9, 29.9))).toBe(true);
    expect(test?.(u(5, 20))).toBe(false);
    expect(test?.(u(3, 30))).toBe(false);
    expect(huaibei.annual?.lowLoad.citation).toMatchObject({ article: "第19条" });
  });

  it("runs on the example repository: the units' holdings at the year's end, cited to 第6条", async () => {
    const root = join(repoRoot, "examples/huaibei");
    const r = await runCli(["annual", "--year", "2026", "--root", root], { cwd: repoRoot });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("〔第6条〕");
    expect(r.stdout).toMatch(/\| 淮北市教育局 \| 2 \| \d+ \|/);
    expect(r.stdout).toMatch(/\| 合计 \| 5 \|/);
  });
});
