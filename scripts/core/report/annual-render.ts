/**
 * 年度使用情况报告的渲染：Markdown（表格）与可打印的 HTML（表格加 SVG 条形图，经 Chromium 打印成 PDF）。
 * 单位名、系统与资源标识是用户写的：一律按文本显示（markup.ts）。
 */
import { formatCitation } from "../finding.ts";
import { htmlText, inlineText } from "../markup.ts";
import type { Lang } from "../text.ts";
import type { AnnualPart, AnnualReport, UnitYear } from "./annual.ts";

const pct = (n: number | undefined) => (n === undefined ? "—" : `${Math.round(n * 10) / 10}%`);
const int = (n: number) => n.toLocaleString("en-US");

interface Labels {
  title: (year: number) => string;
  unit: string;
  systems: string;
  hosts: string;
  vcpu: string;
  memory: string;
  storage: string;
  cpu: string;
  mem: string;
  lowLoad: string;
  applications: string;
  delivered: string;
  revoked: string;
  total: string;
  noMetrics: string;
  workdays: (n: number, source?: string) => string;
  lowLoadTitle: string;
  system: string;
  resource: string;
  spec: string;
  none: string;
}

const labels: Record<Lang, Labels> = {
  zh: {
    title: (y) => `${y} 年度政务云使用情况`,
    unit: "单位",
    systems: "系统",
    hosts: "主机（台）",
    vcpu: "vCPU（核）",
    memory: "内存（GB）",
    storage: "存储（GB）",
    cpu: "CPU 平均",
    mem: "内存平均",
    lowLoad: "低负载主机",
    applications: "申请（份）",
    delivered: "交付（份）",
    revoked: "撤销资源（项）",
    total: "合计",
    noMetrics: "没有利用率数据（--metrics）：利用率与低负载两列为空。",
    workdays: (n, s) => `全年 ${n} 个工作日${s ? `；利用率取自 ${s}` : ""}。资源为 12 月 31 日持有的。`,
    lowLoadTitle: "低负载主机",
    system: "系统",
    resource: "资源",
    spec: "规格",
    none: "无",
  },
  en: {
    title: (y) => `Government cloud usage in ${y}`,
    unit: "Unit",
    systems: "Systems",
    hosts: "Hosts",
    vcpu: "vCPU",
    memory: "Memory (GB)",
    storage: "Storage (GB)",
    cpu: "CPU avg",
    mem: "Memory avg",
    lowLoad: "Low-load hosts",
    applications: "Applications",
    delivered: "Delivered",
    revoked: "Revoked resources",
    total: "Total",
    noMetrics: "No utilization data (--metrics): the utilization and low-load columns are empty.",
    workdays: (n, s) =>
      `${n} working days${s ? `; utilization from ${s}` : ""}. Resources held on 31 December.`,
    lowLoadTitle: "Low-load hosts",
    system: "System",
    resource: "Resource",
    spec: "Spec",
    none: "none",
  },
};

const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

function rowOf(
  u: Pick<UnitYear, "systems" | "holdings" | "applications" | "delivered" | "utilization">,
  low: number,
  revoked: number,
) {
  const h = u.holdings;
  return [
    int(u.systems),
    int(h.hosts),
    int(h.vcpu),
    int(h.memoryGB),
    int(h.storageGB),
    pct(u.utilization?.cpu),
    pct(u.utilization?.memory),
    int(low),
    int(sum(u.applications)),
    int(u.delivered),
    int(revoked),
  ];
}

function table(report: AnnualReport, l: Labels): { head: string[]; rows: string[][] } {
  const head = [
    l.unit,
    l.systems,
    l.hosts,
    l.vcpu,
    l.memory,
    l.storage,
    l.cpu,
    l.mem,
    l.lowLoad,
    l.applications,
    l.delivered,
    l.revoked,
  ];
  const rows = report.units.map((u) => [
    u.name,
    ...rowOf(u, u.hosts.filter((h) => h.lowLoad).length, u.revoked.length),
  ]);
  rows.push([l.total, ...rowOf(report.total, report.total.lowLoad, report.total.revoked)]);
  return { head, rows };
}

/** Markdown：一张单位表，再列出低负载主机。 */
export function annualMarkdown(report: AnnualReport, part: AnnualPart, lang: Lang): string {
  const l = labels[lang];
  const { head, rows } = table(report, l);
  const cell = (s: string) => inlineText(s).replace(/\|/g, "\\|");
  const out = [
    `# ${l.title(report.year)}`,
    "",
    `${inlineText(part.basis.text[lang])}〔${formatCitation(part.basis.citation)}〕`,
    "",
    l.workdays(report.workdays, report.metrics === undefined ? undefined : inlineText(report.metrics)),
    ...(report.metrics === undefined ? ["", l.noMetrics] : []),
    "",
    `| ${head.join(" | ")} |`,
    `| ${head.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.map(cell).join(" | ")} |`),
    "",
    `## ${l.lowLoadTitle}`,
    "",
    `${inlineText(part.lowLoad.rule[lang])}〔${formatCitation(part.lowLoad.citation)}〕`,
    "",
  ];
  const low = report.units.flatMap((u) => u.hosts.filter((h) => h.lowLoad).map((h) => ({ u, h })));
  if (low.length === 0) out.push(l.none);
  else {
    out.push(
      `| ${l.unit} | ${l.system} | ${l.resource} | ${l.spec} | ${l.cpu} | ${l.mem} |`,
      "| --- | --- | --- | --- | ---: | ---: |",
    );
    for (const { u, h } of low)
      out.push(
        `| ${[u.name, h.system, h.resource, `${h.vcpu}C${h.memoryGB}G × ${h.hosts.length}`, pct(h.utilization?.cpu?.average), pct(h.utilization?.memory?.average)].map(cell).join(" | ")} |`,
      );
  }
  return `${out.join("\n")}\n`;
}

/** 横向条形图（SVG）：每个单位一条。 */
function barChart(title: string, bars: { label: string; value: number; text: string }[]): string {
  const width = 640;
  const labelWidth = 200;
  const barHeight = 18;
  const gap = 6;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = 28 + bars.length * (barHeight + gap);
  const items = bars.map((b, i) => {
    const y = 24 + i * (barHeight + gap);
    const w = Math.round(((width - labelWidth - 80) * b.value) / max);
    return [
      `<text x="${labelWidth - 6}" y="${y + 13}" text-anchor="end" font-size="11">${htmlText(b.label)}</text>`,
      `<rect x="${labelWidth}" y="${y}" width="${w}" height="${barHeight}" fill="#4a6fa5"/>`,
      `<text x="${labelWidth + w + 4}" y="${y + 13}" font-size="11">${htmlText(b.text)}</text>`,
    ].join("");
  });
  return `<figure><svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img" aria-label="${htmlText(title)}"><text x="0" y="14" font-size="13" font-weight="bold">${htmlText(title)}</text>${items.join("")}</svg></figure>`;
}

/** 可打印的 HTML（A4 横向）：单位表与两张条形图（vCPU、CPU 平均利用率）。 */
export function annualHtml(report: AnnualReport, part: AnnualPart, lang: Lang): string {
  const l = labels[lang];
  const { head, rows } = table(report, l);
  const tr = (cells: string[], tag: "td" | "th") =>
    `<tr>${cells.map((c) => `<${tag}>${htmlText(c)}</${tag}>`).join("")}</tr>`;
  const charts = [
    barChart(
      l.vcpu,
      report.units.map((u) => ({ label: u.name, value: u.holdings.vcpu, text: int(u.holdings.vcpu) })),
    ),
    ...(report.metrics === undefined
      ? []
      : [
          barChart(
            l.cpu,
            report.units.map((u) => ({
              label: u.name,
              value: u.utilization?.cpu ?? 0,
              text: pct(u.utilization?.cpu),
            })),
          ),
        ]),
  ];
  return [
    "<!doctype html>",
    `<html lang="${lang === "zh" ? "zh-CN" : "en"}"><head><meta charset="utf-8"><title>${htmlText(l.title(report.year))}</title>`,
    "<style>@page{size:A4 landscape;margin:14mm}body{font-family:'Noto Sans CJK SC','Source Han Sans SC',sans-serif;font-size:11px}table{border-collapse:collapse;width:100%;margin:8px 0}th,td{border:1px solid #999;padding:3px 5px}td:not(:first-child){text-align:right}figure{margin:10px 0}</style>",
    "</head><body>",
    `<h1>${htmlText(l.title(report.year))}</h1>`,
    `<p>${htmlText(part.basis.text[lang])}〔${htmlText(formatCitation(part.basis.citation))}〕</p>`,
    `<p>${htmlText(l.workdays(report.workdays, report.metrics))}${report.metrics === undefined ? ` ${htmlText(l.noMetrics)}` : ""}</p>`,
    `<table><thead>${tr(head, "th")}</thead><tbody>${rows.map((r) => tr(r, "td")).join("")}</tbody></table>`,
    ...charts,
    "</body></html>",
  ].join("\n");
}
