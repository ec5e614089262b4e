/**
 * 审计按 profile 进行（issue 14 第1项）：引擎只运行 Profile.audit 的检查、按它的口径判定低负载、用它的措辞；
 * 一个替身 profile（一项检查、不同的口径与文字）不碰引擎就能运行。审计配置的 profile 只能与 govcloud.yaml 的相同。
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runAudit } from "../../scripts/cli/audit.ts";
import { dueReminders } from "../../scripts/cli/notify.ts";
import { audit } from "../../scripts/core/audit/audit.ts";
import { AuditConfigError, auditConfigPath, parseAuditConfig } from "../../scripts/core/audit/config.ts";
import { defineCheck, findingKey } from "../../scripts/core/audit/define.ts";
import { desiredIssue } from "../../scripts/core/audit/issues.ts";
import type { AuditPart } from "../../scripts/core/audit/profile.ts";
import { renderAudit } from "../../scripts/core/audit/render.ts";
import { type ExpiryFinding, expiryReminder } from "../../scripts/core/notify/compose.ts";
import { text } from "../../scripts/core/text.ts";
import { shenzhen } from "../../scripts/profiles/shenzhen/index.ts";
import { exampleFiles, examplesRepo, repoRoot } from "../helpers/repo.ts";
import { APP_HOSTS, contextOf, DB_HOSTS, daily } from "./helpers.ts";

const WINDOW = ["2026-12-03", "2026-12-04", "2026-12-07", "2026-12-08", "2026-12-09"];
const idle = [...APP_HOSTS, ...DB_HOSTS].flatMap((h) => daily(h, WINDOW, { cpu: [2.5, 30], mem: [20, 24] }));

/** 替身城市：一项检查（每个系统一条提示），低负载口径永不满足，文字里没有深圳的条款。 */
const stub: AuditPart = {
  checks: [
    defineCheck({
      id: "stub-systems",
      title: text("替身检查", "Stub check"),
      citation: { profile: "stub", article: "甲条" },
      severity: "info",
      why: text("替身", "stub"),
      run: (ctx) =>
        ctx.systems.map((v) => ({
          key: findingKey("stub-systems", v.unitDir, v.systemDir),
          title: text(`系统 ${v.systemDir}`, `System ${v.systemDir}`),
          unit: v.unitDir,
          system: v.systemDir,
          message: text("替身的发现。", "A stub finding."),
          action: text("无需处理。", "Nothing to do."),
          params: {},
        })),
    }),
  ],
  lowLoad: {
    minimum: { vcpu: 1000, memoryGB: 1000 },
    minAgeMonths: 120,
    cpuMet: () => false,
    memoryMet: () => false,
    scaleUp: {
      cpuAveragePercent: 50,
      cpuPeakPercent: 90,
      memoryAveragePercent: 90,
      basis: text("甲条", "article A"),
    },
  },
  texts: {
    summaryHeading: text("替身汇总", "Stub summary"),
    noMetrics: text("替身：没有利用率。", "Stub: no utilization."),
    limits: [],
  },
  notices: {
    check: "stub-systems",
    tag: text("甲条 提醒", "article A reminder"),
    basis: text("替身依据", "stub basis"),
    todo: () => "替身待办",
  },
};

describe("the audit engine runs the profile's checks", () => {
  const ctx = contextOf({ files: exampleFiles(), today: "2026-12-10", metrics: idle });

  it("a stub profile: only its check, its policy, its wording", () => {
    const report = audit(ctx, stub);
    expect(report.findings.map((f) => [f.key, f.check, f.severity, f.citation])).toEqual([
      ["stub-systems/sz-edu/campus-portal", "stub-systems", "info", { profile: "stub", article: "甲条" }],
      ["stub-systems/sz-edu/student-registry", "stub-systems", "info", { profile: "stub", article: "甲条" }],
      [
        "stub-systems/sz-edu-exam/exam-registration",
        "stub-systems",
        "info",
        { profile: "stub", article: "甲条" },
      ],
    ]);
    expect(report.counts).toEqual({ "stub-systems": 3 });
    expect(report.summary.every((s) => s.lowLoadHosts === 0)).toBe(true);
    const out = renderAudit(report, "text", "zh", stub);
    expect(out).toContain("替身汇总\n");
    expect(out).toContain("共 3 条发现：替身检查 3。");
    expect(out).not.toMatch(/第\d+条|附件\d/);
    expect(renderAudit(report, "markdown", "en", stub)).toContain("### Stub check（甲条）");
  });

  it("the same context under Shenzhen's part finds the low-load hosts (the policy is the profile's)", () => {
    const report = audit(ctx, shenzhen.audit);
    expect(report.counts["low-load"]).toBe(2);
    expect(report.counts["stub-systems"]).toBeUndefined();
  });

  it("without a part the renderers fall back to the check ids and a plain heading", () => {
    const report = audit(ctx, stub);
    const out = renderAudit(report, "text", "en");
    expect(out).toContain("Utilization by unit\n");
    expect(out).toContain("3 finding(s): stub-systems 3.");
    const f = report.findings[0];
    if (!f) throw new Error("no finding");
    expect(desiredIssue(f, { label: "a", checkLabels: {} }, "en").body).toContain("**stub-systems**");
    expect(desiredIssue(f, { label: "a", checkLabels: {} }, "en", stub).body).toContain("**Stub check**");
  });

  it("the engine has no default city", () => {
    expect(() => audit(ctx)).toThrow(/Profile\.audit/);
  });
});

describe("the headroom is checked against the profile's scale-up lines", () => {
  it("Shenzhen: the CPU average must stay below 10 %", () => {
    expect(() =>
      parseAuditConfig("headroom:\n  cpuAveragePercent: 12\n", auditConfigPath, shenzhen.audit),
    ).toThrow(/cpuAveragePercent 须低于 10.*（第19条\(2\)1、2）/);
  });

  it("the stub: 12 % is fine, 60 % is over its line of 50 %", () => {
    expect(
      parseAuditConfig("headroom:\n  cpuAveragePercent: 12\n", auditConfigPath, stub).headroom
        .cpuAveragePercent,
    ).toBe(12);
    expect(() => parseAuditConfig("headroom:\n  cpuAveragePercent: 60\n", auditConfigPath, stub)).toThrow(
      /cpuAveragePercent 须低于 50.*（甲条）/,
    );
  });

  it("a profile: line is kept for the command to compare, absent otherwise", () => {
    expect(parseAuditConfig("profile: shenzhen\n").profile).toBe("shenzhen");
    expect(parseAuditConfig("lowLoadServices: [ecs]\n").profile).toBeUndefined();
    expect(() => parseAuditConfig("profile: 3\n")).toThrow(AuditConfigError);
  });
});

describe("govcloud audit: the repository's profile comes from govcloud.yaml", () => {
  const dir = mkdtempSync(join(tmpdir(), "govcloud-audit-profile-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(name: string, config: string) {
    const file = join(dir, name);
    writeFileSync(file, config);
    let stdout = "";
    let stderr = "";
    const code = await runAudit(
      ["--root", examplesRepo(), "--now", "2026-12-10", "--config", file],
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
    return { code, stdout, stderr };
  }

  it("profile: equal to govcloud.yaml's is accepted", async () => {
    const r = await run("same.yaml", "profile: shenzhen\n");
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain("各单位利用率（第8条）");
  });

  it("another profile is refused, naming both files and the fix", async () => {
    const r = await run("other.yaml", "profile: huaibei\n");
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      `govcloud: ${join(dir, "other.yaml")}：profile 为 huaibei，与 govcloud.yaml 的 shenzhen 不同：仓库的 profile 由 govcloud.yaml 决定，请删去 ${join(dir, "other.yaml")} 中的 profile 一行。\n`,
    );
  });
});

describe("notify: which findings remind, and with which words, is the profile's", () => {
  const finding: ExpiryFinding = {
    key: "stub-systems/sz-edu/campus-portal",
    check: "stub-systems",
    unit: "sz-edu",
    system: "campus-portal",
    resource: "web",
    params: { resource: "web", expiresOn: "2026-12-08", daysLeft: 3 },
  };

  it("the stub's check and texts", () => {
    expect(dueReminders([finding], undefined, stub.notices)).toEqual([finding]);
    expect(dueReminders([finding], undefined, shenzhen.audit.notices)).toEqual([]);
    const n = expiryReminder(finding, stub.notices, "zh");
    expect(n?.title).toBe("【甲条 提醒】测试资源 web 将于 2026-12-08 到期");
    expect(n?.text).toContain("依据：替身依据\n请处理：替身待办\n");
    expect(expiryReminder(finding, shenzhen.audit.notices)).toBeUndefined();
  });
});
