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

/** 勾了“其他”时写明的文字（附件1 “☐其他 ____”）：system.yaml 中以 Other 结尾的字段。 */
const otherLabels: Readonly<Record<string, string>> = {
  networks: "*承载网络",
  network: "*承载网络",
  availability: "*可用性要求",
  systemType: "*系统类型",
  audience: "*系统服务对象",
  serviceRange: "*系统服务范围",
  runtime: "运行时间",
};

const blank = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/**
 * 附件1、附件2 注3：*为必填项；必填项中如果不需要某项服务请填“0”；非必填项没有填写，默认没有此项服务需求。
 * schema 管必填、取值与“选了其他须写明”；这条规则管 schema 管不了的：必填的文字项或“其他”的说明只写了空白
 * （schema 只要求至少一个字符）——不需要的应写 0，选了其他的应写明是什么。
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
    for (const [key, v] of Object.entries(system)) {
      if (!key.endsWith("Other") || !blank(v)) continue;
      const field = key.slice(0, -"Other".length);
      out.push({
        path: "/system",
        message: text(
          `system.yaml 的 ${key}（附件1 ${otherLabels[field] ?? field} 的“其他”）只写了空白：请写明是什么，或改选列出的选项并删除 ${key}。`,
          `${key} in system.yaml (the “other” of 附件1 ${otherLabels[field] ?? field}) is blank: say what it is, or choose a listed option and remove ${key}.`,
        ),
      });
    }
    const a = huaibeiApplication(ctx);
    if (a.type !== "new" && a.type !== "test") return out;
    for (const [i, r] of a.resources.entries()) {
      if (r.productOther === undefined || !blank(r.productOther)) continue; // 缺少时由 schema 报告
      out.push({
        path: `/resources/${i}/productOther`,
        message: text(
          `${r.id} 的 productOther（“其他”产品）只写了空白：请写明产品名称与版本，或改选目录中的产品。`,
          `${r.id} has a blank productOther (the “other” product): write the product name and version, or choose a product of the catalog.`,
        ),
      });
    }
    return out;
  },
});
