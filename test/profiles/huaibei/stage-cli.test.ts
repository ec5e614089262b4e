import { appendFileSync, cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runStage } from "../../../scripts/cli/stage.ts";
import { repoRoot } from "../../helpers/repo.ts";

/**
 * govcloud stage --event (offline) on a copy of the bundled Huaibei example repository
 * (govcloud.yaml profile: huaibei, its .github/govcloud-review.yaml). The webhook examples' author Codertocat
 * is registered as an agent of 淮北市教育局; the clock is pinned.
 */
const webhooks = join(repoRoot, "test/review/fixtures/github/webhooks");
const HEAD = "ec26c3e57ca3a959ca5aad62de7213c562f8c821";
const OLD = "1111111111111111111111111111111111111111";
const APP = "requests/hb-edu/exam-system/0001-migrate.yaml";
const DELIVERY = "requests/hb-edu/smart-edu/deliveries/0001.yaml";
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "govcloud-hb-stage-"));
  cpSync(join(repoRoot, "examples/huaibei"), dir, { recursive: true });
  cpSync(join(repoRoot, "catalog"), join(dir, "catalog"), { recursive: true });
  appendFileSync(
    join(dir, "requests/hb-edu/unit.yaml"),
    "  - name: 测试经办人\n    github: Codertocat\n    position: 工程师\n    phone: 0561-3112009\n    email: test@hbedu.example.gov.cn\n    validFrom: 2026-01-01\n",
  );
  const teams = {
    "hb-govcloud/administration": ["adm-a"],
    "hb-govcloud/telecom": ["dx-eng"],
    "hb-govcloud/mobile": ["yd-eng"],
  };
  const review = (login: string, commit: string, at: string) => ({
    user: { login },
    state: "APPROVED",
    commit_id: commit,
    submitted_at: at,
  });
  const context = (files: string[], extra: object) =>
    JSON.stringify({
      files: files.map((filename) => ({ filename, status: "modified" })),
      commits: [{ sha: HEAD, date: "2026-09-29T01:00:00Z", pushedAt: "2026-09-29T01:00:00Z" }],
      teams,
      validation: "passed",
      ...extra,
    });
  writeFileSync(join(dir, "application.json"), context([APP], {}));
  writeFileSync(
    join(dir, "confirmation.json"),
    context([DELIVERY], { reviews: [review("adm-a", HEAD, "2026-09-30T02:00:00Z")] }),
  );
  writeFileSync(
    join(dir, "stale.json"),
    context([DELIVERY], {
      reviews: [review("adm-a", OLD, "2026-09-28T02:00:00Z"), review("dx-eng", OLD, "2026-09-28T03:00:00Z")],
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function stage(context: string, now: string, ...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runStage(
    [
      "--event",
      join(webhooks, "pull_request.opened.json"),
      "--context",
      context,
      "--root",
      dir,
      "--now",
      now,
      ...args,
    ],
    {
      stdout: (s) => {
        stdout += s;
      },
      stderr: (s) => {
        stderr += s;
      },
      cwd: dir,
      colorDefault: false,
    },
    { env: {} },
  );
  return { code, stdout, stderr };
}

describe("govcloud stage on a Huaibei repository", () => {
  it("an application in 评估 past its 5 working days (National Day holiday, make-up Saturday) is late", async () => {
    const r = await stage("application.json", "2026-10-13T02:00:00Z");
    expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
    expect(r.stdout.split("\n").slice(0, 6)).toEqual([
      "PR #2 · 阶段：评估（自 2026-09-29 09:00）",
      "等待：市政务云主管部门（评估） @hb-govcloud/administration",
      "截止：2026-10-12（已超过 1 个工作日）",
      "说明：",
      "  · 等待市政务云主管部门（评估）评估：核对申请材料是否齐全，按系统正常运行所需的合理值确认云资源（批准即评估通过；材料不全的请“要求修改”），原则上在 5 个工作日内完成，截止 2026-10-12。 〔第13条〕",
      "  · 评估已超过时限：应于 2026-10-12 前完成。 〔第13条〕",
    ]);
    expect(r.stdout).not.toContain("有效期");
  });

  it("a confirmation PR opened by the unit's agent and approved by the administration waits for the system's carrier", async () => {
    const r = await stage("confirmation.json", "2026-09-30T08:00:00Z", "--format", "markdown");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("### PR #2 · 阶段：三方确认（自 2026-09-29 09:00）");
    expect(r.stdout).toContain("**等待**：云服务商工程师 @hb-govcloud/telecom");
    expect(r.stdout).toContain(
      "等待云服务商工程师确认《淮北市政务云资源开通确认单（附件5）》：各方须有一人在 PR 上批准最新提交（同一人只能代表一方），规范未规定时限。 〔第15条〕",
    );
    expect(r.stdout).toContain("三方确认 @Codertocat（使用单位），三方确认 @adm-a（市政务云主管部门）");
  });

  it("approvals of an earlier commit are stale after a new push (English)", async () => {
    const r = await stage("stale.json", "2026-09-30T08:00:00Z", "--lang", "en", "--format", "json");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as {
      stage: string;
      stageName: string;
      confirmation: { kind: string };
      approvals: { user: string; role: string }[];
      reasons: { code: string; message: string }[];
    };
    expect(json).toMatchObject({ stage: "confirmation", stageName: "Three-party confirmation" });
    expect(json.confirmation).toEqual({ kind: "opening" });
    expect(json.approvals.map((a) => [a.user, a.role])).toEqual([["Codertocat", "unit"]]);
    expect(json.reasons.filter((x) => x.code === "stale-approval").map((x) => x.message)).toEqual([
      "@adm-a approved the older commit 1111111; ec26c3e was pushed since: an approval only holds for the commit it approved, so the change needs review again.",
      "@dx-eng approved the older commit 1111111; ec26c3e was pushed since: an approval only holds for the commit it approved, so the change needs review again.",
    ]);
  });
});
