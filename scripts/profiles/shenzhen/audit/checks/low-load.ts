import { assess } from "../../../../core/audit/assess.ts";
import { defineCheck, findingKey, pct } from "../../../../core/audit/define.ts";
import { projected } from "../../../../core/audit/sizing.ts";
import type { CheckFinding } from "../../../../core/audit/types.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../../rules/define.ts";
import { draftScaleDown } from "../drafts.ts";
import { lowLoadPolicy } from "../sizing.ts";

/**
 * 第19条(2) 末段：发放超过 3 个月、非最低配（4 核 8GB 以上）的云主机，近 5 个工作日满足 vCPU 或内存缩容指标之一的，
 * 判定为低负载云主机。发现附上每台主机的利用率、建议的更小配置和起草好的缩容变更申请。
 */
export const lowLoad = defineCheck({
  id: "low-load",
  title: text("低负载云主机", "Low-load cloud hosts"),
  citation: cite("第19条", "(2)"),
  severity: "warning",
  needs: "metrics",
  why: text(
    "第4、5条vCPU、内存的缩容指标也作为政务云资源利用率考核指标，针对发放超过3个月非最低配（4核8GB内存及其以下规格）的云主机，符合vCPU、内存缩容指标之一的，判定为低负载云主机（第19条(2)）。",
    "The vCPU and memory scale-down thresholds are also utilization indicators: a cloud host delivered more than 3 months ago and above the minimum (4 vCPU / 8 GB) that meets either is a low-load host (第19条(2)).",
  ),
  run(ctx) {
    if (!ctx.metrics) return [];
    const source = ctx.metrics.label;
    const { window, assessments } = assess(ctx, lowLoadPolicy);
    const from = window[0] as string;
    const to = window[window.length - 1] as string;
    const out: CheckFinding[] = [];
    for (const a of assessments) {
      if (a.status !== "low" || !a.combined) continue;
      const { view, resource: r, combined: u, next } = a;
      const vcpu = r.config.vcpu ?? 0;
      const memoryGB = r.config.memoryGB ?? 0;
      const n = r.instances.length;
      const zh: string[] = [];
      const en: string[] = [];
      if (a.met.cpu && u.cpu) {
        zh.push(
          `CPU 平均 ${pct(u.cpu.average)}、峰值 ${pct(u.cpu.peak)}（vCPU 缩容指标：平均 < 4% 且峰值 < 40%）`,
        );
        en.push(
          `CPU average ${pct(u.cpu.average)}, peak ${pct(u.cpu.peak)} (vCPU threshold: average < 4 % and peak < 40 %)`,
        );
      }
      if (a.met.memory && u.memory) {
        zh.push(`内存平均 ${pct(u.memory.average)}（内存缩容指标：平均 < 25%）`);
        en.push(`memory average ${pct(u.memory.average)} (memory threshold: average < 25 %)`);
      }
      const shrinks = next !== undefined && (next.vcpu < vcpu || next.memoryGB < memoryGB);
      const draft =
        shrinks && next
          ? draftScaleDown({
              view,
              resource: r,
              next,
              window,
              combined: u,
              hosts: a.hosts,
              source,
              today: ctx.today,
              calendar: ctx.calendar,
            })
          : undefined;
      const peakCpu = Math.max(0, ...a.hosts.map((h) => h.utilization?.cpu?.peak ?? 0));
      const peakMem = Math.max(0, ...a.hosts.map((h) => h.utilization?.memory?.peak ?? 0));
      const params = {
        resource: r.id,
        hosts: n,
        vcpu,
        memoryGB,
        deliveredOn: r.deliveredOn as string,
        from,
        to,
        cpuMet: a.met.cpu,
        memoryMet: a.met.memory,
        ...(u.cpu
          ? { cpuAverage: Math.round(u.cpu.average * 10) / 10, cpuPeak: Math.round(u.cpu.peak * 10) / 10 }
          : {}),
        ...(u.memory
          ? {
              memoryAverage: Math.round(u.memory.average * 10) / 10,
              memoryPeak: Math.round(u.memory.peak * 10) / 10,
            }
          : {}),
        ...(next ? { suggestedVcpu: next.vcpu, suggestedMemoryGB: next.memoryGB } : {}),
      };
      const action =
        draft && next
          ? text(
              `建议缩容为 ${next.vcpu} 核 ${next.memoryGB} GB：按各台主机的观测值，缩容后 CPU 峰值约 ${pct(projected(vcpu, next.vcpu, peakCpu))}、内存峰值约 ${pct(projected(memoryGB, next.memoryGB, peakMem))}，留有余量且不触及扩容条件。已起草变更申请 ${draft.file}（见下）：请核对、与提供商确认关机日期后提交。业务有周期性高峰不宜缩容的，请在此说明原因。`,
              `Scale down to ${next.vcpu} vCPU / ${next.memoryGB} GB: from each host's observed figures the CPU peak would be about ${pct(projected(vcpu, next.vcpu, peakCpu))} and the memory peak about ${pct(projected(memoryGB, next.memoryGB, peakMem))}, with headroom and below the scale-up thresholds. The change application ${draft.file} is drafted below: check it, agree the shutdown day with the provider and submit it. If the system has periodic peaks, explain here why it keeps its size.`,
            )
          : text(
              "按观测到的峰值，留出余量后已无法再缩小配置：请评估整合复用，或对长期低负载的系统提交撤销申请（第19条(3)）；确需保留的，请在此说明原因，纳入使用情况通报（第8条）。",
              "With the observed peaks and the headroom, no smaller configuration fits: consider consolidating, or revoke a system that stays idle (第19条(3)); if it must stay, explain why here for the usage report (第8条).",
            );
      out.push({
        key: findingKey("low-load", view.unitDir, view.systemDir, r.id),
        title: text(
          `低负载云主机：${view.system.name} ${r.id}（${vcpu} 核 ${memoryGB} GB × ${n}）`,
          `Low-load host: ${view.system.name} ${r.id} (${vcpu} vCPU / ${memoryGB} GB × ${n})`,
        ),
        unit: view.unitDir,
        ...(view.unit ? { unitName: view.unit.name } : {}),
        system: view.systemDir,
        systemName: view.system.name,
        resource: r.id,
        message: text(
          `云主机 ${r.id}（${n} 台，每台 ${vcpu} 核 ${memoryGB} GB）于 ${r.deliveredOn} 交付，已超过 3 个月；近 5 个工作日（${from} 至 ${to}）每台主机都满足缩容指标：${zh.join("；")}。判定为低负载云主机（第19条(2)）。`,
          `Cloud host ${r.id} (${n} host(s), ${vcpu} vCPU / ${memoryGB} GB each) was delivered on ${r.deliveredOn}, more than 3 months ago; over the last 5 working days (${from} to ${to}) every host meets a scale-down threshold: ${en.join("; ")}. It is a low-load host (第19条(2)).`,
        ),
        action,
        params,
        evidence: { window, source, hosts: a.hosts, combined: u },
        ...(draft ? { draft } : {}),
      });
    }
    return out;
  },
  undetermined: (ctx) =>
    assess(ctx, lowLoadPolicy)
      .assessments.filter((a) => a.status === "no-data")
      .map((a) => findingKey("low-load", a.view.unitDir, a.view.systemDir, a.resource.id)),
});
