import type { FormsPart } from "../../../core/forms/profile.ts";

/** 淮北的表单（附件1–7）。最小版本：还没有表单，hb-forms 替换。 */
export const huaibeiForms: FormsPart = {
  forApplication: () => [],
  forUnit: () => [],
  attachments: () => [],
  // 第12条：以公函形式提出申请
  attachmentCitation: { profile: "huaibei", article: "第12条" },
};
