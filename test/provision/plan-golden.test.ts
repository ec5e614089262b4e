import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generateTree } from "../../scripts/bench/generate.ts";
import { runPlan } from "../../scripts/cli/provision.ts";
import { examplesRepo } from "../helpers/repo.ts";
import { capture } from "./helpers.ts";
import { scenarios } from "./scenarios.ts";

/**
 * 期望状态不变的证明：govcloud plan --format json 的输出（示例仓库、基准生成器的小仓库）与手写历史的
 * 完整期望状态，都与重构之前生成、提交的 golden 文件逐字节相同。CI=true 时 vitest 不写 golden 文件。
 */

const bench = mkdtempSync(join(tmpdir(), "govcloud-plan-bench-"));
afterAll(() => rmSync(bench, { recursive: true, force: true }));

async function plan(root: string, lang: "zh" | "en"): Promise<{ code: number; stdout: string }> {
  const run = capture(root);
  const code = await runPlan(["--format", "json", "--lang", lang], run.io);
  return { code, stdout: run.out.stdout };
}

describe("govcloud plan 的 JSON 与重构前相同（golden）", () => {
  it.each(["zh", "en"] as const)("示例仓库（%s）", async (lang) => {
    const { code, stdout } = await plan(examplesRepo(), lang);
    expect(code).toBe(0);
    await expect(stdout).toMatchFileSnapshot(`./golden/plan-examples.${lang}.json`);
  });

  it("基准生成器的小仓库：20 个系统、80 份申请，每份申请都有交付记录", async () => {
    generateTree(bench, { systems: 20, applications: 80, deliveries: "all" });
    const { code, stdout } = await plan(bench, "zh");
    expect(JSON.parse(stdout).systems).toHaveLength(20);
    await expect(`exit ${code}\n${stdout}`).toMatchFileSnapshot("./golden/plan-bench.zh.json");
  });
});

describe("手写历史的期望状态与重构前相同（golden）", () => {
  it.each(Object.entries(scenarios()))("%s", async (name, desired) => {
    expect(desired.specs.length).toBeGreaterThan(0);
    await expect(`${JSON.stringify(desired, null, 2)}\n`).toMatchFileSnapshot(
      `./golden/desired-${name}.json`,
    );
  });
});
