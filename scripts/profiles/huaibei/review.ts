import type { ReviewPart } from "../../core/review/profile.ts";
import { text } from "../../core/text.ts";

/**
 * 淮北：阶段与角色的名称（最小版本，hb-stages 替换）。第12、13条：公函提出申请，市政务云主管部门评估，
 * 云服务商开通；第15–17条：三方确认（使用单位、云服务商、市政务云主管部门）。
 */
export const huaibeiReview: ReviewPart = {
  stageNames: {
    initiation: text("发起", "Initiation"),
    review: text("评估", "Evaluation"),
    consultation: text("评估", "Evaluation"),
    approval: text("审批", "Approval"),
    implementation: text("开通", "Opening"),
    returned: text("已退回", "Returned"),
    expired: text("已过期", "Expired"),
    closed: text("已关闭", "Closed"),
  },
  roleNames: {
    author: text("使用单位经办人", "unit agent"),
    reviewers: text("市政务云主管部门", "administration"),
    consultants: text("评估人员", "evaluators"),
    approvers: text("市政务云主管部门", "administration"),
    implementers: text("云服务商工程师", "carrier engineers"),
  },
};
