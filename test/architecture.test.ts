import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * 纯核心（issue 14 第2项）：scripts/core/ 下的模块不读盘、不起进程或线程、不上网、不读环境变量，
 * 也不引用适配器与命令行。I/O 在 scripts/adapters/ 里，由命令行传进来。
 */

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const coreDir = join(repoRoot, "scripts", "core");

/** 核心不得引用的模块（带不带 node: 前缀都算）。 */
const forbiddenModules = ["fs", "fs/promises", "child_process", "worker_threads", "http", "net"];
/** 核心不得引用的目录（仓库内相对路径）。 */
const forbiddenDirs = ["scripts/adapters/", "scripts/cli/"];
/** 核心不得读的进程状态。 */
const forbiddenProcess = /\bprocess\s*\.\s*(env|cwd)\b/;

/** 去掉注释（块注释与整行的 // 注释），免得文档里提到的名字被当成引用。 */
const stripComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");

/** 源码中引用的模块：import … from "x"、import "x"、export … from "x"、import("x")、require("x")。 */
function importsOf(source: string): string[] {
  const code = stripComments(source);
  const out: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^"'`;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\bimport\s*\(\s*["']([^"']+)["']\s*\)/g,
    /\brequire\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of code.matchAll(pattern)) out.push(m[1] as string);
  return out;
}

/** file（仓库内相对路径）的源码违反纯核心的地方；空数组表示没有。 */
function coreViolations(file: string, source: string): string[] {
  const problems: string[] = [];
  for (const specifier of importsOf(source)) {
    const bare = specifier.replace(/^node:/, "");
    if (forbiddenModules.includes(bare)) problems.push(`imports ${specifier}`);
    if (specifier.startsWith(".")) {
      const target = relative(repoRoot, resolve(repoRoot, dirname(file), specifier))
        .split("\\")
        .join("/");
      for (const dir of forbiddenDirs)
        if (`${target}/`.startsWith(dir)) problems.push(`imports ${specifier} (${dir})`);
    }
  }
  const process = forbiddenProcess.exec(stripComments(source));
  if (process) problems.push(`reads ${process[0]}`);
  return problems;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => /\.(ts|js|mjs|cjs)$/.test(f))
    .map((f) => relative(repoRoot, f).split("\\").join("/"))
    .sort();
}

describe("the core does no I/O", () => {
  const files = sourceFiles(coreDir);

  it("finds the core's modules", () => {
    expect(files).toContain("scripts/core/repository/load.ts");
    expect(files.length).toBeGreaterThan(50);
  });

  it.each(files)("%s imports no I/O, adapter or CLI module", (file) => {
    expect(coreViolations(file, readFileSync(join(repoRoot, file), "utf8"))).toEqual([]);
  });
});

describe("coreViolations", () => {
  it("flags forbidden modules, adapter and CLI imports, and process.env/cwd", () => {
    const source = [
      'import { readFileSync } from "node:fs";',
      'import type { Io } from "../../cli/options.ts";',
      'import { loadPool } from "../../adapters/load-pool.ts";',
      'export { spawn } from "child_process";',
      'const w = await import("node:worker_threads");',
      'const p = require("node:fs/promises");',
      "const home = process.env.HOME;",
    ].join("\n");
    expect(coreViolations("scripts/core/x/y.ts", source)).toEqual([
      "imports node:fs",
      "imports ../../cli/options.ts (scripts/cli/)",
      "imports ../../adapters/load-pool.ts (scripts/adapters/)",
      "imports child_process",
      "imports node:worker_threads",
      "imports node:fs/promises",
      "reads process.env",
    ]);
    expect(coreViolations("scripts/core/x/y.ts", "const here = process.cwd();")).toEqual([
      "reads process.cwd",
    ]);
  });

  it("accepts pure imports and ignores comments", () => {
    const source = [
      'import { join } from "node:path";',
      'import type { RepoFs } from "../repository/fs.ts";',
      "// 由命令行读 process.env 再传进来（scripts/cli/options.ts）",
      '/** 见 import("node:fs") */',
      "export const x = 1;",
    ].join("\n");
    expect(coreViolations("scripts/core/x/y.ts", source)).toEqual([]);
  });
});
