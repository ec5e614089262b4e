/**
 * 申请向导，在真实的浏览器里（playwright-core 驱动 Debian 的 Chromium，站点由 127.0.0.1 上的静态服务器提供，
 * GitHub API 由本地替身应答）：填一份新增申请，故意写错 vCPU，看到带条款的发现，改正，提交，
 * 再用 govcloud validate 检查替身收到的 PR 中的文件。缺少 Chromium 时：本地跳过，CI=true 时失败。
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.ts";
import { exampleSeed, type FakeGitHub, startFakeGitHub } from "../helpers/github-server.ts";
import { fixtureRepo } from "../helpers/repo.ts";
import { ensureSiteBuilt } from "./build-site.ts";
import { fillConditional, fillNewApplication } from "./fill.ts";
import { launchBrowser, missingBrowser, NOW, requestsSnapshot, type Site, startSite } from "./site.ts";

const ci = Boolean(process.env.CI) && process.env.CI !== "false";
const skip = missingBrowser !== undefined && !ci;
if (skip) console.warn(`test/web/wizard.test.ts 跳过：${missingBrowser}（CI=true 时不跳过而是失败）`);

describe.skipIf(skip)("application wizard in Chromium", () => {
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

  it("files a new application: a cited finding, the fix, the pull request, and govcloud validate accepts the file", async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${site.url}?now=${NOW}`);
    await fillNewApplication(page);

    // 故意的错误：vCPU 3 → 字段旁与列表中都有附件5 注3 的发现
    const vcpuFinding = page.locator("#findings li", { hasText: "vcpu" });
    await expect.poll(() => vcpuFinding.textContent()).toContain("须为 2 的倍数");
    expect(await vcpuFinding.textContent()).toContain("〔附件5 注3〕");
    expect(await vcpuFinding.textContent()).toContain("requests/sz-edu/campus-portal/0003-new.yaml:");
    await expect.poll(() => page.getAttribute("#f-resources-0-vcpu", "aria-invalid")).toBe("true");
    expect(await page.textContent("#f-resources-0-vcpu-error")).toContain("请改为 4");
    expect(await page.getAttribute("#submit", "disabled")).not.toBeNull();

    // 改正，并补上按条件必填的字段（在“可选字段”中）
    await page.fill("#f-resources-0-vcpu", "4");
    await fillConditional(page);
    // 剩下一个提醒（主机安全，不阻止提交），没有错误
    await expect.poll(() => page.textContent("#findings h3")).toBe("检查结果：0 个错误，1 个提醒");
    expect(await page.textContent("#findings")).toContain("主机安全");
    expect(await page.getAttribute("#submit", "disabled")).toBeNull();

    // 官方表单预览：沙箱中的 iframe
    await page.click("#preview-button");
    const frame = page.frameLocator("iframe.form-preview").first();
    await expect.poll(() => frame.locator("body").textContent()).toContain("深圳市教育局门户网站");
    expect(await page.getAttribute("iframe.form-preview", "sandbox")).toBe("");

    // 提交：令牌只在 sessionStorage 中
    await page.fill("#token", "github_pat_test");
    await page.click("#submit");
    await expect.poll(() => page.textContent("#submit-result")).toContain("已创建拉取请求");
    expect(await page.evaluate(() => sessionStorage.getItem("govcloud-github-token"))).toBe(
      "github_pat_test",
    );
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(errors).toEqual([]);

    // 替身收到的：分支、文件、PR；请求带用户的令牌
    const calls = github.requests.map((r) => `${r.method} ${r.path}`);
    expect(calls).toEqual([
      "GET /repos/octocat/Hello-World/git/ref/heads/main",
      "POST /repos/octocat/Hello-World/git/refs",
      "PUT /repos/octocat/Hello-World/contents/requests/sz-edu/campus-portal/0003-new.yaml",
      "POST /repos/octocat/Hello-World/pulls",
    ]);
    expect(github.opened).toHaveLength(1);
    const opened = github.opened[0] as (typeof github.opened)[number];
    expect(opened.pull.title).toBe("新增申请：深圳市教育局门户网站（第 3 号）");
    const files = Object.keys(opened.files);
    expect(files).toEqual(["requests/sz-edu/campus-portal/0003-new.yaml"]);
    const text = opened.files[files[0] as string] as string;
    expect(text).toContain("vcpu: 4");

    // govcloud validate 接受这个文件（示例仓库加上它）
    const repo = fixtureRepo();
    const target = join(repo, files[0] as string);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
    const result = await runCli(["validate", files[0] as string, "--now", NOW], { cwd: repo });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
  }, 180_000);

  it("a GitHub call that never answers stops after the configured timeout with a clear message; the page stays usable", async () => {
    // 同一个替身，config.json 把超时设为 1 秒；取基础分支的请求挂着不应答（只这一次）
    const quick = await startSite({
      apiOrigin: github.url,
      files: {
        "config.json": JSON.stringify({
          repo: "octocat/Hello-World",
          apiUrl: github.url,
          base: "main",
          timeoutSeconds: 1,
        }),
        "snapshot/requests.json": requestsSnapshot(),
      },
    });
    const page = await (browser as Browser).newPage({ viewport: { width: 1366, height: 768 } });
    try {
      page.setDefaultTimeout(30_000);
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${quick.url}?now=${NOW}`);
      await fillNewApplication(page);
      await page.fill("#f-resources-0-vcpu", "4");
      await fillConditional(page);
      await expect.poll(() => page.getAttribute("#submit", "disabled")).toBeNull();
      github.hang("GET", /\/git\/ref\/heads\/main$/);
      const before = github.opened.length;
      await page.fill("#token", "github_pat_test");
      await page.click("#submit");
      await expect.poll(() => page.textContent("#submit-result"), { timeout: 30_000 }).toContain("没有应答");
      expect(await page.textContent("#submit-result")).toBe(
        "创建失败：GitHub 在 1 秒内没有应答（GET /repos/octocat/Hello-World/git/ref/heads/main）：网络或 GitHub 可能暂时不可用，请稍后重试。 分支或文件可能已经建好：请先在 GitHub 上查看，再重试（填写的内容仍在本页）。",
      );
      expect(await page.getAttribute("#submit-result p", "role")).toBe("alert");
      // 页面照常可用：填写的内容还在，提交按钮可以再按，这次 GitHub 应答了
      expect(await page.inputValue("#f-resources-0-vcpu")).toBe("4");
      expect(await page.getAttribute("#submit", "disabled")).toBeNull();
      await page.click("#submit");
      await expect.poll(() => page.textContent("#submit-result")).toContain("已创建拉取请求");
      expect(github.opened.length).toBe(before + 1);
      expect(errors).toEqual([]);
    } finally {
      await page.close();
      await quick.close();
    }
  }, 180_000);
});
