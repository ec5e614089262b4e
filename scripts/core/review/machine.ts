/**
 * 审查流程阶段机（纯函数）：由 PR 的改动文件、提交、审查意见、标签、校验结果与时钟，算出
 * 发起 / 审查 / 咨询评估 / 审批 / 实施 / 已退回 / 已过期 / 已关闭，等待谁，工作日截止日，是否超时，以及原因。
 *
 * 和 prow 的 approve/lgtm 一样，每次都从 PR 的全部历史重新计算，不保存状态，分三步：
 * - 整理（stage-context.ts）：今天、发起人、改动的单位、申请类型、有效期；
 * - 判定：申请是否过期、能否离开发起阶段（initiation.ts）；哪些审查意见算数（approvals.ts）；
 *   每一步挑哪个批准（assign.ts）；走到哪一步、哪些时限在走（steps.ts）；
 * - 说明（explain.ts）：在等谁、最晚哪天、为什么。
 * 引用的条款全部来自 profile（catalog/<profile>/profile.yaml）。
 */

import { addDays } from "../calendar/workdays.ts";
import { notAfter } from "../clock.ts";
import type { Citation } from "../finding.ts";
import { countReviews, type RoleSets, roleMembers } from "./approvals.ts";
import { assignSlots, blockedBy, type Candidate, type SlotPicks } from "./assign.ts";
import { later } from "./clock.ts";
import type { ResolvedClock } from "./config.ts";
import {
  authorWaiting,
  calendarReasons,
  changesRequestedReason,
  closedReason,
  lateReason,
  mergedWithoutApprovalReason,
  noRoleMembersReason,
  notApplicableReason,
  rolesWaiting,
  samePersonReason,
  waitingReason,
} from "./explain.ts";
import type { ApprovalStep, StepRole } from "./flow.ts";
import { expiryReasons, initiationGate, isExpired } from "./initiation.ts";
import { citeStage, type StageContext, stageContext } from "./stage-context.ts";
import {
  approvalProgress,
  approvalStepsOf,
  followUpProgress,
  type Progress,
  runClocks,
  slotsOf,
  strictestClock,
} from "./steps.ts";
import type { Reason, Review, StageId, StageInput, StageResult } from "./types.ts";

export function computeStage(input: StageInput): StageResult {
  const ctx = stageContext(input);
  const { pr } = input;
  if (ctx.byUnit.size === 0)
    return {
      ...stageResult(ctx, "initiation", pr.createdAt, { reasons: [notApplicableReason] }),
      applies: false,
    };
  if (pr.state === "closed" && !pr.merged)
    return stageResult(ctx, "closed", pr.closedAt ?? input.now, { reasons: [closedReason] });
  if (isExpired(ctx))
    return stageResult(ctx, "expired", `${addDays(ctx.validUntil as string, 1)}T00:00:00+08:00`, {
      waitingFor: authorWaiting(ctx),
      reasons: expiryReasons(ctx),
    });

  const sets = roleMembers(input);
  const reviewStart = headPushedAt(input);
  const gate = initiationGate(ctx, sets);
  const blocking = gate.filter((r) => r.blocking);
  const notices = gate.filter((r) => !r.blocking);
  if (blocking.length > 0)
    return stageResult(ctx, "initiation", pr.createdAt, {
      waitingFor: authorWaiting(ctx),
      reasons: [...blocking, ...notices],
    });

  const counted = countReviews(ctx, sets);
  notices.push(...counted.notices);
  const clock = strictestClock(input, ctx.types);
  if (counted.requested.length > 0 && !pr.merged)
    return returned(ctx, counted.requested, clock, reviewStart, notices);
  const candidates = [...counted.candidates, ...authorSignature(ctx, sets, reviewStart)];
  return inFlow(ctx, sets, candidates, clock, reviewStart, notices);
}

/**
 * 多方确认的阶段声明“发起即确认”（authorSigns）时：发起人属于其中一方，推送最新提交即代表该方确认
 * （GitHub 不让发起人批准自己的 PR）。申请单位的人只能代表申请单位。
 */
function authorSignature(ctx: StageContext, sets: RoleSets, at: string): Candidate[] {
  const step = approvalStepsOf(ctx).find((s) => s.mode === "all" && s.authorSigns);
  if (!step) return [];
  const roles = step.roles.filter((r) => sets[r].has(ctx.author));
  const own = roles.includes("unit") ? ["unit" as const] : roles;
  return own.length > 0 ? [{ user: ctx.input.pr.author, at, roles: own }] : [];
}

/** 已退回：角色人员针对最新提交要求修改；第一个阶段的时限在最后一次要求修改时结束。 */
function returned(
  ctx: StageContext,
  requested: readonly { review: Review; role: StepRole }[],
  clock: ResolvedClock,
  reviewStart: string,
  notices: readonly Reason[],
): StageResult {
  const since = requested.map((r) => r.review.submittedAt).reduce(later);
  const [first] = approvalProgress(ctx, approvalStepsOf(ctx), [], clock, reviewStart).specs;
  const { timeline } = runClocks(first ? [{ ...first, end: since }] : [], ctx.input);
  return stageResult(ctx, "returned", since, {
    waitingFor: authorWaiting(ctx),
    timeline,
    reasons: [...requested.map(({ review, role }) => changesRequestedReason(ctx, review, role)), ...notices],
  });
}

/** 合并前各阶段挑批准、推进；合并后各阶段凭交付记录推进；算时限、写理由。 */
function inFlow(
  ctx: StageContext,
  sets: RoleSets,
  candidates: readonly Candidate[],
  clock: ResolvedClock,
  reviewStart: string,
  gateNotices: readonly Reason[],
): StageResult {
  const { input } = ctx;
  const { pr } = input;
  const notices = [...gateNotices];
  const steps = approvalStepsOf(ctx);
  const picks = assignSlots(candidates, slotsOf(steps), input.config.distinctReviewerApprover);
  let progress: Progress = approvalProgress(ctx, steps, picks, clock, reviewStart);
  notices.push(...samePerson(ctx, steps, candidates, picks, progress));
  const mergedUnapproved = pr.merged && !progress.approvedAt;
  if (mergedUnapproved) notices.push(mergedWithoutApprovalReason(ctx, progress.current));
  const followStart = progress.approvedAt ?? (mergedUnapproved ? (pr.mergedAt ?? input.now) : undefined);
  if (followStart) progress = followUpProgress(ctx, progress, clock, followStart);

  const { timeline, gaps, provisionalYears } = runClocks(progress.specs, input);
  const completed = progress.current === "completed";
  const now = completed ? undefined : timeline[timeline.length - 1];
  const roles = completed ? [] : waitingRoles(ctx, progress);
  const reasons: Reason[] = [waitingReason(ctx, progress.current, now, roles, clock)];
  for (const role of roles) if (sets[role].size === 0) reasons.push(noRoleMembersReason(role, input.review));
  if (now?.late) reasons.push(lateReason(progress.current, now, input.review));
  reasons.push(...calendarReasons(gaps, provisionalYears));
  const waitingFor = rolesWaiting(ctx, roles, sets);
  return stageResult(ctx, progress.current, progress.since, {
    ...(waitingFor ? { waitingFor } : {}),
    ...(now ? { clock: now } : {}),
    timeline,
    approvals: progress.approvals,
    reasons: [...reasons, ...notices],
  });
}

/** 当前阶段在等的角色；多方确认时为还没确认的各方。 */
function waitingRoles(ctx: StageContext, progress: Progress): StepRole[] {
  const step = ctx.flow.steps.find((s) => s.id === progress.current);
  if (!step) return [];
  if (step.phase === "after-merge" || step.mode === "any") return [...step.roles];
  const signed = new Set(progress.approvals.filter((a) => a.stage === step.id).map((a) => a.role));
  return step.roles.filter((r) => !signed.has(r));
}

/**
 * 同一人不能填两个位置：当前（最后一个合并前的）阶段缺人，而有这一角色的人已经计在别处时，告诉他们。
 */
function samePerson(
  ctx: StageContext,
  steps: readonly ApprovalStep[],
  candidates: readonly Candidate[],
  picks: SlotPicks,
  progress: Progress,
): Reason[] {
  if (!ctx.input.config.distinctReviewerApprover || progress.approvedAt || !progress.approvalStart) return [];
  const step = steps[steps.length - 1];
  if (!step || step.id !== progress.current) return [];
  const slots = slotsOf(steps);
  const missing = slots.flatMap((slot, i) => (slot.stage === step.id && !picks[i] ? slot.roles : []));
  for (const role of missing) {
    const who = blockedBy(candidates, role, picks);
    if (who === undefined) continue;
    const at = slots.findIndex((_, i) => picks[i]?.user.toLowerCase() === who.toLowerCase());
    const slot = slots[at];
    if (slot)
      return [
        samePersonReason(
          ctx,
          who,
          { stage: slot.stage, ...(slot.part ? { role: slot.roles[0] } : {}) },
          step.id,
        ),
      ];
  }
  return [];
}

/** 结果的固定部分（PR、类型、单位、有效期），加上各出口自己的部分。 */
function stageResult(
  ctx: StageContext,
  stage: StageId,
  since: string,
  extra: Partial<StageResult> & { reasons: Reason[] },
): StageResult {
  const { pr } = ctx.input;
  return {
    applies: true,
    pr: pr.number,
    headSha: pr.headSha,
    stage,
    since,
    late: extra.clock?.late ?? false,
    timeline: extra.timeline ?? [],
    approvals: [],
    types: ctx.types,
    ...(ctx.validUntil ? { validUntil: ctx.validUntil } : {}),
    ...validityOf(ctx),
    units: ctx.unitDirs,
    ...(ctx.confirmation ? { confirmation: ctx.confirmation } : {}),
    ...extra,
  };
}

/**
 * 审查从最新一次推送起算（新的推送使 PR 回到审查）。只用 GitHub 记录的时间，从不用提交自己写的时间
 * （可以伪造，写在未来就会让审查在每次重新计算时重新起算）：
 * - GitHub 为最新提交建立检查套件的时间（Commit.pushedAt）；
 * - 对更早提交的审查意见的时间：最新提交一定是在它们之后推送的；
 * - PR 的创建时间。
 * 取其中最晚的，晚于现在的按现在。
 */
export function headPushedAt(input: Pick<StageInput, "pr" | "commits" | "reviews" | "now">): string {
  const { pr, now } = input;
  const times = [pr.createdAt];
  const pushed = input.commits.find((c) => c.sha === pr.headSha)?.pushedAt;
  if (pushed !== undefined && !Number.isNaN(Date.parse(pushed))) times.push(pushed);
  for (const r of input.reviews) if (r.commitId !== pr.headSha) times.push(r.submittedAt);
  return notAfter(times.reduce(later), now);
}

/** 有效期与它的条款出处（profile 中“过期”阶段的条款）。 */
function validityOf(ctx: StageContext): { validityCitation?: Citation } {
  const citation = ctx.validUntil ? citeStage(ctx, "expired") : undefined;
  return citation ? { validityCitation: citation } : {};
}
