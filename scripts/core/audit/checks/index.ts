/** 审计检查的登记表：每项一个文件，报告按这里的顺序排列。 */
import type { AuditCheck, AuditCheckId } from "../types.ts";
import { lowLoad } from "./low-load.ts";
import { offlineNotRevoked } from "./offline-not-revoked.ts";
import { applicationExpired, stageLate } from "./open-pulls.ts";
import { testExpired, testExpiring } from "./test-resources.ts";

export const auditChecks: readonly AuditCheck[] = [
  lowLoad,
  testExpiring,
  testExpired,
  offlineNotRevoked,
  stageLate,
  applicationExpired,
];

export const checkById: ReadonlyMap<AuditCheckId, AuditCheck> = new Map(auditChecks.map((c) => [c.id, c]));
