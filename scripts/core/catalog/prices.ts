import type { ResourceConfig } from "../model.ts";
import type { PriceBook, PriceLine } from "./types.ts";

/**
 * 按价格表计算月费用（纯函数）：一组资源（服务 + 配置）→ 每项资源每个计价行的费用与合计。
 * 价格表的形状见 catalog/types.ts 的 PriceBook；价格表里没有的服务列在 unpriced 中，不计费用。
 */

/** 计价的一项资源：标识、服务与配置（申请中的资源或状态中的资源）。 */
export type PricedResource = ResourceConfig & { id: string; service: string };

export interface FeeLine {
  resource: string;
  service: string;
  /** 计量（价格行的 per，disk 时带磁盘类型，如 disk:sas） */
  measure: string;
  /** 计量的量（已乘数量） */
  amount: number;
  /** 单价：元/月/计量单位 */
  yuan: number;
  /** 这一行的月费用（元） */
  fee: number;
}

export interface Fee {
  /** 月费用合计（元，保留两位小数） */
  totalYuan: number;
  lines: FeeLine[];
  /** 价格表中没有价格的资源（标识） */
  unpriced: string[];
  /** 价格是示例 */
  example: boolean;
}

/** 资源的数量：没写时为 1（带宽、对象存储等按量计的服务没有数量）。 */
const count = (r: PricedResource): number => r.quantity ?? 1;

/** 一项资源某类型磁盘的 GB 数（系统盘加数据盘，每台）。 */
function diskGB(r: PricedResource, tier: string | undefined, defaultTier: string): number {
  const disks = [...(r.systemDisk ? [r.systemDisk] : []), ...(r.dataDisks ?? [])];
  return disks
    .filter((d) => tier === undefined || (d.tier ?? defaultTier) === tier)
    .reduce((sum, d) => sum + d.sizeGB, 0);
}

/** 资源的某个字段（价格表按名称引用）。 */
const fieldOf = (r: PricedResource, field: string): unknown =>
  Object.entries(r).find(([name]) => name === field)?.[1];

/** 资源的某个数值字段，不是数时为 0。 */
function numeric(r: PricedResource, field: string): number {
  const value = fieldOf(r, field);
  return typeof value === "number" && Number.isFinite(value) ? value : 0;
}

/** 价格行是否适用于这项资源：服务相同，where 的每个字段取值相同。 */
function applies(line: PriceLine, r: PricedResource): boolean {
  if (line.service !== r.service) return false;
  return Object.entries(line.where ?? {}).every(
    ([field, value]) => String(fieldOf(r, field)) === String(value),
  );
}

/** 一行价格对一项资源的计量。 */
function amountOf(line: PriceLine, r: PricedResource, defaultTier: string): number {
  if (line.per === "quantity") return count(r);
  if (line.per === "disk") return diskGB(r, line.tier, defaultTier) * count(r);
  return numeric(r, line.per) * count(r);
}

const cents = (yuan: number): number => Math.round(yuan * 100) / 100;

/** 一组资源按价格表的月费用。 */
export function monthlyFee(resources: Iterable<PricedResource>, book: PriceBook): Fee {
  const defaultTier = book.defaultDiskTier ?? "sata";
  const lines: FeeLine[] = [];
  const unpriced: string[] = [];
  for (const r of resources) {
    const matching = book.lines.filter((line) => applies(line, r));
    if (!book.lines.some((line) => line.service === r.service)) {
      unpriced.push(r.id);
      continue;
    }
    for (const line of matching) {
      const amount = amountOf(line, r, defaultTier);
      if (amount === 0) continue;
      lines.push({
        resource: r.id,
        service: r.service,
        measure: line.per === "disk" && line.tier ? `disk:${line.tier}` : line.per,
        amount,
        yuan: line.yuan,
        fee: cents(amount * line.yuan),
      });
    }
  }
  return {
    totalYuan: cents(lines.reduce((sum, l) => sum + amount(l), 0)),
    lines,
    unpriced,
    example: book.example === true,
  };
}

const amount = (l: FeeLine): number => l.amount * l.yuan;

/**
 * 费用增长的百分比：(after − before) / before × 100。before 为 0 时：after 也为 0 则 0，否则 Infinity。
 */
export function feeGrowthPercent(before: number, after: number): number {
  if (before === 0) return after === 0 ? 0 : Number.POSITIVE_INFINITY;
  return ((after - before) / before) * 100;
}
