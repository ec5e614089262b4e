import { defineCheck, findingKey } from "../../../../core/audit/define.ts";
import type { CheckFinding } from "../../../../core/audit/types.ts";
import { addDays, addMonths } from "../../../../core/calendar/workdays.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../cite.ts";
import { huaibeiAuditPolicy as policy } from "../policy.ts";
import { onboardingOf } from "../records.ts";
import { systemFields } from "./common.ts";

/**
 * 第15条：迁移上云的信息系统割接上线后，原信息系统应至少保留 3 个月，作为应急回退措施。保留期满（割接日加
 * 3 个月与申请写的 migration.keepUntil 中较晚的一天）后 30 天内提醒：原系统此后可以下线。
 */
export const migrationKeep = defineCheck({
  id: "migration-keep",
  title: text("迁移上云：原系统保留期已满", "Migration: the old system's keep period is over"),
  citation: cite("第15条"),
  severity: "info",
  why: text(
    "迁移上云的信息系统割接上线后，原信息系统应至少保留3个月，作为应急回退措施（第15条）。",
    "After a migrated system's cut-over the old system is kept at least 3 months as the fallback (第15条).",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const view of ctx.systems) {
      const o = onboardingOf(view);
      const cutover = o?.delivery?.cutoverOn;
      if (o?.onboarding !== "migrate" || !cutover) continue;
      const minimum = addMonths(cutover, policy.migrationKeepMonths);
      const keepUntil = o.migration?.keepUntil;
      const end = keepUntil && keepUntil > minimum ? keepUntil : minimum;
      if (ctx.today < end || ctx.today > addDays(end, policy.keepReminderDays)) continue;
      const old = o.migration?.oldSystem ?? "";
      const short = keepUntil !== undefined && keepUntil < minimum;
      out.push({
        key: findingKey("migration-keep", view.unitDir, view.systemDir),
        title: text(
          `原系统保留期已于 ${end} 期满：${view.system.name}`,
          `The old system's keep period ended on ${end}: ${view.system.name}`,
        ),
        ...systemFields(view),
        message: text(
          `${view.system.name}于 ${cutover} 割接上线（交付记录 ${o.delivery?.file}），原系统${old ? `（${old}）` : ""}应至少保留到 ${minimum}${keepUntil ? `，申请写明保留到 ${keepUntil}` : ""}；保留期已于 ${end} 期满。${short ? `申请写的 ${keepUntil} 早于割接后 3 个月，按 ${minimum} 计。` : ""}`,
          `${view.system.name} was cut over on ${cutover} (delivery record ${o.delivery?.file}); the old system${old ? ` (${old})` : ""} was to be kept at least until ${minimum}${keepUntil ? `, the application says until ${keepUntil}` : ""}; the keep period ended on ${end}.${short ? ` The application's ${keepUntil} is less than 3 months after the cut-over; ${minimum} applies.` : ""}`,
        ),
        action: text(
          "云上系统运行正常的，原系统此后可以下线；下线前请确认数据已全部迁移，原机房的资源按本单位的规定处置。",
          "If the cloud system runs well, the old system may now be retired; make sure all data has been migrated first and dispose of the old resources under the unit's own rules.",
        ),
        params: {
          cutover,
          keepUntil: end,
          minimum,
          ...(keepUntil ? { applicationKeepUntil: keepUntil } : {}),
        },
      });
    }
    return out;
  },
});
