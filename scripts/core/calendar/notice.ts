import { type Text, text } from "../text.ts";

/**
 * 国务院办公厅关于 YYYY 年部分节假日安排的通知（放假通知）的解析：文本进，放假日与调休上班日出。
 * 通知的正文是编号条目，每条一行：“一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。”
 * 日期写作“M月D日”，可带“（周X）”“（星期X）”“（农历除夕、周二）”；跨月写“M月D日至M月D日”，
 * 跨年写“2018年12月30日至2019年1月1日”。不带年份的 12 月日期属于上一年（元旦假期从上一年年底开始）。
 * 看不懂的地方不猜：报告行号、列号和停下的那段文字。
 */
export interface NoticeItem {
  /** 条目里的节日名称，如“元旦”“中秋节、国庆节” */
  name: string;
  line: number;
  holidays: string[];
  workdays: string[];
}

export interface Notice {
  year: number;
  /** 通知标题，如“国务院办公厅关于2026年部分节假日安排的通知” */
  title?: string;
  /** 文号，如“国办发明电〔2024〕12号” */
  number?: string;
  /** 落款日期（YYYY-MM-DD） */
  published?: string;
  items: NoticeItem[];
  /** 放假日（含调休放假、补休），升序 */
  holidays: string[];
  /** 调休上班日，升序 */
  workdays: string[];
}

export interface NoticeProblem {
  line: number;
  column: number;
  /** 停下处的原文 */
  text: string;
  message: Text;
}

export type NoticeResult = { ok: true; notice: Notice } | { ok: false; problems: NoticeProblem[] };

const NUMERALS = "一二三四五六七八九十";
const WEEKDAYS: Record<string, number> = { 日: 0, 天: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6 };
const WEEKDAY_ZH = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
const WEEKDAY_EN = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const itemPattern = new RegExp(`^(\\s*[${NUMERALS}]+[、.．]\\s*)([^：:]+?)\\s*[：:]`);
const datePattern = /(?:(\d{4})\s*年\s*)?(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日(?:\s*[（(]([^）)]*)[）)])?/y;
const rangePattern = /\s*(?:至|—|－|–|~|～)\s*/y;
/** 放假类与上班类的动词；长的写在前面 */
const verbPattern = /放假调休|放假公休|放假|补休|调休|公休|休息|上班/y;
const countPattern = /(共)?\s*(\d+)\s*天/y;
const ignorablePattern = /不调休|与周末连休|连休|[、，,；;\s]+/y;
const sentenceEndPattern = /[。．.]/y;

const pad = (n: number) => String(n).padStart(2, "0");

function validDate(y: number, m: number, d: number): string | undefined {
  const iso = `${y}-${pad(m)}-${pad(d)}`;
  const t = Date.parse(`${iso}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().slice(0, 10) === iso ? iso : undefined;
}
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;
const fromDayNumber = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
const weekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const snippet = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);

/** 一个条目的解析状态：待定的日期（还没遇到“放假”或“上班”）、本句的放假天数。 */
interface ItemState {
  year: number;
  lineNo: number;
  line: string;
  holidays: string[];
  workdays: string[];
  /** 正文（冒号之后）在行内的起点；问题的列号都相对正文，报告时加上它 */
  offset: number;
  pending: { dates: string[]; column: number }[];
  sentenceHolidays: number;
  /** 本句已有问题（如读不出的日期）：不再核对“共N天” */
  dateFailed: boolean;
  lastMonth?: number;
  lastYear?: number;
  problems: NoticeProblem[];
}

function problem(s: ItemState, column: number, message: Text): void {
  const at = s.offset + column;
  s.dateFailed = true;
  s.problems.push({ line: s.lineNo, column: at + 1, text: snippet(s.line.slice(at).trim()), message });
}

/** 读一个日期（可带年、月、括号里的星期）；返回 ISO 日期或 undefined（已报告问题）。 */
function readDate(
  s: ItemState,
  match: RegExpExecArray,
  column: number,
  inherit?: { year: number; month: number },
) {
  const [, y, m, d, note] = match;
  const month = m !== undefined ? Number(m) : (inherit?.month ?? s.lastMonth);
  if (month === undefined) {
    problem(
      s,
      column,
      text("日期缺少月份：应写作“M月D日”。", "The date has no month: write it as “M月D日”."),
    );
    return undefined;
  }
  const year =
    y !== undefined
      ? Number(y)
      : m === undefined && inherit
        ? inherit.year
        : m === undefined && s.lastYear !== undefined
          ? s.lastYear
          : month === 12
            ? s.year - 1
            : s.year;
  const iso = validDate(year, month, Number(d));
  if (!iso) {
    problem(
      s,
      column,
      text(
        `没有这一天：${year}年${month}月${d}日。请核对日期。`,
        `No such day: ${year}-${month}-${d}. Check the date.`,
      ),
    );
    return undefined;
  }
  if (iso < `${s.year - 1}-12-01` || iso > `${s.year}-12-31`) {
    problem(
      s,
      column,
      text(
        `${iso} 不在 ${s.year} 年通知所管的时间内（${s.year - 1} 年 12 月至 ${s.year} 年底）。请核对年份。`,
        `${iso} is outside what a notice for ${s.year} covers (December ${s.year - 1} to the end of ${s.year}). Check the year.`,
      ),
    );
    return undefined;
  }
  const written = /(?:周|星期)([日天一二三四五六])/.exec(note ?? "")?.[1];
  if (written !== undefined && WEEKDAYS[written] !== weekday(iso)) {
    const actual = weekday(iso);
    problem(
      s,
      column,
      text(
        `${month}月${d}日写的是${written === "天" || written === "日" ? "周日" : `周${written}`}，但 ${iso} 是${WEEKDAY_ZH[actual]}。请核对日期与星期。`,
        `${month}月${d}日 is written as ${WEEKDAY_EN[WEEKDAYS[written] ?? 0]}, but ${iso} is a ${WEEKDAY_EN[actual]}. Check the date and the weekday.`,
      ),
    );
    return undefined;
  }
  s.lastMonth = month;
  s.lastYear = year;
  return iso;
}

/** 读一个日期或“起至”区间，展开成日期列表。 */
function readDates(s: ItemState, body: string, at: number): { dates: string[]; end: number } | undefined {
  datePattern.lastIndex = at;
  const first = datePattern.exec(body);
  if (!first) return undefined;
  const start = readDate(s, first, at);
  let end = datePattern.lastIndex;
  rangePattern.lastIndex = end;
  if (!rangePattern.exec(body)) return { dates: start ? [start] : [], end };
  const toAt = rangePattern.lastIndex;
  datePattern.lastIndex = toAt;
  const second = datePattern.exec(body);
  if (!second) {
    problem(s, toAt, text("“至”后面应是日期。", "“至” must be followed by a date."));
    return { dates: [], end: toAt };
  }
  end = datePattern.lastIndex;
  if (!start) return { dates: [], end };
  const [sy, sm] = start.split("-").map(Number) as [number, number];
  const last = readDate(s, second, toAt, { year: sy, month: sm });
  if (!last) return { dates: [], end };
  const from = dayNumber(start);
  const to = dayNumber(last);
  if (to < from || to - from > 31) {
    problem(
      s,
      at,
      text(
        `区间 ${start} 至 ${last} 不成立（结束早于开始，或超过一个月）。`,
        `The range ${start} to ${last} is not valid (it ends before it starts, or spans over a month).`,
      ),
    );
    return { dates: [], end };
  }
  const dates: string[] = [];
  for (let n = from; n <= to; n++) dates.push(fromDayNumber(n));
  return { dates, end };
}

function settle(s: ItemState, verb: string): void {
  const dates = s.pending.flatMap((p) => p.dates);
  s.pending = [];
  if (verb === "上班") s.workdays.push(...dates);
  else {
    s.holidays.push(...dates);
    s.sentenceHolidays += dates.length;
  }
}

function endSentence(s: ItemState): void {
  const [first] = s.pending;
  if (first)
    problem(
      s,
      first.column,
      text(
        "这个日期后面没有写“放假”“补休”还是“上班”。",
        "This date is not followed by “放假”, “补休” or “上班” (day off or working day).",
      ),
    );
  s.pending = [];
  s.sentenceHolidays = 0;
  s.dateFailed = false;
}

/** 解析一个编号条目的正文（冒号之后）。 */
function parseItem(s: ItemState, body: string): void {
  let at = 0;
  const at0 = (re: RegExp) => {
    re.lastIndex = at;
    return re.exec(body);
  };
  while (at < body.length) {
    const dates = readDates(s, body, at);
    if (dates) {
      s.pending.push({ dates: dates.dates, column: at });
      at = dates.end;
      continue;
    }
    const verb = at0(verbPattern);
    if (verb) {
      settle(s, verb[0]);
      at = verbPattern.lastIndex;
      continue;
    }
    const count = at0(countPattern);
    if (count) {
      const n = Number(count[2]);
      if (n !== s.sentenceHolidays && !s.dateFailed)
        problem(
          s,
          at,
          text(
            `写的是${count[1] ?? ""}${n}天，但列出的放假日是 ${s.sentenceHolidays} 天。请核对日期。`,
            `It says ${n} days, but the days off listed add up to ${s.sentenceHolidays}. Check the dates.`,
          ),
        );
      at = countPattern.lastIndex;
      continue;
    }
    if (at0(ignorablePattern)) {
      at = ignorablePattern.lastIndex;
      continue;
    }
    if (at0(sentenceEndPattern)) {
      endSentence(s);
      at = sentenceEndPattern.lastIndex;
      continue;
    }
    problem(
      s,
      at,
      text(
        "看不懂这里：条目里只应有日期、“放假”“调休”“补休”“上班”“共N天”等字样。",
        "Cannot read this: an item should hold only dates and words such as “放假”, “调休”, “补休”, “上班”, “共N天”.",
      ),
    );
    return;
  }
  endSentence(s);
}

function findYear(lines: string[]): { year: number; title?: string } | undefined {
  for (const line of lines) {
    const title = /国务院办公厅关于\s*(\d{4})\s*年部分节假日安排的通知/.exec(line);
    if (title) return { year: Number(title[1]), title: title[0].replace(/\s+/g, "") };
  }
  for (const line of lines) {
    const m = /(?:现将|关于)\s*(\d{4})\s*年/.exec(line);
    if (m) return { year: Number(m[1]) };
  }
  return undefined;
}

const sortUnique = (xs: string[]) => [...new Set(xs)].sort();

/** 解析放假通知全文。 */
export function parseNotice(source: string): NoticeResult {
  const lines = source.replace(/^\uFEFF/, "").split(/\r?\n/);
  const found = findYear(lines);
  if (!found)
    return {
      ok: false,
      problems: [
        {
          line: 1,
          column: 1,
          text: snippet((lines[0] ?? "").trim()),
          message: text(
            "找不到年份：通知应有标题“国务院办公厅关于 YYYY 年部分节假日安排的通知”或“现将 YYYY 年……”。",
            "No year found: the notice should have the title “国务院办公厅关于 YYYY 年部分节假日安排的通知” or “现将 YYYY 年……”.",
          ),
        },
      ],
    };
  const { year } = found;
  const items: NoticeItem[] = [];
  const problems: NoticeProblem[] = [];
  lines.forEach((line, index) => {
    const head = itemPattern.exec(line);
    if (!head) {
      // 编号条目开始以后，带日期和放假字样却不是条目的行（如被折行的条目）不能悄悄略过
      if (items.length > 0 && /\d{1,2}\s*月\s*\d{1,2}\s*日/.test(line) && /放假|上班|补休/.test(line))
        problems.push({
          line: index + 1,
          column: 1,
          text: snippet(line.trim()),
          message: text(
            "这一行写了放假安排，却不是编号条目（“一、元旦：……”）。条目被折行时，请把它接回一行。",
            "This line holds holiday dates but is not a numbered item (“一、元旦：……”). If an item was wrapped, join it back into one line.",
          ),
        });
      return;
    }
    const state: ItemState = {
      year,
      lineNo: index + 1,
      line,
      holidays: [],
      workdays: [],
      offset: head[0].length,
      pending: [],
      sentenceHolidays: 0,
      dateFailed: false,
      problems,
    };
    parseItem(state, line.slice(head[0].length));
    items.push({
      name: (head[2] ?? "").trim(),
      line: index + 1,
      holidays: state.holidays,
      workdays: state.workdays,
    });
  });
  if (items.length === 0 && problems.length === 0)
    problems.push({
      line: 1,
      column: 1,
      text: snippet((lines[0] ?? "").trim()),
      message: text(
        "没有找到编号条目（如“一、元旦：1月1日放假……”）。",
        "No numbered items found (such as “一、元旦：1月1日放假……”).",
      ),
    });
  const holidays = sortUnique(items.flatMap((i) => i.holidays));
  const workdays = sortUnique(items.flatMap((i) => i.workdays));
  for (const date of holidays.filter((d) => workdays.includes(d))) {
    const item = items.find((i) => i.workdays.includes(date));
    problems.push({
      line: item?.line ?? 1,
      column: 1,
      text: date,
      message: text(
        `${date} 既写了放假又写了上班。请核对通知。`,
        `${date} is listed both as a day off and as a working day. Check the notice.`,
      ),
    });
  }
  if (problems.length > 0) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  return { ok: true, notice: { year, ...meta(lines, found.title), items, holidays, workdays } };
}

/** 标题、文号、落款日期（都有才写）。 */
function meta(lines: string[], title: string | undefined): Pick<Notice, "title" | "number" | "published"> {
  const number = lines.map((l) => /国办发明电\s*〔\s*\d{4}\s*〕\s*\d+\s*号/.exec(l)?.[0]).find(Boolean);
  let published: string | undefined;
  for (const line of lines) {
    const m = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/.exec(line);
    if (m) published = validDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? published;
  }
  return {
    ...(title ? { title } : {}),
    ...(number ? { number: number.replace(/\s+/g, "") } : {}),
    ...(published ? { published } : {}),
  };
}
