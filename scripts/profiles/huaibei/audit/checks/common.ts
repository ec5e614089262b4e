import type { SystemView } from "../../../../core/audit/types.ts";
import { CalendarRangeError, toDay } from "../../../../core/calendar/workdays.ts";

/** 发现中系统的字段（单位、系统的目录名与全称）。 */
export const systemFields = (view: SystemView) => ({
  unit: view.unitDir,
  ...(view.unit ? { unitName: view.unit.name } : {}),
  system: view.systemDir,
  systemName: view.system.name,
});

/** from 到 to 的日历天数。 */
export const daysBetween = (from: string, to: string): number => toDay(to) - toDay(from);

/** 日历没有覆盖到的年份：不猜，返回 undefined。 */
export function withCalendar<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (error instanceof CalendarRangeError) return undefined;
    throw error;
  }
}
