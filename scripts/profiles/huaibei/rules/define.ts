import type { Citation } from "../../../core/finding.ts";
import type { Rule } from "../../../core/rules/types.ts";

/** 淮北市市级政务云管理办法的条款引用：`cite("第16条")`、`cite("第5条", "第二款")`、`annex("附件1", "3")`。 */
export const cite = (article: string, clause?: string): Citation => ({
  profile: "huaibei",
  article,
  ...(clause ? { clause } : {}),
});
export const annex = (attachment: string, note?: string): Citation => ({
  profile: "huaibei",
  attachment,
  ...(note ? { note } : {}),
});

/** 定义一条淮北规则：id 自动加上 `huaibei/` 前缀。 */
export function defineRule(rule: Omit<Rule, "id"> & { id: string }): Rule {
  return { ...rule, id: `huaibei/${rule.id}` };
}
