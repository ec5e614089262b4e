/**
 * 阶段的声明（profile 的 review.flows）：每类申请按什么顺序走哪些阶段、每一阶段由谁批准（其一或全部）、
 * 时限取服务目录 clocks 的哪一项、引用哪一条、在合并之前还是之后，合并后的阶段凭什么证据完成。
 * 引擎（machine.ts、steps.ts）按声明运行，不认识任何城市；回避与“批准只对最新提交有效”对所有流程相同。
 */
import type { ApplicationType, ProfileCitation } from "../catalog/types.ts";
import type { Text } from "../text.ts";
import type { ResolvedClock, Role } from "./config.ts";
import type { StageId } from "./types.ts";

/** 批准或处理一个阶段的角色：配置中的角色，或申请单位（unit.yaml 中有效的授权代理人）。 */
export type StepRole = Role | "unit";

/** 时限取自服务目录 clocks（叠加 .github/govcloud-review.yaml 的覆盖）的哪一项。 */
export type ClockKey = Exclude<keyof ResolvedClock, "source" | "implementationWithShutdown">;

/** 合并前的阶段：角色人员在 PR 上批准（针对最新提交）。 */
export interface ApprovalStep {
  id: StageId;
  phase: "before-merge";
  /** 谁能批准 */
  roles: readonly StepRole[];
  /** any：其中任一角色的一人批准即可；all：每个角色各有一人批准（多方确认） */
  mode: "any" | "all";
  /** 时限；没有时不计时 */
  clock?: ClockKey;
  /**
   * 这一项时限未单独规定时，与下一阶段共用下一阶段的时限，下一阶段的时限从本阶段开始时起算
   * （如咨询评估属于审批阶段）。
   */
  sharesClockWithNext?: boolean;
  /** 只在 PR 需要咨询评估时（带配置的标签，或申请类型列在配置中）才有这一阶段 */
  when?: "consultation-requested";
  /** 引用的条款；没有时取服务目录 clocks.<类型>.citations 中同名的一项 */
  citation?: ProfileCitation;
  /** mode 为 all 时：发起人属于其中一方，发起（推送最新提交）即代表该方确认 */
  authorSigns?: boolean;
}

/** 合并后阶段完成的证据：基础分支上对应申请的交付记录。 */
export type Evidence =
  /** 交付记录已写回（zone 给出时须为该区） */
  | { delivery: "delivered"; zone?: string }
  /** 交付记录写有转为生产区上线的日期 */
  | { delivery: "production" }
  /** 交付记录写有确认（kind 给出时须为该种） */
  | { delivery: "confirmed"; kind?: string };

/** 合并后的阶段：等某个角色处理，凭交付记录推进；没有证据的阶段一直是当前阶段。 */
export interface FollowUpStep {
  id: StageId;
  phase: "after-merge";
  /** 在等谁 */
  roles: readonly StepRole[];
  clock?: ClockKey;
  /** 时限只在该系统还没有这种确认时适用；有了之后不计时，引用 citation */
  clockUntilConfirmed?: { kind: string; citation: ProfileCitation };
  /** 从何时起算：审批完成（默认），或合并（未合并时暂按审批完成） */
  from?: "approval" | "merge";
  doneWhen?: Evidence;
  citation?: ProfileCitation;
}

export type FlowStep = ApprovalStep | FollowUpStep;

/** 一种 PR 的流程：依次走过的阶段。 */
export interface StageFlow {
  steps: readonly FlowStep[];
  /**
   * 谁可以发起：agent（默认）为申请单位的授权代理人；party 为第一个合并前阶段的任一方
   * （如确认 PR 可由提供商工程师或主管部门发起）。
   */
  openedBy?: "agent" | "party";
}

/** 确认 PR（只改交付记录的 confirmation）：按确认的种类取条款与表单名称。 */
export interface ConfirmationFlow extends StageFlow {
  kinds: Readonly<Record<string, { citation: ProfileCitation; form: Text }>>;
}

export interface FlowDeclaration {
  /** 申请 PR：按申请类型 */
  byType: Readonly<Partial<Record<ApplicationType, StageFlow>>>;
  /** 没有声明的申请类型（以及只改登记的 PR）走这个流程 */
  otherwise: StageFlow;
  /** 确认 PR；没有时改交付记录的 PR 按 otherwise 办理 */
  confirmation?: ConfirmationFlow;
}

export const isApproval = (step: FlowStep): step is ApprovalStep => step.phase === "before-merge";
export const isFollowUp = (step: FlowStep): step is FollowUpStep => step.phase === "after-merge";

/** 一个流程中能批准或要求修改的角色（按 审查、咨询、审批、实施、单位 的固定顺序）。 */
export function decidingRolesOf(flow: StageFlow): StepRole[] {
  const order: readonly StepRole[] = ["reviewers", "consultants", "approvers", "implementers", "unit"];
  const used = new Set(flow.steps.filter(isApproval).flatMap((s) => s.roles));
  return order.filter((r) => used.has(r));
}
