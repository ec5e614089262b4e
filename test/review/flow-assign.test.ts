import { describe, expect, it } from "vitest";
import {
  type Assignment,
  assign,
  assignSlots,
  type Candidate,
  type Slot,
} from "../../scripts/core/review/assign.ts";
import { sameLogin } from "../../scripts/core/review/authorization.ts";
import type { Role } from "../../scripts/core/review/config.ts";

/**
 * The pairing of approvals to stages before stages came from the profile (review → consultation → approval),
 * kept here verbatim as the reference: the generic slot assignment must pick exactly the same people.
 */
function referenceAssign(
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
  const sameReviewer =
    distinct && !best.approver
      ? approvers.find(
          (x) =>
            (best.reviewer && sameLogin(best.reviewer.user, x.user)) ||
            (best.consultant && sameLogin(best.consultant.user, x.user)),
        )?.user
      : undefined;
  return { ...best, ...(sameReviewer ? { sameReviewer } : {}) };
}

/** A small deterministic generator (no dependence on Math.random): mulberry32. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const roles: Role[] = ["reviewers", "consultants", "approvers", "implementers"];

function randomCandidates(next: () => number): Candidate[] {
  const people = ["a", "b", "A", "c", "d", "e"];
  const count = Math.floor(next() * 6);
  return Array.from({ length: count }, () => {
    const user = people[Math.floor(next() * people.length)] as string;
    const held = roles.filter(() => next() < 0.4);
    const day = 1 + Math.floor(next() * 5);
    return { user, at: `2026-10-0${day}T0${Math.floor(next() * 9)}:00:00Z`, roles: held };
  });
}

describe("generic slot assignment", () => {
  it("picks the same reviewer, consultant and approver as the fixed sequence did, on 5,000 random inputs", () => {
    const next = random(20261203);
    for (let i = 0; i < 5000; i++) {
      const candidates = randomCandidates(next);
      const consultation = next() < 0.5;
      const distinct = next() < 0.7;
      expect(
        assign(candidates, consultation, distinct),
        JSON.stringify({ candidates, consultation, distinct }),
      ).toEqual(referenceAssign(candidates, consultation, distinct));
    }
  });

  it("fills the parties of an all-of step independently and never lets one person sign twice", () => {
    const slots: Slot[] = [
      { stage: "confirmation", roles: ["unit"], part: true },
      { stage: "confirmation", roles: ["implementers"], part: true },
      { stage: "confirmation", roles: ["approvers"], part: true },
    ];
    const eng: Candidate = { user: "eng", at: "2026-10-02T01:00:00Z", roles: ["implementers", "approvers"] };
    const adm: Candidate = { user: "adm", at: "2026-10-03T01:00:00Z", roles: ["approvers"] };
    expect(assignSlots([eng, adm], slots, true).map((p) => p?.user)).toEqual([undefined, "eng", "adm"]);
    expect(assignSlots([eng], slots, true).map((p) => p?.user)).toEqual([undefined, "eng", undefined]);
    expect(assignSlots([eng], slots, false).map((p) => p?.user)).toEqual([undefined, "eng", "eng"]);
  });

  it("does not fill a later step while an all-of step misses a party", () => {
    const slots: Slot[] = [
      { stage: "confirmation", roles: ["unit"], part: true },
      { stage: "confirmation", roles: ["approvers"], part: true },
      { stage: "approval", roles: ["reviewers"], part: false },
    ];
    const rev: Candidate = { user: "rev", at: "2026-10-02T01:00:00Z", roles: ["reviewers"] };
    const adm: Candidate = { user: "adm", at: "2026-10-03T01:00:00Z", roles: ["approvers"] };
    expect(assignSlots([rev, adm], slots, true).map((p) => p?.user)).toEqual([undefined, "adm", undefined]);
  });
});
