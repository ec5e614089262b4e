/**
 * Profile 的阶段机部分：阶段的条款、称谓等规范决定的内容。
 * （各阶段时限与条款目前仍在服务目录 catalog/<id>/profile.yaml 的 clocks 与 reviewCitations 中。）
 */
// biome-ignore lint/complexity/noBannedTypes: 留给下一步迁入的内容
export type ReviewPart = {};
