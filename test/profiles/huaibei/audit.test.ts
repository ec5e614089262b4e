/**
 * 淮北的审计检查（第14–19条）在普通对象上的表驱动测试：系统视图按共享约定的形状手工搭建（申请、交付记录、
 * 折叠后的当前资源），日历是真实的全国日历，时钟固定。在真实的示例仓库与 Prometheus 上的测试见
 * audit-repo.test.ts。
 */
import { describe, expect, it } from "vitest";
import { nationalCalendar } from "../../../scripts/adapters/calendar-files.ts";
import { audit } from "../../../scripts/core/audit/audit.ts";
import {
  AuditConfigError,
  defaultAuditConfig,
  parseAuditConfig,
} from "../../../scripts/core/audit/config.ts";
import type { AuditContext, AuditReport, SystemView } from "../../../scripts/core/audit/types.ts";
import type { Application, Delivery, System, Unit } from "../../../scripts/core/model.ts";
import type { DailyUtilization } from "../../../scripts/core/rules/metrics.ts";
import { metricsFromDaily } from "../../../scripts/core/rules/metrics-file.ts";
import type { ResourceState } from "../../../scripts/core/state/fold.ts";
import { huaibeiAudit } from "../../../scripts/profiles/huaibei/audit/index.ts";
import { shenzhen } from "../../../scripts/profiles/shenzhen/index.ts";

const calendar = nationalCalendar();
const DIR = "requests/hb-edu/smart-edu";

type Raw = Record<string, unknown>;

const vm = (
  id: string,
  ips: string[],
  config: Raw = { vcpu: 8, memoryGB: 16, zone: "govnet" },
): ResourceState => ({
  id,
  service: "vm",
  config: { ...config },
  kind: "production",
  createdBy: 1,
  changedBy: [],
  deliveredOn: "2026-06-01",
  instances: ips.map((ip, i) => ({ name: `${id}-${i + 1}`, ip })),
});

interface ViewInput {
  applications: Raw[];
  deliveries?: Raw[];
  resources?: ResourceState[];
}

/** 一个系统的视图：申请与交付记录按共享约定的形状（只写审计要读的字段）。 */
function view(input: ViewInput): SystemView {
  const applications = input.applications.map((a) => ({
    file: `${DIR}/${String(a.sequence).padStart(4, "0")}-${a.type}.yaml`,
    data: {
      kind: "application",
      profile: "huaibei",
      unit: "淮北市教育局",
      system: "淮北市智慧教育平台",
      ...a,
    } as unknown as Application,
  }));
  const deliveries = (input.deliveries ?? []).map((d) => ({
    file: `${DIR}/deliveries/${String(d.application).padStart(4, "0")}.yaml`,
    data: { kind: "delivery", profile: "huaibei", ...d } as unknown as Delivery,
  }));
  const resources = input.resources ?? [vm("app", ["10.55.61.11", "10.55.61.12"])];
  return {
    key: "hb-edu/smart-edu",
    unitDir: "hb-edu",
    systemDir: "smart-edu",
    unit: { kind: "unit", profile: "huaibei", name: "淮北市教育局" } as unknown as Unit,
    system: { kind: "system", profile: "huaibei", name: "淮北市智慧教育平台" } as unknown as System,
    history: {
      before: new Map(),
      current: {
        resources: new Map(resources.map((r) => [r.id, r])),
        revoked: new Map(),
        ports: [],
        applied: [],
      },
    },
    applications,
    deliveries,
    lastSequence: Math.max(0, ...input.applications.map((a) => a.sequence as number)),
  };
}

/** 近 5 个工作日（today 之前）每天同样的数字。 */
function flat(
  today: string,
  hosts: readonly string[],
  cpu: [number, number],
  mem: [number, number] = [40, 50],
) {
  const rows: DailyUtilization[] = [];
  for (const date of calendar.workdaysBefore(today, 5))
    for (const host of hosts)
      rows.push({
        host,
        date,
        cpuAverage: cpu[0],
        cpuPeak: cpu[1],
        memoryAverage: mem[0],
        memoryPeak: mem[1],
      });
  return rows;
}

function run(
  today: string,
  systems: SystemView[],
  options: { metrics?: DailyUtilization[]; config?: string } = {},
): AuditReport {
  const ctx: AuditContext = {
    today,
    now: `${today}T12:00:00+08:00`,
    calendar,
    catalogs: () => undefined,
    config: parseAuditConfig(options.config, ".github/govcloud-audit.yaml", huaibeiAudit),
    systems,
    ...(options.metrics ? { metrics: metricsFromDaily("文件 metrics.csv", options.metrics) } : {}),
  };
  return audit(ctx, huaibeiAudit);
}

const checks = (r: AuditReport) => r.findings.map((f) => `${f.check}:${f.severity}`);

const onboarding = (extra: Raw = {}) => ({
  sequence: 1,
  type: "new",
  date: "2026-10-20",
  onboarding: "new",
  resources: [{ id: "app", service: "vm" }],
  ...extra,
});
const APP_HOSTS = ["10.55.61.11", "10.55.61.12"];

describe("第14条 undeployed: delivered to the test zone on 2026-11-05, nothing since", () => {
  const testZone = (later: Raw[] = []) =>
    view({
      applications: [onboarding(), ...later],
      deliveries: [{ application: 1, date: "2026-11-05", zone: "test" }],
    });

  it.each([
    ["exactly 15 days after the delivery", "2026-11-20", []],
    ["the 16th day", "2026-11-21", ["undeployed:warning"]],
  ])("without metrics, %s (%s)", (_n, today, expected) => {
    expect(checks(run(today, [testZone()]))).toEqual(expected);
  });

  it("a ports filing after the delivery is a progress record: no finding without metrics", () => {
    const ports = { sequence: 2, type: "ports", date: "2026-11-10" };
    expect(checks(run("2026-11-25", [testZone([ports])]))).toEqual([]);
  });

  it("measured idle on every host is no progress even with a record: error with an exit draft", () => {
    const ports = { sequence: 2, type: "ports", date: "2026-11-10" };
    const r = run("2026-11-25", [testZone([ports])], { metrics: flat("2026-11-25", APP_HOSTS, [0.5, 4]) });
    expect(checks(r)).toEqual(["undeployed:error"]);
    const f = r.findings[0];
    expect(f?.params).toEqual({
      application: 1,
      delivered: "2026-11-05",
      days: 20,
      measured: "idle",
      progressRecords: 1,
      cpuAverage: 0.5,
      cpuPeak: 4,
      memoryAverage: 40,
      memoryPeak: 50,
    });
    expect(f?.draft?.file).toBe(`${DIR}/0003-revoke.yaml`);
    expect(f?.evidence?.hosts.map((h) => h.ip)).toEqual(APP_HOSTS);
  });

  it("a busy host is deployment progress: no finding", () => {
    const metrics = [
      ...flat("2026-11-25", ["10.55.61.11"], [0.5, 4]),
      ...flat("2026-11-25", ["10.55.61.12"], [12, 60]),
    ];
    expect(checks(run("2026-11-25", [testZone()], { metrics }))).toEqual([]);
  });

  it("a system already in production is not checked", () => {
    const live = view({
      applications: [onboarding()],
      deliveries: [{ application: 1, date: "2026-11-05", zone: "test", production: { date: "2026-11-15" } }],
    });
    expect(checks(run("2026-11-25", [live]))).not.toContain("undeployed:warning");
  });

  it("the whole finding without metrics", () => {
    const [f] = run("2026-11-21", [testZone()]).findings;
    expect(f).toEqual({
      key: "undeployed/hb-edu/smart-edu",
      check: "undeployed",
      severity: "warning",
      citation: { profile: "huaibei", article: "第14条" },
      title: {
        zh: "交付 16 天仍无部署进展：淮北市智慧教育平台",
        en: "No deployment progress 16 days after delivery: 淮北市智慧教育平台",
      },
      unit: "hb-edu",
      unitName: "淮北市教育局",
      system: "smart-edu",
      systemName: "淮北市智慧教育平台",
      message: {
        zh: "第 1 号上云申请的云资源于 2026-11-05 交付测试区，已 16 天（超过 15 天，2026-11-20 起），系统仍未上线：没有完整的监控数据，交付后也没有任何进展的记录（端口备案、变更申请、生产区上线）。",
        en: "The resources of application 1 were delivered to the test zone on 2026-11-05, 16 days ago (more than 15 days, since 2026-11-20), and the system is not live: there is no complete monitoring data and no record of progress since the delivery (port filing, change, move to production).",
      },
      action: {
        zh: `市政务云主管部门有权回收（第14条）：已起草退出申请 ${DIR}/0002-revoke.yaml（见下）。请先向使用单位核实部署情况；确无进展的，由使用单位备份数据后提交退出申请。`,
        en: `The administration may reclaim the resources (第14条): the exit application ${DIR}/0002-revoke.yaml is drafted below. Check the deployment with the unit first; if there is none, the unit backs up its data and submits the exit application.`,
      },
      params: {
        application: 1,
        delivered: "2026-11-05",
        days: 16,
        measured: "unmeasured",
        progressRecords: 0,
      },
      draft: expect.objectContaining({ type: "revoke", file: `${DIR}/0002-revoke.yaml` }),
    });
    expect(
      f?.draft?.yaml,
    ).toBe(`# yaml-language-server: $schema=../../../schemas/huaibei/application.schema.json
# 退出申请（回收）：夜间审计按第14条起草：第 1 号上云申请的云资源于 2026-11-05 交付测试区，已 16 天无部署进展。
# 主管部门决定回收时，请使用单位备份数据、填写公函文号后提交；已在部署的，请在审计 issue 中说明进展。
kind: application
profile: huaibei
sequence: 2
type: revoke
date: 2026-11-21
unit: 淮北市教育局
system: 淮北市智慧教育平台
# 公函文号：由使用单位填写（第16、17条）
letter:
  number:
  date: 2026-11-21
exit:
  type: system
  date: 2026-12-04  # 建议：今天之后第 10 个工作日，请与云服务商确认
  reason: 云资源于 2026-11-05 交付测试区，15 天内未部署、无部署进展（第14条）
  # 退出单位确认（附件4）：完成数据迁移备份后由使用单位改为 true
  statement:
revocations:
  - resource: app
    # 待使用单位确认：backed-up（已备份）、not-needed（无需备份）或 no-data（不承载数据）
    dataBackup:
`);
  });
});

describe("第18条 temporary resources: delivered 2026-06-10 for 6 months, ending 2026-12-10", () => {
  const temp = (later: Raw[] = []) =>
    view({
      applications: [
        onboarding(),
        {
          sequence: 2,
          type: "test",
          date: "2026-06-01",
          temporary: { months: 6 },
          resources: [{ id: "tmp", service: "vm" }],
        },
        ...later,
      ],
      deliveries: [
        {
          application: 1,
          date: "2026-05-01",
          zone: "production",
          confirmation: { kind: "opening", date: "2026-05-20" },
        },
        { application: 2, date: "2026-06-10", zone: "test" },
      ],
      resources: [vm("app", APP_HOSTS), vm("tmp", ["10.55.61.31"])],
    });

  it.each([
    // 期满前第 10 个工作日是 11-26，第 7 个是 12-01（延期申请的最后一天）
    ["the day before the 10th working day", "2026-11-25", []],
    ["the 10th working day before the end", "2026-11-26", ["temporary-expiring:warning"]],
    ["the extension deadline (7th working day)", "2026-12-01", ["temporary-expiring:warning"]],
    ["the day after the deadline", "2026-12-02", ["temporary-expiring:warning"]],
    ["the last day", "2026-12-10", ["temporary-expiring:warning"]],
    ["the day after the end", "2026-12-11", ["temporary-ended:error"]],
  ])("%s (%s)", (_n, today, expected) => {
    expect(checks(run(today, [temp()]))).toEqual(expected);
  });

  it.each([
    ["2026-11-26", true, 3, 10],
    ["2026-12-01", true, 0, 7],
    ["2026-12-02", false, 0, 6],
  ])(
    "on %s the extension is in time: %s (%i working days left, %i before the end)",
    (today, inTime, left, before) => {
      const [f] = run(today, [temp()]).findings;
      expect(f?.params).toMatchObject({
        extensionDeadline: "2026-12-01",
        extensionInTime: inTime,
        workdaysLeft: left,
        workdaysBeforeEnd: before,
      });
      expect(f?.citation).toEqual({ profile: "huaibei", article: "第18条" });
    },
  );

  it("after the deadline the reminder says the extension can no longer be asked in time", () => {
    const [f] = run("2026-12-02", [temp()]).findings;
    expect(f?.action.zh).toBe(
      "已来不及按时提出延期申请（须在 2026-12-01 之前）：请备份数据，期满后回收；确需继续使用的，请尽快与市政务云主管部门联系。",
    );
    expect(huaibeiAudit.notices.todo(f?.params ?? {}, "en")).toContain("can no longer be asked in time");
  });

  it("an extension until 2027-03-10 moves the end: no finding on 2026-12-11", () => {
    const ext = {
      sequence: 3,
      type: "test-renewal",
      date: "2026-11-20",
      extends: { application: 2, until: "2027-03-10" },
    };
    expect(checks(run("2026-12-11", [temp([ext])]))).toEqual([]);
  });

  it("once ended: an exit application for the temporary resource only", () => {
    const [f] = run("2026-12-11", [temp()]).findings;
    expect(f?.key).toBe("temporary-ended/hb-edu/smart-edu/2");
    expect(f?.draft?.yaml).toContain("revocations:\n  - resource: tmp\n");
    expect(f?.draft?.yaml).not.toContain("resource: app");
  });

  it("a reclaimed temporary resource is not reported", () => {
    const gone = temp();
    (gone.history.current.resources as Map<string, ResourceState>).delete("tmp");
    expect(checks(run("2026-12-11", [gone]))).toEqual([]);
  });
});

describe("第16条 temporary scale-up from 2026-10-01 to 2026-12-31", () => {
  const scaled = (current: Raw) =>
    view({
      applications: [
        onboarding(),
        {
          sequence: 2,
          type: "change",
          date: "2026-09-20",
          temporary: { from: "2026-10-01", to: "2026-12-31" },
          changes: [{ resource: "app", before: { vcpu: 4, memoryGB: 8 }, after: { vcpu: 8, memoryGB: 16 } }],
        },
      ],
      deliveries: [
        {
          application: 1,
          date: "2026-05-01",
          zone: "production",
          confirmation: { kind: "opening", date: "2026-05-20" },
        },
      ],
      resources: [vm("app", APP_HOSTS, { ...current, zone: "govnet" })],
    });

  it("cites 第16条 in the reminder", () => {
    const [f] = run("2026-12-18", [scaled({ vcpu: 8, memoryGB: 16 })]).findings;
    expect(f?.check).toBe("temporary-expiring");
    expect(f?.citation).toEqual({ profile: "huaibei", article: "第16条" });
  });

  it("after the end: a change application back to the former size", () => {
    const [f] = run("2027-01-05", [scaled({ vcpu: 8, memoryGB: 16 })]).findings;
    expect(f?.check).toBe("temporary-ended");
    expect(f?.draft?.type).toBe("change");
    expect(f?.draft?.yaml).toContain(
      [
        "category: host",
        "zone: govnet",
        "reason: 第 2 号申请的临时扩容已于 2026-12-31 期满，恢复扩容前的配置（第16条）",
        "changes:",
        "  - resource: app",
        "    before:",
        "      vcpu: 8",
        "      memoryGB: 16",
        "    after:",
        "      vcpu: 4",
        "      memoryGB: 8",
      ].join("\n"),
    );
  });

  it("already scaled back: nothing", () => {
    expect(checks(run("2027-01-05", [scaled({ vcpu: 4, memoryGB: 8 })]))).toEqual([]);
  });
});

describe("第15条 migrated systems", () => {
  const migrated = (delivery: Raw, migration: Raw = { oldSystem: "原机房的智慧教育平台" }) =>
    view({
      applications: [onboarding({ onboarding: "migrate", migration })],
      deliveries: [
        {
          application: 1,
          date: "2026-07-01",
          zone: "test",
          confirmation: { kind: "opening", date: "2026-08-25" },
          ...delivery,
        },
      ],
    });

  it.each([
    ["the day before the keep period ends", "2026-11-19", []],
    ["the day it ends (cut-over + 3 months)", "2026-11-20", ["migration-keep:info"]],
    ["30 days later", "2026-12-20", ["migration-keep:info"]],
    ["31 days later", "2026-12-21", []],
  ])("cut over on 2026-08-20: %s (%s)", (_n, today, expected) => {
    const sys = migrated({ production: { date: "2026-08-20" }, cutover: { date: "2026-08-20" } });
    expect(checks(run(today, [sys]))).toEqual(expected);
  });

  it("a later keepUntil in the application wins", () => {
    const sys = migrated(
      { production: { date: "2026-08-20" }, cutover: { date: "2026-08-20" } },
      { oldSystem: "原系统", keepUntil: "2026-12-31" },
    );
    expect(checks(run("2026-11-25", [sys]))).toEqual([]);
    expect(run("2026-12-31", [sys]).findings[0]?.params).toMatchObject({
      keepUntil: "2026-12-31",
      minimum: "2026-11-20",
    });
  });

  it("a keepUntil shorter than 3 months is said and the 3 months apply", () => {
    const sys = migrated(
      { production: { date: "2026-08-20" }, cutover: { date: "2026-08-20" } },
      { oldSystem: "原系统", keepUntil: "2026-09-30" },
    );
    const [f] = run("2026-11-20", [sys]).findings;
    expect(f?.message.zh).toContain("申请写的 2026-09-30 早于割接后 3 个月，按 2026-11-20 计。");
  });

  it("live without a cut-over record: cutover-missing", () => {
    const sys = migrated({ production: { date: "2026-08-20" } });
    const r = run("2026-11-25", [sys]);
    expect(checks(r)).toEqual(["cutover-missing:warning"]);
    expect(r.findings[0]?.action.zh).toBe(
      `请云服务商在 ${DIR}/deliveries/0001.yaml 中补记 cutover.date（割接上线的日期）；原系统自那天起至少保留 3 个月。`,
    );
  });

  it("not yet live: no cut-over expected", () => {
    const sys = view({
      applications: [onboarding({ onboarding: "migrate" })],
      deliveries: [{ application: 1, date: "2026-11-20", zone: "test" }],
    });
    expect(checks(run("2026-11-25", [sys]))).toEqual([]);
  });
});

describe("第15条 opening confirmation: live on 2026-11-10 (5 working days: due 2026-11-17)", () => {
  const live = (confirmation?: Raw) =>
    view({
      applications: [onboarding()],
      deliveries: [
        {
          application: 1,
          date: "2026-11-01",
          zone: "test",
          production: { date: "2026-11-10" },
          ...(confirmation ? { confirmation } : {}),
        },
      ],
    });

  it.each([
    ["on the 5th working day", "2026-11-17", []],
    ["the 6th", "2026-11-18", ["opening-unconfirmed:warning"]],
  ])("%s (%s)", (_n, today, expected) => {
    expect(checks(run(today, [live()]))).toEqual(expected);
  });

  it("signed: nothing", () => {
    expect(checks(run("2026-11-25", [live({ kind: "opening", date: "2026-11-20" })]))).toEqual([]);
  });

  it("the finding counts the working days", () => {
    const [f] = run("2026-11-25", [live()]).findings;
    expect(f?.params).toEqual({ application: 1, live: "2026-11-10", due: "2026-11-17", workdays: 11 });
    expect(f?.title.zh).toBe("已上线 11 个工作日仍未签开通确认单：淮北市智慧教育平台");
  });
});

describe("第19条 zombie and low use: a notice first, the reclaim only after its deadline", () => {
  const TODAY = "2026-11-25";
  const prod = () =>
    view({
      applications: [onboarding()],
      deliveries: [
        {
          application: 1,
          date: "2026-05-01",
          zone: "production",
          confirmation: { kind: "opening", date: "2026-05-20" },
        },
      ],
    });

  it.each([
    ["idle hosts", [1, 5], ["zombie:warning"]],
    ["low hosts", [3, 20], ["low-use:warning"]],
    ["a peak of 30 % is not low use", [3, 30], []],
  ] as const)("%s → %j", (_n, cpu, expected) => {
    const r = run(TODAY, [prod()], { metrics: flat(TODAY, APP_HOSTS, [cpu[0], cpu[1]]) });
    expect(checks(r).filter((c) => !c.startsWith("oversized"))).toEqual(expected);
  });

  it("not measured: nothing, and the key is undetermined (its issue is kept)", () => {
    const r = run(TODAY, [prod()], { metrics: flat(TODAY, ["10.55.61.11"], [1, 5]) });
    expect(checks(r)).toEqual([]);
    expect(r.undetermined).toEqual(["zombie/hb-edu/smart-edu", "low-use/hb-edu/smart-edu"]);
  });

  it("live exactly 3 months (2026-08-25): not judged yet", () => {
    const young = view({
      applications: [onboarding()],
      deliveries: [
        {
          application: 1,
          date: "2026-08-25",
          zone: "production",
          confirmation: { kind: "opening", date: "2026-08-25" },
        },
      ],
    });
    expect(checks(run(TODAY, [young], { metrics: flat(TODAY, APP_HOSTS, [1, 5]) }))).toEqual([]);
  });

  const notice = (extra = "") =>
    `notices:\n  - finding: zombie/hb-edu/smart-edu\n    date: 2026-11-02\n    document: 淮数资函〔2026〕41号\n${extra}`;

  it.each([
    ["notice without a deadline: 20 working days → 2026-11-30, rectifying", notice(), "info", "rectifying"],
    ["deadline 2026-11-24 passed: reclaim", notice("    deadline: 2026-11-24\n"), "error", "reclaim"],
    ["deadline today: still rectifying", notice("    deadline: 2026-11-25\n"), "info", "rectifying"],
  ])("%s", (_n, config, severity, step) => {
    const r = run(TODAY, [prod()], { metrics: flat(TODAY, APP_HOSTS, [1, 5]), config });
    expect(r.findings.map((f) => [f.check, f.severity, f.params.step])).toEqual([["zombie", severity, step]]);
  });

  it("the reclaim finding carries the exit draft and names the finance and audit bureaus", () => {
    const r = run(TODAY, [prod()], {
      metrics: flat(TODAY, APP_HOSTS, [1, 5]),
      config: notice("    deadline: 2026-11-24\n"),
    });
    const [f] = r.findings;
    expect(f?.title.zh).toBe("僵尸系统，整改期满未整改，应收回：淮北市智慧教育平台");
    expect(f?.action.zh).toContain("抄送市财政局和市审计局（第19条）");
    expect(f?.draft?.yaml).toContain(
      "  reason: 僵尸系统，整改通知（2026-11-02（淮数资函〔2026〕41号））期满未整改，收回云资源（第19条）",
    );
    expect(f?.params).toMatchObject({ noticeDate: "2026-11-02", deadline: "2026-11-24" });
  });

  it("the notify step tells where to record the notice", () => {
    const [f] = run(TODAY, [prod()], { metrics: flat(TODAY, APP_HOSTS, [1, 5]) }).findings;
    expect(f?.action.zh).toContain(
      "记入 .github/govcloud-audit.yaml 的 notices（finding: zombie/hb-edu/smart-edu",
    );
    expect(f?.draft).toBeUndefined();
  });
});

describe("第19条 occupancy too large / too small", () => {
  const TODAY = "2026-11-25";
  const prod = () =>
    view({
      applications: [onboarding()],
      deliveries: [
        {
          application: 1,
          date: "2026-05-01",
          zone: "production",
          confirmation: { kind: "opening", date: "2026-05-20" },
        },
      ],
    });

  it("CPU average 4 %, peak 35 %: scale 8 vCPU down (memory busy, unchanged)", () => {
    const r = run(TODAY, [prod()], { metrics: flat(TODAY, APP_HOSTS, [4, 35], [50, 60]) });
    expect(checks(r)).toEqual(["oversized:warning"]);
    const [f] = r.findings;
    expect(f?.params).toMatchObject({ vcpu: 8, memoryGB: 16, suggestedMemoryGB: 16 });
    expect(Number(f?.params.suggestedVcpu)).toBeLessThan(8);
    expect(f?.draft?.yaml).toContain("    before:\n      vcpu: 8\n    after:\n      vcpu: ");
  });

  it("CPU average 75 %: scale up with a change draft", () => {
    const r = run(TODAY, [prod()], { metrics: flat(TODAY, APP_HOSTS, [75, 90], [50, 60]) });
    expect(checks(r)).toEqual(["undersized:warning"]);
    // 8 × 75 / 40 = 15 → 16 核；峰值 8 × 90 / 70 ≈ 10.3
    expect(r.findings[0]?.params).toMatchObject({ suggestedVcpu: 16, suggestedMemoryGB: 16 });
  });

  it("memory average 90 %: memory scaled up only", () => {
    const r = run(TODAY, [prod()], { metrics: flat(TODAY, APP_HOSTS, [30, 60], [90, 95]) });
    // 16 × 90 / 60 = 24
    expect(r.findings.map((f) => [f.check, f.params.suggestedVcpu, f.params.suggestedMemoryGB])).toEqual([
      ["undersized", 8, 24],
    ]);
  });

  it("a system in the test zone is not sized", () => {
    const test = view({
      applications: [onboarding()],
      deliveries: [{ application: 1, date: "2026-11-20", zone: "test" }],
    });
    expect(checks(run(TODAY, [test], { metrics: flat(TODAY, APP_HOSTS, [75, 90]) }))).toEqual([]);
  });
});

describe("the Huaibei audit configuration", () => {
  it("defaults: the vm service, Huaibei's labels", () => {
    const c = parseAuditConfig(undefined, "x.yaml", huaibeiAudit);
    expect(c.lowLoadServices).toEqual(["vm", "bare-metal"]);
    expect(c.issues.checkLabels.zombie).toBe("审计/僵尸系统");
    expect(c.issues.checkLabels["low-load"]).toBeUndefined();
  });

  it("a profile without defaults (Shenzhen) still gets the generic defaults, unchanged", () => {
    expect(parseAuditConfig(undefined, "x.yaml", shenzhen.audit)).toBe(defaultAuditConfig);
    expect(parseAuditConfig("issues:\n  label: a\n", "x.yaml", shenzhen.audit).notices).toBeUndefined();
  });

  it("a label for a Shenzhen check is refused in a Huaibei repository", () => {
    expect(() =>
      parseAuditConfig("issues:\n  checkLabels:\n    low-load: x\n", "x.yaml", huaibeiAudit),
    ).toThrow(AuditConfigError);
  });

  it.each([
    ["not a list", "notices: 3\n", "notices 应为通知的列表"],
    [
      "bad date",
      "notices:\n  - finding: zombie/a/b\n    date: 2026-02-30\n",
      "notices[0].date 应为日期 YYYY-MM-DD",
    ],
    [
      "deadline before",
      "notices:\n  - finding: zombie/a/b\n    date: 2026-02-03\n    deadline: 2026-02-01\n",
      "notices[0].deadline （2026-02-01）早于发出日期 2026-02-03。",
    ],
    [
      "unknown key",
      "notices:\n  - finding: zombie/a/b\n    date: 2026-02-03\n    who: x\n",
      "notices[0].who 不是可用的配置项",
    ],
    [
      "repeat",
      "notices:\n  - finding: z\n    date: 2026-02-03\n  - finding: z\n    date: 2026-02-04\n",
      "notices[1].finding 与前面的通知重复",
    ],
  ])("a notice that is %s is refused with where and how", (_n, source, message) => {
    expect(() => parseAuditConfig(source, "x.yaml", huaibeiAudit)).toThrow(message);
  });

  it("every check has a label, a citation of the Huaibei measures and zh/en texts", () => {
    for (const c of huaibeiAudit.checks) {
      expect(huaibeiAudit.defaults?.checkLabels?.[c.id], c.id).toMatch(/^审计\//);
      expect(c.citation).toMatchObject({ profile: "huaibei" });
      expect(c.title.zh && c.title.en && c.why.zh && c.why.en, c.id).toBeTruthy();
    }
  });
});
