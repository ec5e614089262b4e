/**
 * 一个时钟：所有命令与 Pulumi 程序对“现在”和“今天”的唯一理解。
 *
 * - “今天”一律是北京时间（Asia/Shanghai，UTC+8，无夏令时）的日期：0:00–8:00（UTC 的前一天）也是北京的今天；
 * - 时钟文本（`--now`、`GOVCLOUD_NOW`）可以是日期 YYYY-MM-DD（取北京时间当天 12:00，离两端都远），
 *   带时区的 ISO 8601 时间（`2026-11-25T10:00:00+08:00`、`…Z`），或不带时区的时间（按北京时间理解）。
 *
 * 纯函数：不读系统时钟，不读环境变量；由命令行读它们再传进来（scripts/cli/options.ts）。
 */

/** 某一时刻：UTC 的 ISO 8601 时间与北京时间的日期。 */
export interface Clock {
  /** 时刻，ISO 8601（UTC，精确到毫秒） */
  readonly instant: string;
  /** 北京时间的日期 YYYY-MM-DD */
  readonly today: string;
}

const hour = 3_600_000;
const beijingOffset = 8 * hour;

/** 时间戳（ISO 8601）在北京时间的日期 YYYY-MM-DD。 */
export function beijingDate(timestamp: string): string {
  const t = Date.parse(timestamp);
  if (Number.isNaN(t)) throw new RangeError(`不是有效的时间：${timestamp}`);
  return new Date(t + beijingOffset).toISOString().slice(0, 10);
}

/** 时间戳在北京时间的“YYYY-MM-DD HH:MM”（显示用）；不是时间时原样返回。 */
export function beijingMinute(timestamp: string): string {
  const t = Date.parse(timestamp);
  return Number.isNaN(t)
    ? timestamp
    : new Date(t + beijingOffset).toISOString().slice(0, 16).replace("T", " ");
}

/** 一个时刻的时钟。 */
export function clockAt(instant: Date): Clock {
  const iso = instant.toISOString().replace(".000Z", "Z");
  return { instant: iso, today: beijingDate(iso) };
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dateTimePattern =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

function realDate(y: number, m: number, d: number): boolean {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  return back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d;
}

/**
 * 解析时钟文本；不认识时返回 undefined（由调用方说明是哪个选项、怎么改）。
 * 日期取北京时间当天 12:00；不带时区的时间按北京时间。
 */
export function parseClock(text: string): Clock | undefined {
  const value = text.trim();
  const date = datePattern.exec(value);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (!realDate(y, m, d)) return undefined;
    return clockAt(new Date(Date.UTC(y, m - 1, d, 12) - beijingOffset));
  }
  const dt = dateTimePattern.exec(value);
  if (!dt) return undefined;
  const [y, mo, d, h, mi, s] = [1, 2, 3, 4, 5, 6].map((i) => Number(dt[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (!realDate(y, mo, d) || h > 23 || mi > 59 || s > 59) return undefined;
  const zone = dt[8];
  const iso = `${dt[1]}-${dt[2]}-${dt[3]}T${dt[4]}:${dt[5]}:${dt[6] ?? "00"}${dt[7] ?? ""}${zone === undefined ? "+08:00" : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? undefined : clockAt(new Date(t));
}

/** 不晚于 now 的时刻：外部给出的时间（提交时间、事件时间）在未来时按 now 算。 */
export function notAfter(timestamp: string, now: string): string {
  return Date.parse(timestamp) > Date.parse(now) ? now : timestamp;
}
