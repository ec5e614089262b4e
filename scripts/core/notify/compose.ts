/**
 * 由审计的发现组织通知：第46条到期提醒（test-expiring）。纯函数：输入发现与语言，输出与渠道无关的 Notice。
 *
 * 来自提交者的文字（单位全称、系统名称、资源名）：Markdown 中经 markup.ts 转义，HTML 中经 htmlText，
 * 纯文字（邮件正文、主题、钉钉会话列表中的标题）中经 plain() 去掉链接与提及的形状。
 */
import { codeSpan, htmlText, inlineText, visible } from "../markup.ts";
import type { Lang } from "../text.ts";
import type { Notice } from "./types.ts";

/** 到期提醒所需的发现字段（审计 JSON 报告中 test-expiring 的一条）。 */
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

const labels = {
  zh: {
    tag: "第46条 到期提醒",
    unit: "使用单位",
    system: "信息系统",
    resource: "测试资源",
    expires: "到期日",
    left: (n: number) => `还有 ${n} 天`,
    why: "依据",
    whyText:
      "《深圳市政务云服务申请规范》第46条：测试资源到期前一周，市大数据资源管理中心提醒使用单位；不申请续期的，到期后可回收测试资源。",
    todo: "请处理",
    renew: (cap?: string) =>
      `还要使用的，请在到期前提交续期申请（type: test-renewal），累计不超过六个月${cap ? `，最迟用到 ${cap}` : ""}（第45条）；不再使用的，请备份数据，到期后回收（第47条）。`,
    noRenew:
      "已用满累计六个月（第45条），不能再续期：请备份数据，到期后回收（第47条）；需要长期使用的，请提交新增申请。",
    source: "来源",
    sourceText: (key: string) => `夜间审计，发现 ${key}`,
    title: (resource: string, date: string) => `测试资源 ${resource} 将于 ${date} 到期`,
    truncated: (key: string) => `（内容过长，已截断；全文见夜间审计报告中的发现 ${key}）`,
  },
  en: {
    tag: "第46条 expiry reminder",
    unit: "Unit",
    system: "System",
    resource: "Test resource",
    expires: "Expires on",
    left: (n: number) => `in ${n} day(s)`,
    why: "Basis",
    whyText:
      "Shenzhen government cloud application spec, 第46条: a week before a test resource expires the centre reminds the unit; without a renewal it may reclaim the resource once expired.",
    todo: "To do",
    renew: (cap?: string) =>
      `To keep it, file a renewal (type: test-renewal) before it expires; six months in total at most${cap ? `, until ${cap}` : ""} (第45条). Otherwise back up its data: it is reclaimed once expired (第47条).`,
    noRenew:
      "It has used its six months in total (第45条) and cannot be renewed: back up its data, it is reclaimed once expired (第47条). For lasting use, file a new application.",
    source: "Source",
    sourceText: (key: string) => `nightly audit, finding ${key}`,
    title: (resource: string, date: string) => `Test resource ${resource} expires on ${date}`,
    truncated: (key: string) =>
      `(Too long, cut here; the full text is finding ${key} of the nightly audit report.)`,
  },
} as const;

const named = (name: string | undefined, dir: string | undefined) =>
  name && dir ? `${name}（${dir}）` : (name ?? dir ?? "");

/** 第46条到期提醒。不是 test-expiring 的发现返回 undefined。 */
export function expiryReminder(f: ExpiryFinding, lang: Lang = "zh"): Notice | undefined {
  if (f.check !== "test-expiring") return undefined;
  const l = labels[lang];
  const resource = String(f.params.resource ?? f.resource ?? "");
  const expiresOn = String(f.params.expiresOn ?? "");
  const daysLeft = Number(f.params.daysLeft ?? 0);
  const cap = typeof f.params.renewableUntil === "string" ? f.params.renewableUntil : undefined;
  const lines: Line[] = [
    { label: l.unit, value: named(f.unitName, f.unit) },
    { label: l.system, value: named(f.systemName, f.system) },
    { label: l.resource, value: resource, code: true },
    { label: l.expires, value: `${expiresOn}（${l.left(daysLeft)}）`, ours: true },
    { label: l.why, value: l.whyText, ours: true },
    { label: l.todo, value: f.params.renewable === true ? l.renew(cap) : l.noRenew, ours: true },
    { label: l.source, value: l.sourceText(f.key), code: true },
  ];
  const heading = `【${l.tag}】${l.title(plain(resource), expiresOn)}`;
  const text = [heading, "", ...lines.map((x) => `${x.label}：${x.ours ? x.value : plain(x.value)}`)].join(
    "\n",
  );
  const markdown = [
    // 我们写的文字原样（其中没有 Markdown 语法；机器人客户端未必显示 HTML 实体），提交者的文字转义
    `### 【${l.tag}】${l.title(codeSpan(resource), expiresOn)}`,
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
