import yaml from "js-yaml";
import { type Text, text } from "../text.ts";
import { provisionalHolidays, provisionalYears } from "./statutory.ts";

/**
 * 工作日日历（全国）：周一至周五上班，法定节假日放假，调休上班日（周末）上班。
 * 每一天的依据有三种来源（DaySource）：
 * - package：npm 包 chinese-days 收录的国务院办公厅放假安排；
 * - override：仓库中的补充文件 catalog/calendar/cn.yaml（由 `govcloud calendar import` 从通知导入）；
 * - provisional：两者都没有的年份，按《全国年节及纪念日放假办法》推算的临时日历（见 statutory.ts）。
 * 临时日历从不阻断：它给出法律确定的放假日，调用方凭 isProvisionalYear / track 附上警告。
 */
export class CalendarRangeError extends Error {
  constructor(
    readonly date: string,
    readonly years: readonly number[],
  ) {
    super(
      `工作日日历算不出 ${date.slice(0, 4)} 年：chinese-days 的农历数据只覆盖 ${provisionalYears.first}–${provisionalYears.last} 年，无法按法律推算。请在 catalog/calendar/cn.yaml 中补上该年的放假与调休安排。`,
    );
  }
}

/** 一层日历数据：它完整覆盖的年份、放假日、调休上班日，以及（可选的）节日名称。 */
export interface CalendarData {
  years: number[];
  holidays: string[];
  workdays: string[];
  names?: Record<string, Text>;
}

/** 日历的两层数据：chinese-days（package）与仓库的补充文件（override，优先）。 */
export interface CalendarLayers {
  package: CalendarData;
  override?: CalendarData;
  /** override 中每一年导入自哪份通知（显示用） */
  notices?: Record<number, string>;
}

export type DaySource = "package" | "override" | "provisional";

/** 一天的详情：是否上班、依据来源、是否为特殊日（放假日或调休上班日）及其名称。 */
export interface DayInfo {
  date: string;
  work: boolean;
  source: DaySource;
  /** holiday：放假日（含补休、调休放假）；makeup：周末调休上班；undefined：普通的工作日或周末 */
  special?: "holiday" | "makeup";
  name?: Text;
}

interface SpecialDay {
  work: boolean;
  source: DaySource;
  name?: Text;
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
/** 星期几：0 为周日，6 为周六（1970-01-01 是星期四）。 */
export const weekdayOf = (date: string): number => (((toDay(date) + 4) % 7) + 7) % 7;
const isWeekend = (date: string) => {
  const w = weekdayOf(date);
  return w === 0 || w === 6;
};

/** addMonths 的结果：规则对每份申请都要算有效期、到期日，同样的日期反复出现。有上限，满了就清空。 */
const addMonthsMemo = new Map<string, string>();
const addMonthsMemoCap = 100_000;

/** 按日历月加月数（月末对齐：1 月 31 日加 1 个月为 2 月 28/29 日）。 */
export function addMonths(date: string, months: number): string {
  const key = `${date}|${months}`;
  const known = addMonthsMemo.get(key);
  if (known !== undefined) return known;
  const result = computeAddMonths(date, months);
  if (addMonthsMemo.size >= addMonthsMemoCap) addMonthsMemo.clear();
  addMonthsMemo.set(key, result);
  return result;
}

function computeAddMonths(date: string, months: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

const WORK = 1;
const PROVISIONAL = 2;

export class WorkdayCalendar {
  private readonly special = new Map<string, SpecialDay>();
  private readonly packageYears: ReadonlySet<number>;
  private readonly overrideYears: ReadonlySet<number>;
  /** 有正式数据（package 或 override）的年份，升序 */
  readonly years: readonly number[];
  readonly notices: Readonly<Record<number, string>>;
  /** 构造它的数据（工作线程据此建一个相同的日历） */
  readonly layers: CalendarLayers;
  /** 结果缓存：一次运行中反复问同样的日期（每份变更申请都要“申请日前 5 个工作日”）。WORK | PROVISIONAL 位。 */
  private readonly workdayCache = new Map<string, number>();
  private readonly beforeCache = new Map<
    string,
    { days: readonly string[]; provisional: readonly number[] }
  >();
  private readonly provisionalCache = new Map<number, ReadonlyMap<string, Text>>();
  /** track() 正在收集的临时年份（嵌套时每一层都收到） */
  private readonly trackers: Set<number>[] = [];

  /** 一层数据（视为 package），或 package 与 override 两层。 */
  constructor(data: CalendarData | CalendarLayers) {
    const layers: CalendarLayers = "package" in data ? data : { package: data };
    this.layers = layers;
    const override = layers.override ?? { years: [], holidays: [], workdays: [] };
    this.packageYears = new Set(layers.package.years);
    this.overrideYears = new Set(override.years);
    this.years = [...new Set([...layers.package.years, ...override.years])].sort((a, b) => a - b);
    this.notices = layers.notices ?? {};
    // override 覆盖的年份整年以它为准：不再采用 package 在这些年份里的日子
    const add = (layer: CalendarData, source: DaySource, skipYears: ReadonlySet<number>) => {
      for (const [dates, work] of [
        [layer.holidays, false],
        [layer.workdays, true],
      ] as const)
        for (const date of dates) {
          if (skipYears.has(Number(date.slice(0, 4)))) continue;
          const name = layer.names?.[date];
          this.special.set(date, { work, source, ...(name ? { name } : {}) });
        }
    };
    add(layers.package, "package", this.overrideYears);
    add(override, "override", new Set());
  }

  /** 这一年的日子按什么算；超出农历数据范围的年份抛出 CalendarRangeError。 */
  private yearSource(year: number, date: string): DaySource {
    if (this.overrideYears.has(year)) return "override";
    if (this.packageYears.has(year)) return "package";
    if (year >= provisionalYears.first && year <= provisionalYears.last) return "provisional";
    throw new CalendarRangeError(date, this.years);
  }

  /** 年份有正式的放假安排（chinese-days 或 cn.yaml）。 */
  covers(date: string): boolean {
    const year = Number(date.slice(0, 4));
    return this.packageYears.has(year) || this.overrideYears.has(year);
  }

  /** 这一年没有正式安排，按法律推算（临时日历）。 */
  isProvisionalYear(year: number): boolean {
    return (
      Number.isInteger(year) &&
      !this.packageYears.has(year) &&
      !this.overrideYears.has(year) &&
      year >= provisionalYears.first &&
      year <= provisionalYears.last
    );
  }

  /** 这一年整体的依据（列出的个别日子可能另有来源，见 sourceOf）；超出农历数据范围时抛出 CalendarRangeError。 */
  sourceOfYear(year: number): DaySource {
    return this.yearSource(year, `${year}-01-01`);
  }

  /** 这一天的依据：cn.yaml 或 chinese-days 列出的日子按列出者，其余按所在年份。 */
  sourceOf(date: string): DaySource {
    toDay(date);
    return this.special.get(date)?.source ?? this.yearSource(Number(date.slice(0, 4)), date);
  }

  private provisionalDays(year: number): ReadonlyMap<string, Text> {
    let days = this.provisionalCache.get(year);
    if (!days) {
      days = new Map(provisionalHolidays(year).map((d) => [d.date, d.name]));
      this.provisionalCache.set(year, days);
    }
    return days;
  }

  /** 一天的详情（显示用；不进 track）。 */
  describe(date: string): DayInfo {
    toDay(date);
    const special = this.special.get(date);
    if (special)
      return {
        date,
        work: special.work,
        source: special.source,
        special: special.work ? "makeup" : "holiday",
        ...(special.name ? { name: special.name } : {}),
      };
    const year = Number(date.slice(0, 4));
    const source = this.yearSource(year, date);
    const name = source === "provisional" ? this.provisionalDays(year).get(date) : undefined;
    if (name) return { date, work: false, source, special: "holiday", name };
    return { date, work: !isWeekend(date), source };
  }

  private note(date: string): void {
    const year = Number(date.slice(0, 4));
    for (const t of this.trackers) t.add(year);
  }

  isWorkday(date: string): boolean {
    const cached = this.workdayCache.get(date);
    if (cached !== undefined) {
      if (cached & PROVISIONAL && this.trackers.length > 0) this.note(date);
      return (cached & WORK) !== 0;
    }
    const info = this.describe(date);
    const provisional = info.source === "provisional";
    this.workdayCache.set(date, (info.work ? WORK : 0) | (provisional ? PROVISIONAL : 0));
    if (provisional) this.note(date);
    return info.work;
  }

  /**
   * 运行 fn（同步），并返回其间查询过的临时年份（升序）：从缓存得到的答案也算，嵌套的 track 各自都能看到。
   * 调用方据此给时限附上 calendar/provisional 警告。
   */
  track<T>(fn: () => T): { value: T; provisional: number[] } {
    const years = new Set<number>();
    this.trackers.push(years);
    try {
      const value = fn();
      return { value, provisional: [...years].sort((a, b) => a - b) };
    } finally {
      this.trackers.splice(this.trackers.lastIndexOf(years), 1);
    }
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
    if (cached) {
      for (const year of cached.provisional) for (const t of this.trackers) t.add(year);
      return [...cached.days];
    }
    const { value: days, provisional } = this.track(() => {
      const out: string[] = [];
      let day = toDay(end);
      while (out.length < n) {
        day--;
        const d = fromDay(day);
        if (this.isWorkday(d)) out.unshift(d);
      }
      return out;
    });
    this.beforeCache.set(key, { days, provisional });
    return [...days];
  }

  /** (from, to] 之间的工作日数：from 当天不算，to 当天算。to 早于 from 时为负。 */
  workdaysBetween(from: string, to: string): number {
    if (to < from) return -this.workdaysBetween(to, from);
    let count = 0;
    for (let day = toDay(from) + 1; day <= toDay(to); day++) if (this.isWorkday(fromDay(day))) count++;
    return count;
  }
}

/** 由两层数据构造日历（纯函数；读取数据见 scripts/adapters/calendar-files.ts 的 loadCalendarLayers）。 */
export const calendarFromData = (layers: CalendarLayers): WorkdayCalendar => new WorkdayCalendar(layers);

/** catalog/calendar/cn.yaml 的内容（已解析）。 */
export interface OverrideFile {
  years?: unknown;
  holidays?: unknown;
  workdays?: unknown;
  notices?: unknown;
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** 把 cn.yaml 的内容整理成一层日历数据（只取格式正确的年份与日期）。 */
export function overrideData(file: OverrideFile | null | undefined): {
  data: CalendarData;
  notices: Record<number, string>;
} {
  const years = list(file?.years).filter((y): y is number => Number.isInteger(y));
  const dates = (v: unknown) =>
    list(v)
      .map(String)
      .filter((d) => isoPattern.test(d));
  const notices: Record<number, string> = {};
  if (file?.notices && typeof file.notices === "object")
    for (const [y, n] of Object.entries(file.notices)) if (typeof n === "string") notices[Number(y)] = n;
  return { data: { years, holidays: dates(file?.holidays), workdays: dates(file?.workdays) }, notices };
}

/** chinese-days 的值形如 "National Day,国庆节,3"：取中英文名称。 */
function packageName(value: string): Text | undefined {
  const [en, zh] = value.split(",");
  return en && zh ? text(zh, en) : undefined;
}

/** 日历两层的原始数据：chinese-days 的 JSON（放假、调休上班、有数据的年份）与 cn.yaml 的文本。 */
export interface CalendarSources {
  /** chinese-days 的 holidays：日期 → "英文名,中文名,天数" */
  holidays: Record<string, string>;
  /** chinese-days 的 workdays（调休上班） */
  workdays: Record<string, string>;
  /** chinese-days 有正式安排的年份（dist/years/<年>.json） */
  years: number[];
  /** catalog/calendar/cn.yaml 的文本；没有这个文件时为空 */
  override: string;
}

/** 原始数据 → 日历的两层（纯函数；读文件的是 scripts/adapters/calendar-files.ts）。 */
export function calendarLayers(sources: CalendarSources): CalendarLayers {
  const names: Record<string, Text> = {};
  for (const [date, value] of [...Object.entries(sources.holidays), ...Object.entries(sources.workdays)]) {
    const name = packageName(value);
    if (name) names[date] = name;
  }
  const file = yaml.load(sources.override, { schema: yaml.JSON_SCHEMA }) as OverrideFile | null;
  const override = overrideData(file);
  return {
    package: {
      years: sources.years,
      holidays: Object.keys(sources.holidays),
      workdays: Object.keys(sources.workdays),
      names,
    },
    override: override.data,
    notices: override.notices,
  };
}
