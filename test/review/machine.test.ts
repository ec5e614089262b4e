import { describe, expect, it } from "vitest";
import { computeStage } from "../../scripts/core/review/machine.ts";
import type { Review, StageInput, UnitRecord } from "../../scripts/core/review/types.ts";
import { APP, baseInput, config, H1, H2, units } from "./helpers.ts";

/** 审查意见：默认针对 H1（基准场景的最新提交）。 */
const review = (
  user: string,
  state: Review["state"],
  submittedAt: string,
  commitId = H1,
  body?: string,
): Review => ({
  user,
  state,
  commitId,
  submittedAt,
  ...(body ? { body } : {}),
});
const pushed = {
  pr: { ...baseInput().pr, headSha: H2 },
  commits: [
    { sha: H1, date: "2026-09-28T00:50:00Z" },
    { sha: H2, date: "2026-09-30T06:00:00Z", pushedAt: "2026-09-30T06:00:00Z" },
  ],
};
const approvedByReviewer = review("rev-a", "APPROVED", "2026-09-30T02:00:00Z");
const approvedByApprover = review("appr-a", "APPROVED", "2026-10-08T03:00:00Z");
const withUnits = (extra: Record<string, UnitRecord>) => new Map([...units, ...Object.entries(extra)]);
const exam = units.get("sz-edu-exam") as UnitRecord;

interface Case {
  name: string;
  input: Partial<StageInput>;
  stage: string;
  waiting?: string;
  deadline?: string;
  late?: boolean;
  codes: string[];
  approvals?: string[];
}

const cases: Case[] = [
  {
    name: "opened, validation passed: 审查, 1 working day",
    input: {},
    stage: "review",
    waiting: "reviewers",
    deadline: "2026-09-29",
    codes: ["waiting"],
  },
  {
    name: "self-approval does not count",
    input: { reviews: [review("Zhang-Xiaoming", "APPROVED", "2026-09-28T02:00:00Z")] },
    stage: "review",
    waiting: "reviewers",
    codes: ["waiting", "self-approval"],
  },
  {
    name: "approval from someone outside the configured teams does not count",
    input: { reviews: [review("passer-by", "APPROVED", "2026-09-28T02:00:00Z")] },
    stage: "review",
    codes: ["waiting", "wrong-role"],
  },
  {
    name: "an approver's approval does not replace the 审查",
    input: { reviews: [review("appr-a", "APPROVED", "2026-09-28T02:00:00Z")] },
    stage: "review",
    codes: ["waiting"],
    approvals: [],
  },
  {
    name: "reviewer approves: 审批, 3 working days across National Day ends on the make-up Saturday 10-10",
    input: { reviews: [approvedByReviewer], now: "2026-10-09T02:00:00Z" },
    stage: "approval",
    waiting: "approvers",
    deadline: "2026-10-10",
    late: false,
    codes: ["waiting"],
    approvals: ["review:rev-a"],
  },
  {
    name: "a user listed by name (any case) counts as reviewer",
    input: { reviews: [review("shen-cha", "APPROVED", "2026-09-30T02:00:00Z")] },
    stage: "approval",
    codes: ["waiting"],
    approvals: ["review:shen-cha"],
  },
  {
    name: "stale approval after a push: back to 审查, the clock restarts at the push (09-30 → 10-08)",
    input: {
      ...pushed,
      reviews: [review("rev-a", "APPROVED", "2026-09-29T02:00:00Z", H1)],
      now: "2026-10-08T02:00:00Z",
    },
    stage: "review",
    deadline: "2026-10-08",
    late: false,
    codes: ["waiting", "stale-approval"],
  },
  {
    name: "review overdue: 1 working day after 09-30 is 10-08, late on 10-09",
    input: { ...pushed, now: "2026-10-09T02:00:00Z" },
    stage: "review",
    deadline: "2026-10-08",
    late: true,
    codes: ["waiting", "late"],
  },
  {
    name: "entered on a Saturday before National Day: the make-up Sunday 09-20 is the 1st working day",
    input: {
      pr: { ...baseInput().pr, createdAt: "2026-09-19T02:00:00Z" },
      commits: [{ sha: H1, date: "2026-09-19T01:00:00Z" }],
      now: "2026-09-19T03:00:00Z",
    },
    stage: "review",
    deadline: "2026-09-20",
    codes: ["waiting"],
  },
  {
    name: "a commit's own date is never used: dated in the future, the clock still runs from the PR's creation",
    input: { commits: [{ sha: H1, date: "2026-12-31T00:00:00Z" }], now: "2026-09-30T02:00:00Z" },
    stage: "review",
    deadline: "2026-09-29",
    late: true,
    codes: ["waiting", "late"],
  },
  {
    name: "a push GitHub recorded in the future (clock skew) counts as now, never later",
    input: {
      commits: [{ sha: H1, date: "2026-09-28T00:50:00Z", pushedAt: "2027-01-05T00:00:00Z" }],
      now: "2026-09-30T02:00:00Z",
    },
    stage: "review",
    deadline: "2026-10-08",
    codes: ["waiting"],
  },
  {
    name: "without GitHub's push time, a review of an older commit bounds it: the head came after that review",
    input: {
      pr: { ...baseInput().pr, headSha: H2 },
      commits: [
        { sha: H1, date: "2026-09-28T00:50:00Z" },
        { sha: H2, date: "2020-01-01T00:00:00Z" },
      ],
      reviews: [review("rev-a", "COMMENTED", "2026-09-30T03:00:00Z", H1)],
      now: "2026-10-08T02:00:00Z",
    },
    stage: "review",
    deadline: "2026-10-08",
    codes: ["waiting"],
  },
  {
    name: "changes requested on the head commit: 已退回 to the author with the reasons",
    input: {
      reviews: [
        review("rev-b", "CHANGES_REQUESTED", "2026-09-28T05:00:00Z", H1, "请补充近 5 个工作日的\n利用率截图"),
      ],
    },
    stage: "returned",
    waiting: "author",
    codes: ["changes-requested"],
  },
  {
    name: "changes requested, then the author pushed: back in 审查",
    input: { ...pushed, reviews: [review("rev-b", "CHANGES_REQUESTED", "2026-09-28T05:00:00Z", H1)] },
    stage: "review",
    codes: ["waiting", "changes-answered"],
  },
  {
    name: "changes requested by someone outside the roles is advisory",
    input: { reviews: [review("passer-by", "CHANGES_REQUESTED", "2026-09-28T05:00:00Z")] },
    stage: "review",
    codes: ["waiting", "wrong-role"],
  },
  {
    name: "a dismissed approval does not count",
    input: {
      reviews: [
        review("rev-a", "APPROVED", "2026-09-28T02:00:00Z"),
        review("rev-a", "DISMISSED", "2026-09-28T03:00:00Z"),
      ],
    },
    stage: "review",
    codes: ["waiting"],
    approvals: [],
  },
  {
    name: "consultant path (label 需咨询评估): 咨询评估 shares the 审批 clock",
    input: { labels: ["需咨询评估"], reviews: [approvedByReviewer], now: "2026-10-08T02:00:00Z" },
    stage: "consultation",
    waiting: "consultants",
    deadline: "2026-10-10",
    codes: ["waiting"],
  },
  {
    name: "consultant approves: 审批 keeps the deadline counted from the end of 审查",
    input: {
      labels: ["需咨询评估"],
      reviews: [approvedByReviewer, review("cons-a", "APPROVED", "2026-10-08T02:00:00Z")],
      now: "2026-10-08T03:00:00Z",
    },
    stage: "approval",
    waiting: "approvers",
    deadline: "2026-10-10",
    codes: ["waiting"],
    approvals: ["review:rev-a", "consultation:cons-a"],
  },
  {
    name: "consultant path by configuration (every change application)",
    input: {
      config: { ...config, consultation: { ...config.consultation, types: ["change"] } },
      reviews: [approvedByReviewer, approvedByApprover],
    },
    stage: "consultation",
    codes: ["waiting"],
    approvals: ["review:rev-a"],
  },
  {
    name: "reviewer and approver must differ: one person's approval counts once",
    input: { reviews: [review("both-roles", "APPROVED", "2026-09-30T02:00:00Z")] },
    stage: "approval",
    codes: ["waiting", "same-person"],
    approvals: ["review:both-roles"],
  },
  {
    name: "…unless the configuration allows it",
    input: {
      config: { ...config, distinctReviewerApprover: false },
      reviews: [review("both-roles", "APPROVED", "2026-09-30T02:00:00Z")],
    },
    stage: "implementation",
    approvals: ["review:both-roles", "approval:both-roles"],
    codes: ["waiting"],
  },
  {
    name: "a person in both teams is used where needed (approver), another reviewer did the 审查",
    input: {
      reviews: [
        review("both-roles", "APPROVED", "2026-09-29T02:00:00Z"),
        review("rev-b", "APPROVED", "2026-09-30T02:00:00Z"),
      ],
    },
    stage: "implementation",
    approvals: ["review:rev-b", "approval:both-roles"],
    codes: ["waiting"],
  },
  {
    name: "approver from the requesting unit itself does not count (回避)",
    input: { reviews: [approvedByReviewer, review("li-na-sz", "APPROVED", "2026-10-08T02:00:00Z")] },
    stage: "approval",
    codes: ["waiting", "recused"],
    approvals: ["review:rev-a"],
  },
  {
    name: "approved: 实施, 3 working days from the approval, counting the make-up Saturday (10-08 → 10-12)",
    input: { reviews: [approvedByReviewer, approvedByApprover], now: "2026-10-09T02:00:00Z" },
    stage: "implementation",
    waiting: "implementers",
    deadline: "2026-10-12",
    codes: ["waiting"],
    approvals: ["review:rev-a", "approval:appr-a"],
  },
  {
    name: "change with shutdown: 实施 on the shutdown day (第30条(1))",
    input: {
      applications: [
        {
          file: APP,
          unit: "sz-edu",
          system: "student-registry",
          type: "change",
          date: "2026-09-15",
          shutdownRequired: true,
          shutdownDate: "2026-10-17",
        },
      ],
      reviews: [approvedByReviewer, approvedByApprover],
      now: "2026-10-09T02:00:00Z",
    },
    stage: "implementation",
    deadline: "2026-10-17",
    codes: ["waiting"],
  },
  {
    // 2027 年尚无正式放假安排：按临时日历（法定节日）照常计时，不再是 clock-unknown
    name: "implementation clock running into a provisional year (2027)",
    input: {
      applications: [
        { file: APP, unit: "sz-edu", system: "student-registry", type: "change", date: "2026-12-01" },
      ],
      reviews: [
        review("rev-a", "APPROVED", "2026-12-29T02:00:00Z"),
        review("appr-a", "APPROVED", "2026-12-30T02:00:00Z"),
      ],
      now: "2026-12-30T03:00:00Z",
    },
    stage: "implementation",
    deadline: "2027-01-05", // 3 个工作日：12-31，（2027-01-01 元旦），01-04，01-05
    codes: ["waiting", "calendar-provisional"],
  },
  {
    name: "3-month expiry (附件5 注5): dated 06-20, valid until 09-20",
    input: {
      applications: [
        { file: APP, unit: "sz-edu", system: "student-registry", type: "change", date: "2026-06-20" },
      ],
      now: "2026-09-21T02:00:00Z",
    },
    stage: "expired",
    waiting: "author",
    codes: ["expired"],
  },
  {
    name: "still valid on the last day",
    input: {
      applications: [
        { file: APP, unit: "sz-edu", system: "student-registry", type: "change", date: "2026-06-20" },
      ],
      now: "2026-09-20T02:00:00Z",
    },
    stage: "review",
    codes: ["waiting"],
  },
  {
    name: "unauthorized author (not an agent of the unit)",
    input: { pr: { ...baseInput().pr, author: "outsider" } },
    stage: "initiation",
    waiting: "author",
    codes: ["unauthorized"],
  },
  {
    name: "author whose authorization was revoked (第17条)",
    input: { pr: { ...baseInput().pr, author: "li-na-sz" } },
    stage: "initiation",
    codes: ["authorization-revoked"],
  },
  {
    name: "author whose authorization has expired",
    input: {
      units: withUnits({
        "sz-edu": {
          ...(units.get("sz-edu") as UnitRecord),
          agents: [
            {
              name: "张晓明",
              github: "zhang-xiaoming",
              scope: "own",
              validFrom: "2025-03-01",
              validTo: "2026-02-28",
            },
          ],
        },
      }),
    },
    stage: "initiation",
    codes: ["authorization-expired"],
  },
  {
    name: "author touching another unit's files",
    input: { pr: { ...baseInput().pr, author: "wang-lei-exam" } },
    stage: "initiation",
    codes: ["other-unit"],
  },
  {
    name: "scope supervisor-and-own also allows the supervisor's files",
    input: {
      pr: { ...baseInput().pr, author: "wang-lei-exam" },
      units: withUnits({
        "sz-edu-exam": {
          ...exam,
          agents: exam.agents.map((a) => ({ ...a, scope: "supervisor-and-own" as const })),
        },
      }),
    },
    stage: "review",
    codes: ["waiting"],
  },
  {
    name: "a unit that is not registered on the base branch",
    input: {
      files: [{ path: "requests/sz-new/portal/0001-new.yaml", status: "added" }],
      applications: [
        {
          file: "requests/sz-new/portal/0001-new.yaml",
          unit: "sz-new",
          system: "portal",
          type: "new",
          date: "2026-09-25",
        },
      ],
    },
    stage: "initiation",
    codes: ["unit-unregistered"],
  },
  {
    name: "a unit registered by this PR is checked against the PR's unit.yaml; reviewers are told to check the letter",
    input: {
      files: [
        { path: "requests/sz-new/unit.yaml", status: "added" },
        { path: "requests/sz-new/portal/0001-new.yaml", status: "added" },
      ],
      applications: [
        {
          file: "requests/sz-new/portal/0001-new.yaml",
          unit: "sz-new",
          system: "portal",
          type: "new",
          date: "2026-09-25",
        },
      ],
      proposedUnits: new Map([
        [
          "sz-new",
          {
            name: "深圳市某新单位",
            agents: [
              {
                name: "张晓明",
                github: "zhang-xiaoming",
                scope: "own" as const,
                validFrom: "2026-09-01",
                validTo: "2027-08-31",
              },
            ],
            contacts: [],
          },
        ],
      ]),
    },
    stage: "review",
    codes: ["waiting", "unit-proposed"],
  },
  {
    name: "fork PR: same rules, same result",
    input: {
      pr: { ...baseInput().pr, fromFork: true },
      reviews: [approvedByReviewer],
      now: "2026-10-09T02:00:00Z",
    },
    stage: "approval",
    deadline: "2026-10-10",
    codes: ["waiting"],
    approvals: ["review:rev-a"],
  },
  {
    name: "validation errors keep it in 发起",
    input: { validation: { state: "failed", errors: 2 }, reviews: [approvedByReviewer] },
    stage: "initiation",
    waiting: "author",
    codes: ["validation-failed"],
  },
  {
    name: "validation still running",
    input: { validation: { state: "pending" } },
    stage: "initiation",
    codes: ["validation-pending"],
  },
  {
    name: "draft",
    input: { pr: { ...baseInput().pr, draft: true } },
    stage: "initiation",
    codes: ["draft"],
  },
  {
    name: "files outside requests/ in an application PR",
    input: {
      files: [
        { path: APP, status: "added" },
        { path: "scripts/cli/main.ts", status: "modified" },
      ],
    },
    stage: "initiation",
    codes: ["outside-requests"],
  },
  {
    name: "merged after approval: 实施",
    input: {
      pr: { ...baseInput().pr, state: "closed", merged: true, mergedAt: "2026-10-08T04:00:00Z" },
      reviews: [approvedByReviewer, approvedByApprover],
      now: "2026-10-09T02:00:00Z",
    },
    stage: "implementation",
    deadline: "2026-10-12",
    codes: ["waiting"],
  },
  {
    name: "merged without approval is reported",
    input: { pr: { ...baseInput().pr, state: "closed", merged: true, mergedAt: "2026-09-29T04:00:00Z" } },
    stage: "implementation",
    deadline: "2026-10-09",
    codes: ["waiting", "merged-without-approval"],
  },
  {
    name: "closed without merging",
    input: { pr: { ...baseInput().pr, state: "closed", closedAt: "2026-09-29T04:00:00Z" } },
    stage: "closed",
    codes: ["closed"],
  },
];

describe("stage machine", () => {
  it.each(cases)("$name", (c) => {
    const r = computeStage(baseInput(c.input));
    expect(r.applies).toBe(true);
    expect(r.stage).toBe(c.stage);
    expect([...new Set(r.reasons.map((x) => x.code))].sort()).toEqual([...c.codes].sort());
    if (c.waiting) expect(r.waitingFor?.role).toBe(c.waiting);
    if (c.deadline) expect(r.clock?.deadline).toBe(c.deadline);
    if (c.late !== undefined) expect(r.late).toBe(c.late);
    if (c.approvals) expect(r.approvals.map((a) => `${a.stage}:${a.user}`)).toEqual(c.approvals);
    for (const reason of r.reasons) {
      expect(reason.message.zh).toMatch(/[。！]$|）$/);
      if (
        !["no-role-members", "clock-unknown", "calendar-provisional", "not-applicable", "closed"].includes(
          reason.code,
        )
      )
        expect(reason.citation, reason.code).toBeDefined();
    }
  });

  it("recomputing later does not restart 审查 for a commit dated in the future", () => {
    const future = { commits: [{ sha: H1, date: "2030-01-01T00:00:00Z" }] };
    const at = (now: string) => computeStage(baseInput({ ...future, now }));
    const first = at("2026-09-28T08:00:00Z");
    const later = at("2026-10-09T08:00:00Z");
    expect(later.since).toBe(first.since);
    expect(later.since).toBe("2026-09-28T01:00:00Z");
  });

  it("a PR that changes nothing under requests/ is not an application", () => {
    const r = computeStage(
      baseInput({ files: [{ path: "README.md", status: "modified" }], applications: [] }),
    );
    expect(r.applies).toBe(false);
    expect(r.reasons.map((x) => x.code)).toEqual(["not-applicable"]);
  });

  it("states the whole result for the approval stage", () => {
    const r = computeStage(baseInput({ reviews: [approvedByReviewer], now: "2026-10-09T02:00:00Z" }));
    expect(r).toEqual({
      applies: true,
      pr: 7,
      headSha: H1,
      stage: "approval",
      since: "2026-09-30T02:00:00Z",
      late: false,
      waitingFor: { role: "approvers", users: [], teams: ["sz-govcloud/approvers"] },
      clock: {
        stage: "approval",
        start: "2026-09-30T02:00:00Z",
        startDate: "2026-09-30",
        workdays: 3,
        deadline: "2026-10-10",
        late: false,
        workdaysLeft: 1,
        citation: { profile: "shenzhen", article: "第29条" },
      },
      timeline: [
        {
          stage: "review",
          start: "2026-09-28T01:00:00Z",
          startDate: "2026-09-28",
          end: "2026-09-30T02:00:00Z",
          workdays: 1,
          deadline: "2026-09-29",
          late: true,
          citation: { profile: "shenzhen", article: "第28条" },
        },
        {
          stage: "approval",
          start: "2026-09-30T02:00:00Z",
          startDate: "2026-09-30",
          workdays: 3,
          deadline: "2026-10-10",
          late: false,
          workdaysLeft: 1,
          citation: { profile: "shenzhen", article: "第29条" },
        },
      ],
      approvals: [{ stage: "review", user: "rev-a", at: "2026-09-30T02:00:00Z" }],
      reasons: [
        {
          code: "waiting",
          blocking: false,
          citation: { profile: "shenzhen", article: "第29条" },
          message: {
            zh: "等待审批人员审批，原则上在 3 个工作日内完成，截止 2026-10-10。",
            en: "Waiting for the approvers, within 3 working day(s), due 2026-10-10.",
          },
        },
      ],
      types: ["change"],
      validUntil: "2026-12-15",
      validityCitation: { profile: "shenzhen", attachment: "附件5", note: "5" },
      units: ["sz-edu"],
    });
  });

  it("returns the reviewer's words to the author", () => {
    const r = computeStage(
      baseInput({
        reviews: [
          review(
            "rev-b",
            "CHANGES_REQUESTED",
            "2026-09-28T05:00:00Z",
            H1,
            "请补充近 5 个工作日的\n利用率截图",
          ),
        ],
      }),
    );
    expect(r.reasons[0]).toEqual({
      code: "changes-requested",
      blocking: true,
      citation: { profile: "shenzhen", article: "第28条" },
      message: {
        zh: "@rev-b（审查人员）要求修改：请补充近 5 个工作日的 利用率截图请修改后推送，PR 将重新进入审查。",
        en: "@rev-b (reviewers) requested changes: 请补充近 5 个工作日的 利用率截图 Push the fix and the pull request goes back to review.",
      },
    });
  });

  it("names the unit and the files when the author touches another unit", () => {
    const r = computeStage(baseInput({ pr: { ...baseInput().pr, author: "wang-lei-exam" } }));
    expect(r.reasons[0]?.message.zh).toBe(
      `@wang-lei-exam 是 深圳市教育考试院 的授权代理人，只能改动本单位的文件，却改动了 深圳市教育局（requests/sz-edu/） 的 ${APP}。请把这些改动移出本 PR，由该单位的授权代理人提交。`,
    );
    expect(r.reasons[0]?.citation).toEqual({ profile: "shenzhen", article: "第17条" });
  });
});
