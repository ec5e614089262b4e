import type { Citation } from "../../../core/finding.ts";
import type { Rule } from "../../../core/rules/types.ts";

/** 深圳规范的条款引用：`cite("第19条", "(2)1")`、`annex("附件5", "3")`。 */
export const cite = (article: string, clause?: string): Citation => ({
  profile: "shenzhen",
  article,
  ...(clause ? { clause } : {}),
});
export const annex = (attachment: string, note?: string): Citation => ({
  profile: "shenzhen",
  attachment,
  ...(note ? { note } : {}),
});

/** 定义一条深圳规则：id 自动加上 `shenzhen/` 前缀。 */
export function defineRule(rule: Omit<Rule, "id"> & { id: string }): Rule {
  return { ...rule, id: `shenzhen/${rule.id}` };
}
