import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { nationalCalendar } from "../scripts/adapters/calendar-files.ts";
import { provisionalHolidays, statutoryDays } from "../scripts/core/calendar/statutory.ts";
import {
  addMonths,
  CalendarRangeError,
  calendarFromData,
  WorkdayCalendar,
} from "../scripts/core/calendar/workdays.ts";

/** 测试用的日历：chinese-days 的数据，不读仓库里的 cn.yaml（它会随每年导入而变）。 */
const require = createRequire(import.meta.url);
const packageData = require("chinese-days/dist/chinese-days.json") as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const packageLayer = {
  years: Array.from({ length: 2026 - 2004 + 1 }, (_, i) => 2004 + i),
  holidays: Object.keys(packageData.holidays),
  workdays: Object.keys(packageData.workdays),
};
const packageOnly = () => calendarFromData({ package: packageLayer });
const cal = packageOnly();

/** 与实现无关地算星期：0 为周日 */
const weekday = (date: string) => new Date(`${date}T12:00:00Z`).getUTCDay();

describe("national working-day calendar (chinese-days + catalog/calendar/cn.yaml)", () => {
  it.each([
    ["2026-10-01", false, "国庆节"],
    ["2026-10-07", false, "国庆节最后一天"],
    ["2026-10-08", true, "节后第一天（周四）"],
    ["2026-09-20", true, "周日调休上班"],
    ["2026-10-10", true, "周六调休上班"],
    ["2026-10-11", false, "普通周日"],
    ["2026-11-25", true, "普通周三"],
  ])("%s is a working day: %s (%s)", (date, work) => {
    expect(cal.isWorkday(date)).toBe(work);
  });

  it("the 5 working days before an application across National Day include the make-up Saturday", () => {
    expect(cal.workdaysBefore("2026-10-12", 5)).toEqual([
      "2026-09-29",
      "2026-09-30",
      "2026-10-08",
      "2026-10-09",
      "2026-10-10",
    ]);
  });

  it("a 1-working-day clock started before a holiday ends after it", () => {
    expect(cal.addWorkdays("2026-09-30", 1)).toBe("2026-10-08");
    expect(cal.addWorkdays("2026-09-19", 1)).toBe("2026-09-20");
    expect(cal.workdaysBetween("2026-09-30", "2026-10-08")).toBe(1);
    expect(cal.workdaysBetween("2026-10-08", "2026-09-30")).toBe(-1);
  });

  it("the repository's calendar (nationalCalendar) knows 2026 from the package and never throws for 2027", () => {
    const national = nationalCalendar();
    expect(national.isWorkday("2026-10-10")).toBe(true);
    expect(() => national.addWorkdays("2026-12-31", 5)).not.toThrow();
  });

  it("refuses only years beyond the lunar data (1901–2100), with the fix", () => {
    expect(() => cal.isWorkday("2101-03-02")).toThrow(CalendarRangeError);
    expect(() => cal.isWorkday("2101-03-02")).toThrow(/catalog\/calendar\/cn\.yaml/);
    expect(() => cal.isWorkday("1900-06-01")).toThrow(CalendarRangeError);
    expect(cal.isWorkday("2100-10-01")).toBe(false);
    expect(() => cal.isWorkday("2027-02-30")).toThrow(RangeError);
  });

  it("an override year makes dates of that year known", () => {
    const c = new WorkdayCalendar({ years: [2027], holidays: ["2027-01-01"], workdays: ["2027-02-07"] });
    expect(c.isWorkday("2027-01-01")).toBe(false);
    expect(c.isWorkday("2027-02-07")).toBe(true);
    expect(c.isWorkday("2027-01-04")).toBe(true);
    expect(c.isProvisionalYear(2027)).toBe(false);
  });

  it.each([
    ["2026-01-31", 1, "2026-02-28"],
    ["2026-08-31", 3, "2026-11-30"],
    ["2026-11-25", 3, "2027-02-25"],
    ["2026-12-15", -3, "2026-09-15"],
  ])("addMonths(%s, %i) = %s", (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });
});

describe("day sources: package, override (cn.yaml, wins for its years), provisional", () => {
  const layered = calendarFromData({
    package: packageLayer,
    override: {
      years: [2026, 2028],
      // 2026 改由 cn.yaml 决定：假设 10 月 8 日也放假；2028 年的元旦从 2027 年底开始
      holidays: ["2026-10-08", "2027-12-31", "2028-01-01"],
      workdays: ["2027-12-26"],
    },
  });

  it.each([
    ["2025-10-01", "package", false],
    ["2026-10-08", "override", false],
    // cn.yaml 覆盖 2026 整年：chinese-days 的 9 月 20 日调休上班不再采用
    ["2026-09-20", "override", false],
    ["2026-10-01", "override", true],
    ["2027-02-05", "provisional", false],
    ["2027-12-31", "override", false],
    ["2027-12-26", "override", true],
    ["2028-01-03", "override", true],
  ] as const)("%s comes from %s (working day: %s)", (date, source, work) => {
    expect(layered.sourceOf(date)).toBe(source);
    expect(layered.isWorkday(date)).toBe(work);
  });

  it("knows which years are provisional", () => {
    expect([2025, 2026, 2027, 2028, 2030, 2101].map((y) => layered.isProvisionalYear(y))).toEqual([
      false,
      false,
      true,
      false,
      true,
      false,
    ]);
  });
});

describe("provisional calendar: the statutory holidays in force since 2025, days in lieu, no make-up days", () => {
  // 手工核对：2027 年除夕是 2 月 5 日（周五），正月初一至初三为 2 月 6 日（周六）至 8 日（周一）；
  // 清明 4 月 5 日；端午（五月初五）6 月 9 日；中秋（八月十五）9 月 15 日。
  // 落在周末的：正月初一、初二，5 月 1 日、2 日，10 月 2 日、3 日，各在其后的工作日补休。
  const expected2027 = [
    ["2027-01-01", "元旦"],
    ["2027-02-05", "春节（除夕）"],
    ["2027-02-06", "春节（正月初一）"],
    ["2027-02-07", "春节（正月初二）"],
    ["2027-02-08", "春节（正月初三）"],
    ["2027-02-09", "春节补休"],
    ["2027-02-10", "春节补休"],
    ["2027-04-05", "清明节"],
    ["2027-05-01", "劳动节"],
    ["2027-05-02", "劳动节"],
    ["2027-05-03", "劳动节补休"],
    ["2027-05-04", "劳动节补休"],
    ["2027-06-09", "端午节"],
    ["2027-09-15", "中秋节"],
    ["2027-10-01", "国庆节"],
    ["2027-10-02", "国庆节"],
    ["2027-10-03", "国庆节"],
    ["2027-10-04", "国庆节补休"],
    ["2027-10-05", "国庆节补休"],
  ];
  // 2030 年：除夕 2 月 2 日（周六）、初一 2 月 3 日（周日）→ 补休排在初三之后的 2 月 6 日、7 日；
  // 清明 4 月 5 日（周五）；端午 6 月 5 日（周三）；中秋 9 月 12 日（周四）；元旦、劳动节、国庆节都不逢周末。
  const expected2030 = [
    ["2030-01-01", "元旦"],
    ["2030-02-02", "春节（除夕）"],
    ["2030-02-03", "春节（正月初一）"],
    ["2030-02-04", "春节（正月初二）"],
    ["2030-02-05", "春节（正月初三）"],
    ["2030-02-06", "春节补休"],
    ["2030-02-07", "春节补休"],
    ["2030-04-05", "清明节"],
    ["2030-05-01", "劳动节"],
    ["2030-05-02", "劳动节"],
    ["2030-06-05", "端午节"],
    ["2030-09-12", "中秋节"],
    ["2030-10-01", "国庆节"],
    ["2030-10-02", "国庆节"],
    ["2030-10-03", "国庆节"],
  ];

  it.each([
    [2027, expected2027],
    [2030, expected2030],
  ])("%i: the hand-checked days off", (year, expected) => {
    expect(provisionalHolidays(year).map((d) => [d.date, d.name.zh])).toEqual(expected);
  });

  it("the weekdays behind the hand check", () => {
    expect(["2027-02-05", "2027-02-06", "2027-05-01", "2027-10-02"].map(weekday)).toEqual([5, 6, 6, 6]);
    expect(["2030-02-02", "2030-02-03", "2030-06-05", "2030-09-12"].map(weekday)).toEqual([6, 0, 3, 4]);
  });

  it("every other day of 2027 follows the week: no make-up working days", () => {
    const off = new Set(expected2027.map(([d]) => d));
    for (let t = Date.UTC(2027, 0, 1); t <= Date.UTC(2027, 11, 31); t += 86_400_000) {
      const date = new Date(t).toISOString().slice(0, 10);
      const work = !off.has(date) && weekday(date) !== 0 && weekday(date) !== 6;
      expect([date, cal.isWorkday(date)]).toEqual([date, work]);
      expect(cal.sourceOf(date)).toBe("provisional");
    }
  });

  it("two holidays on the same day give a day in lieu (中秋 on 10月1日, as in 2020)", () => {
    const days = provisionalHolidays(2020);
    expect(days.filter((d) => d.kind === "in-lieu").map((d) => [d.date, d.name.zh])).toEqual([
      ["2020-01-28", "春节补休"], // 正月初一 1 月 25 日（周六）、初二 1 月 26 日（周日）
      ["2020-01-29", "春节补休"],
      ["2020-04-06", "清明节补休"], // 清明 4 月 4 日（周六）
      ["2020-05-04", "劳动节补休"], // 5 月 2 日（周六）
      ["2020-10-05", "国庆节补休"], // 中秋与国庆同在 10 月 1 日
      ["2020-10-06", "国庆节补休"], // 10 月 3 日（周六）
    ]);
  });

  it("the statutory days agree with every official schedule under the law in force (2025, 2026)", () => {
    for (const year of [2025, 2026])
      for (const d of statutoryDays(year))
        expect([d.date, packageData.holidays[d.date] !== undefined]).toEqual([d.date, true]);
  });

  // 比的是“不上班”而不是“列为节日”：chinese-days 有时不列落在周末的假日（如 2012-06-23 端午，周六）
  it("the lunar and solar-term dates are days off in every official schedule since 2008 (清明, 端午, 中秋, 春节初一)", () => {
    for (let year = 2008; year <= 2026; year++) {
      const named = statutoryDays(year).filter((d) =>
        ["清明节", "端午节", "中秋节", "春节（正月初一）"].includes(d.name.zh),
      );
      expect(named).toHaveLength(4);
      for (const d of named) expect([d.date, cal.isWorkday(d.date)]).toEqual([d.date, false]);
    }
  });

  it("does not depend on the machine's time zone (chinese-days formats some dates in local time)", () => {
    const years = Array.from({ length: 2100 - 2027 + 1 }, (_, i) => 2027 + i);
    const saved = process.env.TZ;
    const inZone = (tz: string) => {
      process.env.TZ = tz;
      try {
        return years.map((y) => provisionalHolidays(y).map((d) => d.date));
      } finally {
        if (saved === undefined) delete process.env.TZ;
        else process.env.TZ = saved;
      }
    };
    const utc = inZone("UTC");
    for (const tz of ["America/New_York", "Pacific/Pago_Pago", "Asia/Shanghai", "Pacific/Kiritimati"])
      expect([tz, inZone(tz)]).toEqual([tz, utc]);
  });

  it("a clock running into a provisional year works: 2026-12-31 plus 1 working day is 2027-01-04", () => {
    expect(cal.addWorkdays("2026-12-31", 1)).toBe("2027-01-04");
    expect(cal.workdaysBefore("2027-02-11", 2)).toEqual(["2027-02-03", "2027-02-04"]);
  });
});

describe("track: which provisional years a computation consulted", () => {
  it("reports nothing for official years and the provisional years touched, sorted", () => {
    const c = packageOnly();
    expect(c.track(() => c.addWorkdays("2026-09-30", 1))).toEqual({ value: "2026-10-08", provisional: [] });
    expect(c.track(() => c.workdaysBetween("2026-12-01", "2028-01-10"))).toEqual({
      value: expect.any(Number),
      provisional: [2027, 2028],
    });
  });

  it("still reports a year when every answer comes from the caches", () => {
    const c = packageOnly();
    c.isWorkday("2027-01-04");
    c.workdaysBefore("2027-01-06", 3);
    expect(c.track(() => c.isWorkday("2027-01-04"))).toEqual({ value: true, provisional: [2027] });
    // workdaysBefore 的结果缓存里只有日期：也要报告它查过的临时年份
    expect(c.track(() => c.workdaysBefore("2027-01-06", 3))).toEqual({
      value: ["2026-12-31", "2027-01-04", "2027-01-05"],
      provisional: [2027],
    });
  });

  it("nested calls both see the years; the outer also sees what only the inner consulted", () => {
    const c = packageOnly();
    const outer = c.track(() => {
      c.isWorkday("2030-05-01");
      const inner = c.track(() => c.isWorkday("2029-05-01"));
      return inner.provisional;
    });
    expect(outer).toEqual({ value: [2029], provisional: [2029, 2030] });
  });

  it("stops tracking when fn throws", () => {
    const c = packageOnly();
    expect(() =>
      c.track(() => {
        c.isWorkday("2027-03-01");
        throw new Error("boom");
      }),
    ).toThrow("boom");
    expect(c.track(() => c.isWorkday("2026-03-02")).provisional).toEqual([]);
  });
});
