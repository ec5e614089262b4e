import { addDays } from "../../../core/calendar/workdays.ts";
import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";

/**
 * 第30条(1)、第36条：需要关机时，使用单位应于关机前 3 个工作日发布公告，提供商在关机当天完成。
 *
 * “关机前 3 个工作日”：关机日之前（不含关机日）往回数的第 3 个工作日，公告最迟在这一天发布。
 * 关机日是周四时，前 3 个工作日是周一、周二、周三，公告最迟周一；关机日是周六（非工作日）时同样不算关机日，
 * 最迟周三；节假日不算工作日，调休上班日算。公告日期本身不必是工作日（周日发布的公告早于周一，也满足）。
 */
export const shutdownNotice = defineRule({
  id: "shutdown-notice",
  title: text("关机操作须于关机前 3 个工作日发布公告", "A shutdown is announced 3 working days before"),
  citation: cite("第30条", "(1)"),
  appliesTo: ["change", "revoke"],
  severity: "error",
  why: text(
    "若需要关机操作，提供商与使用单位确认关机操作时间；使用单位应于关机前3个工作日发布公告；使用单位实施关机后，提供商应在关机当天完成云服务变更（第30条(1)）。撤销同样：使用单位应于关机前3个工作日发布公告，提供商在关机当天完成撤销（第36条）。",
    "When a shutdown is needed, the unit and the provider agree its day; the unit announces it 3 working days before, and the provider finishes on the shutdown day (第30条(1) for changes, 第36条 for revocations).",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "change" && a.type !== "revoke") return [];
    const s = a.shutdown;
    if (s?.required !== true) return [];
    const citation = a.type === "revoke" ? { citation: cite("第36条") } : {};
    const out: RuleFinding[] = [];
    if (s.date === undefined)
      out.push({
        path: "/shutdown",
        ...citation,
        message: text(
          "需要关机操作时须写明与提供商确认的关机日期：请填写 shutdown.date（YYYY-MM-DD）。",
          "A shutdown needs the day agreed with the provider: add shutdown.date (YYYY-MM-DD).",
        ),
      });
    if (s.noticeDate === undefined)
      out.push({
        path: "/shutdown",
        ...citation,
        message: text(
          "需要关机操作时须于关机前 3 个工作日发布公告：请填写公告日期 shutdown.noticeDate（YYYY-MM-DD）。",
          "A shutdown is announced 3 working days before: add the notice date shutdown.noticeDate (YYYY-MM-DD).",
        ),
      });
    if (s.date === undefined) return out;
    if (s.date <= a.date) {
      out.push({
        path: "/shutdown/date",
        ...citation,
        message: text(
          `关机日期 ${s.date} 不在申请日 ${a.date} 之后。关机在审批通过后的实施阶段进行：请与提供商确认申请日之后的关机日期。`,
          `The shutdown day ${s.date} is not after the application date ${a.date}. The shutdown happens once the application is approved: agree a later day with the provider.`,
        ),
      });
      return out;
    }
    if (s.noticeDate === undefined) return out;
    const days = ctx.calendar.workdaysBefore(s.date, 3);
    const latest = days[0] as string;
    if (s.noticeDate <= latest) return out;
    const cal = ctx.calendar;
    const earliest = addDays(cal.addWorkdays(s.noticeDate, cal.isWorkday(s.noticeDate) ? 2 : 3), 1);
    out.push({
      path: "/shutdown/noticeDate",
      ...citation,
      message: text(
        `关机日期 ${s.date} 之前的 3 个工作日是 ${days.join("、")}，公告最迟应在 ${latest} 发布；这里公告日期是 ${s.noticeDate}。请把 noticeDate 改为 ${latest} 或更早，或把关机日期推迟到 ${earliest} 或之后。`,
        `The 3 working days before the shutdown on ${s.date} are ${days.join(", ")}, so the notice is due by ${latest}; here it is ${s.noticeDate}. Publish it by ${latest}, or move the shutdown to ${earliest} or later.`,
      ),
    });
    return out;
  },
});
