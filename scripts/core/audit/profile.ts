/** Profile 的审计部分：检查与草稿。 */
// biome-ignore lint/complexity/noBannedTypes: 留给下一步迁入的内容
export type AuditPart = {};
