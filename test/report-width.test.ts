import { describe, expect, it } from "vitest";
import type { Finding } from "../scripts/core/finding.ts";
import { render } from "../scripts/core/report/formats.ts";

/** 文本输出在出错的列下画 ^：前面的汉字与全角标点在终端里各占两列（string-width）。 */
describe("the caret under the offending column", () => {
  const finding = (line: string, column: number): [Finding, string] => [
    { rule: "r", severity: "error", message: "m", file: "a.yaml", line: 1, column, path: "" },
    line,
  ];
  it.each([
    ["ASCII before the column", "name: abc", 7, 6],
    ["Chinese before the column (two columns each)", "name: 教育局（本级） x", 15, 6 + 7 * 2 + 1],
    ["a full-width colon and a curly quote (one column)", "名称：“x” y", 7, 2 * 3 + 3],
  ])("%s", (_name, line, column, spaces) => {
    const [f, source] = finding(line, column);
    const out = render("text", [f], {
      lang: "zh",
      sources: new Map([["a.yaml", source]]),
      fileCount: 1,
      color: false,
    });
    const caret = out.split("\n")[2] as string;
    expect(caret).toBe(`${" ".repeat("    1 | ".length + spaces)}^`);
  });
});
