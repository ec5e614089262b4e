import type { Rule } from "../types.ts";

/** 规则组（登记顺序无关紧要：列表按条款排序）。 */
export const portsTestRules: readonly Rule[] = [];
