/**
 * 各渠道的请求体：企业微信群机器人 markdown、钉钉自定义机器人 markdown（title + text）、邮件（主题、纯文字与 HTML）。
 * 纯函数，遵守各渠道的长度上限（limits.ts）。
 */
import {
  dingtalkMarkdownBytes,
  emailSubjectChars,
  truncateBytes,
  truncateChars,
  wecomMarkdownBytes,
} from "./limits.ts";
import type { DingtalkPayload, EmailPayload, Notice, WecomPayload } from "./types.ts";

export function wecomPayload(notice: Notice): WecomPayload {
  return {
    msgtype: "markdown",
    markdown: { content: truncateBytes(notice.markdown, wecomMarkdownBytes, notice.truncated) },
  };
}

export function dingtalkPayload(notice: Notice): DingtalkPayload {
  return {
    msgtype: "markdown",
    markdown: {
      title: truncateChars(notice.title, 64),
      text: truncateBytes(notice.markdown, dingtalkMarkdownBytes, notice.truncated),
    },
  };
}

export function emailPayload(notice: Notice, to: readonly string[]): EmailPayload {
  return {
    to: [...to],
    subject: truncateChars(notice.title.replace(/[\r\n]+/g, " "), emailSubjectChars),
    text: notice.text,
    html: notice.html,
  };
}
