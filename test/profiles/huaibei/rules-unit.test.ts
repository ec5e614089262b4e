/**
 * 淮北规则的单元测试（普通对象，不读仓库）：每条规则的边界值，用例名以条款开头。
 * 通过真实加载器跑示例仓库的用例见 rules.test.ts。
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { nationalCalendar } from "../../../scripts/adapters/calendar-files.ts";
import { addDays } from "../../../scripts/core/calendar/workdays.ts";
import { basis } from "../../../scripts/profiles/huaibei/rules/basis.ts";
import { catalogPrice } from "../../../scripts/profiles/huaibei/rules/catalog-price.ts";
import { catalogService } from "../../../scripts/profiles/huaibei/rules/catalog-service.ts";
import { changeResources } from "../../../scripts/profiles/huaibei/rules/change-resources.ts";
import { exitDataBackup } from "../../../scripts/profiles/huaibei/rules/exit-data-backup.ts";
import { exitStatement } from "../../../scripts/profiles/huaibei/rules/exit-statement.ts";
import { exitWholeSystem } from "../../../scripts/profiles/huaibei/rules/exit-whole-system.ts";
import { extensionTargetRule } from "../../../scripts/profiles/huaibei/rules/extension-target.ts";
import { formRequired } from "../../../scripts/profiles/huaibei/rules/form-required.ts";
import { huaibeiRules } from "../../../scripts/profiles/huaibei/rules/index.ts";
import { majorChange } from "../../../scripts/profiles/huaibei/rules/major-change.ts";
import { resourceFee, totalAmounts } from "../../../scripts/profiles/huaibei/rules/measures.ts";
import { migrationKeep } from "../../../scripts/profiles/huaibei/rules/migration-keep.ts";
import { onboardingHosting } from "../../../scripts/profiles/huaibei/rules/onboarding-hosting.ts";
import { onboardingMigration } from "../../../scripts/profiles/huaibei/rules/onboarding-migration.ts";
import { portRanges, portsFiled } from "../../../scripts/profiles/huaibei/rules/ports-filed.ts";
import { scaleUpExtension } from "../../../scripts/profiles/huaibei/rules/scale-up-extension.ts";
import { scaleUpPeriod } from "../../../scripts/profiles/huaibei/rules/scale-up-period.ts";
import { scopeExcluded } from "../../../scripts/profiles/huaibei/rules/scope-excluded.ts";
import { scopeOutsideFees } from "../../../scripts/profiles/huaibei/rules/scope-outside-fees.ts";
import { temporaryExtension } from "../../../scripts/profiles/huaibei/rules/temporary-extension.ts";
import { temporaryPeriod } from "../../../scripts/profiles/huaibei/rules/temporary-period.ts";
import { temporaryProjectFiled } from "../../../scripts/profiles/huaibei/rules/temporary-project-filed.ts";
import { type Held, runRule, telecomBook } from "./rules-context.ts";

const letter = { number: "淮教函〔2026〕35号", date: "2026-11-02" };
const newApp = (extra: Record<string, unknown> = {}) => ({
  sequence: 1,
  type: "new",
  date: "2026-11-02",
  letter,
  onboarding: "new",
  basis: { kind: "approved-plan", document: "淮发改审批〔2026〕12号" },
  term: { kind: "long-term" },
  resources: [{ id: "app", service: "vm", vcpu: 8, memoryGB: 16, systemDisk: { sizeGB: 100 }, quantity: 2 }],
  ...extra,
});

/** 在用的一台主机：8 核 16 GB，系统盘 100 GB，数据盘 500 GB（sata），2 台；以及 4 个政务外网地址。 */
const held: Held[] = [
  {
    id: "app",
    service: "vm",
    config: { vcpu: 8, memoryGB: 16, systemDisk: { sizeGB: 100 }, dataDisks: [{ sizeGB: 500 }], quantity: 2 },
    deliveredOn: "2026-06-10",
  },
  { id: "ip-gov", service: "ip-govnet", config: { quantity: 4 }, deliveredOn: "2026-06-10" },
];
const changeApp = (extra: Record<string, unknown>) => ({
  sequence: 2,
  type: "change",
  date: "2026-11-20",
  letter,
  category: "host",
  reason: "业务量增长",
  ...extra,
});
const vmChange = (before: Record<string, unknown>, after: Record<string, unknown>) => ({
  changes: [{ resource: "app", before, after }],
});

const paths = (fs: { path: string; severity: string }[]) => fs.map((f) => `${f.severity} ${f.path}`);

describe("第3–5条 scope", () => {
  it.each([
    ["第4条-三级-通过", { protectionLevel: 3 }, []],
    ["第4条-未定级-通过", { protectionLevel: "ungraded" }, []],
    ["第4条-四级-拒绝", { protectionLevel: 4 }, ["error /system"]],
    ["第4条-五级-拒绝", { protectionLevel: 5 }, ["error /system"]],
    ["第5条-涉密-拒绝", { classified: true }, ["error /system"]],
  ] as const)("%s", (_name, system, expected) => {
    expect(paths(runRule(scopeExcluded, { application: newApp(), system }))).toEqual(expected);
  });
  it("第4条 the whole finding for level 4", () => {
    const [f] = runRule(scopeExcluded, { application: newApp(), system: { protectionLevel: 4 } });
    expect(f).toEqual({
      path: "/system",
      severity: "error",
      citation: { profile: "huaibei", article: "第4条" },
      message: {
        zh: "系统“淮北市智慧教育平台”的等级保护级别是 4 级（system.yaml 的 protectionLevel）：等保四级（含）以上的信息系统不依托政务云建设，不能申请政务云资源。等保级别写错的，请改正 system.yaml 的 protectionLevel（1、2、3 或 ungraded）；确为四级以上的，请撤回这份申请。",
        en: "The system “淮北市智慧教育平台” has protection level 4 (protectionLevel in system.yaml): systems of level 4 or above are not built on the cloud and cannot apply. If the level is wrong, correct protectionLevel in system.yaml (1, 2, 3 or ungraded); otherwise withdraw this application.",
      },
    });
  });
  it.each([
    ["第5条第二款-市级-无提示", "municipal", []],
    ["第5条第二款-非服务范围-提示费用自行承担", "outside", ["info /system"]],
  ] as const)("%s", (_name, scope, expected) => {
    expect(paths(runRule(scopeOutsideFees, { application: newApp(), system: { scope } }))).toEqual(expected);
  });
});

describe("附件1 注3 and the onboarding kinds", () => {
  it.each([
    ["附件1注3-填0-通过", { investmentYuan: "0" }, []],
    ["附件1注3-空白-不通过", { description: "  " }, ["error /system"]],
    ["附件1-其他网络写明-通过", { networks: ["other"], networksOther: "视频专网" }, []],
    [
      "附件1-其他网络只写空白-不通过",
      { networks: ["govnet", "other"], networksOther: " " },
      ["error /system"],
    ],
    [
      "附件1-其他可用性只写空白-不通过",
      { availability: "other", availabilityOther: "\t" },
      ["error /system"],
    ],
  ] as const)("%s", (_name, system, expected) => {
    expect(paths(runRule(formRequired, { application: newApp(), system }))).toEqual(expected);
  });
  it.each([
    ["附件1-其他数据库写明-通过", "OceanBase 4.2", []],
    ["附件1-其他数据库只写空白-不通过", "  ", ["error /resources/0/productOther"]],
  ] as const)("%s", (_name, productOther, expected) => {
    const app = newApp({ resources: [{ id: "db", service: "database", product: "other", productOther }] });
    expect(paths(runRule(formRequired, { application: app }))).toEqual(expected);
  });
  it.each([
    ["第15条-迁移写明原系统-通过", { onboarding: "migrate", migration: { oldSystem: "原机房平台" } }, []],
    ["第15条-迁移没写原系统-不通过", { onboarding: "migrate" }, ["error /onboarding"]],
    ["第15条-新建写了migration-不通过", { migration: { oldSystem: "x" } }, ["error /migration"]],
  ] as const)("%s", (_name, extra, expected) => {
    expect(paths(runRule(onboardingMigration, { application: newApp(extra) }))).toEqual(expected);
  });
  const device = { id: "srv1", service: "hosted-device", units: 2, ratedPowerW: 800, quantity: 1 };
  it.each([
    ["附件2-托管有设备清单-通过", { onboarding: "hosting", resources: [device] }, []],
    [
      "附件2-托管没有清单-不通过",
      { onboarding: "hosting", resources: [{ id: "ip", service: "ip-govnet" }] },
      ["error /resources"],
    ],
    ["附件2-新建上云列了托管设备-不通过", { resources: [device] }, ["error /resources/0/service"]],
  ] as const)("%s", (_name, extra, expected) => {
    expect(paths(runRule(onboardingHosting, { application: newApp(extra) }))).toEqual(expected);
  });
});

describe("第13条 basis", () => {
  it.each([
    ["第13条-新建按批复方案-通过", {}, []],
    ["第13条-新建按可研-通过", { basis: { kind: "feasibility-study", document: "可研报告" } }, []],
    [
      "第13条-迁移按使用情况-通过",
      { onboarding: "migrate", basis: { kind: "current-usage", document: "使用情况表" } },
      [],
    ],
    [
      "第13条-托管两种都可以-通过",
      { onboarding: "hosting", basis: { kind: "current-usage", document: "清单" } },
      [],
    ],
    [
      "第13条-新建按使用情况-不通过",
      { basis: { kind: "current-usage", document: "x" } },
      ["error /basis/kind"],
    ],
    ["第13条-迁移按批复方案-不通过", { onboarding: "migrate" }, ["error /basis/kind"]],
    ["第13条-没有依据-不通过", { basis: undefined }, ["error /onboarding"]],
    ["第13条-依据没写文号-不通过", { basis: { kind: "approved-plan", document: " " } }, ["error /basis"]],
  ] as const)("%s", (_name, extra, expected) => {
    expect(paths(runRule(basis, { application: newApp(extra) }))).toEqual(expected);
  });
});

describe("第16条 major change", () => {
  it("measures: vCPU, memory and storage summed over the system, counts per service", () => {
    expect(Object.fromEntries(totalAmounts(held))).toEqual({
      vcpu: 16,
      memoryGB: 32,
      storageGB: 1200,
      "count:ip-govnet": 4,
    });
  });
  it("the fee of a host from the price book", () => {
    // 8×30 + 16×15 + (100+500)×0.3 = 660 元，2 台
    expect(resourceFee(telecomBook, { id: "app", service: "vm", ...held[0]?.config })).toBe(1320);
  });
  it.each([
    // 在用 16 核（8 核 × 2 台）→ 24 核：恰好 50%；月费用 1360 → 1600 元，只增长 17.6%
    ["第16条-vCPU恰好增长50%-通过", vmChange({ vcpu: 8 }, { vcpu: 12 }), []],
    ["第16条-vCPU增长超过50%-不通过", vmChange({ vcpu: 8 }, { vcpu: 14 }), ["error /changes"]],
    ["第16条-内存恰好增长50%-通过", vmChange({ memoryGB: 16 }, { memoryGB: 24 }), []],
    ["第16条-内存增长超过50%-不通过", vmChange({ memoryGB: 16 }, { memoryGB: 26 }), ["error /changes"]],
    ["第16条-降配不算重大变更-通过", vmChange({ vcpu: 8, memoryGB: 16 }, { vcpu: 2, memoryGB: 4 }), []],
    [
      "第16条-IP恰好增加50%-通过",
      { changes: [{ resource: "ip-gov", before: { quantity: 4 }, after: { quantity: 6 } }] },
      [],
    ],
    [
      "第16条-IP增加超过50%-不通过",
      { changes: [{ resource: "ip-gov", before: { quantity: 4 }, after: { quantity: 7 } }] },
      ["error /changes"],
    ],
    [
      "第16条-新增一个新的服务只按费用-通过",
      { additions: [{ id: "ip-pub", service: "ip-internet", quantity: 1 }] },
      [],
    ],
    [
      "第16条-新增GPU使费用增长超过50%-不通过",
      { additions: [{ id: "gpu1", service: "gpu", grade: "low", quantity: 1 }] },
      ["error /additions"],
    ],
  ] as const)("%s", (_name, extra, expected) => {
    expect(paths(runRule(majorChange, { application: changeApp(extra), before: held }))).toEqual(expected);
  });
  it("第16条 a temporary scale-up is judged by its own limits, not as a major change", () => {
    const app = changeApp({
      ...vmChange({ vcpu: 8 }, { vcpu: 16 }),
      temporary: { from: "2026-12-10", to: "2027-02-28" },
    });
    expect(runRule(majorChange, { application: app, before: held })).toEqual([]);
    expect(
      paths(
        runRule(majorChange, { application: changeApp(vmChange({ vcpu: 8 }, { vcpu: 16 })), before: held }),
      ),
    ).toEqual(["error /changes"]);
  });
  it("第16条 fee growth of exactly 50 % passes, just above fails", () => {
    // 现有月费用：1320 + 4×10 = 1360 元；再加 680 元恰好 50%
    const sixtyEight = {
      // 12×50 + 2×10 + 1 Mbps×60 = 680 元；政务外网地址 4 → 6 也恰好 50%
      additions: [
        { id: "ip-pub", service: "ip-internet", quantity: 12 },
        { id: "ipg", service: "ip-govnet", quantity: 2 },
        { id: "line", service: "bandwidth-line", bandwidthMbps: 1 },
      ],
    };
    expect(runRule(majorChange, { application: changeApp(sixtyEight), before: held })).toEqual([]);
    const more = { additions: [{ id: "ip-pub", service: "ip-internet", quantity: 14 }] };
    const [f] = runRule(majorChange, { application: changeApp(more), before: held });
    expect(f?.message.zh).toBe(
      "这份变更使月云服务费从 1360.00 元增加到 2060.00 元（增长 51.5%，按电信云价格表（示例价格）），超过已有的 50%：属于重大变更，须按上云申请的工作流程办理。请撤回这份变更申请，改为提交上云申请（type: new，附件1，附上批复的建设方案或可研报告作依据），由市政务云主管部门评估；或把变更幅度减到 50% 以内（恰好 50% 可以）。",
    );
  });
});

describe("第16条 temporary scale-up", () => {
  it.each([
    ["第16条-扩容恰好3个月-通过", { from: "2026-12-10", to: "2027-03-10" }, []],
    ["第16条-扩容3个月零1天-不通过", { from: "2026-12-10", to: "2027-03-11" }, ["error /temporary/to"]],
    ["第16条-结束早于开始-不通过", { from: "2026-12-10", to: "2026-12-01" }, ["error /temporary/to"]],
  ] as const)("%s", (_name, temporary, expected) => {
    const app = changeApp({ ...vmChange({ vcpu: 8 }, { vcpu: 10 }), temporary });
    expect(paths(runRule(scaleUpPeriod, { application: app, before: held }))).toEqual(expected);
  });
  it("第16条 a reason of 临时扩容 without a period is a warning", () => {
    const app = changeApp({ ...vmChange({ vcpu: 8 }, { vcpu: 10 }), reason: "春节期间临时扩容" });
    expect(paths(runRule(scaleUpPeriod, { application: app }))).toEqual(["warning /reason"]);
  });
});

describe("第16条、第18条 extensions (7 working days ahead)", () => {
  const scaleUp = changeApp({
    ...vmChange({ vcpu: 8 }, { vcpu: 10 }),
    temporary: { from: "2026-12-01", to: "2027-02-26" },
  });
  const test = {
    sequence: 3,
    type: "test",
    date: "2026-09-01",
    letter,
    temporary: {
      reason: "省里新要求",
      requirement: "皖政办〔2026〕88号",
      months: 6,
      project: { status: "pending" },
    },
    resources: [{ id: "t1", service: "vm", vcpu: 4, memoryGB: 8 }],
  };
  const renewal = (application: number, date: string, until: string) => ({
    sequence: 5,
    type: "test-renewal",
    date,
    letter,
    extends: { application, until, reason: "继续保障" },
  });
  // 2026-06-30 配置 + 6 个月 = 2026-12-30（周三）；之前的第 7 个工作日：12-21（周一）——12-21、22、23、24、25、28、29
  it.each([
    ["第18条-提前恰好7个工作日-通过", "2026-12-21", []],
    ["第18条-提前6个工作日-不通过", "2026-12-22", ["error /date"]],
  ] as const)("%s", (_name, date, expected) => {
    const input = {
      application: renewal(3, date, "2027-03-31"),
      history: [test],
      deliveries: [{ application: 3, date: "2026-06-30" }],
    };
    expect(paths(runRule(temporaryExtension, input))).toEqual(expected);
    expect(runRule(scaleUpExtension, input)).toEqual([]);
  });
  // 2027-02-26（周五）之前的第 7 个工作日：02-17（周三）
  it.each([
    ["第16条-提前恰好7个工作日-通过", "2027-02-17", []],
    ["第16条-提前6个工作日-不通过", "2027-02-18", ["error /date"]],
  ] as const)("%s", (_name, date, expected) => {
    const input = { application: renewal(2, date, "2027-03-31"), history: [scaleUp] };
    expect(paths(runRule(scaleUpExtension, input))).toEqual(expected);
    expect(runRule(temporaryExtension, input)).toEqual([]);
  });
  it("the shortcut (an application 50 days ahead is always in time) agrees with the calendar for every end date of 2026", () => {
    const calendar = nationalCalendar();
    for (let end = "2026-01-20"; end <= "2026-12-31"; end = addDays(end, 1))
      expect((calendar.workdaysBefore(end, 7)[0] as string) > addDays(end, -50), end).toBe(true);
  });
  it("第16条 the lead-time message names the deadline and the days", () => {
    const [f] = runRule(scaleUpExtension, {
      application: renewal(2, "2027-02-18", "2027-03-31"),
      history: [scaleUp],
    });
    expect(f?.message.zh).toBe(
      "第 2 号临时扩容到 2027-02-26 结束，延期申请应提前 7 个工作日提出，最迟 2027-02-17（之后的 7 个工作日：2027-02-17、2027-02-18、2027-02-19、2027-02-22、2027-02-23、2027-02-24、2027-02-25）；这份申请的日期是 2027-02-18，晚了。已经晚了的，请尽快与市政务云主管部门联系，并在事由中说明原因；到期不再使用的，请按期备份数据。",
    );
  });
  it("第16条 a second extension counts from the first one's end", () => {
    const first = renewal(2, "2027-02-01", "2027-04-30");
    const input = {
      application: { ...renewal(2, "2027-04-28", "2027-05-31"), sequence: 6 },
      history: [scaleUp, first],
    };
    expect(paths(runRule(scaleUpExtension, input))).toEqual(["error /date"]);
  });
  it("第18条 an until not after the current end is refused", () => {
    const input = {
      application: renewal(3, "2026-12-01", "2026-12-30"),
      history: [test],
      deliveries: [{ application: 3, date: "2026-06-30" }],
    };
    expect(paths(runRule(temporaryExtension, input))).toEqual(["error /extends/until"]);
  });
  it("第18条 temporary resources not yet configured: a warning", () => {
    const input = { application: renewal(3, "2026-12-01", "2027-06-30"), history: [test] };
    expect(paths(runRule(temporaryExtension, input))).toEqual(["warning /extends/application"]);
  });
  it.each([
    ["第18条-延期临时资源-通过", 3, []],
    ["第16条-延期临时扩容-通过", 2, []],
    ["第18条-延期不存在的申请-不通过", 4, ["error /extends/application"]],
    ["第16条-延期普通变更-不通过", 7, ["error /extends/application"]],
  ] as const)("%s", (_name, target, expected) => {
    const plain = changeApp({ ...vmChange({ vcpu: 8 }, { vcpu: 10 }), sequence: 7 });
    const input = {
      application: { ...renewal(target, "2026-12-01", "2027-06-30"), sequence: 9 },
      history: [scaleUp, test, plain],
    };
    expect(paths(runRule(extensionTargetRule, input))).toEqual(expected);
  });
  it.each([
    ["第18条-第一次延期时立项推进中-通过", [], []],
    [
      "第18条-再次延期时立项仍未备案-提醒",
      [renewal(3, "2026-11-02", "2027-02-28")],
      ["warning /extends/application"],
    ],
  ] as const)("%s", (_name, earlier, expected) => {
    const input = {
      application: { ...renewal(3, "2027-02-01", "2027-04-30"), sequence: 6 },
      history: [test, ...earlier],
      deliveries: [{ application: 3, date: "2026-06-30" }],
    };
    expect(paths(runRule(temporaryProjectFiled, input))).toEqual(expected);
  });
  it("第18条 a second extension after the project was filed passes", () => {
    const t = {
      ...test,
      temporary: {
        ...test.temporary,
        project: { status: "filed", document: "淮发改审批〔2026〕30号", date: "2026-10-08" },
      },
    };
    const input = {
      application: { ...renewal(3, "2027-02-01", "2027-04-30"), sequence: 6 },
      history: [t, renewal(3, "2026-11-02", "2027-02-28")],
      deliveries: [{ application: 3, date: "2026-06-30" }],
    };
    expect(runRule(temporaryProjectFiled, input)).toEqual([]);
  });
});

describe("第18条 temporary resources", () => {
  const test = (months: unknown, extra: Record<string, unknown> = {}) => ({
    sequence: 3,
    type: "test",
    date: "2026-11-20",
    letter,
    temporary: { reason: "省里新要求", requirement: "皖政办〔2026〕88号", months, ...extra },
    resources: [],
  });
  it.each([
    ["第18条-恰好6个月-通过", 6, []],
    ["第18条-1个月-通过", 1, []],
    ["第18条-7个月-不通过", 7, ["error /temporary/months"]],
    ["第18条-0个月-不通过", 0, ["error /temporary/months"]],
  ] as const)("%s", (_name, months, expected) => {
    expect(paths(runRule(temporaryPeriod, { application: test(months) }))).toEqual(expected);
  });
  it.each([
    ["第18条-立项推进中-通过", { status: "pending" }, []],
    [
      "第18条-已备案写明文号与日期-通过",
      { status: "filed", document: "淮发改审批〔2026〕30号", date: "2026-11-25" },
      [],
    ],
    ["第18条-已备案没有文号-不通过", { status: "filed", date: "2026-11-10" }, ["error /temporary/project"]],
    [
      "第18条-备案日期在今天之后-不通过",
      { status: "filed", document: "x", date: "2026-11-26" },
      ["error /temporary/project/date"],
    ],
  ] as const)("%s", (_name, project, expected) => {
    expect(paths(runRule(temporaryProjectFiled, { application: test(6, { project }) }))).toEqual(expected);
  });
  it("第18条 the urgent reason is stated", () => {
    expect(paths(runRule(temporaryPeriod, { application: test(3, { reason: "" }) }))).toEqual([
      "error /temporary/reason",
    ]);
  });
});

describe("第15条", () => {
  const migrate = (keepUntil?: string) =>
    newApp({
      onboarding: "migrate",
      basis: { kind: "current-usage", document: "使用情况" },
      migration: { oldSystem: "原机房平台", ...(keepUntil ? { keepUntil } : {}) },
    });
  it.each([
    ["第15条-割接后恰好保留3个月-通过", "2027-03-20", []],
    ["第15条-割接后保留不到3个月-不通过", "2027-03-19", ["error /migration/keepUntil"]],
  ] as const)("%s", (_name, keepUntil, expected) => {
    const input = {
      application: migrate(keepUntil),
      deliveries: [{ application: 1, date: "2026-11-12", cutover: { date: "2026-12-20" } }],
    };
    expect(paths(runRule(migrationKeep, input))).toEqual(expected);
  });
  it.each([
    ["第15条-未割接时不早于申请日加3个月-通过", "2027-02-02", []],
    ["第15条-未割接时早于申请日加3个月-不通过", "2027-02-01", ["error /migration/keepUntil"]],
  ] as const)("%s", (_name, keepUntil, expected) => {
    expect(paths(runRule(migrationKeep, { application: migrate(keepUntil) }))).toEqual(expected);
  });
  it("第15条 cut over without keepUntil: a warning", () => {
    const input = {
      application: migrate(),
      deliveries: [{ application: 1, date: "2026-11-12", cutover: { date: "2026-12-20" } }],
    };
    expect(paths(runRule(migrationKeep, input))).toEqual(["warning /migration"]);
  });
  it.each([
    ["第15条-变更已交付的资源-通过", vmChange({ vcpu: 8 }, { vcpu: 10 }), held, []],
    [
      "第15条-变更未交付的资源-不通过",
      vmChange({ vcpu: 8 }, { vcpu: 10 }),
      [{ ...held[0], deliveredOn: undefined } as Held],
      ["error /changes/0/resource"],
    ],
    [
      "第15条-变更不存在的资源-不通过",
      { changes: [{ resource: "db", before: {}, after: {} }] },
      held,
      ["error /changes/0/resource"],
    ],
    [
      "第16条-变更前配置不是在用配置-不通过",
      vmChange({ vcpu: 4 }, { vcpu: 10 }),
      held,
      ["error /changes/0/before/vcpu"],
    ],
    [
      "第15条-新增资源与在用资源同名-不通过",
      { additions: [{ id: "app", service: "vm" }] },
      held,
      ["error /additions/0/id"],
    ],
  ] as const)("%s", (_name, extra, before, expected) => {
    expect(paths(runRule(changeResources, { application: changeApp(extra), before: [...before] }))).toEqual(
      expected,
    );
  });
});

describe("第17条 exit", () => {
  const exitApp = (exit: Record<string, unknown>, revocations: unknown[]) => ({
    sequence: 4,
    type: "revoke",
    date: "2026-11-20",
    letter,
    exit: { type: "system", date: "2027-01-31", reason: "并入省平台", statement: true, ...exit },
    revocations,
  });
  const all = [
    { resource: "app", dataBackup: "backed-up" },
    { resource: "ip-gov", dataBackup: "no-data" },
  ];
  it.each([
    ["附件4-确认与日期齐全-通过", {}, []],
    ["附件4-退出日期等于申请日-通过", { date: "2026-11-20" }, []],
    ["附件4-未确认-不通过", { statement: false }, ["error /exit"]],
    ["附件4-退出日期早于申请日-不通过", { date: "2026-11-19" }, ["error /exit/date"]],
    ["附件4-没有退出日期-不通过", { date: undefined }, ["error /exit"]],
  ] as const)("%s", (_name, exit, expected) => {
    expect(paths(runRule(exitStatement, { application: exitApp(exit, all), before: held }))).toEqual(
      expected,
    );
  });
  it.each([
    ["第17条-主机已备份-通过", all, []],
    ["第17条-主机无需备份-通过", [{ resource: "app", dataBackup: "not-needed" }], []],
    [
      "第17条-主机写no-data-不通过",
      [{ resource: "app", dataBackup: "no-data" }],
      ["error /revocations/0/dataBackup"],
    ],
    ["第17条-主机没写备份-不通过", [{ resource: "app" }], ["error /revocations/0"]],
  ] as const)("%s", (_name, revocations, expected) => {
    expect(
      paths(runRule(exitDataBackup, { application: exitApp({}, [...revocations]), before: held })),
    ).toEqual(expected);
  });
  it.each([
    ["第17条-收回全部资源-通过", all, []],
    ["第16条-只收回部分资源-不通过", [all[0]], ["error /revocations"]],
    [
      "第17条-收回不存在的资源-不通过",
      [...all, { resource: "db", dataBackup: "backed-up" }],
      ["error /revocations/2/resource"],
    ],
  ] as const)("%s", (_name, revocations, expected) => {
    expect(
      paths(runRule(exitWholeSystem, { application: exitApp({}, [...revocations]), before: held })),
    ).toEqual(expected);
  });
  it("第17条 a unit exit warns about the unit's other systems", () => {
    const input = {
      application: exitApp({ type: "unit" }, all),
      before: held,
      unitSystems: { 淮北市教育局OA: 2, 空系统: 0 },
    };
    const out = runRule(exitWholeSystem, input);
    expect(paths(out)).toEqual(["warning /exit/type"]);
    expect(out[0]?.message.zh).toContain("淮北市教育局OA");
    expect(out[0]?.message.zh).not.toContain("空系统");
  });
});

describe("第14条 high-risk ports", () => {
  const portsApp = (ports: unknown, filing?: Record<string, unknown>) => ({
    sequence: 6,
    type: "ports",
    date: "2026-11-20",
    ports: {
      rules: [{ source: "10.1.1.0/24", destination: "app", protocol: "tcp", ports, description: "运维" }],
      ...(filing ? { filing } : {}),
    },
  });
  it("port notations", () => {
    expect(portRanges("80, 443")).toEqual([
      [80, 80],
      [443, 443],
    ]);
    expect(portRanges("135-139")).toEqual([[135, 139]]);
    expect(portRanges([22, 3389])).toEqual([
      [22, 22],
      [3389, 3389],
    ]);
    expect(portRanges("x")).toEqual([]);
  });
  it.each([
    ["第14条-普通端口无需备案-通过", 443, undefined, []],
    ["第14条-3389已备案-通过", 3389, { date: "2026-11-18", number: "HB-2026-07" }, []],
    ["第14条-备案日期恰好今天-通过", 3389, { date: "2026-11-25", number: "HB-2026-07" }, []],
    ["第14条-3389未备案-不通过", 3389, undefined, ["error /ports/rules/0/ports"]],
    ["第14条-范围含137未备案-不通过", "130-140", undefined, ["error /ports/rules/0/ports"]],
    [
      "第14条-备案在今天之后-不通过",
      "22",
      { date: "2026-11-26", number: "HB-2026-07" },
      ["error /ports/filing/date"],
    ],
    ["第14条-备案没有备案号-不通过", 6379, { date: "2026-11-18" }, ["error /ports/filing"]],
  ] as const)("%s", (_name, ports, filing, expected) => {
    expect(paths(runRule(portsFiled, { application: portsApp(ports, filing) }))).toEqual(expected);
  });
  it("第14条 filed after the opening (delivery) is refused", () => {
    const input = {
      application: portsApp(3389, { date: "2026-11-20", number: "HB-2026-07" }),
      deliveries: [{ application: 6, date: "2026-11-19" }],
    };
    expect(paths(runRule(portsFiled, input))).toEqual(["error /ports/filing/date"]);
  });
});

describe("第11条、第16条 catalog consistency", () => {
  it.each([
    ["第11条-目录中的服务-通过", [{ id: "a", service: "vm" }], []],
    ["第11条-未知服务-不通过", [{ id: "a", service: "k8s" }], ["error /resources/0/service"]],
    [
      "第11条-未知数据库产品-不通过",
      [{ id: "a", service: "database", product: "oracle" }],
      ["error /resources/0/product"],
    ],
    ["第11条-带宽档位-通过", [{ id: "a", service: "bandwidth-line", bandwidthMbps: 20 }], []],
    ["附件1注3-带宽填0-通过", [{ id: "a", service: "bandwidth-line", bandwidthMbps: 0 }], []],
    [
      "第11条-带宽其他-提醒",
      [{ id: "a", service: "bandwidth-line", bandwidthMbps: 30 }],
      ["warning /resources/0/bandwidthMbps"],
    ],
  ] as const)("%s", (_name, resources, expected) => {
    expect(paths(runRule(catalogService, { application: newApp({ resources: [...resources] }) }))).toEqual(
      expected,
    );
  });
  it.each([
    ["第16条-价格表有价格-通过", "telecom", [{ id: "a", service: "vm", vcpu: 2 }], []],
    [
      "第16条-价格表缺服务-提醒",
      "telecom",
      [{ id: "a", service: "slb-l7" }],
      ["warning /resources/0/service"],
    ],
    ["第16条-云服务商没有价格表-提醒", "unicom", [{ id: "a", service: "vm" }], ["warning /system"]],
  ] as const)("%s", (_name, carrier, resources, expected) => {
    const input = { application: newApp({ resources: [...resources] }), system: { carrier } };
    expect(paths(runRule(catalogPrice, input))).toEqual(expected);
  });
});

describe("the registry", () => {
  it("every rule has a line in docs/huaibei-rules.md", () => {
    const doc = readFileSync(new URL("../../../docs/huaibei-rules.md", import.meta.url), "utf8");
    expect(huaibeiRules.filter((r) => !doc.includes(`| \`${r.id}\` |`)).map((r) => r.id)).toEqual([]);
  });
  it("every rule is huaibei's, cited, bilingual and registered once", () => {
    const ids = huaibeiRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of huaibeiRules) {
      expect(r.id).toMatch(/^huaibei\/[a-z-]+$/);
      expect(r.citation.profile).toBe("huaibei");
      expect(r.title.zh && r.title.en && r.why.zh && r.why.en).toBeTruthy();
    }
  });
});
