/**
 * 淮北审计的口径（profile 的数据）。《淮北市市级政务云管理办法》只给出期限（15 天、3 个月、6 个月、
 * 7 个工作日），没有给出“无部署进展”“使用率长期较低”“僵尸系统”“占有率过大、过小”的数字：这里的数字是
 * 主管部门可以调整的默认值，docs/huaibei-audit.md 逐项说明出处与理由。
 */
import type { LowLoadPolicy } from "../../../core/audit/sizing.ts";
import type { WindowUtilization } from "../../../core/rules/metrics.ts";
import { text } from "../../../core/text.ts";

/** 一台主机“几乎没有负载”：窗口内 CPU 平均与峰值都低于这两条线。 */
export interface IdleLine {
  cpuAveragePercent: number;
  cpuPeakPercent: number;
}

export const isBelow = (u: WindowUtilization | undefined, line: IdleLine): boolean =>
  u?.cpu !== undefined && u.cpu.average < line.cpuAveragePercent && u.cpu.peak < line.cpuPeakPercent;

export const huaibeiAuditPolicy = {
  /** 参与利用率判定的服务：云主机（裸金属的规格不能按粒度缩放，只在系统层面看是否空转） */
  sizedServices: ["vm"],
  /** 系统层面看是否空转的服务 */
  measuredServices: ["vm", "bare-metal"],
  /** 第14条：交付完成 15 天内未部署、未运行测试或长时间无部署进展的，主管部门有权回收（日历日） */
  undeployedDays: 15,
  /** 第14条、第19条：空转（没有部署业务、僵尸系统）的线：CPU 平均 < 2% 且峰值 < 10% */
  idle: { cpuAveragePercent: 2, cpuPeakPercent: 10 } satisfies IdleLine,
  /** 第19条：使用率长期较低的线（每台主机）：CPU 平均 < 5% 且峰值 < 30% */
  lowUse: { cpuAveragePercent: 5, cpuPeakPercent: 30 } satisfies IdleLine,
  /** 第19条：上线超过这么多个月才判定使用率低（试运行刚结束的系统还在爬坡） */
  minProductionMonths: 3,
  /** 第19条：整改通知没有写期限时，自发出之日起这么多个工作日内整改 */
  rectificationWorkdays: 20,
  /** 第16条、第18条：延期申请至少提前 7 个工作日提出 */
  extensionLeadWorkdays: 7,
  /** 到期提醒：期满前第 10 个工作日起提醒（第 7 个工作日是延期申请的最后一天） */
  reminderWorkdays: 10,
  /** 第15条：迁移上云的系统割接上线后，原系统至少保留 3 个月 */
  migrationKeepMonths: 3,
  /** 保留期满后这么多天内提醒“原系统可以下线” */
  keepReminderDays: 30,
  /** 第15条：生产区上线后这么多个工作日仍未签开通确认单（未开始计费）的，提示主管部门 */
  openingGraceWorkdays: 5,
  /** 第19条“占有率过小”：扩容线（任一台主机） */
  scaleUp: { cpuAveragePercent: 70, cpuPeakPercent: 95, memoryAveragePercent: 85 },
  /** 扩容建议的目标利用率：按观测值推算，扩容后峰值与平均不超过它们 */
  scaleUpTarget: {
    cpuPeakPercent: 70,
    cpuAveragePercent: 40,
    memoryPeakPercent: 80,
    memoryAveragePercent: 60,
  },
  /** 扩容建议的粒度：vCPU 与内存（GB）取 2 的倍数 */
  granularity: { vcpu: { multiple: 2, min: 2 }, memoryGB: { multiple: 2, min: 2 } },
} as const;

/**
 * 第19条“占有率过大”：降配的口径（引擎的 LowLoadPolicy）：2 核 4GB 及以下不判定；上线（交付）超过 3 个月；
 * 每台主机 CPU 平均 < 5% 且峰值 < 40%，或内存平均 < 25%。扩容线即上面的 scaleUp。
 */
export const lowLoadPolicy: LowLoadPolicy = {
  minimum: { vcpu: 2, memoryGB: 4 },
  minAgeMonths: 3,
  cpuMet: (u) => u?.cpu !== undefined && u.cpu.average < 5 && u.cpu.peak < 40,
  memoryMet: (u) => u?.memory !== undefined && u.memory.average < 25,
  scaleUp: {
    ...huaibeiAuditPolicy.scaleUp,
    basis: text("淮北审计口径（第19条，占有率过小）", "Huaibei audit line (第19条, occupancy too small)"),
  },
};
