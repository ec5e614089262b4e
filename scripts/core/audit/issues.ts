/**
 * GitHub issue 同步的纯逻辑：每条发现一个 issue，以正文中的隐藏标记（带发现的稳定键）识别。
 * 算出要做的事（新建、更新、重开、关闭、不动），由适配器（scripts/adapters/github-issues.ts）执行。
 *
 * - 只认机器人自己建的、带标记的 issue；
 * - 发现仍在：没有 issue 就新建，内容或标签变了就更新；以“已完成”关闭过的重新打开；
 *   被人以“不计划处理”（not planned）关闭的不再打开、不再更新（人工确认不处理）；
 * - 发现不在了：打开的 issue 评论后以“已完成”关闭——只限本次运行了的检查、且能判定的键
 *   （没有利用率数据的夜里不会把低负载 issue 当作已解决）；
 * - 同一个键有多个 issue（如过去的并发运行）：保留编号最小的，其余以重复关闭；
 * - 一次最多新建 maxCreate 个（GitHub 对新建内容有频率限制），其余留到之后的夜里。
 */
import { visible } from "../markup.ts";
import type { Lang } from "../text.ts";
import type { AuditPart } from "./profile.ts";
import { findingMarkdown } from "./render.ts";
import type { AuditCheckId, AuditFinding, AuditReport } from "./types.ts";

export const markerPrefix = "<!-- govcloud-audit:";
export const issueMarker = (key: string): string => `${markerPrefix} ${key} -->`;

/** 正文中的键；没有标记时 undefined。 */
export function markerKey(body: string | null | undefined): string | undefined {
  const m = /<!-- govcloud-audit: (\S+) -->/.exec(body ?? "");
  return m?.[1];
}

export interface DesiredIssue {
  key: string;
  check: AuditCheckId;
  title: string;
  body: string;
  labels: string[];
}

export interface ExistingIssue {
  number: number;
  title: string;
  body: string;
  state: "open" | "closed";
  stateReason?: string | null;
  labels: string[];
  author: { login: string; type: string };
}

export type IssueAction =
  | { kind: "create"; key: string; title: string; body: string; labels: string[] }
  | {
      kind: "update";
      key: string;
      number: number;
      title?: string;
      body?: string;
      labels?: string[];
      reopen?: boolean;
    }
  | { kind: "close"; key: string; number: number; comment: string; reason: "completed" | "not_planned" }
  | { kind: "unchanged"; key: string; number: number }
  | { kind: "suppressed"; key: string; number: number }
  | { kind: "deferred"; key: string };

export interface IssueSettings {
  label: string;
  checkLabels: Record<string, string>;
}

/** 一条发现对应的 issue：标题、正文（含标记）、标签。part 给出检查的名称（Profile.audit）。 */
export function desiredIssue(
  f: AuditFinding,
  settings: IssueSettings,
  lang: Lang,
  part?: AuditPart,
): DesiredIssue {
  const footer =
    lang === "zh"
      ? "_由夜间审计（`govcloud audit`）维护：每晚按最新数据更新，问题消失后自动关闭。确认不处理的，请以“Close as not planned”关闭，审计不会再打开它。_"
      : "_Maintained by the nightly audit (`govcloud audit`): updated every night from the latest data and closed once the problem is gone. To dismiss it, close it as not planned: the audit will not reopen it._";
  return {
    key: f.key,
    check: f.check,
    // 标题是纯文本（GitHub 不按 Markdown 显示）：只把不可见字符写成可见的，换行成为空格
    title: `[${lang === "zh" ? "审计" : "audit"}] ${visible(f.title[lang]).replace(/[\t\r\n]+/g, " ")}`,
    body: [issueMarker(f.key), findingMarkdown(f, lang, "###", part), "", "---", footer, ""].join("\n"),
    labels: [
      settings.label,
      ...(settings.checkLabels[f.check] ? [settings.checkLabels[f.check] as string] : []),
    ],
  };
}

export interface PlanOptions {
  /** 本次运行了的检查 */
  checked: readonly AuditCheckId[];
  /** 无法判定的键 */
  undetermined: readonly string[];
  maxCreate: number;
  /** 是不是机器人自己的 issue */
  isOwn: (issue: ExistingIssue) => boolean;
  lang: Lang;
  today: string;
}

const checkOfKey = (key: string) => key.split("/")[0] as string;

export function planIssueSync(
  desired: readonly DesiredIssue[],
  existing: readonly ExistingIssue[],
  options: PlanOptions,
): IssueAction[] {
  const byKey = new Map<string, ExistingIssue[]>();
  for (const issue of existing) {
    if (!options.isOwn(issue)) continue;
    const key = markerKey(issue.body);
    if (key === undefined) continue;
    byKey.set(key, [...(byKey.get(key) ?? []), issue]);
  }
  const actions: IssueAction[] = [];
  const zh = options.lang === "zh";
  // 重复的 issue：保留编号最小的（优先打开着的），其余打开着的以重复关闭
  const primary = new Map<string, ExistingIssue>();
  for (const [key, issues] of byKey) {
    const sorted = [...issues].sort((a, b) => a.number - b.number);
    const keep = sorted.find((i) => i.state === "open") ?? (sorted[0] as ExistingIssue);
    primary.set(key, keep);
    for (const other of sorted)
      if (other !== keep && other.state === "open")
        actions.push({
          kind: "close",
          key,
          number: other.number,
          reason: "not_planned",
          comment: zh ? `与 #${keep.number} 重复，关闭。` : `Duplicate of #${keep.number}.`,
        });
  }
  let created = 0;
  const wanted = new Set<string>();
  for (const d of desired) {
    wanted.add(d.key);
    const issue = primary.get(d.key);
    if (!issue) {
      if (created >= options.maxCreate) {
        actions.push({ kind: "deferred", key: d.key });
        continue;
      }
      created++;
      actions.push({ kind: "create", key: d.key, title: d.title, body: d.body, labels: d.labels });
      continue;
    }
    if (issue.state === "closed" && issue.stateReason === "not_planned") {
      actions.push({ kind: "suppressed", key: d.key, number: issue.number });
      continue;
    }
    const missing = d.labels.filter((l) => !issue.labels.includes(l));
    const reopen = issue.state === "closed";
    const title = issue.title !== d.title ? d.title : undefined;
    const body = issue.body.trim() !== d.body.trim() ? d.body : undefined;
    if (!reopen && !title && !body && missing.length === 0) {
      actions.push({ kind: "unchanged", key: d.key, number: issue.number });
      continue;
    }
    actions.push({
      kind: "update",
      key: d.key,
      number: issue.number,
      ...(title ? { title } : {}),
      ...(body ? { body } : {}),
      ...(missing.length ? { labels: [...issue.labels, ...missing] } : {}),
      ...(reopen ? { reopen: true } : {}),
    });
  }
  const checked = new Set<string>(options.checked);
  const undetermined = new Set(options.undetermined);
  for (const [key, issue] of primary) {
    if (wanted.has(key) || issue.state !== "open") continue;
    if (!checked.has(checkOfKey(key)) || undetermined.has(key)) continue;
    actions.push({
      kind: "close",
      key,
      number: issue.number,
      reason: "completed",
      comment: zh
        ? `夜间审计 ${options.today} 没有再发现这个问题，自动关闭。`
        : `The nightly audit of ${options.today} no longer finds this problem: closing.`,
    });
  }
  return actions;
}

/** 报告 → 期望的 issue。 */
export function desiredIssues(
  report: AuditReport,
  settings: IssueSettings,
  lang: Lang,
  part?: AuditPart,
): DesiredIssue[] {
  return report.findings.map((f) => desiredIssue(f, settings, lang, part));
}
