/** 命令在淮北仓库上：rules --root 只列这个仓库的规范的规则，条款一列按显示宽度对齐。 */
import { join } from "node:path";
import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { runCli } from "../../helpers/cli.ts";
import { repoRoot } from "../../helpers/repo.ts";

describe("govcloud rules --root", () => {
  it("lists only the repository's profile, ids in one column", async () => {
    const r = await runCli(["rules", "--root", join(repoRoot, "examples/huaibei")], { cwd: repoRoot });
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n").filter((l) => l.startsWith("  "));
    expect(lines.length).toBeGreaterThan(10);
    expect(r.stdout).not.toContain("shenzhen/");
    // 规则标识从同一显示列开始（“第5条第二款”与“第5条”之后的空格不同）
    const columns = new Set(lines.map((l) => stringWidth(l.slice(0, l.indexOf("huaibei/")))));
    expect([...columns]).toEqual([15]);
  });

  it("without --root lists every registered profile", async () => {
    const r = await runCli(["rules", "--format", "json"], { cwd: repoRoot });
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((x) => x.id);
    expect(ids.some((id) => id.startsWith("huaibei/"))).toBe(true);
    expect(ids.some((id) => id.startsWith("shenzhen/"))).toBe(true);
  });
});
