import { addMonths } from "../../../core/calendar/workdays.ts";
import { text } from "../../../core/text.ts";
import { thresholds } from "./data.ts";
import { cite, defineRule } from "./define.ts";
import { huaibeiApplication } from "./model.ts";

/**
 * 第16条：因周期性高并发、特殊性应用测试、重大节日保障等需要临时扩容的，申请应明确扩容时间段，原则上不超过3个月
 * （自 from 起按日历月计：from 加 3 个月当天为止，恰好 3 个月可以）。事由写了“临时”却没有写时间段的，提醒写明。
 */
export const scaleUpPeriod = defineRule({
  id: "scale-up-period",
  title: text("临时扩容写明时间段，不超过3个月", "A temporary scale-up states its period, at most 3 months"),
  citation: cite("第16条"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "使用单位的信息系统因周期性高并发、特殊性应用测试、重大节日保障等情况需要临时扩容云资源的，申请应明确扩容时间段，原则上不超过3个月（第16条）。",
    "A temporary scale-up (periodic peaks, special tests, major holidays) states its period, in principle at most 3 months (第16条).",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "change") return [];
    const t = a.temporary;
    if (t === undefined) {
      if (!/临时扩容|临时增加|temporar/i.test(a.reason ?? "")) return [];
      return [
        {
          path: "/reason",
          severity: "warning",
          message: text(
            "申请事由说的是临时扩容，但没有写扩容时间段：临时扩容的申请应明确扩容时间段（原则上不超过 3 个月）。请添加 temporary: { from: 开始日期, to: 结束日期 }；不是临时扩容的，请改写事由。",
            "The reason speaks of a temporary scale-up but no period is given: state it as temporary: { from, to } (at most 3 months in principle), or reword the reason if the change is permanent.",
          ),
        },
      ];
    }
    if (t.to < t.from)
      return [
        {
          path: "/temporary/to",
          message: text(
            `扩容时间段的结束日期 ${t.to} 早于开始日期 ${t.from}：请改正 temporary.from 与 temporary.to。`,
            `The scale-up ends on ${t.to}, before it starts on ${t.from}: correct temporary.from and temporary.to.`,
          ),
        },
      ];
    const months = thresholds(ctx.catalog).scaleUpMonths;
    const latest = addMonths(t.from, months);
    if (t.to <= latest) return [];
    return [
      {
        path: "/temporary/to",
        message: text(
          `临时扩容从 ${t.from} 到 ${t.to}，超过 ${months} 个月（最迟到 ${latest}）：扩容时间段原则上不超过 ${months} 个月。请把 temporary.to 改为 ${latest} 或更早，到期需要继续的，提前 7 个工作日提出延期申请（type: test-renewal）；长期需要的，请提交不带 temporary 的变更申请。`,
          `The scale-up runs from ${t.from} to ${t.to}, more than ${months} months (at most until ${latest}). Set temporary.to to ${latest} or earlier and ask for an extension (type: test-renewal) 7 working days before it ends if needed; for a lasting need, file a change without temporary.`,
        ),
      },
    ];
  },
});
