/**
 * 登录后的状态看板（在 Chromium 里）：发布的快照是 scripts/web/board.ts 在某一刻写出的；之后审查人在 GitHub 上
 * 批准了一个 PR。用户给了令牌时，网站从 GitHub API（本地替身）重新读取，在浏览器里用同一个阶段机重算，
 * 显示的阶段与此刻命令行算出的相同，并写明刷新时间；没有令牌时显示快照，不调用 API。
 * 缺少 Chromium 时：本地跳过，CI=true 时失败。
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registeredProfile } from "../../scripts/profiles/index.ts";
import { type BoardSnapshot, runBoard } from "../../scripts/web/board.ts";
import { snapshotRepository } from "../../scripts/web/build-data.ts";
import {
  exampleSeed,
  type FakeGitHub,
  type Json,
  type PullSeed,
  startFakeGitHub,
} from "../helpers/github-server.ts";
import { examplesRepo, examplesRoot, repoRoot } from "../helpers/repo.ts";
import { ensureSiteBuilt } from "./build-site.ts";
import { launchBrowser, missingBrowser, type Site, startSite } from "./site.ts";

const ci = Boolean(process.env.CI) && process.env.CI !== "false";
const skip = missingBrowser !== undefined && !ci;
if (skip) console.warn(`test/web/board-live.test.ts 跳过：${missingBrowser}（CI=true 时不跳过而是失败）`);

const SNAPSHOT_AT = "2026-11-25T02:00:00Z";
const NOW = "2026-11-25T06:00:00Z";
const sha = "a".repeat(40);
const app = "requests/sz-edu/campus-portal/0002-revoke.yaml";

/** 与 board.test.ts 相同的派生：PR 示例只改编号、head.sha、提交人（示例单位的授权代理人）、时间与文件。 */
function pullSeed(base: PullSeed): PullSeed {
  return {
    ...base,
    pull: {
      ...base.pull,
      number: 1347,
      head: { ...(base.pull.head as Json), sha },
      user: { ...(base.pull.user as Json), login: "zhang-xiaoming" },
      created_at: "2026-11-25T01:00:00Z",
    },
    reviews: [],
    files: [{ ...(base.files[0] as Json), filename: app }],
    checkRuns: [{ ...(base.checkRuns[0] as Json), name: "validate", conclusion: "success" }],
    contents: { [app]: readFileSync(`${examplesRoot}/${app}`, "utf8") },
  };
}

async function boardAt(github: FakeGitHub, now: string): Promise<BoardSnapshot> {
  let stdout = "";
  let stderr = "";
  const code = await runBoard(
    ["--root", examplesRepo(), "--now", now],
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
    { GITHUB_TOKEN: "t", GITHUB_REPOSITORY: "octocat/Hello-World", GITHUB_API_URL: github.url },
    { noWait: true },
  );
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  return JSON.parse(stdout) as BoardSnapshot;
}

describe.skipIf(skip)("status board refreshed live in Chromium", () => {
  let browser: Browser | undefined;
  let github: FakeGitHub;
  let site: Site;
  let published: BoardSnapshot;
  let current: BoardSnapshot;

  beforeAll(async () => {
    if (missingBrowser) throw new Error(missingBrowser);
    await ensureSiteBuilt();
    const seed = exampleSeed();
    const base = seed.pulls[1347] as PullSeed;
    seed.pulls = { 1347: pullSeed(base) };
    seed.teams = {
      "sz-govcloud/reviewers": ["octocat"],
      "sz-govcloud/approvers": ["appr-a"],
      "sz-govcloud/consultants": ["cons-a"],
      "sz-govcloud/provider-engineers": ["eng-a"],
    };
    github = await startFakeGitHub(seed);
    published = await boardAt(github, SNAPSHOT_AT);
    // 快照之后：审查人 octocat 在 GitHub 上批准了最新提交
    const approval = { ...(base.reviews[0] as Json), commit_id: sha, submitted_at: "2026-11-25T03:00:00Z" };
    (github.state.pulls[1347] as PullSeed).reviews = [approval];
    current = await boardAt(github, NOW);
    site = await startSite({
      apiOrigin: github.url,
      files: {
        "config.json": JSON.stringify({ repo: "octocat/Hello-World", apiUrl: github.url, base: "main" }),
        "snapshot/board.json": JSON.stringify(published),
        "snapshot/requests.json": JSON.stringify(snapshotRepository(examplesRepo())),
      },
    });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await github?.close();
  });

  it("the stage changed between the snapshot and now (command line)", () => {
    expect(published.pulls.map((p) => p.result.stage)).toEqual(["review"]);
    expect(current.pulls.map((p) => p.result.stage)).not.toEqual(["review"]);
  });

  const openBoard = async (token: string | undefined) => {
    const context = await (browser as Browser).newContext({ viewport: { width: 1366, height: 768 } });
    if (token) await context.addInitScript((t) => sessionStorage.setItem("govcloud-github-token", t), token);
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${site.url}?now=${NOW}#/board`);
    await page.waitForSelector("#board-table tbody tr");
    return { page, errors, context };
  };

  it("without a token shows the published snapshot and calls no API", async () => {
    const before = github.requests.length;
    const { page, errors, context } = await openBoard(undefined);
    expect(await page.textContent("#board-source")).toBe("快照时间（北京时间）：2026-11-25 10:00");
    expect(await page.textContent("#board-table tbody tr")).toContain("审查");
    expect(github.requests.length).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("with a token re-reads GitHub and recomputes the stage in the browser, showing the refresh time", async () => {
    const before = github.requests.length;
    const { page, errors, context } = await openBoard("github_pat_test");
    await expect.poll(() => page.textContent("#board-source")).toContain("已从 GitHub 实时刷新");
    expect(await page.textContent("#board-source")).toBe(
      "已从 GitHub 实时刷新（北京时间）：2026-11-25 14:00",
    );
    const pull = current.pulls[0] as BoardSnapshot["pulls"][number];
    const row = (await page.textContent("#board-table tbody tr")) as string;
    expect(row).toContain("#1347");
    // 与此刻命令行（govcloud stage）算出的阶段、截止日相同
    const names = registeredProfile("shenzhen")?.review.stageNames;
    expect(row).toContain(names?.[pull.result.stage]?.zh);
    expect(await page.locator("#filter-stage option").allTextContents()).toEqual([
      "全部",
      names?.[pull.result.stage]?.zh,
    ]);
    if (pull.result.clock?.deadline) expect(row).toContain(pull.result.clock.deadline);
    const calls = github.requests.slice(before).map((r) => `${r.method} ${r.path}`);
    expect(calls).toContain("GET /repos/octocat/Hello-World/pulls/1347/reviews");
    expect(errors).toEqual([]);
    await context.close();
  });

  it("a GitHub call that never answers: after the configured timeout the snapshot stays, with a clear message", async () => {
    const quick = await startSite({
      apiOrigin: github.url,
      files: {
        "config.json": JSON.stringify({
          repo: "octocat/Hello-World",
          apiUrl: github.url,
          base: "main",
          timeoutSeconds: 1,
        }),
        "snapshot/board.json": JSON.stringify(published),
        "snapshot/requests.json": JSON.stringify(snapshotRepository(examplesRepo())),
      },
    });
    const context = await (browser as Browser).newContext({ viewport: { width: 1366, height: 768 } });
    try {
      await context.addInitScript(
        (t) => sessionStorage.setItem("govcloud-github-token", t),
        "github_pat_test",
      );
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      github.hang("GET", /\/pulls\/1347\/reviews$/);
      await page.goto(`${quick.url}?now=${NOW}#/board`);
      await page.waitForSelector("#board-table tbody tr");
      await expect.poll(() => page.textContent("#board-live"), { timeout: 30_000 }).toContain("没有应答");
      expect(await page.textContent("#board-live")).toBe(
        "实时刷新失败，下面是发布的快照：GitHub 在 1 秒内没有应答（GET /repos/octocat/Hello-World/pulls/1347/reviews?per_page=100）：网络或 GitHub 可能暂时不可用，请稍后重试。",
      );
      expect(await page.getAttribute("#board-live", "class")).toBe("error");
      // 页面照常可用：快照的表格与筛选都在；英文界面说同一件事
      expect(await page.textContent("#board-source")).toBe("快照时间（北京时间）：2026-11-25 10:00");
      expect(await page.textContent("#board-table tbody tr")).toContain("审查");
      expect(await page.isEnabled("#filter-stage")).toBe(true);
      github.hang("GET", /\/pulls\/1347\/reviews$/);
      await page.goto(`${quick.url}?now=${NOW}&lang=en#/board`);
      await expect
        .poll(() => page.textContent("#board-live"), { timeout: 30_000 })
        .toContain("did not answer");
      expect(await page.textContent("#board-live")).toBe(
        "Live refresh failed; the published snapshot is shown: GitHub did not answer within 1 s (GET /repos/octocat/Hello-World/pulls/1347/reviews?per_page=100): the network or GitHub may be unavailable for now; try again later.",
      );
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await quick.close();
    }
  });
});
