import { type Fee, feeGrowthPercent, monthlyFee, type PricedResource } from "../../core/catalog/prices.ts";
import type { Catalog } from "../../core/catalog/types.ts";
import type { ResourceState, SystemState } from "../../core/state/fold.ts";
import { type Carrier, huaibeiCatalog } from "./catalog.ts";

/**
 * 淮北的云服务费（第16条“云服务费增长超过50%”用它）：资源按系统的云服务商（system.yaml 的 carrier）
 * 的价格表（catalog/huaibei/prices/<carrier>.yaml）计月费用。计算本身是引擎的纯函数 core/catalog/prices.ts。
 */

export type { Fee, PricedResource } from "../../core/catalog/prices.ts";
export { feeGrowthPercent } from "../../core/catalog/prices.ts";

/** 状态中的一项资源 → 计价的资源。 */
export const pricedState = (r: ResourceState): PricedResource => ({
  ...r.config,
  id: r.id,
  service: r.service,
});

/** 一组资源在某个云服务商的月费用；没有这个云服务商的价格表时 undefined。 */
export function carrierFee(
  catalog: Catalog,
  carrier: Carrier,
  resources: Iterable<PricedResource>,
): Fee | undefined {
  const book = huaibeiCatalog(catalog).prices[carrier];
  return book ? monthlyFee(resources, book) : undefined;
}

/** 一个系统当前状态（在用的资源）的月费用。 */
export function stateFee(catalog: Catalog, carrier: Carrier, state: SystemState): Fee | undefined {
  return carrierFee(catalog, carrier, [...state.resources.values()].map(pricedState));
}

/** 两个状态之间月费用的增长（%）：第16条 重大变更的第二个标准。没有价格表时 undefined。 */
export function feeGrowth(
  catalog: Catalog,
  carrier: Carrier,
  before: SystemState,
  after: SystemState,
): { before: Fee; after: Fee; percent: number } | undefined {
  const b = stateFee(catalog, carrier, before);
  const a = stateFee(catalog, carrier, after);
  if (!b || !a) return undefined;
  return { before: b, after: a, percent: feeGrowthPercent(b.totalYuan, a.totalYuan) };
}
