/**
 * 深圳的审计部分（Profile.audit）：检查、低负载口径、报告与到期提醒的文字。
 */
import type { AuditPart } from "../../../core/audit/profile.ts";
import { shenzhenAuditChecks } from "./checks/index.ts";
import { draftDriftRepair } from "./drafts.ts";
import { lowLoadPolicy } from "./sizing.ts";
import { auditTexts, expiryNotice, noticeTexts } from "./texts.ts";

export const shenzhenAudit: AuditPart = {
  checks: shenzhenAuditChecks,
  lowLoad: lowLoadPolicy,
  texts: auditTexts,
  notices: expiryNotice,
  noticeTexts,
  driftDraft: draftDriftRepair,
};
