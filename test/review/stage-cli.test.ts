import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UsageError } from "../../scripts/cli/git.ts";
import { runStage } from "../../scripts/cli/stage.ts";
import { examplesRepo, fixtureRepo, repoRoot } from "../helpers/repo.ts";

const APP = "requests/sz-edu/student-registry/0002-change.yaml";
const fixtures = join(repoRoot, "test/review/fixtures/github/webhooks");
let dir: string;

/** 示例仓库的副本，只把 webhook 示例的作者 Codertocat 登记为 sz-edu 的授权代理人。 */
beforeAll(() => {
  dir = fixtureRepo({ prefix: "govcloud-stage-" });
  const unit = join(dir, "requests/sz-edu/unit.yaml");
  writeFileSync(
    unit,
    `${readFileSync(unit, "utf8")}  - name: 测试代理人
    github: Codertocat
    position: 工程师
    phone: "0755-88120009"
    inService: true
    scope: own
    validFrom: 2026-01-01
    validTo: 2026-12-31
    stampedBy: own
`,
  );
  writeFileSync(
    join(dir, "context.json"),
    JSON.stringify({
      files: [{ filename: APP, status: "added" }],
      // webhook 示例的 head 提交 ec26c3e…，提交时间放在日历覆盖的年份
      // pushedAt：GitHub 记录的推送时间（检查套件的建立时间），审查从它起算
      commits: [
        {
          sha: "ec26c3e57ca3a959ca5aad62de7213c562f8c821",
          date: "2026-11-24T02:00:00Z",
          pushedAt: "2026-11-24T02:00:00Z",
        },
      ],
      teams: { "sz-govcloud/reviewers": ["rev-a"], "sz-govcloud/approvers": ["appr-a"] },
      validation: "passed",
    }),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function stage(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runStage(
    [...args, "--root", dir, "--now", "2026-11-25T02:00:00Z"],
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
const event = (name: string) => join(fixtures, `${name}.json`);

describe("govcloud stage --event (offline)", () => {
  it("an opened pull request with a passing validation is in 审查", async () => {
    const r = await stage("--event", event("pull_request.opened"), "--context", "context.json");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n").slice(0, 4)).toEqual([
      "PR #2 · 阶段：审查（自 2026-11-24 10:00）",
      "等待：审查人员 @sz-govcloud/reviewers",
      "截止：2026-11-25（还有 0 个工作日）",
      "说明：",
    ]);
  });

  it("the author's own approval (GitHub's submitted review, state changed to approved) does not count", async () => {
    const r = await stage(
      "--event",
      event("pull_request_review.submitted.approved"),
      "--context",
      "context.json",
      "--format",
      "json",
    );
    const json = JSON.parse(r.stdout) as { stage: string; reasons: { code: string; message: string }[] };
    expect(json.stage).toBe("review");
    expect(json.reasons.map((x) => x.code)).toEqual(["waiting", "self-approval"]);
    expect(json.reasons[1]?.message).toBe(
      "@Codertocat 是发起人，自己的批准不计入：审查、审批由市大数据资源管理中心负责。",
    );
  });

  it("a merged pull request without approvals is in 实施 and says so", async () => {
    const r = await stage(
      "--event",
      event("pull_request.closed.merged"),
      "--context",
      "context.json",
      "--format",
      "markdown",
      "--lang",
      "en",
    );
    expect(r.stdout).toContain("<!-- govcloud:stage -->\n### PR #2 · Stage: Implementation");
    expect(r.stdout).toContain("without a complete review and approval record");
  });

  it("a labeled example keeps its labels; the consultant label is read from the payload", async () => {
    const r = await stage(
      "--event",
      event("pull_request.labeled"),
      "--context",
      "context.json",
      "--format",
      "json",
    );
    expect((JSON.parse(r.stdout) as { stage: string }).stage).toBe("review");
  });

  it("runs govcloud validate on --root when the context has no validation", async () => {
    const ctx = JSON.parse(readFileSync(join(dir, "context.json"), "utf8")) as Record<string, unknown>;
    delete ctx.validation;
    writeFileSync(join(dir, "context-novalidation.json"), JSON.stringify(ctx));
    const r = await stage(
      "--event",
      event("pull_request.opened"),
      "--context",
      "context-novalidation.json",
      "--format",
      "json",
    );
    expect((JSON.parse(r.stdout) as { stage: string }).stage).toBe("review");
  });

  it("an unauthorized author stays in 发起", async () => {
    let stdout = "";
    const code = await runStage(
      [
        "--event",
        event("pull_request.opened"),
        "--context",
        join(dir, "context.json"),
        "--root",
        examplesRepo(),
        "--now",
        "2026-11-25",
      ],
      {
        stdout: (s) => {
          stdout += s;
        },
        stderr: () => {},
        cwd: repoRoot,
        colorDefault: false,
      },
      { env: {} },
    );
    expect(code).toBe(0);
    expect(stdout.split("\n").slice(0, 4)).toEqual([
      "PR #2 · 阶段：发起（自 2019-05-15 23:20）",
      "等待：发起人 @Codertocat",
      "说明：",
      "  ✗ @Codertocat 不是 深圳市教育局（requests/sz-edu/） 的授权代理人，改动了 requests/sz-edu/student-registry/0002-change.yaml。申请须由持有有效授权委托书（附件3）的代理人提交：请该单位在 unit.yaml 的 agents 中登记（或续期）授权，合并后再提交。 〔第17条〕",
    ]);
  });

  it.each([
    [
      ["--event", "x.json", "--pr", "1"],
      "请给出 --pr <编号>（读 GitHub）或 --event <载荷文件>（离线）之一。",
    ],
    [["--event", "missing.json"], "找不到事件文件 missing.json。"],
    [
      ["--event", event("pull_request.opened")],
      "离线模式需要改动的文件：在 --context 中给出 files，或用 --changed-from <引用>。",
    ],
    [["--pr", "1"], "--pr 需要环境变量 GITHUB_REPOSITORY（形如 owner/repo）。"],
    [["--event", "x.json", "--write"], "--write 只能与 --pr 一起使用。"],
    [["--pr", "1", "--format", "sarif"], "--format 只能是 text、json、markdown，这里是 sarif。"],
  ])("usage error %j", async (args, message) => {
    const error = await stage(...args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).zh).toBe(message);
  });

  it("a broken configuration is reported with its place, exit 2", async () => {
    const broken = mkdtempSync(join(tmpdir(), "govcloud-stage-broken-"));
    cpSync(join(repoRoot, "catalog"), join(broken, "catalog"), { recursive: true });
    cpSync(join(repoRoot, ".github"), join(broken, ".github"), { recursive: true });
    writeFileSync(join(broken, ".github/govcloud-review.yaml"), "roles:\n  reviewers: {}\n");
    let stderr = "";
    const code = await runStage(
      ["--event", event("pull_request.opened"), "--context", join(dir, "context.json"), "--root", broken],
      {
        stdout: () => {},
        stderr: (s) => {
          stderr += s;
        },
        cwd: broken,
        colorDefault: false,
      },
      { env: {} },
    );
    rmSync(broken, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(stderr).toContain(".github/govcloud-review.yaml:2:3 /roles：缺少必填字段 approvers。");
  });

  it.each([
    [
      "a profile: line that disagrees with govcloud.yaml",
      { ".github/govcloud-review.yaml": (s: string) => `${s}profile: huaibei\n` },
      "/profile：审查流程配置的 profile 为 huaibei，而仓库的 profile（govcloud.yaml）为 shenzhen。",
    ],
    [
      "a govcloud.yaml naming no registered profile",
      { "govcloud.yaml": () => "profile: atlantis\n" },
      "govcloud.yaml:1:1：govcloud.yaml 的 profile 为 “atlantis”，不是登记的规范：请写 shenzhen、huaibei 之一。",
    ],
  ])("%s is reported with its place, exit 2", async (_, edits, message) => {
    const root = mkdtempSync(join(tmpdir(), "govcloud-stage-profile-"));
    cpSync(join(repoRoot, "catalog"), join(root, "catalog"), { recursive: true });
    cpSync(join(repoRoot, ".github"), join(root, ".github"), { recursive: true });
    cpSync(join(repoRoot, "govcloud.yaml"), join(root, "govcloud.yaml"));
    for (const [file, edit] of Object.entries(edits) as [string, (s: string) => string][])
      writeFileSync(join(root, file), edit(readFileSync(join(root, file), "utf8")));
    let stderr = "";
    const code = await runStage(
      ["--event", event("pull_request.opened"), "--context", join(dir, "context.json"), "--root", root],
      {
        stdout: () => {},
        stderr: (s) => {
          stderr += s;
        },
        cwd: root,
        colorDefault: false,
      },
      { env: {} },
    );
    rmSync(root, { recursive: true, force: true });
    expect(code).toBe(2);
    expect(stderr).toContain(message);
  });
});
