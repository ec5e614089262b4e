/**
 * 站点本身：构建出的 index.html 带严格的 CSP（没有 eval、没有内联脚本与样式、只连本站与 GitHub API）；
 * 变更申请从系统现状开始（选了资源，“变更前”按折叠出的现状填好）；英文界面。
 * 缺少 Chromium 时：本地跳过，CI=true 时失败。
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { ensureSiteBuilt } from "./build-site.ts";
import {
  launchBrowser,
  missingBrowser,
  NOW,
  requestsSnapshot,
  type Site,
  siteDir,
  startSite,
} from "./site.ts";

const ci = Boolean(process.env.CI) && process.env.CI !== "false";
const skip = missingBrowser !== undefined && !ci;
if (skip) console.warn(`test/web/site.test.ts 跳过：${missingBrowser}（CI=true 时不跳过而是失败）`);

describe.skipIf(skip)("the built site", () => {
  let browser: Browser | undefined;
  let site: Site;

  beforeAll(async () => {
    if (missingBrowser) throw new Error(missingBrowser);
    await ensureSiteBuilt();
    site = await startSite({ files: { "snapshot/requests.json": requestsSnapshot() } });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it("ships a strict Content-Security-Policy", () => {
    const html = readFileSync(join(siteDir, "index.html"), "utf8");
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? "";
    const directives = Object.fromEntries(
      csp.split(";").map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values];
      }),
    );
    expect(directives["default-src"]).toEqual(["'none'"]);
    expect(directives["script-src"]).toEqual(["'self'"]);
    expect(directives["style-src"]?.[0]).toBe("'self'");
    expect(directives["style-src"]?.slice(1)).toEqual([expect.stringMatching(/^'sha256-[A-Za-z0-9+/]+=*'$/)]);
    expect(directives["connect-src"]).toEqual(["'self'", "https://api.github.com"]);
    expect(directives["object-src"]).toEqual(["'none'"]);
    expect(directives["base-uri"]).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|unsafe-hashes|\*/);
    // 没有内联脚本，只有本站的模块
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it("a change starts from the system's current state: choosing the resource fills in “before”", async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${site.url}?now=${NOW}`);
    await page.selectOption("#pick-system", { label: "深圳市教育局 / 深圳市中小学学籍管理系统" });
    await page.selectOption("#pick-kind", "change");
    // 现有资源（折叠：新增、变更、交付之后）
    expect(await page.textContent(".form-host")).toContain("系统现有资源：");
    await page.click("#f-changes-add");
    await page.fill("#f-changes-0-resource", "app");
    // 第 2 号变更申请之后 app 是 12 核 24 GB（examples 中的 0002-change.yaml）
    await expect.poll(() => page.inputValue("#f-changes-0-before-vcpu")).toBe("12");
    expect(await page.inputValue("#f-changes-0-before-memoryGB")).toBe("24");
    expect(await page.inputValue("#f-changes-0-after-vcpu")).toBe("12");
    await page.fill("#f-changes-0-after-vcpu", "16");
    await expect
      .poll(
        async () => (parse((await page.textContent("#yaml")) ?? "") as { changes?: unknown[] }).changes?.[0],
      )
      .toMatchObject({
        resource: "app",
        before: { vcpu: 12, memoryGB: 24 },
        after: { vcpu: 16, memoryGB: 24 },
      });
    expect(errors).toEqual([]);
  });

  it("switches to English and back, keeping the page", async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(30_000);
    await page.goto(`${site.url}#/board`);
    await page.waitForSelector("#board-title");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
    await page.click("#lang");
    await page.waitForSelector("#board-title:has-text('Status board')");
    expect(await page.getAttribute("html", "lang")).toBe("en");
    expect(page.url()).toContain("lang=en");
    expect(await page.textContent("nav")).toBe("WizardStatus boardUtilization report");
    await page.click("#lang");
    await page.waitForSelector("#board-title:has-text('状态看板')");
    expect(await page.getAttribute("html", "lang")).toBe("zh-CN");
  });
});
