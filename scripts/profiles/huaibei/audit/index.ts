import type { AuditPart } from "../../../core/audit/profile.ts";
import { text } from "../../../core/text.ts";

/** 淮北的审计（第14、15、16、18、19条）。最小版本：没有检查，hb-audit 替换。 */
export const huaibeiAudit: AuditPart = {
  checks: [],
  lowLoad: {
    minimum: { vcpu: 0, memoryGB: 0 },
    minAgeMonths: 6,
    cpuMet: () => false,
    memoryMet: () => false,
    scaleUp: {
      cpuAveragePercent: 100,
      cpuPeakPercent: 100,
      memoryAveragePercent: 100,
      basis: text("第19条", "Article 19"),
    },
  },
  texts: {
    summaryHeading: text("各单位利用率（第19条）", "Utilization by unit (Article 19)"),
    noMetrics: text("没有利用率数据。", "No utilization data."),
    limits: [],
  },
  notices: {
    check: "none",
    tag: text("第18条 到期提醒", "Article 18 expiry reminder"),
    basis: text(
      "《淮北市市级政务云管理办法》第18条：临时资源使用期限不超过6个月，需要延期的，应提前7个工作日提出申请。",
      "Huaibei measures, Article 18: temporary resources for at most 6 months; extensions 7 working days ahead.",
    ),
    todo: (_params, lang) => (lang === "zh" ? "请提出延期申请或退出。" : "File an extension or an exit."),
  },
};
