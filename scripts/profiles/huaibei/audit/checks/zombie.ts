import { defineCheck } from "../../../../core/audit/define.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../cite.ts";
import { idleFindings, idleUndetermined } from "./idle-systems.ts";

/**
 * 第19条：占用资源的僵尸系统：上线超过 3 个月，每台主机近 5 个工作日都空转（CPU 平均 < 2% 且峰值 < 10%）。
 * 先由主管部门发整改通知，期满仍不整改的收回（退出申请草稿）。
 */
export const zombie = defineCheck({
  id: "zombie",
  title: text("僵尸系统", "Zombie systems"),
  citation: cite("第19条"),
  severity: "warning",
  needs: "metrics",
  why: text(
    "对占用资源的僵尸系统，市政务云主管部门组织使用单位和云服务商确定回收方案；经提出整合、清理等指示后仍不整改的，应收回云资源，并将相关情况抄送市财政局和市审计局（第19条）。",
    "For zombie systems holding resources the administration agrees a reclaim plan; if the unit does not act on its instructions, it reclaims the resources and informs the finance and audit bureaus (第19条).",
  ),
  run: (ctx) => idleFindings(ctx, "zombie"),
  undetermined: (ctx) => idleUndetermined(ctx, "zombie"),
});
