import type { StageFlow } from "../../core/review/flow.ts";
import type { ReviewPart } from "../../core/review/profile.ts";
import { text } from "../../core/text.ts";

/**
 * 深圳：每类申请都是 发起 → 审查 →（咨询评估）→ 审批 → 实施（第20、26、32、39、48条）。
 * 时限与条款在 catalog/shenzhen/profile.yaml 的 clocks：审查、审批、实施各有时限；咨询评估属于审批阶段
 * （第23、29、51条“选择是否需要咨询单位评估”），未单独配置时限时与审批共用。实施从审批完成时起算，
 * 合并后由发放流水线交付。
 */
const shenzhenFlow: StageFlow = {
  steps: [
    { id: "review", phase: "before-merge", roles: ["reviewers"], mode: "any", clock: "review" },
    {
      id: "consultation",
      phase: "before-merge",
      roles: ["consultants"],
      mode: "any",
      clock: "consultation",
      sharesClockWithNext: true,
      when: "consultation-requested",
    },
    { id: "approval", phase: "before-merge", roles: ["approvers"], mode: "any", clock: "approval" },
    { id: "implementation", phase: "after-merge", roles: ["implementers"], clock: "implementation" },
  ],
};

/** 深圳：阶段、阶段与角色的名称。 */
export const shenzhenReview: ReviewPart = {
  flows: { byType: {}, otherwise: shenzhenFlow },
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
  // 附件3《深圳市政务云服务申请授权委托书》
  authorizationDocument: text("授权委托书", "letter of authorization"),
  // 角色名称（第9条的相关方）
  roleNames: {
    author: text("发起人", "author"),
    reviewers: text("审查人员", "reviewers"),
    consultants: text("咨询单位", "consultants"),
    approvers: text("审批人员", "approvers"),
    implementers: text("提供商实施工程师", "provider engineers"),
  },
};
