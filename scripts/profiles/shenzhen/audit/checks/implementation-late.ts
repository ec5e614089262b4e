import { defineCheck, findingKey } from "../../../../core/audit/define.ts";
import type { AuditContext, CheckFinding, SystemView } from "../../../../core/audit/types.ts";
import type { Application } from "../../../../core/model.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../../rules/define.ts";

/**
 * 实施时限在合并之后（第24条、第30条、第36条、第43条、第52条）：审批通过（合并）后，提供商在时限内完成实施；
 * 需要关机的在约定的关机日当天完成。交付记录的日期晚于截止日，或截止日已过仍没有交付记录，都是发现，数出晚了几个工作日。
 *
 * 合并日取 git 历史（默认分支上首次加入这份申请的第一父提交，北京时间）；时限取服务目录 clocks.<类型>.implementation。
 */

interface Due {
  deadline: string;
  basis: { zh: string; en: string };
}

/** 一份申请的实施截止日；时限写的是关机日但申请没有关机日期时，无从判断。 */
function dueOf(ctx: AuditContext, view: SystemView, app: Application, merged: string): Due | undefined {
  const clock = ctx.catalogs(view.system.profile)?.profile.clocks[app.type];
  if (!clock) return undefined;
  const shutdown = "shutdown" in app ? app.shutdown : undefined;
  if (shutdown?.required === true && shutdown.date !== undefined)
    return {
      deadline: shutdown.date > merged ? shutdown.date : merged,
      basis: {
        zh: `约定的关机日 ${shutdown.date} 当天完成`,
        en: `on the agreed shutdown day ${shutdown.date}`,
      },
    };
  if (clock.implementation === "shutdown-day") return undefined;
  const days = clock.implementation;
  return {
    deadline: ctx.calendar.addWorkdays(merged, days),
    basis: {
      zh: `合并（${merged}）后 ${days} 个工作日内完成`,
      en: `within ${days} working days of the merge on ${merged}`,
    },
  };
}

export const implementationLate = defineCheck({
  id: "implementation-late",
  title: text("合并后超过实施时限", "Implementation late after the merge"),
  citation: cite("第24条"),
  severity: "warning",
  needs: "merges",
  why: text(
    "审批通过后由提供商在时限内完成实施：新增、变更（无需关机）3 个工作日，端口开放 2 个工作日，测试资源 3 个工作日；需要关机的在关机当天完成（第24条、第30条、第36条、第43条、第52条）。合并就是审批通过，交付记录的日期就是完成实施的日期。",
    "After approval the provider implements within the limit: 3 working days for new resources and changes without a shutdown, 2 for ports, 3 for test resources; on the shutdown day when one is needed. The merge is the approval; the delivery record's date is the day it was done.",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const view of ctx.systems)
      for (const { file, data: app } of view.applications) {
        const merged = ctx.mergedOn?.get(file);
        if (merged === undefined) continue;
        const due = dueOf(ctx, view, app, merged);
        if (!due) continue;
        const delivered = view.deliveries.find((d) => d.data.application === app.sequence)?.data.date;
        const end = delivered ?? ctx.today;
        if (end <= due.deadline) continue;
        const late = Math.max(1, ctx.calendar.workdaysBetween(due.deadline, end));
        const clockCitation = ctx.catalogs(view.system.profile)?.profile.clocks[app.type]?.citations
          .implementation;
        out.push({
          key: findingKey("implementation-late", view.unitDir, view.systemDir, app.sequence),
          title: text(
            `第 ${app.sequence} 号申请${delivered ? "交付晚于实施时限" : "超过实施时限仍未交付"}：${view.system.name}`,
            `Application ${app.sequence} ${delivered ? "was delivered late" : "is past its implementation deadline"}: ${view.system.name}`,
          ),
          unit: view.unitDir,
          ...(view.unit ? { unitName: view.unit.name } : {}),
          system: view.systemDir,
          systemName: view.system.name,
          ...(clockCitation ? { citation: { profile: view.system.profile, ...clockCitation } } : {}),
          message: text(
            delivered
              ? `第 ${app.sequence} 号申请应${due.basis.zh}，截止 ${due.deadline}；交付记录的日期是 ${delivered}，晚了 ${late} 个工作日。`
              : `第 ${app.sequence} 号申请应${due.basis.zh}，截止 ${due.deadline}；到今天（${ctx.today}）仍没有交付记录，已超过 ${late} 个工作日。`,
            delivered
              ? `Application ${app.sequence} was due ${due.basis.en}, by ${due.deadline}; it was delivered on ${delivered}, ${late} working day(s) late.`
              : `Application ${app.sequence} was due ${due.basis.en}, by ${due.deadline}; as of ${ctx.today} there is no delivery record, ${late} working day(s) late.`,
          ),
          action: text(
            delivered
              ? "请提供商说明延误原因，记入实施情况反馈。"
              : "请提供商尽快实施并写交付记录（govcloud deliver）；不能按时完成的，说明原因。",
            delivered
              ? "The provider explains the delay in its implementation report."
              : "The provider implements it and records the delivery (govcloud deliver), or explains the delay.",
          ),
          params: {
            sequence: app.sequence,
            merged,
            deadline: due.deadline,
            ...(delivered ? { delivered } : {}),
            late,
          },
        });
      }
    return out;
  },
});
