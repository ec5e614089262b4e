/**
 * 低负载云主机的判定与建议配置（纯算术）。判定口径（最低配、发放多久、缩容指标、扩容线）是 profile 的数据
 * （Profile.audit.lowLoad）；这里是通用的部分：
 *
 * - 最低配及其以下不判定；发放超过 minAgeMonths 个月才判定（恰好满那天不算“超过”）；
 * - 建议配置：只缩满足指标的那一项；按观测值推算缩容后的利用率，峰值与平均都留余量（配置的 headroom，
 *   须低于扩容线），再按服务目录的粒度向上取整，不低于最小规格。
 */
import { addMonths } from "../calendar/workdays.ts";
import type { Granularity } from "../catalog/types.ts";
import type { WindowUtilization } from "../rules/metrics.ts";
import type { Text } from "../text.ts";
import type { Headroom } from "./config.ts";

/** 一个 profile 判定低负载云主机的口径。 */
export interface LowLoadPolicy {
  /** 最低配：vCPU 与内存都不超过它的云主机不判定 */
  minimum: { vcpu: number; memoryGB: number };
  /** 发放超过这么多个月才判定 */
  minAgeMonths: number;
  /** vCPU 缩容指标（按一台主机的窗口利用率） */
  cpuMet(u: WindowUtilization | undefined): boolean;
  /** 内存缩容指标 */
  memoryMet(u: WindowUtilization | undefined): boolean;
  /**
   * 扩容线：配置的缩容余量（headroom 的平均值与 CPU 峰值）须低于它们，免得缩了又要扩；
   * basis 是出处（写在配置错误的说明里）。
   */
  scaleUp: { cpuAveragePercent: number; cpuPeakPercent: number; memoryAveragePercent: number; basis: Text };
}

export function isMinimumConfig(
  config: { vcpu?: number; memoryGB?: number },
  minimum: LowLoadPolicy["minimum"],
): boolean {
  return (config.vcpu ?? 0) <= minimum.vcpu && (config.memoryGB ?? 0) <= minimum.memoryGB;
}

/** 发放超过 months 个月：today 晚于 deliveredOn + months 个月。 */
export function deliveredMoreThan(deliveredOn: string, months: number, today: string): boolean {
  return today > addMonths(deliveredOn, months);
}

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
