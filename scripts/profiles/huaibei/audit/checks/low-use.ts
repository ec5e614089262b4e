import { defineCheck } from "../../../../core/audit/define.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../cite.ts";
import { idleFindings, idleUndetermined } from "./idle-systems.ts";

/**
 * 第19条：使用率长期较低的系统：上线超过 3 个月，每台主机近 5 个工作日 CPU 平均 < 5% 且峰值 < 30%（不是僵尸系统）。
 * 先由主管部门发整改通知，期满仍不整改的收回（退出申请草稿）。
 */
export const lowUse = defineCheck({
  id: "low-use",
  title: text("使用率长期较低", "Long-term low use"),
  citation: cite("第19条"),
  severity: "warning",
  needs: "metrics",
  why: text(
    "对使用率长期较低、未按申请用途及要求使用云资源的情形，经市政务云主管部门提出整合、清理等指示后，使用单位仍不整改的，市政务云主管部门应收回云资源（第19条）。",
    "Where resources stay little used, the administration first instructs the unit to consolidate or clean up; if the unit does not act, the administration reclaims the resources (第19条).",
  ),
  run: (ctx) => idleFindings(ctx, "low-use"),
  undetermined: (ctx) => idleUndetermined(ctx, "low-use"),
});
