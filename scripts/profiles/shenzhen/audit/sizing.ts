/**
 * 深圳的低负载云主机口径（第19条(2) 末段）：
 *
 * - 非最低配：4 核 8GB 及其以下规格不判定（vCPU ≤ 4 且内存 ≤ 8 GB）；
 * - 发放超过 3 个月：今天晚于交付日加 3 个月（恰好满 3 个月当天不算“超过”）；
 * - 缩容指标之一：近 5 个工作日 CPU 平均 < 4% 且峰值 < 40%（第19条(2)4），或内存平均 < 25%（第19条(2)5）；
 * - 建议配置不触及扩容线（第19条(2)1、2：CPU 平均 ≥ 10% 或峰值 ≥ 80%；内存平均 ≥ 70%），
 *   按服务目录的粒度（附件5 注3）向上取整。
 */
import type { LowLoadPolicy } from "../../../core/audit/sizing.ts";
import type { WindowUtilization } from "../../../core/rules/metrics.ts";
import { text } from "../../../core/text.ts";

/** 第19条：4 核 8GB 及其以下是最低配，不判定低负载。 */
export const minimumConfig = { vcpu: 4, memoryGB: 8 } as const;

/** 第19条(2)4：CPU 平均 < 4% 且峰值 < 40%。 */
export const cpuScaleDownMet = (u: WindowUtilization | undefined): boolean =>
  u?.cpu !== undefined && u.cpu.average < 4 && u.cpu.peak < 40;

/** 第19条(2)5：内存平均 < 25%。 */
export const memoryScaleDownMet = (u: WindowUtilization | undefined): boolean =>
  u?.memory !== undefined && u.memory.average < 25;

export const lowLoadPolicy: LowLoadPolicy = {
  minimum: minimumConfig,
  minAgeMonths: 3,
  cpuMet: cpuScaleDownMet,
  memoryMet: memoryScaleDownMet,
  scaleUp: {
    cpuAveragePercent: 10,
    cpuPeakPercent: 80,
    memoryAveragePercent: 70,
    basis: text("第19条(2)1、2", "第19条(2)1, 2"),
  },
};
