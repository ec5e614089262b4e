/**
 * 为审查、咨询评估、审批各挑一个计入的批准（decide）。
 */
import { sameLogin } from "./authorization.ts";
import type { Role } from "./config.ts";

/** 一个计入的批准的候选：谁、何时、他担任的审查类角色。 */
export interface Candidate {
  user: string;
  at: string;
  roles: Role[];
}

/** 每一步挑中的批准；sameReviewer 为因“审查与审批须为不同的人”而未能计作审批的人。 */
export interface Assignment {
  reviewer?: Candidate;
  consultant?: Candidate;
  approver?: Candidate;
  sameReviewer?: string;
}

/**
 * 为审查、咨询评估、审批各挑一个批准：尽量多走几步，同样多时取最早的组合。
 * distinct 为真时三者须为不同的人。
 */
export function assign(
  candidates: readonly Candidate[],
  needConsultation: boolean,
  distinct: boolean,
): Assignment {
  const byTime = [...candidates].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const of = (role: Role) => byTime.filter((c) => c.roles.includes(role));
  const reviewers = of("reviewers");
  const consultants = needConsultation ? of("consultants") : [];
  const approvers = of("approvers");
  const differs = (a?: Candidate, b?: Candidate) => !distinct || !a || !b || !sameLogin(a.user, b.user);
  let best: Omit<Assignment, "sameReviewer"> = {};
  let bestScore = 0;
  for (const r of reviewers) {
    const cs: (Candidate | undefined)[] = needConsultation
      ? consultants.filter((c) => differs(r, c))
      : [undefined];
    if (cs.length === 0 && bestScore < 1) {
      best = { reviewer: r };
      bestScore = 1;
    }
    for (const c of cs) {
      const score = needConsultation ? 2 : 1;
      const a = approvers.find((x) => differs(r, x) && differs(c, x));
      const total = score + (a ? 1 : 0);
      if (total > bestScore) {
        best = { reviewer: r, ...(c ? { consultant: c } : {}), ...(a ? { approver: a } : {}) };
        bestScore = total;
      }
    }
  }
  const sameReviewer = distinct && !best.approver ? blockedApprover(best, approvers) : undefined;
  return { ...best, ...(sameReviewer ? { sameReviewer } : {}) };
}

/** 有人因“同一人”被排除在审批之外时，返回他（用来告诉他们）。 */
function blockedApprover(best: Omit<Assignment, "sameReviewer">, approvers: readonly Candidate[]) {
  return approvers.find(
    (x) =>
      (best.reviewer && sameLogin(best.reviewer.user, x.user)) ||
      (best.consultant && sameLogin(best.consultant.user, x.user)),
  )?.user;
}
