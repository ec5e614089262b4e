import type { AnnualPart } from "../../core/report/annual.ts";
import { text } from "../../core/text.ts";
import { cite } from "./audit/cite.ts";
import { huaibeiAuditPolicy, isBelow } from "./audit/policy.ts";

/**
 * 年度使用情况：办法没有“年度通报”的专条；第6条要求主管部门负责政务云使用情况动态监测、云资源优化、绩效评价，
 * 第26条组织考核评价。年度报告是这些工作的全年汇总。低负载口径与夜间审计第19条“使用率长期较低”的线相同
 * （audit/policy.ts：CPU 平均 < 5% 且峰值 < 30%），按全年工作日计。
 */
export const huaibeiAnnual: AnnualPart = {
  basis: {
    citation: cite("第6条"),
    text: text(
      "市政务云主管部门负责政务云使用情况动态监测、云资源优化、绩效评价（第6条），组织考核评价（第26条）；本报告是全年的汇总。",
      "The administration monitors the cloud's use, optimizes resources and evaluates performance (第6条) and organizes the assessment (第26条); this report sums up the year.",
    ),
  },
  lowLoad: {
    // 与夜间审计第19条“使用率长期较低”的线相同（audit/policy.ts），按全年工作日计
    test: (u) => isBelow(u, huaibeiAuditPolicy.lowUse),
    rule: text(
      `全年工作日 CPU 平均利用率低于 ${huaibeiAuditPolicy.lowUse.cpuAveragePercent}% 且峰值低于 ${huaibeiAuditPolicy.lowUse.cpuPeakPercent}% 的云主机（使用率长期较低）。`,
      `Hosts whose working-day CPU average is below ${huaibeiAuditPolicy.lowUse.cpuAveragePercent} % with peaks below ${huaibeiAuditPolicy.lowUse.cpuPeakPercent} % (long-term low use).`,
    ),
    citation: cite("第19条"),
  },
};
