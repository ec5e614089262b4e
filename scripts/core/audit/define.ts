import type { AuditCheck } from "./types.ts";

/** 定义一项审计检查（与规则一样：元数据 + 一个纯函数）。检查由 profile 提供（Profile.audit.checks）。 */
export const defineCheck = (check: AuditCheck): AuditCheck => check;

/** 稳定键的各段：目录名本身已是小写字母、数字与连字符。 */
export const findingKey = (...parts: (string | number)[]): string => parts.join("/");

export const pct = (n: number): string => `${Math.round(n * 10) / 10}%`;
