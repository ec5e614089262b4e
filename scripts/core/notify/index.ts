/** 通知的纯核心：单位的通知配置、到期提醒的组织（文字由 profile 给出）、各渠道的请求体。发送见 scripts/adapters/notify.ts。 */
export { type ExpiryFinding, type ExpiryNoticeTexts, expiryReminder, plain } from "./compose.ts";
export { looksLikeSecret, type NotifyProblem, parseNotifyConfig, secretNamePattern } from "./config.ts";
export { byteLength, dingtalkMarkdownBytes, truncateBytes, wecomMarkdownBytes } from "./limits.ts";
export { dingtalkPayload, emailPayload, wecomPayload } from "./payloads.ts";
export type * from "./types.ts";
