import { addMonths } from "../../../core/calendar/workdays.ts";
import type { RuleContext, RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite } from "./define.ts";
import type { changes } from "./utilization.ts";

type Item = ReturnType<typeof changes> extends Generator<infer T> ? T : never;

/** 缩容的共同前提（第19条(2)4、5）：已发放 3 个月后。返回发现或 undefined。 */
export function deliveredThreeMonths(ctx: RuleContext, item: Item, clause: string): RuleFinding | undefined {
  const delivered = item.current.deliveredOn;
  if (delivered === undefined)
    return {
      path: `${item.path}/resource`,
      severity: "warning",
      citation: cite("第19条", clause),
      message: text(
        `资源 ${item.change.resource} 没有交付记录，无法确认已发放满 3 个月。请审查人员核实发放日期。`,
        `Resource ${item.change.resource} has no delivery record, so the 3 months since delivery cannot be confirmed. Reviewers: check the delivery date.`,
      ),
    };
  const since = addMonths(delivered, 3);
  if (ctx.application.date >= since) return undefined;
  return {
    path: `${item.path}/resource`,
    citation: cite("第19条", clause),
    message: text(
      `资源 ${item.change.resource} 于 ${delivered} 发放，缩容须在发放 3 个月后（${since} 起）申请。`,
      `Resource ${item.change.resource} was delivered on ${delivered}; a scale-down may be requested from ${since} (3 months after delivery).`,
    ),
  };
}
