import type { Application, Delivery, System, Unit } from "../../../core/model.ts";

/**
 * 淮北的文件在表单眼中的样子（见 docs/huaibei-field-mapping.md 的字段对照）：只列表单要读的字段。
 * 文件先经淮北的 schema 校验（加载器），这里把引擎的通用类型看成淮北的形状（huaibeiView）。
 */

/** 联系人：系统负责人、技术联系人（附件1 表头）。 */
export interface HbContact {
  name: string;
  department?: string;
  position?: string;
  officePhone?: string;
  email?: string;
  mobile?: string;
}

/** 申请单位（unit.yaml）。 */
export interface HbUnit {
  name: string;
  address?: string;
}

/** 信息系统（system.yaml：附件1 一、信息系统基本情况）。 */
export interface HbSystem {
  name: string;
  projectCode?: string;
  investmentYuan?: number;
  description?: string;
  owner: HbContact;
  maintainer?: { name: string; nature?: "subordinate" | "outsourced" };
  technicalContact: HbContact;
  protectionLevel?: number | "ungraded";
  filingCertificate?: string;
  networks?: string[];
  networkOther?: string;
  availability?: string;
  availabilityOther?: string;
  systemType?: string;
  systemTypeOther?: string;
  audience?: string[];
  audienceOther?: string;
  audienceCount?: number;
  serviceRange?: string;
  serviceRangeOther?: string;
  carrier?: "telecom" | "mobile" | "unicom";
  runtime?: "7x24" | "5x8" | "other";
  runtimeOther?: string;
  cloudNumber?: string;
}

export interface HbDisk {
  sizeGB: number;
  tier?: "sata" | "sas" | "ssd";
}

/** 一项资源（附件1 二、的每一格都是一项目录服务）。 */
export interface HbResource {
  id: string;
  service: string;
  name?: string;
  grade?: "low" | "medium" | "high";
  vcpu?: number;
  memoryGB?: number;
  os?: string;
  systemDisk?: HbDisk;
  dataDisks?: HbDisk[];
  zone?: "govnet" | "internet";
  quantity?: number;
  bandwidthMbps?: number;
  product?: string;
  productOther?: string;
  capacityGB?: number;
  description?: string;
  target?: string;
  incrementalEveryDays?: number;
  fullEveryDays?: number;
  retentionDays?: number;
  units?: number;
  deviceType?: string;
  ratedPowerW?: number;
  cabinetType?: "network" | "standard";
  /** 增值备份服务：same-city 同城异地备份，remote 异地备份 */
  mode?: "same-city" | "remote";
  powerKW?: number;
  remark?: string;
}

/** 一项资源的配置（变更前、变更后）。 */
export type HbConfig = Partial<Omit<HbResource, "id" | "service">>;

export interface HbChange {
  resource: string;
  ip?: string;
  before: HbConfig;
  after: HbConfig;
  remark?: string;
}

export interface HbRevocation {
  resource: string;
  dataBackup?: "backed-up" | "not-needed" | "no-data";
  remark?: string;
}

/** 申请（各种类的字段并在一起，按 type 取用）。 */
export interface HbApplication {
  type: Application["type"];
  sequence: number;
  date: string;
  unit: string;
  system: string;
  letter?: { number: string; date?: string; file?: string };
  remark?: string;
  attachments?: string[];
  // new
  onboarding?: "new" | "migrate" | "hosting";
  basis?: { kind: "approved-plan" | "feasibility-study" | "current-usage"; document?: string; file?: string };
  migration?: { oldSystem?: string; keepUntil?: string };
  term?: { kind: "long-term" } | { kind: "temporary"; months: number };
  otherNeeds?: string;
  resources?: HbResource[];
  // change
  category?: "host" | "network" | "security" | "other";
  categoryOther?: string;
  zone?: "govnet" | "internet";
  reason?: string;
  changes?: HbChange[];
  additions?: HbResource[];
  others?: string;
  // revoke
  exit?: { type: "system" | "unit"; date: string; reason?: string; statement?: boolean };
  revocations?: HbRevocation[];
  // test（第18条）；change 的临时扩容（第16条）是 { from, to }
  temporary?: {
    reason?: string;
    requirement?: string;
    months?: number;
    project?: { status: "pending" | "filed"; document?: string; date?: string };
    from?: string;
    to?: string;
  };
}

export interface HbClearance {
  cleared: boolean;
  note?: string;
}

/** 三方确认（附件5 开通、附件6 变更、附件7 退出），在交付记录中。 */
export interface HbConfirmation {
  kind: "opening" | "change" | "exit";
  date?: string;
  cloudNumber?: string;
  /** 最终使用的云资源量：只写与申请不同的字段（按资源标识） */
  resources?: Partial<HbResource>[];
  dataCleared?: { carrier?: HbClearance; unit?: HbClearance };
  /** 三方各自盖章的日期（附件5–7 落款）；没有时都按 date */
  signed?: StampDates;
  /** 其他资源、说明（附件5 “三、其他资源”） */
  remark?: string;
}

/** 三方盖章的日期：使用单位、云服务商、管理单位。 */
export interface StampDates {
  unit?: string;
  carrier?: string;
  administration?: string;
}

export interface HbDelivery {
  application: number;
  date: string;
  zone?: "test" | "production";
  confirmation?: HbConfirmation;
  resources?: { id: string; instances?: { name: string; hostname?: string; ip?: string }[] }[];
}

/**
 * 引擎的通用类型 → 淮北的形状。数据已经过淮北的 schema（由服务目录生成），
 * 这里只换一个静态类型，不改数据；表单对缺少的可选字段一律留空。
 */
export const huaibeiView = {
  unit: (u: Unit): HbUnit => u as unknown as HbUnit,
  system: (s: System): HbSystem => s as unknown as HbSystem,
  application: (a: Application): HbApplication => a as unknown as HbApplication,
  delivery: (d: Delivery | undefined): HbDelivery | undefined => d as unknown as HbDelivery | undefined,
};
