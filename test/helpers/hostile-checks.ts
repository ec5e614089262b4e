/**
 * 敌意输入的检查（test/hostile-render.test.ts 与各规范的表单测试共用）：按 GitHub 的方式渲染 Markdown，
 * 比较与基线相比多出的元素、提及与引用，以及原文是否仍看得见。
 */
import MarkdownIt from "markdown-it";
import { visible } from "../../scripts/core/markup.ts";

export const gfm = new MarkdownIt({ html: true, linkify: true });
export const PLAIN = "普通文字 plain";

export const named: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
export const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] !== "#") return named[e.toLowerCase()] ?? m;
    const n = e[1] === "x" || e[1] === "X" ? Number.parseInt(e.slice(2), 16) : Number(e.slice(1));
    return String.fromCodePoint(n);
  });

/** 开始标签按名字计数。 */
export function tagCounts(html: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of html.matchAll(/<([a-z][a-z0-9-]*)\b/gi)) {
    const tag = (m[1] as string).toLowerCase();
    counts.set(tag, (counts.get(tag) ?? 0) + 1);
  }
  return counts;
}

/** 比基线多出的元素；<wbr>（拆开提及）与 <br>（多行文字的换行）除外。 */
export function extraElements(html: string, baseline: string): string[] {
  const base = tagCounts(baseline);
  return [...tagCounts(html)]
    .filter(([tag, n]) => tag !== "wbr" && tag !== "br" && n > (base.get(tag) ?? 0))
    .map(([tag, n]) => `<${tag}> ×${n - (base.get(tag) ?? 0)}`);
}

/** GitHub 识别提及与引用的地方：HTML 的文字节点，代码、预排版与链接之内除外。 */
export function textNodes(html: string): string[] {
  return html
    .replace(/<(code|pre|a)\b[^>]*>[\s\S]*?<\/\1>/gi, "<x>")
    .replace(/<!--[\s\S]*?-->/g, "<x>")
    .split(/<[^>]*>/)
    .map(decode);
}

export const mentionOrReference = [
  /(?:^|[^\w`])@[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9_.-]*)?/gi, // @user、@org/team
  /(?:^|[^\w&])#\d+/g, // #1
  /\bGH-\d+/gi, // GH-1
  /[\w.-]+\/[\w.-]+#\d+/g, // owner/repo#1
];

export function mentions(html: string): string[] {
  return textNodes(html).flatMap((node) => mentionOrReference.flatMap((re) => node.match(re) ?? []));
}

/** 基线中没有的提及与引用（按多重集比较：基线中我们自己写的 PR #1347 不算）。 */
export function extraMentions(html: string, baseline: string): string[] {
  const base = mentions(baseline).map((m) => m.trim());
  return mentions(html)
    .map((m) => m.trim())
    .filter((m) => {
      const i = base.indexOf(m);
      if (i < 0) return true;
      base.splice(i, 1);
      return false;
    });
}

/** 看得见的文字：去掉标签，解开实体，空白（含代码样式中写成 <U+000A> 的换行）合为一个空格。 */
export const normalize = (s: string) =>
  s
    .replace(/<U\+000[9AD]>/g, " ")
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
export const visibleText = (html: string) => normalize(decode(html.replace(/<[^>]*>/g, "")));
export const expectedText = (s: string) => normalize(visible(s)).slice(0, 40);

export const invisibleChars =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: 正是要找出这些字符
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/u;
