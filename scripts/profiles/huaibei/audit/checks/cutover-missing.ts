import { defineCheck, findingKey } from "../../../../core/audit/define.ts";
import type { CheckFinding } from "../../../../core/audit/types.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../cite.ts";
import { inProductionSince, onboardingOf } from "../records.ts";
import { systemFields } from "./common.ts";

/**
 * 第15条：原系统的保留期从割接上线起算。迁移上云的系统已在生产区（上线或签了开通确认单），交付记录却没有
 * 割接日期（cutover.date）的，保留期无从计算：提示补记。
 */
export const cutoverMissing = defineCheck({
  id: "cutover-missing",
  title: text("迁移上云：没有割接记录", "Migration: no cut-over record"),
  citation: cite("第15条"),
  severity: "warning",
  why: text(
    "迁移上云的信息系统割接上线后，原信息系统应至少保留3个月（第15条）：保留期从割接日起算，交付记录须写明割接日期。",
    "After a migrated system's cut-over the old system is kept at least 3 months (第15条): the period runs from the cut-over, which the delivery record must state.",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const view of ctx.systems) {
      const o = onboardingOf(view);
      const live = inProductionSince(o);
      if (!o?.delivery || o.onboarding !== "migrate" || !live || o.delivery.cutoverOn) continue;
      out.push({
        key: findingKey("cutover-missing", view.unitDir, view.systemDir),
        title: text(
          `迁移上云没有割接记录：${view.system.name}`,
          `Migration without a cut-over record: ${view.system.name}`,
        ),
        ...systemFields(view),
        message: text(
          `${view.system.name}是迁移上云（第 ${o.sequence} 号申请），自 ${live} 起在生产区运行，交付记录 ${o.delivery.file} 却没有割接日期（cutover.date）：原系统至少保留 3 个月的期限无从计算。`,
          `${view.system.name} is a migration (application ${o.sequence}) running in production since ${live}, but its delivery record ${o.delivery.file} has no cut-over date (cutover.date): the old system's 3-month keep period cannot be computed.`,
        ),
        action: text(
          `请云服务商在 ${o.delivery.file} 中补记 cutover.date（割接上线的日期）；原系统自那天起至少保留 3 个月。`,
          `The carrier adds cutover.date (the day of the cut-over) to ${o.delivery.file}; the old system is kept at least 3 months from that day.`,
        ),
        params: { application: o.sequence, live, delivery: o.delivery.file },
      });
    }
    return out;
  },
});
