/**
 * 阶段机的说明（explain）：把判定的结果写成给发起人与审查人员看的理由——在等谁、最晚哪天、为什么。
 * 只写文字与条款，不做判断。
 */
import { provisionalCalendarMessage } from "../calendar/provisional.ts";
import { type Text, text } from "../text.ts";
import type { RoleSets } from "./approvals.ts";
import { beijingDate } from "./clock.ts";
import type { ResolvedClock } from "./config.ts";
import type { StepRole } from "./flow.ts";
import { type ReviewPart, roleName, stageName } from "./profile.ts";
import { citeStage, type StageContext, withCitation } from "./stage-context.ts";
import type { Reason, Review, StageClockResult, StageId, Waiting } from "./types.ts";

/** 在等发起人。 */
export const authorWaiting = (ctx: StageContext): Waiting => ({
  role: "author",
  users: [ctx.input.pr.author],
  teams: [],
});

/**
 * 在等某个角色：配置中的用户与团队（按提供商另列的，只列 PR 所涉系统的提供商的）；申请单位为其有效的授权代理人。
 */
export function roleWaiting(ctx: StageContext, role: StepRole, sets?: RoleSets): Waiting {
  if (role === "unit") return { role, users: [...(sets?.unit ?? [])], teams: [] };
  const members = ctx.input.config.roles[role];
  const users = [...members.users];
  const teams = [...members.teams];
  for (const provider of providersOfPr(ctx)) {
    const extra = members.providers?.[provider];
    if (!extra) continue;
    teams.push(...extra.teams.filter((t) => !teams.includes(t)));
    users.push(...extra.users.filter((u) => !users.includes(u)));
  }
  return { role, users, teams };
}

/** 在等几方（多方确认时还没确认的各方）：第一方为主，其余列在 also 中。 */
export function rolesWaiting(
  ctx: StageContext,
  roles: readonly StepRole[],
  sets: RoleSets,
): Waiting | undefined {
  const [first, ...rest] = roles.map((r) => roleWaiting(ctx, r, sets));
  if (!first) return undefined;
  return rest.length > 0 ? { ...first, also: rest } : first;
}

/** PR 所涉系统的提供商。 */
function providersOfPr(ctx: StageContext): string[] {
  const { input } = ctx;
  const out: string[] = [];
  for (const p of [...input.applications, ...(input.deliveryEdits ?? [])]) {
    const provider = input.systems?.get(`${p.unit}/${p.system}`)?.provider;
    if (provider !== undefined && !out.includes(provider)) out.push(provider);
  }
  return out;
}

/** 某角色要求修改时引用哪个阶段的条款：流程中第一个由它批准的阶段。 */
const stageOfRole = (ctx: StageContext, role: StepRole): StageId =>
  ctx.flow.steps.find((s) => s.phase === "before-merge" && s.roles.includes(role))?.id ?? "approval";

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
export function changesRequestedReason(ctx: StageContext, review: Review, role: StepRole): Reason {
  const name = roleName(ctx.input.review, role);
  return {
    code: "changes-requested",
    blocking: true,
    ...withCitation(citeStage(ctx, stageOfRole(ctx, role))),
    message: text(
      `@${review.user}（${name.zh}）要求修改${review.body?.trim() ? `：${oneLine(review.body)}` : "。"}请修改后推送，PR 将重新进入审查。`,
      `@${review.user} (${name.en}) requested changes${review.body?.trim() ? `: ${oneLine(review.body)}` : "."} Push the fix and the pull request goes back to review.`,
    ),
  };
}

/**
 * 同一人不能担任两个位置（审查与审批须为不同的人，多方确认的各方须为不同的人）：挑不出另一人时告诉他们。
 * earlier 为他已计入的阶段与角色，stage 为还缺人的阶段。
 */
export function samePersonReason(
  ctx: StageContext,
  who: string,
  earlier: { stage: StageId; role?: StepRole },
  stage: StageId,
): Reason {
  if (earlier.stage === stage && earlier.role) {
    const as = roleName(ctx.input.review, earlier.role);
    return {
      code: "same-person",
      blocking: false,
      ...withCitation(citeStage(ctx, stage)),
      message: text(
        `@${who} 已代表${as.zh}确认，同一人不能代表两方：其余各方须由另外的人批准。`,
        `@${who} already confirmed for the ${as.en}; one person cannot sign for two parties: the other parties need other people.`,
      ),
    };
  }
  const asReviewer = earlier.stage === "review";
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
      `PR 已于 ${beijingDate(pr.mergedAt ?? now)} 合并，但没有完整的审查、审批记录（当前停在${stageName(ctx.input.review, current).zh}）：请管理员核实合并的依据。`,
      `The pull request was merged on ${beijingDate(pr.mergedAt ?? now)} without a complete review and approval record (it was in ${stageName(ctx.input.review, current).en}): an administrator should check why it was merged.`,
    ),
  };
}

/** 当前阶段的说明：在等谁、做什么、时限与截止日，引用该阶段的条款。 */
export function waitingReason(
  ctx: StageContext,
  stage: StageId,
  clock: StageClockResult | undefined,
  roles: readonly StepRole[],
  resolved: ResolvedClock,
): Reason {
  const names = roles.map((r) => roleName(ctx.input.review, r));
  const name = text(names.map((n) => n.zh).join("、"), names.map((n) => n.en).join(", "));
  const w = clock
    ? waitingText(ctx, stage, name, dueText(clock), spanText(clock), resolved.consultation === undefined)
    : completedText(ctx);
  return {
    code: "waiting",
    blocking: false,
    ...withCitation(clock?.citation ?? citeStage(ctx, stage)),
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
  if (n === undefined) return text("规范未规定时限", "no time limit is set");
  return typeof n === "number"
    ? text(`原则上在 ${n} 个工作日内完成`, `within ${n} working day(s)`)
    : text("在关机当天完成", "on the shutdown day");
}

/** 全部阶段完成。 */
function completedText(ctx: StageContext): Text {
  const done = stageName(ctx.input.review, "completed");
  return text(`各阶段均已完成（${done.zh}）。`, `Every stage is done (${done.en}).`);
}

function waitingText(
  ctx: StageContext,
  stage: StageId,
  name: Text,
  due: Text,
  span: Text,
  sharedClock: boolean,
): Text {
  const step = ctx.flow.steps.find((s) => s.id === stage);
  if (step?.phase === "before-merge" && step.mode === "all") return confirmationText(ctx, name, due, span);
  if (step?.phase === "after-merge" && stage !== "implementation")
    return followUpText(ctx, stage, name, due, span);
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
    case "evaluation":
      return text(
        `等待${name.zh}评估：核对申请材料是否齐全，按系统正常运行所需的合理值确认云资源（批准即评估通过；材料不全的请“要求修改”），${span.zh}${due.zh}。`,
        `Waiting for the ${name.en} to evaluate: check that the application is complete and confirm the resources a normal operation needs (approval = evaluated; request changes if material is missing), ${span.en}${due.en}.`,
      );
    default:
      return text(
        `等待${name.zh}审查：受理申请，检查申请材料是否齐全合规，${span.zh}${due.zh}。`,
        `Waiting for the ${name.en}: check that the application is complete and compliant, ${span.en}${due.en}.`,
      );
  }
}

/** 多方确认：还在等哪几方，各在 PR 上批准最新提交；确认 PR 写出确认单的名称。 */
function confirmationText(ctx: StageContext, name: Text, due: Text, span: Text): Text {
  const kind = ctx.confirmation?.kind;
  const form = kind !== undefined ? ctx.input.review.flows.confirmation?.kinds[kind]?.form : undefined;
  const what = form ? text(`《${form.zh}》`, ` (${form.en})`) : text("", "");
  return text(
    `等待${name.zh}确认${what.zh}：各方须有一人在 PR 上批准最新提交（同一人只能代表一方），${span.zh}${due.zh}。`,
    `Waiting for the ${name.en} to confirm${what.en}: one person of each party approves the latest commit on the pull request (one person signs for one party only), ${span.en}${due.en}.`,
  );
}

/** 合并后的阶段：在等谁做什么，凭什么完成。 */
function followUpText(ctx: StageContext, stage: StageId, name: Text, due: Text, span: Text): Text {
  const s = stageName(ctx.input.review, stage);
  const done: Partial<Record<StageId, Text>> = {
    provisioning: text("交付记录写回仓库即完成", "done when the delivery record lands in the repository"),
    trial: text(
      "部署系统、完成试运行测试与安全检测，交付记录写明转为生产区上线的日期即完成",
      "deploy, run the trial and the security test; done when the delivery record gives the production date",
    ),
    production: text("交付记录写明上线日期即完成", "done when the delivery record gives the production date"),
    confirmation: text(
      "各方在改动交付记录 confirmation 的 PR 上批准，合并后完成",
      "each party approves the pull request that fills in the delivery record's confirmation; done when it is merged",
    ),
  };
  const how = done[stage] ?? text("", "");
  return text(
    `已批准，等待${name.zh}：${s.zh}（${how.zh}），${span.zh}${due.zh}。`,
    `Approved; waiting for the ${name.en}: ${s.en} (${how.en}), ${span.en}${due.en}.`,
  );
}

/** 角色没有任何人：没有人能处理这一阶段。角色的称谓取自 `names`。 */
export function noRoleMembersReason(role: StepRole, names: ReviewPart): Reason {
  if (role === "unit")
    return {
      code: "no-role-members",
      blocking: true,
      message: text(
        `申请单位在 unit.yaml 中没有有效的授权代理人（${roleName(names, role).zh}）：请先登记或续期授权，否则没有人能代表单位处理这一阶段。`,
        "The unit has no valid agent in unit.yaml: register or renew one, or nobody can act for the unit in this stage.",
      ),
    };
  return {
    code: "no-role-members",
    blocking: true,
    message: text(
      `配置 .github/govcloud-review.yaml 中的${roleName(names, role).zh}（roles.${role}）没有任何人：请补上团队或用户，否则没有人能处理这一阶段。`,
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
      `${stageName(names, stage).zh}已超过时限：应于 ${clock.deadline} 前完成。`,
      `${stageName(names, stage).en} is overdue: it was due by ${clock.deadline}.`,
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
