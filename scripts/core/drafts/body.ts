/**
 * 草稿 PR 的标题与正文：证据（审计的发现）、提交前须确认的事项、校验结果、请谁审查。纯函数。
 *
 * 正文第一行是隐藏标记 `<!-- govcloud-draft: <键> digest=<草稿摘要> commit=<机器人推送的提交> -->`：
 * 下一次运行按它认领自己的 PR、判断草稿变没变、分支上有没有别人的提交。
 * 发现中的文字（系统名称、资源名等来自提交者）只作为文字显示（markup.ts）；授权代理人只写姓名，不写 @账号。
 */
import { codeSpan, inlineText, visible } from "../markup.ts";
import type { Lang } from "../text.ts";
import type { DraftSubject } from "./subjects.ts";

const markerPattern = /<!-- govcloud-draft: (\S+) digest=([0-9a-f]+) commit=([0-9a-f]{40}) -->/;

export const draftMarker = (key: string, digest: string, commit: string): string =>
  `<!-- govcloud-draft: ${key} digest=${digest} commit=${commit} -->`;

/** 正文中的标记；没有时 undefined。 */
export function parseDraftMarker(
  body: string | null | undefined,
): { key: string; digest: string; commit: string } | undefined {
  const m = markerPattern.exec(body ?? "");
  return m ? { key: m[1] as string, digest: m[2] as string, commit: m[3] as string } : undefined;
}

/** 校验草稿得到的一处问题（govcloud validate 的发现）。 */
export interface DraftProblem {
  line: number;
  column: number;
  path: string;
  message: string;
}

/** 正文的上下文：今天、请审查的授权代理人、校验结果。 */
export interface DraftContext {
  today: string;
  lang: Lang;
  /** 单位有效的授权代理人的姓名（他们登记的 GitHub 账号被请求审查） */
  agents: readonly string[];
  /** 草稿的校验结果；undefined 为未校验 */
  problems?: readonly DraftProblem[];
}

const named = (name: string | undefined, dir: string) =>
  name ? `${inlineText(name)}（${codeSpan(dir)}）` : codeSpan(dir);

/** PR 标题：纯文字（GitHub 不按 Markdown 显示标题），不可见字符写成可见的。 */
export function draftTitle(subject: DraftSubject, lang: Lang): string {
  const what = subject.findings[0]?.title ?? subject.check;
  const line = visible(what).replace(/[\t\r\n]+/g, " ");
  return lang === "zh" ? `[审计草稿] ${line}` : `[audit draft] ${line}`;
}

function evidence(subject: DraftSubject, lang: Lang): string[] {
  const zh = lang === "zh";
  return subject.findings.flatMap((f) => [
    `- **${inlineText(f.title)}**${f.citationText ? `（${inlineText(f.citationText)}）` : ""} · ${codeSpan(f.key)}`,
    `  ${inlineText(f.message)}`,
    `  ${zh ? "建议" : "Suggested"}：${inlineText(f.action)}`,
  ]);
}

function validation(problems: readonly DraftProblem[] | undefined, file: string, lang: Lang): string[] {
  const zh = lang === "zh";
  if (problems === undefined) return [zh ? "未校验。" : "Not validated."];
  if (problems.length === 0)
    return [
      zh
        ? `\`govcloud validate\` 通过：草稿可以原样提交（确认上面的事项之后）。`
        : `\`govcloud validate\` passes: the draft can be submitted as it is (once the points above are confirmed).`,
    ];
  return [
    zh
      ? `\`govcloud validate\` 还有 ${problems.length} 处要由使用单位填写或确认（机器不替使用单位作证）：`
      : `\`govcloud validate\` leaves ${problems.length} point(s) for the unit to fill in or confirm (the machine does not testify for the unit):`,
    ...problems.map(
      (p) => `- ${codeSpan(`${file}:${p.line}:${p.column}`)} ${codeSpan(p.path)} ${inlineText(p.message)}`,
    ),
  ];
}

function reviewers(agents: DraftContext["agents"], lang: Lang): string[] {
  const zh = lang === "zh";
  if (agents.length === 0)
    return [
      zh
        ? "单位登记中没有有效的授权代理人：请单位先在单位登记中登记授权代理人。"
        : "The unit registry lists no valid agent: the unit registers one in its registry first.",
    ];
  const list = agents.map((a) => inlineText(a)).join(zh ? "、" : ", ");
  return [
    zh
      ? `请使用单位的授权代理人审查：${list}（按单位登记中的 GitHub 账号请求审查；账号不是仓库协作者时 GitHub 不接受请求，请另行转告）。`
      : `The unit's agents are asked to review: ${list} (asked through the GitHub accounts in the unit registry; GitHub refuses the request for accounts that are not collaborators: please pass it on).`,
  ];
}

/** 草稿 PR 的正文（含标记）。 */
export function draftBody(subject: DraftSubject, context: DraftContext, commit: string): string {
  const { lang } = context;
  const zh = lang === "zh";
  const confirm = subject.confirm.map((c) => `- [ ] ${inlineText(c)}`);
  return [
    draftMarker(subject.key, subject.digest, commit),
    `## ${zh ? "审计起草的申请" : "Application drafted by the audit"}：${codeSpan(subject.file)}`,
    "",
    `${zh ? "使用单位" : "Unit"}：${named(subject.unitName, subject.unit)} · ${zh ? "信息系统" : "System"}：${named(subject.systemName, subject.system)}`,
    "",
    zh
      ? `夜间审计（${context.today}）按下面的发现起草了这份申请。它还不是正式申请：请使用单位核对、补全后把 PR 标为 Ready for review，按正常流程审查、审批。`
      : `The nightly audit (${context.today}) drafted this application from the findings below. It is not an application yet: the unit checks and completes it, then marks the PR ready for review; it goes through the usual review and approval.`,
    "",
    `### ${zh ? "证据" : "Evidence"}`,
    "",
    ...evidence(subject, lang),
    "",
    ...(confirm.length
      ? [`### ${zh ? "提交前请确认" : "Confirm before submitting"}`, "", ...confirm, ""]
      : []),
    `### ${zh ? "校验" : "Validation"}`,
    "",
    ...validation(context.problems, subject.file, lang),
    "",
    `### ${zh ? "审查" : "Review"}`,
    "",
    ...reviewers(context.agents, lang),
    "",
    "---",
    zh
      ? "_由夜间审计（`govcloud drafts`）维护：草稿变化时更新分支与正文，问题消失后自动关闭。在这个分支上推送了自己的提交后，审计不再改写分支。不打算处理的，关闭这个 PR 即可，审计不会再打开同一主题的 PR。_"
      : "_Maintained by the nightly audit (`govcloud drafts`): the branch and this text follow the draft, and the PR is closed once the problem is gone. Once someone pushes to this branch the audit stops rewriting it. To dismiss it, close the PR: the audit will not open another one for the same subject._",
    "",
  ].join("\n");
}
