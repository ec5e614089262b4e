import type { Rule } from "../../../core/rules/types.ts";
import { basis } from "./basis.ts";
import { catalogPrice } from "./catalog-price.ts";
import { catalogService } from "./catalog-service.ts";
import { changeResources } from "./change-resources.ts";
import { exitDataBackup } from "./exit-data-backup.ts";
import { exitStatement } from "./exit-statement.ts";
import { exitWholeSystem } from "./exit-whole-system.ts";
import { extensionTargetRule } from "./extension-target.ts";
import { formRequired } from "./form-required.ts";
import { majorChange } from "./major-change.ts";
import { migrationKeep } from "./migration-keep.ts";
import { onboardingHosting } from "./onboarding-hosting.ts";
import { onboardingMigration } from "./onboarding-migration.ts";
import { portsFiled } from "./ports-filed.ts";
import { scaleUpExtension } from "./scale-up-extension.ts";
import { scaleUpPeriod } from "./scale-up-period.ts";
import { scopeExcluded } from "./scope-excluded.ts";
import { scopeOutsideFees } from "./scope-outside-fees.ts";
import { temporaryExtension } from "./temporary-extension.ts";
import { temporaryPeriod } from "./temporary-period.ts";
import { temporaryProjectFiled } from "./temporary-project-filed.ts";

/** 淮北市市级政务云管理办法的规则（显式登记；`govcloud rules` 按条款排序列出）。 */
export const huaibeiRules: readonly Rule[] = [
  scopeExcluded,
  scopeOutsideFees,
  formRequired,
  onboardingMigration,
  onboardingHosting,
  basis,
  catalogService,
  catalogPrice,
  portsFiled,
  migrationKeep,
  changeResources,
  majorChange,
  scaleUpPeriod,
  scaleUpExtension,
  exitStatement,
  exitDataBackup,
  exitWholeSystem,
  temporaryPeriod,
  temporaryExtension,
  temporaryProjectFiled,
  extensionTargetRule,
];
