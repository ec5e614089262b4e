/**
 * 一个系统的主机在近 5 个工作日的利用率（夜间审计预取的监控数据：记录规则的每日序列或表达式）。
 * 只在每台主机都有完整 5 个工作日数据时下结论；缺数据时是“无法判定”，不当作空转。
 */
import { auditWindow } from "../../../core/audit/assess.ts";
import { hostIds } from "../../../core/audit/metrics.ts";
import type { AuditContext, HostUtilization, SystemView } from "../../../core/audit/types.ts";
import type { WindowUtilization } from "../../../core/rules/metrics.ts";
import type { ResourceState } from "../../../core/state/fold.ts";

export interface SystemMeasure {
  window: string[];
  source: string;
  /** 参与的资源（已交付、有实例） */
  resources: ResourceState[];
  hosts: HostUtilization[];
  /** 每台主机都有完整数据 */
  complete: boolean;
  combined?: WindowUtilization;
}

/** 系统中这些服务的已交付实例在窗口内的利用率；没有监控来源、窗口或实例时 undefined。 */
export function measureSystem(
  ctx: AuditContext,
  view: SystemView,
  services: readonly string[],
): SystemMeasure | undefined {
  if (!ctx.metrics) return undefined;
  const window = auditWindow(ctx);
  if (window.length === 0) return undefined;
  const resources = [...view.history.current.resources.values()].filter(
    (r) => services.includes(r.service) && r.instances.length > 0,
  );
  if (resources.length === 0) return undefined;
  const instances = resources.flatMap((r) => r.instances);
  const hosts: HostUtilization[] = instances.map((i) => {
    const u = ctx.metrics?.window(hostIds(i), window);
    return {
      name: i.name,
      ...(i.ip ? { ip: i.ip } : {}),
      ...(i.hostname ? { hostname: i.hostname } : {}),
      ...(u ? { utilization: u } : {}),
    };
  });
  const complete = hosts.every((h) => (h.utilization?.days ?? 0) >= window.length);
  const combined = ctx.metrics.window(instances.flatMap(hostIds), window);
  return {
    window,
    source: ctx.metrics.label,
    resources,
    hosts,
    complete,
    ...(combined ? { combined } : {}),
  };
}

/** 每台主机都满足 test（要求数据完整）。 */
export const everyHost = (m: SystemMeasure, test: (u: WindowUtilization | undefined) => boolean): boolean =>
  m.complete && m.hosts.every((h) => test(h.utilization));

/** 证据（报告中的利用率表）。 */
export const evidenceOf = (m: SystemMeasure) =>
  m.combined
    ? { evidence: { window: m.window, source: m.source, hosts: m.hosts, combined: m.combined } }
    : {};

const round1 = (n: number) => Math.round(n * 10) / 10;

/** 合并后的数字（params）。 */
export function figures(u: WindowUtilization | undefined): Record<string, number> {
  if (!u) return {};
  return {
    ...(u.cpu ? { cpuAverage: round1(u.cpu.average), cpuPeak: round1(u.cpu.peak) } : {}),
    ...(u.memory ? { memoryAverage: round1(u.memory.average), memoryPeak: round1(u.memory.peak) } : {}),
  };
}
