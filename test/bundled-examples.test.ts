import { readFileSync } from "node:fs";
import { expect, it } from "vitest";
import { diskFs } from "../scripts/adapters/disk-fs.ts";
import { walk } from "../scripts/core/repository/fs.ts";
import { runCli } from "./helpers/cli.ts";
import { repoRoot } from "./helpers/repo.ts";

/**
 * 唯一读 requests/ 的测试：仓库自带的示例申请，按它们在默认分支上的样子（整个仓库校验时都算已合并），
 * 在固定的日期校验。其余测试都用 test/fixtures/examples 中的冻结副本，往 requests/ 里添加申请不影响它们。
 */
it("the bundled examples in requests/ validate without errors and point their editors at existing schemas", async () => {
  const { code, stdout } = await runCli(["validate", "--now", "2026-12-03", "--format", "json"], {
    cwd: repoRoot,
  });
  const report = JSON.parse(stdout) as { summary: { files: number; errors: number }; findings: unknown[] };
  expect(report.findings.filter((f) => (f as { severity: string }).severity === "error")).toEqual([]);
  expect(code).toBe(0);
  for (const file of walk(diskFs(repoRoot), "requests").filter((f) => f.endsWith(".yaml"))) {
    const first = readFileSync(`${repoRoot}/${file}`, "utf8").split("\n")[0] ?? "";
    const m = /^# yaml-language-server: \$schema=(\S+)$/.exec(first);
    expect(m, file).not.toBeNull();
    const target = new URL(m?.[1] ?? "", `file://${repoRoot}/${file}`).pathname;
    expect(() => readFileSync(target), `${file} → ${m?.[1]}`).not.toThrow();
  }
});
