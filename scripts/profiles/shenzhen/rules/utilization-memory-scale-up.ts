import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { changes, memoryServices, pct } from "./utilization.ts";

/** 第19条(2)2：内存扩容须近 5 个工作日内存平均利用率不低于 70%。 */
export const utilizationMemoryScaleUp = defineRule({
  id: "utilization-memory-scale-up",
  title: text("内存扩容：平均利用率 ≥ 70%", "Memory scale-up: average ≥ 70 %"),
  citation: cite("第19条", "(2)2"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "内存扩容：云主机、裸金属、容器在近5个工作日的使用过程中，内存平均利用率不低于70%。",
    "Memory scale-up: over the last 5 working days the average memory use is at least 70 %.",
  ),
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const { change, current, path, dir } of changes(ctx)) {
      if (dir.memory <= 0 || !memoryServices.has(current.service)) continue;
      const memory = change.utilization?.memory;
      if (!memory) {
        out.push({
          path: change.utilization ? `${path}/utilization` : path,
          message: text(
            `内存从 ${dir.before.memoryGB} GB 扩到 ${dir.after.memoryGB} GB，须填写近 5 个工作日的内存平均利用率（utilization.memory.average）。`,
            `Scaling memory from ${dir.before.memoryGB} GB to ${dir.after.memoryGB} GB needs the last 5 working days' average memory use (utilization.memory.average).`,
          ),
        });
        continue;
      }
      if (memory.average >= 70) continue;
      out.push({
        path: `${path}/utilization/memory/average`,
        message: text(
          `内存扩容的条件是近 5 个工作日内存平均利用率不低于 70%；这里是 ${pct(memory.average)}。请撤回内存扩容，或在利用率达到条件后再申请。`,
          `Memory scale-up needs an average of at least 70 % over the last 5 working days; here it is ${pct(memory.average)}.`,
        ),
      });
    }
    return out;
  },
});
