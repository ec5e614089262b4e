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

/** 价格表（catalog/huaibei/prices/<云服务商>.yaml）：每行一项服务按某个量计的月单价（元）。 */
export interface PriceBook {
  example?: boolean;
  title?: string;
  defaultDiskTier?: "sata" | "sas" | "ssd";
  lines: readonly PriceLine[];
}
export interface PriceLine {
  service: string;
  where?: Readonly<Record<string, string | number>>;
  /** quantity、disk，或资源的数值字段名（乘以数量） */
  per: string;
  tier?: "sata" | "sas" | "ssd";
  yuan: number;
  unit?: string;
}

const matches = (line: PriceLine, r: HbConfig): boolean =>
  Object.entries(line.where ?? {}).every(([k, v]) => String(r[k] ?? "") === String(v));

/** 一项资源的月费用（元）；价格表中没有这项服务的价格时 undefined。 */
export function monthlyFee(book: PriceBook, service: string, r: HbConfig): number | undefined {
  const lines = book.lines.filter((l) => l.service === service && matches(l, r));
  if (lines.length === 0) return undefined;
  const q = quantityOf(r);
  const defaultTier = book.defaultDiskTier ?? "sata";
  const disks = [...(r.systemDisk ? [r.systemDisk] : []), ...(r.dataDisks ?? [])];
  let fee = 0;
  for (const line of lines) {
    if (line.per === "quantity") fee += q * line.yuan;
    else if (line.per === "disk")
      fee +=
        disks
          .filter((d) => (d.tier ?? defaultTier) === (line.tier ?? defaultTier))
          .reduce((s, d) => s + num(d.sizeGB), 0) *
        q *
        line.yuan;
    else fee += num(r[line.per]) * q * line.yuan;
  }
  return Math.round(fee * 100) / 100;
}

/** 一组资源的月费用与没有价格的服务。 */
export function totalFee(
  book: PriceBook,
  resources: Iterable<{ service: string; config: HbConfig }>,
): { yuan: number; unpriced: string[] } {
  let yuan = 0;
  const unpriced = new Set<string>();
  for (const r of resources) {
    const fee = monthlyFee(book, r.service, r.config);
    if (fee === undefined) unpriced.add(r.service);
    else yuan += fee;
  }
  return { yuan: Math.round(yuan * 100) / 100, unpriced: [...unpriced].sort() };
}

/** 系统的云服务商对应的价格表（目录 prices/<云服务商>.yaml）。 */
export function priceBookFor(catalog: object, carrier: string | undefined): PriceBook | undefined {
  if (carrier === undefined) return undefined;
  const prices = (catalog as { prices?: unknown }).prices as Readonly<Record<string, PriceBook>> | undefined;
  return prices?.[carrier];
}
