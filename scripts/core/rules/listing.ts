import { formatCitation } from "../finding.ts";
import type { Lang } from "../text.ts";
import { allRules } from "./registry.ts";
import type { Rule } from "./types.ts";

const typeLabels: Record<string, { zh: string; en: string }> = {
  new: { zh: "新增", en: "new" },
  change: { zh: "变更", en: "change" },
  revoke: { zh: "撤销", en: "revoke" },
  ports: { zh: "端口", en: "ports" },
  test: { zh: "测试", en: "test" },
  "test-renewal": { zh: "续期", en: "renewal" },
};

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

const applies = (r: Rule, lang: Lang) =>
  r.appliesTo.length === 6
    ? lang === "zh"
      ? "全部"
      : "all"
    : r.appliesTo.map((t) => typeLabels[t]?.[lang] ?? t).join(lang === "zh" ? "、" : ", ");

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");

export function renderRules(format: "text" | "json" | "markdown", lang: Lang): string {
  const groups = allRules();
  if (format === "json")
    return `${JSON.stringify(
      groups.flatMap(({ profile, rules }) =>
        sortedRules(rules).map((r) => ({
          id: r.id,
          profile,
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
      lines.push(
        lang === "zh"
          ? "| 条款 | 规则 | 检查什么 | 适用 | 级别 |"
          : "| Article | Rule | What it checks | Applies to | Severity |",
        "| --- | --- | --- | --- | --- |",
      );
      for (const r of sorted)
        lines.push(
          `| ${formatCitation(r.citation)} | \`${r.id}\` | ${cell(r.title[lang])} | ${applies(r, lang)} | ${r.severity} |`,
        );
    } else {
      lines.push(`${profile}（${sorted.length}）`);
      for (const r of sorted)
        lines.push(
          `  ${formatCitation(r.citation).padEnd(12)} ${r.id.padEnd(48)} ${r.title[lang]}〔${applies(r, lang)}，${r.severity}〕`,
        );
    }
  }
  return `${lines.join("\n")}\n`;
}
