/**
 * 低负载云主机（第19条(2) 末段）的判定与建议配置（纯算术）。
 *
 * - 非最低配：4 核 8GB 及其以下规格不判定（vCPU ≤ 4 且内存 ≤ 8 GB）；
 * - 发放超过 3 个月：今天晚于交付日加 3 个月（恰好满 3 个月当天不算“超过”）；
 * - 缩容指标之一：近 5 个工作日 CPU 平均 < 4% 且峰值 < 40%（第19条(2)4），或内存平均 < 25%（第19条(2)5）；
 * - 建议配置：只缩满足指标的那一项；按观测值推算缩容后的利用率，峰值与平均都留余量、不触及扩容线
 *   （第19条(2)1、2），再按服务目录的粒度（附件5 注3）向上取整，不低于最小规格。
 */
import { addMonths } from "../calendar/workdays.ts";
import type { Granularity } from "../catalog/types.ts";
import type { WindowUtilization } from "../rules/metrics.ts";
import type { Headroom } from "./config.ts";

/** 第19条：4 核 8GB 及其以下是最低配，不判定低负载。 */
export const minimumConfig = { vcpu: 4, memoryGB: 8 } as const;

export function isMinimumConfig(config: { vcpu?: number; memoryGB?: number }): boolean {
  return (config.vcpu ?? 0) <= minimumConfig.vcpu && (config.memoryGB ?? 0) <= minimumConfig.memoryGB;
}

/** 发放超过 3 个月：today 晚于 deliveredOn + 3 个月。 */
export function deliveredMoreThanThreeMonths(deliveredOn: string, today: string): boolean {
  return today > addMonths(deliveredOn, 3);
}

/** 第19条(2)4：CPU 平均 < 4% 且峰值 < 40%。 */
export const cpuScaleDownMet = (u: WindowUtilization | undefined): boolean =>
  u?.cpu !== undefined && u.cpu.average < 4 && u.cpu.peak < 40;

/** 第19条(2)5：内存平均 < 25%。 */
export const memoryScaleDownMet = (u: WindowUtilization | undefined): boolean =>
  u?.memory !== undefined && u.memory.average < 25;

/** 向上取到 multiple 的倍数（容忍浮点误差）。 */
export function ceilTo(value: number, multiple: number): number {
  return Math.max(multiple, Math.ceil(value / multiple - 1e-9) * multiple);
}

export interface Observed {
  cpuAverage: number;
  cpuPeak: number;
  memoryAverage: number;
  memoryPeak: number;
}

/**
 * 建议配置：满足 CPU 指标时缩 vCPU，满足内存指标时缩内存；缩不了（按余量算出来不比现在小）时保持原值。
 * 所需量 = 现配置 × 观测利用率 ÷ 目标利用率，峰值与平均各算一次取大者。
 */
export function suggestSize(
  current: { vcpu: number; memoryGB: number },
  observed: Observed,
  met: { cpu: boolean; memory: boolean },
  granularity: Pick<Granularity, "vcpu" | "memoryGB">,
  headroom: Headroom,
): { vcpu: number; memoryGB: number } {
  const size = (
    now: number,
    peak: number,
    average: number,
    peakTarget: number,
    averageTarget: number,
    g: { multiple: number; min: number },
  ) => {
    const needed = Math.max((now * peak) / peakTarget, (now * average) / averageTarget);
    const next = Math.max(g.min, ceilTo(needed, g.multiple));
    return Math.min(now, next);
  };
  return {
    vcpu: met.cpu
      ? size(
          current.vcpu,
          observed.cpuPeak,
          observed.cpuAverage,
          headroom.cpuPeakPercent,
          headroom.cpuAveragePercent,
          granularity.vcpu,
        )
      : current.vcpu,
    memoryGB: met.memory
      ? size(
          current.memoryGB,
          observed.memoryPeak,
          observed.memoryAverage,
          headroom.memoryPeakPercent,
          headroom.memoryAveragePercent,
          granularity.memoryGB,
        )
      : current.memoryGB,
  };
}

/** 按新配置推算的利用率（同样的绝对用量落在新配置上）。 */
export function projected(now: number, next: number, percent: number): number {
  return next === 0 ? percent : (percent * now) / next;
}
