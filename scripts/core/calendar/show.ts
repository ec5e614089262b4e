import type { Lang, Text } from "../text.ts";
import { addDays, type DayInfo, type DaySource, type WorkdayCalendar, weekdayOf } from "./workdays.ts";

/** 一年的工作日日历（`govcloud calendar show` 的数据）。 */
export interface YearView {
  year: number;
  /** official：有国务院办公厅的放假安排；provisional：按法律推算 */
  status: "official" | "provisional";
  /** 这一年整体的来源 */
  source: DaySource;
  /** override 年份导入自哪份通知 */
  notice?: string;
  workdays: number;
  /** 不上班的日子（含周末） */
  daysOff: number;
  /** 放假日与调休上班日，按日期 */
  special: (DayInfo & { weekday: number })[];
  /** 每月每天：是否上班、是否特殊日 */
  months: { month: number; days: DayInfo[] }[];
}

/** 这一年的视图；超出日历能算的年份时抛出 CalendarRangeError。 */
export function yearView(calendar: WorkdayCalendar, year: number): YearView {
  const first = `${String(year).padStart(4, "0")}-01-01`;
  const months: YearView["months"] = [];
  let workdays = 0;
  let daysOff = 0;
  const special: YearView["special"] = [];
  for (let date = first; date.startsWith(first.slice(0, 5)); date = addDays(date, 1)) {
    const info = calendar.describe(date);
    const month = Number(date.slice(5, 7));
    if (months.length < month) months.push({ month, days: [] });
    months[month - 1]?.days.push(info);
    if (info.work) workdays++;
    else daysOff++;
    if (info.special) special.push({ ...info, weekday: weekdayOf(date) });
  }
  const source = calendar.sourceOfYear(year);
  const notice = calendar.notices[year];
  return {
    year,
    status: source === "provisional" ? "provisional" : "official",
    source,
    ...(source === "override" && notice ? { notice } : {}),
    workdays,
    daysOff,
    special,
    months,
  };
}

const WEEKDAY: Record<Lang, string[]> = {
  zh: ["周日", "周一", "周二", "周三", "周四", "周五", "周六"],
  en: ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
};
/** 月历表头，周一在前；每格显示宽度 4（日期两位加标记；中文字符宽 2），格间一个空格 */
const HEADER: Record<Lang, string> = {
  zh: "一   二   三   四   五   六   日",
  en: "Mo   Tu   We   Th   Fr   Sa   Su",
};
const MARK: Record<Lang, { holiday: string; makeup: string }> = {
  zh: { holiday: "休", makeup: "班" },
  en: { holiday: "H ", makeup: "W " },
};

/**
 * 临时日历所依据的法规条款，由调用方（命令行）给出：引擎不写条款字面量。
 * `inLieu`：《全国年节及纪念日放假办法》中“适逢周六、周日，应当在工作日补假”的条款（statutory.ts 按它推算）。
 */
export interface ProvisionalBasis {
  inLieu: Text;
}

function headline(view: YearView, lang: Lang, basis: ProvisionalBasis): string {
  const { year } = view;
  const counts =
    lang === "zh"
      ? `工作日 ${view.workdays} 天，休息日 ${view.daysOff} 天（含周末），放假与调休上班的特殊日 ${view.special.length} 个。`
      : `${view.workdays} working days, ${view.daysOff} days off (weekends included), ${view.special.length} special days (days off and make-up working days).`;
  if (view.status === "provisional")
    return lang === "zh"
      ? `${year} 年：临时日历（provisional）。国务院办公厅的 ${year} 年放假安排尚未录入（chinese-days 与 catalog/calendar/cn.yaml 都没有），以下按《全国年节及纪念日放假办法》推算：法定节日放假，逢周末在其后的工作日补休（${basis.inLieu.zh}），不设调休上班日。用到这些日子的时限都带 calendar/provisional 警告。通知公布后请运行 govcloud calendar import <通知.txt>（见 docs/calendar.md）。\n${counts}`
      : `${year}: provisional calendar. The State Council's holiday schedule for ${year} is not entered yet (neither chinese-days nor catalog/calendar/cn.yaml has it); it is computed from the statutory holidays (全国年节及纪念日放假办法): the holidays themselves, a day in lieu on the next working day for one falling on a weekend (${basis.inLieu.en}), no make-up working days. Every clock touching these days carries a calendar/provisional warning. Once the notice is out, run govcloud calendar import <notice.txt> (see docs/calendar.md).\n${counts}`;
  const from =
    view.source === "override"
      ? lang === "zh"
        ? `override：catalog/calendar/cn.yaml${view.notice ? `，导入自${view.notice}` : ""}`
        : `override: catalog/calendar/cn.yaml${view.notice ? `, imported from ${view.notice}` : ""}`
      : lang === "zh"
        ? "package：chinese-days 收录的国务院办公厅通知"
        : "package: the State Council's notice as recorded by chinese-days";
  return lang === "zh"
    ? `${year} 年：正式日历（${from}）。\n${counts}`
    : `${year}: official calendar (${from}).\n${counts}`;
}

function monthGrid(days: DayInfo[], lang: Lang): string[] {
  const cells: string[] = [];
  const [first] = days;
  if (first) for (let i = 0; i < (weekdayOf(first.date) + 6) % 7; i++) cells.push("    ");
  for (const d of days) {
    const mark = d.special ? MARK[lang][d.special] : "  ";
    cells.push(`${String(Number(d.date.slice(8))).padStart(2, " ")}${mark}`);
  }
  const rows = [HEADER[lang]];
  for (let i = 0; i < cells.length; i += 7)
    rows.push(
      cells
        .slice(i, i + 7)
        .join(" ")
        .trimEnd(),
    );
  return rows;
}

const name = (t: Text | undefined, lang: Lang) => (t ? ` ${t[lang]}` : "");

function specialLine(d: YearView["special"][number], lang: Lang): string {
  const [, m, day] = d.date.split("-").map(Number) as [number, number, number];
  const what =
    lang === "zh"
      ? d.special === "holiday"
        ? "放假"
        : "上班"
      : d.special === "holiday"
        ? "off"
        : "working day";
  const when = lang === "zh" ? `${m}月${day}日` : d.date.slice(5);
  return `  ${when} ${WEEKDAY[lang][d.weekday]} ${what}${name(d.name, lang)} [${d.source}]`;
}

/** 文本：标题，然后逐月的月历（休＝放假，班＝调休上班）和特殊日清单（各注来源）。 */
export function renderYearText(view: YearView, lang: Lang, basis: ProvisionalBasis): string {
  const out = [headline(view, lang, basis), ""];
  out.push(
    lang === "zh"
      ? "图例：休 放假（含补休、调休放假），班 调休上班；[package] chinese-days，[override] catalog/calendar/cn.yaml，[provisional] 按法律推算。"
      : "Legend: H day off (holiday, day in lieu), W make-up working day; [package] chinese-days, [override] catalog/calendar/cn.yaml, [provisional] computed from the law.",
  );
  for (const { month, days } of view.months) {
    out.push(
      "",
      lang === "zh" ? `${view.year} 年 ${month} 月` : `${view.year}-${String(month).padStart(2, "0")}`,
    );
    out.push(...monthGrid(days, lang));
    for (const d of view.special) if (Number(d.date.slice(5, 7)) === month) out.push(specialLine(d, lang));
  }
  return `${out.join("\n")}\n`;
}

/** JSON：不含逐日月历，只有统计与特殊日。 */
export function renderYearJson(view: YearView): string {
  const { months: _months, ...rest } = view;
  return `${JSON.stringify(rest, null, 2)}\n`;
}
