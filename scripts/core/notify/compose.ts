/**
 * 由审计的发现组织通知：测试资源的到期提醒。纯函数：输入发现、profile 的提醒文字与语言，输出与渠道无关的 Notice。
 *
 * 来自提交者的文字（单位全称、系统名称、资源名）：Markdown 中经 markup.ts 转义，HTML 中经 htmlText，
 * 纯文字（邮件正文、主题、钉钉会话列表中的标题）中经 plain() 去掉链接与提及的形状。
 */
import { codeSpan, htmlText, inlineText, visible } from "../markup.ts";
import type { Lang, Text } from "../text.ts";
import type { Notice } from "./types.ts";

/** 到期提醒所需的发现字段（审计 JSON 报告中的一条，如 test-expiring）。 */
export interface ExpiryFinding {
  key: string;
  check: string;
  unit: string;
  unitName?: string;
  system?: string;
  systemName?: string;
  resource?: string;
  params: Record<string, string | number | boolean>;
}

/**
 * 纯文字中的一段提交者文字：一行，不可见字符可见，`://`、`@`、`www.` 与域名中的点写成 `[://]`、`[@]`、`[.]`
 * （常说的“去链接化”），邮件客户端与聊天软件不会把它识别为链接、邮件地址或提及。
 */
export function plain(s: string): string {
  return visible(s)
    .replace(/[\r\n\t]+/g, " ")
    .replace(/:\/\//g, "[://]")
    .replace(/@/g, "[@]")
    .replace(/(?<=[\p{L}\p{N}-])\.(?=[A-Za-z])/gu, "[.]")
    .replace(/\bwww\./gi, "www[.]");
}

interface Line {
  label: string;
  /** 提交者的文字（转义）或我们的文字（值为 ours 时原样） */
  value: string;
  ours?: boolean;
  code?: boolean;
}

/**
 * 到期提醒中属于 profile 的文字（Profile.audit.notices）：提醒哪一项检查的发现、标题前的标签、依据、
 * 按发现的参数写出的“请处理”。其余（栏目名、标题、来源、截断说明）是通用的。
 */
export interface ExpiryNoticeTexts {
  /** 提醒这一项审计检查的发现（其 params 有 resource、expiresOn、daysLeft） */
  check: string;
  /** 标题前的标签，如“第N条 到期提醒” */
  tag: Text;
  /** 依据：规范的名称与条文大意 */
  basis: Text;
  /** 请处理：由发现的 params（如能否续期、最迟用到哪天）写出 */
  todo(params: ExpiryFinding["params"], lang: Lang): string;
  /**
   * 哪几晚发提醒：按发现的哪个参数、取哪些值（govcloud notify --remind-at 的缺省）。缺省为剩余天数 daysLeft 的
   * 7、3、1；要在延期截止前提醒的规范（如期满前 N 个工作日）给出自己的参数与取值。
   */
  remindBy?: { param: string; defaults: readonly number[] };
  /** 提醒的是什么资源，如 测试资源、临时资源（缺省 测试资源 / Test resource） */
  resourceName?: Text;
}

/** 提醒按哪个参数、缺省哪几个值。 */
export const remindByOf = (notices: Pick<ExpiryNoticeTexts, "remindBy">) =>
  notices.remindBy ?? { param: "daysLeft", defaults: [7, 3, 1] };

const labels = {
  zh: {
    unit: "使用单位",
    system: "信息系统",
    resource: "测试资源",
    expires: "到期日",
    left: (n: number) => `还有 ${n} 天`,
    why: "依据",
    todo: "请处理",
    source: "来源",
    sourceText: (key: string) => `夜间审计，发现 ${key}`,
    title: (what: string, resource: string, date: string) => `${what} ${resource} 将于 ${date} 到期`,
    truncated: (key: string) => `（内容过长，已截断；全文见夜间审计报告中的发现 ${key}）`,
  },
  en: {
    unit: "Unit",
    system: "System",
    resource: "Test resource",
    expires: "Expires on",
    left: (n: number) => `in ${n} day(s)`,
    why: "Basis",
    todo: "To do",
    source: "Source",
    sourceText: (key: string) => `nightly audit, finding ${key}`,
    title: (what: string, resource: string, date: string) => `${what} ${resource} expires on ${date}`,
    truncated: (key: string) =>
      `(Too long, cut here; the full text is finding ${key} of the nightly audit report.)`,
  },
} as const;

const named = (name: string | undefined, dir: string | undefined) =>
  name && dir ? `${name}（${dir}）` : (name ?? dir ?? "");

/** 到期提醒：profile 的文字 + 发现中的单位、系统、资源与日期。不是 texts.check 的发现返回 undefined。 */
export function expiryReminder(
  f: ExpiryFinding,
  texts: ExpiryNoticeTexts,
  lang: Lang = "zh",
): Notice | undefined {
  if (f.check !== texts.check) return undefined;
  const l = labels[lang];
  const tag = texts.tag[lang];
  const what = texts.resourceName?.[lang] ?? l.resource;
  const resource = String(f.params.resource ?? f.resource ?? "");
  const expiresOn = String(f.params.expiresOn ?? "");
  const daysLeft = Number(f.params.daysLeft ?? 0);
  const lines: Line[] = [
    { label: l.unit, value: named(f.unitName, f.unit) },
    { label: l.system, value: named(f.systemName, f.system) },
    { label: what, value: resource, code: true },
    { label: l.expires, value: `${expiresOn}（${l.left(daysLeft)}）`, ours: true },
    { label: l.why, value: texts.basis[lang], ours: true },
    { label: l.todo, value: texts.todo(f.params, lang), ours: true },
    { label: l.source, value: l.sourceText(f.key), code: true },
  ];
  const heading = `【${tag}】${l.title(what, plain(resource), expiresOn)}`;
  const text = [heading, "", ...lines.map((x) => `${x.label}：${x.ours ? x.value : plain(x.value)}`)].join(
    "\n",
  );
  const markdown = [
    // 我们写的文字原样（其中没有 Markdown 语法；机器人客户端未必显示 HTML 实体），提交者的文字转义
    `### 【${tag}】${l.title(what, codeSpan(resource), expiresOn)}`,
    ...lines.map(
      (x) => `> **${x.label}**：${x.code ? codeSpan(x.value) : x.ours ? x.value : inlineText(x.value)}`,
    ),
  ].join("\n");
  const html = [
    `<h3>${htmlText(heading)}</h3>`,
    "<ul>",
    ...lines.map(
      (x) => `<li><b>${htmlText(x.label)}</b>：${htmlText(x.ours ? x.value : plain(x.value))}</li>`,
    ),
    "</ul>",
  ].join("\n");
  return {
    key: `${f.key}@${expiresOn}`,
    unit: f.unit,
    title: heading,
    text,
    markdown,
    html,
    truncated: l.truncated(f.key),
  };
}
