import { beijingMinute } from "../clock.ts";
/**
 * 把阶段结果写成人看的样子：text（终端）、markdown（PR 评论）、json（机器）。
 * 固定文字稳定，变化的部分（日期、人名）在结果数据里，方便做黄金文件比对。
 */
import { formatCitation } from "../finding.ts";
import { inlineText } from "../markup.ts";
import type { Lang } from "../text.ts";
import { type ReviewPart, roleName, stageName } from "./profile.ts";
import type { StageClockResult, StageResult, Waiting } from "./types.ts";

export type StageFormat = "text" | "json" | "markdown";
export const stageFormats: readonly StageFormat[] = ["text", "json", "markdown"];

/** PR 评论中的隐藏标记：下次运行按它找到并编辑同一条评论。 */
export const commentMarker = "<!-- govcloud:stage -->";

/** 阶段与角色的名称取自 profile 的 review 部分（`names`）。 */
export function renderStage(result: StageResult, format: StageFormat, lang: Lang, names: ReviewPart): string {
  switch (format) {
    case "json":
      return `${JSON.stringify(toJson(result, lang, names), null, 2)}\n`;
    case "markdown":
      return renderMarkdown(result, lang, names);
    case "text":
      return renderText(result, lang, names);
  }
}

function toJson(result: StageResult, lang: Lang, names: ReviewPart) {
  return {
    ...result,
    stageName: stageName(names, result.stage)[lang],
    reasons: result.reasons.map((r) => ({
      code: r.code,
      blocking: r.blocking,
      message: r.message[lang],
      ...(r.citation ? { citation: r.citation, cited: formatCitation(r.citation) } : {}),
    })),
  };
}

const L = {
  zh: {
    stage: "阶段",
    waiting: "等待",
    deadline: "截止",
    left: (n: number) => (n >= 0 ? `还有 ${n} 个工作日` : `已超过 ${-n} 个工作日`),
    late: "已超时",
    onTime: "按时",
    reasons: "说明",
    timeline: "进度",
    validUntil: "申请有效期至",
    notApplicable: "不涉及申请",
    none: "—",
    shutdown: "关机当天",
    workdays: (n: number) => `${n} 个工作日`,
    open: "进行中",
    approvedBy: "计入的批准",
  },
  en: {
    stage: "Stage",
    waiting: "Waiting for",
    deadline: "Due",
    left: (n: number) => (n >= 0 ? `${n} working day(s) left` : `${-n} working day(s) overdue`),
    late: "late",
    onTime: "on time",
    reasons: "Reasons",
    timeline: "Timeline",
    validUntil: "Application valid until",
    notApplicable: "not an application",
    none: "—",
    shutdown: "shutdown day",
    workdays: (n: number) => `${n} working day(s)`,
    open: "in progress",
    approvedBy: "Approvals counted",
  },
} as const;

const day = beijingMinute;

function who(w: Waiting | undefined, lang: Lang, md: boolean, names: ReviewPart): string {
  if (!w) return L[lang].none;
  const at = (s: string) => (md ? `@${s}` : `@${s}`);
  const one = (x: Waiting) => {
    const people = [...x.teams.map(at), ...x.users.map(at)];
    return `${roleName(names, x.role)[lang]}${people.length > 0 ? ` ${people.join(lang === "zh" ? "、" : ", ")}` : ""}`;
  };
  return [w, ...(w.also ?? [])].map(one).join(lang === "zh" ? "；" : "; ");
}

/** 计入的批准：阶段名，多方确认时加上代表的一方。 */
function approvalText(a: StageResult["approvals"][number], lang: Lang, names: ReviewPart): string {
  const party = a.role
    ? lang === "zh"
      ? `（${roleName(names, a.role).zh}）`
      : ` (${roleName(names, a.role).en})`
    : "";
  return `${stageName(names, a.stage)[lang]} @${a.user}${party}`;
}

function deadlineText(c: StageClockResult | undefined, lang: Lang): string {
  if (!c) return L[lang].none;
  if (c.deadline === undefined) return c.workdays === "shutdown-day" ? L[lang].shutdown : L[lang].none;
  const left = c.workdaysLeft !== undefined ? `（${L[lang].left(c.workdaysLeft)}）` : "";
  const late = c.late && c.workdaysLeft === undefined ? ` ${L[lang].late}` : "";
  return `${c.deadline}${lang === "zh" ? left : left.replace("（", " (").replace("）", ")")}${late}`;
}

function span(c: StageClockResult, lang: Lang): string {
  if (c.workdays === undefined) return L[lang].none;
  return c.workdays === "shutdown-day" ? L[lang].shutdown : L[lang].workdays(c.workdays);
}

function headline(result: StageResult, lang: Lang, names: ReviewPart): string {
  if (!result.applies) return `PR #${result.pr} · ${L[lang].notApplicable}`;
  const since = lang === "zh" ? `（自 ${day(result.since)}）` : ` (since ${day(result.since)})`;
  return `PR #${result.pr} · ${L[lang].stage}${lang === "zh" ? "：" : ": "}${stageName(names, result.stage)[lang]}${since}`;
}

function renderText(result: StageResult, lang: Lang, names: ReviewPart): string {
  const t = L[lang];
  const sep = lang === "zh" ? "：" : ": ";
  const lines = [headline(result, lang, names)];
  if (result.applies) {
    lines.push(`${t.waiting}${sep}${who(result.waitingFor, lang, false, names)}`);
    if (result.clock) lines.push(`${t.deadline}${sep}${deadlineText(result.clock, lang)}`);
  }
  lines.push(`${t.reasons}${sep.trimEnd()}`);
  for (const r of result.reasons)
    lines.push(
      `  ${r.blocking ? "✗" : "·"} ${r.message[lang]}${r.citation ? ` 〔${formatCitation(r.citation)}〕` : ""}`,
    );
  if (result.timeline.length > 0) {
    lines.push(`${t.timeline}${sep.trimEnd()}`);
    for (const c of result.timeline) {
      const end = c.end ? day(c.end) : t.open;
      const due = c.deadline ? `${t.deadline} ${c.deadline}` : "";
      const status = c.end ? (c.late ? t.late : c.deadline ? t.onTime : "") : c.late ? t.late : "";
      lines.push(
        `  ${stageName(names, c.stage)[lang]}  ${day(c.start)} → ${end}  ${span(c, lang)}  ${due}${status ? `  ${status}` : ""}`.trimEnd(),
      );
    }
  }
  if (result.approvals.length > 0)
    lines.push(
      `${t.approvedBy}${sep}${result.approvals.map((a) => approvalText(a, lang, names)).join(lang === "zh" ? "，" : ", ")}`,
    );
  if (result.validUntil) lines.push(`${t.validUntil} ${result.validUntil}${validityNote(result, lang)}`);
  return `${lines.join("\n")}\n`;
}

/** 有效期后的条款出处（来自 profile），如“（附件5 注5）”。 */
const validityNote = (result: StageResult, lang: Lang): string =>
  result.validityCitation === undefined
    ? ""
    : lang === "zh"
      ? `（${formatCitation(result.validityCitation)}）`
      : ` (${formatCitation(result.validityCitation)})`;

function renderMarkdown(result: StageResult, lang: Lang, names: ReviewPart): string {
  const t = L[lang];
  const sep = lang === "zh" ? "：" : ": ";
  const out = [commentMarker, `### ${headline(result, lang, names)}`, ""];
  if (result.applies) {
    out.push(`**${t.waiting}**${sep}${who(result.waitingFor, lang, true, names)}  `);
    if (result.clock) out.push(`**${t.deadline}**${sep}${deadlineText(result.clock, lang)}`);
    out.push("");
  }
  for (const r of result.reasons)
    out.push(
      `- ${r.blocking ? "❌" : "ℹ️"} ${inlineText(r.message[lang])}${r.citation ? ` 〔${formatCitation(r.citation)}〕` : ""}`,
    );
  if (result.timeline.length > 0) {
    const head =
      lang === "zh" ? "| 阶段 | 开始 | 完成 | 时限 | 截止 | |" : "| Stage | Started | Done | Clock | Due | |";
    out.push("", head, "| --- | --- | --- | --- | --- | --- |");
    for (const c of result.timeline) {
      const status = c.late ? `⚠️ ${t.late}` : c.end && c.deadline ? `✅ ${t.onTime}` : "";
      out.push(
        `| ${stageName(names, c.stage)[lang]} | ${day(c.start)} | ${c.end ? day(c.end) : t.open} | ${span(c, lang)} | ${c.deadline ?? t.none} | ${status} |`,
      );
    }
  }
  if (result.approvals.length > 0)
    out.push(
      "",
      `${t.approvedBy}${sep}${result.approvals.map((a) => approvalText(a, lang, names)).join(lang === "zh" ? "，" : ", ")}`,
    );
  if (result.validUntil) out.push("", `${t.validUntil} ${result.validUntil}${validityNote(result, lang)}`);
  out.push(
    "",
    lang === "zh"
      ? `<sub>由 govcloud stage 根据 PR 的提交、审查意见和标签重新计算（提交 ${result.headSha.slice(0, 7)}）。请勿编辑这条评论。</sub>`
      : `<sub>Recomputed by govcloud stage from the pull request's commits, reviews and labels (commit ${result.headSha.slice(0, 7)}). Do not edit this comment.</sub>`,
  );
  return `${out.join("\n")}\n`;
}
