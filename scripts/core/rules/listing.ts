import stringWidth from "string-width";
import { formatCitation } from "../finding.ts";
import { kindName, type Profile } from "../profile.ts";
import type { Lang } from "../text.ts";
import type { Rule } from "./types.ts";

/** 按终端的显示宽度补空格（汉字占两格，string-width）。 */
const padDisplay = (s: string, width: number) => s + " ".repeat(Math.max(0, width - stringWidth(s)));

/** 条款排序：按条号、附件号。 */
function citationOrder(r: Rule): [number, number, string] {
  const c = r.citation;
  if ("article" in c) return [0, Number(/\d+/.exec(c.article)?.[0] ?? 0), `${c.clause ?? ""}`];
  return [1, Number(/\d+/.exec(c.attachment)?.[0] ?? 0), `${c.note ?? ""}`];
}

export function sortedRules(rules: readonly Rule[]): Rule[] {
  return [...rules].sort((a, b) => {
    const [x, y] = [citationOrder(a), citationOrder(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]) || a.id.localeCompare(b.id);
  });
}

const applies = (profile: Profile, r: Rule, lang: Lang) =>
  Object.keys(profile.kinds).every((k) => (r.appliesTo as readonly string[]).includes(k))
    ? lang === "zh"
      ? "全部"
      : "all"
    : r.appliesTo.map((t) => kindName(profile, t, lang, "short")).join(lang === "zh" ? "、" : ", ");

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** 列出各 profile 的规则（`govcloud rules`）。 */
export function renderRules(
  profiles: readonly Profile[],
  format: "text" | "json" | "markdown",
  lang: Lang,
): string {
  const groups = profiles.map((profile) => ({ profile, rules: profile.rules }));
  if (format === "json")
    return `${JSON.stringify(
      groups.flatMap(({ profile, rules }) =>
        sortedRules(rules).map((r) => ({
          id: r.id,
          profile: profile.id,
          title: r.title[lang],
          citation: r.citation,
          appliesTo: r.appliesTo,
          severity: r.severity,
          why: r.why[lang],
        })),
      ),
      null,
      2,
    )}\n`;
  const lines: string[] = [];
  for (const { profile, rules } of groups) {
    const sorted = sortedRules(rules);
    if (format === "markdown") {
      if (sorted.length === 0) continue;
      // 第二个 profile 起，表格之间空一行并写规范名称（紧接着的表头会被当作上一张表的行）
      if (lines.length > 0) lines.push("", `**${profile.title[lang]}**`, "");
      lines.push(
        lang === "zh"
          ? "| 条款 | 规则 | 检查什么 | 适用 | 级别 |"
          : "| Article | Rule | What it checks | Applies to | Severity |",
        "| --- | --- | --- | --- | --- |",
      );
      for (const r of sorted)
        lines.push(
          `| ${formatCitation(r.citation)} | \`${r.id}\` | ${cell(r.title[lang])} | ${applies(profile, r, lang)} | ${r.severity} |`,
        );
    } else {
      lines.push(`${profile.id}（${sorted.length}）`);
      for (const r of sorted)
        lines.push(
          `  ${padDisplay(formatCitation(r.citation), 12)} ${r.id.padEnd(48)} ${r.title[lang]}〔${applies(profile, r, lang)}，${r.severity}〕`,
        );
    }
  }
  return `${lines.join("\n")}\n`;
}
