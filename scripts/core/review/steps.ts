/**
 * 审查 →（咨询评估）→ 审批 → 实施（decide）：由挑中的批准决定走到哪一步、哪些阶段的时限在走。
 * 只产出时限的规格（ClockSpec），由 runClocks 按日历算出截止日。
 */
import type { ApplicationType } from "../catalog/types.ts";
import type { Assignment } from "./assign.ts";
import { type ClockSpec, later, stageClock } from "./clock.ts";
import { type ResolvedClock, resolveClock } from "./config.ts";
import { citeStage, type StageContext, withCitation } from "./stage-context.ts";
import type { CountedApproval, StageClockResult, StageId, StageInput } from "./types.ts";

/** PR 含多份申请时，每一阶段取最严的时限。 */
export function strictestClock(input: StageInput, types: readonly ApplicationType[]): ResolvedClock {
  const list = (types.length > 0 ? types : (["new"] as const)).map((t) =>
    resolveClock(input.config, input.profile, t),
  );
  const min = (values: (number | undefined)[]) => {
    const nums = values.filter((v): v is number => v !== undefined);
    return nums.length > 0 ? Math.min(...nums) : undefined;
  };
  const impl = list.map((c) => c.implementation);
  const numericImpl = min(impl.map((v) => (typeof v === "number" ? v : undefined)));
  const consultation = min(list.map((c) => c.consultation));
  const withShutdown = list.find((c) => c.implementationWithShutdown)?.implementationWithShutdown;
  return {
    review: min(list.map((c) => c.review)) as number,
    ...(consultation !== undefined ? { consultation } : {}),
    approval: min(list.map((c) => c.approval)) as number,
    implementation: numericImpl ?? "shutdown-day",
    ...(withShutdown ? { implementationWithShutdown: withShutdown } : {}),
    source: [...new Set(list.map((c) => c.source))].join("；"),
  };
}

/** 是否须经咨询评估：审批人员加了配置的标签，或申请类型在配置中列为须咨询评估。 */
export function needsConsultation(ctx: StageContext): boolean {
  const { config, labels } = ctx.input;
  return (
    labels.includes(config.consultation.label) || ctx.types.some((t) => config.consultation.types.includes(t))
  );
}

/** 走到了哪一步：当前阶段、进入时间、各阶段时限的规格（按先后）、计入的批准。 */
export interface Progress {
  current: StageId;
  since: string;
  specs: ClockSpec[];
  approvals: CountedApproval[];
  /** 审批阶段的起点（审查完成，或咨询评估完成）；还没到审批时为空 */
  approvalStart?: string;
  /** 审批完成的时间：实施的起点 */
  approvedAt?: string;
}

/** 审查 →（咨询评估）→ 审批：每一步有挑中的批准就进入下一步。 */
export function approvalSteps(
  ctx: StageContext,
  pick: Assignment,
  consultation: boolean,
  clock: ResolvedClock,
  reviewStart: string,
): Progress {
  const reviewEnd = pick.reviewer ? later(reviewStart, pick.reviewer.at) : undefined;
  const progress: Progress = {
    current: "review",
    since: reviewStart,
    specs: [
      {
        stage: "review",
        start: reviewStart,
        ...(reviewEnd ? { end: reviewEnd } : {}),
        workdays: clock.review,
        ...withCitation(citeStage(ctx, "review")),
      },
    ],
    approvals: pick.reviewer ? [{ stage: "review", user: pick.reviewer.user, at: pick.reviewer.at }] : [],
  };
  if (!reviewEnd) return progress;
  if (!consultation) return approvalStep(ctx, pick, clock, { ...progress, approvalStart: reviewEnd });
  return consultationStep(ctx, pick, clock, reviewEnd, progress);
}

/**
 * 咨询评估：规范中它属于审批阶段，未单独配置时限时与审批共用时限，审批的时限从审查完成时起算。
 */
function consultationStep(
  ctx: StageContext,
  pick: Assignment,
  clock: ResolvedClock,
  reviewEnd: string,
  progress: Progress,
): Progress {
  const end = pick.consultant ? later(reviewEnd, pick.consultant.at) : undefined;
  const spec: ClockSpec = {
    stage: "consultation",
    start: reviewEnd,
    ...(end ? { end } : {}),
    workdays: clock.consultation ?? clock.approval,
    ...withCitation(citeStage(ctx, "consultation")),
  };
  const next: Progress = {
    ...progress,
    current: "consultation",
    since: reviewEnd,
    specs: [...progress.specs, spec],
  };
  if (!pick.consultant || !end) return next;
  return approvalStep(
    ctx,
    pick,
    clock,
    {
      ...next,
      approvals: [
        ...next.approvals,
        { stage: "consultation", user: pick.consultant.user, at: pick.consultant.at },
      ],
      approvalStart: end,
    },
    clock.consultation === undefined ? reviewEnd : undefined,
  );
}

/** 审批：从 approvalStart 起；countFrom 为共用时限时的起算时间。 */
function approvalStep(
  ctx: StageContext,
  pick: Assignment,
  clock: ResolvedClock,
  progress: Progress & { approvalStart: string },
  countFrom?: string,
): Progress {
  const start = progress.approvalStart;
  const end = pick.approver ? later(start, pick.approver.at) : undefined;
  const spec: ClockSpec = {
    stage: "approval",
    start,
    ...(countFrom ? { countFrom } : {}),
    ...(end ? { end } : {}),
    workdays: clock.approval,
    ...withCitation(citeStage(ctx, "approval")),
  };
  const next: Progress = { ...progress, current: "approval", since: start, specs: [...progress.specs, spec] };
  if (!pick.approver || !end) return next;
  return {
    ...next,
    approvals: [...next.approvals, { stage: "approval", user: pick.approver.user, at: pick.approver.at }],
    approvedAt: end,
  };
}

/**
 * 实施：从审批完成（或未经完整审批即合并的合并时间）起。需关机的变更与撤销在关机当天完成，
 * 关机日期取各申请中最早的一个。
 */
export function implementationStep(
  ctx: StageContext,
  progress: Progress,
  clock: ResolvedClock,
  start: string,
): Progress {
  const { applications } = ctx.input;
  const shutdownDate = applications
    .map((a) => a.shutdownDate)
    .filter((d): d is string => d !== undefined)
    .sort()[0];
  const needsShutdown =
    clock.implementation === "shutdown-day" ||
    (clock.implementationWithShutdown !== undefined && applications.some((a) => a.shutdownRequired));
  const spec: ClockSpec = {
    stage: "implementation",
    start,
    workdays: needsShutdown ? "shutdown-day" : clock.implementation,
    ...(shutdownDate ? { shutdownDate } : {}),
    ...withCitation(citeStage(ctx, "implementation")),
  };
  return { ...progress, current: "implementation", since: start, specs: [...progress.specs, spec] };
}

/** 按日历算出各阶段的时限；收集日历算不出的年份与用到暂定日历的年份。 */
export function runClocks(
  specs: readonly ClockSpec[],
  input: Pick<StageInput, "calendar" | "now">,
): { timeline: StageClockResult[]; gaps: string[]; provisionalYears: number[] } {
  const timeline: StageClockResult[] = [];
  const gaps = new Set<string>();
  const provisionalYears = new Set<number>();
  for (const spec of specs) {
    const { clock, calendarGap, provisional } = stageClock(spec, input.calendar, input.now);
    if (calendarGap) gaps.add(calendarGap);
    for (const y of provisional ?? []) provisionalYears.add(y);
    timeline.push(clock);
  }
  return { timeline, gaps: [...gaps], provisionalYears: [...provisionalYears].sort((a, b) => a - b) };
}
