import type { Rule } from "../../../core/rules/types.ts";

/** 淮北的规则（一条一个文件，带引用）。最小版本：hb-rules 替换。 */
export const huaibeiRules: readonly Rule[] = [];
