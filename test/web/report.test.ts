/**
 * 利用率报告：govcloud audit --format json 的两次输出（一次带利用率文件，一次不带）作为快照，
 * 网站在 Chromium 中画出各单位的图表（SVG，旁边是同样数字的表格）、测试资源与趋势，可打印。
 * 缺少 Chromium 时：本地跳过，CI=true 时失败。
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runAudit } from "../../scripts/cli/audit.ts";
import { examplesRepo, repoRoot } from "../helpers/repo.ts";
import { ensureSiteBuilt } from "./build-site.ts";
import { launchBrowser, missingBrowser, type Site, startSite } from "./site.ts";

const ci = Boolean(process.env.CI) && process.env.CI !== "false";
const skip = missingBrowser !== undefined && !ci;
if (skip) console.warn(`test/web/report.test.ts 跳过：${missingBrowser}（CI=true 时不跳过而是失败）`);

const WINDOW = ["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24"];

async function audit(
  args: string[],
): Promise<{ summary: { unit: string; vcpu: number; lowLoadHosts: number }[] }> {
  let stdout = "";
  let stderr = "";
  const code = await runAudit(
    ["--root", examplesRepo(), "--format", "json", ...args],
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
    { env: {}, isTTY: false },
  );
  expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
  return JSON.parse(stdout);
}

describe.skipIf(skip)("utilization report in Chromium", () => {
  let browser: Browser | undefined;
  let site: Site;
  let dir: string;
  let reports: Awaited<ReturnType<typeof audit>>[];

  beforeAll(async () => {
    if (missingBrowser) throw new Error(missingBrowser);
    await ensureSiteBuilt();
    dir = mkdtempSync(join(tmpdir(), "govcloud-web-report-"));
    // 学籍系统的两台应用服务器近 5 个工作日 CPU 平均 2.5%：低负载
    const rows = ["10.21.3.11", "10.21.3.12"].flatMap((h) => WINDOW.map((d) => `${h},${d},2.5,30,20,24`));
    writeFileSync(join(dir, "idle.csv"), ["host,date,cpu_avg,cpu_peak,mem_avg,mem_peak", ...rows].join("\n"));
    reports = [
      await audit(["--now", "2026-11-25", "--metrics", `file:${join(dir, "idle.csv")}`]),
      await audit(["--now", "2026-12-10"]),
    ];
    site = await startSite({ files: { "snapshot/audit.json": JSON.stringify(reports) } });
    browser = await launchBrowser();
  }, 300_000);
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("draws the per-unit charts with their data tables, the test resources and the trend; prints without the navigation", async () => {
    const page = await (browser as Browser).newPage({ viewport: { width: 1366, height: 768 } });
    page.setDefaultTimeout(30_000);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") errors.push(m.text());
    });
    await page.goto(`${site.url}#/report`);
    await page.waitForSelector("#chart-vcpu svg");
    // 最新一次（2026-12-10）的汇总；趋势用两次
    expect(await page.textContent("#report-title + p")).toContain("审计日期：2026-12-10");
    for (const id of ["chart-vcpu", "chart-memory", "chart-low-load", "chart-test", "chart-trend"])
      expect(await page.getAttribute(`#${id} svg`, "role")).toBe("img");
    expect(await page.getAttribute("#chart-vcpu svg", "aria-label")).toBe("vCPU：分配与平均使用（核）");
    const latest = reports[1]?.summary ?? [];
    const vcpuRows = await page.locator("#chart-vcpu table tbody tr").allTextContents();
    expect(vcpuRows).toHaveLength(latest.length);
    expect(vcpuRows.join("|")).toContain(String(latest[0]?.vcpu));
    // 测试资源的过期发现（第47条）
    expect(await page.textContent("#test-findings")).toContain("〔第47条〕");
    // 趋势：11-25 那次有利用率数据（平均使用有数字），12-10 那次没有
    const trend = await page.locator("#chart-trend table tbody tr").allTextContents();
    expect(trend[0]).toContain("2026-11-25");
    expect(trend[1]).toMatch(/2026-12-10.*—/);
    // 打印：顶栏与按钮不印
    await page.emulateMedia({ media: "print" });
    expect(await page.isVisible("header#top")).toBe(false);
    expect(await page.isVisible("#print")).toBe(false);
    expect(await page.isVisible("#chart-vcpu svg")).toBe(true);
    expect(errors).toEqual([]);
  });
});
