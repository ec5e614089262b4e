/** 延期申请（type: test-renewal）所延的那份申请与它现在的结束日期。纯函数。 */
import { addDays, addMonths } from "../../../core/calendar/workdays.ts";
import type { RuleContext, RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import type { HbChange, HbRenewal, HbTest } from "./model.ts";
import { applicationNo, applicationsBefore, deliveryOf } from "./state.ts";

export type ExtensionTarget =
  | { kind: "scale-up"; application: HbChange; end: string; extendedBy: number[] }
  | {
      kind: "temporary";
      application: HbTest;
      /** 资源配置之日（交付记录）；未交付时没有，也就没有结束日期 */
      configuredOn?: string;
      end?: string;
      extendedBy: number[];
    };

/** 延期申请所延的申请：临时扩容（带 temporary 的变更）或临时资源；不是这两种时 undefined。 */
export function extensionTarget(
  ctx: Pick<RuleContext, "history">,
  renewal: HbRenewal,
): ExtensionTarget | undefined {
  const n = renewal.extends.application;
  if (n >= renewal.sequence) return undefined;
  const target = applicationNo(ctx, n);
  const earlier = applicationsBefore(ctx, renewal.sequence).filter(
    (a): a is HbRenewal => a.type === "test-renewal" && a.extends?.application === n,
  );
  const extendedBy = earlier.map((e) => e.sequence);
  const latest = (end: string | undefined) =>
    earlier.reduce<string | undefined>(
      (e, r) => (e === undefined || r.extends.until > e ? r.extends.until : e),
      end,
    );
  if (target?.type === "change" && target.temporary)
    return { kind: "scale-up", application: target, end: latest(target.temporary.to) as string, extendedBy };
  if (target?.type === "test") {
    const configuredOn = deliveryOf(ctx, n)?.date;
    const end = configuredOn ? latest(addMonths(configuredOn, target.temporary.months)) : undefined;
    return {
      kind: "temporary",
      application: target,
      ...(configuredOn ? { configuredOn } : {}),
      ...(end ? { end } : {}),
      extendedBy,
    };
  }
  return undefined;
}

/** 提前 lead 个工作日：申请日不晚于结束日之前的第 lead 个工作日（恰好第 lead 个可以）；新的结束日在现结束日之后。 */
export function leadFindings(
  ctx: Pick<RuleContext, "calendar">,
  renewal: HbRenewal,
  end: string,
  lead: number,
  what: { zh: string; en: string },
): RuleFinding[] {
  const out: RuleFinding[] = [];
  if (renewal.extends.until <= end)
    out.push({
      path: "/extends/until",
      message: text(
        `延期后的结束日期 ${renewal.extends.until} 不在${what.zh}现在的结束日期 ${end} 之后：请把 extends.until 改为 ${end} 之后的日期。`,
        `The new end ${renewal.extends.until} is not after the current end of ${what.en}, ${end}: set extends.until after ${end}.`,
      ),
    });
  // 申请日比结束日早一个多月时，一定早于第 lead 个工作日（最长的假期也不过 9 天）：不必查日历
  // （也就不会为还没公布放假安排的年份给出暂定日历的提醒）
  if (addDays(renewal.date, lead * 7 + 1) <= end) return out;
  const days = ctx.calendar.workdaysBefore(end, lead);
  const deadline = days[0] as string;
  if (renewal.date > deadline)
    out.push({
      path: "/date",
      message: text(
        `${what.zh}到 ${end} 结束，延期申请应提前 ${lead} 个工作日提出，最迟 ${deadline}（之后的 ${lead} 个工作日：${days.join("、")}）；这份申请的日期是 ${renewal.date}，晚了。已经晚了的，请尽快与市政务云主管部门联系，并在事由中说明原因；到期不再使用的，请按期备份数据。`,
        `${what.en} ends on ${end}; an extension is asked ${lead} working days ahead, by ${deadline} (the ${lead} working days after: ${days.join(", ")}). This application is dated ${renewal.date}, too late. Contact the administration at once and explain the delay in the reason, or back up the data before the end.`,
      ),
    });
  return out;
}
