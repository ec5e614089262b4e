import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runAudit } from "../../scripts/cli/audit.ts";
import { defaultAuditConfig } from "../../scripts/core/audit/config.ts";
import {
  type DesiredIssue,
  type ExistingIssue,
  issueMarker,
  markerKey,
  type PlanOptions,
  planIssueSync,
} from "../../scripts/core/audit/issues.ts";
import {
  botIssue,
  examplePull,
  type FakeGitHub,
  restFixture,
  type Seed,
  startFakeGitHub,
} from "../helpers/github-server.ts";
import { examplesRepo, examplesRoot, repoRoot } from "../helpers/repo.ts";

const LOW = "low-load/sz-edu/student-registry/app";
const want = (key: string, body = `${issueMarker(key)}\nbody`): DesiredIssue => ({
  key,
  check: key.split("/")[0] as DesiredIssue["check"],
  title: `t ${key}`,
  body,
  labels: ["govcloud-audit", "审计/低负载"],
});
const have = (number: number, key: string, extra: Partial<ExistingIssue> = {}): ExistingIssue => ({
  number,
  title: `t ${key}`,
  body: `${issueMarker(key)}\nbody`,
  state: "open",
  stateReason: null,
  labels: ["govcloud-audit", "审计/低负载"],
  author: { login: "github-actions[bot]", type: "Bot" },
  ...extra,
});
const options: PlanOptions = {
  checked: ["low-load", "test-expired"],
  undetermined: [],
  maxCreate: 50,
  isOwn: (i) => i.author.type === "Bot",
  lang: "zh",
  today: "2026-11-25",
};

describe("planning the issue sync (pure)", () => {
  it("the marker carries the stable key", () => {
    expect(issueMarker(LOW)).toBe(`<!-- govcloud-audit: ${LOW} -->`);
    expect(markerKey(`x\n${issueMarker(LOW)}\ny`)).toBe(LOW);
    expect(markerKey("no marker")).toBeUndefined();
  });

  it.each<[string, DesiredIssue[], ExistingIssue[], Partial<PlanOptions>, unknown[]]>([
    ["new finding → create", [want(LOW)], [], {}, [{ kind: "create", key: LOW }]],
    ["same content → nothing to write", [want(LOW)], [have(5, LOW)], {}, [{ kind: "unchanged", number: 5 }]],
    [
      "new figures → update the body",
      [want(LOW, `${issueMarker(LOW)}\nnew`)],
      [have(5, LOW)],
      {},
      [{ kind: "update", number: 5, body: `${issueMarker(LOW)}\nnew` }],
    ],
    [
      "a label removed by hand comes back, other labels kept",
      [want(LOW)],
      [have(5, LOW, { labels: ["govcloud-audit", "urgent"] })],
      {},
      [{ kind: "update", number: 5, labels: ["govcloud-audit", "urgent", "审计/低负载"] }],
    ],
    [
      "closed as completed but back → reopen the same issue",
      [want(LOW)],
      [have(5, LOW, { state: "closed", stateReason: "completed" })],
      {},
      [{ kind: "update", number: 5, reopen: true }],
    ],
    [
      "closed as not planned → left closed",
      [want(LOW)],
      [have(5, LOW, { state: "closed", stateReason: "not_planned" })],
      {},
      [{ kind: "suppressed", number: 5 }],
    ],
    [
      "gone → comment and close as completed",
      [],
      [have(5, LOW)],
      {},
      [
        {
          kind: "close",
          number: 5,
          reason: "completed",
          comment: "夜间审计 2026-11-25 没有再发现这个问题，自动关闭。",
        },
      ],
    ],
    [
      "gone, but the check did not run tonight → left open",
      [],
      [have(5, LOW)],
      { checked: ["test-expired"] },
      [],
    ],
    ["gone, but tonight's data could not tell → left open", [], [have(5, LOW)], { undetermined: [LOW] }, []],
    [
      "someone else's issue with a copied marker is not ours",
      [want(LOW)],
      [have(5, LOW, { author: { login: "mallory", type: "User" } })],
      {},
      [{ kind: "create", key: LOW }],
    ],
    [
      "duplicates from an old race: keep the lowest, close the rest",
      [want(LOW)],
      [have(9, LOW), have(5, LOW)],
      {},
      [
        { kind: "close", number: 9, reason: "not_planned", comment: "与 #5 重复，关闭。" },
        { kind: "unchanged", number: 5 },
      ],
    ],
    [
      "past the per-run limit → deferred to the next night",
      [want(LOW), want("test-expired/a/b/c")],
      [],
      { maxCreate: 1 },
      [
        { kind: "create", key: LOW },
        { kind: "deferred", key: "test-expired/a/b/c" },
      ],
    ],
  ])("%s", (_name, desired, existing, extra, expected) => {
    const actions = planIssueSync(desired, existing, { ...options, ...extra });
    expect(actions).toHaveLength(expected.length);
    for (const [i, e] of expected.entries()) expect(actions[i]).toMatchObject(e as object);
  });
});

const APP = "requests/sz-edu/student-registry/0002-change.yaml";
const WINDOW = ["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24"];

/** 种子：打开的 PR 1347（示例派生，同 test/review 的 stage 测试：发起人改为授权代理人、11-23 提交、validate 通过）；
 *  一个上次运行留下、已经解决的测试资源 issue；一个有人照抄了标记的普通 issue。 */
function seed(): Seed {
  const review = examplePull();
  return {
    teams: {
      "sz-govcloud/reviewers": ["octocat"],
      "sz-govcloud/approvers": ["appr-a"],
      "sz-govcloud/consultants": ["cons-a"],
      "sz-govcloud/provider-engineers": ["eng-a"],
    },
    pulls: {
      1347: {
        pull: {
          ...review.pull,
          user: { ...(review.pull.user as object), login: "zhang-xiaoming" },
          created_at: "2026-11-23T01:00:00Z",
        },
        files: [{ ...(review.files[0] as object), filename: APP }],
        commits: review.commits,
        reviews: [],
        checkRuns: [{ ...(review.checkRuns[0] as object), name: "validate", conclusion: "success" }],
        checkSuites: [],
        contents: { [APP]: readFileSync(`${examplesRoot}/${APP}`, "utf8") },
      },
    },
    comments: [],
    statuses: [],
    issues: [
      botIssue({
        number: 41,
        title: "[审计] 测试资源已于 2026-11-01 到期未回收：深圳市教育考试院考试报名系统 test-web",
        body: `${issueMarker("test-expired/sz-edu-exam/exam-registration/test-web")}\n旧的发现`,
        labels: ["govcloud-audit", "审计/测试资源逾期"],
      }),
      botIssue({
        number: 42,
        title: "照抄的",
        body: `${issueMarker(LOW)}\n有人手写的 issue`,
        labels: ["govcloud-audit"],
        user: {
          ...(restFixture<{ user: object }>("issue-comment").user as object),
          login: "octocat",
          type: "User",
        },
      }),
    ],
  };
}

let dir: string;
let server: FakeGitHub | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "govcloud-audit-"));
  const rows = (cpu: string) =>
    ["10.21.3.11", "10.21.3.12"].flatMap((h) => WINDOW.map((d) => `${h},${d},${cpu},20,24`));
  writeFileSync(
    join(dir, "idle.csv"),
    ["host,date,cpu_avg,cpu_peak,mem_avg,mem_peak", ...rows("2.5,30")].join("\n"),
  );
  writeFileSync(
    join(dir, "busy.csv"),
    [
      "host,date,cpu_avg,cpu_peak,mem_avg,mem_peak",
      ...rows("50,90").map((r) => r.replace(",20,24", ",60,70")),
    ].join("\n"),
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function audit(args: string[]) {
  let stdout = "";
  let stderr = "";
  const code = await runAudit(
    ["--root", examplesRepo(), "--now", "2026-11-25", "--open-issues", ...args],
    {
      stdout: (s) => {
        stdout += s;
      },
      stderr: (s) => {
        stderr += s;
      },
      cwd: repoRoot,
      colorDefault: false,
    },
    {
      env: { GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "octocat/Hello-World", GITHUB_API_URL: server?.url },
      isTTY: false,
      noWait: true,
    },
  );
  return { code, stdout, stderr };
}

const writes = () => (server?.requests ?? []).filter((r) => r.method !== "GET");
const ours = (key: string) =>
  (server?.state.issues ?? []).filter(
    (i) => markerKey(String(i.body)) === key && (i.user as { type: string }).type === "Bot",
  );

describe("govcloud audit --open-issues against the local GitHub server", () => {
  it("keeps one issue per finding over several nights: created, unchanged, closed, reopened, never duplicated", async () => {
    server = await startFakeGitHub(seed());
    const idle = `file:${join(dir, "idle.csv")}`;
    const busy = `file:${join(dir, "busy.csv")}`;

    // 第一晚：低负载与超时的审查阶段各建一个 issue；已解决的测试资源 issue 评论后关闭；照抄标记的人工 issue 不动
    const first = await audit(["--metrics", idle]);
    expect(first.code).toBe(0);
    expect(first.stderr).toBe("govcloud audit：issue 新建 2，更新 0，重新打开 0，关闭 1，未变 0。\n");
    const low = ours(LOW);
    expect(low).toHaveLength(1);
    expect(((low[0]?.labels ?? []) as { name: string }[]).map((l) => l.name)).toEqual([
      "govcloud-audit",
      "审计/低负载",
    ]);
    await expect(String(low[0]?.body)).toMatchFileSnapshot("golden/low-load.issue.md");
    const late = ours("stage-late/pr-1347/review");
    expect(late.map((i) => i.title)).toEqual(["[审计] PR #1347 的审查阶段已超时（截止 2026-11-24）"]);
    expect(server.state.issues.find((i) => i.number === 41)).toMatchObject({
      state: "closed",
      state_reason: "completed",
    });
    expect(server.state.comments).toHaveLength(1);
    expect(server.commentsOn(41).map((c) => c.body)).toEqual([
      "夜间审计 2026-11-25 没有再发现这个问题，自动关闭。",
    ]);
    expect(server.state.issues.find((i) => i.number === 42)?.body).toBe(
      `${issueMarker(LOW)}\n有人手写的 issue`,
    );

    // 第二晚，同样的数据：什么都不写
    const before = writes().length;
    const second = await audit(["--metrics", idle]);
    expect(second.stderr).toBe("govcloud audit：issue 新建 0，更新 0，重新打开 0，关闭 0，未变 2。\n");
    expect(writes().length).toBe(before);

    // 没有利用率数据的夜里：低负载检查没有运行，它的 issue 不当作已解决
    expect((await audit([])).stderr).toBe(
      "govcloud audit：issue 新建 0，更新 0，重新打开 0，关闭 0，未变 1。\n",
    );
    expect(ours(LOW)[0]?.state).toBe("open");

    // 主机忙起来了：低负载 issue 关闭
    expect((await audit(["--metrics", busy])).stderr).toBe(
      "govcloud audit：issue 新建 0，更新 0，重新打开 0，关闭 1，未变 1。\n",
    );
    expect(ours(LOW)[0]).toMatchObject({ state: "closed", state_reason: "completed" });

    // 又空闲了：重新打开同一个 issue，而不是再建一个
    expect((await audit(["--metrics", idle])).stderr).toBe(
      "govcloud audit：issue 新建 0，更新 0，重新打开 1，关闭 0，未变 1。\n",
    );
    expect(ours(LOW).map((i) => [i.number, i.state])).toEqual([[low[0]?.number, "open"]]);
  });

  it("an issue whose audit label was removed by hand is found by its marker, not created again", async () => {
    const unlabeled = botIssue({
      number: 43,
      title: "旧标题",
      body: `${issueMarker(LOW)}\n旧的`,
      labels: ["讨论中"],
    });
    server = await startFakeGitHub({ ...seed(), issues: [unlabeled] });
    const run = await audit(["--metrics", `file:${join(dir, "idle.csv")}`]);
    expect(run.stderr).toBe("govcloud audit：issue 新建 1，更新 1，重新打开 0，关闭 0，未变 0。\n");
    expect(ours(LOW).map((i) => [i.number, (i.labels as { name: string }[]).map((l) => l.name)])).toEqual([
      [43, ["讨论中", "govcloud-audit", "审计/低负载"]],
    ]);
  });

  it("when the token cannot read the teams, the other checks still run and the stage issues stay as they are", async () => {
    const late = botIssue({
      number: 44,
      title: "[审计] PR #1347 的审查阶段已超时（截止 2026-11-24）",
      body: `${issueMarker("stage-late/pr-1347/review")}\n…`,
      labels: ["govcloud-audit", "审计/阶段超时"],
    });
    server = await startFakeGitHub({ ...seed(), teams: {}, issues: [late] });
    const run = await audit(["--metrics", `file:${join(dir, "idle.csv")}`]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^govcloud: 读不到团队 sz-govcloud\/\S+ 的成员（HTTP 404）/);
    expect(run.stderr).toMatch(/issue 新建 1，更新 0，重新打开 0，关闭 0，未变 0。\n$/);
    expect(run.stdout).toContain("- 读不到打开的 PR（读不到团队");
    expect(server.state.issues.find((i) => i.number === 44)?.state).toBe("open");
  });

  // 两条发现（低负载、阶段超时）。第一条的 POST 报 502：不自动重试，先按标记重新列出，没建成才再建一次
  it.each([
    ["was in fact created: found, not created again", true, 2],
    ["was not created: created once more", false, 3],
  ])("a 5xx on creating an issue that %s", async (_name, created, posts) => {
    server = await startFakeGitHub({ ...seed(), issues: [] });
    server.fail("POST", /\/issues$/, 502, { commit: created });
    const run = await audit(["--metrics", `file:${join(dir, "idle.csv")}`]);
    expect(run.code).toBe(0);
    expect(ours(LOW)).toHaveLength(1);
    expect(server.requests.filter((r) => r.method === "POST" && /\/issues$/.test(r.path))).toHaveLength(
      posts,
    );
    expect(server.state.issues).toHaveLength(2);
  });

  it("without a token it refuses with a usage message", async () => {
    await expect(
      runAudit(
        ["--open-issues"],
        { stdout: () => {}, stderr: () => {}, cwd: repoRoot, colorDefault: false },
        { env: {} },
      ),
    ).rejects.toMatchObject({
      zh: "--open-issues 与 --prs github 需要环境变量 GITHUB_TOKEN 与 GITHUB_REPOSITORY（形如 owner/repo）。",
    });
  });

  it("uses the configured labels", () => {
    expect(defaultAuditConfig.issues.label).toBe("govcloud-audit");
  });
});
