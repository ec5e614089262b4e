import type { ResourceConfig } from "../../../core/model.ts";
import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { canonical, flow, inServiceChanges, show } from "./change-allowed.ts";
import { annex, defineRule } from "./define.ts";

/** 附件6 变更测算报告：“变更前配置”就是现在在用的配置（系统状态：新增时的配置叠加之后各次变更与交付）。 */
export const changeBeforeInService = defineRule({
  id: "change-before-in-service",
  title: text("变更前配置须为在用配置", "The before configuration is the one in service"),
  citation: annex("附件6"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "附件5 三、变更申请与附件6 变更测算报告都要求填写“变更前配置”：它是资源现在在用的配置，审查据此判断扩容还是缩容、利用率指标是否适用。",
    "The change form (附件5) and the change estimation report (附件6) state the “before” configuration: the one in service now, from which the review tells scale-up from scale-down.",
  ),
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const { change, current, path } of inServiceChanges(ctx)) {
      const config = current.config;
      for (const [field, stated] of Object.entries(change.before)) {
        let actual = config[field as keyof ResourceConfig] as unknown;
        if (field === "dataDisks") actual ??= [];
        // 状态中没有的字段（不属于该服务的配置形态）由 change-allowed 报告
        if (actual === undefined || canonical(stated) === canonical(actual)) continue;
        const s = show(field, stated);
        const a = show(field, actual);
        const since = current.changedBy.length
          ? text(
              `（第 ${current.changedBy[current.changedBy.length - 1]} 号申请变更后）`,
              ` (after application ${current.changedBy[current.changedBy.length - 1]})`,
            )
          : text("", "");
        out.push({
          path: `${path}/before/${field}`,
          message: text(
            `变更前配置的 ${field} 写的是 ${s.zh}，资源 ${change.resource} 在用的是 ${a.zh}${since.zh}。变更前配置须为现在在用的配置：请把 before.${field} 改为 ${flow(actual)}。`,
            `before.${field} says ${s.en}, but ${change.resource} has ${a.en} in service${since.en}. The before configuration is the one in service now: set before.${field} to ${flow(actual)}.`,
          ),
        });
      }
    }
    return out;
  },
});
