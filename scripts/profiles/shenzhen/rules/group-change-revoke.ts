import type { Rule } from "../../../core/rules/types.ts";
import { changeAllowed } from "./change-allowed.ts";
import { changeBeforeInService } from "./change-before-in-service.ts";
import { changeEstimate } from "./change-estimate.ts";
import { changeResourceExists } from "./change-resource-exists.ts";
import { changeStorageGrowth } from "./change-storage-growth.ts";
import { revokeAfterOffline } from "./revoke-after-offline.ts";
import { revokeDataStatement } from "./revoke-data-statement.ts";
import { revokeRelatedServices } from "./revoke-related-services.ts";
import { shutdownNotice } from "./shutdown-notice.ts";
import { shutdownRequired } from "./shutdown-required.ts";

/** 规则组（登记顺序无关紧要：列表按条款排序）。 */
export const changeRevokeRules: readonly Rule[] = [
  changeResourceExists,
  changeAllowed,
  changeBeforeInService,
  changeEstimate,
  changeStorageGrowth,
  shutdownNotice,
  shutdownRequired,
  revokeDataStatement,
  revokeRelatedServices,
  revokeAfterOffline,
];
