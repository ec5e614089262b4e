import { createRequire } from "node:module";
import { type Text, text } from "../text.ts";

/**
 * chinese-days 的农历表只在推算临时日历时才载入（约 0.04 秒 CPU）：已有正式安排的年份与加载工作线程
 * 用不到它。
 */
const require = createRequire(import.meta.url);
let lunarTables: typeof import("chinese-days").default | undefined;
function chineseDays(): typeof import("chinese-days").default {
  lunarTables ??= require("chinese-days") as typeof import("chinese-days").default;
  return lunarTables;
}

/**
 * 法定节假日（《全国年节及纪念日放假办法》，2024 年 11 月修订，2025 年 1 月 1 日起施行）：
 * 全体公民放假的节日共 13 天。国务院办公厅每年公布的放假安排（调休、连休）不在其中：
 * 这里只推算法律本身确定的日子，供还没有公布（或仓库尚未录入）放假安排的年份使用。
 */
export interface StatutoryDay {
  date: string;
  name: Text;
  /** 所属节日（补休日也记所补的节日） */
  festival: Text;
  /** statutory：法定节日当天；in-lieu：节日逢周末（或与另一节日重合）时的补休日 */
  kind: "statutory" | "in-lieu";
}

/** chinese-days 的农历数据覆盖的公历年份（农历 1900–2100 年）。 */
export const provisionalYears = { first: 1901, last: 2100 } as const;

const pad = (n: number) => String(n).padStart(2, "0");
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const DAY = 86_400_000;
const shift = (date: string, n: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
/** 0 为周日，6 为周六 */
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();
const isWeekend = (date: string) => weekday(date) === 0 || weekday(date) === 6;

/**
 * 农历 year 年 month 月 day 日（非闰月）对应的公历日期。用 chinese-days 的农历表（monthDays、getYearLeapMonth），
 * 按 UTC 逐日相加：它自己的 getSolarDateFromLunar 按进程的本地时区解析日期，在 UTC 以西的时区会差一天。
 */
function lunar(year: number, month: number, day: number): string {
  let offset = 0;
  for (let y = 1900; y < year; y++) offset += lunarYearLength(y);
  const leap = chineseDays().getYearLeapMonth(year);
  for (let m = 1; m < month; m++) {
    offset += chineseDays().monthDays(year, m);
    if (m === leap.leapMonth) offset += leap.days;
  }
  return shift(LUNAR_EPOCH, offset + day - 1);
}

/** 农历 1900 年正月初一 */
const LUNAR_EPOCH = "1900-01-31";
const yearLengths = new Map<number, number>();
function lunarYearLength(year: number): number {
  let days = yearLengths.get(year);
  if (days === undefined) {
    days = chineseDays().getYearLeapMonth(year).days;
    for (let m = 1; m <= 12; m++) days += chineseDays().monthDays(year, m);
    yearLengths.set(year, days);
  }
  return days;
}

/**
 * 清明节气的日期。chinese-days 的 getSolarTermDate 算出的是 UTC 零点，却按本地时区格式化：
 * 在 UTC 以西的时区得到前一天。这里把它还原成算出的那一天。
 */
function qingming(year: number): string {
  const printed = chineseDays().getSolarTermDate(year, 4, "pure_brightness");
  const next = new Date(Date.parse(`${printed}T00:00:00Z`) + DAY);
  return next.getDate() !== next.getUTCDate() ? shift(printed, 1) : printed;
}

/** 法律列出的 13 个放假日（两个节日重合时同一日期出现两次）。 */
export function statutoryDays(year: number): StatutoryDay[] {
  const newYear = lunar(year, 1, 1);
  const day = (date: string, zh: string, en: string, detail?: Text): StatutoryDay => ({
    date,
    name: detail ? text(`${zh}（${detail.zh}）`, `${en} (${detail.en})`) : text(zh, en),
    festival: text(zh, en),
    kind: "statutory",
  });
  return [
    day(iso(year, 1, 1), "元旦", "New Year's Day"),
    day(shift(newYear, -1), "春节", "Spring Festival", text("除夕", "New Year's Eve")),
    day(newYear, "春节", "Spring Festival", text("正月初一", "1st day")),
    day(shift(newYear, 1), "春节", "Spring Festival", text("正月初二", "2nd day")),
    day(shift(newYear, 2), "春节", "Spring Festival", text("正月初三", "3rd day")),
    day(qingming(year), "清明节", "Tomb-sweeping Day"),
    day(iso(year, 5, 1), "劳动节", "Labour Day"),
    day(iso(year, 5, 2), "劳动节", "Labour Day"),
    day(lunar(year, 5, 5), "端午节", "Dragon Boat Festival"),
    day(lunar(year, 8, 15), "中秋节", "Mid-autumn Festival"),
    day(iso(year, 10, 1), "国庆节", "National Day"),
    day(iso(year, 10, 2), "国庆节", "National Day"),
    day(iso(year, 10, 3), "国庆节", "National Day"),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * 临时日历的放假日：法定节日，加上补休。《全国年节及纪念日放假办法》第六条：“全体公民放假的假日，
 * 如果适逢周六、周日，应当在工作日补假。”这里按时间先后，给每个落在周末（或与另一节日重合）的
 * 节日一个补休日：其后第一个既非周末、也非节日、也还没有用作补休的日子。不设调休上班日。
 */
export function provisionalHolidays(year: number): StatutoryDay[] {
  const days = statutoryDays(year);
  const off = new Set(days.map((d) => d.date));
  const seen = new Set<string>();
  const inLieu: StatutoryDay[] = [];
  for (const d of days) {
    const lost = isWeekend(d.date) || seen.has(d.date);
    seen.add(d.date);
    if (!lost) continue;
    let next = shift(d.date, 1);
    while (isWeekend(next) || off.has(next)) next = shift(next, 1);
    off.add(next);
    inLieu.push({
      date: next,
      name: text(`${d.festival.zh}补休`, `${d.festival.en}, day in lieu`),
      festival: d.festival,
      kind: "in-lieu",
    });
  }
  const unique = new Map<string, StatutoryDay>();
  for (const d of [...days, ...inLieu]) if (!unique.has(d.date)) unique.set(d.date, d);
  return [...unique.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}
