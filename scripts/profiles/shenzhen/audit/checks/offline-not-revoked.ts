import { defineCheck, findingKey } from "../../../../core/audit/define.ts";
import type { CheckFinding } from "../../../../core/audit/types.ts";
import { addMonths } from "../../../../core/calendar/workdays.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../../rules/define.ts";
import { draftRevoke } from "../drafts.ts";

/**
 * 第19条(3)：系统下线后 2 个月内提交撤销申请，回收安全策略、备份作业、云资源。
 *
 * 仓库里记录下线日期的只有撤销申请的 revoke.systemOffline（system.yaml 没有状态字段）：
 * 撤销申请写了下线日期、却没有撤销全部资源，过了 2 个月仍有在用资源的系统，在这里报告。
 * 从未提交过撤销申请的下线系统，仓库无从得知，这项检查看不到（报告中说明）。
 */
export const offlineNotRevoked = defineCheck({
  id: "offline-not-revoked",
  title: text(
    "系统下线 2 个月后仍有在用资源",
    "Resources still in use 2 months after the system went offline",
  ),
  citation: cite("第19条", "(3)"),
  severity: "error",
  why: text(
    "当系统下线后，使用单位应在2个月内提交撤销申请，回收安全策略、备份作业、云资源，做好系统、数据安全管理（第19条(3)）。",
    "Once a system is taken offline, the unit files the revocation within 2 months, reclaiming security policies, backup jobs and resources (第19条(3)).",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const view of ctx.systems) {
      let offline: { date: string; sequence: number } | undefined;
      for (const { data: a } of view.applications)
        if (a.type === "revoke" && a.revoke?.systemOffline !== undefined)
          if (!offline || a.sequence > offline.sequence)
            offline = { date: a.revoke.systemOffline, sequence: a.sequence };
      if (!offline) continue;
      const due = addMonths(offline.date, 2);
      const left = [...view.history.current.resources.values()];
      if (ctx.today <= due || left.length === 0) continue;
      const ids = left.map((r) => r.id).sort();
      const draft = draftRevoke({
        view,
        items: left.map((resource) => ({ resource })),
        catalog: ctx.catalogs(view.system.profile),
        today: ctx.today,
        calendar: ctx.calendar,
        systemOffline: offline.date,
        wholeSystem: true,
        comment: [
          `撤销申请：系统于 ${offline.date} 下线（第 ${offline.sequence} 号申请），夜间审计为仍在用的资源起草（第19条(3)）。`,
          "请使用单位确认数据是否已备份（附件5 注6）、与提供商确认关机日期后提交。",
        ],
      });
      out.push({
        key: findingKey("offline-not-revoked", view.unitDir, view.systemDir),
        title: text(
          `系统下线 2 个月后仍有 ${ids.length} 项在用资源：${view.system.name}`,
          `${ids.length} resource(s) still in use 2 months after going offline: ${view.system.name}`,
        ),
        unit: view.unitDir,
        ...(view.unit ? { unitName: view.unit.name } : {}),
        system: view.systemDir,
        systemName: view.system.name,
        message: text(
          `系统于 ${offline.date} 下线（第 ${offline.sequence} 号申请记录），应在 2 个月内（最迟 ${due}）撤销全部云资源，至今仍有 ${ids.length} 项在用：${ids.join("、")}。`,
          `The system went offline on ${offline.date} (recorded by application ${offline.sequence}); all its resources were due for revocation by ${due}, yet ${ids.length} remain: ${ids.join(", ")}.`,
        ),
        action: text(
          `已起草撤销申请 ${draft.file}（见下，wholeSystem: true）：请确认数据已备份或无需备份后提交，一并回收安全策略与备份作业。`,
          `The revocation ${draft.file} is drafted below (wholeSystem: true): confirm the data backup and submit it, reclaiming security policies and backup jobs too.`,
        ),
        params: { systemOffline: offline.date, due, remaining: ids.join(",") },
        draft,
      });
    }
    return out;
  },
});
