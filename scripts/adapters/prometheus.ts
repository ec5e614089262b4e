/**
 * Prometheus 利用率来源（HTTP API /api/v1/query）。近 5 个工作日的平均与峰值由 Prometheus 计算
 * （查询见 scripts/core/audit/promql.ts），这里只发查询、收每台主机一个数字，不拉原始采样。
 * prometheus.mode: rules（默认）只读记录规则（prometheus/rules/govcloud.yml）的每日序列，主机已在
 * govcloud_host 标签里；expressions 按表达式逐点计算，主机按下面的方式匹配。
 *
 * 主机匹配：表达式结果中 hostLabel 标签（node exporter 为 instance，libvirt exporter 为 domain）的值，
 * 经 hostPattern 取出（默认去掉 `:端口`）后，与交付记录中实例的 IP 或主机名逐字比较。
 */
import type { PrometheusSettings } from "../core/audit/config.ts";
import {
  type AuditMetricsSource,
  type Progress,
  prefetchedSource,
  windowKey,
} from "../core/audit/metrics.ts";
import {
  dailyQuery,
  evaluationTime,
  type Figure,
  hostLabel,
  recordedDaily,
  windowQuery,
} from "../core/audit/promql.ts";
import type { WindowUtilization } from "../core/rules/metrics.ts";

/** 访问 Prometheus 失败（不是申请的问题）：zh/en 两种说明。 */
export class PrometheusError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(zh);
  }
}

export interface PrometheusOptions {
  /** 基础地址，如 http://127.0.0.1:9090（可带路径前缀；可带 user:password@ 作 Basic 认证） */
  url: string;
  settings: PrometheusSettings;
  /** Bearer 令牌（可选） */
  token?: string;
  /** 同时进行的查询数（默认 4） */
  concurrency?: number;
  fetch?: typeof fetch;
}

interface VectorSample {
  metric: Record<string, string>;
  value: [number, string];
}

/** 发一个即时查询，返回 govcloud_host → 数值。 */
export async function instantQuery(
  options: Pick<PrometheusOptions, "url" | "token" | "fetch"> & { timeoutSeconds: number },
  query: string,
  time: number,
): Promise<Map<string, number>> {
  const base = new URL(options.url);
  const headers: Record<string, string> = { "content-type": "application/x-www-form-urlencoded" };
  if (base.username || base.password)
    headers.authorization = `Basic ${Buffer.from(`${decodeURIComponent(base.username)}:${decodeURIComponent(base.password)}`).toString("base64")}`;
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  base.username = "";
  base.password = "";
  const endpoint = new URL(`${base.pathname.replace(/\/$/, "")}/api/v1/query`, base);
  const shown = `${base.origin}${base.pathname.replace(/\/$/, "")}`;
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(endpoint, {
      method: "POST",
      headers,
      body: new URLSearchParams({ query, time: time.toFixed(3), timeout: `${options.timeoutSeconds}s` }),
      signal: AbortSignal.timeout((options.timeoutSeconds + 10) * 1000),
    });
  } catch (error) {
    const cause = (error as Error).cause as Error | undefined;
    const reason = cause?.message ?? (error as Error).message;
    throw new PrometheusError(
      `连不上 Prometheus ${shown}：${reason}`,
      `Cannot reach Prometheus at ${shown}: ${reason}`,
    );
  }
  const raw = await response.text();
  let body: {
    status?: string;
    error?: string;
    errorType?: string;
    data?: { resultType?: string; result?: VectorSample[] };
  };
  try {
    body = JSON.parse(raw);
  } catch {
    throw new PrometheusError(
      `Prometheus ${shown} 的应答不是 JSON（HTTP ${response.status}）：${raw.slice(0, 200)}`,
      `Prometheus at ${shown} answered with non-JSON (HTTP ${response.status}): ${raw.slice(0, 200)}`,
    );
  }
  if (body.status !== "success" || body.data?.resultType !== "vector")
    throw new PrometheusError(
      `Prometheus 查询失败（HTTP ${response.status}，${body.errorType ?? "?"}）：${body.error ?? raw.slice(0, 200)}。请检查 .github/govcloud-audit.yaml 中的表达式。`,
      `The Prometheus query failed (HTTP ${response.status}, ${body.errorType ?? "?"}): ${body.error ?? raw.slice(0, 200)}. Check the expressions in .github/govcloud-audit.yaml.`,
    );
  const out = new Map<string, number>();
  for (const s of body.data.result ?? []) {
    const host = s.metric[hostLabel];
    const v = Number(s.value[1]);
    if (!host || !Number.isFinite(v)) continue;
    out.set(host, Math.min(100, Math.max(0, v)));
  }
  return out;
}

async function inParallel<T>(tasks: (() => Promise<T>)[], limit: number, done: () => void): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await (tasks[i] as () => Promise<T>)();
      done();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/**
 * 一个数字的查询：mode rules 时 CPU、内存只查记录规则的每日序列（dailyQuery），
 * expressions 时按表达式逐点计算（windowQuery）；存储峰值总是按表达式。
 */
export function figureQuery(
  settings: PrometheusSettings,
  metric: "cpu" | "memory" | "storage",
  figure: Figure,
  window: readonly string[],
): string {
  if (metric !== "storage" && settings.mode === "rules") return dailyQuery(metric, figure, window, settings);
  return windowQuery(settings.expressions[metric] as string, figure, window, settings);
}

/** 记录规则模式下一条每日序列也没有：多半是没有加载规则文件，说清楚怎么办（而不是把每台主机都当作缺数据）。 */
function noRecordedSeries(shown: string, window: readonly string[]): PrometheusError {
  const names = `${recordedDaily.cpu.average}、${recordedDaily.memory.average}`;
  return new PrometheusError(
    `Prometheus ${shown} 在 ${window[0]} 至 ${window[window.length - 1]} 没有记录规则的每日序列（${names}）。请在 Prometheus 中加载 prometheus/rules/govcloud.yml（历史数据可用 promtool tsdb create-blocks-from rules 回填，见 docs/audit-scale.md），或在 .github/govcloud-audit.yaml 中设 prometheus.mode: expressions 按表达式逐点计算。`,
    `Prometheus at ${shown} has no recorded daily series (${names}) for ${window[0]} to ${window[window.length - 1]}. Load prometheus/rules/govcloud.yml into Prometheus (backfill history with promtool tsdb create-blocks-from rules, see docs/audit-scale.md), or set prometheus.mode: expressions in .github/govcloud-audit.yaml to compute from the expressions point by point.`,
  );
}

/** Prometheus 来源：每个窗口 6–7 个查询（CPU、内存的平均、峰值、天数，可选存储峰值）。 */
export function prometheusSource(options: PrometheusOptions): AuditMetricsSource {
  const shown = (() => {
    const u = new URL(options.url);
    return `${u.host}${u.pathname.replace(/\/$/, "")}`;
  })();
  const label = `Prometheus ${shown}`;
  return {
    label,
    async prefetch(hosts, windows, progress?: Progress) {
      const { settings } = options;
      const wanted = new Set(hosts);
      const q = { ...options, timeoutSeconds: settings.timeoutSeconds };
      const plan: { window: readonly string[]; metric: "cpu" | "memory" | "storage"; figure: Figure }[] = [];
      for (const window of windows) {
        for (const metric of ["cpu", "memory"] as const)
          for (const figure of ["average", "peak", "days"] as const) plan.push({ window, metric, figure });
        if (settings.expressions.storage) plan.push({ window, metric: "storage", figure: "peak" });
      }
      let done = 0;
      progress?.(0, plan.length);
      const answers = await inParallel(
        plan.map(
          (p) => () =>
            instantQuery(q, figureQuery(settings, p.metric, p.figure, p.window), evaluationTime(p.window)),
        ),
        options.concurrency ?? 4,
        () => progress?.(++done, plan.length),
      );
      const results = new Map<string, Map<string, WindowUtilization>>();
      for (const window of windows) {
        const get = (metric: string, figure: Figure) => {
          const i = plan.findIndex((p) => p.window === window && p.metric === metric && p.figure === figure);
          return i < 0 ? new Map<string, number>() : (answers[i] as Map<string, number>);
        };
        const [cpuAvg, cpuPeak, cpuDays, memAvg, memPeak, memDays, storage] = [
          get("cpu", "average"),
          get("cpu", "peak"),
          get("cpu", "days"),
          get("memory", "average"),
          get("memory", "peak"),
          get("memory", "days"),
          get("storage", "peak"),
        ];
        if (settings.mode === "rules" && hosts.length > 0 && cpuAvg.size === 0 && memAvg.size === 0)
          throw noRecordedSeries(shown, window);
        const perHost = new Map<string, WindowUtilization>();
        const seen = new Set([...cpuDays.keys(), ...memDays.keys()]);
        for (const host of seen) {
          if (!wanted.has(host)) continue;
          const ca = cpuAvg.get(host);
          const cp = cpuPeak.get(host);
          const ma = memAvg.get(host);
          const mp = memPeak.get(host);
          const st = storage.get(host);
          perHost.set(host, {
            days: Math.max(cpuDays.get(host) ?? 0, memDays.get(host) ?? 0),
            ...(ca !== undefined ? { cpu: { average: ca, peak: cp ?? ca } } : {}),
            ...(ma !== undefined ? { memory: { average: ma, peak: mp ?? ma } } : {}),
            ...(st !== undefined ? { storage: { peak: st } } : {}),
          });
        }
        results.set(windowKey(window), perHost);
      }
      return prefetchedSource(label, results);
    },
  };
}
