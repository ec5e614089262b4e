/**
 * 通知（notice）：审计或阶段机产生的、要送到使用单位手里的一条消息。核心只组织文字与各渠道的请求体，
 * 发送在 scripts/adapters/notify.ts。说明见 docs/notify.md。
 */

/**
 * 单位登记（unit.yaml）中的通知渠道：只写密钥所在的环境变量名，不写 webhook 地址或密钥本身
 * （仓库公开，是申请的正式记录）。
 */
export interface NotifyConfig {
  /** 收件人（电子邮件） */
  email?: string[];
  /** 企业微信群机器人：webhook 地址所在的环境变量名 */
  wecom?: { webhook: string };
  /** 钉钉自定义机器人：webhook 地址与加签密钥所在的环境变量名 */
  dingtalk?: { webhook: string; secret?: string };
}

export type Channel = "email" | "wecom" | "dingtalk";

/**
 * 与渠道无关的一条通知（通知书）。title 与 text 是纯文字（不可见字符已写成可见的），
 * markdown 中来自提交者的文字都经过 markup.ts 转义。
 */
export interface Notice {
  /** 稳定键：同一资源、同一到期日的提醒键相同，一次运行中只发一次 */
  key: string;
  /** 单位目录名 */
  unit: string;
  title: string;
  /** 纯文字正文（邮件正文、终端） */
  text: string;
  /** Markdown 正文（机器人） */
  markdown: string;
  /** HTML 正文（邮件） */
  html: string;
  /** 截断时附在末尾的说明，指向全文（不含链接），如“全文见夜间审计报告中的发现 test-expiring/…” */
  truncated: string;
}

/** 企业微信群机器人的请求体（msgtype markdown）。 */
export interface WecomPayload {
  msgtype: "markdown";
  markdown: { content: string };
}

/** 钉钉自定义机器人的请求体（msgtype markdown：title 显示在会话列表，text 是正文）。 */
export interface DingtalkPayload {
  msgtype: "markdown";
  markdown: { title: string; text: string };
}

/** 一封邮件。 */
export interface EmailPayload {
  to: string[];
  subject: string;
  text: string;
  html: string;
}
