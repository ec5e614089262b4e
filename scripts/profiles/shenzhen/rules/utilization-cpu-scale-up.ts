import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { changes, cpuServices, pct } from "./utilization.ts";

/** 第19条(2)1：vCPU 扩容须近 5 个工作日 vCPU 平均利用率不低于 10% 或峰值利用率不低于 80%。 */
export const utilizationCpuScaleUp = defineRule({
  id: "utilization-cpu-scale-up",
  title: text("vCPU 扩容：平均利用率 ≥ 10% 或峰值 ≥ 80%", "vCPU scale-up: average ≥ 10 % or peak ≥ 80 %"),
  citation: cite("第19条", "(2)1"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "vCPU扩容：云主机、容器在近5个工作日的使用过程中，vCPU平均利用率不低于10%或峰值利用率不低于80%。",
    "vCPU scale-up: over the last 5 working days the host's average vCPU use is at least 10 % or its peak at least 80 %.",
  ),
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const { change, current, path, dir } of changes(ctx)) {
      if (dir.vcpu <= 0 || !cpuServices.has(current.service)) continue;
      const cpu = change.utilization?.cpu;
      if (!cpu) {
        out.push({
          path: change.utilization ? `${path}/utilization` : path,
          message: text(
            `vCPU 从 ${dir.before.vcpu} 核扩到 ${dir.after.vcpu} 核，须填写近 5 个工作日的 vCPU 平均与峰值利用率（utilization.cpu.average、utilization.cpu.peak）。`,
            `Scaling vCPU from ${dir.before.vcpu} to ${dir.after.vcpu} needs the last 5 working days' average and peak vCPU use (utilization.cpu).`,
          ),
        });
        continue;
      }
      const peak = cpu.peak ?? 0;
      if (cpu.average >= 10 || peak >= 80) continue;
      out.push({
        path: `${path}/utilization/cpu`,
        message: text(
          `vCPU 扩容的条件是近 5 个工作日平均利用率不低于 10% 或峰值不低于 80%；这里平均 ${pct(cpu.average)}、峰值 ${cpu.peak === undefined ? "未填" : pct(peak)}，都不够。不满足条件的主机不能扩容 vCPU：请撤回这项变更，或在利用率达到条件后再申请。`,
          `vCPU scale-up needs an average of at least 10 % or a peak of at least 80 % over the last 5 working days; here the average is ${pct(cpu.average)} and the peak ${cpu.peak === undefined ? "missing" : pct(peak)}. Withdraw this change or apply once the figures qualify.`,
        ),
      });
    }
    return out;
  },
});
