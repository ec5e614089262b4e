/**
 * 淮北的文档类型（与 schemas/huaibei/*.schema.json 对应）。引擎的类型（core/model.ts）只有各城市共有的部分；
 * 规则、表单、审计读淮北特有的字段时，用这里的类型与 asHuaibei* 取出（文档已通过淮北的 schema）。
 */
import type {
  Application,
  Delivery,
  Disk,
  Resource,
  ResourceConfig,
  System,
  Unit,
} from "../../core/model.ts";
import type { Carrier, Onboarding, Zone } from "./catalog.ts";

/** 公函（第12、16、17条）。 */
export interface Letter {
  number: string;
  date: string;
  file?: string;
}

/** 经办人（unit.yaml agents）。 */
export interface HuaibeiAgent {
  name: string;
  github: string;
  position?: string;
  phone: string;
  email?: string;
  validFrom: string;
  validTo?: string;
  revokedOn?: string;
}

export interface HuaibeiUnit {
  kind: "unit";
  profile: "huaibei";
  name: string;
  address?: string;
  agents: HuaibeiAgent[];
}

export interface HuaibeiSystem {
  kind: "system";
  profile: "huaibei";
  name: string;
  projectCode?: string;
  investmentYuan: number;
  description: string;
  owner: {
    name: string;
    department?: string;
    position?: string;
    officePhone: string;
    email: string;
    mobile?: string;
  };
  maintainer: { name: string; nature: "subordinate" | "outsourced" };
  technicalContact: { name: string; officePhone?: string; email: string; mobile: string; github?: string };
  /** 1–5 或 ungraded；第3–5条：4 及以上由规则拒绝 */
  protectionLevel: number | "ungraded";
  filingCertificate?: string;
  classified: boolean;
  networks: ("govnet" | "internet" | "other")[];
  networkOther?: string;
  availability: "99" | "99.9" | "99.99" | "other";
  availabilityOther?: string;
  systemType: string;
  systemTypeOther?: string;
  audience: string[];
  audienceOther?: string;
  audienceCount: number;
  serviceRange: string;
  serviceRangeOther?: string;
  carrier: Carrier;
  runtime?: "7x24" | "5x8" | "other";
  runtimeOther?: string;
  cloudNumber?: string;
  scope?: "municipal" | "outside";
}

/** 一项云资源（目录中的服务；字段见 catalog/huaibei/services.yaml 的 fields）。 */
export interface HuaibeiResource extends Resource {
  zone?: Zone;
  systemDisk?: Disk;
  dataDisks?: Disk[];
}

interface HuaibeiBase {
  kind: "application";
  profile: "huaibei";
  sequence: number;
  date: string;
  unit: string;
  system: string;
  remark?: string;
  attachments?: string[];
}

export interface HuaibeiNew extends HuaibeiBase {
  type: "new";
  letter: Letter;
  onboarding: Onboarding;
  basis: { kind: "approved-plan" | "feasibility-study" | "current-usage"; document: string; file?: string };
  migration?: { oldSystem: string; keepUntil?: string };
  term: { kind: "long-term" } | { kind: "temporary"; months: number };
  otherNeeds?: string;
  resources: HuaibeiResource[];
}

export interface HuaibeiChange extends HuaibeiBase {
  type: "change";
  letter: Letter;
  category: "host" | "network" | "security" | "other";
  categoryOther?: string;
  zone?: Zone;
  reason: string;
  changes?: {
    resource: string;
    ip?: string;
    before: ResourceConfig;
    after: ResourceConfig;
    remark?: string;
  }[];
  additions?: HuaibeiResource[];
  others?: string;
  /** 第16条 临时扩容的扩容时间段 */
  temporary?: { from: string; to: string };
}

export interface HuaibeiRevoke extends HuaibeiBase {
  type: "revoke";
  letter: Letter;
  exit: { type: "system" | "unit"; date: string; reason: string; statement: true };
  revocations: { resource: string; dataBackup: "backed-up" | "not-needed" | "no-data"; remark?: string }[];
}

export interface HuaibeiTemporary extends HuaibeiBase {
  type: "test";
  letter: Letter;
  temporary: {
    reason: string;
    requirement: string;
    months: number;
    project: { status: "pending" | "filed"; document?: string; date?: string };
  };
  otherNeeds?: string;
  resources: HuaibeiResource[];
}

export interface HuaibeiExtension extends HuaibeiBase {
  type: "test-renewal";
  letter: Letter;
  extends: { application: number; until: string; reason: string };
}

export interface HuaibeiPorts extends HuaibeiBase {
  type: "ports";
  ports: {
    rules: {
      source: string;
      destination: string;
      protocol: "tcp" | "udp";
      ports: number | number[] | string;
      description: string;
      highRisk?: boolean;
    }[];
    filing?: { date: string; number?: string };
  };
}

export type HuaibeiApplication =
  | HuaibeiNew
  | HuaibeiChange
  | HuaibeiRevoke
  | HuaibeiTemporary
  | HuaibeiExtension
  | HuaibeiPorts;

/** 三方确认单（附件5–7）。 */
export interface Confirmation {
  kind: "opening" | "change" | "exit";
  date: string;
  cloudNumber?: string;
  resources?: (ResourceConfig & { id: string; service?: string })[];
  dataCleared?: { carrier: { cleared: boolean; note?: string }; unit: { cleared: boolean; note?: string } };
  /** 三方盖章的日期（附件5–7 落款） */
  signed?: { unit?: string; carrier?: string; administration?: string };
  remark?: string;
}

export interface HuaibeiDelivery extends Delivery {
  zone?: "test" | "production";
  production?: { date: string };
  cutover?: { date: string };
  confirmation?: Confirmation & { [field: string]: unknown };
}

/*
 * 已通过淮北 schema 的文档 → 淮北的类型。引擎按 profile 的 schema 校验后才把文档交给规则，
 * 所以 profile 为 huaibei 的文档就是这些形状；profile 不是 huaibei 时返回 undefined。
 */
export const asHuaibeiApplication = (a: Application): HuaibeiApplication | undefined =>
  a.profile === "huaibei" ? (a as unknown as HuaibeiApplication) : undefined;
export const asHuaibeiSystem = (s: System): HuaibeiSystem | undefined =>
  s.profile === "huaibei" ? (s as unknown as HuaibeiSystem) : undefined;
export const asHuaibeiUnit = (u: Unit): HuaibeiUnit | undefined =>
  u.profile === "huaibei" ? (u as unknown as HuaibeiUnit) : undefined;
export const asHuaibeiDelivery = (d: Delivery): HuaibeiDelivery | undefined =>
  d.profile === "huaibei" ? (d as HuaibeiDelivery) : undefined;
