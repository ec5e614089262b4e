/**
 * 无障碍与键盘：只用键盘（Tab、方向键、Enter、空格）填完一份新增申请并开出 PR；axe-core 检查每个页面
 * （中文与英文）没有严重（serious）或致命（critical）的问题；1366×768 的屏幕上没有横向滚动。
 * axe-core 经 DevTools 协议注入（不是 <script> 元素，站点的 CSP 照常生效）。
 * 缺少 Chromium 时：本地跳过，CI=true 时失败。
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exampleSeed, type FakeGitHub, startFakeGitHub } from "../helpers/github-server.ts";
import { ensureSiteBuilt } from "./build-site.ts";
import { launchBrowser, missingBrowser, NOW, requestsSnapshot, type Site, startSite } from "./site.ts";

const ci = Boolean(process.env.CI) && process.env.CI !== "false";
const skip = missingBrowser !== undefined && !ci;
if (skip) console.warn(`test/web/accessibility.test.ts 跳过：${missingBrowser}（CI=true 时不跳过而是失败）`);

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core 的 WCAG 2.1 A/AA 规则；返回严重与致命的问题（规则、说明、元素）。 */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.evaluate(`${axeSource};0`);
  const violations = (await page.evaluate(
    "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then(r => r.violations)",
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

/** 按 Tab（最多 400 次）直到焦点落在 id 上。 */
async function tabTo(page: Page, id: string): Promise<void> {
  for (let i = 0; i < 400; i++) {
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab 到不了 #${id}`);
}

/** 焦点在下拉框上，用方向键选到 value（最多 80 次）。 */
async function arrowTo(page: Page, id: string, value: string): Promise<void> {
  await tabTo(page, id);
  for (let i = 0; i < 80; i++) {
    if ((await page.inputValue(`#${id}`)) === value) return;
    await page.keyboard.press("ArrowDown");
  }
  throw new Error(`#${id} 选不到 ${value}`);
}

async function typeInto(page: Page, id: string, text: string): Promise<void> {
  await tabTo(page, id);
  await page.keyboard.type(text);
}

/** 打开包含 id 的“可选字段”：Tab 到它前面的 summary，按 Enter。 */
async function openOptional(page: Page, fieldset: string): Promise<void> {
  const summary = page.locator(`#${fieldset} > details.optional > summary`);
  await summary.evaluate((s) => s.setAttribute("id", `${s.parentElement?.parentElement?.id}-optional`));
  await tabTo(page, `${fieldset}-optional`);
  const details = page.locator(`#${fieldset} > details.optional`);
  // 校验的结果也会打开它（缺的按条件必填字段在里面）：没开时才按 Enter，再确认开着
  for (let i = 0; i < 3; i++) {
    if (await details.evaluate((d) => (d as HTMLDetailsElement).open)) break;
    await page.keyboard.press("Enter");
  }
  await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
}

describe.skipIf(skip)("accessibility and keyboard in Chromium", () => {
  let browser: Browser | undefined;
  let github: FakeGitHub;
  let site: Site;

  beforeAll(async () => {
    if (missingBrowser) throw new Error(missingBrowser);
    await ensureSiteBuilt();
    github = await startFakeGitHub(exampleSeed());
    site = await startSite({
      apiOrigin: github.url,
      files: {
        "config.json": JSON.stringify({ repo: "octocat/Hello-World", apiUrl: github.url, base: "main" }),
        "snapshot/requests.json": requestsSnapshot(),
      },
    });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    await github?.close();
  });

  it("files a new application with the keyboard only", async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(30_000);
    await page.goto(`${site.url}?now=${NOW}`);
    // 第一个 Tab 是“跳到正文”
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("跳到正文");
    await arrowTo(page, "pick-system", "1");
    await arrowTo(page, "pick-kind", "new");
    await arrowTo(page, "f-new-forDeploymentAndAssessment", "false");
    await typeInto(page, "f-new-expectedLaunch", "2027-03-01");
    await openOptional(page, "f-new");
    await arrowTo(page, "f-new-securityAssessment-kind", "special");
    await arrowTo(page, "f-new-securityAssessment-conclusion", "无中高风险");
    await tabTo(page, "f-resources-add");
    await page.keyboard.press("Enter");
    // 添加之后焦点落在新的一项的第一个字段上
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-resources-0-service");
    await arrowTo(page, "f-resources-0-service", "ecs");
    await typeInto(page, "f-resources-0-id", "api");
    await typeInto(page, "f-resources-0-purpose", "接口服务器");
    await typeInto(page, "f-resources-0-quantity", "2");
    await typeInto(page, "f-resources-0-vcpu", "4");
    await typeInto(page, "f-resources-0-memoryGB", "8");
    await typeInto(page, "f-resources-0-systemDisk-sizeGB", "100");
    await arrowTo(page, "f-resources-0-systemDisk-tier", "sas");
    await typeInto(page, "f-estimate-description", "门户网站的接口服务。");
    await typeInto(page, "f-estimate-architecture-summary", "2 台接口服务器经负载均衡对外。");
    await typeInto(page, "f-estimate-users-groups", "市民");
    await typeInto(page, "f-estimate-users-maxUsers", "1000");
    await typeInto(page, "f-estimate-users-maxConcurrent", "50");
    await arrowTo(page, "f-estimate-method", "analogy");
    await openOptional(page, "f-estimate");
    await typeInto(page, "f-estimate-analogy-system", "同类接口服务");
    await typeInto(page, "f-estimate-analogy-explanation", "同类服务 2 台 4 核 8GB，CPU 峰值 50%。");
    await tabTo(page, "f-estimate-demand-add");
    await page.keyboard.press("Enter");
    await typeInto(page, "f-estimate-demand-0-resource", "api");
    await typeInto(page, "f-estimate-demand-0-vcpu", "4");
    await typeInto(page, "f-estimate-demand-0-memoryGB", "8");
    await typeInto(page, "f-estimate-demand-0-quantity", "2");
    await typeInto(page, "f-estimate-demand-0-basis", "类比");
    await expect.poll(() => page.textContent("#findings h3")).toBe("检查结果：0 个错误，1 个提醒");
    await typeInto(page, "token", "github_pat_keyboard");
    // 焦点清晰可见（:focus-visible 的轮廓）
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe(
      "solid",
    );
    await tabTo(page, "submit");
    await page.keyboard.press("Space");
    await expect.poll(() => page.textContent("#submit-result")).toContain("已创建拉取请求");
    expect(Object.keys(github.opened[0]?.files ?? {})).toEqual([
      "requests/sz-edu/campus-portal/0003-new.yaml",
    ]);
  });

  it("“go to field” moves the keyboard focus to the field a finding is about", async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(30_000);
    await page.goto(`${site.url}?now=${NOW}`);
    await arrowTo(page, "pick-system", "1");
    await arrowTo(page, "pick-kind", "new");
    await tabTo(page, "f-resources-add");
    await page.keyboard.press("Enter");
    await arrowTo(page, "f-resources-0-service", "ecs");
    await typeInto(page, "f-resources-0-vcpu", "3");
    const goTo = page.locator("#findings li", { hasText: "为 3，须为 2 的倍数" }).locator("button");
    await goTo.waitFor();
    await goTo.focus();
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("f-resources-0-vcpu");
  });

  it.each([
    ["wizard", "?now=2026-12-03", true],
    ["wizard in English", "?now=2026-12-03&lang=en", true],
    ["status board", "#/board", false],
    ["utilization report", "#/report", false],
  ])(
    "axe-core finds no serious or critical problem: %s; no horizontal scrolling at 1366×768",
    async (_name, path, fill) => {
      const page = await (browser as Browser).newPage({ viewport: { width: 1366, height: 768 } });
      page.setDefaultTimeout(30_000);
      await page.goto(`${site.url}${path}`);
      await page.waitForSelector("main h1");
      if (fill) {
        await page.selectOption("#pick-system", "1");
        await page.selectOption("#pick-kind", "new");
        await page.click("#f-resources-add");
        await page.selectOption("#f-resources-0-service", "ecs");
        await page.fill("#f-resources-0-vcpu", "3");
        await page.waitForSelector("#findings li");
      }
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1366);
    },
  );
});
