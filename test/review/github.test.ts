import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import {
  createOctokit,
  GitHubAccessError,
  type GitHubClient,
  githubClient,
  writeStage,
} from "../../scripts/adapters/github.ts";
import { runStage } from "../../scripts/cli/stage.ts";
import { computeStage } from "../../scripts/core/review/machine.ts";
import { commentMarker } from "../../scripts/core/review/render.ts";
import { shenzhen } from "../../scripts/profiles/shenzhen/index.ts";
import {
  exampleSeed,
  type FakeGitHub,
  type PullSeed,
  restFixture,
  type Seed,
  startFakeGitHub,
} from "../helpers/github-server.ts";
import { examplesRepo, examplesRoot, repoRoot } from "../helpers/repo.ts";
import { baseInput, config } from "./helpers.ts";

const repo = { owner: "octocat", repo: "Hello-World" };
let server: FakeGitHub | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** 示例中的 PR 1347（种子里唯一的 PR） */
const example = (seed: Seed) => seed.pulls[1347] as PullSeed;

/** 连到本地替身的客户端；noWait：重试与限流照常，只是不真的等待 */
async function client(seed = exampleSeed(), noWait = true): Promise<GitHubClient> {
  server = await startFakeGitHub(seed);
  return githubClient(createOctokit({ token: "test-token", baseUrl: server.url, noWait }), repo);
}

/** 发到某个路径的请求次数 */
const sent = (method: string, path: RegExp) =>
  (server?.requests ?? []).filter((r) => r.method === method && path.test(r.path)).length;

describe("reading GitHub (GitHub's published REST examples)", () => {
  it("maps the pull request, files, commits, reviews and labels", async () => {
    const gh = await client();
    expect(await gh.readPullRequest(1347)).toEqual({
      pr: {
        number: 1347,
        author: "octocat",
        createdAt: "2011-01-26T19:01:12Z",
        headSha: "6dcb09b5b57875f334f61aebed695e2e4193db5e",
        draft: false,
        state: "open",
        merged: false,
        fromFork: false,
      },
      labels: ["bug"],
      files: [{ path: "file1.txt", status: "added" }],
      // pushedAt：check-suite-paginated 的 created_at（GitHub 记录的时间），不是提交自己的时间
      commits: [
        {
          sha: "6dcb09b5b57875f334f61aebed695e2e4193db5e",
          date: "2011-04-14T16:00:49Z",
          pushedAt: "2011-01-26T19:01:12Z",
        },
      ],
      reviews: [
        {
          user: "octocat",
          state: "APPROVED",
          commitId: "ecdd80bb57125d7ba9641ffaa4d7d2c19d3f3091",
          submittedAt: "2019-11-17T17:43:43Z",
          body: "Here is the body for the review.",
        },
      ],
    });
  });

  it("survives a deleted head branch and a deleted fork: only the base repository and the sha are used", async () => {
    const seed = exampleSeed();
    const pr = example(seed);
    // 派生：pull-request 示例只改 head.repo 为 null（fork 被删除后 GitHub 就是这样返回的）
    pr.pull = { ...pr.pull, head: { ...(pr.pull.head as object), repo: null } };
    pr.contents = { "requests/a.yaml": "x: 1\n" };
    const gh = await client(seed);
    const data = await gh.readPullRequest(1347);
    expect(data.pr.fromFork).toBe(true);
    expect(await gh.fileText("requests/a.yaml", data.pr.headSha)).toBe("x: 1\n");
    expect(server?.requests.every((r) => r.path.startsWith("/repos/octocat/Hello-World/"))).toBe(true);
    expect(server?.requests.some((r) => /\/git\/refs|\/branches\//.test(r.path))).toBe(false);
  });

  it("reads team members, the validation check and file contents", async () => {
    const seed = exampleSeed();
    example(seed).contents = { "requests/x/y/0001-new.yaml": "type: new\n" };
    const gh = await client(seed);
    expect(await gh.teamMembers("sz-govcloud/reviewers")).toEqual(["octocat"]);
    // check-run-paginated 的唯一检查名为 mighty_readme，结论 neutral
    expect(await gh.validation("6dcb09b", "mighty_readme")).toEqual({ state: "passed" });
    expect(await gh.validation("6dcb09b", "validate")).toEqual({ state: "missing" });
    expect(await gh.fileText("requests/x/y/0001-new.yaml", "6dcb09b")).toBe("type: new\n");
    expect(await gh.fileText("requests/x/y/missing.yaml", "6dcb09b")).toBeUndefined();
  });

  it("says what to do when a team cannot be read", async () => {
    const gh = await client();
    const error = await gh.teamMembers("sz-govcloud/approvers").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GitHubAccessError);
    expect((error as GitHubAccessError).zh).toContain("请改用有 members:read 权限的 GitHub App 令牌");
  });
});

describe("retries (@octokit/plugin-retry and plugin-throttling)", () => {
  const head = "6dcb09b5b57875f334f61aebed695e2e4193db5e";
  // GitHub 限流应答的 message 原文（docs.github.com 的 REST 限流说明）
  const secondary =
    "You have exceeded a secondary rate limit. Please wait a few minutes before you try again.";
  const primary = "API rate limit exceeded for installation ID 1.";

  it("retries a 502 on a read", async () => {
    const gh = await client();
    server?.fail("GET", /\/pulls\/1347$/, 502);
    expect((await gh.readPullRequest(1347)).pr.number).toBe(1347);
    expect(sent("GET", /\/pulls\/1347$/)).toBe(2);
  });

  it("waits for retry-after on a 429 (for real: one second)", async () => {
    const gh = await client(exampleSeed(), false);
    server?.fail("GET", /\/reviews$/, 429, { headers: { "retry-after": "1" }, message: secondary });
    expect((await gh.readPullRequest(1347)).reviews).toHaveLength(1);
    expect(sent("GET", /\/reviews$/)).toBe(2);
  });

  it("waits for the reset of an exhausted rate limit", async () => {
    const gh = await client();
    // 重置时间已过（0 = 1970 年）：插件算出的等待为 1 秒（noWait 下不真等）
    server?.fail("GET", /\/files$/, 403, {
      headers: { "x-ratelimit-remaining": "0", "x-ratelimit-reset": "0" },
      message: primary,
    });
    expect((await gh.readPullRequest(1347)).files).toHaveLength(1);
    expect(sent("GET", /\/files$/)).toBe(2);
  });

  it.each([
    [
      "an exhausted rate limit that resets in an hour",
      403,
      { "x-ratelimit-remaining": "0", "x-ratelimit-reset": String(Math.floor(Date.now() / 1000) + 3600) },
      primary,
    ],
    ["a secondary rate limit asking for two minutes", 429, { "retry-after": "120" }, secondary],
  ])(
    "does not wait more than 60 s: %s fails at once, saying why",
    async (_name, status, headers, message) => {
      const gh = await client();
      server?.fail("GET", /\/pulls\/1347$/, status, { headers, message });
      const error = await gh.readPullRequest(1347).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GitHubAccessError);
      expect((error as GitHubAccessError).zh).toMatch(
        /^GitHub 的 API 限流要 \d+ 秒后才解除，超过了本次运行最多等待的 60 秒（GET \/repos\/\{owner\}\/\{repo\}\/pulls\/\{pull_number\}）：请稍后重新运行。$/,
      );
      expect(sent("GET", /\/pulls\/1347$/)).toBe(1);
    },
  );

  it("gives up after three retries, and never retries a 403 or 404 that is not a rate limit", async () => {
    const gh = await client();
    server?.fail("GET", /\/pulls\/1347$/, 503, { times: 10 });
    await expect(gh.readPullRequest(1347)).rejects.toMatchObject({ status: 503 });
    expect(sent("GET", /\/pulls\/1347$/)).toBe(4);

    server?.fail("GET", /\/commits\/[^/]+\/status$/, 403, {
      message: "Resource not accessible by integration",
    });
    await expect(gh.currentStatus(head, "govcloud/stage")).rejects.toMatchObject({ status: 403 });
    expect(sent("GET", /\/status$/)).toBe(1);
    expect(await gh.fileText("requests/x/y/missing.yaml", head)).toBeUndefined();
    expect(sent("GET", /\/contents\//)).toBe(1);
  });

  it.each([
    ["the comment was not created: posted once more", false, 2],
    ["the comment was created after all: found, not posted again", true, 1],
  ])("a 5xx on creating the comment is not retried blindly; %s", async (_name, created, posts) => {
    const gh = await client();
    server?.fail("POST", /\/issues\/1347\/comments$/, 502, { commit: created });
    const result = computeStage(baseInput());
    const report = await writeStage(
      gh,
      { number: 1347, headSha: head, labels: ["bug"] },
      result,
      config,
      shenzhen.review,
    );
    expect(report.comment).toBe("created");
    expect(sent("POST", /\/comments$/)).toBe(posts);
    expect(server?.state.comments.filter((c) => String(c.body).includes(commentMarker))).toHaveLength(1);
  });
});

describe("writing the stage", () => {
  const head = "6dcb09b5b57875f334f61aebed695e2e4193db5e";

  it("adds and removes only its own labels, sets the status, keeps one comment", async () => {
    const seed = exampleSeed();
    // 派生：issue-comment-items[0] 只改 body：别人的评论里也有标记，机器人不能去编辑它
    seed.comments = [
      ...seed.comments,
      { ...(seed.comments[0] as object), id: 2, body: `${commentMarker} 伪造` },
    ];
    const gh = await client(seed);
    const current = { number: 1347, headSha: head, labels: ["bug", "阶段/发起"] };
    const review = computeStage(baseInput());

    const first = await writeStage(gh, current, review, config, shenzhen.review);
    expect(first).toMatchObject({
      labelsAdded: ["阶段/审查"],
      labelsRemoved: ["阶段/发起"],
      status: "created",
      comment: "created",
      skipped: [],
    });
    expect(server?.labels(1347)).toEqual(["bug", "阶段/审查"]);
    expect(server?.state.statuses[0]).toMatchObject({
      context: "govcloud/stage",
      state: "pending",
      description: "审查：等待审查人员，截止 2026-09-29",
    });
    const before = server?.requests.length ?? 0;

    // 第二次：什么都没变，只读不写
    const again = await writeStage(
      gh,
      { ...current, labels: server?.labels(1347) ?? [] },
      review,
      config,
      shenzhen.review,
    );
    expect(again).toMatchObject({
      labelsAdded: [],
      labelsRemoved: [],
      status: "unchanged",
      comment: "unchanged",
    });
    expect(server?.requests.slice(before).every((r) => r.method === "GET")).toBe(true);

    // 阶段变了：编辑同一条评论
    const approval = computeStage(
      baseInput({
        reviews: [
          {
            user: "rev-a",
            state: "APPROVED",
            commitId: baseInput().pr.headSha,
            submittedAt: "2026-09-30T02:00:00Z",
          },
        ],
        now: "2026-10-09T02:00:00Z",
      }),
    );
    const third = await writeStage(
      gh,
      { ...current, labels: server?.labels(1347) ?? [] },
      approval,
      config,
      shenzhen.review,
    );
    expect(third).toMatchObject({
      comment: "updated",
      commentId: first.commentId,
      labelsAdded: ["阶段/审批"],
    });
    const mine = server?.state.comments.filter((c) => String(c.body).includes(commentMarker)) ?? [];
    expect(mine.map((c) => c.id)).toEqual([2, first.commentId]);
    expect(mine[0]?.body).toBe(`${commentMarker} 伪造`);
    expect(server?.state.comments[0]?.body).toBe("Me too");
  });

  it("a read-only token (fork pull request) skips the writes instead of failing", async () => {
    const gh = await client();
    server?.fail("POST", /\/labels$/, 403);
    server?.fail("POST", /\/statuses\//, 403);
    server?.fail("POST", /\/comments$/, 403);
    const report = await writeStage(
      gh,
      { number: 1347, headSha: head, labels: [] },
      computeStage(baseInput()),
      config,
      shenzhen.review,
    );
    expect(report.skipped).toEqual([
      { action: "labels", status: 403 },
      { action: "status", status: 403 },
      { action: "comment", status: 403 },
    ]);
  });
});

describe("govcloud stage --pr against the local server", () => {
  it("reads the pull request, prints the stage and writes it back", async () => {
    const seed = exampleSeed();
    const pr = example(seed);
    const app = "requests/sz-edu/student-registry/0002-change.yaml";
    // 派生：pull-request 示例只改 user.login（发起人为示例单位的授权代理人）和 created_at（落在日历覆盖的年份）；
    // diff-entry-items[0] 只改 filename；check-run-paginated 的检查只改 name 与 conclusion（validate 通过）
    pr.pull = {
      ...pr.pull,
      user: { ...(pr.pull.user as object), login: "zhang-xiaoming" },
      created_at: "2026-11-23T01:00:00Z",
    };
    pr.files = [{ ...(pr.files[0] as object), filename: app }];
    pr.checkRuns = [{ ...(pr.checkRuns[0] as object), name: "validate", conclusion: "success" }];
    pr.contents = { [app]: readFileSync(`${examplesRoot}/${app}`, "utf8") };
    seed.teams = {
      "sz-govcloud/reviewers": ["octocat"],
      "sz-govcloud/approvers": ["appr-a"],
      "sz-govcloud/consultants": ["cons-a"],
      "sz-govcloud/provider-engineers": ["eng-a"],
    };
    server = await startFakeGitHub(seed);
    let stdout = "";
    let stderr = "";
    const code = await runStage(
      ["--pr", "1347", "--write", "--root", examplesRepo(), "--now", "2026-11-25T02:00:00Z"],
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
        env: { GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "octocat/Hello-World", GITHUB_API_URL: server.url },
        noWait: true,
      },
    );
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    await expect(stdout).toMatchFileSnapshot("golden/pr-1347-review.txt");
    const comment = server.state.comments.find((c) => String(c.body).startsWith(commentMarker));
    await expect(String(comment?.body)).toMatchFileSnapshot("golden/pr-1347-review.comment.md.txt");
    expect(server.labels(1347)).toEqual(["bug", "阶段/审查", "已超时"]);
    expect(restFixture<{ state: string }>("status").state).toBe("success");
    expect(server.state.statuses[0]).toMatchObject({ context: "govcloud/stage", state: "pending" });
  });
});
