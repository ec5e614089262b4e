import type { Rule } from "../../../core/rules/types.ts";
import { agentAuthorized } from "./agent-authorized.ts";
import { backupBasis } from "./backup-basis.ts";
import { consultationRecorded } from "./consultation-recorded.ts";
import { estimateMatchesForm } from "./estimate-matches-form.ts";
import { packageCount } from "./package-count.ts";
import { requiresCompanion } from "./requires-companion.ts";
import { resourceIdUnique } from "./resource-id-unique.ts";
import { securityServicesLevel } from "./security-services-level.ts";
import { storageSixMonths } from "./storage-six-months.ts";
import { testEnvironmentMatches } from "./test-environment-matches.ts";

/** 规则组（登记顺序无关紧要：列表按条款排序）。 */
export const newRules: readonly Rule[] = [
  estimateMatchesForm,
  storageSixMonths,
  backupBasis,
  securityServicesLevel,
  consultationRecorded,
  packageCount,
  requiresCompanion,
  resourceIdUnique,
  agentAuthorized,
  testEnvironmentMatches,
];
