/** 深圳的审计检查（Profile.audit.checks）：每项一个文件，报告按这里的顺序排列。 */
import type { AuditCheck } from "../../../../core/audit/types.ts";
import { implementationLate } from "./implementation-late.ts";
import { lowLoad } from "./low-load.ts";
import { offlineNotRevoked } from "./offline-not-revoked.ts";
import { applicationExpired, stageLate } from "./open-pulls.ts";
import { testExpired, testExpiring } from "./test-resources.ts";

export const shenzhenAuditChecks: readonly AuditCheck[] = [
  lowLoad,
  testExpiring,
  testExpired,
  offlineNotRevoked,
  stageLate,
  applicationExpired,
  implementationLate,
];
