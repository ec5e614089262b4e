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
 * 计算一个阶段的时限。日历没有覆盖到的年份（如 chinese-days 尚未收录的明年）不猜：截止日留空，
 * 由调用方说明原因。
 */
export function stageClock(
  spec: ClockSpec,
  calendar: WorkdayCalendar,
  now: string,
): { clock: StageClockResult; calendarGap?: string } {
  const startDate = beijingDate(spec.countFrom ?? spec.start);
  const today = beijingDate(now);
  const base: StageClockResult = {
    stage: spec.stage,
    start: spec.start,
    startDate,
    ...(spec.end !== undefined ? { end: spec.end } : {}),
    ...(spec.workdays !== undefined ? { workdays: spec.workdays } : {}),
    late: false,
    ...(spec.citation ? { citation: spec.citation } : {}),
  };
  let deadline: string | undefined;
  try {
    if (typeof spec.workdays === "number") deadline = calendar.addWorkdays(startDate, spec.workdays);
    else if (spec.workdays === "shutdown-day") deadline = spec.shutdownDate;
  } catch (error) {
    if (error instanceof CalendarRangeError) return { clock: base, calendarGap: error.date.slice(0, 4) };
    throw error;
  }
  if (deadline === undefined) return { clock: base };
  const doneDate = spec.end !== undefined ? beijingDate(spec.end) : today;
  const late = doneDate > deadline;
  let workdaysLeft: number | undefined;
  if (spec.end === undefined) {
    try {
      workdaysLeft = calendar.workdaysBetween(today, deadline);
    } catch (error) {
      if (!(error instanceof CalendarRangeError)) throw error;
    }
  }
  return {
    clock: { ...base, deadline, late, ...(workdaysLeft !== undefined ? { workdaysLeft } : {}) },
  };
}
