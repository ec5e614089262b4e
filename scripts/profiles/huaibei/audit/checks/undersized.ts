import { auditWindow } from "../../../../core/audit/assess.ts";
import { defineCheck, findingKey, pct } from "../../../../core/audit/define.ts";
import { hostIds } from "../../../../core/audit/metrics.ts";
import type { CheckFinding, HostUtilization } from "../../../../core/audit/types.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../cite.ts";
import { draftChange, sizeChange } from "../drafts.ts";
import { figures } from "../measure.ts";
import { huaibeiAuditPolicy as policy } from "../policy.ts";
import { inProductionSince, onboardingOf } from "../records.ts";
import { systemFields } from "./common.ts";
import { scaleUpSize } from "./oversized.ts";

/**
 * 第19条：云资源实际占有率过小（负载过高）的信息系统，组织确定扩容方案。在生产区运行的系统中，任一台主机近
 * 5 个工作日 CPU 平均 ≥ 70% 或峰值 ≥ 95%，或内存平均 ≥ 85% 的云主机：按观测值建议扩容后的配置，附变更申请草稿。
 */
export const undersized = defineCheck({
  id: "undersized",
  title: text("云资源占有率过小：建议扩容", "Occupancy too small: scale up"),
  citation: cite("第19条"),
  severity: "warning",
  needs: "metrics",
  why: text(
    "市政务云主管部门对云资源实际占有率过大、过小的信息系统，组织使用单位和云服务商确定云资源扩容、降配或回收方案，并组织实施（第19条）。",
    "For systems whose resources are too large or too small for their use, the administration agrees a scale-up, scale-down or reclaim plan with the unit and the carrier (第19条).",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    const window = auditWindow(ctx);
    const metrics = ctx.metrics;
    if (!metrics || window.length === 0) return out;
    const line = policy.scaleUp;
    const t = policy.scaleUpTarget;
    for (const view of ctx.systems) {
      if (!inProductionSince(onboardingOf(view))) continue;
      for (const r of view.history.current.resources.values()) {
        if (!(policy.sizedServices as readonly string[]).includes(r.service) || r.instances.length === 0)
          continue;
        const hosts: HostUtilization[] = r.instances.map((i) => {
          const u = metrics.window(hostIds(i), window);
          return {
            name: i.name,
            ...(i.ip ? { ip: i.ip } : {}),
            ...(i.hostname ? { hostname: i.hostname } : {}),
            ...(u ? { utilization: u } : {}),
          };
        });
        if (!hosts.every((h) => (h.utilization?.days ?? 0) >= window.length)) continue;
        const cpuHigh = hosts.some(
          (h) =>
            (h.utilization?.cpu?.average ?? 0) >= line.cpuAveragePercent ||
            (h.utilization?.cpu?.peak ?? 0) >= line.cpuPeakPercent,
        );
        const memHigh = hosts.some((h) => (h.utilization?.memory?.average ?? 0) >= line.memoryAveragePercent);
        if (!cpuHigh && !memHigh) continue;
        const max = (pick: (h: HostUtilization) => number | undefined) =>
          Math.max(0, ...hosts.map((h) => pick(h) ?? 0));
        const now = { vcpu: r.config.vcpu ?? 0, memoryGB: r.config.memoryGB ?? 0 };
        const next = {
          vcpu: cpuHigh
            ? scaleUpSize(
                now.vcpu,
                max((h) => h.utilization?.cpu?.peak),
                max((h) => h.utilization?.cpu?.average),
                { peak: t.cpuPeakPercent, average: t.cpuAveragePercent },
                policy.granularity.vcpu,
              )
            : now.vcpu,
          memoryGB: memHigh
            ? scaleUpSize(
                now.memoryGB,
                max((h) => h.utilization?.memory?.peak),
                max((h) => h.utilization?.memory?.average),
                { peak: t.memoryPeakPercent, average: t.memoryAveragePercent },
                policy.granularity.memoryGB,
              )
            : now.memoryGB,
        };
        if (next.vcpu === now.vcpu && next.memoryGB === now.memoryGB) continue;
        const combined = metrics.window(r.instances.flatMap(hostIds), window);
        const draft = draftChange({
          view,
          today: ctx.today,
          reason: "云资源实际占有率过小（负载过高），按近 5 个工作日的利用率扩容（第19条）",
          changes: [
            {
              resource: r,
              ...sizeChange(now, next),
              remark: `由 ${now.vcpu} 核 ${now.memoryGB}GB 扩为 ${next.vcpu} 核 ${next.memoryGB}GB（CPU 峰值 ${pct(max((h) => h.utilization?.cpu?.peak))}，内存平均 ${pct(max((h) => h.utilization?.memory?.average))}）`,
            },
          ],
          comment: [
            `变更申请（扩容）：夜间审计按第19条起草：云主机 ${r.id} 近 5 个工作日负载超过扩容线。`,
            "请使用单位核对配置、填写公函文号后提交；扩容超过已有资源 50% 的，按上云申请办理（第16条）。",
          ],
        });
        out.push({
          key: findingKey("undersized", view.unitDir, view.systemDir, r.id),
          title: text(
            `占有率过小，建议扩容：${view.system.name} ${r.id}（${now.vcpu} 核 ${now.memoryGB}GB → ${next.vcpu} 核 ${next.memoryGB}GB）`,
            `Too small, scale up: ${view.system.name} ${r.id} (${now.vcpu} vCPU / ${now.memoryGB} GB → ${next.vcpu} / ${next.memoryGB})`,
          ),
          ...systemFields(view),
          resource: r.id,
          message: text(
            `云主机 ${r.id}（${r.instances.length} 台，每台 ${now.vcpu} 核 ${now.memoryGB}GB）近 5 个工作日负载超过扩容线（CPU 平均 ≥ ${line.cpuAveragePercent}% 或峰值 ≥ ${line.cpuPeakPercent}%，或内存平均 ≥ ${line.memoryAveragePercent}%）：云资源实际占有率过小（第19条）。`,
            `Cloud host ${r.id} (${r.instances.length} host(s), ${now.vcpu} vCPU / ${now.memoryGB} GB each) ran above the scale-up line over the last 5 working days (CPU average ≥ ${line.cpuAveragePercent} % or peak ≥ ${line.cpuPeakPercent} %, or memory average ≥ ${line.memoryAveragePercent} %): its resources are too small for its use (第19条).`,
          ),
          action: text(
            `建议扩为 ${next.vcpu} 核 ${next.memoryGB}GB。已起草变更申请 ${draft.file}（见下）：由市政务云主管部门组织使用单位和云服务商确认后实施；超过已有资源 50% 的按上云申请办理（第16条）。`,
            `Scale up to ${next.vcpu} vCPU / ${next.memoryGB} GB. The change application ${draft.file} is drafted below: the administration agrees it with the unit and the carrier; more than 50 % over the existing resources goes the onboarding way (第16条).`,
          ),
          params: {
            resource: r.id,
            vcpu: now.vcpu,
            memoryGB: now.memoryGB,
            suggestedVcpu: next.vcpu,
            suggestedMemoryGB: next.memoryGB,
            ...figures(combined),
          },
          ...(combined ? { evidence: { window, source: metrics.label, hosts, combined } } : {}),
          draft,
        });
      }
    }
    return out;
  },
});
