import { defineCheck, findingKey } from "../../../../core/audit/define.ts";
import type { CheckFinding } from "../../../../core/audit/types.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../cite.ts";
import { huaibeiAuditPolicy as policy } from "../policy.ts";
import { onboardingOf } from "../records.ts";
import { systemFields, withCalendar } from "./common.ts";

/**
 * 第15条：信息系统运行测试完成后，主管部门组织使用单位和云服务商签订开通确认单（附件5），云资源正式开始计费。
 * 已转入生产区上线、过了 5 个工作日仍没有开通确认单的系统：计费没有起算，提示主管部门组织签署。
 */
export const openingUnconfirmed = defineCheck({
  id: "opening-unconfirmed",
  title: text(
    "已上线未签开通确认单（未开始计费）",
    "Live without the opening confirmation (billing not started)",
  ),
  citation: cite("第15条"),
  severity: "warning",
  why: text(
    "信息系统运行测试完成后，云服务商与使用单位根据最终使用的云资源量进行确认，市政务云主管部门组织签订《淮北市政务云资源开通确认单》，云资源正式开始计费（第15条）。",
    "Once the system's tests are done, the carrier and the unit confirm the final resources and the administration has the opening confirmation (附件5) signed; billing starts from it (第15条).",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const view of ctx.systems) {
      const o = onboardingOf(view);
      if (!o?.delivery || !o.productionOn || o.openedOn) continue;
      const due = withCalendar(() =>
        ctx.calendar.addWorkdays(o.productionOn as string, policy.openingGraceWorkdays),
      );
      if (!due || ctx.today <= due) continue;
      const late = withCalendar(() => ctx.calendar.workdaysBetween(o.productionOn as string, ctx.today)) ?? 0;
      out.push({
        key: findingKey("opening-unconfirmed", view.unitDir, view.systemDir),
        title: text(
          `已上线 ${late} 个工作日仍未签开通确认单：${view.system.name}`,
          `Live for ${late} working days without the opening confirmation: ${view.system.name}`,
        ),
        ...systemFields(view),
        message: text(
          `${view.system.name}于 ${o.productionOn} 转入生产区上线（交付记录 ${o.delivery.file}），至今 ${late} 个工作日，没有开通确认单（confirmation.kind: opening）：云资源没有开始计费，最终使用的资源量也没有书面确认。`,
          `${view.system.name} went live in production on ${o.productionOn} (delivery record ${o.delivery.file}), ${late} working days ago, with no opening confirmation (confirmation.kind: opening): billing has not started and the final resources are not confirmed in writing.`,
        ),
        action: text(
          `请市政务云主管部门组织使用单位与云服务商按最终使用的资源量签署开通确认单（附件5），在 ${o.delivery.file} 中记录 confirmation（三方审批的 PR）。`,
          `The administration has the unit and the carrier sign the opening confirmation (附件5) for the final resources and records it as confirmation in ${o.delivery.file} (a PR approved by the three parties).`,
        ),
        params: { application: o.sequence, live: o.productionOn, due, workdays: late },
      });
    }
    return out;
  },
});
