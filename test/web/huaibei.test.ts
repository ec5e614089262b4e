/**
 * 淮北的仓库在浏览器里（playwright-core 驱动 Debian 的 Chromium）：站点的快照取自 examples/huaibei
 * （requests/ 与 govcloud.yaml，scripts/web/build-data.ts 的 snapshotRepository），向导用淮北的规范：
 * 填一份上云申请，申请依据故意写成“已建系统的云资源使用情况”→ 看到〔第13条〕的发现，改正，
 * 预览附件1，提交，再用 govcloud validate --root 检查替身收到的文件。缺少 Chromium 时：本地跳过，CI=true 时失败。
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { snapshotRepository } from "../../scripts/web/build-data.ts";
import { runCli } from "../helpers/cli.ts";
import { exampleSeed, type FakeGitHub, startFakeGitHub } from "../helpers/github-server.ts";
import { repoRoot } from "../helpers/repo.ts";
import { ensureSiteBuilt } from "./build-site.ts";
import { launchBrowser, missingBrowser, NOW, type Site, startSite } from "./site.ts";

const ci = Boolean(process.env.CI) && process.env.CI !== "false";
const skip = missingBrowser !== undefined && !ci;
if (skip) console.warn(`test/web/huaibei.test.ts 跳过：${missingBrowser}（CI=true 时不跳过而是失败）`);

const huaibeiRoot = join(repoRoot, "examples", "huaibei");
const path = "requests/hb-edu/exam-system/0002-new.yaml";

/** 一份淮北的上云申请（新建上云，一台政务外网区的云主机）；申请依据故意写成迁移上云的 current-usage。 */
async function fillOnboarding(page: Page): Promise<void> {
  await page.selectOption("#pick-system", { label: "淮北市教育局 / 淮北市中小学考试管理系统" });
  await page.selectOption("#pick-kind", "new");
  await page.fill("#f-letter-number", "淮教函〔2026〕88号");
  await page.fill("#f-letter-date", "2026-12-01");
  await page.selectOption("#f-onboarding", "new");
  await page.selectOption("#f-basis-kind", "current-usage");
  await page.fill("#f-basis-document", "淮发改审批〔2026〕30号");
  await page.selectOption("#f-term-_oneOf_", "0");
  await page.click("#f-resources-add");
  await page.selectOption("#f-resources-0-service", "vm");
  await page.fill("#f-resources-0-id", "exam");
  await page.fill("#f-resources-0-name", "考试服务器");
  await page.fill("#f-resources-0-vcpu", "4");
  await page.fill("#f-resources-0-memoryGB", "8");
  await page.selectOption("#f-resources-0-zone", "govnet");
  await page.fill("#f-resources-0-os", "麒麟V10");
  await page.fill("#f-resources-0-systemDisk-sizeGB", "100");
  await page.fill("#f-resources-0-quantity", "1");
}

describe.skipIf(skip)("the wizard on a Huaibei repository in Chromium", () => {
  let browser: Browser | undefined;
  let github: FakeGitHub;
  let site: Site;
  let repo: string | undefined;

  beforeAll(async () => {
    if (missingBrowser) throw new Error(missingBrowser);
    await ensureSiteBuilt();
    github = await startFakeGitHub(exampleSeed());
    site = await startSite({
      apiOrigin: github.url,
      files: {
        "config.json": JSON.stringify({ repo: "octocat/Hello-World", apiUrl: github.url, base: "main" }),
        "snapshot/requests.json": JSON.stringify(snapshotRepository(huaibeiRoot)),
      },
    });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await github?.close();
    if (repo) rmSync(repo, { recursive: true, force: true });
  });

  it("the snapshot carries the repository's govcloud.yaml", () => {
    const snapshot = snapshotRepository(huaibeiRoot);
    expect(snapshot["govcloud.yaml"]).toEqual({ text: expect.stringContaining("profile: huaibei") });
    expect(Object.keys(snapshot)).toContain("requests/hb-edu/exam-system/system.yaml");
  });

  it("files a 上云申请: the 第13条 finding, the fix, the 附件1 preview, the pull request, and govcloud validate --root accepts it", async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${site.url}?now=${NOW}`);
    await fillOnboarding(page);

    // 淮北的规范：种类的名称、文件路径
    expect(await page.textContent("#main h2")).toContain("上云申请：淮北市中小学考试管理系统");
    const finding = page.locator("#findings li", { hasText: "第13条" });
    await expect.poll(() => finding.textContent()).toContain("新建上云的依据是经批复的项目建设方案");
    expect(await finding.textContent()).toContain(`${path}:`);
    expect(await page.getAttribute("#submit", "disabled")).not.toBeNull();

    // 改正：新建上云以批复的项目建设方案为依据
    await page.selectOption("#f-basis-kind", "approved-plan");
    await expect.poll(() => page.textContent("#findings h3")).toMatch(/^检查结果：0 个错误/);
    expect(await page.getAttribute("#submit", "disabled")).toBeNull();

    // 附件1《淮北市政务云资源需求申请表》的预览
    await page.click("#preview-button");
    const frame = page.frameLocator("iframe.form-preview").first();
    await expect.poll(() => frame.locator("body").textContent()).toContain("淮北市中小学考试管理系统");
    expect(await frame.locator("body").textContent()).toContain("附件1");

    await page.fill("#token", "github_pat_test");
    await page.click("#submit");
    await expect.poll(() => page.textContent("#submit-result")).toContain("已创建拉取请求");
    expect(errors).toEqual([]);

    expect(github.opened).toHaveLength(1);
    const opened = github.opened[0] as (typeof github.opened)[number];
    expect(opened.pull.title).toBe("上云申请：淮北市中小学考试管理系统（第 2 号）");
    expect(Object.keys(opened.files)).toEqual([path]);
    const text = opened.files[path] as string;
    expect(text).toContain("profile: huaibei");
    expect(text).toContain("kind: approved-plan");

    // govcloud validate --root 接受它（淮北示例仓库的副本加上这个文件）
    repo = mkdtempSync(join(tmpdir(), "govcloud-huaibei-"));
    cpSync(huaibeiRoot, repo, { recursive: true });
    mkdirSync(dirname(join(repo, path)), { recursive: true });
    writeFileSync(join(repo, path), text);
    const result = await runCli(["validate", "--root", repo, path, "--now", NOW], { cwd: repo });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  }, 180_000);
});
