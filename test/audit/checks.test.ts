import { describe, expect, it } from "vitest";
import { validate } from "../../scripts/adapters/repository.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { exampleFiles, exampleText } from "../helpers/repo.ts";
import { APP, baseInput, H1 } from "../review/helpers.ts";
import { runAuditOn } from "./helpers.ts";

const EXAM = "requests/sz-edu-exam/exam-registration";

describe("test resources (第46、47条): test-web and test-db expire on 2026-12-08", () => {
  it.each([
    ["8 days before", "2026-11-30", []],
    ["exactly 7 days before", "2026-12-01", ["test-expiring", "test-expiring"]],
    ["on the day it expires", "2026-12-08", ["test-expiring", "test-expiring"]],
    ["the day after", "2026-12-09", ["test-expired", "test-expired"]],
  ])("%s (%s)", (_name, today, checks) => {
    expect(runAuditOn({ files: exampleFiles(), today }).findings.map((f) => f.check)).toEqual(checks);
  });

  it("the whole expiring finding", () => {
    const [f] = runAuditOn({ files: exampleFiles(), today: "2026-12-01" }).findings;
    expect(f).toEqual({
      key: "test-expiring/sz-edu-exam/exam-registration/test-db",
      check: "test-expiring",
      severity: "warning",
      citation: { profile: "shenzhen", article: "第46条" },
      title: {
        zh: "测试资源将于 2026-12-08 到期：深圳市教育考试院考试报名系统 test-db",
        en: "Test resource expires on 2026-12-08: 深圳市教育考试院考试报名系统 test-db",
      },
      unit: "sz-edu-exam",
      unitName: "深圳市教育考试院",
      system: "exam-registration",
      systemName: "深圳市教育考试院考试报名系统",
      resource: "test-db",
      message: {
        zh: "测试资源 test-db 将于 2026-12-08 到期（还有 7 天）。",
        en: "Test resource test-db expires on 2026-12-08 (in 7 day(s)).",
      },
      action: {
        zh: "还要使用的，请在到期前提交续期申请（type: test-renewal），累计不超过六个月，最迟用到 2027-03-08（第45条）；不再使用的，请备份数据，到期后由市大数据资源管理中心回收（第46、47条）。",
        en: "To keep it, file a renewal (type: test-renewal) before it expires; the total stays within six months, until 2027-03-08 at most (第45条). Otherwise back up its data: the centre reclaims it once expired (第46, 47条).",
      },
      params: {
        resource: "test-db",
        expiresOn: "2026-12-08",
        daysLeft: 7,
        renewable: true,
        renewableUntil: "2027-03-08",
      },
    });
  });

  it("expired: one drafted revocation for the system, dataBackup left for the unit to confirm", () => {
    const findings = runAuditOn({ files: exampleFiles(), today: "2026-12-10" }).findings;
    expect(findings.map((f) => [f.key, f.severity, f.params.daysOverdue])).toEqual([
      ["test-expired/sz-edu-exam/exam-registration/test-db", "error", 2],
      ["test-expired/sz-edu-exam/exam-registration/test-web", "error", 2],
    ]);
    const draft = findings[0]?.draft;
    expect(findings[1]?.draft).toEqual(draft);
    expect(draft?.file).toBe(`${EXAM}/0003-revoke.yaml`);
    expect(draft?.confirm.map((c) => c.zh)).toEqual([
      "为 2 项承载数据的资源填写 dataBackup：数据已备份（backed-up）或无需备份（not-needed）",
      "序号 3 接在主分支上本系统的申请与机器人为本系统起草的其他草稿之后；使用单位另有未合并的申请占用它时，请顺延序号与文件名",
      "与提供商确认关机日期（shutdown.date）并按时发布公告",
    ]);
    // 原样校验：只有待确认的 dataBackup 两行报错
    const check = (yaml: string) =>
      validate({
        fs: memoryFs(exampleFiles({ [draft?.file as string]: yaml })),
        scope: { kind: "files", files: [draft?.file as string] },
        lang: "zh",
        today: "2026-12-10",
      }).findings;
    const yamlText = String(draft?.yaml);
    const lines = yamlText.split("\n");
    const pending = lines.flatMap((l, i) => (l === "    dataBackup:" ? [i + 1] : []));
    expect(pending).toHaveLength(2);
    expect([...new Set(check(yamlText).map((f) => `${f.line}:${f.path}`))]).toEqual(
      pending.map((line, i) => `${line}:/revocations/${i}/dataBackup`),
    );
    // 使用单位确认后通过校验
    expect(check(yamlText.replaceAll("    dataBackup:\n", "    dataBackup: backed-up\n"))).toEqual([]);
  });

  it("a test resource renewed to its 6-month cap cannot be renewed again", () => {
    const renewal = `${EXAM}/0003-test-renewal.yaml`;
    const files = exampleFiles({
      [renewal]: exampleText(`${EXAM}/0002-test-renewal.yaml`)
        .replace("sequence: 2", "sequence: 3")
        .replace("date: 2026-10-26", "date: 2026-11-20")
        .replaceAll("months: 1", "months: 3"),
    });
    const [f] = runAuditOn({ files, today: "2027-03-01" }).findings;
    expect([f?.check, f?.params.expiresOn, f?.params.renewable]).toEqual([
      "test-expiring",
      "2027-03-08",
      false,
    ]);
  });
});

describe("offline systems not revoked after 2 months (第19条(3))", () => {
  const REVOKE = "requests/sz-edu/campus-portal/0002-revoke.yaml";
  const offline = (date: string) =>
    exampleFiles({
      [REVOKE]: exampleText(REVOKE).replace("shutdown:", `revoke:\n  systemOffline: ${date}\nshutdown:`),
    });

  it.each([
    ["offline exactly 2 months ago: still due today", "2026-09-25", 0],
    ["offline 2 months and a day ago", "2026-09-24", 1],
  ])("%s", (_name, date, count) => {
    const findings = runAuditOn({ files: offline(date), today: "2026-11-25" }).findings;
    expect(findings.filter((f) => f.check === "offline-not-revoked")).toHaveLength(count);
  });

  it("lists what is left and drafts the whole-system revocation", () => {
    const [f] = runAuditOn({ files: offline("2026-09-01"), today: "2026-11-25" }).findings;
    expect(f?.key).toBe("offline-not-revoked/sz-edu/campus-portal");
    expect(f?.message.zh).toBe(
      "系统于 2026-09-01 下线（第 2 号申请记录），应在 2 个月内（最迟 2026-11-01）撤销全部云资源，至今仍有 4 项在用：cache、tamper、web、web-security。",
    );
    expect(f?.draft?.yaml).toContain("revoke:\n  systemOffline: 2026-09-01\n  wholeSystem: true\n");
  });

  it("without any recorded offline date there is nothing to check", () => {
    expect(runAuditOn({ files: exampleFiles(), today: "2026-11-25" }).findings).toEqual([]);
  });
});

describe("open pull requests through the stage machine", () => {
  it("a review past its clock across National Day: entered 09-30, due 10-08, late on 10-09", () => {
    const pull = baseInput({
      pr: { ...baseInput().pr, createdAt: "2026-09-30T01:00:00Z" },
      commits: [{ sha: H1, date: "2026-09-30T00:50:00Z" }],
    });
    const late = runAuditOn({ files: exampleFiles(), today: "2026-10-09", pulls: [pull] }).findings;
    expect(late.map((f) => [f.key, f.check, f.pr, f.unit, f.params.deadline])).toEqual([
      ["stage-late/pr-7/review", "stage-late", 7, "sz-edu", "2026-10-08"],
    ]);
    expect(late[0]?.citation).toEqual({ profile: "shenzhen", article: "第28条" });
    expect(late[0]?.message.zh).toBe(
      "PR #7 自 2026-09-30 起处于审查阶段，时限为 1 个工作日，截止 2026-10-08，已超过 1 个工作日；在等审查人员（@shen-cha、@sz-govcloud/reviewers）。",
    );
    expect(runAuditOn({ files: exampleFiles(), today: "2026-10-08", pulls: [pull] }).findings).toEqual([]);
  });

  it("a review opened on 2026-12-31 is late in January 2027 on the provisional calendar, with a note saying so", () => {
    const pull = baseInput({
      pr: { ...baseInput().pr, createdAt: "2026-12-31T01:00:00Z" },
      commits: [{ sha: H1, date: "2026-12-31T00:50:00Z" }],
      applications: [
        { file: APP, unit: "sz-edu", system: "student-registry", type: "change", date: "2026-12-30" },
      ],
    });
    // 1 个工作日：2027-01-01 元旦（法定），01-02、01-03 周末，01-04 周一是第 1 个工作日
    const report = runAuditOn({ files: exampleFiles(), today: "2027-01-12", pulls: [pull] });
    const late = report.findings.filter((f) => f.check === "stage-late");
    expect(late.map((f) => [f.key, f.params.deadline])).toEqual([["stage-late/pr-7/review", "2027-01-04"]]);
    expect(report.notes.map((n) => n.zh)).toContainEqual(expect.stringContaining("用到了 2027 年的暂定日历"));
  });

  it("an application past its 3 months", () => {
    const pull = baseInput({
      applications: [
        { file: APP, unit: "sz-edu", system: "student-registry", type: "change", date: "2026-06-01" },
      ],
    });
    const findings = runAuditOn({ files: exampleFiles(), today: "2026-09-28", pulls: [pull] }).findings;
    expect(findings.map((f) => [f.key, f.severity, f.params.validUntil])).toEqual([
      ["application-expired/pr-7", "warning", "2026-09-01"],
    ]);
    expect(findings[0]?.action.zh).toBe(
      "发起人 @zhang-xiaoming：仍需要的，把 date 改为今天、确认内容后推送，重新进入审查；不再需要的，请关闭 PR。",
    );
  });
});
