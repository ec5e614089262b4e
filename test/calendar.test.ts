import { describe, expect, it } from "vitest";
import {
  addMonths,
  CalendarRangeError,
  nationalCalendar,
  WorkdayCalendar,
} from "../scripts/core/calendar/workdays.ts";

const cal = nationalCalendar();

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

  it("refuses dates outside every known year, with the fix", () => {
    expect(() => cal.isWorkday("2031-03-02")).toThrow(CalendarRangeError);
    expect(() => cal.isWorkday("2031-03-02")).toThrow(/catalog\/calendar\/cn\.yaml/);
  });

  it("an override year makes dates of that year known", () => {
    const c = new WorkdayCalendar({ years: [2027], holidays: ["2027-01-01"], workdays: ["2027-02-07"] });
    expect(c.isWorkday("2027-01-01")).toBe(false);
    expect(c.isWorkday("2027-02-07")).toBe(true);
    expect(c.isWorkday("2027-01-04")).toBe(true);
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
