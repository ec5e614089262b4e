/**
 * 阶段机的说明（explain）：把判定的结果写成给发起人与审查人员看的理由——在等谁、最晚哪天、为什么。
 * 只写文字与条款，不做判断。
 */
import { provisionalCalendarMessage } from "../calendar/provisional.ts";
import { type Text, text } from "../text.ts";
import type { Assignment } from "./assign.ts";
import { beijingDate } from "./clock.ts";
import type { ResolvedClock, Role } from "./config.ts";
import type { ReviewPart } from "./profile.ts";
import { citeStage, type StageContext, withCitation } from "./stage-context.ts";
import type { Reason, Review, StageClockResult, StageId, Waiting } from "./types.ts";

/** 当前阶段由哪个角色处理。 */
export function roleOfStage(stage: StageId): Role {
  return stage === "review"
    ? "reviewers"
    : stage === "consultation"
      ? "consultants"
      : stage === "approval"
        ? "approvers"
        : "implementers";
}

/** 某角色要求修改时引用哪个阶段的条款。 */
const stageOfRole = (role: Role): StageId =>
  role === "reviewers" ? "review" : role === "consultants" ? "consultation" : "approval";

/** 在等发起人。 */
export const authorWaiting = (ctx: StageContext): Waiting => ({
  role: "author",
  users: [ctx.input.pr.author],
  teams: [],
});

/** 在等某个角色：配置中的用户与团队。 */
export function roleWaiting(ctx: StageContext, role: Role): Waiting {
  const members = ctx.input.config.roles[role];
  return { role, users: [...members.users], teams: [...members.teams] };
}

export const notApplicableReason: Reason = {
  code: "not-applicable",
  blocking: false,
  message: text(
    "本 PR 没有改动 requests/ 下的文件，不是云服务申请，不经过审查、审批流程。",
    "This pull request changes nothing under requests/: it is not an application and goes through no review stages.",
  ),
};

export const closedReason: Reason = {
  code: "closed",
  blocking: false,
  message: text(
    "PR 已关闭且未合并：申请已撤回。如需继续办理，请重新打开或提交新的 PR。",
    "The pull request was closed without merging: the application is withdrawn. Reopen it or submit a new one to continue.",
  ),
};

/** 角色人员针对最新提交要求修改：附上其意见。 */
export function changesRequestedReason(ctx: StageContext, review: Review, role: Role): Reason {
  return {
    code: "changes-requested",
    blocking: true,
    ...withCitation(citeStage(ctx, stageOfRole(role))),
    message: text(
      `@${review.user}（${ctx.input.review.roleNames[role].zh}）要求修改${review.body?.trim() ? `：${oneLine(review.body)}` : "。"}请修改后推送，PR 将重新进入审查。`,
      `@${review.user} (${ctx.input.review.roleNames[role].en}) requested changes${review.body?.trim() ? `: ${oneLine(review.body)}` : "."} Push the fix and the pull request goes back to review.`,
    ),
  };
}

/** 审查（或咨询评估）与审批须为不同的人：挑不出另一位审批人员时告诉他们。 */
export function samePersonReason(ctx: StageContext, pick: Assignment, who: string): Reason {
  const asReviewer = pick.reviewer?.user === who;
  return {
    code: "same-person",
    blocking: false,
    ...withCitation(citeStage(ctx, "approval")),
    message: text(
      `@${who} 已作为${asReviewer ? "审查人员" : "咨询单位"}批准，审查与审批须为不同的人：审批还须另一位审批人员批准。`,
      `@${who} already counted as ${asReviewer ? "reviewer" : "consultant"}; reviewer and approver must be different people: another approver must approve.`,
    ),
  };
}

/** 没有完整的审查、审批记录就合并了：请管理员核实。 */
export function mergedWithoutApprovalReason(ctx: StageContext, current: StageId): Reason {
  const { pr, now } = ctx.input;
  return {
    code: "merged-without-approval",
    blocking: false,
    ...withCitation(citeStage(ctx, "approval")),
    message: text(
      `PR 已于 ${beijingDate(pr.mergedAt ?? now)} 合并，但没有完整的审查、审批记录（当前停在${ctx.input.review.stageNames[current].zh}）：请管理员核实合并的依据。`,
      `The pull request was merged on ${beijingDate(pr.mergedAt ?? now)} without a complete review and approval record (it was in ${ctx.input.review.stageNames[current].en}): an administrator should check why it was merged.`,
    ),
  };
}

/** 当前阶段的说明：在等谁、做什么、时限与截止日，引用该阶段的条款。 */
export function waitingReason(
  ctx: StageContext,
  stage: StageId,
  clock: StageClockResult,
  role: Role,
  resolved: ResolvedClock,
): Reason {
  const w = waitingText(
    stage,
    ctx.input.review.roleNames[role],
    dueText(clock),
    spanText(clock),
    resolved.consultation === undefined,
  );
  return {
    code: "waiting",
    blocking: false,
    ...withCitation(citeStage(ctx, stage)),
    message: w,
  };
}

function dueText(clock: StageClockResult): Text {
  if (clock.deadline !== undefined) return text(`，截止 ${clock.deadline}`, `, due ${clock.deadline}`);
  if (clock.workdays === "shutdown-day")
    return text("，在关机当天完成（关机日期待确认）", ", on the shutdown day (date to be agreed)");
  return text("", "");
}

function spanText(clock: StageClockResult): Text {
  const n = clock.workdays;
  return typeof n === "number"
    ? text(`原则上在 ${n} 个工作日内完成`, `within ${n} working day(s)`)
    : text("在关机当天完成", "on the shutdown day");
}

function waitingText(stage: StageId, name: Text, due: Text, span: Text, sharedClock: boolean): Text {
  switch (stage) {
    case "consultation":
      return text(
        `等待${name.zh}评估申请的合规性、合理性并出具评估意见（批准即评估通过）；${sharedClock ? "咨询评估属于审批阶段，与审批共用时限，" : ""}${span.zh}${due.zh}。`,
        `Waiting for the ${name.en} to assess compliance and reasonableness (approval = positive assessment); ${sharedClock ? "it is part of the approval stage and shares its clock, " : ""}${span.en}${due.en}.`,
      );
    case "approval":
      return text(
        `等待${name.zh}审批，${span.zh}${due.zh}。`,
        `Waiting for the ${name.en}, ${span.en}${due.en}.`,
      );
    case "implementation":
      return text(
        `已审批，等待${name.zh}实施（合并后由发放流水线交付，交付记录写回仓库），${span.zh}${due.zh}。`,
        `Approved; waiting for the ${name.en} to implement (merge; the provisioning pipeline delivers and records it), ${span.en}${due.en}.`,
      );
    default:
      return text(
        `等待${name.zh}审查：受理申请，检查申请材料是否齐全合规，${span.zh}${due.zh}。`,
        `Waiting for the ${name.en}: check that the application is complete and compliant, ${span.en}${due.en}.`,
      );
  }
}

/** 角色没有任何人：没有人能处理这一阶段。角色的称谓取自 `names`。 */
export function noRoleMembersReason(role: Role, names: ReviewPart): Reason {
  return {
    code: "no-role-members",
    blocking: true,
    message: text(
      `配置 .github/govcloud-review.yaml 中的${names.roleNames[role].zh}（roles.${role}）没有任何人：请补上团队或用户，否则没有人能处理这一阶段。`,
      `roles.${role} in .github/govcloud-review.yaml has nobody: add a team or users, or nobody can act in this stage.`,
    ),
  };
}

/** 当前阶段已超过时限。阶段的名称取自 `names`。 */
export function lateReason(stage: StageId, clock: StageClockResult, names: ReviewPart): Reason {
  return {
    code: "late",
    blocking: false,
    ...withCitation(clock.citation),
    message: text(
      `${names.stageNames[stage].zh}已超过时限：应于 ${clock.deadline} 前完成。`,
      `${names.stageNames[stage].en} is overdue: it was due by ${clock.deadline}.`,
    ),
  };
}

/** 日历的说明：缺少放假安排的年份（算不出截止日），用到暂定日历的年份。 */
export function calendarReasons(gaps: readonly string[], provisionalYears: readonly number[]): Reason[] {
  const reasons: Reason[] = gaps.map((year) => ({
    code: "clock-unknown",
    blocking: false,
    message: text(
      `工作日日历还没有 ${year} 年的放假与调休安排，无法算出截止日：请在 catalog/calendar/cn.yaml 中补上。`,
      `The working-day calendar has no ${year} holidays yet, so the deadline cannot be computed: add them to catalog/calendar/cn.yaml.`,
    ),
  }));
  if (provisionalYears.length > 0)
    reasons.push({
      code: "calendar-provisional",
      blocking: false,
      message: provisionalCalendarMessage([...provisionalYears]),
    });
  return reasons;
}

/** 审查意见压成一行，最多 200 个字符。 */
export const oneLine = (s: string) => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 197)}…` : flat;
};
