/**
 * 淮北审计报告与到期提醒中带条款的固定文字（第14–19条）。
 */
import type { AuditTexts } from "../../../core/audit/profile.ts";
import type { ExpiryNoticeTexts } from "../../../core/notify/compose.ts";
import { text } from "../../../core/text.ts";

export const auditTexts: AuditTexts = {
  summaryHeading: text("各单位云资源使用情况（第19条）", "Resource use by unit (第19条)"),
  noMetrics: text(
    "没有给出利用率来源（--metrics）：未判定僵尸系统、使用率长期较低与占有率过大过小（第19条）；第14条无部署进展只按记录判断。",
    "No utilization source (--metrics): zombie systems, long-term low use and over/under-sized resources (第19条) were not assessed; 第14条 deployment progress was judged from the records only.",
  ),
  limits: [
    text(
      "整改通知（第19条）记在 .github/govcloud-audit.yaml 的 notices 中：没有记下的通知，审计当作还没有发出。",
      "Rectification notices (第19条) are recorded under notices in .github/govcloud-audit.yaml: a notice not recorded there counts as not sent.",
    ),
    text(
      "生产区上线、割接与三方确认只记录在交付记录（deliveries/）中：没有记下的，审计看不到。",
      "Going live, cut-overs and the three-party confirmations are recorded only in the delivery records (deliveries/): what is not recorded there cannot be seen.",
    ),
  ],
};

/** 第16条、第18条：临时资源与临时扩容期满前的提醒（govcloud notify 由 temporary-expiring 的发现发出）。 */
export const expiryNotice: ExpiryNoticeTexts = {
  check: "temporary-expiring",
  // 延期须提前7个工作日提出：期满前第10个工作日（第一次提醒）与第7个工作日（延期的最后一天）各提醒一次
  remindBy: { param: "workdaysBeforeEnd", defaults: [10, 7] },
  resourceName: text("临时资源", "Temporary resource"),
  tag: text("第18条 期满提醒", "第18条 end-of-period reminder"),
  basis: text(
    "《淮北市市级政务云管理办法》第16条、第18条：临时扩容原则上不超过3个月，临时资源自配置之日起不超过6个月；需要延期的，应提前7个工作日提出延期申请。",
    "Huaibei government cloud management measures, 第16条 and 第18条: a temporary scale-up lasts at most 3 months in principle and temporary resources at most 6 months from configuration; an extension must be asked 7 working days ahead.",
  ),
  todo(params, lang) {
    const deadline = typeof params.extensionDeadline === "string" ? params.extensionDeadline : "";
    if (params.extensionInTime !== true)
      return lang === "zh"
        ? `已来不及按时提出延期申请（须在 ${deadline} 之前）：请备份数据，期满后回收或恢复原配置；确需继续使用的，请尽快与市政务云主管部门联系。`
        : `An extension can no longer be asked in time (it was due by ${deadline}): back up the data; the resources are reclaimed or scaled back once the period ends. If they are truly needed, contact the administration at once.`;
    return lang === "zh"
      ? `还要继续使用的，请在 ${deadline} 之前以公函提交延期申请（type: test-renewal）；不再使用的，请备份数据，期满后回收或恢复原配置。`
      : `To keep them, file an extension by official letter before ${deadline} (type: test-renewal); otherwise back up the data: they are reclaimed or scaled back once the period ends.`;
  },
};
