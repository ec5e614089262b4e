import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { huaibeiApplication } from "./model.ts";
import { resourcesBefore } from "./state.ts";

/**
 * 第17条、第16条：退出是不再使用政务云资源——业务系统退出收回这个系统的全部资源，使用单位退出收回这个单位的
 * 全部资源；只收回部分资源是调整（扩容、降配或回收），走变更申请（第16条）。
 * 使用单位退出时，单位的其他系统还有在用资源的，提醒它们也要退出（每个系统一份退出申请）。
 */
export const exitWholeSystem = defineRule({
  id: "exit-whole-system",
  title: text(
    "退出收回系统的全部资源，使用单位退出收回单位的全部资源",
    "An exit reclaims all resources of the system (of the unit for a unit exit)",
  ),
  citation: cite("第17条"),
  appliesTo: ["revoke"],
  severity: "error",
  why: text(
    "使用单位不再使用政务云资源时，应填写退出申请表（第17条）；需要调整（扩容、降配或回收）云资源的，填写变更申请表（第16条）。",
    "A unit that no longer uses the cloud files the exit form (第17条); adjusting (scaling up, down or reclaiming some) resources uses the change form (第16条).",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "revoke" || !ctx.historyComplete) return [];
    const current = resourcesBefore(ctx);
    const listed = new Set(a.revocations.map((r) => r.resource));
    const out: RuleFinding[] = [];
    const ids = current.map((r) => r.id).sort();
    for (const [i, rv] of a.revocations.entries()) {
      if (ids.includes(rv.resource)) continue;
      const revoked = ctx.before.revoked.get(rv.resource);
      out.push({
        path: `/revocations/${i}/resource`,
        message: revoked
          ? text(
              `${rv.resource} 已由第 ${revoked.revokedBy} 号申请退出：请从 revocations 中删除这一项。`,
              `${rv.resource} was already revoked by application ${revoked.revokedBy}: remove it from revocations.`,
            )
          : text(
              `本系统没有在用的资源 ${rv.resource}。在用的资源：${ids.join("、") || "（无）"}。请改正 resource。`,
              `The system has no resource ${rv.resource} in service. In service: ${ids.join(", ") || "none"}. Correct resource.`,
            ),
      });
    }
    const missing = ids.filter((id) => !listed.has(id));
    if (missing.length > 0)
      out.push({
        path: "/revocations",
        message: text(
          `退出要收回本系统的全部资源，还缺：${missing.join("、")}。请把它们加到 revocations 中；只收回部分资源、系统继续使用政务云的，请改为提交变更申请（type: change，第16条）。`,
          `An exit reclaims all resources of the system; missing: ${missing.join(", ")}. Add them to revocations, or file a change (type: change, 第16条) to reclaim only some while the system stays.`,
        ),
      });
    if (a.exit?.type === "unit") {
      const others = (ctx.repository.byUnit.get(ctx.unitDir) ?? [])
        .filter((s) => s.key !== ctx.systemKey && s.current.resources.size > 0)
        .map((s) => s.system.name)
        .sort();
      if (others.length > 0)
        out.push({
          path: "/exit/type",
          severity: "warning",
          message: text(
            `使用单位退出要收回本单位的全部资源，单位的其他系统还有在用资源：${others.join("、")}。请为每个系统各提交一份退出申请（exit.type: unit）；只退出这一个系统的，请把 exit.type 改为 system。`,
            `A unit exit reclaims all of the unit's resources, but other systems of the unit still hold some: ${others.join(", ")}. File an exit (exit.type: unit) for each of them, or set exit.type to system if only this system leaves.`,
          ),
        });
    }
    return out;
  },
});
