/**
 * docs/web.md 中的截图（1366×768）：申请向导（带一条带条款的发现）、状态看板、利用率报告。
 * 本地运行时写进 docs/img/；CI=true 时从不改写它们，只写到临时目录并检查文档引用的图都在。
 * 数据是 test/web/fixtures/ 中的快照（scripts/web/board.ts 与 govcloud audit 在示例仓库上的输出）。
 * 缺少 Chromium 时：本地跳过，CI=true 时失败。
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../helpers/repo.ts";
import { ensureSiteBuilt } from "./build-site.ts";
import { launchBrowser, missingBrowser, NOW, requestsSnapshot, type Site, startSite } from "./site.ts";

const ci = Boolean(process.env.CI) && process.env.CI !== "false";
const skip = missingBrowser !== undefined && !ci;
if (skip) console.warn(`test/web/screenshots.test.ts 跳过：${missingBrowser}（CI=true 时不跳过而是失败）`);

const docsImg = join(repoRoot, "docs", "img");
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), "utf8");

const shots: [string, string, (page: Page) => Promise<void>][] = [
  [
    "web-wizard.png",
    `?now=${NOW}`,
    async (page) => {
      await page.selectOption("#pick-system", { label: "深圳市教育局 / 深圳市教育局门户网站" });
      await page.selectOption("#pick-kind", "new");
      await page.selectOption("#f-new-forDeploymentAndAssessment", "false");
      await page.fill("#f-new-expectedLaunch", "2027-03-01");
      await page.click("#f-resources-add");
      await page.selectOption("#f-resources-0-service", "ecs");
      await page.fill("#f-resources-0-id", "api");
      await page.fill("#f-resources-0-purpose", "办事指南查询接口服务器");
      await page.fill("#f-resources-0-quantity", "2");
      await page.fill("#f-resources-0-vcpu", "3");
      // 等检查做完（输入停下之后的那一次），画面才稳定
      await expect.poll(() => page.textContent("#findings h3")).toBe("检查结果：5 个错误，0 个提醒");
      await page.waitForSelector("#f-resources-0-vcpu-error .finding");
      await page.locator("#f-resources-0-vcpu").scrollIntoViewIfNeeded();
      await page.locator("#findings li", { hasText: "vcpu" }).scrollIntoViewIfNeeded();
    },
  ],
  ["web-board.png", "#/board", (page) => page.waitForSelector("#board-table tbody tr").then(() => undefined)],
  ["web-report.png", "#/report", (page) => page.waitForSelector("#chart-trend svg").then(() => undefined)],
];

describe.skipIf(skip)("screenshots for docs/web.md", () => {
  let browser: Browser | undefined;
  let site: Site;
  let out: string;

  beforeAll(async () => {
    if (missingBrowser) throw new Error(missingBrowser);
    await ensureSiteBuilt();
    out = ci ? mkdtempSync(join(tmpdir(), "govcloud-web-shots-")) : docsImg;
    mkdirSync(out, { recursive: true });
    site = await startSite({
      files: {
        "snapshot/requests.json": requestsSnapshot(),
        "snapshot/board.json": fixture("board.json"),
        "snapshot/audit.json": fixture("audit.json"),
      },
    });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (ci && out) rmSync(out, { recursive: true, force: true });
  });

  it.each(shots)("%s", async (name, path, prepare) => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(30_000);
    await page.goto(`${site.url}${path}`);
    await prepare(page);
    const png = await page.screenshot({ path: join(out, name) });
    // PNG 的宽高（IHDR）：1366×768
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1366, 768]);
    const doc = readFileSync(join(repoRoot, "docs", "web.md"), "utf8");
    expect(doc).toContain(`](img/${name})`);
    expect(existsSync(join(docsImg, name))).toBe(true);
  });
});
