/**
 * 淮北的审计部分（Profile.audit）：第14–19条的检查、降配口径、报告与期满提醒的文字、审计配置的默认值
 * （云主机的服务标识 vm、每项检查的 issue 标签）。
 */
import type { AuditPart } from "../../../core/audit/profile.ts";
import { huaibeiAuditChecks, huaibeiCheckLabels } from "./checks/index.ts";
import { huaibeiAuditPolicy, lowLoadPolicy } from "./policy.ts";
import { auditTexts, expiryNotice } from "./texts.ts";

export const huaibeiAudit: AuditPart = {
  checks: huaibeiAuditChecks,
  defaults: { lowLoadServices: huaibeiAuditPolicy.measuredServices, checkLabels: huaibeiCheckLabels },
  lowLoad: lowLoadPolicy,
  texts: auditTexts,
  notices: expiryNotice,
};
