import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { changes, cpuServices, pct } from "./utilization.ts";
import { deliveredThreeMonths } from "./utilization-scale-down.ts";

/** 第19条(2)4：vCPU 缩容须已发放 3 个月，近 5 个工作日 CPU 平均利用率低于 4% 且峰值低于 40%。 */
export const utilizationCpuScaleDown = defineRule({
  id: "utilization-cpu-scale-down",
  title: text(
    "vCPU 缩容：发放满 3 个月，平均 < 4% 且峰值 < 40%",
    "vCPU scale-down: 3 months after delivery, average < 4 % and peak < 40 %",
  ),
  citation: cite("第19条", "(2)4"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "vCPU缩容：云主机、容器在已发放3个月后，近5个工作日的使用过程中，CPU平均利用率低于4%且峰值利用率低于40%。",
    "vCPU scale-down: 3 months after delivery, the last 5 working days' average CPU use is below 4 % and the peak below 40 %.",
  ),
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const item of changes(ctx)) {
      const { change, current, path, dir } = item;
      if (dir.vcpu >= 0 || !cpuServices.has(current.service)) continue;
      const late = deliveredThreeMonths(ctx, item, "(2)4");
      if (late) out.push(late);
      const cpu = change.utilization?.cpu;
      if (!cpu || cpu.peak === undefined) {
        out.push({
          path: change.utilization ? `${path}/utilization` : path,
          message: text(
            "vCPU 缩容须填写近 5 个工作日的 CPU 平均与峰值利用率（utilization.cpu.average、utilization.cpu.peak）。",
            "A vCPU scale-down states the last 5 working days' average and peak CPU use (utilization.cpu).",
          ),
        });
        continue;
      }
      if (cpu.average < 4 && cpu.peak < 40) continue;
      out.push({
        path: `${path}/utilization/cpu`,
        message: text(
          `vCPU 缩容的条件是平均利用率低于 4% 且峰值低于 40%；这里平均 ${pct(cpu.average)}、峰值 ${pct(cpu.peak)}。缩容后可能不够用：请核对利用率，或不缩容 vCPU。`,
          `vCPU scale-down needs an average below 4 % and a peak below 40 %; here they are ${pct(cpu.average)} and ${pct(cpu.peak)}.`,
        ),
      });
    }
    return out;
  },
});
