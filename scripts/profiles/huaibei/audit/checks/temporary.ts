/** 临时资源（第18条）与临时扩容（第16条）的期限：两项检查（到期提醒、期满）共用的部分。 */
import type { AuditContext, SystemView } from "../../../../core/audit/types.ts";
import { type Text, text } from "../../../../core/text.ts";
import { huaibeiAuditPolicy as policy } from "../policy.ts";
import { type TemporaryPeriod, temporaryPeriods } from "../records.ts";
import { withCalendar } from "./common.ts";

export interface PeriodTimes {
  /** 延期申请的最后一天：期满前第 7 个工作日（这一天提出，期满前还有 7 个工作日） */
  extensionDeadline: string;
  /** 开始提醒的一天：期满前第 10 个工作日 */
  remindFrom: string;
}

export function periodTimes(
  ctx: Pick<AuditContext, "calendar">,
  p: TemporaryPeriod,
): PeriodTimes | undefined {
  return withCalendar(() => ({
    extensionDeadline: ctx.calendar.workdaysBefore(p.end, policy.extensionLeadWorkdays)[0] as string,
    remindFrom: ctx.calendar.workdaysBefore(p.end, policy.reminderWorkdays)[0] as string,
  }));
}

export function* periodsOf(ctx: AuditContext): Generator<{ view: SystemView; period: TemporaryPeriod }> {
  for (const view of ctx.systems) for (const period of temporaryPeriods(view)) yield { view, period };
}

/** 临时资源或临时扩容的名称与条款。 */
export function periodLabel(p: TemporaryPeriod): { name: Text; article: string } {
  return p.kind === "resources"
    ? { name: text("临时资源", "temporary resources"), article: "第18条" }
    : { name: text("临时扩容", "temporary scale-up"), article: "第16条" };
}

export const resourceIds = (p: TemporaryPeriod): string => p.resources.map((r) => r.id).join("、");
export const resourceIdsEn = (p: TemporaryPeriod): string => p.resources.map((r) => r.id).join(", ");
