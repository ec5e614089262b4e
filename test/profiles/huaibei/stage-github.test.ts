import { afterEach, describe, expect, it } from "vitest";
import {
  createOctokit,
  gatherStage,
  githubClient,
  stageInput,
  wantsSource,
} from "../../../scripts/adapters/github.ts";
import { computeStage } from "../../../scripts/core/review/machine.ts";
import { huaibeiReview } from "../../../scripts/profiles/huaibei/review.ts";
import {
  exampleSeed,
  type FakeGitHub,
  type Json,
  type PullSeed,
  startFakeGitHub,
} from "../../helpers/github-server.ts";
import { calendar, config, DELIVERY, hbInput, systems, units } from "./stage-helpers.ts";

let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** 交付记录的确认一节（PR 最新提交中的文本）。 */
const confirmationYaml = `kind: delivery
profile: huaibei
application: 1
date: 2026-10-12
zone: test
production: { date: 2026-11-20 }
confirmation:
  kind: opening
  date: 2026-11-28
  cloudNumber: HBZWY-2026-0007
`;

describe("Huaibei confirmation PR read from GitHub (local double)", () => {
  it("reads the delivery record's confirmation kind and the carrier's team, and counts the three parties", async () => {
    const seed = exampleSeed();
    const pr = seed.pulls[1347] as PullSeed;
    const head = String((pr.pull.head as Json).sha);
    // 派生：发起人为淮北市教育局的经办人，创建时间落在日历覆盖的年份；改动文件为交付记录；
    // 审查意见示例只改 user.login、commit_id（最新提交）与 submitted_at；validate 检查通过
    pr.pull = {
      ...pr.pull,
      user: { ...(pr.pull.user as object), login: "wang-lei-hb" },
      created_at: "2026-11-25T01:00:00Z",
    };
    pr.files = [{ ...(pr.files[0] as object), filename: DELIVERY, status: "modified" }];
    pr.checkRuns = [{ ...(pr.checkRuns[0] as object), name: "validate", conclusion: "success" }];
    pr.contents = { [DELIVERY]: confirmationYaml };
    const template = pr.reviews[0] as Json;
    const approve = (login: string, at: string): Json => ({
      ...template,
      user: { ...(template.user as object), login },
      state: "APPROVED",
      commit_id: head,
      submitted_at: at,
    });
    pr.reviews = [approve("adm-a", "2026-11-26T02:00:00Z"), approve("dx-eng", "2026-11-26T03:00:00Z")];
    seed.teams = {
      "hb-govcloud/administration": ["adm-a"],
      "hb-govcloud/telecom": ["dx-eng"],
      "hb-govcloud/mobile": ["yd-eng"],
    };
    server = await startFakeGitHub(seed);
    const client = githubClient(createOctokit({ token: "t", baseUrl: server.url, noWait: true }), {
      owner: "octocat",
      repo: "Hello-World",
    });
    const data = await gatherStage(client, 1347, config, wantsSource);
    const { profile } = hbInput();
    const input = stageInput(data, {
      config,
      profile,
      review: huaibeiReview,
      calendar,
      now: "2026-11-27T02:00:00Z",
      units,
      systems: systems({ application: 1, date: "2026-10-12", zone: "test", production: "2026-11-20" }),
    });
    expect(input.deliveryEdits).toEqual([
      { file: DELIVERY, unit: "hb-edu", system: "edu-platform", confirmation: "opening" },
    ]);
    expect(server.requests.some((r) => r.path.endsWith("/teams/telecom/members"))).toBe(true);
    const r = computeStage(input);
    expect(r.confirmation).toEqual({ kind: "opening" });
    expect(r.stage).toBe("completed");
    expect(r.approvals.map((a) => [a.user, a.role])).toEqual([
      ["wang-lei-hb", "unit"],
      ["dx-eng", "implementers"],
      ["adm-a", "approvers"],
    ]);
  });
});
