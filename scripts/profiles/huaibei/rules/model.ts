/**
 * 规则读取的淮北文档形态（见 docs/huaibei-field-mapping.md）：schema 校验通过后，申请与系统就是这些形态。
 * 引擎的 Application / System 类型写的是各 profile 共有的部分；淮北特有的字段只在这里读，
 * 读取集中在 huaibeiApplication / huaibeiSystem 两个函数（schema 已校验，这里只是换一个视角）。
 */
import type { RuleContext } from "../../../core/rules/types.ts";

export type Zone = "govnet" | "internet";
export type DiskTier = "sata" | "sas" | "ssd";
export interface HbDisk {
  sizeGB: number;
  tier?: DiskTier;
}

/** 资源配置（变更前后、状态中的配置）：字段随服务而定。 */
export interface HbConfig {
  name?: string;
  vcpu?: number;
  memoryGB?: number;
  os?: string;
  systemDisk?: HbDisk;
  dataDisks?: HbDisk[];
  zone?: Zone;
  quantity?: number;
  grade?: "low" | "medium" | "high";
  bandwidthMbps?: number | string;
  product?: string;
  productOther?: string;
  capacityGB?: number;
  description?: string;
  target?: string;
  units?: number;
  [field: string]: unknown;
}

/** 一项云资源（附件1 二、附件2 一、二）：标识、服务与配置。 */
export interface HbResource extends HbConfig {
  id: string;
  service: string;
}

export interface Letter {
  number: string;
  date: string;
  file?: string;
}

interface HbApplicationBase {
  kind: "application";
  profile: string;
  sequence: number;
  date: string;
  unit: string;
  system: string;
  letter?: Letter;
}

export interface HbNew extends HbApplicationBase {
  type: "new";
  /** *系统上云类型：新建上云 / 迁移上云 / 机房托管 */
  onboarding: "new" | "migrate" | "hosting";
  /** 第13条 资源需求的依据 */
  basis?: { kind: "approved-plan" | "feasibility-study" | "current-usage"; document?: string; file?: string };
  /** 第15条 迁移上云：原系统至少保留 3 个月 */
  migration?: { oldSystem?: string; keepUntil?: string };
  /** *系统上云运行时限 */
  term?: { kind: "long-term" } | { kind: "temporary"; months?: number };
  otherNeeds?: string;
  resources: HbResource[];
}

export interface HbChangeItem {
  resource: string;
  ip?: string;
  before: HbConfig;
  after: HbConfig;
  remark?: string;
}

export interface HbChange extends HbApplicationBase {
  type: "change";
  category?: "host" | "network" | "security" | "other";
  zone?: Zone;
  reason?: string;
  changes?: HbChangeItem[];
  additions?: HbResource[];
  others?: string;
  /** 第16条 临时扩容：扩容时间段 */
  temporary?: { from: string; to: string };
}

export interface HbRevocation {
  resource: string;
  dataBackup?: "backed-up" | "not-needed" | "no-data";
  remark?: string;
}

export interface HbRevoke extends HbApplicationBase {
  type: "revoke";
  exit?: { type?: "system" | "unit"; date?: string; reason?: string; statement?: boolean };
  revocations: HbRevocation[];
}

export interface HbTest extends HbApplicationBase {
  type: "test";
  temporary: {
    reason?: string;
    requirement?: string;
    months: number;
    project?: { status: "pending" | "filed"; document?: string; date?: string };
  };
  resources: HbResource[];
}

export interface HbRenewal extends HbApplicationBase {
  type: "test-renewal";
  extends: { application: number; until: string; reason?: string };
}

export interface HbPortRule {
  source?: string;
  destination?: string;
  protocol?: "tcp" | "udp";
  ports?: number | string | number[];
  description?: string;
  highRisk?: boolean;
}

export interface HbPorts extends HbApplicationBase {
  type: "ports";
  ports: { rules?: HbPortRule[]; filing?: { date?: string; number?: string } };
}

export type HbApplication = HbNew | HbChange | HbRevoke | HbTest | HbRenewal | HbPorts;

export interface HbContact {
  name?: string;
  department?: string;
  position?: string;
  officePhone?: string;
  email?: string;
  mobile?: string;
  github?: string;
}

/** system.yaml（附件1 一、信息系统基本情况与联系人）。 */
export interface HbSystem {
  kind: "system";
  profile: string;
  name: string;
  projectCode?: string;
  investmentYuan?: number | string;
  description?: string;
  owner?: HbContact;
  maintainer?: { name?: string; nature?: "subordinate" | "outsourced" };
  technicalContact?: HbContact;
  protectionLevel?: number | string;
  filingCertificate?: string;
  classified?: boolean;
  networks?: string[];
  networkOther?: string;
  networksOther?: string;
  availability?: string;
  availabilityOther?: string;
  systemType?: string;
  systemTypeOther?: string;
  audience?: string[];
  audienceOther?: string;
  audienceCount?: number | string;
  serviceRange?: string;
  serviceRangeOther?: string;
  carrier?: "telecom" | "mobile" | "unicom";
  runtime?: string;
  runtimeOther?: string;
  cloudNumber?: string;
  scope?: "municipal" | "outside";
}

/** 这份申请的淮北视角（schema 已按淮北的申请种类校验过）。 */
export const huaibeiApplication = (ctx: Pick<RuleContext, "application">): HbApplication =>
  ctx.application as unknown as HbApplication;

/** 这个系统的淮北视角。 */
export const huaibeiSystem = (ctx: Pick<RuleContext, "system">): HbSystem =>
  ctx.system as unknown as HbSystem;

/** 一份申请的淮北视角（如从仓库视图或状态里取出的其他申请）。 */
export const asHuaibei = (application: unknown): HbApplication => application as HbApplication;
