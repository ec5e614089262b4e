import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { shenzhenParams } from "../catalog.ts";
import { cite, defineRule } from "./define.ts";

/** 测算报告中一项灾备需求（schema 已校验：内容、类型、策略、保存周期、容量必填）。 */
interface BackupEstimate {
  resource?: string;
  sourceGB?: number;
  capacityGB: number;
}

/**
 * 第23条(3)：备份需求的测算应包含备份内容、备份类型、备份策略、保存周期等信息，推算所需备份容量。
 * 申请数据备份须有灾备需求说明，申请的容量等于推算出的容量之和（按 100 GB 向上取整，附件5 注3）。
 */
export const backupBasis = defineRule({
  id: "backup-basis",
  title: text("数据备份的容量由灾备需求测算推出", "Backup capacity follows from the backup estimate"),
  citation: cite("第23条", "(3)"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "备份需求的测算应包含备份内容、备份类型、备份策略、保存周期等信息，推算所需备份容量（第23条(3)）；测算过程应明确备份目的、备份类型、备份策略、保存周期等测算依据，并根据测算依据推算出备份容量（附件6 第4节）。",
    "The backup estimate gives the content, type, policy and retention of the backups and derives the capacity from them (第23条(3), 附件6 section 4).",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new") return [];
    const out: RuleFinding[] = [];
    const g = shenzhenParams(ctx.catalog).granularity.capacityGB;
    const entries = (a.estimate.backup ?? []) as BackupEstimate[];
    const backups = [...a.resources.entries()].filter(([, r]) => r.service === "backup");
    const ids = new Set([...a.resources.map((r) => r.id), ...ctx.before.resources.keys()]);
    for (const [j, e] of entries.entries()) {
      if (e.resource !== undefined && !ids.has(e.resource)) {
        out.push({
          path: `/estimate/backup/${j}/resource`,
          message: text(
            `灾备需求 estimate.backup[${j}] 要备份的资源 ${e.resource} 既不在本申请中，也不是本系统在用的资源。请改为需要备份的服务器的 id，或删除 resource。`,
            `Backup estimate estimate.backup[${j}] backs up ${e.resource}, which is neither in this application nor in use in the system. Name the server to back up, or remove resource.`,
          ),
        });
      }
      if (e.sourceGB !== undefined && e.capacityGB < e.sourceGB) {
        out.push({
          path: `/estimate/backup/${j}/capacityGB`,
          severity: "warning",
          message: text(
            `推算的备份容量 ${e.capacityGB} GB 小于一次全量备份的数据量 ${e.sourceGB} GB，放不下一份全量备份。审核人请核对推算过程（压缩、去重可能使容量变小）；若有误，请按备份类型、策略与保存周期重新推算 capacityGB。`,
            `The backup capacity ${e.capacityGB} GB is less than one full backup (${e.sourceGB} GB). Reviewer: check the derivation (compression or deduplication may explain it); otherwise derive capacityGB again from type, policy and retention.`,
          ),
        });
      }
    }
    const sum = entries.reduce((s, e) => s + e.capacityGB, 0);
    const expected = sum > 0 ? Math.max(g.min, Math.ceil(sum / g.multiple) * g.multiple) : 0;
    const parts = entries.map((e) => e.capacityGB).join(" + ");
    if (backups.length === 0) {
      if (entries.length > 0) {
        const existing = [...ctx.before.resources.values()].find((r) => r.service === "backup");
        out.push({
          path: "/estimate/backup",
          severity: "warning",
          citation: cite("第21条", "(5)"),
          message: text(
            `测算报告推算了备份容量 ${sum} GB，但申请表没有申请数据备份（service: backup）；申请表须与测算报告一致。${existing ? `若使用本系统已有的数据备份 ${existing.id}，扩容须另提变更申请；` : ""}请在 resources 中增加数据备份（capacityGB: ${expected}），或删去这部分测算。`,
            `The estimate derives ${sum} GB of backup, but the form requests no backup (service: backup); the form should equal the estimate.${existing ? ` To use the system's existing backup ${existing.id}, apply for a change to enlarge it.` : ""} Add a backup resource (capacityGB: ${expected}) or remove this part of the estimate.`,
          ),
        });
      }
      return out;
    }
    const [i, first] = backups[0] as [number, (typeof a.resources)[number]];
    const requested = backups.reduce((s, [, r]) => s + (r.capacityGB ?? 0), 0);
    if (entries.length === 0) {
      out.push({
        path: `/resources/${i}`,
        message: text(
          `申请了数据备份 ${first.id}（${requested} GB），但测算报告没有灾备需求说明（estimate.backup）。请为每台需要备份的服务器写明备份内容 content、备份类型 type、备份策略 policy、保存周期 retentionDays，并由此推算备份容量 capacityGB。`,
          `Backup ${first.id} (${requested} GB) is requested, but the estimation report has no backup estimate (estimate.backup). For each server to back up give content, type, policy and retentionDays, and derive capacityGB from them.`,
        ),
      });
      return out;
    }
    if (requested !== expected) {
      const many = backups.length > 1;
      out.push({
        path: `/resources/${i}/capacityGB`,
        message: text(
          `数据备份${many ? `（${backups.map(([, r]) => r.id).join("、")}）合计` : ` ${first.id} `}申请 ${requested} GB，测算报告推算的备份容量${entries.length > 1 ? `合计 ${parts} = ${sum} GB` : ` ${sum} GB`}，按 ${g.multiple} GB 向上取整为 ${expected} GB；两者须一致。请把${many ? "数据备份的容量合计" : " capacityGB "}改为 ${expected}，或改正 estimate.backup 中的推算。`,
          `Backup ${many ? backups.map(([, r]) => r.id).join(", ") : first.id} requests ${requested} GB; the estimate derives ${entries.length > 1 ? `${parts} = ${sum} GB` : `${sum} GB`}, rounded up to ${g.multiple} GB: ${expected} GB. They must be equal: request ${expected} GB, or correct the derivation in estimate.backup.`,
        ),
      });
    }
    return out;
  },
});
