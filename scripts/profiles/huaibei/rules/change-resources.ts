import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { huaibeiApplication } from "./model.ts";
import { resourcesBefore } from "./state.ts";

const canonical = (v: unknown): string =>
  JSON.stringify(v, (_k, x) =>
    x && typeof x === "object" && !Array.isArray(x)
      ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b)))
      : x,
  );

/**
 * 第15条、第16条：变更的是已交付在用的资源（开通确认单签署之前的变更也是对已开通资源的调整，由云服务商在
 * 3个工作日内完成），变更前的配置就是在用的配置（附件3 “CPU、内存”与“（变更后）”两栏）。
 * 新增的资源（additions）不能与在用的资源同名。
 */
export const changeResources = defineRule({
  id: "change-resources",
  title: text(
    "变更已交付的资源，变更前配置为在用配置",
    "A change adjusts delivered resources from their configuration in service",
  ),
  citation: cite("第15条"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "云资源开通确认单签署之前涉及资源配置变更的，由使用单位填写变更申请表，市政务云主管部门组织云服务商在3个工作日内完成云资源变更部署（第15条）；上线运行后调整云资源的，填写变更申请表（第16条）。两者调整的都是已开通的资源。",
    "Before the opening confirmation a change of delivered resources is filed on the change form and done by the carrier within 3 working days (第15条); after going live, adjustments use the same form (第16条). Both adjust resources already opened.",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "change" || !ctx.historyComplete) return [];
    const current = new Map(resourcesBefore(ctx).map((r) => [r.id, r]));
    const ids = [...current.keys()].sort().join("、") || "（无）";
    const out: RuleFinding[] = [];
    for (const [i, c] of (a.changes ?? []).entries()) {
      const r = current.get(c.resource);
      if (!r) {
        const revoked = ctx.before.revoked.get(c.resource);
        out.push({
          path: `/changes/${i}/resource`,
          message: revoked
            ? text(
                `${c.resource} 已由第 ${revoked.revokedBy} 号申请退出，不能变更。本系统在用的资源：${ids}。`,
                `${c.resource} was revoked by application ${revoked.revokedBy} and cannot be changed. Resources in service: ${ids.replaceAll("、", ", ")}.`,
              )
            : text(
                `本系统没有在用的资源 ${c.resource}。本系统在用的资源：${ids}。请改正 resource；要新增资源的，写在 additions 中。`,
                `The system has no resource ${c.resource} in service. Resources in service: ${ids.replaceAll("、", ", ")}. Correct resource; new resources go in additions.`,
              ),
        });
        continue;
      }
      if (r.deliveredOn === undefined) {
        out.push({
          path: `/changes/${i}/resource`,
          message: text(
            `${c.resource}（第 ${r.createdBy} 号申请）还没有交付记录，尚未开通，不能变更。请等资源开通交付后再申请变更；需要改动尚未开通的资源的，请与市政务云主管部门联系修改第 ${r.createdBy} 号申请的评估结果。`,
            `${c.resource} (application ${r.createdBy}) has no delivery record: it is not opened yet and cannot be changed. Apply once it is delivered, or ask the administration to amend the evaluation of application ${r.createdBy}.`,
          ),
        });
        continue;
      }
      for (const [field, stated] of Object.entries(c.before ?? {})) {
        let actual = r.config[field];
        if (field === "quantity") actual ??= 1;
        if (actual === undefined || canonical(stated) === canonical(actual)) continue;
        out.push({
          path: `/changes/${i}/before/${field}`,
          citation: cite("第16条"),
          message: text(
            `变更前的 ${field} 写的是 ${canonical(stated)}，${c.resource} 在用的是 ${canonical(actual)}：变更前配置须为现在在用的配置。请把 before.${field} 改为 ${canonical(actual)}。`,
            `before.${field} says ${canonical(stated)}, but ${c.resource} has ${canonical(actual)} in service: set before.${field} to ${canonical(actual)}.`,
          ),
        });
      }
    }
    for (const [i, add] of (a.additions ?? []).entries()) {
      if (!current.has(add.id)) continue;
      out.push({
        path: `/additions/${i}/id`,
        message: text(
          `新增的资源 ${add.id} 与在用的资源同名：请给新增的资源换一个本系统内唯一的 id；要调整在用的 ${add.id}，请写在 changes 中。`,
          `The added resource ${add.id} has the id of a resource in service: give it an id unique in the system, or put an adjustment of ${add.id} in changes.`,
        ),
      });
    }
    return out;
  },
});
