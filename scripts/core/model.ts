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
  /** 操作系统版本 */
  os?: string;
  /** 部署区域（如 政务外网区、互联网区） */
  zone?: string;
  /** 产品（如数据库、中间件的品牌），其他时写在 productOther */
  product?: string;
  productOther?: string;
  /** 配置档次（如 低配、中配、高配） */
  grade?: string;
  /** 设备或机柜的 U 数 */
  units?: number;
  deviceType?: string;
  /** 设备额定功率（W） */
  ratedPowerW?: number;
  cabinetType?: string;
  /** 机柜功率（kW） */
  powerKW?: number;
  /** 服务内容的说明（如 增强安全技术服务） */
  description?: string;
  /** 备份对象（资源标识） */
  target?: string;
  incrementalEveryDays?: number;
  fullEveryDays?: number;
  retentionDays?: number;
  /** 备份方式（如 同城异地、异地） */
  mode?: string;
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
  /** 变更新增的资源（有的规范的变更申请可以新增资源） */
  additions?: Resource[];
  /** 临时的变更（临时扩容）：扩容时间段 */
  temporary?: { from: string; to: string };
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

/**
 * 测试资源或临时资源。期限写在 `test.period`，或（按月计期限的规范）`temporary.months`：二者由 profile 的
 * schema 决定，引擎读期限用 state/fold.ts 的 testPeriodOf。
 */
export interface TestApplication extends ApplicationBase {
  type: "test";
  temporary?: { months: number };
  test: {
    environment?: "arm" | "x86";
    networkZone?: "政务外网区";
    period: { months: number } | { weeks: number };
    expectedLaunch: string;
  };
  resources: Resource[];
  estimate: Record<string, unknown>;
}

/**
 * 续期（延期）：逐项资源续若干个月（`renewals`），或（有的规范）把某份申请的期限延到某日（`extends`）。
 * 二者由 profile 的 schema 决定，引擎读它们用 state/fold.ts 的 renewalsOf。
 */
export interface TestRenewalApplication extends ApplicationBase {
  type: "test-renewal";
  renewals?: { resource: string; ip?: string; months: number; remark?: string }[];
  extends?: { application: number; until: string; reason?: string };
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
  /** 交付到测试区或生产区（有的规范先开通测试区） */
  zone?: "test" | "production";
  /** 转为生产区上线 */
  production?: { date: string };
  /** 迁移上云的割接上线 */
  cutover?: { date: string };
  /**
   * 三方确认（有的规范在开通、变更、退出后由使用单位、云服务商与主管部门签署确认单）：
   * 确认日期，以及确认的最终资源配置（按资源标识，覆盖申请中的配置）。
   */
  confirmation?: {
    kind: "opening" | "change" | "exit";
    date: string;
    resources?: (ResourceConfig & { id: string; service?: string })[];
    [field: string]: unknown;
  };
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
