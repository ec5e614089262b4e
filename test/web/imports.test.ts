/**
 * 网站的代码（web/src/）在浏览器里运行：只用纯核心（scripts/core/）与 profile（scripts/profiles/），
 * 不引用命令行、适配器或 Node 的模块（核心用到的几个由 web/vite.config.ts 换成 web/src/shims/ 中的替身）。
 * scripts/web/ 中的构建脚本只能以 import type 引用（类型在打包时去掉）。
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/repo.ts";

const webSrc = join(repoRoot, "web", "src");
const files = readdirSync(webSrc, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))
  .map((f) => join(webSrc, f));

/** 一个文件的值引用（不含 import type）。 */
function valueImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?[^"';]*?from\s+"([^"]+)"/gm))
    if (!m[2]) out.push(m[3] as string);
  for (const m of source.matchAll(/^\s*import\s+"([^"]+)"/gm)) out.push(m[1] as string);
  for (const m of source.matchAll(/\bimport\(\s*"([^"]+)"\s*\)/g)) out.push(m[1] as string);
  return out;
}

describe("web/src imports only what runs in a browser", () => {
  it("found the site's sources", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files.map((f) => [relative(repoRoot, f), f]))("%s", (_name, file) => {
    const bad = valueImports(readFileSync(file, "utf8")).filter(
      (spec) =>
        /^node:/.test(spec) ||
        /scripts\/(cli|adapters|web|bin|bench)\//.test(spec) ||
        ["fs", "path", "child_process", "http", "net", "os"].includes(spec),
    );
    expect(bad).toEqual([]);
  });
});
