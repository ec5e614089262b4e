import { defineCheck, findingKey } from "../../../../core/audit/define.ts";
import type { CheckFinding } from "../../../../core/audit/types.ts";
import type { WorkdayCalendar } from "../../../../core/calendar/workdays.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../cite.ts";
import { huaibeiAuditPolicy as policy } from "../policy.ts";
import { daysBetween, systemFields, withCalendar } from "./common.ts";
import { periodLabel, periodsOf, periodTimes, resourceIds, resourceIdsEn } from "./temporary.ts";

/** [today, end) 中的工作日数：期满前第 10 个工作日是 10，延期申请的最后一天是 7（提醒渠道可按它挑日子）。 */
export function workdaysBeforeEnd(calendar: WorkdayCalendar, today: string, end: string): number {
  const at = (d: string) => (calendar.isWorkday(d) ? 1 : 0);
  return calendar.workdaysBetween(today, end) - at(end) + at(today);
}

/**
 * 第16条、第18条：临时扩容原则上不超过 3 个月、临时资源自配置之日起不超过 6 个月，需要延期的，应提前 7 个工作日
 * 提出延期申请。期满前第 10 个工作日起提醒使用单位；期满前第 7 个工作日（延期申请的最后一天）之后，
 * 提醒改为“已来不及按时提出延期”。期满之后由 temporary-ended 接手。
 */
export const temporaryExpiring = defineCheck({
  id: "temporary-expiring",
  title: text("临时资源、临时扩容即将期满", "Temporary resources and scale-ups ending soon"),
  citation: cite("第18条"),
  severity: "warning",
  why: text(
    "临时资源使用期限自资源配置之日起不超过6个月，临时扩容原则上不超过3个月；需要延期的，使用单位应提前7个工作日提出延期申请（第16条、第18条）。",
    "Temporary resources last at most 6 months from configuration and temporary scale-ups in principle at most 3 months; an extension must be asked at least 7 working days ahead (第16条, 第18条).",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const { view, period: p } of periodsOf(ctx)) {
      const t = periodTimes(ctx, p);
      if (!t || ctx.today < t.remindFrom || ctx.today > p.end) continue;
      const { name, article } = periodLabel(p);
      const inTime = ctx.today <= t.extensionDeadline;
      const workdaysLeft =
        withCalendar(() => ctx.calendar.workdaysBetween(ctx.today, t.extensionDeadline)) ?? 0;
      const daysLeft = daysBetween(ctx.today, p.end);
      const extended = p.extendedBy.length
        ? text(`（已延期，原定 ${p.until}）`, ` (extended; first until ${p.until})`)
        : text("", "");
      out.push({
        key: findingKey("temporary-expiring", view.unitDir, view.systemDir, p.sequence),
        citation: cite(article),
        title: text(
          `${name.zh}将于 ${p.end} 期满：${view.system.name}（第 ${p.sequence} 号申请）`,
          `${name.en} end on ${p.end}: ${view.system.name} (application ${p.sequence})`,
        ),
        ...systemFields(view),
        resource: p.resources[0]?.id as string,
        message: text(
          `第 ${p.sequence} 号申请的${name.zh}（${resourceIds(p)}）将于 ${p.end} 期满${extended.zh}，还有 ${daysLeft} 天。延期申请须在期满前 ${policy.extensionLeadWorkdays} 个工作日提出，最后一天是 ${t.extensionDeadline}${inTime ? `（还有 ${workdaysLeft} 个工作日）` : "，已经过了"}（${article}）。`,
          `The ${name.en} of application ${p.sequence} (${resourceIdsEn(p)}) end on ${p.end}${extended.en}, in ${daysLeft} day(s). An extension must be asked ${policy.extensionLeadWorkdays} working days before the end, by ${t.extensionDeadline}${inTime ? ` (${workdaysLeft} working day(s) left)` : ", which has passed"} (${article}).`,
        ),
        action: inTime
          ? text(
              `还要继续使用的，请在 ${t.extensionDeadline} 之前以公函提交延期申请（type: test-renewal，extends.application: ${p.sequence}）；不再使用的，请备份数据，期满后${p.kind === "resources" ? "回收" : "恢复原配置"}。`,
              `To keep them, file an extension by official letter before ${t.extensionDeadline} (type: test-renewal, extends.application: ${p.sequence}); otherwise back up the data: they are ${p.kind === "resources" ? "reclaimed" : "scaled back"} once the period ends.`,
            )
          : text(
              `已来不及按时提出延期申请（须在 ${t.extensionDeadline} 之前）：请备份数据，期满后${p.kind === "resources" ? "回收" : "恢复原配置"}；确需继续使用的，请尽快与市政务云主管部门联系。`,
              `An extension can no longer be asked in time (it was due by ${t.extensionDeadline}): back up the data, they are ${p.kind === "resources" ? "reclaimed" : "scaled back"} once the period ends; if they are truly needed, contact the administration at once.`,
            ),
        params: {
          application: p.sequence,
          kind: p.kind,
          resource: p.resources[0]?.id as string,
          resources: p.resources.map((r) => r.id).join(","),
          expiresOn: p.end,
          daysLeft,
          workdaysBeforeEnd: withCalendar(() => workdaysBeforeEnd(ctx.calendar, ctx.today, p.end)) ?? 0,
          extensionDeadline: t.extensionDeadline,
          extensionInTime: inTime,
          workdaysLeft: inTime ? workdaysLeft : 0,
          renewable: inTime,
        },
      });
    }
    return out;
  },
});
