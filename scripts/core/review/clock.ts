/**
 * 阶段时限（工作日）：阶段在进入时起算（使其进入的事件的时间戳），截止日为
 * calendar.addWorkdays(进入日期, N)：进入当天不算，之后第 N 个工作日当天结束前完成；
 * 法定节假日不算，调休上班日算。日期一律按北京时间（UTC+8，无夏令时）。
 */
import { CalendarRangeError, type WorkdayCalendar } from "../calendar/workdays.ts";
import { beijingDate } from "../clock.ts";
import type { Citation } from "../finding.ts";
import type { StageClockResult, StageId } from "./types.ts";

export { beijingDate } from "../clock.ts";

/** 两个时间戳中较晚的一个。 */
export const later = (a: string, b: string): string => (Date.parse(a) >= Date.parse(b) ? a : b);

export interface ClockSpec {
  stage: StageId;
  start: string;
  /** 从何时起算（默认 start）：咨询评估属于审批阶段时，审批的时限从审查完成时起算 */
  countFrom?: string;
  end?: string;
  workdays?: number | "shutdown-day";
  /** workdays 为 shutdown-day 时的关机日期 */
  shutdownDate?: string;
  citation?: Citation;
}

/**
 * 计算一个阶段的时限。用到暂定日历（尚无正式放假安排的年份）时照常算出截止日，并返回用到的年份，
 * 由调用方附上说明；只有日历完全算不出的年份（超出农历数据范围）才留空截止日（calendarGap）。
 */
export function stageClock(
  spec: ClockSpec,
  calendar: WorkdayCalendar,
  now: string,
): { clock: StageClockResult; calendarGap?: string; provisional?: number[] } {
  try {
    const { value, provisional } = calendar.track(() => clockOf(spec, calendar, now));
    return provisional.length > 0 ? { clock: value, provisional } : { clock: value };
  } catch (error) {
    if (error instanceof CalendarRangeError)
      return { clock: baseClock(spec), calendarGap: error.date.slice(0, 4) };
    throw error;
  }
}

function baseClock(spec: ClockSpec): StageClockResult {
  return {
    stage: spec.stage,
    start: spec.start,
    startDate: beijingDate(spec.countFrom ?? spec.start),
    ...(spec.end !== undefined ? { end: spec.end } : {}),
    ...(spec.workdays !== undefined ? { workdays: spec.workdays } : {}),
    late: false,
    ...(spec.citation ? { citation: spec.citation } : {}),
  };
}

function clockOf(spec: ClockSpec, calendar: WorkdayCalendar, now: string): StageClockResult {
  const base = baseClock(spec);
  const today = beijingDate(now);
  let deadline: string | undefined;
  if (typeof spec.workdays === "number") deadline = calendar.addWorkdays(base.startDate, spec.workdays);
  else if (spec.workdays === "shutdown-day") deadline = spec.shutdownDate;
  if (deadline === undefined) return base;
  const doneDate = spec.end !== undefined ? beijingDate(spec.end) : today;
  const late = doneDate > deadline;
  const workdaysLeft = spec.end === undefined ? calendar.workdaysBetween(today, deadline) : undefined;
  return { ...base, deadline, late, ...(workdaysLeft !== undefined ? { workdaysLeft } : {}) };
}
