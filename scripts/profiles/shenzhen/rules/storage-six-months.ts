import type { CatalogService } from "../../../core/catalog/types.ts";
import type { Resource } from "../../../core/model.ts";
import type { RuleContext, RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { shenzhenParams } from "../catalog.ts";
import { cite, defineRule } from "./define.ts";

/** 测算报告中一项存储需求（schema 已校验形状）。 */
interface StorageEstimate {
  resource: string;
  runtimeGB?: number;
  migratedGB?: number;
  growth?: { monthlyGB: number; months: number };
  requiredGB: number;
}

/** 一项资源申请的存储：每台（每个）的数据盘合计或容量，及其在申请中的位置。 */
interface Requested {
  gb: number;
  path: string;
  zh: string;
  en: string;
}

function requested(r: Resource, i: number, service: CatalogService | undefined): Requested | undefined {
  if (service?.shape === "compute") {
    const disks = r.dataDisks ?? [];
    const gb = disks.reduce((sum, d) => sum + d.sizeGB, 0);
    if (gb <= 0) return undefined;
    return {
      gb,
      path: disks.length === 1 ? `/resources/${i}/dataDisks/0/sizeGB` : `/resources/${i}/dataDisks`,
      zh: `每台数据盘${disks.length > 1 ? "合计" : ""} ${gb} GB`,
      en: `${gb} GB of data disk${disks.length > 1 ? "s" : ""} per instance`,
    };
  }
  // 对象存储、文件存储、云硬盘；数据备份另有第23条(3)的规则（backup-basis）
  if (service?.shape === "capacity" && service.id !== "backup" && r.capacityGB !== undefined)
    return {
      gb: r.capacityGB,
      path: `/resources/${i}/capacityGB`,
      zh: `容量 ${r.capacityGB} GB`,
      en: `${r.capacityGB} GB`,
    };
  return undefined;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** 测算过程：运行环境 + 迁移数据 + 月增长 × 月数；以及按容量粒度向上取整后的上限。 */
function need(e: StorageEstimate, ctx: RuleContext) {
  const g = shenzhenParams(ctx.catalog).granularity.capacityGB;
  const zh: string[] = [];
  const en: string[] = [];
  let sum = 0;
  if (e.runtimeGB !== undefined) {
    sum += e.runtimeGB;
    zh.push(`${e.runtimeGB}（运行环境）`);
    en.push(`${e.runtimeGB} (runtime)`);
  }
  if (e.migratedGB !== undefined) {
    sum += e.migratedGB;
    zh.push(`${e.migratedGB}（迁移数据）`);
    en.push(`${e.migratedGB} (migrated data)`);
  }
  if (e.growth) {
    sum += e.growth.monthlyGB * e.growth.months;
    zh.push(`${e.growth.monthlyGB} × ${e.growth.months}（${e.growth.months} 个月增长）`);
    en.push(`${e.growth.monthlyGB} × ${e.growth.months} (${e.growth.months} months of growth)`);
  }
  const total = round2(sum);
  const cap = total > 0 ? Math.max(g.min, Math.ceil(total / g.multiple) * g.multiple) : 0;
  return {
    empty: zh.length === 0,
    total,
    cap,
    multiple: g.multiple,
    zh: `${zh.join(" + ")} = ${total} GB，按 ${g.multiple} GB 向上取整为 ${cap} GB`,
    en: `${en.join(" + ")} = ${total} GB, rounded up to ${g.multiple} GB: ${cap} GB`,
    short: e.growth !== undefined && e.growth.months < 6 ? e.growth.months : undefined,
  };
}

/**
 * 第23条(2)：存储资源须有合理的测算说明（附件6 第3节），存储资源预估量不得超过六个月的需求。
 *
 * 错误：没有测算过程；申请的容量或所需存储量超过测算过程得出的需求（向上取整到 100 GB）；
 * 所需存储量少于测算过程之和。这些都是使用单位自己填写的数字之间的算术关系，不需要判断。
 * 警告：申请的容量少于所需存储量——少申请不违反第23条(2)，但与第21条(5)“申请表与测算一致”不符，
 * 可能是有意分期，由审核人确认。
 */
export const storageSixMonths = defineRule({
  id: "storage-six-months",
  title: text(
    "存储有测算过程，申请量不超过六个月的需求",
    "Storage has an estimate and covers at most six months",
  ),
  citation: cite("第23条", "(2)"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "云服务申请测算报告中计算、存储资源须有合理的测算说明，其中存储资源预估量不得超过六个月的需求（第23条(2)）。每台服务器的存储须有测算过程：运行环境与部署包的占用量、需迁移的已有数据量、未来不超过六个月的数据增长量（附件6 第3节）。",
    "Compute and storage need a reasoned estimate, and estimated storage may not exceed six months of need (第23条(2)). Each server's storage is computed from the runtime and deployment packages, any migrated data, and at most six months of data growth (附件6 section 3).",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new") return [];
    const out: RuleFinding[] = [];
    const entries = (a.estimate.storage ?? []) as StorageEstimate[];
    const byResource = new Map<string, { e: StorageEstimate; j: number }>();
    const ids = new Set(a.resources.map((r) => r.id));
    for (const [j, e] of entries.entries()) {
      const first = byResource.get(e.resource);
      if (!ids.has(e.resource)) {
        out.push({
          path: `/estimate/storage/${j}/resource`,
          message: text(
            `存储需求 estimate.storage[${j}] 对应的资源 ${e.resource} 不在本申请的 resources 中。请改为本申请中资源的 id，或删除这一项。`,
            `Storage estimate estimate.storage[${j}] names resource ${e.resource}, which is not in this application's resources. Name one of them or remove the entry.`,
          ),
        });
      } else if (first) {
        out.push({
          path: `/estimate/storage/${j}/resource`,
          message: text(
            `资源 ${e.resource} 已在 estimate.storage[${first.j}] 中测算过存储；每项资源只写一项。请把两项合并，或删除这一项。`,
            `Resource ${e.resource} already has a storage estimate in estimate.storage[${first.j}]; write one per resource. Merge them or remove this one.`,
          ),
        });
      } else byResource.set(e.resource, { e, j });
    }
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      const req = requested(r, i, service);
      if (!req) continue;
      const label = `${r.id}（${service?.name ?? r.service}）`;
      const found = byResource.get(r.id);
      if (!found) {
        out.push({
          path: `/resources/${i}`,
          message: text(
            `${label}申请了${req.zh}，但测算报告的存储需求说明（estimate.storage）中没有它的测算过程。请增加一项 resource: ${r.id}，写明运行环境占用 runtimeGB、需迁移的已有数据 migratedGB（如有）、不超过六个月的数据增长 growth（monthlyGB、months、composition），以及所需存储量 requiredGB。`,
            `${r.id} requests ${req.en}, but the estimation report has no storage estimate for it (estimate.storage). Add an entry with resource: ${r.id}, the runtime footprint runtimeGB, any migrated data migratedGB, at most six months of growth (growth: monthlyGB, months, composition) and requiredGB.`,
          ),
        });
        continue;
      }
      const { e, j } = found;
      const p = `/estimate/storage/${j}`;
      const n = need(e, ctx);
      if (n.empty) {
        out.push({
          path: p,
          message: text(
            `${r.id} 的存储需求只写了所需存储量 ${e.requiredGB} GB，没有测算过程。请写明运行环境占用 runtimeGB、需迁移的已有数据 migratedGB（如有）与不超过六个月的数据增长 growth，所需存储量须由它们得出。`,
            `The storage estimate for ${r.id} states ${e.requiredGB} GB without a computation. Give runtimeGB, migratedGB (if any) and at most six months of growth; requiredGB follows from them.`,
          ),
        });
        continue;
      }
      const longer = n.short
        ? text(
            `（增长只测算了 ${n.short} 个月，最多可按 6 个月测算）`,
            ` (growth covers ${n.short} months; up to 6 may be estimated)`,
          )
        : text("", "");
      if (req.gb > n.cap) {
        out.push({
          path: req.path,
          message: text(
            `${label}${req.zh}，超过了测算出的需求：${n.zh}${longer.zh}。存储资源预估量不得超过六个月的需求：请改为 ${n.cap} GB，或在测算过程中补充依据（迁移数据、增长量及其构成）。`,
            `${r.id} requests ${req.en}, more than the estimated need: ${n.en}${longer.en}. Storage may not exceed six months of need: request ${n.cap} GB, or complete the computation (migrated data, growth and its composition).`,
          ),
        });
      }
      if (e.requiredGB > n.cap) {
        out.push({
          path: `${p}/requiredGB`,
          message: text(
            `所需存储量 requiredGB 为 ${e.requiredGB} GB，超过测算过程得出的需求：${n.zh}。所需存储量须由测算过程得出，不得超过六个月的需求：请改为 ${n.cap}${n.total !== n.cap ? `（或 ${n.total}）` : ""}；测算过程以外的占用须计入 runtimeGB、migratedGB 或 growth 并说明构成，不能作为预留另加。`,
            `requiredGB is ${e.requiredGB} GB, more than the computation gives: ${n.en}. requiredGB follows from the computation and covers at most six months: change it to ${n.cap}${n.total !== n.cap ? ` (or ${n.total})` : ""}; anything else must be part of runtimeGB, migratedGB or growth with its composition, not a reserve on top.`,
          ),
        });
      } else if (e.requiredGB < n.total) {
        out.push({
          path: `${p}/requiredGB`,
          message: text(
            `所需存储量 requiredGB 为 ${e.requiredGB} GB，少于测算过程之和：${n.zh}。请把 requiredGB 改为 ${n.total}${n.total !== n.cap ? `（或 ${n.cap}）` : ""}，或改正测算过程中的数值。`,
            `requiredGB is ${e.requiredGB} GB, less than the computation: ${n.en}. Change it to ${n.total}${n.total !== n.cap ? ` (or ${n.cap})` : ""}, or correct the figures.`,
          ),
        });
      } else if (req.gb < e.requiredGB) {
        out.push({
          path: req.path,
          severity: "warning",
          citation: cite("第21条", "(5)"),
          message: text(
            `${label}${req.zh}，少于测算报告的所需存储量 ${e.requiredGB} GB（estimate.storage[${j}]）；申请表须与测算结果一致。审核人请确认是否有意少申请（如分期扩容）：若是，请在这一项的 remark 中说明；否则请改为 ${Math.ceil(e.requiredGB / n.multiple) * n.multiple} GB。`,
            `${r.id} requests ${req.en}, less than the estimated ${e.requiredGB} GB (estimate.storage[${j}]); the form should equal the estimate. Reviewer: check whether the shortfall is intended (e.g. staged growth) and stated in remark; otherwise request ${Math.ceil(e.requiredGB / n.multiple) * n.multiple} GB.`,
          ),
        });
      }
    }
    return out;
  },
});
