import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { serviceLabel } from "./change-allowed.ts";
import { annex, defineRule } from "./define.ts";

/**
 * 附件5 注6：涉及数据的撤销申请须明确数据是否已备份或无需备份。
 * 承载数据的服务（目录 holdsData：云主机、裸金属、AI 算力、云硬盘、对象存储、文件存储、数据备份、分布式缓存、
 * 容器计算节点）撤销时只能写 backed-up 或 not-needed。
 * `keep`（撤销主机时保留的数据盘或存储）只能列出挂载在这台主机上的云硬盘（attachTo 为它的在用资源）；
 * 主机自带的数据盘（dataDisks）没有单独的标识，随主机一起撤销。
 */
export const revokeDataStatement = defineRule({
  id: "revoke-data-statement",
  title: text(
    "撤销承载数据的资源须写明数据已备份或无需备份",
    "Revoking a resource that holds data states backed-up or not-needed",
  ),
  citation: annex("附件5", "6"),
  appliesTo: ["revoke"],
  severity: "error",
  why: text(
    "涉及数据相关的撤销申请须明确数据是否已备份或无需备份（附件5 注6）。",
    "A revocation touching data states whether the data is backed up or needs no backup (附件5 note 6).",
  ),
  check(ctx) {
    if (ctx.application.type !== "revoke" || !ctx.historyComplete) return [];
    const out: RuleFinding[] = [];
    const revoked = new Set(ctx.application.revocations.map((r) => r.resource));
    for (const [i, rv] of ctx.application.revocations.entries()) {
      const current = ctx.before.resources.get(rv.resource);
      if (!current) continue; // change-resource-exists 报告
      const svc = ctx.catalog.serviceById.get(current.service);
      const label = serviceLabel(svc, current.service);
      if (svc?.holdsData && rv.dataBackup === "no-data")
        out.push({
          path: `/revocations/${i}/dataBackup`,
          message: text(
            `${rv.resource} 是${label}，承载数据：撤销时须写明数据已备份（backed-up）或无需备份（not-needed），不能写 no-data。请把 dataBackup 改为 backed-up 或 not-needed，无需备份时在 remark 中说明原因。`,
            `${rv.resource} is a ${svc.level3} (${svc.id}) and holds data: state backed-up or not-needed, not no-data. Set dataBackup to backed-up or not-needed (say why in remark when no backup is needed).`,
          ),
        });
      const attached = [...ctx.before.resources.values()]
        .filter((r) => r.config.attachTo === rv.resource)
        .map((r) => r.id)
        .sort();
      for (const [j, k] of (rv.keep ?? []).entries()) {
        const path = `/revocations/${i}/keep/${j}`;
        if (attached.includes(k)) {
          if (revoked.has(k))
            out.push({
              path,
              message: text(
                `${k} 同时在本申请的撤销项中，又列为保留。请二选一：保留就删除它的撤销项，撤销就从 keep 中删除。`,
                `${k} is both revoked in this application and listed as kept. Choose one: remove its revocation, or remove it from keep.`,
              ),
            });
          continue;
        }
        const known = ctx.before.resources.has(k);
        out.push({
          path,
          message: text(
            `${known ? `${k} 不是挂载在 ${rv.resource} 上的数据盘或存储` : `本系统没有在用的资源 ${k}`}。keep 只能列出挂载在 ${rv.resource} 上的云硬盘：${attached.length ? attached.join("、") : `${rv.resource} 没有挂载单独的云硬盘（主机自带的数据盘随主机撤销，需要的数据请先备份）`}。请从 keep 中删除 ${k}。`,
            `${known ? `${k} is not a disk or storage attached to ${rv.resource}` : `The system has no resource ${k} in service`}. keep lists only cloud disks attached to ${rv.resource}: ${attached.length ? attached.join(", ") : `${rv.resource} has none (its own data disks go with it; back up what is needed)`}. Remove ${k} from keep.`,
          ),
        });
      }
    }
    return out;
  },
});
