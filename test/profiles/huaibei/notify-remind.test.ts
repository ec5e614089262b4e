/**
 * 期满提醒发在哪几晚：深圳按剩余天数（7、3、1 天），淮北按期满前的工作日（第10个与第7个，即延期申请的最后一天，
 * 第16条、第18条“提前7个工作日”）。按剩余天数发，淮北的提醒总在延期截止之后才到。
 */
import { describe, expect, it } from "vitest";
import { dueReminders } from "../../../scripts/cli/notify.ts";
import { type ExpiryFinding, expiryReminder, remindByOf } from "../../../scripts/core/notify/compose.ts";
import { huaibei } from "../../../scripts/profiles/huaibei/index.ts";
import { shenzhen } from "../../../scripts/profiles/shenzhen/index.ts";

const finding = (check: string, params: ExpiryFinding["params"]): ExpiryFinding => ({
  check,
  key: `${check}/hb-health/emergency/${String(params.workdaysBeforeEnd ?? params.daysLeft)}`,
  unit: "hb-health",
  system: "emergency",
  resource: "app",
  params: { resource: "app", expiresOn: "2027-01-29", ...params },
});

describe("reminder nights by profile", () => {
  it("Huaibei reminds on the 10th and the 7th working day before the end, whatever the calendar days", () => {
    const notices = huaibei.audit.notices;
    const at = new Set(remindByOf(notices).defaults);
    const f10 = finding("temporary-expiring", { workdaysBeforeEnd: 10, daysLeft: 14 });
    const f9 = finding("temporary-expiring", { workdaysBeforeEnd: 9, daysLeft: 13 });
    const f7 = finding("temporary-expiring", { workdaysBeforeEnd: 7, daysLeft: 7 });
    const f3 = finding("temporary-expiring", { workdaysBeforeEnd: 3, daysLeft: 3 });
    expect(dueReminders([f10, f9, f7, f3], at, notices)).toEqual([f10, f7]);
  });

  it("Shenzhen keeps 7, 3 and 1 days left", () => {
    const notices = shenzhen.audit.notices;
    const at = new Set(remindByOf(notices).defaults);
    expect([...at]).toEqual([7, 3, 1]);
    const days = [8, 7, 3, 2, 1].map((d) => finding(notices.check, { daysLeft: d }));
    expect(dueReminders(days, at, notices).map((f) => f.params.daysLeft)).toEqual([7, 3, 1]);
  });
});

describe("the reminder names what expires", () => {
  it("Huaibei says 临时资源, Shenzhen keeps 测试资源", () => {
    const hb = expiryReminder(
      finding("temporary-expiring", {
        workdaysBeforeEnd: 10,
        daysLeft: 14,
        extensionDeadline: "2027-01-20",
        extensionInTime: true,
      }),
      huaibei.audit.notices,
      "zh",
    );
    expect(hb?.title).toContain("临时资源 app 将于 2027-01-29 到期");
    expect(hb?.text).toContain("临时资源：app");
    expect(hb?.text).not.toContain("测试资源");
    const sz = expiryReminder(
      finding(shenzhen.audit.notices.check, { daysLeft: 3 }),
      shenzhen.audit.notices,
      "en",
    );
    expect(sz?.title).toContain("Test resource app expires on 2027-01-29");
  });
});
