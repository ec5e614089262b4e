import { describe, expect, it } from "vitest";
import { judgeReview, latestVerdicts, roleMembers } from "../../scripts/core/review/approvals.ts";
import { assign, type Candidate } from "../../scripts/core/review/assign.ts";
import { parseReviewConfig } from "../../scripts/core/review/config.ts";
import { stageContext } from "../../scripts/core/review/stage-context.ts";
import { approvalSteps, needsConsultation, strictestClock } from "../../scripts/core/review/steps.ts";
import type { Review } from "../../scripts/core/review/types.ts";
import { baseInput, configYaml, H1, H2 } from "./helpers.ts";

const c = (user: string, at: string, ...roles: Candidate["roles"]): Candidate => ({ user, at, roles });
const review = (user: string, state: Review["state"], submittedAt: string, commitId = H1): Review => ({
  user,
  state,
  commitId,
  submittedAt,
});
const who = (a: ReturnType<typeof assign>) => [
  a.reviewer?.user,
  a.consultant?.user,
  a.approver?.user,
  a.sameReviewer,
];

describe("assign: one counted approval per step", () => {
  it("one person with both roles cannot be reviewer and approver when they must differ", () => {
    const both = c("both-roles", "2026-09-30T02:00:00Z", "reviewers", "approvers");
    expect(who(assign([both], false, true))).toEqual(["both-roles", undefined, undefined, "both-roles"]);
    expect(who(assign([both], false, false))).toEqual(["both-roles", undefined, "both-roles", undefined]);
  });

  it("lets a second reviewer review so that the one with both roles can approve", () => {
    const both = c("both-roles", "2026-09-30T02:00:00Z", "reviewers", "approvers");
    const rev = c("rev-a", "2026-09-30T05:00:00Z", "reviewers");
    expect(who(assign([both, rev], false, true))).toEqual(["rev-a", undefined, "both-roles", undefined]);
  });

  it("takes the earliest combination among equally long ones", () => {
    const cands = [
      c("rev-b", "2026-10-01T02:00:00Z", "reviewers"),
      c("rev-a", "2026-09-30T02:00:00Z", "reviewers"),
      c("appr-b", "2026-10-09T02:00:00Z", "approvers"),
      c("appr-a", "2026-10-08T02:00:00Z", "approvers"),
    ];
    expect(who(assign(cands, false, true))).toEqual(["rev-a", undefined, "appr-a", undefined]);
  });

  it("with consultation, the consultant is a third person and an approver alone does not skip it", () => {
    const rev = c("rev-a", "2026-09-30T02:00:00Z", "reviewers");
    const appr = c("appr-a", "2026-10-08T02:00:00Z", "approvers");
    expect(who(assign([rev, appr], true, true))).toEqual(["rev-a", undefined, undefined, undefined]);
    const cons = c("cons-a", "2026-10-02T02:00:00Z", "consultants");
    expect(who(assign([rev, appr, cons], true, true))).toEqual(["rev-a", "cons-a", "appr-a", undefined]);
  });

  it("compares logins without case", () => {
    const r = c("Both-Roles", "2026-09-30T02:00:00Z", "reviewers");
    const a = c("both-roles", "2026-10-08T02:00:00Z", "approvers");
    expect(who(assign([r, a], false, true))).toEqual(["Both-Roles", undefined, undefined, "both-roles"]);
  });
});

describe("which reviews are current", () => {
  it("keeps each person's last verdict, ignores comments, keeps the order of first verdicts", () => {
    const latest = latestVerdicts([
      review("appr-a", "APPROVED", "2026-10-02T02:00:00Z"),
      review("Rev-A", "CHANGES_REQUESTED", "2026-09-30T02:00:00Z"),
      review("rev-a", "APPROVED", "2026-10-03T02:00:00Z"),
      review("rev-b", "COMMENTED", "2026-10-04T02:00:00Z"),
    ]);
    expect([...latest].map(([login, r]) => `${login}:${r.state}`)).toEqual([
      "rev-a:APPROVED",
      "appr-a:APPROVED",
    ]);
  });

  const input = baseInput({ pr: { ...baseInput().pr, headSha: H2 } });
  const ctx = stageContext(input);
  const sets = roleMembers(input);

  it.each<[string, Review, string]>([
    [
      "an approval of the head commit by a reviewer counts",
      review("rev-a", "APPROVED", "2026-09-30T02:00:00Z", H2),
      "candidate",
    ],
    [
      "an approval of an older commit is stale",
      review("rev-a", "APPROVED", "2026-09-30T02:00:00Z", H1),
      "notice:stale-approval",
    ],
    [
      "the author's own approval does not count",
      review("Zhang-XiaoMing", "APPROVED", "2026-09-30T02:00:00Z", H2),
      "notice:self-approval",
    ],
    [
      "someone of the requesting unit must recuse",
      review("li-na-sz", "APPROVED", "2026-09-30T02:00:00Z", H2),
      "notice:recused",
    ],
    [
      "an approval from outside the roles does not count",
      review("stranger", "APPROVED", "2026-09-30T02:00:00Z", H2),
      "notice:wrong-role",
    ],
    [
      "changes requested on the head commit return the PR",
      review("appr-a", "CHANGES_REQUESTED", "2026-09-30T02:00:00Z", H2),
      "requested:approvers",
    ],
    [
      "changes requested on an older commit were answered",
      review("appr-a", "CHANGES_REQUESTED", "2026-09-30T02:00:00Z", H1),
      "notice:changes-answered",
    ],
    [
      "the author's own change request is ignored",
      review("zhang-xiaoming", "CHANGES_REQUESTED", "2026-09-30T02:00:00Z", H2),
      "ignored",
    ],
    ["a dismissed review is ignored", review("rev-a", "DISMISSED", "2026-09-30T02:00:00Z", H2), "ignored"],
  ])("%s", (_name, r, expected) => {
    const v = judgeReview(ctx, sets, r.user.toLowerCase(), r);
    const shown =
      v.kind === "notice"
        ? `notice:${v.reason.code}`
        : v.kind === "requested"
          ? `requested:${v.role}`
          : v.kind;
    expect(shown).toBe(expected);
  });

  it("counts team members and configured users for a role", () => {
    expect([...sets.reviewers].sort()).toEqual(["both-roles", "rev-a", "rev-b", "shen-cha"]);
    expect(sets.implementers).toEqual(new Set(["eng-a"]));
  });
});

describe("which clocks run", () => {
  it("takes the strictest clock of all types in the PR", () => {
    const input = baseInput();
    expect(strictestClock(input, ["new", "revoke"])).toMatchObject({
      review: 1,
      approval: 2,
      implementation: 3,
    });
    expect(strictestClock(input, ["revoke"]).implementation).toBe("shutdown-day");
    expect(strictestClock(input, []).approval).toBe(3);
  });

  it("needs consultation by label or by configured type", () => {
    expect(needsConsultation(stageContext(baseInput()))).toBe(false);
    expect(needsConsultation(stageContext(baseInput({ labels: ["需咨询评估"] })))).toBe(true);
    const byType = parseReviewConfig(`${configYaml}consultation:\n  types: [change]\n`);
    expect(needsConsultation(stageContext(baseInput({ config: byType })))).toBe(true);
  });

  it("consultation shares the approval clock: approval counts from the end of review", () => {
    const input = baseInput({ labels: ["需咨询评估"] });
    const ctx = stageContext(input);
    const pick = assign(
      [c("rev-a", "2026-09-30T02:00:00Z", "reviewers"), c("cons-a", "2026-10-08T02:00:00Z", "consultants")],
      true,
      true,
    );
    const p = approvalSteps(ctx, pick, true, strictestClock(input, ctx.types), "2026-09-28T01:00:00Z");
    expect(p.current).toBe("approval");
    expect(p.since).toBe("2026-10-08T02:00:00Z");
    expect(p.specs.map((s) => [s.stage, s.start, s.countFrom ?? null, s.end ?? null, s.workdays])).toEqual([
      ["review", "2026-09-28T01:00:00Z", null, "2026-09-30T02:00:00Z", 1],
      ["consultation", "2026-09-30T02:00:00Z", null, "2026-10-08T02:00:00Z", 3],
      ["approval", "2026-10-08T02:00:00Z", "2026-09-30T02:00:00Z", null, 3],
    ]);
    expect(p.approvals.map((a) => `${a.stage}:${a.user}`)).toEqual(["review:rev-a", "consultation:cons-a"]);
    expect(p.approvedAt).toBeUndefined();
  });

  it("a review approved before the push still ends review no earlier than the push", () => {
    const input = baseInput();
    const ctx = stageContext(input);
    const pick = assign([c("rev-a", "2026-09-28T00:00:00Z", "reviewers")], false, true);
    const p = approvalSteps(ctx, pick, false, strictestClock(input, ctx.types), "2026-09-28T01:00:00Z");
    expect(p.specs[0]?.end).toBe("2026-09-28T01:00:00Z");
    expect(p).toMatchObject({ current: "approval", approvalStart: "2026-09-28T01:00:00Z" });
  });
});
