/**
 * 深圳审计报告与到期提醒中带条款的固定文字（第8、19、45–47条）。
 */
import type { AuditTexts } from "../../../core/audit/profile.ts";
import type { ExpiryNoticeTexts } from "../../../core/notify/compose.ts";
import { text } from "../../../core/text.ts";

export const auditTexts: AuditTexts = {
  summaryHeading: text("各单位利用率（第8条）", "Utilization by unit (第8条)"),
  noMetrics: text(
    "没有给出利用率来源（--metrics），未判定低负载云主机（第19条）。",
    "No utilization source (--metrics): low-load hosts (第19条) were not assessed.",
  ),
  limits: [
    text(
      "系统的下线日期只记录在撤销申请的 revoke.systemOffline 中（system.yaml 没有状态字段）：从未提交撤销申请的下线系统无从发现。",
      "A system's offline date is recorded only in a revocation's revoke.systemOffline (system.yaml has no status): an offline system with no revocation at all cannot be seen.",
    ),
  ],
};

/** 第46条：测试资源到期前一周提醒使用单位（govcloud notify 由 test-expiring 的发现发出）。 */
export const expiryNotice: ExpiryNoticeTexts = {
  check: "test-expiring",
  tag: text("第46条 到期提醒", "第46条 expiry reminder"),
  basis: text(
    "《深圳市政务云服务申请规范》第46条：测试资源到期前一周，市大数据资源管理中心提醒使用单位；不申请续期的，到期后可回收测试资源。",
    "Shenzhen government cloud application spec, 第46条: a week before a test resource expires the centre reminds the unit; without a renewal it may reclaim the resource once expired.",
  ),
  todo(params, lang) {
    const cap = typeof params.renewableUntil === "string" ? params.renewableUntil : undefined;
    if (params.renewable !== true)
      return lang === "zh"
        ? "已用满累计六个月（第45条），不能再续期：请备份数据，到期后回收（第47条）；需要长期使用的，请提交新增申请。"
        : "It has used its six months in total (第45条) and cannot be renewed: back up its data, it is reclaimed once expired (第47条). For lasting use, file a new application.";
    return lang === "zh"
      ? `还要使用的，请在到期前提交续期申请（type: test-renewal），累计不超过六个月${cap ? `，最迟用到 ${cap}` : ""}（第45条）；不再使用的，请备份数据，到期后回收（第47条）。`
      : `To keep it, file a renewal (type: test-renewal) before it expires; six months in total at most${cap ? `, until ${cap}` : ""} (第45条). Otherwise back up its data: it is reclaimed once expired (第47条).`;
  },
};
