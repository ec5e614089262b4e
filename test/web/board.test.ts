/**
 * 状态看板：scripts/web/board.ts 对本地 GitHub 替身上每个打开的 PR 运行 govcloud stage（同一个阶段机与时钟），
 * 写出快照；网站在 Chromium 中显示它，逾期的在前，可按单位、系统、类型、阶段筛选，也可只用键盘操作。
 * 缺少 Chromium 时：本地跳过，CI=true 时失败。
 */
import { readFileSync } from "node:fs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type BoardSnapshot, runBoard, sortBoard } from "../../scripts/web/board.ts";
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
if (skip) console.warn(`test/web/board.test.ts 跳过：${missingBrowser}（CI=true 时不跳过而是失败）`);

const NOW = "2026-11-25T02:00:00Z";

/**
 * 派生（同 test/review/github.test.ts）：PR 示例只改 number、head.sha、user.login（示例单位的授权代理人）、
 * created_at；diff-entry-items[0] 只改 filename；检查只改 name 与 conclusion。
 */
function pullSeed(base: PullSeed, number: number, sha: string, createdAt: string, app: string): PullSeed {
  return {
    ...base,
    pull: {
      ...base.pull,
      number,
      head: { ...(base.pull.head as Json), sha },
      user: { ...(base.pull.user as Json), login: "zhang-xiaoming" },
      created_at: createdAt,
    },
    files: [{ ...(base.files[0] as Json), filename: app }],
    checkRuns: [{ ...(base.checkRuns[0] as Json), name: "validate", conclusion: "success" }],
    contents: { [app]: readFileSync(`${examplesRoot}/${app}`, "utf8") },
  };
}

async function boardFrom(github: FakeGitHub): Promise<BoardSnapshot> {
  let stdout = "";
  let stderr = "";
  const code = await runBoard(
    ["--root", examplesRepo(), "--now", NOW],
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

describe("board snapshot", () => {
  it("puts late pull requests first, then the earliest deadline", () => {
    const pull = (number: number, late: boolean, deadline?: string) =>
      ({ number, result: { late, ...(deadline ? { clock: { deadline } } : {}) } }) as never;
    expect(
      sortBoard([
        pull(1, false),
        pull(2, false, "2026-12-09"),
        pull(3, true, "2026-12-01"),
        pull(4, false, "2026-12-02"),
      ]).map((p) => p.number),
    ).toEqual([3, 4, 2, 1]);
  });
});

describe.skipIf(skip)("status board in Chromium", () => {
  let browser: Browser | undefined;
  let github: FakeGitHub;
  let site: Site;
  let snapshot: BoardSnapshot;

  beforeAll(async () => {
    if (missingBrowser) throw new Error(missingBrowser);
    await ensureSiteBuilt();
    const seed = exampleSeed();
    const base = seed.pulls[1347] as PullSeed;
    seed.pulls = {
      1347: pullSeed(
        base,
        1347,
        "a".repeat(40),
        "2026-11-25T01:00:00Z",
        "requests/sz-edu/campus-portal/0002-revoke.yaml",
      ),
      1348: pullSeed(
        base,
        1348,
        "b".repeat(40),
        "2026-11-20T01:00:00Z",
        "requests/sz-edu/student-registry/0002-change.yaml",
      ),
    };
    seed.teams = {
      "sz-govcloud/reviewers": ["octocat"],
      "sz-govcloud/approvers": ["appr-a"],
      "sz-govcloud/consultants": ["cons-a"],
      "sz-govcloud/provider-engineers": ["eng-a"],
    };
    github = await startFakeGitHub(seed);
    snapshot = await boardFrom(github);
    site = await startSite({ files: { "snapshot/board.json": JSON.stringify(snapshot) } });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await github?.close();
  });

  it("the snapshot holds each open pull request's stage from govcloud stage, late first", () => {
    expect(snapshot.profile).toBe("shenzhen");
    expect(snapshot.generatedAt).toBe(NOW);
    expect(snapshot.pulls.map((p) => [p.number, p.systems, p.result.stage, p.result.late])).toEqual([
      [1348, ["sz-edu/student-registry"], "review", true],
      [1347, ["sz-edu/campus-portal"], "review", false],
    ]);
    expect(snapshot.pulls[0]?.result.clock?.deadline).toMatch(/^2026-11-\d\d$/);
  });

  it("shows the board, late first, filters by system and works from the keyboard", async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${site.url}#/board`);
    await page.waitForSelector("#board-table tbody tr");
    const rows = () => page.locator("#board-table tbody tr").allTextContents();
    const first = (await rows())[0] as string;
    expect(first).toContain("#1348");
    expect(first).toContain("审查");
    expect(first).toContain("已逾期");
    expect(await page.getAttribute("#board-table tbody tr >> nth=0", "class")).toBe("late");
    expect((await rows())[1]).toContain("还剩");

    // 只用键盘：从“单位”筛选 Tab 到“信息系统”筛选，用方向键选第一个系统
    await page.focus("#filter-unit");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("filter-system");
    // 下拉框里按方向键：全部 → sz-edu/campus-portal
    await page.keyboard.press("ArrowDown");
    expect(await page.inputValue("#filter-system")).toBe("sz-edu/campus-portal");
    expect(await rows()).toHaveLength(1);
    expect((await rows())[0]).toContain("#1347");
    expect(await page.textContent("#board-count")).toBe("共 1 个申请");

    // 英文
    await page.click("#lang");
    await page.waitForSelector("#board-title:has-text('Status board')");
    expect((await rows())[0]).toContain("Review");
    expect(errors).toEqual([]);
  });
});
