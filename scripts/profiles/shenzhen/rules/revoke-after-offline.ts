import { addMonths } from "../../../core/calendar/workdays.ts";
import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";

/**
 * 第19条(3)：系统下线后，使用单位应在 2 个月内提交撤销申请，回收安全策略、备份作业、云资源。
 *
 * 超过 2 个月才提交是警告而不是错误：条文约束的是使用单位的时限，迟交的撤销仍应受理——拒绝它只会让资源
 * 继续占用，与条文回收资源的目的相反；逾期由审查人员记录、纳入使用情况考核（第8条）。
 * 下线日期在申请日之后是错误：systemOffline 是已经下线的日期。系统已下线而本申请没有撤销全部在用资源，提醒审查人员。
 */
export const revokeAfterOffline = defineRule({
  id: "revoke-after-offline",
  title: text("系统下线后 2 个月内提交撤销申请", "A system taken offline is revoked within 2 months"),
  citation: cite("第19条", "(3)"),
  appliesTo: ["revoke"],
  severity: "error",
  why: text(
    "当系统下线后，使用单位应在2个月内提交撤销申请，回收安全策略、备份作业、云资源，做好系统、数据安全管理（第19条(3)）。",
    "Once a system is taken offline, the unit files the revocation within 2 months, reclaiming security policies, backup jobs and resources (第19条(3)).",
  ),
  check(ctx) {
    const a = ctx.application;
    const offline = a.type === "revoke" ? a.revoke?.systemOffline : undefined;
    if (a.type !== "revoke" || offline === undefined) return [];
    if (offline > a.date)
      return [
        {
          path: "/revoke/systemOffline",
          message: text(
            `系统下线日期 ${offline} 在申请日 ${a.date} 之后。systemOffline 是系统已经下线的日期：请改为实际下线的日期；系统尚未下线时请删除它，计划的关机日期写在 shutdown.date。`,
            `The offline date ${offline} is after the application date ${a.date}. systemOffline is the day the system went offline: correct it, or remove it if the system is still running (the planned shutdown goes in shutdown.date).`,
          ),
        },
      ];
    const out: RuleFinding[] = [];
    const due = addMonths(offline, 2);
    if (a.date > due)
      out.push({
        path: "/revoke/systemOffline",
        severity: "warning",
        message: text(
          `系统于 ${offline} 下线，撤销申请应在 2 个月内（最迟 ${due}）提交，这份申请 ${a.date} 才提交，已逾期。申请照常受理；审查人员请记录逾期，纳入使用情况通报。`,
          `The system went offline on ${offline}; the revocation was due by ${due} but is dated ${a.date}. It is still processed; reviewers: record the delay for the usage report.`,
        ),
      });
    const listed = new Set(a.revocations.map((r) => r.resource));
    const left = [...ctx.before.resources.keys()].filter((id) => !listed.has(id)).sort();
    if (left.length > 0 && a.revoke?.wholeSystem !== true && ctx.historyComplete)
      out.push({
        path: "/revoke/systemOffline",
        severity: "warning",
        message: text(
          `系统已下线，须回收它的全部云资源、安全策略与备份作业，而本申请没有撤销 ${left.join("、")}。请一并撤销并写 wholeSystem: true；若这些资源另有用途，请在 remark 中说明，由审查人员确认。`,
          `The system is offline, so all its resources, policies and backup jobs are reclaimed, but this application leaves ${left.join(", ")}. Revoke them too with wholeSystem: true, or explain in remark for the reviewer.`,
        ),
      });
    return out;
  },
});
