/**
 * 审计的利用率来源。规则用同步接口 MetricsSource（rules/metrics.ts）；Prometheus 要经网络计算，
 * 所以审计先按要用到的主机与窗口预取（prefetch，异步），得到一个同步的 MetricsSource，再交给纯函数的审计。
 * 文件来源（file:PATH）已经在内存中，预取直接返回它自己。
 */
import type { MetricsSource, WindowUtilization } from "../rules/metrics.ts";
import type { Instance } from "../state/fold.ts";
import type { AuditConfig } from "./config.ts";
import type { SystemView } from "./types.ts";

/** 预取的进度：已完成几步、共几步。 */
export type Progress = (done: number, total: number) => void;

export interface AuditMetricsSource {
  readonly label: string;
  prefetch(
    hosts: readonly string[],
    windows: readonly (readonly string[])[],
    progress?: Progress,
  ): Promise<MetricsSource>;
}

/** 已在内存中的来源（文件）：预取什么也不做。 */
export function inMemorySource(source: MetricsSource): AuditMetricsSource {
  return { label: source.label, prefetch: async () => source };
}

/** 一台主机在监控中的标识：IP 与主机名（实例名在不同系统之间会重名，不用）。 */
export const hostIds = (i: Instance): string[] =>
  [i.ip, i.hostname].filter((h): h is string => h !== undefined && h !== "");

/** 审计要看的主机：参与低负载判定的服务的全部在用实例。 */
export function auditHosts(
  systems: readonly SystemView[],
  config: Pick<AuditConfig, "lowLoadServices">,
): string[] {
  const services = new Set(config.lowLoadServices);
  const out = new Set<string>();
  for (const v of systems)
    for (const r of v.history.current.resources.values())
      if (services.has(r.service)) for (const i of r.instances) for (const h of hostIds(i)) out.add(h);
  return [...out];
}

export const windowKey = (dates: readonly string[]): string => dates.join(",");

/**
 * 由每台主机、每个窗口的结果组成的同步来源。多台主机合并：平均按天数加权（与文件来源逐日平均取均值相同），
 * 峰值取最大。
 */
export function prefetchedSource(
  label: string,
  results: ReadonlyMap<string, ReadonlyMap<string, WindowUtilization>>,
): MetricsSource {
  return {
    label,
    window(hosts, dates) {
      const key = windowKey(dates);
      const found = [...new Set(hosts)]
        .map((h) => results.get(key)?.get(h))
        .filter((u): u is WindowUtilization => u !== undefined);
      if (found.length === 0) return undefined;
      if (found.length === 1) return found[0];
      const combine = (pick: (u: WindowUtilization) => { average: number; peak: number } | undefined) => {
        let weight = 0;
        let sum = 0;
        let peak = Number.NEGATIVE_INFINITY;
        for (const u of found) {
          const v = pick(u);
          if (!v) continue;
          weight += u.days;
          sum += v.average * u.days;
          peak = Math.max(peak, v.peak);
        }
        return weight > 0 ? { average: sum / weight, peak } : undefined;
      };
      const cpu = combine((u) => u.cpu);
      const memory = combine((u) => u.memory);
      const storage = found.map((u) => u.storage?.peak).filter((v): v is number => v !== undefined);
      return {
        days: Math.max(...found.map((u) => u.days)),
        ...(cpu ? { cpu } : {}),
        ...(memory ? { memory } : {}),
        ...(storage.length ? { storage: { peak: Math.max(...storage) } } : {}),
      };
    },
  };
}
