/**
 * 审查发现（finding）：校验、规则与加载器产出的唯一结果形态。纯数据，所有输出格式都渲染同一份列表。
 */

/** 条款引用：`{profile, article, clause}`（如 第19条(2)1）或 `{profile, attachment, note}`（如 附件5 注3）。 */
export type Citation =
  | { profile: string; article: string; clause?: string }
  | { profile: string; attachment: string; note?: string };

/** 严重程度：error 阻止合并，warning 提醒审查人员，info 仅供参考。 */
export type Severity = "error" | "warning" | "info";

export interface Finding {
  /** 规则或检查的稳定标识，如 `schema`、`load/duplicate-key`、`quantity/vcpu-multiple`。 */
  rule: string;
  severity: Severity;
  /** 已按所选语言渲染的消息：问题 → 允许的取值 → 如何修改。 */
  message: string;
  /** 仓库内的相对路径（POSIX 分隔符）。 */
  file: string;
  /** 1 起始的行号与列号；文件级问题为 1:1。 */
  line: number;
  column: number;
  /** 出错字段的 JSON Pointer（RFC 6901），文件级问题为空串。 */
  path: string;
  citation?: Citation;
}

const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** 按文件、行、列、规则排序（稳定，输出可比对）。 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.column - b.column ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      severityOrder[a.severity] - severityOrder[b.severity],
  );
}

/** 退出码由发现推导：有 error 为 1，否则 0。 */
export function exitCodeFor(findings: readonly Finding[]): 0 | 1 {
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}

/** 把引用写成条文的写法：`第19条(2)1`、`附件5 注3`；注以外的位置原样写出，如 `附件3 说明2`、`附件5 (七)`。 */
export function formatCitation(c: Citation): string {
  if ("article" in c) return `${c.article}${c.clause ?? ""}`;
  if (!c.note) return c.attachment;
  return /^\d/.test(c.note) ? `${c.attachment} 注${c.note}` : `${c.attachment} ${c.note}`;
}
