import { addMonths } from "../../../core/calendar/workdays.ts";
import { text } from "../../../core/text.ts";
import { thresholds } from "./data.ts";
import { cite, defineRule } from "./define.ts";
import { huaibeiApplication } from "./model.ts";
import { deliveryOf } from "./state.ts";

/**
 * 第15条：迁移上云的信息系统割接上线后，原信息系统应至少保留3个月，作为应急回退措施。
 * 割接日期在交付记录的 cutover.date；原系统保留到 migration.keepUntil，须不早于割接日加 3 个月（恰好可以）。
 * 还没有割接时，割接最早在申请日之后，所以 keepUntil 至少是申请日加 3 个月。
 * 原系统在政务云之外（原机房），它的下线不在本仓库中，无从检查。
 */
export const migrationKeep = defineRule({
  id: "migration-keep",
  title: text("迁移上云后原系统至少保留3个月", "After a migration the old system is kept at least 3 months"),
  citation: cite("第15条"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "迁移上云的信息系统割接上线后，原信息系统应至少保留3个月，作为应急回退措施（第15条）。",
    "After a migrated system cuts over, the old system is kept at least 3 months as a fallback (第15条).",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "new" || a.onboarding !== "migrate") return [];
    const months = thresholds(ctx.catalog).migrationKeepMonths;
    const cutover = deliveryOf(ctx, a.sequence)?.cutover?.date;
    const keepUntil = a.migration?.keepUntil;
    if (keepUntil === undefined) {
      if (cutover === undefined) return [];
      return [
        {
          path: "/migration",
          severity: "warning",
          message: text(
            `系统已于 ${cutover} 割接上线，原系统至少保留到 ${addMonths(cutover, months)}，但申请没有写原系统保留到哪一天（migration.keepUntil）。审查人员请确认原系统保留到 ${addMonths(cutover, months)} 或之后。`,
            `The system cut over on ${cutover}; the old system is kept at least until ${addMonths(cutover, months)}, but migration.keepUntil is not stated. The reviewer should confirm the old system is kept until ${addMonths(cutover, months)} or later.`,
          ),
        },
      ];
    }
    const from = cutover ?? a.date;
    const earliest = addMonths(from, months);
    if (keepUntil >= earliest) return [];
    return [
      {
        path: "/migration/keepUntil",
        message: cutover
          ? text(
              `原系统保留到 ${keepUntil}，但系统 ${cutover} 割接上线，原系统至少保留 ${months} 个月，到 ${earliest}：请把 migration.keepUntil 改为 ${earliest} 或更晚。`,
              `The old system is kept until ${keepUntil}, but the cut-over was on ${cutover} and the old system stays at least ${months} months, until ${earliest}: set migration.keepUntil to ${earliest} or later.`,
            )
          : text(
              `原系统保留到 ${keepUntil}，早于申请日 ${a.date} 加 ${months} 个月（${earliest}）：割接上线在申请之后，原系统至少保留到割接日加 ${months} 个月。请把 migration.keepUntil 改为 ${earliest} 之后、割接日加 ${months} 个月或更晚的日期，割接日未定的可以先不写。`,
              `The old system is kept until ${keepUntil}, before the application date ${a.date} plus ${months} months (${earliest}); the cut-over comes after the application and the old system stays ${months} months beyond it. Set migration.keepUntil to the cut-over date plus ${months} months or later, or leave it out until the cut-over date is known.`,
            ),
      },
    ];
  },
});
