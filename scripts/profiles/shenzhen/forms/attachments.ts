import type { Citation } from "../../../core/finding.ts";
import type { AttachmentRef } from "../../../core/forms/attachments.ts";
import { pointer } from "../../../core/load/problem.ts";
import type { Application } from "../../../core/model.ts";

/**
 * 深圳的申请中哪些字段是附件（schema 中的 `$defs/attachments`）：架构图（附件6 1（3））、
 * 压测截图（附件6 2（2））、已有数据量截图（附件6 3）、变更前使用情况截图（变更测算报告 2），
 * 以及申请的 attachments。
 */

/** 附件6 规定测算报告附上架构图与截图。 */
export const attachmentCitation: Citation = { profile: "shenzhen", attachment: "附件6" };

type Path = (string | number)[];

const record = (v: unknown): Record<string, unknown> =>
  v !== null && typeof v === "object" ? (v as Record<string, unknown>) : {};

const array = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export function applicationAttachments(application: Application): AttachmentRef[] {
  const out: AttachmentRef[] = [];
  const list = (at: Path, value: unknown): void => {
    array(value).forEach((p, i) => {
      if (typeof p === "string") out.push({ pointer: pointer(...at, i), path: p });
    });
  };
  list(["attachments"], application.attachments);
  const estimate = record("estimate" in application ? application.estimate : undefined);
  list(["estimate", "architecture", "diagrams"], record(estimate.architecture).diagrams);
  for (const [i, s] of array(record(estimate.loadTest).scenarios).entries())
    list(["estimate", "loadTest", "scenarios", i, "evidence"], record(s).evidence);
  for (const [i, s] of array(estimate.storage).entries())
    list(["estimate", "storage", i, "migratedEvidence"], record(s).migratedEvidence);
  if (application.type === "change")
    for (const [i, c] of application.changes.entries())
      list(["changes", i, "utilization", "evidence"], c.utilization?.evidence);
  list(["estimate", "evidence"], estimate.evidence);
  return out;
}
