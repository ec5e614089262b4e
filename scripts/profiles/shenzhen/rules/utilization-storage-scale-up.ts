import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { changes, pct, storageServices } from "./utilization.ts";

/** 第19条(2)3：存储扩容须存储利用率不低于 60%，或不满足未来六个月的使用量。 */
export const utilizationStorageScaleUp = defineRule({
  id: "utilization-storage-scale-up",
  title: text(
    "存储扩容：利用率 ≥ 60% 或不够未来六个月",
    "Storage scale-up: use ≥ 60 % or not enough for six months",
  ),
  citation: cite("第19条", "(2)3"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "存储扩容：云硬盘、对象存储、文件存储的存储利用率不低于60%或不满足未来六个月的使用量。",
    "Storage scale-up: cloud disk, object or file storage is at least 60 % used, or will not hold the next six months.",
  ),
  check(ctx) {
    const out: RuleFinding[] = [];
    const growth = ctx.application.type === "change" ? ctx.application.estimate?.storageGrowth : undefined;
    for (const { change, current, path, dir } of changes(ctx)) {
      if (dir.storage <= 0 || !storageServices.has(current.service)) continue;
      const capacity =
        (dir.before.capacityGB ?? (dir.before.dataDisks ?? []).reduce((s, d) => s + d.sizeGB, 0)) || 0;
      const st = change.utilization?.storage;
      const used =
        st?.usedPercent ??
        (st?.usedGB !== undefined && capacity > 0 ? (st.usedGB / capacity) * 100 : undefined);
      if (used !== undefined && used >= 60) continue;
      const g = growth as { monthlyGB?: number; months?: number } | undefined;
      const usedGB = st?.usedGB ?? (used !== undefined ? (used / 100) * capacity : undefined);
      if (g?.monthlyGB !== undefined && usedGB !== undefined) {
        const need = usedGB + g.monthlyGB * Math.min(6, g.months ?? 6);
        if (need > capacity) continue;
      }
      out.push({
        path: st ? `${path}/utilization/storage` : path,
        message:
          used === undefined
            ? text(
                "存储扩容须写明当前存储利用率（utilization.storage.usedPercent 或 usedGB），或在 estimate.storageGrowth 中测算未来六个月的增长。",
                "A storage scale-up states the current use (utilization.storage.usedPercent or usedGB) or the growth of the next six months (estimate.storageGrowth).",
              )
            : text(
                `存储扩容的条件是利用率不低于 60% 或不满足未来六个月的使用量；这里利用率 ${pct(used)}，按测算六个月后也在现有 ${capacity} GB 之内。请撤回存储扩容，或补充六个月增长的测算依据。`,
                `Storage scale-up needs use of at least 60 % or a shortfall within six months; here the use is ${pct(used)} and six months of growth fit in the current ${capacity} GB.`,
              ),
      });
    }
    return out;
  },
});
