import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nationalCalendar } from "../scripts/adapters/calendar-files.ts";
import { loadRepositoryState, repositoryProfiles } from "../scripts/adapters/repository.ts";
import { annualReport } from "../scripts/core/report/annual.ts";
import { annualHtml, annualMarkdown } from "../scripts/core/report/annual-render.ts";
import { memoryFs } from "../scripts/core/repository/fs.ts";
import { metricsFromDaily, parseMetrics } from "../scripts/core/rules/metrics-file.ts";
import { shenzhenAnnual } from "../scripts/profiles/shenzhen/annual.ts";
import { runCli } from "./helpers/cli.ts";
import { exampleFiles, examplesRoot, fixtureRepo } from "./helpers/repo.ts";

/** 年度使用情况（issue 18 第7项，深圳规范第8条）：示例仓库的 2026 年。 */

const csv = [
  "host,date,cpu_avg,cpu_peak,mem_avg,mem_peak",
  ...["2026-03-02", "2026-06-01", "2026-11-02"].flatMap((d) => [
    `10.21.5.11,${d},2,30,40,50`,
    `10.21.5.12,${d},3,35,40,50`,
    `10.21.3.11,${d},40,90,70,80`,
    `10.21.3.12,${d},42,88,72,81`,
  ]),
].join("\n");
const metrics = metricsFromDaily("文件 util.csv", parseMetrics(csv, "csv"));

const reportOf = (year: number, files = exampleFiles(), withMetrics = true) =>
  annualReport({
    year,
    repo: loadRepositoryState(memoryFs(files), repositoryProfiles).repo,
    catalogs: repositoryProfiles.catalogs,
    calendar: nationalCalendar(),
    part: shenzhenAnnual,
    ...(withMetrics ? { metrics } : {}),
  });

describe("annual usage report", () => {
  it("counts what each unit holds on 31 December, its applications and deliveries", () => {
    const r = reportOf(2026);
    expect(r.workdays).toBe(248);
    expect(
      r.units.map((u) => [u.unit, u.systems, u.holdings.hosts, u.holdings.vcpu, u.holdings.memoryGB]),
    ).toEqual([
      ["sz-edu", 2, 6, 48, 128],
      ["sz-edu-exam", 1, 2, 8, 16],
    ]);
    expect(r.total.holdings.hosts).toBe(8);
    expect(r.units[0]?.applications).toEqual({ new: 2, change: 1, ports: 1, revoke: 1 });
  });

  it("flags the hosts below the profile's low-load thresholds over the year", () => {
    const r = reportOf(2026);
    const edu = r.units.find((u) => u.unit === "sz-edu");
    const low = edu?.hosts.filter((h) => h.lowLoad).map((h) => `${h.system}/${h.resource}`);
    expect(low).toEqual(["campus-portal/web"]);
    expect(edu?.hosts.find((h) => h.resource === "app")?.utilization?.cpu?.average).toBeCloseTo(41, 5);
    expect(r.total.lowLoad).toBe(1);
    const md = annualMarkdown(r, shenzhenAnnual, "zh");
    expect(md).toContain("| 深圳市教育局 | campus-portal | web |");
    expect(md).toContain("〔第8条〕");
    expect(md).toContain("利用率取自 文件 util");
  });

  it("leaves later applications out of the year", () => {
    const change = `kind: application
profile: shenzhen
sequence: 4
type: change
date: 2027-01-11
unit: 深圳市教育局
system: 深圳市中小学学籍管理系统
changes:
  - resource: db
    before: { vcpu: 8, memoryGB: 32 }
    after: { vcpu: 16, memoryGB: 64 }
shutdown: { required: true, date: 2027-01-23, noticeDate: 2027-01-12 }
`;
    const files = exampleFiles({ "requests/sz-edu/student-registry/0004-change.yaml": change });
    expect(reportOf(2026, files).total.holdings.vcpu).toBe(56);
    const next = reportOf(2027, files);
    expect(next.total.holdings.vcpu).toBe(72);
    expect(next.total.applications).toEqual({ change: 1 });
    expect(reportOf(2025, files).units).toEqual([]);
  });

  it("shows unit names as text in Markdown and HTML", () => {
    const files = exampleFiles();
    const unit = new TextDecoder().decode(files["requests/sz-edu-exam/unit.yaml"] as Uint8Array);
    files["requests/sz-edu-exam/unit.yaml"] = unit.replace(
      "name: 深圳市教育考试院",
      'name: "<img src=x> [点我](https://evil.example) @all"',
    );
    const r = reportOf(2026, files);
    const md = annualMarkdown(r, shenzhenAnnual, "zh");
    expect(md).not.toContain("<img");
    expect(md).not.toContain("](https://");
    const html = annualHtml(r, shenzhenAnnual, "zh");
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src");
    expect(html).toMatch(/<svg[^>]*role="img"/);
  });
});

describe("govcloud report annual", () => {
  it("prints JSON for a year and refuses bad options", async () => {
    const json = await runCli(
      ["report", "annual", "--year", "2026", "--format", "json", "--root", examplesRoot],
      {
        cwd: examplesRoot,
      },
    );
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout).total.holdings.hosts).toBe(8);
    const badYear = await runCli(["report", "annual", "--year", "二〇二六", "--root", examplesRoot], {
      cwd: examplesRoot,
    });
    expect(badYear.code).toBe(2);
    expect(badYear.stderr).toContain("--year");
    const pdfNoOut = await runCli(["report", "annual", "--format", "pdf", "--root", examplesRoot], {
      cwd: examplesRoot,
    });
    expect(pdfNoOut.code).toBe(2);
    const help = await runCli(["report", "annual", "--help"], { cwd: examplesRoot });
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--year");
  });

  it("prints a PDF with its chart through Chromium", { timeout: 60_000 }, async () => {
    const dir = fixtureRepo();
    const out = mkdtempSync(join(tmpdir(), "annual-"));
    try {
      writeFileSync(join(out, "util.csv"), csv);
      const pdf = join(out, "annual.pdf");
      const r = await runCli(
        [
          "report",
          "annual",
          "--year",
          "2026",
          "--metrics",
          `file:${join(out, "util.csv")}`,
          "--format",
          "pdf",
          "--out",
          pdf,
          "--root",
          dir,
        ],
        { cwd: dir, env: { PATH: process.env.PATH } },
      );
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const bytes = readFileSync(pdf);
      expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
      expect(bytes.length).toBeGreaterThan(5_000);
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    }
  });
});
