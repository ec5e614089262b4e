import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import yaml from "js-yaml";

/**
 * 工作日日历（全国）：周一至周五上班，法定节假日放假，调休上班日（周末）上班。
 * 数据取自 chinese-days（按年收录），再加上仓库中的补充文件 catalog/calendar/cn.yaml。
 * 只认识收录了的年份：超出范围的日期抛出 CalendarRangeError，而不是悄悄按周末推算。
 */
export class CalendarRangeError extends Error {
  constructor(
    readonly date: string,
    readonly years: readonly number[],
  ) {
    super(
      `工作日日历没有 ${date.slice(0, 4)} 年的节假日安排（已知：${years[0]}–${years[years.length - 1]} 年）。请在 catalog/calendar/cn.yaml 中补上该年的放假与调休安排。`,
    );
  }
}

export interface CalendarData {
  years: number[];
  holidays: string[];
  workdays: string[];
}

const DAY = 86_400_000;
const isoPattern = /^\d{4}-\d{2}-\d{2}$/;

export function toDay(date: string): number {
  if (!isoPattern.test(date)) throw new RangeError(`日期格式应为 YYYY-MM-DD：${date}`);
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date)
    throw new RangeError(`不存在的日期：${date}`);
  return t / DAY;
}
export const fromDay = (day: number): string => new Date(day * DAY).toISOString().slice(0, 10);
export const addDays = (date: string, n: number): string => fromDay(toDay(date) + n);

/** 按日历月加月数（月末对齐：1 月 31 日加 1 个月为 2 月 28/29 日）。 */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

export class WorkdayCalendar {
  private readonly holidays: ReadonlySet<string>;
  private readonly workdays: ReadonlySet<string>;
  readonly years: readonly number[];
  /** 结果缓存：一次运行中反复问同样的日期（每份变更申请都要“申请日前 5 个工作日”） */
  private readonly workdayCache = new Map<string, boolean>();
  private readonly beforeCache = new Map<string, readonly string[]>();

  constructor(data: CalendarData) {
    this.holidays = new Set(data.holidays);
    this.workdays = new Set(data.workdays);
    this.years = [...new Set(data.years)].sort((a, b) => a - b);
  }

  covers(date: string): boolean {
    return this.years.includes(Number(date.slice(0, 4)));
  }

  isWorkday(date: string): boolean {
    const cached = this.workdayCache.get(date);
    if (cached !== undefined) return cached;
    if (!this.covers(date)) throw new CalendarRangeError(date, this.years);
    let work: boolean;
    if (this.workdays.has(date)) work = true;
    else if (this.holidays.has(date)) work = false;
    else {
      // 1970-01-01 是星期四：天数加 4 除以 7 的余数就是星期几（0 为周日）
      const weekday = (((toDay(date) + 4) % 7) + 7) % 7;
      work = weekday !== 0 && weekday !== 6;
    }
    this.workdayCache.set(date, work);
    return work;
  }

  /** date 之后第 n 个工作日（date 当天不算）；n 为 0 时返回 date 本身。 */
  addWorkdays(date: string, n: number): string {
    let day = toDay(date);
    let left = n;
    while (left > 0) {
      day++;
      if (this.isWorkday(fromDay(day))) left--;
    }
    return fromDay(day);
  }

  /** 截至 end 之前（不含 end）的最近 n 个工作日，按时间先后。“近 5 个工作日”即申请日之前的 5 个。 */
  workdaysBefore(end: string, n: number): string[] {
    const key = `${end}|${n}`;
    const cached = this.beforeCache.get(key);
    if (cached) return [...cached];
    const out: string[] = [];
    let day = toDay(end);
    while (out.length < n) {
      day--;
      const d = fromDay(day);
      if (this.isWorkday(d)) out.unshift(d);
    }
    this.beforeCache.set(key, out);
    return [...out];
  }

  /** (from, to] 之间的工作日数：from 当天不算，to 当天算。to 早于 from 时为负。 */
  workdaysBetween(from: string, to: string): number {
    if (to < from) return -this.workdaysBetween(to, from);
    let count = 0;
    for (let day = toDay(from) + 1; day <= toDay(to); day++) if (this.isWorkday(fromDay(day))) count++;
    return count;
  }
}

const require = createRequire(import.meta.url);
const repoRoot = new URL("../../..", import.meta.url).pathname;
let national: WorkdayCalendar | undefined;

/** 全国日历：chinese-days 的数据加 catalog/calendar/cn.yaml 的补充。 */
export function nationalCalendar(root: string = repoRoot): WorkdayCalendar {
  if (national && root === repoRoot) return national;
  const pkg = dirname(require.resolve("chinese-days/package.json"));
  const data = require(join(pkg, "dist", "chinese-days.json")) as {
    holidays: Record<string, string>;
    workdays: Record<string, string>;
  };
  const years = readdirSync(join(pkg, "dist", "years"))
    .map((f) => /^(\d{4})\.json$/.exec(f)?.[1])
    .filter((y): y is string => y !== undefined)
    .map(Number);
  const extra = (yaml.load(readFileSync(join(root, "catalog", "calendar", "cn.yaml"), "utf8"), {
    schema: yaml.JSON_SCHEMA,
  }) ?? {}) as Partial<CalendarData>;
  const calendar = new WorkdayCalendar({
    years: [...years, ...(extra.years ?? [])],
    holidays: [...Object.keys(data.holidays), ...(extra.holidays ?? []).map(String)],
    workdays: [...Object.keys(data.workdays), ...(extra.workdays ?? []).map(String)],
  });
  if (root === repoRoot) national = calendar;
  return calendar;
}
