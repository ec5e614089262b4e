import pc from "picocolors";
import stringWidth from "string-width";
import { type Finding, formatCitation } from "../finding.ts";
import { visible } from "../markup.ts";
import type { Lang } from "../text.ts";

export type OutputFormat = "text" | "json" | "github" | "sarif";
export const outputFormats: readonly OutputFormat[] = ["text", "json", "github", "sarif"];

export interface ReportContext {
  lang: Lang;
  /** 文件文本，用于在文本输出中显示出错的那一行 */
  sources: { get(file: string): string | undefined };
  /** 检查过的文件数 */
  fileCount: number;
  color: boolean;
}

export function summarize(findings: readonly Finding[]) {
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    infos: findings.filter((f) => f.severity === "info").length,
  };
}

export function render(format: OutputFormat, findings: readonly Finding[], ctx: ReportContext): string {
  switch (format) {
    case "text":
      return renderText(findings, ctx);
    case "json":
      return `${JSON.stringify({ summary: { files: ctx.fileCount, ...summarize(findings) }, findings }, null, 2)}\n`;
    case "github":
      return renderGithub(findings);
    case "sarif":
      return `${JSON.stringify(renderSarif(findings, ctx.lang), null, 2)}\n`;
  }
}

const severityLabel = {
  zh: { error: "错误", warning: "警告", info: "提示" },
  en: { error: "error", warning: "warning", info: "info" },
} as const;

function renderText(findings: readonly Finding[], ctx: ReportContext): string {
  const c = pc.createColors(ctx.color);
  const lines: string[] = [];
  const lineCache = new Map<string, string[]>();
  for (const f of findings) {
    const sev = severityLabel[ctx.lang][f.severity];
    const colored =
      f.severity === "error"
        ? c.red(c.bold(sev))
        : f.severity === "warning"
          ? c.yellow(c.bold(sev))
          : c.blue(sev);
    const cite = f.citation ? ` ${c.cyan(`〔${formatCitation(f.citation)}〕`)}` : "";
    lines.push(
      `${c.bold(`${f.file}:${f.line}:${f.column}`)} ${colored} ${f.message}${cite} ${c.dim(`[${f.rule}]`)}`,
    );
    const source = ctx.sources.get(f.file);
    if (source !== undefined) {
      let split = lineCache.get(f.file);
      if (!split) {
        split = source.split(/\r?\n/);
        lineCache.set(f.file, split);
      }
      const line = split[f.line - 1];
      if (line !== undefined && line.trim() !== "") {
        const gutter = `${String(f.line).padStart(5)} | `;
        lines.push(c.dim(gutter) + line);
        lines.push(`${" ".repeat(gutter.length + stringWidth(line.slice(0, f.column - 1)))}${c.red("^")}`);
      }
    }
  }
  const s = summarize(findings);
  const summary =
    ctx.lang === "zh"
      ? `检查了 ${ctx.fileCount} 个文件：${s.errors} 个错误，${s.warnings} 个警告。`
      : `Checked ${ctx.fileCount} files: ${s.errors} error(s), ${s.warnings} warning(s).`;
  lines.push(s.errors > 0 ? c.red(summary) : s.warnings > 0 ? c.yellow(summary) : c.green(summary));
  return `${lines.join("\n")}\n`;
}

/** GitHub 工作流命令的转义（消息与属性值规则不同）。 */
const escapeData = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

function renderGithub(findings: readonly Finding[]): string {
  return findings
    .map((f) => {
      const level = f.severity === "error" ? "error" : f.severity === "warning" ? "warning" : "notice";
      const title = f.citation ? `${formatCitation(f.citation)} ${f.rule}` : f.rule;
      // 注解按纯文本显示（不是 Markdown）：只把不可见字符写成可见的；file 须是真实路径，GitHub 才能定位
      return `::${level} file=${escapeProperty(f.file)},line=${f.line},col=${f.column},title=${escapeProperty(title)}::${escapeData(visible(f.message))}\n`;
    })
    .join("");
}

function renderSarif(findings: readonly Finding[], lang: Lang) {
  const ruleIds = [...new Set(findings.map((f) => f.rule))].sort();
  return {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "govcloud",
            rules: ruleIds.map((id) => ({ id, shortDescription: { text: id } })),
          },
        },
        language: lang === "zh" ? "zh-CN" : "en",
        results: findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: ruleIds.indexOf(f.rule),
          level: f.severity === "info" ? "note" : f.severity,
          message: { text: f.citation ? `${f.message}（${formatCitation(f.citation)}）` : f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file, uriBaseId: "%SRCROOT%" },
                region: { startLine: f.line, startColumn: f.column },
              },
              logicalLocations: f.path ? [{ fullyQualifiedName: f.path, kind: "member" }] : undefined,
            },
          ],
          properties: { path: f.path, ...(f.citation ? { citation: f.citation } : {}) },
        })),
      },
    ],
  };
}
