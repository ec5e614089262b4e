/**
 * 深圳审计报告与到期提醒中带条款的固定文字（第8、19、45–47条）。
 */
import type { AuditTexts } from "../../../core/audit/profile.ts";
import type { ExpiryNoticeTexts } from "../../../core/notify/compose.ts";
import type { NoticeTexts } from "../../../core/notify/notices.ts";
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

/** 停机（第30条(1)、第36条）、交付（第25条）、超时的阶段与实施（第22–24条等）、起草的申请（第19条、第47条）的通知文字。 */
export const noticeTexts: NoticeTexts = {
  shutdown: {
    tag: text("第30条 停机通知", "第30条 shutdown notice"),
    basis: text(
      "《深圳市政务云服务申请规范》第30条(1)、第36条：需要关机的变更与撤销，按约定的关机日在关机窗口内实施，关机前 3 个工作日发布公告。",
      "Shenzhen government cloud application spec, 第30条(1) and 第36条: a change or revocation that needs a shutdown is applied on the agreed day inside the shutdown window, announced 3 working days ahead.",
    ),
  },
  delivery: {
    tag: text("第25条 交付通知", "第25条 delivery notice"),
    basis: text(
      "《深圳市政务云服务申请规范》第25条：实施完成后，把云服务的 IP、主机名与配置等信息告知使用单位。",
      "Shenzhen government cloud application spec, 第25条: once implemented, the unit is told the service's IP, host name and configuration.",
    ),
  },
  findings: {
    checks: ["stage-late", "implementation-late"],
    tag: text("时限提醒", "deadline reminder"),
    // stage-late：阶段超过时限的工作日数；implementation-late：未交付的实施超过时限的工作日数（已交付的不再提醒）
    overdue: (params) =>
      typeof params.workdaysOverdue === "number"
        ? params.workdaysOverdue
        : typeof params.late === "number" && params.delivered === undefined
          ? params.late
          : undefined,
  },
  draft: {
    tag: text("审计起草的申请", "application drafted by the audit"),
    basis: text(
      "《深圳市政务云服务申请规范》第19条（低负载资源的调整、下线系统的撤销）、第47条（到期测试资源的回收）：夜间审计起草申请，由使用单位确认后提交。",
      "Shenzhen government cloud application spec, 第19条 (right-sizing low-load resources, revoking offline systems) and 第47条 (reclaiming expired test resources): the nightly audit drafts the application; the unit confirms and submits it.",
    ),
  },
};
