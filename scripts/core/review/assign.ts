/**
 * 为各阶段挑计入的批准（decide）。一个阶段是一个或几个“位置”：须任一角色批准的阶段一个位置，
 * 须多方共同确认的阶段每一方一个位置。
 */
import { sameLogin } from "./authorization.ts";
import type { Role } from "./config.ts";
import type { StepRole } from "./flow.ts";
import type { StageId } from "./types.ts";

/** 一个计入的批准的候选：谁、何时、他担任的角色。 */
export interface Candidate {
  user: string;
  at: string;
  roles: StepRole[];
}

/** 一个待填的位置：哪个阶段、哪些角色的人可以填；part 为真时它是多方确认中的一方。 */
export interface Slot {
  stage: StageId;
  roles: readonly StepRole[];
  part: boolean;
}

/** 各位置挑中的批准（与 slots 一一对应，没填的为 undefined）。 */
export type SlotPicks = (Candidate | undefined)[];

/**
 * 依次填位置：尽量多填，同样多时取最早的组合。一个阶段没有完成，之后的阶段都不填；
 * 多方确认的阶段可以只填其中几方。distinct 为真时同一人只能填一个位置。
 */
export function assignSlots(
  candidates: readonly Candidate[],
  slots: readonly Slot[],
  distinct: boolean,
): SlotPicks {
  const byTime = [...candidates].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  let best: SlotPicks = slots.map(() => undefined);
  let bestScore = 0;
  const picks: SlotPicks = [];
  const taken = (c: Candidate) => distinct && picks.some((p) => p !== undefined && sameLogin(p.user, c.user));
  const stepComplete = (i: number) => {
    const stage = slots[i]?.stage;
    for (let j = i; j >= 0 && slots[j]?.stage === stage; j--) if (picks[j] === undefined) return false;
    return true;
  };
  const visit = (i: number, score: number) => {
    if (score > bestScore) {
      bestScore = score;
      best = slots.map((_, k) => picks[k]);
    }
    const slot = slots[i];
    if (!slot) return;
    const nextOpen = (j: number) => slots[j]?.stage === slot.stage || stepComplete(i);
    for (const c of byTime) {
      if (!c.roles.some((r) => slot.roles.includes(r)) || taken(c)) continue;
      picks[i] = c;
      if (nextOpen(i + 1)) visit(i + 1, score + 1);
      else if (score + 1 > bestScore) {
        bestScore = score + 1;
        best = slots.map((_, k) => picks[k]);
      }
      picks.length = i;
    }
    if (slot.part && slots[i + 1]?.stage === slot.stage) {
      picks[i] = undefined;
      visit(i + 1, score);
      picks.length = i;
    }
  };
  visit(0, 0);
  return best;
}

/** 深圳式的审查 →（咨询评估）→ 审批 各挑一个批准；sameReviewer 为因“须为不同的人”而未能计作审批的人。 */
export interface Assignment {
  reviewer?: Candidate;
  consultant?: Candidate;
  approver?: Candidate;
  sameReviewer?: string;
}

/** 审查、（咨询评估、）审批三个位置的 assignSlots。 */
export function assign(
  candidates: readonly Candidate[],
  needConsultation: boolean,
  distinct: boolean,
): Assignment {
  const slot = (stage: StageId, role: Role): Slot => ({ stage, roles: [role], part: false });
  const slots = [
    slot("review", "reviewers"),
    ...(needConsultation ? [slot("consultation", "consultants")] : []),
    slot("approval", "approvers"),
  ];
  const picks = assignSlots(candidates, slots, distinct);
  const [reviewer, consultant, approver] = needConsultation ? picks : [picks[0], undefined, picks[1]];
  const best = {
    ...(reviewer ? { reviewer } : {}),
    ...(consultant ? { consultant } : {}),
    ...(approver ? { approver } : {}),
  };
  const sameReviewer = distinct && !approver ? blockedBy(candidates, "approvers", picks) : undefined;
  return { ...best, ...(sameReviewer ? { sameReviewer } : {}) };
}

/**
 * 有人因“同一人不能填两个位置”而没能填某角色的位置时，返回他（按时间最早的一个），用来告诉他们。
 */
export function blockedBy(
  candidates: readonly Candidate[],
  role: StepRole,
  picks: SlotPicks,
): string | undefined {
  const byTime = [...candidates].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return byTime.find(
    (x) => x.roles.includes(role) && picks.some((p) => p !== undefined && sameLogin(p.user, x.user)),
  )?.user;
}
