import type { AnnualPart } from "../../core/report/annual.ts";
import { text } from "../../core/text.ts";
import { cpuScaleDownMet, memoryScaleDownMet } from "./audit/sizing.ts";
import { cite } from "./rules/define.ts";

/**
 * 年度使用情况（第8条）：市政务服务数据管理局每年对各单位政务云使用情况通报、考核。
 * 低负载口径取第19条(2) 的缩容指标（vCPU 平均 < 4% 且峰值 < 40%，或内存平均 < 25%），按全年工作日计。
 */
export const shenzhenAnnual: AnnualPart = {
  basis: {
    citation: cite("第8条"),
    text: text(
      "市政务服务数据管理局每年定期对各单位政务云使用情况进行通报、考核，并作为后续申请云服务的重要审批依据。",
      "Each year the administration reports on and assesses every unit's use of the government cloud; it weighs in later applications.",
    ),
  },
  lowLoad: {
    // 与夜间审计的低负载口径相同（audit/sizing.ts），按全年工作日计
    test: (u) => cpuScaleDownMet(u) || memoryScaleDownMet(u),
    rule: text(
      "全年工作日 vCPU 平均利用率低于 4% 且峰值低于 40%，或内存平均利用率低于 25% 的云主机（缩容指标）。",
      "Hosts whose working-day vCPU average is below 4 % with peaks below 40 %, or whose memory average is below 25 % (the scale-down thresholds).",
    ),
    citation: cite("第19条", "(2)"),
  },
};
