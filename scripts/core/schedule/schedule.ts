/**
 * 实施日程（按关机日实施，第30条(1)、第36条）：合并后需要关机的申请（变更、撤销中 `shutdown.required: true`
 * 且写了 `shutdown.date`）不在合并时发放，排队等到约定的关机日，在关机窗口内由定时的发放运行实施；其余的合并即发放。
 *
 * 一个系统一个 stack，pulumi 总是把整个系统发放到仓库中的期望状态，不能只发放其中一份申请：系统中有申请在排队时，
 * 整个系统都等着（同一系统后来合并的申请随它在关机日一起实施），合并时的发放跳过这个系统。
 *
 * 纯函数：输入是已合并的申请、交付记录、延期记录与时钟，输出是每份排队申请的状态：
 *   waiting   还没到关机日（或关机日已到、还不在关机窗口内）
 *   due       关机日已到且在关机窗口内：这次定时运行实施
 *   postponed 提供商工程师记录了延期，新的日期还没到
 *   done      已有交付记录
 */
import type { Clock } from "../clock.ts";
import type { Application, Delivery, Loaded } from "../model.ts";
import { systemKey } from "../repository/keys.ts";
import { type Text, text } from "../text.ts";

/** 一次延期（requests/<单位>/<系统>/postponements/<申请序号>.yaml 中的一项）。 */
export interface Postponement {
  /** 新的关机日期 */
  date: string;
  /** 延期的原因 */
  reason: string;
  /** 记录延期的提供商工程师（GitHub 用户名） */
  by: string;
  /** 记录日期 */
  recordedOn: string;
}

/** 延期记录文件：一份申请一个文件，延期依次追加，最后一项有效。 */
export interface PostponementRecord {
  kind: "postponement";
  application: number;
  postponements: Postponement[];
}

/** 关机窗口（北京时间，分钟数，[from, to)）。 */
export interface Window {
  from: number;
  to: number;
}

/** 默认的关机窗口：北京时间 0:00–6:00（定时的发放运行在 2:30）。 */
export const defaultWindow: Window = { from: 0, to: 6 * 60 };

export type ScheduleState = "due" | "waiting" | "done" | "postponed";

export interface ScheduleEntry {
  unit: string;
  system: string;
  /** 申请序号 */
  application: number;
  file: string;
  /** 约定的实施日（关机日期；延期后是新的日期） */
  dueDate: string;
  state: ScheduleState;
  reason: Text;
  /** 最近一次延期 */
  postponement?: Postponement;
  /** 排在同一系统中这份需要关机的申请之后（随它一起实施） */
  behind?: number;
}

export interface ScheduleInput {
  /** 键 `单位/系统`，按申请序号排序 */
  applications: Map<string, Loaded<Application>[]>;
  deliveries: Map<string, Loaded<Delivery>[]>;
  /** 键 `单位/系统` */
  postponements: Map<string, Loaded<PostponementRecord>[]>;
  /** 延期记录有问题的系统：扣住，不实施，直到记录改正 */
  invalid?: Set<string>;
}

export interface Schedule {
  now: string;
  today: string;
  window: Window;
  entries: ScheduleEntry[];
  /** 有申请在排队的系统（`单位/系统`）：合并时的发放跳过它们 */
  held: string[];
  /** 这次定时运行要实施的系统与申请（写交付记录的申请序号） */
  due: { unit: string; system: string; applications: number[] }[];
}

const hhmm = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

export const formatWindow = (w: Window): string => `${hhmm(w.from)}-${hhmm(w.to)}`;

/** "HH:MM-HH:MM" → 窗口；不合规时为 undefined。 */
export function parseWindow(value: string): Window | undefined {
  const m = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-4]):([0-5]\d)$/.exec(value.trim());
  if (!m) return undefined;
  const from = Number(m[1]) * 60 + Number(m[2]);
  const to = Number(m[3]) * 60 + Number(m[4]);
  return from < to && to <= 24 * 60 ? { from, to } : undefined;
}

/** 时钟在北京时间的分钟数（0–1439）。 */
export function beijingMinuteOfDay(clock: Clock): number {
  const t = Date.parse(clock.instant) + 8 * 3_600_000;
  return Math.floor((((t % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
}

/** 需要按关机日实施的申请：变更或撤销，shutdown.required 且有日期。 */
export function shutdownDateOf(app: Application): string | undefined {
  if (app.type !== "change" && app.type !== "revoke") return undefined;
  return app.shutdown?.required === true && app.shutdown.date ? app.shutdown.date : undefined;
}

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

function stateOf(
  dueDate: string,
  clock: Clock,
  window: Window,
  postponement: Postponement | undefined,
): { state: ScheduleState; reason: Text } {
  const win = formatWindow(window);
  const minute = beijingMinuteOfDay(clock);
  const inWindow = minute >= window.from && minute < window.to;
  const why = postponement
    ? text(
        `延期到 ${dueDate}（${postponement.by} 于 ${postponement.recordedOn} 记录：${postponement.reason}）`,
        `postponed to ${dueDate} (recorded by ${postponement.by} on ${postponement.recordedOn}: ${postponement.reason})`,
      )
    : text(`约定的关机日 ${dueDate}`, `agreed shutdown day ${dueDate}`);
  if (clock.today < dueDate)
    return {
      state: postponement ? "postponed" : "waiting",
      reason: text(
        `${why.zh}，还有 ${daysBetween(clock.today, dueDate)} 天；在当天北京时间 ${win} 的关机窗口内实施`,
        `${why.en}, ${daysBetween(clock.today, dueDate)} day(s) to go; applied in the ${win} (Beijing) window that day`,
      ),
    };
  const late = daysBetween(dueDate, clock.today);
  const lateText =
    late > 0 ? text(`，已过 ${late} 天仍未实施`, `, ${late} day(s) ago and not yet applied`) : text("", "");
  if (!inWindow)
    return {
      state: "waiting",
      reason: text(
        `${why.zh}${lateText.zh}；现在不在北京时间 ${win} 的关机窗口内，在下一个窗口实施`,
        `${why.en}${lateText.en}; now is outside the ${win} (Beijing) window, applied in the next one`,
      ),
    };
  return {
    state: "due",
    reason: text(
      `${why.zh}${lateText.zh}；现在在关机窗口 ${win} 内：实施`,
      `${why.en}${lateText.en}; now inside the ${win} window: apply`,
    ),
  };
}

/** 一个系统的排队：第一份未交付、需要关机的申请，以及排在它后面的未交付申请。 */
function systemEntries(
  key: string,
  apps: Loaded<Application>[],
  delivered: Set<number>,
  postponements: Map<number, Postponement>,
  clock: Clock,
  window: Window,
): ScheduleEntry[] {
  const [unit = "", system = ""] = key.split("/");
  const out: ScheduleEntry[] = [];
  let head: ScheduleEntry | undefined;
  for (const { file, data } of apps) {
    const agreed = shutdownDateOf(data);
    const base = { unit, system, application: data.sequence, file };
    if (delivered.has(data.sequence)) {
      if (agreed)
        out.push({
          ...base,
          dueDate: agreed,
          state: "done",
          reason: text(`已实施（有交付记录）`, "applied (delivery record present)"),
        });
      continue;
    }
    if (head) {
      out.push({
        ...base,
        dueDate: head.dueDate,
        state: head.state === "postponed" ? "postponed" : head.state,
        behind: head.application,
        reason: text(
          `与申请 ${head.application} 同一系统（同一个 stack），随它在 ${head.dueDate} 一起实施`,
          `same system (same stack) as application ${head.application}: applied together with it on ${head.dueDate}`,
        ),
      });
      continue;
    }
    if (!agreed) continue;
    const postponement = postponements.get(data.sequence);
    const dueDate = postponement && postponement.date > agreed ? postponement.date : agreed;
    head = {
      ...base,
      dueDate,
      ...stateOf(
        dueDate,
        clock,
        window,
        postponement && postponement.date > agreed ? postponement : undefined,
      ),
      ...(postponement && postponement.date > agreed ? { postponement } : {}),
    };
    out.push(head);
  }
  return out;
}

/** 全部系统的实施日程（按单位/系统、申请序号排序）。 */
export function schedule(input: ScheduleInput, clock: Clock, window: Window = defaultWindow): Schedule {
  const entries: ScheduleEntry[] = [];
  for (const key of [...input.applications.keys()].sort()) {
    const delivered = new Set((input.deliveries.get(key) ?? []).map((d) => d.data.application));
    const postponed = new Map<number, Postponement>();
    for (const r of input.postponements.get(key) ?? []) {
      const last = r.data.postponements[r.data.postponements.length - 1];
      if (last) postponed.set(r.data.application, last);
    }
    const list = systemEntries(key, input.applications.get(key) ?? [], delivered, postponed, clock, window);
    const broken = input.invalid?.has(key) === true;
    entries.push(
      ...list.map(
        (e): ScheduleEntry =>
          broken && e.state !== "done"
            ? {
                ...e,
                state: "postponed",
                reason: text(
                  `本系统的延期记录有问题（见上）：改正之前不实施`,
                  "this system's postponement record has problems (see above): not applied until it is fixed",
                ),
              }
            : e,
      ),
    );
  }
  const open = entries.filter((e) => e.state !== "done");
  const held = [...new Set(open.map((e) => systemKey(e.unit, e.system)))];
  const due = new Map<string, { unit: string; system: string; applications: number[] }>();
  for (const e of open.filter((x) => x.state === "due")) {
    const k = systemKey(e.unit, e.system);
    const d = due.get(k) ?? { unit: e.unit, system: e.system, applications: [] };
    d.applications.push(e.application);
    due.set(k, d);
  }
  return { now: clock.instant, today: clock.today, window, entries, held, due: [...due.values()] };
}
