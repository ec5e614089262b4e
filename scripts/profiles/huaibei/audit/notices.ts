/**
 * 第19条的整改通知：使用率长期较低、僵尸系统先由主管部门发出整合、清理等指示（整改通知），使用单位仍不整改的，
 * 才收回云资源。通知记在审计配置 .github/govcloud-audit.yaml 的 notices 中（发现的键、日期、文号、期限），
 * 经 PR 由主管部门合并：审计每晚据此判断走到了哪一步。
 */
import type { AuditNotice } from "../../../core/audit/config.ts";
import type { AuditContext } from "../../../core/audit/types.ts";
import { CalendarRangeError } from "../../../core/calendar/workdays.ts";
import { huaibeiAuditPolicy } from "./policy.ts";

export type NoticeStep =
  /** 还没有通知：请主管部门发出整改通知 */
  | { step: "notify" }
  /** 已通知，整改期限未到 */
  | { step: "rectifying"; notice: AuditNotice; deadline: string }
  /** 期限已过，问题仍在：收回 */
  | { step: "reclaim"; notice: AuditNotice; deadline: string };

/** 通知的整改期限：通知写了的取它，否则自发出之日起 rectificationWorkdays 个工作日（日历没有那一年时按 30 天）。 */
export function noticeDeadline(ctx: Pick<AuditContext, "calendar">, notice: AuditNotice): string {
  if (notice.deadline) return notice.deadline;
  try {
    return ctx.calendar.addWorkdays(notice.date, huaibeiAuditPolicy.rectificationWorkdays);
  } catch (error) {
    if (!(error instanceof CalendarRangeError)) throw error;
    const d = new Date(`${notice.date}T00:00:00Z`);
    d.setUTCDate(d.getUTCDate() + 30);
    return d.toISOString().slice(0, 10);
  }
}

/** 这条发现走到了哪一步。通知日期晚于今天（记错了）时当作还没有通知。 */
export function noticeStep(
  ctx: Pick<AuditContext, "calendar" | "config" | "today">,
  key: string,
): NoticeStep {
  const notice = ctx.config.notices?.find((n) => n.finding === key);
  if (!notice || notice.date > ctx.today) return { step: "notify" };
  const deadline = noticeDeadline(ctx, notice);
  return ctx.today > deadline
    ? { step: "reclaim", notice, deadline }
    : { step: "rectifying", notice, deadline };
}
