import type { Catalog } from "../catalog/types.ts";
import { type Finding, formatCitation } from "../finding.ts";
import { codeSpan, inlineText as md } from "../markup.ts";
import type { Application } from "../model.ts";
import { kindName, type Profile } from "../profile.ts";
import type { SystemState } from "../state/fold.ts";
import { changeRows, summarize } from "./summary.ts";

/**
 * 拉取请求报告（Danger 评论的内容）：合并后会发生什么、资源变更表、机器检查结果（带条款）、
 * 审查阶段与时限、官方表单。纯函数：输入是数据，输出是 Danger 的 fail/warn 与一段 Markdown。
 */

export const reportMarker = "<!-- govcloud:report -->";

export interface ReportItem {
  file: string;
  application: Application;
  before: SystemState;
  catalog: Catalog;
  /** 申请所属的规范（申请种类的名称取自它） */
  profile: Profile;
  /** 这份申请的官方表单（Markdown，已转义） */
  formsMarkdown?: string;
}

export interface PrReportInput {
  items: readonly ReportItem[];
  findings: readonly Finding[];
  /** 审查阶段（govcloud stage --format markdown 的输出）；读不到 GitHub 时为 undefined */
  stageMarkdown?: string;
  /** 没有阶段时说明原因 */
  stageNote?: string;
}

/**
 * 交给 Danger 的 fail/warn：message 是 Markdown（已转义）。file、line 只在路径是普通路径时给出，
 * Danger 据此发行内评论；路径中有别的字符时（Danger 会把它原样写进评论）不给，路径写在消息开头的代码样式中。
 */
export interface InlineMessage {
  message: string;
  file?: string;
  line?: number;
}

export interface PrReport {
  fails: InlineMessage[];
  warnings: InlineMessage[];
  markdown: string;
}

const findingText = (f: Finding) => `${f.citation ? `〔${formatCitation(f.citation)}〕` : ""}${f.message}`;

/**
 * Danger 能原样写进评论（`**路径#L行**`，不转义）、也能用来发行内评论的路径：各段只有字母、数字、汉字与 -
 * （可以 . 开头，如 .github），最后是常见的扩展名（不含 .md 这样也是顶级域名的）。别的路径不交给 Danger，写在消息里。
 */
const plainPath =
  /^(?:\.?[\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9-]*\/)*[\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9-]*\.(?:ya?ml|json|csv|pdf)$/u;

/** 一条发现 → Danger 的 fail/warn：消息在 Markdown 的边界上转义。 */
export function inlineMessage(f: Finding): InlineMessage {
  const message = md(findingText(f));
  if (plainPath.test(f.file)) return { message, file: f.file, line: f.line };
  return { message: `${codeSpan(`${f.file}:${f.line}:${f.column}`)} ${message}` };
}

export function prReport(input: PrReportInput): PrReport {
  const out: string[] = [reportMarker];
  const errors = input.findings.filter((f) => f.severity === "error");
  const warnings = input.findings.filter((f) => f.severity === "warning");

  out.push("### 合并后会发生什么", "");
  if (input.items.length === 0) out.push("这个拉取请求没有改动申请（`requests/` 下的申请文件）。", "");
  for (const item of input.items) {
    out.push(
      `**${codeSpan(item.file)}**：${kindName(item.profile, item.application.type, "zh")}（第 ${item.application.sequence} 号）`,
      "",
    );
    for (const line of summarize(item.application, item.before, item.catalog, item.profile))
      out.push(`- ${md(line)}`);
    out.push("");
  }

  const rows = input.items.flatMap((item) =>
    changeRows(item.application, item.before, item.catalog).map((r) => ({ ...r, file: item.file })),
  );
  if (rows.length > 0) {
    out.push(
      "### 资源变更",
      "",
      "| 申请 | 资源 | 服务 | 变更前 | 变更后 |",
      "| --- | --- | --- | --- | --- |",
    );
    for (const r of rows)
      out.push(
        `| ${codeSpan(r.file.split("/").slice(-2).join("/"))} | ${md(r.resource)} | ${md(r.service)} | ${md(r.before)} | ${md(r.after)} |`,
      );
    out.push("");
  }

  out.push("### 机器检查", "");
  if (input.findings.length === 0) out.push("✅ 规范中可由机器检查的条款都已通过。", "");
  else {
    out.push(
      `${errors.length > 0 ? "❌" : "⚠️"} ${errors.length} 个错误，${warnings.length} 个警告${errors.length > 0 ? "：改正错误后才能进入审查。" : "：请审查人员留意。"}`,
      "",
      "| 位置 | 级别 | 条款 | 说明 |",
      "| --- | --- | --- | --- |",
    );
    for (const f of input.findings)
      out.push(
        `| ${codeSpan(`${f.file}:${f.line}:${f.column}`)} | ${f.severity === "error" ? "错误" : f.severity === "warning" ? "警告" : "提示"} | ${f.citation ? md(formatCitation(f.citation)) : ""} | ${md(f.message)} |`,
      );
    out.push("");
  }

  out.push("### 审查阶段", "");
  if (input.stageMarkdown) out.push(input.stageMarkdown.replace(/<!-- govcloud:stage -->\n?/, "").trim(), "");
  else out.push(input.stageNote ?? "阶段与时限见提交状态 `govcloud/stage` 和它的评论。", "");

  const forms = input.items.filter((i) => i.formsMarkdown);
  if (forms.length > 0) {
    out.push("### 官方表单", "");
    for (const i of forms)
      out.push(
        `<details><summary>${md(i.file)} 的表单</summary>`,
        "",
        (i.formsMarkdown ?? "").trim(),
        "",
        "</details>",
        "",
      );
  }

  return {
    fails: errors.map(inlineMessage),
    warnings: warnings.map(inlineMessage),
    markdown: `${out.join("\n").trim()}\n`,
  };
}
