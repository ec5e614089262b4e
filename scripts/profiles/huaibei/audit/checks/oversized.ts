import { assess } from "../../../../core/audit/assess.ts";
import { defineCheck, findingKey, pct } from "../../../../core/audit/define.ts";
import { ceilTo, suggestSize } from "../../../../core/audit/sizing.ts";
import type { CheckFinding } from "../../../../core/audit/types.ts";
import { addMonths } from "../../../../core/calendar/workdays.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../cite.ts";
import { draftChange, sizeChange } from "../drafts.ts";
import { figures } from "../measure.ts";
import { lowLoadPolicy, huaibeiAuditPolicy as policy } from "../policy.ts";
import { inProductionSince, onboardingOf } from "../records.ts";
import { systemFields } from "./common.ts";
import { classify } from "./idle-systems.ts";

/**
 * 第19条：云资源实际占有率过大的信息系统，组织确定降配方案。在生产区运行超过 3 个月的系统中，交付超过 3 个月、非最低配
 * （2 核 4GB 以上）的云主机，每台主机近 5 个工作日 CPU 平均 < 5% 且峰值 < 40%，或内存平均 < 25%：建议更小的配置，
 * 附降配的变更申请草稿。整个系统空转或使用率长期较低的，走整改通知（zombie、low-use），这里不重复。
 */
export const oversized = defineCheck({
  id: "oversized",
  title: text("云资源占有率过大：建议降配", "Occupancy too large: scale down"),
  citation: cite("第19条"),
  severity: "warning",
  needs: "metrics",
  why: text(
    "市政务云主管部门对云资源实际占有率过大、过小的信息系统，组织使用单位和云服务商确定云资源扩容、降配或回收方案，并组织实施（第19条）。",
    "For systems whose resources are too large or too small for their use, the administration agrees a scale-up, scale-down or reclaim plan with the unit and the carrier (第19条).",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    const { window, assessments } = assess(ctx, lowLoadPolicy);
    for (const a of assessments) {
      if (a.status !== "low" || !a.combined) continue;
      const { view, resource: r } = a;
      if (!(policy.sizedServices as readonly string[]).includes(r.service)) continue;
      const live = inProductionSince(onboardingOf(view));
      if (!live || ctx.today <= addMonths(live, policy.minProductionMonths)) continue;
      const c = classify(ctx, view);
      if (c && "kind" in c && c.kind) continue;
      const now = { vcpu: r.config.vcpu ?? 0, memoryGB: r.config.memoryGB ?? 0 };
      const max = (pick: (h: (typeof a.hosts)[number]) => number | undefined) =>
        Math.max(0, ...a.hosts.map((h) => pick(h) ?? 0));
      const next =
        a.next ??
        suggestSize(
          now,
          {
            cpuPeak: max((h) => h.utilization?.cpu?.peak),
            cpuAverage: max((h) => h.utilization?.cpu?.average),
            memoryPeak: max((h) => h.utilization?.memory?.peak),
            memoryAverage: max((h) => h.utilization?.memory?.average),
          },
          a.met,
          policy.granularity,
          ctx.config.headroom,
        );
      if (next.vcpu >= now.vcpu && next.memoryGB >= now.memoryGB) continue;
      const u = a.combined;
      const draft = draftChange({
        view,
        today: ctx.today,
        reason: `云资源实际占有率过大，按近 5 个工作日的利用率降配（第19条）`,
        changes: [
          {
            resource: r,
            ...sizeChange(now, next),
            remark: `由 ${now.vcpu} 核 ${now.memoryGB}GB 降为 ${next.vcpu} 核 ${next.memoryGB}GB（CPU 平均 ${pct(u.cpu?.average ?? 0)}、峰值 ${pct(u.cpu?.peak ?? 0)}，内存平均 ${pct(u.memory?.average ?? 0)}）`,
          },
        ],
        comment: [
          `变更申请（降配）：夜间审计按第19条起草：云主机 ${r.id} 近 5 个工作日每台主机都满足降配线。`,
          "请使用单位核对配置与利用率、填写公函文号后提交；业务有周期性高峰不宜降配的，请在审计 issue 中说明。",
        ],
      });
      out.push({
        key: findingKey("oversized", view.unitDir, view.systemDir, r.id),
        title: text(
          `占有率过大，建议降配：${view.system.name} ${r.id}（${now.vcpu} 核 ${now.memoryGB}GB → ${next.vcpu} 核 ${next.memoryGB}GB）`,
          `Too large, scale down: ${view.system.name} ${r.id} (${now.vcpu} vCPU / ${now.memoryGB} GB → ${next.vcpu} / ${next.memoryGB})`,
        ),
        ...systemFields(view),
        resource: r.id,
        message: text(
          `云主机 ${r.id}（${r.instances.length} 台，每台 ${now.vcpu} 核 ${now.memoryGB}GB）近 5 个工作日每台主机都满足降配线（CPU 平均 < 5% 且峰值 < 40%，或内存平均 < 25%）：云资源实际占有率过大（第19条）。`,
          `Cloud host ${r.id} (${r.instances.length} host(s), ${now.vcpu} vCPU / ${now.memoryGB} GB each) meets the scale-down line on every host over the last 5 working days (CPU average < 5 % and peak < 40 %, or memory average < 25 %): its resources are too large for its use (第19条).`,
        ),
        action: text(
          `建议降为 ${next.vcpu} 核 ${next.memoryGB}GB（按观测峰值留有余量，不触及扩容线）。已起草变更申请 ${draft.file}（见下）：由市政务云主管部门组织使用单位和云服务商确认后实施，实施后三方签变更确认单（附件6）。`,
          `Scale down to ${next.vcpu} vCPU / ${next.memoryGB} GB (headroom over the observed peaks, below the scale-up line). The change application ${draft.file} is drafted below: the administration agrees it with the unit and the carrier; the three parties sign the change confirmation (附件6) afterwards.`,
        ),
        params: {
          resource: r.id,
          vcpu: now.vcpu,
          memoryGB: now.memoryGB,
          suggestedVcpu: next.vcpu,
          suggestedMemoryGB: next.memoryGB,
          ...figures(u),
        },
        evidence: { window, source: ctx.metrics?.label ?? "", hosts: a.hosts, combined: u },
        draft,
      });
    }
    return out;
  },
});

/** 扩容所需：按观测值推算，使扩容后的峰值与平均不超过目标，取粒度的倍数，不小于现配置。 */
export function scaleUpSize(
  now: number,
  peak: number,
  average: number,
  target: { peak: number; average: number },
  g: { multiple: number; min: number },
): number {
  const needed = Math.max((now * peak) / target.peak, (now * average) / target.average);
  return Math.max(now, g.min, ceilTo(needed, g.multiple));
}
