/**
 * 审计报告的输出：text（终端）、markdown（粘贴到通报或 issue）、json（机器读取）。三种格式渲染同一份报告。
 * 检查的名称、顺序与汇总的标题来自 profile（Profile.audit）；没有给出时用检查的标识与通用的标题。
 */
import stringWidth from "string-width";
import { formatCitation } from "../finding.ts";
import { codeBlock, codeSpan, inlineText } from "../markup.ts";
import { type Lang, text } from "../text.ts";
import type { AuditPart } from "./profile.ts";
import type { AuditCheck, AuditFinding, AuditReport, HostUtilization, UnitSummary } from "./types.ts";

export type AuditFormat = "text" | "markdown" | "json";
export const auditFormats: readonly AuditFormat[] = ["text", "markdown", "json"];

const severityNames = {
  error: { zh: "错误", en: "error" },
  warning: { zh: "警告", en: "warning" },
  info: { zh: "提示", en: "info" },
} as const;

const fmt = (n: number | undefined, digits = 1) =>
  n === undefined ? "—" : String(Math.round(n * 10 ** digits) / 10 ** digits);
const pctCell = (n: number | undefined) => (n === undefined ? "—" : `${fmt(n)}%`);

function heading(report: AuditReport, lang: Lang): string {
  const w = report.window;
  const win = w?.length ? `${w[0]} 至 ${w[w.length - 1]}` : "";
  const winEn = w?.length ? `${w[0]} to ${w[w.length - 1]}` : "";
  if (lang === "zh")
    return `夜间审计 ${report.today}${report.metricsSource ? `（利用率：${report.metricsSource}，近 5 个工作日 ${win}）` : ""}`;
  return `Nightly audit ${report.today}${report.metricsSource ? ` (utilization: ${report.metricsSource}, last 5 working days ${winEn})` : ""}`;
}

/** 报告中的检查：profile 的登记顺序与名称；没有 profile 时按报告的计数，名称为标识。 */
const reportChecks = (
  report: AuditReport,
  part: AuditPart | undefined,
): readonly Pick<AuditCheck, "id" | "title">[] =>
  part?.checks ?? Object.keys(report.counts).map((id) => ({ id, title: text(id, id) }));

const summaryHeading = (part: AuditPart | undefined) =>
  part?.texts.summaryHeading ?? text("各单位利用率", "Utilization by unit");

function countsLine(report: AuditReport, lang: Lang, part: AuditPart | undefined): string {
  const parts = reportChecks(report, part)
    .filter((c) => (report.counts[c.id] ?? 0) > 0)
    .map((c) => `${c.title[lang]} ${report.counts[c.id]}`);
  const n = report.findings.length;
  if (lang === "zh") return `共 ${n} 条发现${parts.length ? `：${parts.join("，")}` : ""}。`;
  return `${n} finding(s)${parts.length ? `: ${parts.join(", ")}` : ""}.`;
}

const where = (f: AuditFinding) =>
  [f.unit, f.system, f.resource].filter(Boolean).join("/") + (f.pr !== undefined ? ` PR #${f.pr}` : "");

const summaryColumns = {
  zh: [
    "单位",
    "系统",
    "云主机（台）",
    "vCPU（核）",
    "内存（GB）",
    "有数据（台）",
    "CPU 平均",
    "内存平均",
    "低负载（台）",
    "可缩减 vCPU",
    "可缩减内存（GB）",
    "测试资源",
    "其中逾期",
  ],
  en: [
    "Unit",
    "Systems",
    "Hosts",
    "vCPU",
    "Memory (GB)",
    "Measured",
    "CPU avg",
    "Memory avg",
    "Low-load",
    "Reclaimable vCPU",
    "Reclaimable GB",
    "Test resources",
    "Overdue",
  ],
};

const summaryRow = (s: UnitSummary) => [
  s.unitName ? `${s.unitName}（${s.unit}）` : s.unit,
  String(s.systems),
  String(s.hosts),
  String(s.vcpu),
  String(s.memoryGB),
  String(s.measuredHosts),
  pctCell(s.cpuAverage),
  pctCell(s.memoryAverage),
  String(s.lowLoadHosts),
  String(s.reclaimableVcpu),
  String(s.reclaimableMemoryGB),
  String(s.testResources),
  String(s.expiredTestResources),
];

function table(head: string[], rows: string[][]): string {
  const cells = (r: string[]) => r.map((c) => inlineText(c)).join(" | ");
  return [
    `| ${cells(head)} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${cells(r)} |`),
  ].join("\n");
}

/** 证据表：每台主机与合计。 */
export function evidenceTable(f: AuditFinding, lang: Lang): string {
  const e = f.evidence;
  if (!e) return "";
  const head =
    lang === "zh"
      ? ["主机", "IP", "主机名", "天数", "CPU 平均", "CPU 峰值", "内存平均", "内存峰值"]
      : ["Host", "IP", "Host name", "Days", "CPU avg", "CPU peak", "Memory avg", "Memory peak"];
  const row = (h: HostUtilization) => {
    const u = h.utilization;
    return [
      h.name,
      h.ip ?? "—",
      h.hostname ?? "—",
      String(u?.days ?? 0),
      pctCell(u?.cpu?.average),
      pctCell(u?.cpu?.peak),
      pctCell(u?.memory?.average),
      pctCell(u?.memory?.peak),
    ];
  };
  const c = e.combined;
  const total = [
    lang === "zh" ? "合并" : "combined",
    "",
    "",
    String(c.days),
    pctCell(c.cpu?.average),
    pctCell(c.cpu?.peak),
    pctCell(c.memory?.average),
    pctCell(c.memory?.peak),
  ];
  return table(head, [...e.hosts.map(row), total]);
}

function renderText(report: AuditReport, lang: Lang, part: AuditPart | undefined): string {
  const out: string[] = [heading(report, lang), ""];
  for (const f of report.findings) {
    out.push(
      `[${severityNames[f.severity][lang]}] ${formatCitation(f.citation)} ${f.title[lang]}  (${where(f)})`,
      `  ${f.message[lang]}`,
      `  ${lang === "zh" ? "建议：" : "Action: "}${f.action[lang]}`,
    );
    if (f.draft) out.push(`  ${lang === "zh" ? "起草的申请：" : "Drafted application: "}${f.draft.file}`);
    out.push("");
  }
  out.push(summaryHeading(part)[lang]);
  const rows = report.summary.map(summaryRow);
  const head = summaryColumns[lang];
  const widths = head.map((h, i) =>
    Math.max(stringWidth(h), ...rows.map((r) => stringWidth(r[i] as string))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c + " ".repeat((widths[i] as number) - stringWidth(c)))
      .join("  ")
      .trimEnd();
  out.push(line(head), ...rows.map(line), "");
  for (const n of report.notes) out.push(`- ${n[lang]}`);
  out.push("", countsLine(report, lang, part), "");
  return out.join("\n");
}

/** 一条发现的 Markdown（报告中与 issue 正文共用）。 */
export function findingMarkdown(f: AuditFinding, lang: Lang, level = "###", part?: AuditPart): string {
  const check = part?.checks.find((c) => c.id === f.check);
  const unit = f.unitName
    ? `${inlineText(f.unitName)}${lang === "zh" ? "（" : " ("}${codeSpan(f.unit)}${lang === "zh" ? "）" : ")"}`
    : codeSpan(f.unit);
  const system =
    f.systemName && f.system
      ? `${inlineText(f.systemName)}${lang === "zh" ? "（" : " ("}${codeSpan(f.system)}${lang === "zh" ? "）" : ")"}`
      : undefined;
  const place =
    lang === "zh"
      ? [
          `单位：${unit}`,
          ...(system ? [`系统：${system}`] : []),
          ...(f.resource ? [`资源：${codeSpan(f.resource)}`] : []),
          ...(f.pr !== undefined ? [`PR：#${f.pr}`] : []),
        ]
      : [
          `Unit: ${unit}`,
          ...(system ? [`System: ${system}`] : []),
          ...(f.resource ? [`Resource: ${codeSpan(f.resource)}`] : []),
          ...(f.pr !== undefined ? [`Pull request: #${f.pr}`] : []),
        ];
  const out = [
    `**${check?.title[lang] ?? f.check}** · ${formatCitation(f.citation)} · ${severityNames[f.severity][lang]}`,
    "",
    place.join(" · "),
    "",
    inlineText(f.message[lang]),
    "",
    `**${lang === "zh" ? "建议" : "Action"}：** ${inlineText(f.action[lang])}`,
  ];
  if (f.evidence) {
    const w = f.evidence.window;
    out.push(
      "",
      `${level} ${lang === "zh" ? `利用率（${inlineText(f.evidence.source)}，${w[0]} 至 ${w[w.length - 1]} 的 5 个工作日：${w.join("、")}）` : `Utilization (${inlineText(f.evidence.source)}, the 5 working days ${w.join(", ")})`}`,
      "",
      evidenceTable(f, lang),
    );
  }
  if (f.draft) {
    out.push(
      "",
      `${level} ${lang === "zh" ? "起草的申请" : "Drafted application"} ${codeSpan(f.draft.file)}`,
      "",
      lang === "zh" ? "提交前请确认：" : "Before submitting:",
      "",
      ...f.draft.confirm.map((c) => `- [ ] ${inlineText(c[lang])}`),
      "",
      codeBlock(f.draft.yaml, "yaml"),
    );
  }
  return out.join("\n");
}

function renderMarkdown(report: AuditReport, lang: Lang, part: AuditPart | undefined): string {
  const out: string[] = [`## ${inlineText(heading(report, lang))}`, "", countsLine(report, lang, part), ""];
  for (const check of reportChecks(report, part)) {
    const list = report.findings.filter((f) => f.check === check.id);
    if (list.length === 0) continue;
    const citation = part?.checks.find((c) => c.id === check.id)?.citation;
    const cited = citation ? `（${formatCitation(citation)}）` : "";
    out.push(`### ${check.title[lang]}${cited}`, "");
    for (const f of list) {
      out.push(
        `<details><summary>${inlineText(f.title[lang])}</summary>`,
        "",
        findingMarkdown(f, lang, "####", part),
        "",
        "</details>",
        "",
      );
    }
  }
  out.push(`### ${summaryHeading(part)[lang]}`, "");
  out.push(table(summaryColumns[lang], report.summary.map(summaryRow)), "");
  if (report.notes.length) out.push(...report.notes.map((n) => `- ${inlineText(n[lang])}`), "");
  return out.join("\n");
}

/** JSON：发现的 message、action、title 按所选语言给出一种文字。 */
function renderJson(report: AuditReport, lang: Lang): string {
  const findings = report.findings.map((f) => ({
    ...f,
    title: f.title[lang],
    message: f.message[lang],
    action: f.action[lang],
    citationText: formatCitation(f.citation),
    ...(f.draft ? { draft: { ...f.draft, confirm: f.draft.confirm.map((c) => c[lang]) } } : {}),
  }));
  return `${JSON.stringify({ ...report, findings, notes: report.notes.map((n) => n[lang]) }, null, 2)}\n`;
}

export function renderAudit(report: AuditReport, format: AuditFormat, lang: Lang, part?: AuditPart): string {
  if (format === "json") return renderJson(report, lang);
  if (format === "markdown") return renderMarkdown(report, lang, part);
  return renderText(report, lang, part);
}
