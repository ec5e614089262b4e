/**
 * govcloud schedule：需要关机的申请在哪一天、为什么实施（gather → decide → render）。
 * 读仓库（申请、交付记录、延期记录），用时钟算日程（scripts/core/schedule/），输出文字或 JSON。
 * 发放工作流用 JSON：合并时跳过 held 中的系统，定时运行实施 due 中的系统。
 */
import { parseArgs } from "node:util";
import { loadRepositoryState } from "../adapters/repository.ts";
import { loadPostponements, type PostponementProblem } from "../core/schedule/postponement.ts";
import {
  defaultWindow,
  formatWindow,
  parseWindow,
  type Schedule,
  type ScheduleState,
  schedule,
} from "../core/schedule/schedule.ts";
import type { Lang } from "../core/text.ts";
import { cliClock } from "./clock.ts";
import { type Io, parseLang, repositoryRoot, UsageError } from "./options.ts";

export const scheduleUsage = {
  zh: `govcloud schedule [--now <时间>] [--window HH:MM-HH:MM] [--format text|json] [--lang zh|en] [--root <目录>]
                          需要关机的申请的实施日程：哪天实施、为什么（due 今天在窗口内实施、waiting 等待、
                          postponed 已延期、done 已实施）；延期记录有问题时退出码 1`,
  en: `govcloud schedule [--now <time>] [--window HH:MM-HH:MM] [--format text|json] [--lang zh|en] [--root <dir>]
                          when applications that need a shutdown are applied, and why (due: apply now, inside the
                          window; waiting; postponed; done); exit 1 when a postponement record has problems`,
};

const stateText: Record<ScheduleState, Record<Lang, string>> = {
  due: { zh: "实施", en: "due" },
  waiting: { zh: "等待", en: "waiting" },
  postponed: { zh: "已延期", en: "postponed" },
  done: { zh: "已实施", en: "done" },
};

function renderText(s: Schedule, problems: PostponementProblem[], lang: Lang): string {
  const zh = lang === "zh";
  const lines = problems.map(
    (p) => `${p.file}:${p.line}:${p.column} ${zh ? "错误" : "error"} ${p.message[lang]}`,
  );
  lines.push(
    zh
      ? `实施日程（北京时间 ${s.today}，关机窗口 ${formatWindow(s.window)}）`
      : `Schedule (Beijing date ${s.today}, shutdown window ${formatWindow(s.window)})`,
  );
  if (s.entries.length === 0)
    lines.push(zh ? "  没有需要按关机日实施的申请。" : "  No application waits for a shutdown day.");
  for (const e of s.entries)
    lines.push(
      `  ${stateText[e.state][lang].padEnd(zh ? 4 : 9)} ${e.dueDate}  ${e.unit}/${e.system} ${zh ? "申请" : "application"} ${e.application}：${e.reason[lang]}`,
    );
  return `${lines.join("\n")}\n`;
}

function renderJson(s: Schedule, problems: PostponementProblem[], lang: Lang): string {
  return `${JSON.stringify(
    {
      now: s.now,
      today: s.today,
      window: formatWindow(s.window),
      entries: s.entries.map((e) => ({ ...e, reason: e.reason[lang] })),
      held: s.held,
      due: s.due,
      problems: problems.map((p) => ({ ...p, message: p.message[lang] })),
    },
    null,
    2,
  )}\n`;
}

export async function runSchedule(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      now: { type: "string" },
      window: { type: "string" },
      format: { type: "string", default: "text" },
      lang: { type: "string" },
      root: { type: "string" },
    },
  });
  const lang = parseLang(values.lang);
  if (values.format !== "text" && values.format !== "json")
    throw new UsageError("--format 只能是 text 或 json。", "--format must be text or json.");
  const window = values.window === undefined ? defaultWindow : parseWindow(values.window);
  if (!window)
    throw new UsageError(
      `--window 应为北京时间的 HH:MM-HH:MM（开始早于结束，如 00:00-06:00），这里是 ${values.window}。`,
      `--window must be HH:MM-HH:MM in Beijing time (start before end, like 00:00-06:00), not ${values.window}.`,
    );
  const clock = cliClock(values.now, {
    ...(io.env ? { env: io.env } : {}),
    ...(io.now ? { now: io.now } : {}),
  });
  const { fs } = repositoryRoot(io, values.root);
  const { repo } = loadRepositoryState(fs);
  const { records, problems, invalid } = loadPostponements(fs, repo.applications);
  const result = schedule(
    { applications: repo.applications, deliveries: repo.deliveries, postponements: records, invalid },
    clock,
    window,
  );
  io.stdout(
    values.format === "json" ? renderJson(result, problems, lang) : renderText(result, problems, lang),
  );
  return problems.length > 0 ? 1 : 0;
}
