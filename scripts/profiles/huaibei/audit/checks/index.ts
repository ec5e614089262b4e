/** 淮北的审计检查（Profile.audit.checks）：每项一个文件，报告按这里的顺序排列。 */
import type { AuditCheck } from "../../../../core/audit/types.ts";
import { cutoverMissing } from "./cutover-missing.ts";
import { lowUse } from "./low-use.ts";
import { migrationKeep } from "./migration-keep.ts";
import { openingUnconfirmed } from "./opening-unconfirmed.ts";
import { oversized } from "./oversized.ts";
import { temporaryEnded } from "./temporary-ended.ts";
import { temporaryExpiring } from "./temporary-expiring.ts";
import { undeployed } from "./undeployed.ts";
import { undersized } from "./undersized.ts";
import { zombie } from "./zombie.ts";

export const huaibeiAuditChecks: readonly AuditCheck[] = [
  undeployed,
  temporaryExpiring,
  temporaryEnded,
  migrationKeep,
  cutoverMissing,
  openingUnconfirmed,
  zombie,
  lowUse,
  oversized,
  undersized,
];

/** 每项检查的 issue 标签。 */
export const huaibeiCheckLabels: Record<string, string> = {
  undeployed: "审计/无部署进展",
  "temporary-expiring": "审计/临时资源将期满",
  "temporary-ended": "审计/临时资源已期满",
  "migration-keep": "审计/原系统保留期满",
  "cutover-missing": "审计/缺割接记录",
  "opening-unconfirmed": "审计/未签开通确认单",
  zombie: "审计/僵尸系统",
  "low-use": "审计/使用率低",
  oversized: "审计/建议降配",
  undersized: "审计/建议扩容",
};
