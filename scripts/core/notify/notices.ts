/**
 * 到期提醒以外的通知：停机通知（实施日程）、交付通知（交付记录）、超时的阶段等审计发现、起草的 PR。
 * 纯函数：输入是日程、交付记录、审计的发现或草稿 PR 的结果，加上 profile 的文字（Profile.audit.noticeTexts），
 * 输出与渠道无关的 Notice（与到期提醒同一个形状，渠道的请求体见 payloads.ts）。
 *
 * 来自提交者的文字（单位全称、系统名称、资源名、IP）：Markdown 中经 markup.ts 转义，HTML 中经 htmlText，
 * 纯文字中经 plain() 去掉链接与提及的形状。链接只有我们自己的（草稿 PR 的地址），不来自提交者。
 */
import { codeSpan, htmlText, inlineText } from "../markup.ts";
import type { Lang, Text } from "../text.ts";
import { plain } from "./compose.ts";
import type { Notice } from "./types.ts";

/** profile 给出的通知文字：每种通知的标签（如“第N条 停机通知”）与依据。没有给出的一种不发。 */
export interface NoticeTexts {
  /** 停机通知：需要关机的申请在约定的关机日实施之前 */
  shutdown?: { tag: Text; basis: Text };
  /** 交付通知：交付记录写入仓库之后 */
  delivery?: { tag: Text; basis: Text };
  /**
   * 由这些审计检查的发现发出的通知（如超时的阶段、超期的实施）；overdue 由发现的参数给出超过了几个工作日
   * （govcloud notify 只在 --late-at 列出的天数那一晚发，不每晚重复）
   */
  findings?: {
    checks: readonly string[];
    tag: Text;
    overdue(params: Readonly<Record<string, string | number | boolean>>): number | undefined;
  };
  /** 审计起草了申请、开了草稿 PR */
  draft?: { tag: Text; basis: Text };
}

interface Line {
  label: string;
  value: string;
  /** 我们的文字（原样）；否则是提交者的文字（转义） */
  ours?: boolean;
  code?: boolean;
  /** 我们的链接（草稿 PR 的地址） */
  href?: string;
}

const named = (name: string | undefined, dir: string | undefined) =>
  name && dir ? `${name}（${dir}）` : (name ?? dir ?? "");

/** 由标签、标题（其中 what 是提交者的文字）与各行组织一条通知。 */
function compose(input: {
  key: string;
  unit: string;
  tag: string;
  title: (what: string) => string;
  what: string;
  lines: Line[];
  truncated: string;
}): Notice {
  const { tag, lines } = input;
  const heading = `【${tag}】${input.title(plain(input.what))}`;
  const plainValue = (x: Line) => (x.ours ? x.value : plain(x.value));
  const text = [
    heading,
    "",
    ...lines.map((x) => `${x.label}：${plainValue(x)}${x.href ? ` ${x.href}` : ""}`),
  ].join("\n");
  const markdown = [
    `### 【${tag}】${input.title(inlineText(input.what))}`,
    ...lines.map((x) => {
      const value = x.code ? codeSpan(x.value) : x.ours ? x.value : inlineText(x.value);
      return `> **${x.label}**：${x.href ? `[${value}](${x.href})` : value}`;
    }),
  ].join("\n");
  const html = [
    `<h3>${htmlText(heading)}</h3>`,
    "<ul>",
    ...lines.map((x) => {
      const value = htmlText(plainValue(x));
      return `<li><b>${htmlText(x.label)}</b>：${x.href ? `<a href="${htmlText(x.href)}">${value}</a>` : value}</li>`;
    }),
    "</ul>",
  ].join("\n");
  return {
    key: input.key,
    unit: input.unit,
    title: heading,
    text,
    markdown,
    html,
    truncated: input.truncated,
  };
}

const labels = {
  zh: {
    unit: "使用单位",
    system: "信息系统",
    application: "申请",
    date: "实施日",
    window: "关机窗口",
    state: "安排",
    why: "依据",
    todo: "请处理",
    delivered: "交付日期",
    resources: "交付的资源",
    problem: "情况",
    pr: "草稿 PR",
    file: "起草的申请",
    truncated: (where: string) => `（内容过长，已截断；全文见${where}）`,
  },
  en: {
    unit: "Unit",
    system: "System",
    application: "Application",
    date: "Applied on",
    window: "Shutdown window",
    state: "Status",
    why: "Basis",
    todo: "To do",
    delivered: "Delivered on",
    resources: "Resources",
    problem: "Details",
    pr: "Draft PR",
    file: "Drafted application",
    truncated: (where: string) => `(Too long, cut here; the full text is in ${where}.)`,
  },
} as const;

/** 实施日程中的一项（govcloud schedule --format json 的 entries，原因已是所选的语言）。 */
export interface ShutdownEntry {
  unit: string;
  unitName?: string;
  system: string;
  systemName?: string;
  application: number;
  file: string;
  dueDate: string;
  state: string;
  reason: string;
}

/** 停机通知：某系统将在 dueDate 的关机窗口内实施（停机），还有 workdaysLeft 个工作日。 */
export function shutdownNotice(
  e: ShutdownEntry,
  context: { window: string; workdaysLeft: number },
  texts: NonNullable<NoticeTexts["shutdown"]>,
  lang: Lang = "zh",
): Notice {
  const l = labels[lang];
  const zh = lang === "zh";
  return compose({
    key: `shutdown/${e.unit}/${e.system}/${e.application}@${e.dueDate}`,
    unit: e.unit,
    tag: texts.tag[lang],
    what: e.systemName ?? e.system,
    title: (what) =>
      zh
        ? `${what} 将于 ${e.dueDate} 停机实施变更（还有 ${context.workdaysLeft} 个工作日）`
        : `${what} is shut down for a change on ${e.dueDate} (in ${context.workdaysLeft} working day(s))`,
    lines: [
      { label: l.unit, value: named(e.unitName, e.unit) },
      { label: l.system, value: named(e.systemName, e.system) },
      // 仓库内的路径（由合规的目录名组成，调用方已核对）：我们的文字
      { label: l.application, value: e.file, code: true, ours: true },
      { label: l.date, value: e.dueDate, ours: true },
      { label: l.window, value: context.window, ours: true },
      { label: l.state, value: e.reason, ours: true },
      { label: l.why, value: texts.basis[lang], ours: true },
      {
        label: l.todo,
        value: zh
          ? "请提前通知系统的用户、安排好停机期间的业务；需要改期的，请尽快联系提供商记录延期。"
          : "Tell the system's users and plan for the downtime; to move the day, ask the provider to record a postponement.",
        ours: true,
      },
    ],
    truncated: l.truncated(zh ? " govcloud schedule 的输出" : " the output of govcloud schedule"),
  });
}

/** 一份交付记录（requests/<单位>/<系统>/deliveries/<序号>.yaml）中通知需要的部分。 */
export interface DeliveryRecord {
  file: string;
  unit: string;
  unitName?: string;
  system: string;
  systemName?: string;
  application: number;
  date: string;
  resources: { id: string; instances: { name: string; ip?: string; hostname?: string }[] }[];
}

/** 交付通知：申请 N 已于 date 交付，列出资源与主机（IP、主机名）。 */
export function deliveryNotice(
  d: DeliveryRecord,
  texts: NonNullable<NoticeTexts["delivery"]>,
  lang: Lang = "zh",
): Notice {
  const l = labels[lang];
  const zh = lang === "zh";
  const resources = d.resources
    .map((r) => {
      const hosts = r.instances
        .map((i) => [i.name, i.hostname, i.ip].filter(Boolean).join(" "))
        .join(zh ? "、" : ", ");
      return hosts ? `${r.id}（${hosts}）` : r.id;
    })
    .join(zh ? "；" : "; ");
  return compose({
    key: `delivery/${d.unit}/${d.system}/${d.application}@${d.date}`,
    unit: d.unit,
    tag: texts.tag[lang],
    what: d.systemName ?? d.system,
    title: (what) =>
      zh
        ? `${what} 的申请 ${d.application} 已于 ${d.date} 交付`
        : `${what}: application ${d.application} was delivered on ${d.date}`,
    lines: [
      { label: l.unit, value: named(d.unitName, d.unit) },
      { label: l.system, value: named(d.systemName, d.system) },
      { label: l.application, value: String(d.application), ours: true },
      { label: l.delivered, value: d.date, ours: true },
      { label: l.resources, value: resources || "—" },
      { label: l.why, value: texts.basis[lang], ours: true },
      {
        label: l.todo,
        value: zh
          ? `请核对交付的资源与配置；完整的交付记录在仓库的 ${d.file}。`
          : `Check the delivered resources and configuration; the full record is ${d.file} in the repository.`,
        ours: true,
      },
    ],
    truncated: l.truncated(zh ? `仓库的 ${d.file}` : ` ${d.file} in the repository`),
  });
}

/** 审计发现（JSON 报告中的一条，文字已是所选的语言）中通知需要的部分。 */
export interface FindingForNotice {
  key: string;
  check: string;
  unit: string;
  unitName?: string;
  system?: string;
  systemName?: string;
  title: string;
  message: string;
  action: string;
  citationText?: string;
}

/** 今天要发停机通知的日程项：还在等待（或已延期）、离实施日还有 at 中的工作日数。 */
export function dueShutdowns<T extends Pick<ShutdownEntry, "state" | "dueDate">>(
  entries: readonly T[],
  today: string,
  workdaysBetween: (from: string, to: string) => number,
  at: ReadonlySet<number>,
): { entry: T; workdaysLeft: number }[] {
  return entries.flatMap((entry) => {
    if ((entry.state !== "waiting" && entry.state !== "postponed") || entry.dueDate < today) return [];
    const workdaysLeft = workdaysBetween(today, entry.dueDate);
    return at.has(workdaysLeft) ? [{ entry, workdaysLeft }] : [];
  });
}

/** 今天要通知的发现：profile 列出的检查，超过的工作日数在 at 中。 */
export function dueFindings<T extends { check: string; params?: Record<string, string | number | boolean> }>(
  findings: readonly T[],
  texts: NonNullable<NoticeTexts["findings"]>,
  at: ReadonlySet<number>,
): T[] {
  return findings.filter((f) => {
    if (!texts.checks.includes(f.check)) return false;
    const n = texts.overdue(f.params ?? {});
    return n !== undefined && at.has(n);
  });
}

/** 由审计发现（如超时的阶段）发出的通知：发现的标题、情况与建议。 */
export function findingNotice(
  f: FindingForNotice,
  texts: NonNullable<NoticeTexts["findings"]>,
  lang: Lang = "zh",
): Notice {
  const l = labels[lang];
  return compose({
    key: f.key,
    unit: f.unit,
    tag: texts.tag[lang],
    what: f.title,
    title: (what) => what,
    lines: [
      { label: l.unit, value: named(f.unitName, f.unit) },
      ...(f.system ? [{ label: l.system, value: named(f.systemName, f.system) }] : []),
      { label: l.problem, value: f.message },
      ...(f.citationText ? [{ label: l.why, value: f.citationText }] : []),
      { label: l.todo, value: f.action },
      { label: lang === "zh" ? "来源" : "Source", value: f.key, code: true },
    ],
    truncated: l.truncated(
      lang === "zh" ? `夜间审计报告中的发现 ${f.key}` : ` finding ${f.key} of the nightly audit`,
    ),
  });
}

/** 草稿 PR 的结果（govcloud drafts --out 的一项）中通知需要的部分。 */
export interface DraftForNotice {
  key: string;
  number: number;
  url: string;
  unit: string;
  system?: string;
  file?: string;
  title?: string;
}

/** 审计起草了申请（新开了草稿 PR）：链接到 PR（地址是我们的，不来自提交者）。 */
export function draftNotice(
  d: DraftForNotice,
  texts: NonNullable<NoticeTexts["draft"]>,
  lang: Lang = "zh",
): Notice {
  const l = labels[lang];
  const zh = lang === "zh";
  return compose({
    key: `draft/${d.key}#${d.number}`,
    unit: d.unit,
    tag: texts.tag[lang],
    what: d.title ?? d.key,
    title: (what) => (zh ? `审计起草了申请：${what}` : `The audit drafted an application: ${what}`),
    lines: [
      { label: l.unit, value: d.unit, code: true },
      ...(d.system ? [{ label: l.system, value: d.system, code: true }] : []),
      ...(d.file ? [{ label: l.file, value: d.file, code: true, ours: true }] : []),
      { label: l.pr, value: `#${d.number}`, ours: true, href: d.url },
      { label: l.why, value: texts.basis[lang], ours: true },
      {
        label: l.todo,
        value: zh
          ? "请授权代理人在 PR 中核对、补全草稿（正文列出了要确认的事项），再标为 Ready for review；不打算处理的，关闭 PR 并说明原因。"
          : "An authorized agent checks and completes the draft in the PR (its text lists what to confirm), then marks it ready for review; to dismiss it, close the PR with a reason.",
        ours: true,
      },
    ],
    truncated: l.truncated(zh ? ` PR #${d.number}` : ` PR #${d.number}`),
  });
}
