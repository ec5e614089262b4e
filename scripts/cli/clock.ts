import { type Clock, clockAt, parseClock } from "../core/clock.ts";
import { UsageError } from "./options.ts";

/** 命令从哪里读“现在”：测试传入固定的值，命令行默认读环境变量与系统时钟。 */
export interface ClockSources {
  env?: Record<string, string | undefined>;
  now?: () => Date;
}

/**
 * 命令的时钟，所有命令一样：`--now` 优先，其次环境变量 GOVCLOUD_NOW，最后是系统时钟。
 * 文本的格式见 scripts/core/clock.ts（日期取北京时间当天 12:00，时间不带时区时按北京时间）。
 * 只有命令行（和 Pulumi 程序的入口）读系统时钟与环境变量。
 */
export function cliClock(option: string | undefined, sources: ClockSources = {}): Clock {
  const env = sources.env ?? process.env;
  const fromEnv = env.GOVCLOUD_NOW?.trim() ? env.GOVCLOUD_NOW : undefined;
  const text = option ?? fromEnv;
  if (text === undefined) return clockAt((sources.now ?? (() => new Date()))());
  const clock = parseClock(text);
  if (clock) return clock;
  const name = option !== undefined ? "--now" : "环境变量 GOVCLOUD_NOW";
  const nameEn = option !== undefined ? "--now" : "the environment variable GOVCLOUD_NOW";
  throw new UsageError(
    `${name} 应为日期 YYYY-MM-DD 或时间 YYYY-MM-DDTHH:MM[:SS][时区]（不写时区按北京时间），这里是 ${text}。`,
    `${nameEn} must be a date YYYY-MM-DD or a time YYYY-MM-DDTHH:MM[:SS][zone] (Beijing time without a zone), not ${text}.`,
  );
}
