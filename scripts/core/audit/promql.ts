/**
 * PromQL 查询（纯函数）：近 5 个工作日的平均与峰值在 Prometheus 里算，不拉原始采样。
 *
 * 每个工作日 d 是北京时间 (d 00:00, d+1 00:00]。对每一天，用 `@` 修饰符把子查询钉在这一天结束的时刻：
 *
 *   avg_over_time((H)[86400s−STEP:STEP] @ <d+1 00:00>)
 *
 * 子查询的取值点对齐到 STEP 的整数倍：d 00:00+STEP、…、d+1 00:00，一天正好 86400/STEP 个点。
 * 每个点上的表达式向前看不超过 STEP（rate 的窗口、即时选择的回看 5 分钟都不越过当天 00:00），
 * 所以每一天只用这一天的数据；节假日与周末不在窗口里，调休上班日在。
 * H 是配置的表达式（每台主机一条序列）。每天的结果加上 govcloud_day 标签，再按主机归并（标签 govcloud_host，
 * 在子查询之外做，每天只做一次），5 天用 `or` 合并，按主机取平均（逐日平均的均值）、最大（峰值）、
 * 计数（有数据的天数：至少一半取值点有数据的天）。每个数字一次查询，只返回每台主机一条序列。
 *
 * 这是 prometheus.mode: expressions。默认的 rules 模式（dailyQuery）不逐点计算：记录规则
 * （prometheus/rules/govcloud.yml）已为每台主机每天记下同样的日平均、日峰值与取值点数，查询只取每天一个点。
 */
import { addDays } from "../calendar/workdays.ts";
import type { PrometheusSettings } from "./config.ts";

export const hostLabel = "govcloud_host";
const dayLabel = "govcloud_day";

/** 北京时间某日结束（次日 00:00）的 Unix 秒。 */
export const dayEnd = (date: string): number => Date.parse(`${addDays(date, 1)}T00:00:00+08:00`) / 1000;

/** 按主机归并：取出 IP 或主机名放进 govcloud_host 标签（同一主机、同一天有多条序列时取最大）。 */
export function byHost(
  expr: string,
  settings: Pick<PrometheusSettings, "hostLabel" | "hostPattern">,
): string {
  const pattern = JSON.stringify(settings.hostPattern);
  return `max by (${hostLabel}, ${dayLabel}) (label_replace(${expr}, "${hostLabel}", "$1", "${settings.hostLabel}", ${pattern}))`;
}

/** Prometheus 时长（如 5m）的秒数。 */
export function durationSeconds(d: string): number {
  const m = /^([1-9][0-9]*)(ms|s|m|h)$/.exec(d);
  if (!m) throw new RangeError(`不是 Prometheus 时长：${d}`);
  const n = Number(m[1]);
  return m[2] === "ms" ? n / 1000 : m[2] === "s" ? n : m[2] === "m" ? n * 60 : n * 3600;
}

/** 一天的聚合，带上 govcloud_day 标签。 */
function perDay(
  fn: "avg_over_time" | "max_over_time" | "count_over_time",
  series: string,
  date: string,
  step: string,
  filter = "",
): string {
  const range = `${86400 - durationSeconds(step)}s`;
  return `label_replace(${fn}((${series})[${range}:${step}] @ ${dayEnd(date)})${filter}, "${dayLabel}", "${date}", "", "")`;
}

export type Figure = "average" | "peak" | "days";

/** 表达式只是一个指标选择器（如记录规则的结果 `govcloud:cpu_percent` 或 `x{job="node"}`）。 */
export const isSelector = (expr: string): boolean =>
  /^\s*[a-zA-Z_:][a-zA-Z0-9_:]*\s*(\{[^{}]*\})?\s*$/.test(expr);

/**
 * 选择器不必用子查询：直接取这一天的原始采样 [d 00:00, d+1 00:00)（范围钉在次日 0 点前 1 毫秒），
 * 比子查询省得多。10 万台主机时建议为 CPU、内存各配一条记录规则，表达式写记录的指标名。
 */
function perDaySelector(
  fn: "avg_over_time" | "max_over_time" | "count_over_time",
  expr: string,
  date: string,
): string {
  return `label_replace(${fn}(${expr.trim()}[86399999ms] @ ${(dayEnd(date) - 0.001).toFixed(3)}), "${dayLabel}", "${date}", "", "")`;
}

/** 窗口上的一个数字：average（逐日平均的均值）、peak（逐日峰值的最大）、days（有数据的天数）。 */
export function windowQuery(
  expr: string,
  figure: Figure,
  dates: readonly string[],
  settings: Pick<PrometheusSettings, "hostLabel" | "hostPattern" | "step">,
): string {
  const points = Math.round(86400 / durationSeconds(settings.step));
  const fn = figure === "peak" ? "max_over_time" : figure === "days" ? "count_over_time" : "avg_over_time";
  const filter = figure === "days" ? ` >= ${Math.ceil(points / 2)}` : "";
  const day = (d: string) =>
    isSelector(expr) ? perDaySelector(fn, expr, d) : perDay(fn, expr, d, settings.step, filter);
  const union = dates.map((d) => byHost(day(d), settings)).join(" or ");
  const agg = figure === "average" ? "avg" : figure === "peak" ? "max" : "count";
  return `${agg} by (${hostLabel}) (${union})`;
}

/** 查询的求值时刻：窗口最后一天结束（所有子查询都用 @ 钉住，这个时刻只决定结果的时间戳）。 */
export const evaluationTime = (dates: readonly string[]): number => dayEnd(dates[dates.length - 1] as string);

/**
 * 记录规则（prometheus/rules/govcloud.yml）写下的每日序列的名字：每台主机（govcloud_host 标签）每次求值一个点，
 * 值是此前一天（86399 秒内，恰好 86400/step 个取值点）的平均、最大与取值点数。
 */
export const recordedDaily = {
  cpu: {
    average: "govcloud_host:cpu_utilization_percent:avg_1d",
    peak: "govcloud_host:cpu_utilization_percent:max_1d",
    days: "govcloud_host:cpu_utilization_percent:count_1d",
  },
  memory: {
    average: "govcloud_host:memory_utilization_percent:avg_1d",
    peak: "govcloud_host:memory_utilization_percent:max_1d",
    days: "govcloud_host:memory_utilization_percent:count_1d",
  },
} as const satisfies Record<"cpu" | "memory", Record<Figure, string>>;

/**
 * 一天的记录值：北京时间 d+1 日 00:00 之后第一次求值的点，即范围 [00:00, 00:00+step) 里最后一个点
 * （`last_over_time(…[step] @ 00:00+step−1ms)`）。规则第 1 层在对齐的整 step 时刻取值，所以这个点汇总的
 * 正是 d 日 00:00+step … d+1 日 00:00 的取值点，与子查询逐点计算的一天相同，不论规则组的求值偏移。
 */
function perDayRecorded(series: string, date: string, step: string, filter = ""): string {
  const at = (dayEnd(date) + durationSeconds(step) - 0.001).toFixed(3);
  return `label_replace(last_over_time(${series}[${step}] @ ${at})${filter}, "${dayLabel}", "${date}", "", "")`;
}

/**
 * 窗口上的一个数字，只查记录规则的每日序列（每台主机每天一个采样点）：average 为逐日平均的均值，
 * peak 为逐日峰值的最大，days 为取值点不少于一半的天数。与 windowQuery 对表达式逐点计算的结果相同。
 */
export function dailyQuery(
  metric: keyof typeof recordedDaily,
  figure: Figure,
  dates: readonly string[],
  settings: Pick<PrometheusSettings, "step">,
): string {
  const points = Math.round(86400 / durationSeconds(settings.step));
  const filter = figure === "days" ? ` >= ${Math.ceil(points / 2)}` : "";
  const union = dates
    .map(
      (d) =>
        `max by (${hostLabel}, ${dayLabel}) (${perDayRecorded(recordedDaily[metric][figure], d, settings.step, filter)})`,
    )
    .join(" or ");
  const agg = figure === "average" ? "avg" : figure === "peak" ? "max" : "count";
  return `${agg} by (${hostLabel}) (${union})`;
}
