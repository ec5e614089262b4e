import { defineCheck, findingKey } from "../../../../core/audit/define.ts";
import type {
  AuditContext,
  CheckFinding,
  DraftApplication,
  SystemView,
} from "../../../../core/audit/types.ts";
import type { ResourceConfig } from "../../../../core/model.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../cite.ts";
import { draftChange, draftRevoke } from "../drafts.ts";
import type { TemporaryPeriod } from "../records.ts";
import { daysBetween, systemFields } from "./common.ts";
import { periodLabel, periodsOf, resourceIds, resourceIdsEn } from "./temporary.ts";

/** 期满的临时资源：退出申请；期满的临时扩容：把扩容的配置改回去的变更申请。 */
function draftFor(ctx: AuditContext, view: SystemView, p: TemporaryPeriod): DraftApplication {
  const { article } = periodLabel(p);
  if (p.kind === "resources")
    return draftRevoke({
      view,
      resources: p.resources,
      today: ctx.today,
      calendar: ctx.calendar,
      reason: `第 ${p.sequence} 号临时资源申请的使用期限已于 ${p.end} 期满（${article}）`,
      comment: [
        `退出申请（回收）：夜间审计为第 ${p.sequence} 号申请期满的临时资源起草（${article}）。`,
        "请使用单位备份数据、填写公函文号后提交；需要长期使用的，请按上云申请办理。",
      ],
    });
  return draftChange({
    view,
    today: ctx.today,
    reason: `第 ${p.sequence} 号申请的临时扩容已于 ${p.end} 期满，恢复扩容前的配置（${article}）`,
    changes: (p.changes ?? []).map((c) => ({
      resource: p.resources.find((r) => r.id === c.resource) as TemporaryPeriod["resources"][number],
      before: c.after as ResourceConfig,
      after: c.before as ResourceConfig,
      remark: `临时扩容期满（${p.from} 至 ${p.end}），恢复原配置`,
    })),
    comment: [
      `变更申请（降配）：夜间审计为第 ${p.sequence} 号申请期满的临时扩容起草（${article}）。`,
      "请使用单位核对配置、填写公函文号后提交。",
    ],
  });
}

/**
 * 第16条、第18条：期满未延期的临时资源应回收、临时扩容应恢复原配置。期满后仍在用的，起草退出申请（临时资源）
 * 或变更申请（临时扩容缩回）。
 */
export const temporaryEnded = defineCheck({
  id: "temporary-ended",
  title: text("临时资源、临时扩容已期满", "Temporary resources and scale-ups past their end"),
  citation: cite("第18条"),
  severity: "error",
  why: text(
    "临时资源使用期限自资源配置之日起不超过6个月，临时扩容应明确扩容时间段；期满未延期的，应回收临时资源、恢复原配置（第16条、第18条）。",
    "Temporary resources last at most 6 months and a temporary scale-up states its period; once the period ends without an extension, the resources are reclaimed or scaled back (第16条, 第18条).",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const { view, period: p } of periodsOf(ctx)) {
      if (ctx.today <= p.end) continue;
      const { name, article } = periodLabel(p);
      const overdue = daysBetween(p.end, ctx.today);
      const draft = draftFor(ctx, view, p);
      out.push({
        key: findingKey("temporary-ended", view.unitDir, view.systemDir, p.sequence),
        citation: cite(article),
        title: text(
          `${name.zh}已于 ${p.end} 期满：${view.system.name}（第 ${p.sequence} 号申请）`,
          `${name.en} ended on ${p.end}: ${view.system.name} (application ${p.sequence})`,
        ),
        ...systemFields(view),
        resource: p.resources[0]?.id as string,
        message: text(
          `第 ${p.sequence} 号申请的${name.zh}（${resourceIds(p)}）已于 ${p.end} 期满，没有延期，已过 ${overdue} 天仍${p.kind === "resources" ? "在用" : "保持扩容后的配置"}（${article}）。`,
          `The ${name.en} of application ${p.sequence} (${resourceIdsEn(p)}) ended on ${p.end} without an extension and ${p.kind === "resources" ? "are still in use" : "still run at the scaled-up size"} ${overdue} day(s) later (${article}).`,
        ),
        action: text(
          `已起草${p.kind === "resources" ? "退出申请" : "恢复原配置的变更申请"} ${draft.file}（见下）：请使用单位备份数据、填写公函文号后提交。`,
          `The ${p.kind === "resources" ? "exit application" : "change application restoring the former size"} ${draft.file} is drafted below: the unit backs up its data, fills in the letter number and submits it.`,
        ),
        params: {
          application: p.sequence,
          kind: p.kind,
          resources: p.resources.map((r) => r.id).join(","),
          ended: p.end,
          daysOverdue: overdue,
        },
        draft,
      });
    }
    return out;
  },
});
