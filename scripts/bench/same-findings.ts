/**
 * `npm run same-findings -- --base <git 引用>`：重构前后发现是否相同（issue 14 第8项）。
 *
 * 在一个临时的 git worktree 里检出 --base（默认 origin/HEAD，没有时 main），与当前工作区分别运行
 * `govcloud validate --format json`，比对两份 JSON：
 *   - 合成仓库（与 `npm run bench` 同一个生成器；默认 2,000 个系统、10,000 份申请，--systems/--applications 可调，
 *     --full 为 bench 的 10,000 / 50,000）；
 *   - 测试用的示例仓库 test/fixtures/examples 与 test/fixtures/failing-examples（取当前工作区的，两边读同一棵树）。
 * 相同时退出码 0；不同则打印前几处差异，退出码 1。两边用同一个 --now，与日期无关。
 *
 * 基准引用的依赖：worktree 里链接当前的 node_modules（两边 package-lock.json 不同时先提示）。
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { generateTree } from "./generate.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const now = "2026-11-25T10:00:00+08:00";

function run(cmd: string, args: string[], cwd: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(cmd, args, { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
  return { status: r.status ?? 2, stdout: r.stdout ?? "", stderr: r.stderr ?? "" };
}

function defaultBase(): string {
  for (const ref of ["origin/HEAD", "main", "master"])
    if (run("git", ["rev-parse", "--verify", "--quiet", ref], repoRoot).status === 0) return ref;
  throw new Error("找不到默认分支：请用 --base 给出比较的引用");
}

/** 在 checkout 下运行 validate，返回发现（JSON 数组的文本，已规范化）。 */
function findings(checkout: string, tree: string): string {
  const r = run(
    process.execPath,
    [join(checkout, "scripts/bin/govcloud.js"), "validate", "--root", tree, "--format", "json", "--now", now],
    checkout,
  );
  if (r.status > 1)
    throw new Error(`validate 在 ${checkout} 失败（退出码 ${r.status}）：${r.stderr.slice(0, 2000)}`);
  return JSON.stringify(JSON.parse(r.stdout), null, 1);
}

function firstDifferences(a: string, b: string, max = 10): string[] {
  const x = a.split("\n");
  const y = b.split("\n");
  const out: string[] = [];
  for (let i = 0; i < Math.max(x.length, y.length) && out.length < max; i++)
    if (x[i] !== y[i])
      out.push(`  行 ${i + 1}：\n    基准：${x[i] ?? "（无）"}\n    当前：${y[i] ?? "（无）"}`);
  return out;
}

function main(): number {
  const { values } = parseArgs({
    options: {
      base: { type: "string" },
      systems: { type: "string" },
      applications: { type: "string" },
      full: { type: "boolean" },
    },
  });
  const base = values.base ?? defaultBase();
  const systems = Number(values.systems ?? (values.full ? 10_000 : 2_000));
  const applications = Number(values.applications ?? (values.full ? 50_000 : 10_000));
  const work = mkdtempSync(join(tmpdir(), "govcloud-same-"));
  const checkout = join(work, "base");
  try {
    const added = run("git", ["worktree", "add", "--detach", checkout, base], repoRoot);
    if (added.status !== 0) throw new Error(`git worktree add ${base} 失败：${added.stderr}`);
    symlinkSync(join(repoRoot, "node_modules"), join(checkout, "node_modules"), "dir");
    const lock = (dir: string) => readFileSync(join(dir, "package-lock.json"), "utf8");
    if (lock(checkout) !== lock(repoRoot))
      process.stderr.write("注意：基准的 package-lock.json 与当前不同，基准用的是当前的 node_modules。\n");
    const tree = join(work, "tree");
    const manifest = generateTree(tree, { systems, applications, deliveries: "test" });
    const trees: [string, string][] = [
      [`合成仓库（${manifest.files} 个文件）`, tree],
      ["示例仓库 test/fixtures/examples", join(repoRoot, "test/fixtures/examples")],
      ["有错的示例 test/fixtures/failing-examples", join(repoRoot, "test/fixtures/failing-examples")],
    ];
    let differ = 0;
    for (const [name, dir] of trees) {
      const before = findings(checkout, dir);
      const after = findings(repoRoot, dir);
      const count = (JSON.parse(after) as { findings: unknown[] }).findings.length;
      if (before === after) process.stdout.write(`相同：${name}，${count} 条发现（基准 ${base}）\n`);
      else {
        differ++;
        process.stdout.write(
          `不同：${name}（基准 ${base}）\n${firstDifferences(before, after).join("\n")}\n`,
        );
      }
    }
    return differ > 0 ? 1 : 0;
  } finally {
    if (existsSync(checkout)) run("git", ["worktree", "remove", "--force", checkout], repoRoot);
    rmSync(work, { recursive: true, force: true });
  }
}

process.exitCode = main();
