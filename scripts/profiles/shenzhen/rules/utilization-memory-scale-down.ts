import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { changes, memoryServices, pct } from "./utilization.ts";
import { deliveredThreeMonths } from "./utilization-scale-down.ts";

/** 第19条(2)5：内存缩容须已发放 3 个月，近 5 个工作日内存平均利用率低于 25%。 */
export const utilizationMemoryScaleDown = defineRule({
  id: "utilization-memory-scale-down",
  title: text(
    "内存缩容：发放满 3 个月，平均 < 25%",
    "Memory scale-down: 3 months after delivery, average < 25 %",
  ),
  citation: cite("第19条", "(2)5"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "内存缩容：云主机、裸金属、容器在已发放3个月后，近5个工作日的使用过程中，内存的平均利用率低于25%。",
    "Memory scale-down: 3 months after delivery, the last 5 working days' average memory use is below 25 %.",
  ),
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const item of changes(ctx)) {
      const { change, current, path, dir } = item;
      if (dir.memory >= 0 || !memoryServices.has(current.service)) continue;
      // 与 vCPU 一起缩容时，发放时间只报一次（由 vCPU 缩容规则报告）
      if (dir.vcpu >= 0) {
        const late = deliveredThreeMonths(ctx, item, "(2)5");
        if (late) out.push(late);
      }
      const memory = change.utilization?.memory;
      if (!memory) {
        out.push({
          path: change.utilization ? `${path}/utilization` : path,
          message: text(
            "内存缩容须填写近 5 个工作日的内存平均利用率（utilization.memory.average）。",
            "A memory scale-down states the last 5 working days' average memory use (utilization.memory.average).",
          ),
        });
        continue;
      }
      if (memory.average < 25) continue;
      out.push({
        path: `${path}/utilization/memory/average`,
        message: text(
          `内存缩容的条件是平均利用率低于 25%；这里是 ${pct(memory.average)}。请核对利用率，或不缩容内存。`,
          `Memory scale-down needs an average below 25 %; here it is ${pct(memory.average)}.`,
        ),
      });
    }
    return out;
  },
});
