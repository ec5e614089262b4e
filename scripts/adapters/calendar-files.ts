import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  type CalendarLayers,
  type CalendarSources,
  calendarFromData,
  calendarLayers,
  type WorkdayCalendar,
} from "../core/calendar/workdays.ts";

/**
 * 日历的两层数据从哪里读：chinese-days 包的 JSON 与 <root>/catalog/calendar/cn.yaml。
 * 核心（scripts/core/calendar/workdays.ts）只接收读好的数据。
 */

const require = createRequire(import.meta.url);
const repoRoot = new URL("../..", import.meta.url).pathname;
let national: WorkdayCalendar | undefined;

/** <root>/catalog/calendar/cn.yaml 的文本；文件不存在时为空（没有补充）。 */
export function readOverride(root: string): string {
  try {
    return readFileSync(join(root, "catalog", "calendar", "cn.yaml"), "utf8");
  } catch (error) {
    if ((error as { code?: string }).code === "ENOENT") return "";
    throw error;
  }
}

/** 读出日历的原始数据：chinese-days 的 JSON 与 <root>/catalog/calendar/cn.yaml。 */
export function readCalendarSources(root: string = repoRoot): CalendarSources {
  const pkg = dirname(require.resolve("chinese-days/package.json"));
  const data = require(join(pkg, "dist", "chinese-days.json")) as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const years = readdirSync(join(pkg, "dist", "years"))
    .map((f) => /^(\d{4})\.json$/.exec(f)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number);
  return { holidays: data.holidays, workdays: data.workdays, years, override: readOverride(root) };
}

/** 读取日历的两层数据（唯一读盘的地方）。 */
export function loadCalendarLayers(root: string = repoRoot): CalendarLayers {
  return calendarLayers(readCalendarSources(root));
}

/** 全国日历：chinese-days 的数据加 catalog/calendar/cn.yaml 的补充，其余年份为临时日历。 */
export function nationalCalendar(root: string = repoRoot): WorkdayCalendar {
  if (national && root === repoRoot) return national;
  const calendar = calendarFromData(loadCalendarLayers(root));
  if (root === repoRoot) national = calendar;
  return calendar;
}

/** 内存替身：给出原始数据（缺省时没有 chinese-days 的数据、没有补充），得到日历。 */
export function memoryCalendar(sources: Partial<CalendarSources> = {}): WorkdayCalendar {
  return calendarFromData(
    calendarLayers({ holidays: {}, workdays: {}, years: [], override: "", ...sources }),
  );
}
