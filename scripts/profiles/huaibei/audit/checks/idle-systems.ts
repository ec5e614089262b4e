/**
 * 第19条：使用率长期较低的系统与僵尸系统（low-use、zombie 两项检查共用）。已在生产区运行超过 3 个月、
 * 每台主机都有完整的 5 个工作日数据时才判定；判定之后按整改通知走（notices.ts）：先通知，期限过后问题仍在才回收。
 */
import { findingKey, pct } from "../../../../core/audit/define.ts";
import type { AuditContext, CheckFinding, SystemView } from "../../../../core/audit/types.ts";
import { addMonths } from "../../../../core/calendar/workdays.ts";
import { type Text, text } from "../../../../core/text.ts";
import { draftRevoke } from "../drafts.ts";
import { everyHost, evidenceOf, figures, measureSystem, type SystemMeasure } from "../measure.ts";
import { noticeStep } from "../notices.ts";
import { isBelow, huaibeiAuditPolicy as policy } from "../policy.ts";
import { inProductionSince, onboardingOf } from "../records.ts";
import { systemFields } from "./common.ts";

export type IdleKind = "zombie" | "low-use";

/** 系统是僵尸系统、使用率低，还是都不是；数据不全或上线不满 3 个月时 undefined（data: false 表示缺数据）。 */
export function classify(
  ctx: AuditContext,
  view: SystemView,
): { kind?: IdleKind; m: SystemMeasure; live: string } | { data: false } | undefined {
  const live = inProductionSince(onboardingOf(view));
  if (!live || ctx.today <= addMonths(live, policy.minProductionMonths)) return undefined;
  const m = measureSystem(ctx, view, policy.measuredServices);
  if (!m) return undefined;
  if (!m.complete) return { data: false };
  if (everyHost(m, (u) => isBelow(u, policy.idle))) return { kind: "zombie", m, live };
  if (everyHost(m, (u) => isBelow(u, policy.lowUse))) return { kind: "low-use", m, live };
  return { m, live };
}

const describe: Record<IdleKind, { name: Text; line: (typeof policy)["idle"] }> = {
  zombie: { name: text("僵尸系统", "zombie system"), line: policy.idle },
  "low-use": { name: text("使用率长期较低", "long-term low use"), line: policy.lowUse },
};

/** 一项检查的发现：按整改通知走到的那一步写。 */
export function idleFindings(ctx: AuditContext, kind: IdleKind): CheckFinding[] {
  const out: CheckFinding[] = [];
  for (const view of ctx.systems) {
    const c = classify(ctx, view);
    if (!c || !("m" in c) || c.kind !== kind) continue;
    const { m, live } = c;
    const key = findingKey(kind, view.unitDir, view.systemDir);
    const step = noticeStep(ctx, key);
    const { name, line } = describe[kind];
    const u = m.combined;
    const w = `${m.window[0]} 至 ${m.window[m.window.length - 1]}`;
    const wEn = `${m.window[0]} to ${m.window[m.window.length - 1]}`;
    const observed = text(
      `${view.system.name}自 ${live} 起在生产区运行，近 5 个工作日（${w}）${m.hosts.length} 台主机每台 CPU 平均都低于 ${line.cpuAveragePercent}%、峰值都低于 ${line.cpuPeakPercent}%${u?.cpu ? `（合并平均 ${pct(u.cpu.average)}、峰值 ${pct(u.cpu.peak)}）` : ""}：${name.zh}（第19条）。`,
      `${view.system.name} has run in production since ${live}; over the last 5 working days (${wEn}) each of its ${m.hosts.length} host(s) stayed below ${line.cpuAveragePercent} % CPU on average and ${line.cpuPeakPercent} % at peak${u?.cpu ? ` (combined average ${pct(u.cpu.average)}, peak ${pct(u.cpu.peak)})` : ""}: ${name.en} (第19条).`,
    );
    const base = {
      key,
      ...systemFields(view),
      params: { live, step: step.step, hosts: m.hosts.length, ...figures(u) } as Record<
        string,
        string | number | boolean
      >,
      ...evidenceOf(m),
    };
    if (step.step === "notify") {
      out.push({
        ...base,
        title: text(
          `${name.zh}，待发整改通知：${view.system.name}`,
          `${name.en}, rectification notice due: ${view.system.name}`,
        ),
        message: observed,
        action: text(
          `请市政务云主管部门向使用单位发出整合、清理等整改通知，并记入 .github/govcloud-audit.yaml 的 notices（finding: ${key}，date、document、deadline）；整改期限过后仍未整改的，审计起草回收（第19条）。`,
          `The administration sends the unit a rectification notice (consolidate, clean up) and records it under notices in .github/govcloud-audit.yaml (finding: ${key}, date, document, deadline); if nothing changes by the deadline, the audit drafts the reclaim (第19条).`,
        ),
      });
      continue;
    }
    const doc = step.notice.document ? `（${step.notice.document}）` : "";
    const docEn = step.notice.document ? ` (${step.notice.document})` : "";
    base.params.noticeDate = step.notice.date;
    base.params.deadline = step.deadline;
    if (step.step === "rectifying") {
      out.push({
        ...base,
        severity: "info",
        title: text(
          `${name.zh}，整改期限 ${step.deadline}：${view.system.name}`,
          `${name.en}, rectification due ${step.deadline}: ${view.system.name}`,
        ),
        message: text(
          `${observed.zh}整改通知已于 ${step.notice.date} 发出${doc}，整改期限 ${step.deadline}。`,
          `${observed.en} The rectification notice was sent on ${step.notice.date}${docEn}; the deadline is ${step.deadline}.`,
        ),
        action: text(
          "请使用单位在期限内整合、清理或说明用途；期限过后使用率仍然如此的，市政务云主管部门收回云资源（第19条）。",
          "The unit consolidates, cleans up or explains the use before the deadline; if the use stays this low afterwards, the administration reclaims the resources (第19条).",
        ),
      });
      continue;
    }
    const resources = [...view.history.current.resources.values()];
    const draft = draftRevoke({
      view,
      resources,
      today: ctx.today,
      calendar: ctx.calendar,
      reason: `${name.zh}，整改通知（${step.notice.date}${doc}）期满未整改，收回云资源（第19条）`,
      comment: [
        `退出申请（回收）：夜间审计按第19条起草：${name.zh}，整改通知 ${step.notice.date} 发出、期限 ${step.deadline}，期满后使用率仍然如此。`,
        "请使用单位备份数据、填写公函文号后提交；相关情况抄送市财政局和市审计局。",
      ],
    });
    out.push({
      ...base,
      severity: "error",
      title: text(
        `${name.zh}，整改期满未整改，应收回：${view.system.name}`,
        `${name.en}, not rectified by the deadline, to be reclaimed: ${view.system.name}`,
      ),
      message: text(
        `${observed.zh}整改通知已于 ${step.notice.date} 发出${doc}，期限 ${step.deadline} 已过，使用率仍然如此。`,
        `${observed.en} The rectification notice was sent on ${step.notice.date}${docEn}; the deadline ${step.deadline} has passed and the use is unchanged.`,
      ),
      action: text(
        `市政务云主管部门应收回云资源，并将相关情况抄送市财政局和市审计局（第19条）。已起草退出申请 ${draft.file}（见下）：请使用单位备份数据后提交。`,
        `The administration reclaims the resources and reports the case to the municipal finance and audit bureaus (第19条). The exit application ${draft.file} is drafted below: the unit backs up its data and submits it.`,
      ),
      draft,
    });
  }
  return out;
}

/** 缺数据的在用系统：这两项检查的旧 issue 保持原状。 */
export const idleUndetermined = (ctx: AuditContext, kind: IdleKind): string[] =>
  ctx.systems.flatMap((view) => {
    const c = classify(ctx, view);
    return c && "data" in c ? [findingKey(kind, view.unitDir, view.systemDir)] : [];
  });
