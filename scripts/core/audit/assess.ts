/**
 * 逐台评估参与低负载判定的云主机（每项资源一次）：低负载检查与利用率汇总共用这一份结果。
 */
import { CalendarRangeError } from "../calendar/workdays.ts";
import type { WindowUtilization } from "../rules/metrics.ts";
import type { ResourceState } from "../state/fold.ts";
import { hostIds } from "./metrics.ts";
import { deliveredMoreThan, isMinimumConfig, type LowLoadPolicy, suggestSize } from "./sizing.ts";
import type { AuditContext, HostUtilization, SystemView } from "./types.ts";

/**
 * 一项资源的评估：
 * - undelivered：没有交付记录或实例；young：发放未超过口径的月数；minimum：最低配及其以下；
 * - no-data：有主机在监控中没有数据，或不足 5 个工作日（不据残缺的数据判定）；
 * - normal：不满足缩容指标；low：低负载。
 */
export type AssessmentStatus = "undelivered" | "young" | "minimum" | "no-data" | "normal" | "low";

export interface Assessment {
  view: SystemView;
  resource: ResourceState;
  status: AssessmentStatus;
  hosts: HostUtilization[];
  /** 全部主机合并 */
  combined?: WindowUtilization;
  met: { cpu: boolean; memory: boolean };
  /** 低负载时的建议配置 */
  next?: { vcpu: number; memoryGB: number };
}

/** 每个上下文、每种口径算一次（检查与汇总共用）。 */
const cache = new WeakMap<
  AuditContext,
  Map<LowLoadPolicy, { window: string[]; assessments: Assessment[] }>
>();

/**
 * 近 5 个工作日：今天之前（不含今天）的 5 个工作日（与 utilization-window 规则相同）。
 * 日历没有覆盖到的年份返回空窗口：不猜节假日，低负载不作判定（报告中说明）。
 */
export function auditWindow(ctx: Pick<AuditContext, "calendar" | "today">): string[] {
  try {
    return ctx.calendar.workdaysBefore(ctx.today, 5);
  } catch (error) {
    if (error instanceof CalendarRangeError) return [];
    throw error;
  }
}

/** 按 profile 的口径评估（同一次审计的上下文只算一次）。 */
export function assess(
  ctx: AuditContext,
  policy: LowLoadPolicy,
): { window: string[]; assessments: Assessment[] } {
  const byPolicy = cache.get(ctx) ?? new Map();
  cache.set(ctx, byPolicy);
  const cached = byPolicy.get(policy);
  if (cached) return cached;
  const window = auditWindow(ctx);
  const services = new Set(ctx.config.lowLoadServices);
  const assessments: Assessment[] = [];
  for (const view of ctx.systems) {
    const catalog = ctx.catalogs(view.system.profile);
    for (const resource of view.history.current.resources.values()) {
      if (!services.has(resource.service) || resource.kind !== "production") continue;
      const base = { view, resource, hosts: [] as HostUtilization[], met: { cpu: false, memory: false } };
      if (resource.deliveredOn === undefined || resource.instances.length === 0) {
        assessments.push({ ...base, status: "undelivered" });
        continue;
      }
      const hosts: HostUtilization[] = resource.instances.map((i) => {
        const u = window.length ? ctx.metrics?.window(hostIds(i), window) : undefined;
        return {
          name: i.name,
          ...(i.ip ? { ip: i.ip } : {}),
          ...(i.hostname ? { hostname: i.hostname } : {}),
          ...(u ? { utilization: u } : {}),
        };
      });
      const complete = window.length > 0 && hosts.every((h) => (h.utilization?.days ?? 0) >= window.length);
      const combined = window.length
        ? ctx.metrics?.window(resource.instances.flatMap(hostIds), window)
        : undefined;
      const measured = { ...base, hosts, ...(combined ? { combined } : {}) };
      if (!deliveredMoreThan(resource.deliveredOn, policy.minAgeMonths, ctx.today)) {
        assessments.push({ ...measured, status: complete ? "young" : "no-data" });
        continue;
      }
      if (isMinimumConfig(resource.config, policy.minimum)) {
        assessments.push({ ...measured, status: complete ? "minimum" : "no-data" });
        continue;
      }
      if (!complete || !combined) {
        assessments.push({ ...measured, status: "no-data" });
        continue;
      }
      // 每台主机都须满足指标：一项资源的配置对它的全部主机同时生效
      const met = {
        cpu: hosts.every((h) => policy.cpuMet(h.utilization)),
        memory: hosts.every((h) => policy.memoryMet(h.utilization)),
      };
      if (!met.cpu && !met.memory) {
        assessments.push({ ...measured, met, status: "normal" });
        continue;
      }
      const max = (pick: (u: WindowUtilization) => number | undefined) =>
        Math.max(0, ...hosts.map((h) => (h.utilization ? (pick(h.utilization) ?? 0) : 0)));
      const granularity = catalog?.profile.granularity;
      const next = granularity
        ? suggestSize(
            { vcpu: resource.config.vcpu ?? 0, memoryGB: resource.config.memoryGB ?? 0 },
            {
              cpuPeak: max((u) => u.cpu?.peak),
              cpuAverage: max((u) => u.cpu?.average),
              memoryPeak: max((u) => u.memory?.peak),
              memoryAverage: max((u) => u.memory?.average),
            },
            met,
            granularity,
            ctx.config.headroom,
          )
        : undefined;
      assessments.push({ ...measured, met, status: "low", ...(next ? { next } : {}) });
    }
  }
  const result = { window, assessments };
  byPolicy.set(policy, result);
  return result;
}
