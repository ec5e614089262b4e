/**
 * 敌意输入（与命令行渲染器的测试同一份字符串：test/fixtures/hostile/strings.ts）：提交者写进表单的、
 * 仓库与 GitHub 里来的文字，在网站的每个地方都只是文字——不产生元素、不执行脚本、不弹窗、不成为链接。
 * 缺少 Chromium 时：本地跳过，CI=true 时失败。
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { BoardSnapshot } from "../../scripts/web/board.ts";
import { hostileStrings } from "../fixtures/hostile/strings.ts";
import { ensureSiteBuilt } from "./build-site.ts";
import { fillConditional, fillNewApplication } from "./fill.ts";
import { launchBrowser, missingBrowser, NOW, requestsSnapshot, type Site, startSite } from "./site.ts";

const ci = Boolean(process.env.CI) && process.env.CI !== "false";
const skip = missingBrowser !== undefined && !ci;
if (skip) console.warn(`test/web/hostile.test.ts 跳过：${missingBrowser}（CI=true 时不跳过而是失败）`);

const evilName = '<img src=x onerror="alert(1)">深圳市教育局';

/** 页面里不该有的东西：脚本之外的 script、img、iframe（预览除外）、javascript: 链接、事件属性。 */
async function injected(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll("*")) {
      const tag = el.tagName.toLowerCase();
      if (tag === "script" && !(el as HTMLScriptElement).src) out.push("inline script");
      if (["img", "object", "embed"].includes(tag)) out.push(tag);
      if (tag === "iframe" && !el.classList.contains("form-preview")) out.push("iframe");
      if (tag === "a" && /^javascript:/i.test(el.getAttribute("href") ?? "")) out.push("javascript link");
      for (const attr of el.getAttributeNames()) if (/^on/i.test(attr)) out.push(`${tag}[${attr}]`);
    }
    return out;
  });
}

describe.skipIf(skip)("hostile input in Chromium", () => {
  let browser: Browser | undefined;
  let site: Site;
  const dialogs: string[] = [];

  beforeAll(async () => {
    if (missingBrowser) throw new Error(missingBrowser);
    await ensureSiteBuilt();
    const requests = JSON.parse(requestsSnapshot()) as Record<string, { text: string }>;
    const unit = requests["requests/sz-edu/unit.yaml"] as { text: string };
    unit.text = unit.text.replace("name: 深圳市教育局", `name: '${evilName}'`);
    const base = {
      number: 1,
      url: "https://github.com/octocat/Hello-World/pull/1",
      systems: ["sz-edu/campus-portal"],
      result: { applies: true, stage: "review", late: false, units: ["sz-edu"], types: ["new"], reasons: [] },
    };
    const board: BoardSnapshot = {
      generatedAt: "2026-12-03T02:00:00Z",
      profile: "shenzhen",
      pulls: [
        ...hostileStrings.map((h, i) => ({ ...base, number: i + 1, title: h.text })),
        { ...base, number: 999, title: "javascript 链接", url: "javascript:alert(1)" },
      ] as never,
    };
    site = await startSite({
      files: {
        "snapshot/requests.json": JSON.stringify(requests),
        "snapshot/board.json": JSON.stringify(board),
      },
    });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const open = async (path: string) => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(30_000);
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${site.url}${path}`);
    return page;
  };

  it("everything typed into the wizard stays text: in the file, the findings and next to the fields", async () => {
    const page = await open(`?now=${NOW}`);
    // 仓库里的单位名称（unit.yaml）在下拉框里也只是文字
    await page.waitForSelector("#pick-system option[value='1']", { state: "attached" });
    expect(await page.locator("#pick-system option").allTextContents()).toContain(
      `${evilName} / 深圳市教育局门户网站`,
    );
    await page.selectOption("#pick-system", "1");
    await page.selectOption("#pick-kind", "new");
    await page.click("#f-resources-add");
    await page.selectOption("#f-resources-0-service", "ecs");
    for (const h of hostileStrings) {
      await page.fill("#f-resources-0-purpose", h.text);
      await page.fill("#f-estimate-description", h.text);
      // 生成的文件里是原样的字符串（YAML 解析回来相同）
      await expect
        .poll(
          async () => {
            const doc = parse((await page.textContent("#yaml")) ?? "") as {
              resources?: { purpose?: string }[];
              estimate?: { description?: string };
            };
            return [doc.resources?.[0]?.purpose, doc.estimate?.description];
          },
          { message: h.name },
        )
        // 单行的输入框里换行成了空格（Chromium 对单行输入框的处理）；多行的文本框原样
        .toEqual([h.text.replace(/\n/g, " "), h.text]);
      expect(await injected(page), h.name).toEqual([]);
    }
    expect(dialogs).toEqual([]);
  });

  it("the official form preview shows submitted and repository text as text, in a sandboxed frame", async () => {
    const page = await open(`?now=${NOW}`);
    const purpose = '<img src=x onerror="alert(1)">接口服务器';
    const description = "<script>alert(1)</script>[官方审批入口](https://evil.example/approve)";
    await fillNewApplication(page, { purpose, description, system: `${evilName} / 深圳市教育局门户网站` });
    await page.fill("#f-resources-0-vcpu", "4");
    await fillConditional(page);
    await expect.poll(() => page.textContent("#findings h3")).toBe("检查结果：0 个错误，1 个提醒");
    await page.click("#preview-button");
    // 申请表与测算报告各一个 iframe
    const first = page.frameLocator("iframe.form-preview").first();
    await expect.poll(() => first.locator("body").textContent()).toContain(purpose);
    const frames = await page.locator("iframe.form-preview").count();
    expect(frames).toBe(2);
    let text = "";
    for (let i = 0; i < frames; i++) {
      const frame = page.frameLocator("iframe.form-preview").nth(i);
      text += await frame.locator("body").textContent();
      expect(await frame.locator("img, script, a, iframe, object, embed").count()).toBe(0);
    }
    expect(text).toContain(description);
    // 仓库里的单位名称（申请的 unit 与它一致）也是文字
    expect(text).toContain(evilName);
    for (const sandbox of await page
      .locator("iframe.form-preview")
      .evaluateAll((els) => els.map((e) => e.getAttribute("sandbox"))))
      expect(sandbox).toBe("");
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
  });

  it("pull request titles on the board stay text; only https links are links", async () => {
    const page = await open("#/board");
    await page.waitForSelector("#board-table tbody tr");
    const cells = await page.locator("#board-table tbody tr td:first-child").allTextContents();
    for (const h of hostileStrings)
      expect(
        cells.some((c) => c.endsWith(h.text)),
        h.name,
      ).toBe(true);
    expect(await page.locator("#board-table a").count()).toBe(hostileStrings.length);
    const last = page.locator("#board-table tbody tr", { hasText: "javascript 链接" });
    expect(await last.locator("a").count()).toBe(0);
    expect(await injected(page)).toEqual([]);
    expect(dialogs).toEqual([]);
  });
});
