import type { Catalog, CatalogProfile, CatalogService, PriceBook } from "../../core/catalog/types.ts";

/**
 * 淮北服务目录中引擎类型之外的部分（catalog/huaibei/，由 schemas/huaibei/catalog.schema.json 校验）：
 * 附件1 的各组选项、部署区域、云服务商、条文中的数量界限，服务的计量单位、字段与可用的上云类型。
 */

/** 一个选项：稳定标识与表单上的叫法。 */
export interface Option<Id extends string = string> {
  id: Id;
  label: string;
}

export type Carrier = "telecom" | "mobile" | "unicom";
export type Zone = "govnet" | "internet";
export type Onboarding = "new" | "migrate" | "hosting";

export interface HuaibeiThresholds {
  /** 第16条：重大变更（云资源或云服务费增长超过 50%） */
  majorChangePercent: number;
  /** 第16条：临时扩容原则上不超过 3 个月 */
  scaleUpMaxMonths: number;
  /** 第18条：临时资源不超过 6 个月 */
  temporaryMaxMonths: number;
  /** 第16、18条：延期申请提前 7 个工作日 */
  extensionLeadWorkdays: number;
  /** 第14条：交付完成 15 天内未部署可回收 */
  reclaimAfterDays: number;
  /** 第15条：迁移后原系统至少保留 3 个月 */
  migrationKeepMonths: number;
}

export interface HuaibeiCatalogProfile extends CatalogProfile {
  zones: Option<Zone>[];
  stages: Option<"test" | "production">[];
  carriers: (Option<Carrier> & { cloud: string })[];
  availability: Option[];
  protectionLevels: Option[];
  networks: Option[];
  systemTypes: Option[];
  audiences: Option[];
  serviceRanges: Option[];
  runtimes: Option[];
  defaultDiskTier: "sata" | "sas" | "ssd";
  bandwidthTiers: number[];
  databases: Option[];
  middleware: Option[];
  grades: Option<"low" | "medium" | "high">[];
  deviceUnits: number[];
  cabinetTypes: Option[];
  thresholds: HuaibeiThresholds;
}

export interface HuaibeiService extends CatalogService {
  /** 计量单位，如 台、个、Mbps */
  unit: string;
  /** 申请文件里这一项的字段（id、service 之外） */
  fields: string[];
  /** 可以申请它的系统上云类型 */
  onboarding: Onboarding[];
}

export interface HuaibeiCatalog {
  catalog: Catalog;
  profile: HuaibeiCatalogProfile;
  services: readonly HuaibeiService[];
  /** 每个云服务商的价格表 */
  prices: Readonly<Partial<Record<Carrier, PriceBook>>>;
}

const isHuaibeiService = (s: CatalogService): s is HuaibeiService =>
  "fields" in s && "onboarding" in s && "unit" in s;

/**
 * 淮北目录的类型化视图。目录已由淮北的目录 schema 校验（缺了这些字段的目录加载时就报错），
 * 这里再查一次关键字段，不是淮北的目录时抛出（内部故障）。
 */
export function huaibeiCatalog(catalog: Catalog): HuaibeiCatalog {
  const profile = catalog.profile as Partial<HuaibeiCatalogProfile>;
  if (!profile.thresholds || !profile.zones || !profile.carriers)
    throw new Error(`服务目录 ${catalog.profile.id} 不是淮北的目录（缺少 thresholds、zones 或 carriers）`);
  return {
    catalog,
    profile: profile as HuaibeiCatalogProfile,
    services: catalog.services.filter(isHuaibeiService),
    prices: (catalog.prices ?? {}) as Partial<Record<Carrier, PriceBook>>,
  };
}
