import { defineCheck, findingKey, pct } from "../../../../core/audit/define.ts";
import type { AuditContext, CheckFinding, SystemView } from "../../../../core/audit/types.ts";
import { addDays } from "../../../../core/calendar/workdays.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../cite.ts";
import { draftRevoke } from "../drafts.ts";
import { everyHost, evidenceOf, figures, measureSystem } from "../measure.ts";
import { isBelow, huaibeiAuditPolicy as policy } from "../policy.ts";
import { applicationsSince, type Onboarding, onboardingOf } from "../records.ts";
import { daysBetween, systemFields } from "./common.ts";

/** 交付在测试区、还没有上线（没有生产区记录、没有开通确认单）的上云申请。 */
function inTestZone(
  view: SystemView,
): (Onboarding & { delivery: NonNullable<Onboarding["delivery"]> }) | undefined {
  const o = onboardingOf(view);
  if (!o?.delivery || o.productionOn || o.openedOn) return undefined;
  return o as Onboarding & { delivery: NonNullable<Onboarding["delivery"]> };
}

type Verdict = { measured: "idle" | "unmeasured"; progress: number[] } | undefined;

/** 有部署进展吗：交付之后的申请（端口备案、变更等）是进展的记录；监控看到主机在运行业务也是进展。 */
function verdict(
  ctx: AuditContext,
  view: SystemView,
  o: Onboarding & { delivery: { date: string } },
): Verdict {
  const progress = applicationsSince(view, o.delivery.date, o.sequence);
  const m = measureSystem(ctx, view, policy.measuredServices);
  if (m?.complete) {
    // 监控完整：空转才算没有进展（有记录而主机空转，也是“长时间无部署进展”）
    return everyHost(m, (u) => isBelow(u, policy.idle)) ? { measured: "idle", progress } : undefined;
  }
  // 监控不完整或没有来源：只看记录
  return progress.length === 0 ? { measured: "unmeasured", progress } : undefined;
}

/**
 * 第14条：使用单位在云资源交付完成 15 天内未进行系统部署、运行测试或长时间无部署进展的，市政务云主管部门
 * 有权回收相关云资源。交付在测试区、交付已超过 15 天、没有上线的系统：监控显示每台主机空转（CPU 平均 < 2% 且
 * 峰值 < 10%），或没有监控数据、交付后也没有任何进展的记录（端口备案、变更申请等），判为可回收，附退出申请草稿。
 */
export const undeployed = defineCheck({
  id: "undeployed",
  title: text("交付 15 天后无部署进展", "No deployment progress 15 days after delivery"),
  citation: cite("第14条"),
  severity: "error",
  why: text(
    "使用单位在云资源交付完成15天内未进行系统部署、运行测试或长时间无部署进展，市政务云主管部门有权回收相关云资源（第14条）。",
    "If the unit has not deployed or tested its system within 15 days of delivery, or shows no deployment progress for long, the administration may reclaim the resources (第14条).",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const view of ctx.systems) {
      const o = inTestZone(view);
      if (!o) continue;
      const due = addDays(o.delivery.date, policy.undeployedDays);
      if (ctx.today <= due) continue;
      const v = verdict(ctx, view, o);
      if (!v) continue;
      const resources = [...view.history.current.resources.values()];
      if (resources.length === 0) continue;
      const m = v.measured === "idle" ? measureSystem(ctx, view, policy.measuredServices) : undefined;
      const u = m?.combined;
      const days = daysBetween(o.delivery.date, ctx.today);
      const draft = draftRevoke({
        view,
        resources,
        today: ctx.today,
        calendar: ctx.calendar,
        reason: `云资源于 ${o.delivery.date} 交付测试区，${policy.undeployedDays} 天内未部署、无部署进展（第14条）`,
        comment: [
          `退出申请（回收）：夜间审计按第14条起草：第 ${o.sequence} 号上云申请的云资源于 ${o.delivery.date} 交付测试区，已 ${days} 天无部署进展。`,
          "主管部门决定回收时，请使用单位备份数据、填写公函文号后提交；已在部署的，请在审计 issue 中说明进展。",
        ],
      });
      const measured =
        v.measured === "idle" && u?.cpu
          ? text(
              `近 5 个工作日每台主机都空转（合并 CPU 平均 ${pct(u.cpu.average)}、峰值 ${pct(u.cpu.peak)}；空转线：平均 < ${policy.idle.cpuAveragePercent}% 且峰值 < ${policy.idle.cpuPeakPercent}%）`,
              `every host idled over the last 5 working days (combined CPU average ${pct(u.cpu.average)}, peak ${pct(u.cpu.peak)}; idle line: average < ${policy.idle.cpuAveragePercent} % and peak < ${policy.idle.cpuPeakPercent} %)`,
            )
          : text(
              "没有完整的监控数据，交付后也没有任何进展的记录（端口备案、变更申请、生产区上线）",
              "there is no complete monitoring data and no record of progress since the delivery (port filing, change, move to production)",
            );
      out.push({
        key: findingKey("undeployed", view.unitDir, view.systemDir),
        ...(v.measured === "unmeasured" ? { severity: "warning" as const } : {}),
        title: text(
          `交付 ${days} 天仍无部署进展：${view.system.name}`,
          `No deployment progress ${days} days after delivery: ${view.system.name}`,
        ),
        ...systemFields(view),
        message: text(
          `第 ${o.sequence} 号上云申请的云资源于 ${o.delivery.date} 交付测试区，已 ${days} 天（超过 ${policy.undeployedDays} 天，${due} 起），系统仍未上线：${measured.zh}。`,
          `The resources of application ${o.sequence} were delivered to the test zone on ${o.delivery.date}, ${days} days ago (more than ${policy.undeployedDays} days, since ${due}), and the system is not live: ${measured.en}.`,
        ),
        action: text(
          `市政务云主管部门有权回收（第14条）：已起草退出申请 ${draft.file}（见下）。请先向使用单位核实部署情况；确无进展的，由使用单位备份数据后提交退出申请。`,
          `The administration may reclaim the resources (第14条): the exit application ${draft.file} is drafted below. Check the deployment with the unit first; if there is none, the unit backs up its data and submits the exit application.`,
        ),
        params: {
          application: o.sequence,
          delivered: o.delivery.date,
          days,
          measured: v.measured,
          progressRecords: v.progress.length,
          ...figures(u),
        },
        ...(m ? evidenceOf(m) : {}),
        draft,
      });
    }
    return out;
  },
  undetermined: (ctx) =>
    // 监控不完整、但有进展记录的系统：无法判定是否空转，旧 issue 保持原状
    ctx.systems.flatMap((view) => {
      const o = inTestZone(view);
      if (!o || !ctx.metrics) return [];
      const m = measureSystem(ctx, view, policy.measuredServices);
      return m && !m.complete ? [findingKey("undeployed", view.unitDir, view.systemDir)] : [];
    }),
});
