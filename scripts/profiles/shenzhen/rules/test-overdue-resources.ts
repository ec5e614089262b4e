import type { RuleFinding } from "../../../core/rules/types.ts";
import { quote, text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";

/**
 * 第51条(3)：使用单位存在超过使用期限的测试资源时，新的测试资源申请不予审批。
 * 看本单位全部系统：本系统用申请之前的状态（ctx.before），其他系统用当前状态（ctx.repository）；
 * 在用（未撤销）的测试资源到期日早于申请日即为逾期（到期当天不算）。
 */
export const testOverdueResources = defineRule({
  id: "test-overdue-resources",
  title: text(
    "单位有逾期的测试资源时不能申请新的测试资源",
    "No new test resources while the unit holds overdue ones",
  ),
  citation: cite("第51条", "(3)"),
  appliesTo: ["test"],
  severity: "error",
  why: text(
    "若使用单位存在超过使用期限的测试资源，新的测试资源申请将不予审批（第51条(3)）。",
    "While the unit holds test resources past their period, new test resources are not approved (第51条(3)).",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "test") return [];
    const out: RuleFinding[] = [];
    const systems = (ctx.repository.byUnit.get(ctx.unitDir) ?? []).map((s) =>
      s.key === ctx.systemKey
        ? { name: s.system.name, state: ctx.before }
        : { name: s.system.name, state: s.current },
    );
    for (const { name, state } of systems) {
      for (const r of state.resources.values()) {
        const expires = r.test?.expiresOn;
        if (r.kind !== "test" || expires === undefined || expires >= a.date) continue;
        out.push({
          path: "/test",
          atKey: true,
          message: text(
            `本单位 ${quote(name)} 的测试资源 ${r.id} 已于 ${expires} 到期，至申请日 ${a.date} 既未续期也未撤销。单位存在超过使用期限的测试资源时，新的测试资源申请不予审批：请先为 ${r.id} 提交撤销申请（或在累计六个月内续期），再提交这份申请。`,
            `${quote(name)}, a system of this unit, holds test resource ${r.id}, which expired on ${expires} and was neither renewed nor revoked by ${a.date}. New test resources are not approved while the unit holds overdue ones: revoke ${r.id} (or renew it within six months in total) first.`,
          ),
        });
      }
    }
    return out;
  },
});
