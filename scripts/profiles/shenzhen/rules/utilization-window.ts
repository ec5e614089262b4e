import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { changes, utilizationWindow } from "./utilization.ts";

/** 第19条(2)：利用率取“近 5 个工作日”，即申请日之前的 5 个工作日（节假日不算，调休上班日算）。 */
export const utilizationWindowRule = defineRule({
  id: "utilization-window",
  title: text(
    "利用率统计区间为申请日前的 5 个工作日",
    "Utilization covers the 5 working days before the application",
  ),
  citation: cite("第19条", "(2)"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "扩容、缩容指标按“近5个工作日的使用过程”计算；节假日不是工作日，调休上班日是。",
    "Scale-up and scale-down figures are over the last 5 working days; holidays do not count, make-up working days do.",
  ),
  check(ctx) {
    const out: RuleFinding[] = [];
    let window: string[] | undefined;
    for (const { change, path } of changes(ctx)) {
      const stated = change.utilization?.window;
      if (!stated) continue;
      window ??= utilizationWindow(ctx);
      const from = window[0] as string;
      const to = window[window.length - 1] as string;
      if (stated.from === from && stated.to === to) continue;
      out.push({
        path: `${path}/utilization/window`,
        message: text(
          `申请日 ${ctx.application.date} 之前的 5 个工作日是 ${window.join("、")}，统计区间应为 from: ${from}、to: ${to}；这里是 ${stated.from} 至 ${stated.to}。请按这 5 天重新取利用率。`,
          `The 5 working days before ${ctx.application.date} are ${window.join(", ")}: the window is from ${from} to ${to}, not ${stated.from} to ${stated.to}. Take the figures over those days.`,
        ),
      });
    }
    return out;
  },
});
