/**
 * 淮北市市级政务云管理办法：阶段与角色（profile 的 review 部分）。
 *
 * - 上云申请、临时资源申请（第12、13、18条）：发起（公函）→ 评估（市政务云主管部门，5 个工作日，第13条）→ 合并 →
 *   测试区开通（云服务商，2 个工作日，第13条；交付记录 zone: test 写回即完成）→ 部署与试运行（使用单位，第14条）→
 *   生产区上线（第14条；交付记录写明 production.date）→ 开通确认（三方，第15条、附件5；交付记录写明 confirmation）。
 * - 变更申请（第15、16条）：审批（市政务云主管部门）→ 合并 → 实施（云服务商；开通确认单签署之前 3 个工作日，
 *   第15条）→ 变更确认（三方，第16条、附件6）。
 * - 退出申请（第17条）：审批 → 合并 → 实施（数据备份、数据清理、资源回收）→ 退出确认（三方，附件7）。
 * - 确认 PR（只改交付记录的 confirmation）：使用单位、云服务商、市政务云主管部门各一人批准最新提交
 *   （附件5–7 的三方盖章）；可由任一方发起，发起人即代表本方。
 *
 * 时限的工作日数在 catalog/huaibei/profile.yaml 的 clocks（review：评估；implementation：开通或实施），
 * 条款写在这里的各阶段上。办法没有规定申请的有效期：申请不过期。
 */
import type { ProfileCitation } from "../../core/catalog/types.ts";
import type { FollowUpStep, StageFlow } from "../../core/review/flow.ts";
import type { ReviewPart } from "../../core/review/profile.ts";
import { text } from "../../core/text.ts";

const article = (n: number): ProfileCitation => ({ article: `第${n}条` });

/** 三方：使用单位、云服务商、市政务云主管部门（附件5–7 的盖章栏）。 */
const threeParties = ["unit", "implementers", "approvers"] as const;

/** 合并后的确认：等三方在确认 PR 上批准，交付记录写明该种确认即完成。 */
const confirmed = (kind: string, citation: ProfileCitation): FollowUpStep => ({
  id: "confirmation",
  phase: "after-merge",
  roles: threeParties,
  doneWhen: { delivery: "confirmed", kind },
  citation,
});

/** 上云申请与临时资源申请（第12–15条；临时资源第18条同样先评估、再开通）。 */
const onboarding: StageFlow = {
  steps: [
    {
      id: "evaluation",
      phase: "before-merge",
      roles: ["reviewers"],
      mode: "any",
      clock: "review",
      citation: article(13),
    },
    {
      id: "provisioning",
      phase: "after-merge",
      roles: ["implementers"],
      clock: "implementation",
      from: "merge",
      doneWhen: { delivery: "delivered", zone: "test" },
      citation: article(13),
    },
    {
      id: "trial",
      phase: "after-merge",
      roles: ["unit"],
      doneWhen: { delivery: "production" },
      citation: article(14),
    },
    {
      id: "production",
      phase: "after-merge",
      roles: ["implementers"],
      doneWhen: { delivery: "production" },
      citation: article(14),
    },
    confirmed("opening", article(15)),
  ],
};

/** 变更申请（第15、16条）。 */
const change: StageFlow = {
  steps: [
    { id: "approval", phase: "before-merge", roles: ["approvers"], mode: "any", citation: article(16) },
    {
      id: "implementation",
      phase: "after-merge",
      roles: ["implementers"],
      clock: "implementation",
      // 第15条：开通确认单签署之前的变更，3 个工作日内完成；签署之后第16条没有规定时限
      clockUntilConfirmed: { kind: "opening", citation: article(16) },
      from: "merge",
      doneWhen: { delivery: "delivered" },
      citation: article(15),
    },
    confirmed("change", article(16)),
  ],
};

/** 退出申请（第17条）。 */
const exit: StageFlow = {
  steps: [
    { id: "approval", phase: "before-merge", roles: ["approvers"], mode: "any", citation: article(17) },
    {
      id: "implementation",
      phase: "after-merge",
      roles: ["implementers"],
      from: "merge",
      doneWhen: { delivery: "delivered" },
      citation: article(17),
    },
    confirmed("exit", { attachment: "附件7" }),
  ],
};

/** 高危端口备案（第14条：开通前备案）：主管部门备案，合并后云服务商开通网络策略。 */
const ports: StageFlow = {
  steps: [
    { id: "approval", phase: "before-merge", roles: ["approvers"], mode: "any", citation: article(14) },
    {
      id: "implementation",
      phase: "after-merge",
      roles: ["implementers"],
      from: "merge",
      doneWhen: { delivery: "delivered" },
      citation: article(14),
    },
  ],
};

/** 延期申请（第16、18条）：主管部门审批，合并即办结。 */
const renewal: StageFlow = {
  steps: [
    { id: "approval", phase: "before-merge", roles: ["approvers"], mode: "any", citation: article(18) },
  ],
};

export const huaibeiReview: ReviewPart = {
  flows: {
    byType: { new: onboarding, test: onboarding, change, revoke: exit, ports, "test-renewal": renewal },
    otherwise: onboarding,
    confirmation: {
      openedBy: "party",
      steps: [
        {
          id: "confirmation",
          phase: "before-merge",
          roles: threeParties,
          mode: "all",
          authorSigns: true,
        },
      ],
      kinds: {
        opening: {
          citation: article(15),
          form: text("淮北市政务云资源开通确认单（附件5）", "opening confirmation, Annex 5"),
        },
        change: {
          citation: article(16),
          form: text("淮北市政务云资源变更确认单（附件6）", "change confirmation, Annex 6"),
        },
        exit: {
          citation: { attachment: "附件7" },
          form: text("淮北市政务云资源退出确认单（附件7）", "exit confirmation, Annex 7"),
        },
      },
    },
  },
  stageNames: {
    initiation: text("发起", "Initiation"),
    review: text("审查", "Review"),
    evaluation: text("评估", "Evaluation"),
    consultation: text("专家评估", "Expert evaluation"),
    approval: text("审批", "Approval"),
    implementation: text("实施", "Implementation"),
    provisioning: text("测试区开通", "Test-zone opening"),
    trial: text("部署与试运行", "Deployment and trial run"),
    production: text("生产区上线", "Production"),
    confirmation: text("三方确认", "Three-party confirmation"),
    completed: text("已办结", "Completed"),
    returned: text("已退回", "Returned"),
    expired: text("已过期", "Expired"),
    closed: text("已关闭", "Closed"),
  },
  roleNames: {
    author: text("经办人", "submitter"),
    reviewers: text("市政务云主管部门（评估）", "administration (evaluation)"),
    consultants: text("评估专家", "experts"),
    approvers: text("市政务云主管部门", "administration"),
    implementers: text("云服务商工程师", "carrier engineers"),
    unit: text("使用单位", "using unit"),
  },
  // 第12、16、17条：以公函形式提出申请；经办人由单位的公函指明（unit.yaml 的 agents）
  authorizationDocument: text("公函", "official letter"),
  // 附件1 “*云服务商”：system.yaml 的 carrier（telecom / mobile / unicom），按它选云服务商工程师
  providerField: "carrier",
  applicationsExpire: false,
};
