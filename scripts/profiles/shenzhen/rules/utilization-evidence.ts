import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { changes, pct, utilizationWindow } from "./utilization.ts";

/** 与利用率数据（--metrics）核对申请中填写的近 5 个工作日利用率；相差超过 1 个百分点即报告。 */
const tolerance = 1;

export const utilizationEvidence = defineRule({
  id: "utilization-evidence",
  title: text("填写的利用率与监控数据一致", "Stated utilization matches the monitoring data"),
  citation: cite("第19条", "(2)"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "扩容、缩容的依据是实际利用率；有监控导出时，机器按同样的 5 个工作日重新计算并核对。",
    "Scale decisions rest on real utilization; with a monitoring export the machine recomputes the same 5 working days and compares.",
  ),
  check(ctx) {
    if (!ctx.metrics) return [];
    const out: RuleFinding[] = [];
    const dates = utilizationWindow(ctx);
    for (const { change, current, path } of changes(ctx)) {
      const u = change.utilization;
      if (!u) continue;
      const hosts = [
        ...(change.ip ? [change.ip] : []),
        ...(current?.instances ?? []).flatMap((i) =>
          [i.ip, i.hostname].filter((h): h is string => h !== undefined),
        ),
      ];
      const measured = ctx.metrics.window(hosts, dates);
      if (!measured) {
        out.push({
          path: `${path}/utilization`,
          severity: "warning",
          message: text(
            `${ctx.metrics.label}中没有资源 ${change.resource}（${hosts.join("、") || "无 IP/主机名"}）在 ${dates[0]} 至 ${dates[dates.length - 1]} 的数据，无法核对利用率。请审查人员查看截图。`,
            `${ctx.metrics.label} has no data for ${change.resource} (${hosts.join(", ") || "no IP/host name"}) between ${dates[0]} and ${dates[dates.length - 1]}; the figures cannot be checked.`,
          ),
        });
        continue;
      }
      const compare = (
        label: string,
        field: string,
        stated: number | undefined,
        actual: number | undefined,
      ) => {
        if (stated === undefined || actual === undefined || Math.abs(stated - actual) <= tolerance) return;
        out.push({
          path: `${path}/utilization/${field}`,
          message: text(
            `填写的${label}为 ${pct(stated)}，${ctx.metrics?.label}按 ${dates[0]} 至 ${dates[dates.length - 1]} 的 5 个工作日计算为 ${pct(actual)}。请按监控数据改正，并附上对应截图。`,
            `The stated ${field} is ${pct(stated)}; ${ctx.metrics?.label} gives ${pct(actual)} over ${dates[0]}–${dates[dates.length - 1]}. Correct it from the monitoring data.`,
          ),
        });
      };
      compare("vCPU 平均利用率", "cpu/average", u.cpu?.average, measured.cpu?.average);
      compare("vCPU 峰值利用率", "cpu/peak", u.cpu?.peak, measured.cpu?.peak);
      compare("内存平均利用率", "memory/average", u.memory?.average, measured.memory?.average);
      compare("内存峰值利用率", "memory/peak", u.memory?.peak, measured.memory?.peak);
      compare("存储利用率", "storage/usedPercent", u.storage?.usedPercent, measured.storage?.peak);
    }
    return out;
  },
});
