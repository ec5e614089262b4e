import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";
import { type HbSystem, huaibeiApplication, huaibeiSystem } from "./model.ts";

/** 附件1 带 * 的文字项在 system.yaml 中的位置与名称（schema 只管有没有，管不了“只写了空格”）。 */
const starredText: readonly { path: string; label: string; get: (s: HbSystem) => unknown }[] = [
  { path: "description", label: "*系统简介", get: (s) => s.description },
  { path: "owner.name", label: "*系统负责人", get: (s) => s.owner?.name },
  { path: "owner.officePhone", label: "*办公电话", get: (s) => s.owner?.officePhone },
  { path: "owner.email", label: "*电子邮箱", get: (s) => s.owner?.email },
  { path: "maintainer.name", label: "*维护单位/部门", get: (s) => s.maintainer?.name },
  { path: "technicalContact.name", label: "*技术联系人", get: (s) => s.technicalContact?.name },
  { path: "technicalContact.email", label: "*电子邮箱（技术联系人）", get: (s) => s.technicalContact?.email },
  {
    path: "technicalContact.mobile",
    label: "*移动电话（技术联系人）",
    get: (s) => s.technicalContact?.mobile,
  },
  { path: "investmentYuan", label: "*系统投资费用", get: (s) => s.investmentYuan },
  { path: "audienceCount", label: "*服务对象数量", get: (s) => s.audienceCount },
];

/** 勾了“其他”的选项须写明是什么（附件1 “☐其他 ____”）。 */
const otherChoices: readonly { field: keyof HbSystem; other: keyof HbSystem; label: string }[] = [
  { field: "networks", other: "networkOther", label: "*承载网络" },
  { field: "availability", other: "availabilityOther", label: "*可用性要求" },
  { field: "systemType", other: "systemTypeOther", label: "*系统类型" },
  { field: "audience", other: "audienceOther", label: "*系统服务对象" },
  { field: "serviceRange", other: "serviceRangeOther", label: "*系统服务范围" },
  { field: "runtime", other: "runtimeOther", label: "运行时间" },
];

const blank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * 附件1、附件2 注3：*为必填项；必填项中如果不需要某项服务请填“0”；非必填项没有填写，默认没有此项服务需求。
 * schema 管必填与取值；这条规则管 schema 管不了的：必填的文字项只写了空白（不需要时应写 0），
 * 勾了“其他”却没写是什么，数据库、中间件选了“其他”却没写产品名。
 */
export const formRequired = defineRule({
  id: "form-required",
  title: text(
    "必填项不留空：不需要的填 0，选“其他”的写明",
    "Starred fields are not left blank: 0 when not needed, “other” spelled out",
  ),
  citation: annex("附件1", "3"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "*为必填项。必填项中如果不需要某项服务请填“0”。非必填项中如果没有填写，默认没有此项服务需求（附件1、附件2 注3）。",
    "Starred fields are required; a starred field for a service that is not needed is filled with “0”; an unstarred field left out means no need (附件1, 附件2 note 3).",
  ),
  check(ctx) {
    const system = huaibeiSystem(ctx);
    const out: RuleFinding[] = [];
    for (const f of starredText) {
      const v = f.get(system);
      if (v === undefined || !blank(v)) continue; // 缺字段由 schema 报告
      out.push({
        path: "/system",
        message: text(
          `system.yaml 的 ${f.path}（附件1 ${f.label}）只写了空白。必填项不能留空：请填写；确实不需要这一项的，填 "0"。`,
          `${f.path} in system.yaml (附件1 ${f.label}) is blank. Starred fields are never left blank: fill it in, or write "0" when it is not needed.`,
        ),
      });
    }
    for (const c of otherChoices) {
      const v = system[c.field];
      const chosen = Array.isArray(v) ? v.includes("other") : v === "other";
      if (!chosen || !blank(system[c.other])) continue;
      out.push({
        path: "/system",
        message: text(
          `system.yaml 的 ${String(c.field)}（附件1 ${c.label}）选了“其他”，但没有写明是什么：请在 ${String(c.other)} 中写明，或改选列出的选项。`,
          `${String(c.field)} in system.yaml (附件1 ${c.label}) is “other” but does not say what: write it in ${String(c.other)}, or choose one of the listed options.`,
        ),
      });
    }
    const a = huaibeiApplication(ctx);
    if (a.type !== "new" && a.type !== "test") return out;
    for (const [i, r] of a.resources.entries()) {
      if (r.product !== "other" || !blank(r.productOther)) continue;
      out.push({
        path: `/resources/${i}/product`,
        message: text(
          `${r.id} 的 product 选了“其他”，但没有写明产品：请在 productOther 中写明产品名称与版本，或改选目录中的产品。`,
          `${r.id} has product “other” without naming it: write the product name and version in productOther, or choose a product of the catalog.`,
        ),
      });
    }
    return out;
  },
});
