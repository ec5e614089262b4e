/**
 * 第16条 重大变更的两种量：云资源的量（按计量口径汇总）与云服务费（按云服务商的价格表计算）。纯函数。
 *
 * 资源的计量口径（“已有云资源”）：
 * - vcpu：各资源的 vCPU × 数量（云主机、裸金属）；
 * - memoryGB：内存 GB × 数量；
 * - storageGB：系统盘 + 数据盘 GB × 数量，加上对象存储的容量 GB；
 * - bandwidthMbps:<服务>：专线、互联网出口各自的带宽；
 * - count:<服务>：其余服务各自的个数（IP 地址、负载均衡、数据库、GPU 卡、机柜……，数量默认 1）。
 */
import { monthlyFee } from "../../../core/catalog/prices.ts";
import type { Catalog, PriceBook } from "../../../core/catalog/types.ts";
import type { ResourceConfig } from "../../../core/model.ts";
import type { HbConfig, HbResource } from "./model.ts";

export type Amounts = Map<string, number>;

const num = (v: unknown): number => {
  const n = typeof v === "string" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) && n > 0 ? n : 0;
};

/** 一项资源的数量（没写时为 1；写 0 表示不需要，注3）。 */
export const quantityOf = (r: HbConfig): number =>
  r.quantity === undefined ? 1 : num(r.quantity as unknown);

const diskGB = (r: HbConfig): number =>
  num(r.systemDisk?.sizeGB) + (r.dataDisks ?? []).reduce((sum, d) => sum + num(d.sizeGB), 0);

/** 一项资源按各口径的量。 */
export function amountsOf(service: string, r: HbConfig): Amounts {
  const q = quantityOf(r);
  const out: Amounts = new Map();
  const add = (key: string, v: number) => {
    if (v > 0) out.set(key, (out.get(key) ?? 0) + v);
  };
  const compute = r.vcpu !== undefined || r.memoryGB !== undefined || r.systemDisk !== undefined;
  if (compute) {
    add("vcpu", num(r.vcpu) * q);
    add("memoryGB", num(r.memoryGB) * q);
    add("storageGB", diskGB(r) * q);
    return out;
  }
  if (r.capacityGB !== undefined) {
    add("storageGB", num(r.capacityGB));
    return out;
  }
  if (r.bandwidthMbps !== undefined) {
    add(`bandwidthMbps:${service}`, num(r.bandwidthMbps));
    return out;
  }
  add(`count:${service}`, q);
  return out;
}

/** 一组资源的量之和。 */
export function totalAmounts(resources: Iterable<{ service: string; config: HbConfig }>): Amounts {
  const out: Amounts = new Map();
  for (const r of resources)
    for (const [k, v] of amountsOf(r.service, r.config)) out.set(k, (out.get(k) ?? 0) + v);
  return out;
}

/** 一项资源的配置（去掉标识、服务、名称等非配置字段）。 */
export function configOf(r: HbResource): HbConfig {
  const { id: _id, service: _service, ...config } = r;
  return config;
}

/** 某一口径的中文名与单位，消息用。 */
export function measureLabel(
  key: string,
  nameOf: (service: string) => string = (s) => s,
): { zh: string; en: string; unit: string } {
  if (key === "vcpu") return { zh: "vCPU", en: "vCPUs", unit: "核" };
  if (key === "memoryGB") return { zh: "内存", en: "memory", unit: "GB" };
  if (key === "storageGB") return { zh: "存储", en: "storage", unit: "GB" };
  const [kind, service] = key.split(":") as [string, string];
  if (kind === "bandwidthMbps")
    return { zh: `${nameOf(service)}带宽`, en: `${service} bandwidth`, unit: "Mbps" };
  return { zh: `${nameOf(service)}数量`, en: `${service} count`, unit: "" };
}

/** 一组资源按价格表的月费用（引擎的 catalog/prices.ts）；价格表中没有价格的资源标识列在 unpriced 中。 */
export function totalFee(
  book: PriceBook,
  resources: Iterable<{ id: string; service: string; config: HbConfig }>,
): { yuan: number; unpriced: string[] } {
  const priced = [...resources].map((r) => ({
    ...(r.config as ResourceConfig),
    id: r.id,
    service: r.service,
  }));
  const fee = monthlyFee(priced, book);
  return { yuan: fee.totalYuan, unpriced: fee.unpriced };
}

/** 一项资源的月费用（元）；价格表中没有这项服务的价格时 undefined。 */
export function resourceFee(book: PriceBook, r: HbResource): number | undefined {
  const { yuan, unpriced } = totalFee(book, [{ id: r.id, service: r.service, config: configOf(r) }]);
  return unpriced.length ? undefined : yuan;
}

/** 系统的云服务商对应的价格表（目录 prices/<云服务商>.yaml）。 */
export function priceBookFor(catalog: Catalog, carrier: string | undefined): PriceBook | undefined {
  return carrier === undefined ? undefined : catalog.prices?.[carrier];
}
