import { describe, expect, it } from "vitest";
import { formatCitation } from "../../../scripts/core/finding.ts";
import { parseReviewConfig, type ReviewConfigError } from "../../../scripts/core/review/config.ts";
import { commitStatus, labelChanges } from "../../../scripts/core/review/effects.ts";
import { computeStage } from "../../../scripts/core/review/machine.ts";
import { renderStage } from "../../../scripts/core/review/render.ts";
import type { Review, StageResult } from "../../../scripts/core/review/types.ts";
import { huaibeiReview } from "../../../scripts/profiles/huaibei/review.ts";
import { APP, CHANGE, config, DELIVERY, H1, H2, hbInput, systems } from "./stage-helpers.ts";

const approve = (user: string, submittedAt: string, commitId = H1): Review => ({
  user,
  state: "APPROVED",
  commitId,
  submittedAt,
});
const cited = (r: StageResult) => r.reasons.map((x) => [x.code, x.citation && formatCitation(x.citation)]);
const merged = { merged: true, mergedAt: "2026-10-09T03:00:00Z", state: "closed" as const };

describe("Huaibei: application (上云申请) before the merge — 评估 by the administration, 5 working days (第13条)", () => {
  it("waits for the administration with the deadline across the National Day holiday and the make-up Saturday", () => {
    const r = computeStage(hbInput());
    expect(r.stage).toBe("evaluation");
    expect(r.waitingFor).toEqual({ role: "reviewers", users: [], teams: ["hb-govcloud/administration"] });
    // 09-29 + 5 working days: 09-30, 10-08, 10-09, 10-10 (补班 Saturday), 10-12
    expect(r.clock).toMatchObject({ workdays: 5, deadline: "2026-10-12", workdaysLeft: 2, late: false });
    expect(r.reasons[0]?.message.zh).toBe(
      "等待市政务云主管部门（评估）评估：核对申请材料是否齐全，按系统正常运行所需的合理值确认云资源（批准即评估通过；材料不全的请“要求修改”），原则上在 5 个工作日内完成，截止 2026-10-12。",
    );
    expect(cited(r)).toEqual([["waiting", "第13条"]]);
    expect(r.validUntil).toBeUndefined();
    expect(commitStatus(r, config, huaibeiReview).description).toBe(
      "评估：等待市政务云主管部门（评估），截止 2026-10-12",
    );
  });

  it("an overdue 评估 is late, says so and gets the late label", () => {
    const r = computeStage(hbInput({ now: "2026-10-13T02:00:00Z" }));
    expect(r).toMatchObject({ stage: "evaluation", late: true });
    expect(r.clock).toMatchObject({ deadline: "2026-10-12", workdaysLeft: -1 });
    expect(r.reasons.map((x) => x.code)).toEqual(["waiting", "late"]);
    expect(r.reasons[1]?.message.zh).toBe("评估已超过时限：应于 2026-10-12 前完成。");
    expect(labelChanges([], r, config).add).toEqual(["阶段/评估", "已超时"]);
  });

  it("an approval by someone outside the configured roles does not count", () => {
    const r = computeStage(hbInput({ reviews: [approve("dx-eng", "2026-09-30T02:00:00Z")] }));
    expect(r.stage).toBe("evaluation");
    expect(r.reasons.map((x) => x.code)).toContain("wrong-role");
  });

  it("a counted evaluation makes the status green: the carrier opens the test zone after the merge", () => {
    const r = computeStage(hbInput({ reviews: [approve("adm-a", "2026-10-09T01:00:00Z")] }));
    expect(r.stage).toBe("provisioning");
    expect(r.approvals).toEqual([{ stage: "evaluation", user: "adm-a", at: "2026-10-09T01:00:00Z" }]);
    expect(commitStatus(r, config, huaibeiReview)).toMatchObject({ state: "success" });
  });
});

describe("Huaibei: application after the merge — the delivery records move it on", () => {
  const base = { reviews: [approve("adm-a", "2026-10-09T01:00:00Z")], pr: { ...hbInput().pr, ...merged } };

  it("测试区开通 waits for the system's carrier, 2 working days from the merge (第13条)", () => {
    const r = computeStage(hbInput(base));
    expect(r.stage).toBe("provisioning");
    expect(r.since).toBe("2026-10-09T03:00:00Z");
    expect(r.waitingFor).toEqual({ role: "implementers", users: [], teams: ["hb-govcloud/telecom"] });
    // 10-09 (Fri) + 2: 10-10 (补班 Saturday), 10-12
    expect(r.clock).toMatchObject({ workdays: 2, deadline: "2026-10-12", citation: { article: "第13条" } });
  });

  it("a delivery record in another zone does not end it; the test-zone record does, then 部署与试运行 waits for the unit", () => {
    const production = computeStage(
      hbInput({ ...base, systems: systems({ application: 1, zone: "production" }) }),
    );
    expect(production.stage).toBe("provisioning");
    const r = computeStage(
      hbInput({ ...base, systems: systems({ application: 1, date: "2026-10-12", zone: "test" }) }),
    );
    expect(r.stage).toBe("trial");
    expect(r.waitingFor).toEqual({ role: "unit", users: ["wang-lei-hb"], teams: [] });
    expect(r.timeline.map((c) => [c.stage, c.deadline, c.late])).toEqual([
      ["evaluation", "2026-10-12", false],
      ["provisioning", "2026-10-12", false],
      ["trial", undefined, false],
    ]);
    expect(r.clock?.workdays).toBeUndefined();
  });

  it("after the move to production it waits for the three parties' opening confirmation (第15条); with it, it is done", () => {
    const live = { application: 1, date: "2026-10-12", zone: "test", production: "2026-11-20" };
    const r = computeStage(hbInput({ ...base, systems: systems(live) }));
    expect(r.stage).toBe("confirmation");
    expect(r.waitingFor?.role).toBe("unit");
    expect(r.waitingFor?.also?.map((w) => w.role)).toEqual(["implementers", "approvers"]);
    expect(cited(r)[0]).toEqual(["waiting", "第15条"]);
    const done = computeStage(
      hbInput({
        ...base,
        systems: systems({ ...live, confirmation: { kind: "opening", date: "2026-11-28" } }),
      }),
    );
    expect(done.stage).toBe("completed");
    expect(done.waitingFor).toBeUndefined();
    expect(done.reasons[0]?.message.zh).toBe("各阶段均已完成（已办结）。");
  });
});

describe("Huaibei: change (变更申请) — 审批 (第16条), then 实施 by the carrier", () => {
  const change = {
    files: [{ path: CHANGE, status: "added" as const }],
    applications: [
      {
        file: CHANGE,
        unit: "hb-edu",
        system: "edu-platform",
        type: "change" as const,
        date: "2026-12-01",
      },
    ],
    reviews: [approve("adm-b", "2026-12-02T02:00:00Z")],
    pr: { ...hbInput().pr, merged: true, mergedAt: "2026-12-02T03:00:00Z", state: "closed" as const },
    now: "2026-12-03T02:00:00Z",
  };

  it("before the opening confirmation the carrier has 3 working days (第15条)", () => {
    const r = computeStage(hbInput({ ...change, systems: systems({ application: 1, zone: "test" }) }));
    expect(r.stage).toBe("implementation");
    expect(r.clock).toMatchObject({ workdays: 3, deadline: "2026-12-07", citation: { article: "第15条" } });
  });

  it("after the opening confirmation there is no clock (第16条 sets none)", () => {
    const opened = { application: 1, zone: "test", confirmation: { kind: "opening", date: "2026-11-28" } };
    const r = computeStage(hbInput({ ...change, systems: systems(opened) }));
    expect(r.stage).toBe("implementation");
    expect(r.clock?.workdays).toBeUndefined();
    expect(r.clock?.citation).toEqual({ profile: "huaibei", article: "第16条" });
    expect(r.reasons[0]?.message.zh).toContain("规范未规定时限");
  });

  it("the change's delivery record leads to the change confirmation (第16条)", () => {
    const r = computeStage(hbInput({ ...change, systems: systems({ application: 2, date: "2026-12-04" }) }));
    expect(r.stage).toBe("confirmation");
  });
});

describe("Huaibei: a confirmation PR (附件5) needs the unit, the carrier and the administration on the head commit", () => {
  const confirmation = {
    files: [{ path: DELIVERY, status: "modified" as const }],
    applications: [],
    deliveryEdits: [{ file: DELIVERY, unit: "hb-edu", system: "edu-platform", confirmation: "opening" }],
    systems: systems({ application: 1, zone: "test", production: "2026-11-20" }),
    pr: { ...hbInput().pr, createdAt: "2026-11-25T01:00:00Z" },
    commits: [{ sha: H1, date: "2026-11-25T00:50:00Z" }],
    now: "2026-11-27T02:00:00Z",
  };

  it("opened by the unit's agent (who signs for the unit), approved by the administration: waits for the carrier", () => {
    const r = computeStage(hbInput({ ...confirmation, reviews: [approve("adm-a", "2026-11-26T02:00:00Z")] }));
    expect(r.stage).toBe("confirmation");
    expect(r.waitingFor).toEqual({ role: "implementers", users: [], teams: ["hb-govcloud/telecom"] });
    expect(r.approvals).toEqual([
      { stage: "confirmation", user: "wang-lei-hb", at: "2026-11-25T01:00:00Z", role: "unit" },
      { stage: "confirmation", user: "adm-a", at: "2026-11-26T02:00:00Z", role: "approvers" },
    ]);
    expect(r.reasons[0]?.message.zh).toBe(
      "等待云服务商工程师确认《淮北市政务云资源开通确认单（附件5）》：各方须有一人在 PR 上批准最新提交（同一人只能代表一方），规范未规定时限。",
    );
    expect(r.reasons[0]?.citation).toEqual({ profile: "huaibei", article: "第15条" });
    expect(commitStatus(r, config, huaibeiReview)).toMatchObject({ state: "pending" });
    const md = renderStage(r, "markdown", "zh", huaibeiReview);
    expect(md).toContain("**等待**：云服务商工程师 @hb-govcloud/telecom");
    expect(md).toContain("三方确认 @wang-lei-hb（使用单位），三方确认 @adm-a（市政务云主管部门）");
  });

  it("an engineer of another carrier does not count; the system's carrier does, and the PR may be merged", () => {
    const other = computeStage(
      hbInput({
        ...confirmation,
        reviews: [approve("adm-a", "2026-11-26T02:00:00Z"), approve("yd-eng", "2026-11-26T03:00:00Z")],
      }),
    );
    expect(other.stage).toBe("confirmation");
    expect(other.reasons.map((x) => x.code)).toContain("wrong-role");
    const r = computeStage(
      hbInput({
        ...confirmation,
        reviews: [approve("adm-a", "2026-11-26T02:00:00Z"), approve("dx-eng", "2026-11-26T03:00:00Z")],
      }),
    );
    expect(r.stage).toBe("completed");
    expect(commitStatus(r, config, huaibeiReview)).toMatchObject({ state: "success" });
  });

  it("a new push makes the earlier approvals stale: they must approve the new head again", () => {
    const r = computeStage(
      hbInput({
        ...confirmation,
        pr: { ...confirmation.pr, headSha: H2 },
        commits: [
          ...confirmation.commits,
          { sha: H2, date: "2026-11-26T05:00:00Z", pushedAt: "2026-11-26T05:00:00Z" },
        ],
        reviews: [approve("adm-a", "2026-11-26T02:00:00Z"), approve("dx-eng", "2026-11-26T03:00:00Z")],
      }),
    );
    expect(r.stage).toBe("confirmation");
    expect(r.approvals.map((a) => a.role)).toEqual(["unit"]);
    expect(r.reasons.filter((x) => x.code === "stale-approval").map((x) => x.message.zh)).toEqual([
      "@adm-a 批准的是旧提交 1111111，之后又推送了 2222222：批准只对所针对的提交有效，改动后须重新审查。",
      "@dx-eng 批准的是旧提交 1111111，之后又推送了 2222222：批准只对所针对的提交有效，改动后须重新审查。",
    ]);
  });

  it("opened by the carrier's engineer, the unit's agent approves for the unit", () => {
    const r = computeStage(
      hbInput({
        ...confirmation,
        pr: { ...confirmation.pr, author: "dx-eng" },
        reviews: [approve("wang-lei-hb", "2026-11-26T02:00:00Z")],
      }),
    );
    expect(r.stage).toBe("confirmation");
    expect(r.approvals.map((a) => [a.user, a.role])).toEqual([
      ["wang-lei-hb", "unit"],
      ["dx-eng", "implementers"],
    ]);
    expect(r.waitingFor?.role).toBe("approvers");
  });

  it("someone who is none of the three parties cannot open it", () => {
    const r = computeStage(hbInput({ ...confirmation, pr: { ...confirmation.pr, author: "stranger" } }));
    expect(r.stage).toBe("initiation");
    expect(r.reasons[0]?.code).toBe("unauthorized");
  });
});

describe("Huaibei: 2027 dates use the provisional calendar (no notice yet)", () => {
  it("counts across the 2027 Spring Festival and says the calendar is provisional", () => {
    const r = computeStage(
      hbInput({
        pr: { ...hbInput().pr, createdAt: "2027-02-03T01:00:00Z" },
        commits: [{ sha: H1, date: "2027-02-03T00:50:00Z" }],
        applications: [
          { file: APP, unit: "hb-edu", system: "edu-platform", type: "new", date: "2027-02-03" },
        ],
        now: "2027-02-04T02:00:00Z",
      }),
    );
    expect(r.clock?.deadline).toBe("2027-02-16");
    expect(r.reasons.map((x) => x.code)).toEqual(["waiting", "calendar-provisional"]);
  });
});

describe("Huaibei: the review configuration lists the carriers' engineers per carrier", () => {
  it("accepts roles.implementers.providers and refuses a provider id that is not one", () => {
    expect(config.roles.implementers.providers).toEqual({
      telecom: { teams: ["hb-govcloud/telecom"], users: [] },
      mobile: { teams: ["hb-govcloud/mobile"], users: [] },
      unicom: { teams: [], users: ["lt-eng"] },
    });
    let message = "";
    try {
      parseReviewConfig(
        "roles:\n  reviewers: { users: [a] }\n  approvers: { users: [b] }\n  implementers:\n    providers:\n      China Telecom: { users: [c] }\n",
      );
    } catch (error) {
      message = (error as ReviewConfigError).zh;
    }
    expect(message).toContain(
      ".github/govcloud-review.yaml:6:7 /roles/implementers/providers/China Telecom：China Telecom 不是提供商标识",
    );
  });
});
