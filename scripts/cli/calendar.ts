import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { loadCalendarLayers, readOverride } from "../adapters/calendar-files.ts";
import { type Notice, type NoticeProblem, parseNotice } from "../core/calendar/notice.ts";
import { mergeNotice, noticeLabel, overridePath } from "../core/calendar/override.ts";
import { type ProvisionalBasis, renderYearJson, renderYearText, yearView } from "../core/calendar/show.ts";
import { provisionalYears } from "../core/calendar/statutory.ts";
import { calendarFromData, type WorkdayCalendar } from "../core/calendar/workdays.ts";
import { type Lang, text } from "../core/text.ts";
import { commandHelp, commandOptions } from "./commands.ts";
import { type Io, UsageError } from "./options.ts";

/** 临时日历所依据的条款：《全国年节及纪念日放假办法》第六条（节日适逢周末，在工作日补假）。 */
const provisionalBasis: ProvisionalBasis = { inLieu: text("第六条", "article 6") };

/** govcloud calendar show|import */
export async function runCalendar(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: commandOptions("calendar"),
  });
  const lang: Lang = values.lang === "en" ? "en" : "zh";
  if (values.lang !== "zh" && values.lang !== "zh-CN" && values.lang !== "en")
    throw new UsageError(
      `--lang 只能是 zh 或 en，这里是 ${values.lang}。`,
      `--lang must be zh or en, not ${values.lang}.`,
    );
  const [sub, arg, ...extra] = positionals;
  if (values.help) {
    io.stdout(commandHelp("calendar", lang));
    return 0;
  }
  if (extra.length > 0)
    throw new UsageError(`多余的参数：${extra.join(" ")}。`, `Unexpected arguments: ${extra.join(" ")}.`);
  const root = resolve(io.cwd, values.root ?? ".");
  if (sub === "show") return show(arg, values.format ?? "text", root, lang, io);
  if (sub === "import") return importNotice(arg, values.check ?? false, root, lang, io);
  throw new UsageError(
    "calendar 需要子命令 show <年份> 或 import <通知.txt>。",
    "calendar needs a subcommand: show <year> or import <notice.txt>.",
  );
}

function show(arg: string | undefined, format: string, root: string, lang: Lang, io: Io): number {
  if (format !== "text" && format !== "json")
    throw new UsageError(
      `--format 只能是 text 或 json，这里是 ${format}。`,
      `--format must be text or json, not ${format}.`,
    );
  if (arg === undefined || !/^\d{4}$/.test(arg))
    throw new UsageError(
      `calendar show 需要四位数的年份，如 2027${arg === undefined ? "" : `，这里是 ${arg}`}。`,
      `calendar show needs a four-digit year such as 2027${arg === undefined ? "" : `, not ${arg}`}.`,
    );
  const year = Number(arg);
  const calendar = calendarFromData(loadCalendarLayers(root));
  if (!calendar.years.includes(year) && !calendar.isProvisionalYear(year)) {
    io.stderr(
      lang === "zh"
        ? `govcloud: 算不出 ${year} 年的日历：农历数据只覆盖 ${provisionalYears.first}–${provisionalYears.last} 年。请在 ${overridePath} 中录入该年的放假安排。\n`
        : `govcloud: cannot compute ${year}: the lunar data covers ${provisionalYears.first}–${provisionalYears.last} only. Enter that year's schedule in ${overridePath}.\n`,
    );
    return 1;
  }
  const view = yearView(calendar, year);
  io.stdout(format === "json" ? renderYearJson(view) : renderYearText(view, lang, provisionalBasis));
  return 0;
}

const problemLine = (file: string, p: NoticeProblem, lang: Lang) =>
  `${file}:${p.line}:${p.column} ${lang === "zh" ? "错误" : "error"} ${p.message[lang]} ${lang === "zh" ? "停在" : "stopped at"}“${p.text}”`;

/** 与现有数据（chinese-days 或已导入的 cn.yaml）相比，这一年哪些日子的上班与否不同。 */
function differences(calendar: WorkdayCalendar, notice: Notice): string[] {
  const year = notice.year;
  if (!calendar.years.includes(year)) return [];
  const holidays = new Set(notice.holidays);
  const workdays = new Set(notice.workdays);
  const out: string[] = [];
  const view = yearView(calendar, year);
  for (const { days } of view.months)
    for (const d of days) {
      const weekday = new Date(`${d.date}T00:00:00Z`).getUTCDay();
      const work = workdays.has(d.date) || (!holidays.has(d.date) && weekday !== 0 && weekday !== 6);
      if (work !== d.work) out.push(d.date);
    }
  return out;
}

function importNotice(arg: string | undefined, check: boolean, root: string, lang: Lang, io: Io): number {
  if (arg === undefined)
    throw new UsageError(
      "calendar import 需要通知的文本文件。",
      "calendar import needs the notice's text file.",
    );
  const file = resolve(io.cwd, arg);
  const shown = relative(io.cwd, file) || arg;
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (error) {
    io.stderr(
      `govcloud: ${lang === "zh" ? "读不到通知文件" : "cannot read the notice file"} ${shown}: ${(error as Error).message}\n`,
    );
    return 1;
  }
  const parsed = parseNotice(source);
  if (!parsed.ok) {
    for (const p of parsed.problems) io.stdout(`${problemLine(shown, p, lang)}\n`);
    io.stdout(
      lang === "zh"
        ? `没有写入 ${overridePath}：请改正通知文本后重试（应是“国务院办公厅关于 YYYY 年部分节假日安排的通知”的全文，每个编号条目一行）。\n`
        : `${overridePath} left untouched: correct the notice text and retry (the full text of 国务院办公厅关于 YYYY 年部分节假日安排的通知, one numbered item per line).\n`,
    );
    return 1;
  }
  const { notice } = parsed;
  const target = join(root, overridePath);
  const before = readOverride(root);
  const merged = mergeNotice(before, notice);
  if (!merged.ok) {
    io.stdout(
      `${overridePath}:${merged.line}:1 ${lang === "zh" ? "错误" : "error"} ${merged.message[lang]}\n`,
    );
    return 1;
  }
  const changed = differences(calendarFromData(loadCalendarLayers(root)), notice);
  const summary =
    lang === "zh"
      ? `${notice.year} 年（${noticeLabel(notice)}）：放假 ${notice.holidays.length} 天，调休上班 ${notice.workdays.length} 天。`
      : `${notice.year} (${noticeLabel(notice)}): ${notice.holidays.length} days off, ${notice.workdays.length} make-up working days.`;
  const diff =
    changed.length > 0
      ? lang === "zh"
        ? `与日历现有数据相比，上班与否不同的日子：${changed.join("、")}。`
        : `Days whose working status differs from the calendar's current data: ${changed.join(", ")}.`
      : "";
  if (check) {
    io.stdout(merged.text);
    io.stdout(
      `\n# ${summary}${diff ? `\n# ${diff}` : ""}\n# ${lang === "zh" ? `--check：没有写入 ${overridePath}。` : `--check: ${overridePath} not written.`}\n`,
    );
    return 0;
  }
  if (merged.text !== before) {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, merged.text);
  }
  io.stdout(
    `${summary}${diff ? `\n${diff}` : ""}\n${
      lang === "zh"
        ? `已写入 ${overridePath}。请用 git diff 核对后提交拉取请求。`
        : `Wrote ${overridePath}. Review it with git diff, then open a pull request.`
    }\n`,
  );
  return 0;
}
