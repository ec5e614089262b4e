/**
 * 仓库中的三类文档（与 schemas/<profile>/*.schema.json 对应）。加载器先用 schema 校验，
 * 通过后才把数据当作这些类型使用。
 */
import type { ApplicationType } from "./catalog/types.ts";

export type { ApplicationType };

/** 联系人（系统负责人、技术负责人）。 */
export interface Contact {
  name: string;
  email: string;
  mobile: string;
  officePhone?: string;
  position?: string;
  github?: string;
  inService?: true;
}

/** 授权代理人（附件3 授权委托书）。 */
export interface Agent {
  name: string;
  github: string;
  position: string;
  idNumber?: string;
  phone: string;
  /** 在岗公职人员（附件3 说明1） */
  inService: true;
  /** own：本单位；supervisor-and-own：主管单位及本单位 */
  scope: "own" | "supervisor-and-own";
  validFrom: string;
  validTo: string;
  stampedBy: "own" | "supervisor";
  letter?: string;
  /** 授权注销日期（第17条） */
  revokedOn?: string;
}

/** 使用单位（requests/<单位>/unit.yaml）。 */
export interface Unit {
  kind: "unit";
  profile: string;
  /** 单位全称 */
  name: string;
  /** 主管单位的目录名 */
  supervisor?: string;
  supervisorAuthorized?: { date: string; document: string };
  nature: "机关" | "事业" | "其它";
  natureNote?: string;
  address: string;
  agents: Agent[];
}

/** 信息系统（requests/<单位>/<系统>/system.yaml）。 */
export interface System {
  kind: "system";
  profile: string;
  /** 首次申请时的系统名称 */
  name: string;
  owner: Contact;
  technicalContact: Contact;
  environment: "arm" | "x86";
  protectionLevel: number;
  classified: false;
  commercial: false;
  description?: string;
}

export interface Disk {
  sizeGB: number;
  tier: "sata" | "sas" | "ssd";
}

/** 资源配置：字段随服务的配置形态而定（见 catalog 的 shape）。 */
export interface ResourceConfig {
  quantity?: number;
  vcpu?: number;
  memoryGB?: number;
  systemDisk?: Disk;
  dataDisks?: Disk[];
  gpus?: number;
  capacityGB?: number;
  tier?: Disk["tier"];
  attachTo?: string;
  edition?: "single" | "ha" | "cluster";
  sizeGB?: number;
  base?: number;
  increments?: number;
  connections?: number;
  usage?: "ops" | "business";
  logSources?: number;
  bandwidthMbps?: number;
  domains?: number;
  assets?: number;
  dailyGB?: number;
  timesPerMonth?: number;
  network?: "public" | "govnet";
  carrier?: "telecom" | "unicom" | "mobile";
  bindTo?: string;
  name?: string;
  ips?: number;
}

/** 一项云服务需求（新增、测试资源）。 */
export interface Resource extends ResourceConfig {
  id: string;
  service: string;
  purpose?: string;
  remark?: string;
  consultation?: { date: string; contact?: string; summary: string };
}

export interface Utilization {
  window: { from: string; to: string };
  cpu?: { average: number; peak?: number };
  memory?: { average: number; peak?: number };
  storage?: { usedPercent?: number; usedGB?: number };
  evidence?: string[];
}

export interface Change {
  resource: string;
  ip?: string;
  before: ResourceConfig;
  after: ResourceConfig;
  utilization?: Utilization;
  remark?: string;
}

export interface Revocation {
  resource: string;
  ip?: string;
  info?: string;
  dataBackup: "backed-up" | "not-needed" | "no-data";
  keep?: string[];
  remark?: string;
}

export interface PortRule {
  source: string;
  destination: string;
  protocol: "tcp" | "udp" | "icmp";
  ports?: number | number[] | string;
  purpose: "new-service" | "change-port" | "management" | "rdp";
  description: string;
}

export interface IpRequest {
  type: "virtual" | "elastic" | "public";
  quantity: number;
  purpose: string;
  bindTo?: string;
  icpEntity?: string;
  remark?: string;
}

export interface Shutdown {
  required: boolean;
  date?: string;
  noticeDate?: string;
}

interface ApplicationBase {
  kind: "application";
  profile: string;
  /** 本系统内的申请序号 */
  sequence: number;
  date: string;
  unit: string;
  system: string;
  remark?: string;
  attachments?: string[];
}

export interface NewApplication extends ApplicationBase {
  type: "new";
  new: {
    forDeploymentAndAssessment: boolean;
    securityAssessment?: {
      kind: "grading" | "special";
      conclusion: string;
      reportNo?: string;
      issuer?: string;
    };
    expectedLaunch: string;
  };
  resources: Resource[];
  estimate: Record<string, unknown>;
}

export interface ChangeApplication extends ApplicationBase {
  type: "change";
  changes: Change[];
  shutdown?: Shutdown;
  estimate?: Record<string, unknown>;
}

export interface RevokeApplication extends ApplicationBase {
  type: "revoke";
  revocations: Revocation[];
  revoke?: { systemOffline?: string; wholeSystem?: boolean };
  shutdown?: Shutdown;
}

export interface PortsApplication extends ApplicationBase {
  type: "ports";
  ports: {
    business: "open" | "close";
    network: "public" | "office";
    contact: { name: string; phone: string; fax?: string };
    securityReport?: { system: string; conclusion: string; reportNo?: string; issuer?: string };
    rdpApproval?: { formNo: string; date?: string };
    rules?: PortRule[];
    ipRequests?: IpRequest[];
  };
}

export interface TestApplication extends ApplicationBase {
  type: "test";
  test: {
    environment?: "arm" | "x86";
    networkZone?: "政务外网区";
    period: { months: number } | { weeks: number };
    expectedLaunch: string;
  };
  resources: Resource[];
  estimate: Record<string, unknown>;
}

export interface TestRenewalApplication extends ApplicationBase {
  type: "test-renewal";
  renewals: { resource: string; ip?: string; months: number; remark?: string }[];
}

export type Application =
  | NewApplication
  | ChangeApplication
  | RevokeApplication
  | PortsApplication
  | TestApplication
  | TestRenewalApplication;

/** 交付记录（requests/<单位>/<系统>/deliveries/<序号>.yaml）：发放流水线写入。 */
export interface Delivery {
  kind: "delivery";
  profile: string;
  /** 所交付的申请序号 */
  application: number;
  /** 交付日期 */
  date: string;
  resources?: {
    id: string;
    instances?: { name: string; hostname?: string; ip?: string; floatingIp?: string; cloudId?: string }[];
    config?: ResourceConfig;
    endpoint?: string;
    remark?: string;
  }[];
  remark?: string;
}

/** 一份已加载、已通过 schema 的文档及其来源。 */
export interface Loaded<T> {
  /** 仓库内相对路径 */
  file: string;
  data: T;
}
