import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * 引擎不认识城市（issue 14 第1项）：scripts/core/ 的代码里（注释除外）没有城市名，也没有条款字面量
 * （第N条、附件N）；城市的一切在 scripts/profiles/<id>/，引擎也不 import 它们（由命令行与适配器传进来）。
 */

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const coreDir = join(repoRoot, "scripts", "core");

/** 城市名与条款字面量。 */
const cityOrCitation =
  /深圳|淮北|shenzhen|huaibei|第[0-9一二三四五六七八九十百]+条|附件[0-9一二三四五六七八九十]/i;

/** 去掉块注释与 // 注释（行尾的也算；字符串里的 // 只出现在 URL 中，这里按注释去掉也无妨）。 */
const stripComments = (source: string) =>
  source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

/** 违反处：每处给出行号与那一行。 */
function cityViolations(file: string, source: string): string[] {
  const out: string[] = [];
  const code = stripComments(source);
  code.split("\n").forEach((line, i) => {
    if (cityOrCitation.test(line)) out.push(`${file}:${i + 1}: ${line.trim().slice(0, 100)}`);
  });
  for (const m of code.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']/g)) {
    const spec = (m[1] ?? m[2]) as string;
    if (!spec.startsWith(".")) continue;
    const target = relative(repoRoot, resolve(repoRoot, dirname(file), spec))
      .split("\\")
      .join("/");
    if (target.startsWith("scripts/profiles/")) out.push(`${file}: imports ${spec}`);
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : [join(dir, e.name)]))
    .filter((f) => /\.(ts|js|hbs)$/.test(f))
    .map((f) => relative(repoRoot, f).split("\\").join("/"))
    .sort();
}

describe("the engine names no city and cites no article", () => {
  const files = sourceFiles(coreDir);

  it("reads the engine's files", () => {
    expect(files).toContain("scripts/core/validate.ts");
  });

  it.each(files)("%s", (file) => {
    expect(cityViolations(file, readFileSync(join(repoRoot, file), "utf8"))).toEqual([]);
  });
});

describe("cityViolations", () => {
  it("flags a city, a citation literal and an import of a profile, not comments", () => {
    const source = [
      "// 深圳市的第21条（注释不算）",
      "/** 附件5 注3 */",
      'const a = "第21条";',
      'const b = String(x) + "附件5";',
      'const c = { profile: "shenzhen" };',
      'import { shenzhen } from "../profiles/shenzhen/index.ts";',
      'const d = "第 3 个月"; // 不是条款',
    ].join("\n");
    const found = cityViolations("scripts/core/x.ts", source);
    expect(found).toHaveLength(5);
    expect(found[0]).toContain(":3:");
    expect(found.at(-1)).toContain("imports ../profiles/shenzhen/index.ts");
  });
});
