import type { ResourceConfig } from "../../../core/model.ts";
import { text } from "../../../core/text.ts";
import { dataTotal, inServiceChanges } from "./change-allowed.ts";
import { cite, defineRule } from "./define.ts";

/** 存储资源：主机（计算形态）的数据盘，云硬盘、对象存储、文件存储的容量。数据备份按备份策略测算（第23条(3)），不在此列。 */
const storageOf = (shape: string, service: string, c: ResourceConfig): number | undefined =>
  shape === "compute" ? dataTotal(c) : ["evs", "obs", "sfs"].includes(service) ? c.capacityGB : undefined;

interface Growth {
  monthlyGB: number;
  months: number;
  composition: string;
}

/**
 * 第29条(2)：存储资源扩容量不得超过六个月的数据增长量，须有测算依据并说明数据的构成。
 * 扩容量 = 各项存储扩容（变更后减在用）之和；上限 = 月增长量 × 测算月数（不超过 6，schema 已限定），
 * 按附件5 注3 以 100 GB 向上取整。
 */
export const changeStorageGrowth = defineRule({
  id: "change-storage-growth",
  title: text(
    "存储扩容量不超过六个月的数据增长量",
    "A storage scale-up is at most six months of data growth",
  ),
  citation: cite("第29条", "(2)"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "存储资源扩容量不得超过六个月的数据增长量（应提供合理的测算依据，并说明数据的构成）（第29条(2)）；变更测算报告中存储的变更量的测算过程须不超过未来六个月的业务数据增长量（附件6）。",
    "A storage scale-up may not exceed six months of data growth, with a sound basis and the data's composition (第29条(2), 附件6).",
  ),
  check(ctx) {
    if (ctx.application.type !== "change") return [];
    const grown: { resource: string; path: string; from: number; to: number }[] = [];
    for (const { change, svc, path, before, after } of inServiceChanges(ctx)) {
      if (!svc) continue;
      const from = storageOf(svc.shape, svc.id, before);
      const to = storageOf(svc.shape, svc.id, after);
      if (from !== undefined && to !== undefined && to > from)
        grown.push({ resource: change.resource, path, from, to });
    }
    if (grown.length === 0) return [];
    const increase = grown.reduce((s, g) => s + (g.to - g.from), 0);
    const list = grown.map((g) => `${g.resource} ${g.from}→${g.to} GB`);
    const estimate = ctx.application.estimate;
    const growth = estimate?.storageGrowth as Growth | undefined;
    if (!growth) {
      return [
        {
          path: estimate ? "/estimate" : `${(grown[0] as (typeof grown)[0]).path}/after`,
          severity: "warning",
          message: text(
            `存储扩容 ${increase} GB（${list.join("、")}）没有六个月数据增长的测算（estimate.storageGrowth）。请补上 storageGrowth: { monthlyGB: 每月增长 GB, months: 不超过 6, composition: 数据构成 }；审查人员请在测算说明中核对扩容量不超过六个月的数据增长量，并说明了数据的构成。`,
            `The storage scale-up of ${increase} GB (${list.join(", ")}) has no six-month growth estimate (estimate.storageGrowth). Add storageGrowth: { monthlyGB, months (at most 6), composition }; reviewers: check in the explanation that the increase is within six months of data growth and that the data's composition is given.`,
          ),
        },
      ];
    }
    const raw = growth.monthlyGB * growth.months;
    const limit = Math.ceil(raw / 100) * 100;
    if (increase <= limit) return [];
    return [
      {
        path: "/estimate/storageGrowth",
        message: text(
          `存储扩容共 ${increase} GB（${list.join("、")}），超过六个月的数据增长量：每月 ${growth.monthlyGB} GB × ${growth.months} 个月 = ${raw} GB，按 100 GB 向上取整为 ${limit} GB。请把扩容量减到 ${limit} GB 以内，或按实际数据构成修正增长测算。`,
          `The storage scale-up totals ${increase} GB (${list.join(", ")}), more than six months of data growth: ${growth.monthlyGB} GB a month × ${growth.months} months = ${raw} GB, rounded up to ${limit} GB. Reduce the increase to ${limit} GB or less, or correct the growth estimate.`,
        ),
      },
    ];
  },
});
