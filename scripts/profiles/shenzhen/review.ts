import type { ReviewPart } from "../../core/review/profile.ts";
import { text } from "../../core/text.ts";

/** 深圳：阶段与角色的名称。 */
export const shenzhenReview: ReviewPart = {
  // 阶段的正式名称（第20、26、32、39、48条：发起、审查、审批、实施）
  stageNames: {
    initiation: text("发起", "Initiation"),
    review: text("审查", "Review"),
    consultation: text("咨询评估", "Consultant evaluation"),
    approval: text("审批", "Approval"),
    implementation: text("实施", "Implementation"),
    returned: text("已退回", "Returned"),
    expired: text("已过期", "Expired"),
    closed: text("已关闭", "Closed"),
  },
  // 角色名称（第9条的相关方）
  roleNames: {
    author: text("发起人", "author"),
    reviewers: text("审查人员", "reviewers"),
    consultants: text("咨询单位", "consultants"),
    approvers: text("审批人员", "approvers"),
    implementers: text("提供商实施工程师", "provider engineers"),
  },
};
