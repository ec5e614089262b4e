/**
 * 按 profile 声明的流程推进（decide）：由挑中的批准决定合并前走到哪一步，由基础分支上的交付记录决定
 * 合并后走到哪一步，以及哪些阶段的时限在走。只产出时限的规格（ClockSpec），由 runClocks 按日历算出截止日。
 */
import type { ApplicationType } from "../catalog/types.ts";
import type { Assignment, Candidate, Slot, SlotPicks } from "./assign.ts";
import { type ClockSpec, later, stageClock } from "./clock.ts";
import { profileCitation, type ResolvedClock, resolveClock } from "./config.ts";
import type { ApprovalStep, ClockKey, Evidence, FollowUpStep } from "./flow.ts";
import { isApproval, isFollowUp } from "./flow.ts";
import { citeStage, type StageContext, withCitation } from "./stage-context.ts";
import type { CountedApproval, DeliveryRecord, StageClockResult, StageId, StageInput } from "./types.ts";

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

/** 本 PR 要走的合并前阶段（只在需要咨询评估时才有的阶段按 consultation 取舍）。 */
export function approvalStepsOf(
  ctx: StageContext,
  consultation: boolean = needsConsultation(ctx),
): ApprovalStep[] {
  return ctx.flow.steps.filter(isApproval).filter((s) => s.when !== "consultation-requested" || consultation);
}

/** 合并后的阶段。 */
export const followUpStepsOf = (ctx: StageContext): FollowUpStep[] => ctx.flow.steps.filter(isFollowUp);

/** 各合并前阶段要填的位置：任一角色批准的阶段一个，多方确认的阶段每方一个。 */
export function slotsOf(steps: readonly ApprovalStep[]): Slot[] {
  return steps.flatMap((s): Slot[] =>
    s.mode === "all"
      ? s.roles.map((role) => ({ stage: s.id, roles: [role], part: true }))
      : [{ stage: s.id, roles: s.roles, part: false }],
  );
}

/** 走到了哪一步：当前阶段、进入时间、各阶段时限的规格（按先后）、计入的批准。 */
export interface Progress {
  current: StageId;
  since: string;
  specs: ClockSpec[];
  approvals: CountedApproval[];
  /** 最后一个合并前阶段的起点；还没到时为空 */
  approvalStart?: string;
  /** 合并前的阶段全部完成的时间：合并后阶段的起点 */
  approvedAt?: string;
}

/** 某项时限的工作日数（服务目录叠加配置覆盖后）。 */
const workdaysOf = (clock: ResolvedClock, key: ClockKey | undefined) =>
  key === undefined ? undefined : clock[key];

/**
 * 合并前的阶段：依次进行，每一阶段的位置都填上了就进入下一阶段。
 * 与下一阶段共用时限的阶段（sharesClockWithNext，本项时限未规定时）取下一阶段的时限，下一阶段从它开始时起算。
 */
export function approvalProgress(
  ctx: StageContext,
  steps: readonly ApprovalStep[],
  picks: SlotPicks,
  clock: ResolvedClock,
  reviewStart: string,
): Progress {
  const slots = slotsOf(steps);
  const progress: Progress = {
    current: steps[0]?.id ?? "initiation",
    since: reviewStart,
    specs: [],
    approvals: [],
  };
  let start = reviewStart;
  let countFrom: string | undefined;
  for (const [i, step] of steps.entries()) {
    const filled = slots.flatMap((slot, j) => (slot.stage === step.id ? [{ slot, pick: picks[j] }] : []));
    const complete = filled.every((f) => f.pick !== undefined);
    const end = complete ? filled.reduce((t, f) => later(t, (f.pick as Candidate).at), start) : undefined;
    const own = workdaysOf(clock, step.clock);
    const shared = step.sharesClockWithNext && own === undefined;
    const workdays = shared ? workdaysOf(clock, steps[i + 1]?.clock) : own;
    progress.specs.push({
      stage: step.id,
      start,
      ...(countFrom ? { countFrom } : {}),
      ...(end ? { end } : {}),
      ...(workdays !== undefined ? { workdays } : {}),
      ...withCitation(citeStage(ctx, step.id)),
    });
    progress.current = step.id;
    progress.since = start;
    if (i === steps.length - 1) progress.approvalStart = start;
    for (const f of filled)
      if (f.pick && (complete || step.mode === "all"))
        progress.approvals.push({
          stage: step.id,
          user: f.pick.user,
          at: f.pick.at,
          ...(step.mode === "all" ? { role: f.slot.roles[0] } : {}),
        });
    if (!end) return progress;
    countFrom = shared ? start : undefined;
    start = end;
  }
  return { ...progress, approvedAt: start };
}

/**
 * 审查 →（咨询评估）→ 审批 的批准（Assignment）推进合并前的阶段：审查、咨询评估、审批三步的流程用。
 */
export function approvalSteps(
  ctx: StageContext,
  pick: Assignment,
  consultation: boolean,
  clock: ResolvedClock,
  reviewStart: string,
): Progress {
  const steps = approvalStepsOf(ctx, consultation);
  const byStage: Partial<Record<StageId, Candidate | undefined>> = {
    review: pick.reviewer,
    consultation: pick.consultant,
    approval: pick.approver,
  };
  return approvalProgress(
    ctx,
    steps,
    steps.map((s) => byStage[s.id]),
    clock,
    reviewStart,
  );
}

/** 这份 PR 的申请在基础分支上的交付记录（按申请序号对应；PR 含多份申请时取第一份有记录的）。 */
export function deliveryOf(input: StageInput): DeliveryRecord | undefined {
  for (const a of input.applications) {
    const sequence = sequenceOf(a.file);
    if (sequence === undefined) continue;
    const record = input.systems
      ?.get(`${a.unit}/${a.system}`)
      ?.deliveries.find((d) => d.application === sequence);
    if (record) return record;
  }
  return undefined;
}

/** 申请文件名 NNNN-<名称>.yaml 的序号：交付记录 deliveries/NNNN.yaml 的 application 与它相同。 */
function sequenceOf(file: string): number | undefined {
  const m = /^(\d+)-/.exec(file.split("/").pop() ?? "");
  return m ? Number(m[1]) : undefined;
}

/** 系统是否已有某种确认（如开通确认）。 */
function systemConfirmed(input: StageInput, kind: string): boolean {
  return input.applications.some((a) =>
    (input.systems?.get(`${a.unit}/${a.system}`)?.deliveries ?? []).some(
      (d) => d.confirmation?.kind === kind,
    ),
  );
}

/** 证据出现的日期（没有证据为 undefined；有证据没写日期为空串）。 */
function evidenceDate(record: DeliveryRecord | undefined, evidence: Evidence): string | undefined {
  if (!record) return undefined;
  switch (evidence.delivery) {
    case "delivered":
      return evidence.zone === undefined || record.zone === evidence.zone ? (record.date ?? "") : undefined;
    case "production":
      return record.production;
    case "confirmed":
      return record.confirmation &&
        (evidence.kind === undefined || record.confirmation.kind === evidence.kind)
        ? (record.confirmation.date ?? "")
        : undefined;
  }
}

/** 日期（北京时间）当天中午。 */
const noon = (date: string) => `${date}T12:00:00+08:00`;

/**
 * 合并后的阶段：从审批完成（或未经完整审批即合并的合并时间）起依次进行，凭交付记录推进；全部完成为办结。
 * 实施时限为“关机当天”的（或需关机的变更），关机日期取各申请中最早的一个。
 */
export function followUpProgress(
  ctx: StageContext,
  progress: Progress,
  clock: ResolvedClock,
  start: string,
): Progress {
  const { input } = ctx;
  const record = deliveryOf(input);
  const specs = [...progress.specs];
  let since = start;
  for (const [i, step] of followUpStepsOf(ctx).entries()) {
    const { pr } = input;
    const stepStart =
      i === 0 && step.from === "merge" && pr.merged && pr.mergedAt ? later(start, pr.mergedAt) : since;
    const confirmed = step.clockUntilConfirmed && systemConfirmed(input, step.clockUntilConfirmed.kind);
    const date = step.doneWhen ? evidenceDate(record, step.doneWhen) : undefined;
    const end = date === undefined ? undefined : date === "" ? stepStart : later(stepStart, noon(date));
    const citation =
      confirmed && step.clockUntilConfirmed
        ? profileCitation(input.profile, step.clockUntilConfirmed.citation)
        : citeStage(ctx, step.id);
    specs.push({
      stage: step.id,
      start: stepStart,
      ...(end ? { end } : {}),
      ...(confirmed ? {} : clockSpec(input, clock, step.clock)),
      ...withCitation(citation),
    });
    if (!end) return { ...progress, current: step.id, since: stepStart, specs };
    since = end;
  }
  return { ...progress, current: "completed", since, specs };
}

/** 一项时限的规格：实施的时限为“关机当天”，或需关机的变更在关机当天完成时，附上关机日期。 */
function clockSpec(
  input: StageInput,
  clock: ResolvedClock,
  key: ClockKey | undefined,
): Pick<ClockSpec, "workdays" | "shutdownDate"> {
  if (key === undefined) return {};
  if (key !== "implementation") {
    const workdays = clock[key];
    return workdays !== undefined ? { workdays } : {};
  }
  const shutdownDate = input.applications
    .map((a) => a.shutdownDate)
    .filter((d): d is string => d !== undefined)
    .sort()[0];
  const needsShutdown =
    clock.implementation === "shutdown-day" ||
    (clock.implementationWithShutdown !== undefined && input.applications.some((a) => a.shutdownRequired));
  return {
    workdays: needsShutdown ? "shutdown-day" : clock.implementation,
    ...(shutdownDate ? { shutdownDate } : {}),
  };
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
