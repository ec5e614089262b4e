/**
 * 淮北表单测试的底稿：按共享约定（单位、系统、各种申请、交付记录与三方确认）写成的普通对象，
 * 与示例仓库无关，字段取值覆盖表上的每个勾选项与每张明细表。
 */
import type { Catalog } from "../../../scripts/core/catalog/types.ts";
import type { FormContext } from "../../../scripts/core/forms/common.ts";
import type { Application, Delivery, System, Unit } from "../../../scripts/core/model.ts";
import { emptyState, type ResourceState, type SystemState } from "../../../scripts/core/state/fold.ts";

export const unit = {
  kind: "unit",
  profile: "huaibei",
  name: "淮北市教育局",
  address: "淮北市相山区人民路1号",
  agents: [
    {
      name: "王磊",
      github: "wang-lei-hb",
      position: "信息科科长",
      phone: "0561-3112001",
      validFrom: "2026-01-01",
    },
  ],
};

export const system = {
  kind: "system",
  profile: "huaibei",
  name: "淮北市智慧教育平台",
  projectCode: "HBXM-2026-015",
  investmentYuan: 1200000,
  description: "全市中小学教学资源与学籍管理",
  owner: {
    name: "李娜",
    department: "信息科",
    position: "副科长",
    officePhone: "0561-3112002",
    email: "lina@hbedu.example.gov.cn",
    mobile: "13805610002",
  },
  maintainer: { name: "淮北市教育信息中心", nature: "subordinate" },
  technicalContact: {
    name: "赵强",
    officePhone: "0561-3112003",
    email: "zhaoqiang@hbedu.example.gov.cn",
    mobile: "13805610003",
    github: "zhao-qiang-hb",
  },
  protectionLevel: 3,
  filingCertificate: "34060013001-00001",
  classified: false,
  networks: ["govnet", "internet"],
  availability: "99.9",
  systemType: "public-service",
  audience: ["own-staff", "public"],
  audienceCount: 30000,
  serviceRange: "province-city-county",
  carrier: "telecom",
  runtime: "7x24",
  cloudNumber: "HBZWY-2026-0007",
  scope: "municipal",
};

const header = (sequence: number, type: string, date: string) => ({
  kind: "application",
  profile: "huaibei",
  sequence,
  type,
  date,
  unit: "淮北市教育局",
  system: "淮北市智慧教育平台",
  letter: { number: `淮教函〔2026〕${30 + sequence}号`, date },
});

export const resources = [
  {
    id: "app",
    service: "vm",
    name: "应用服务器",
    vcpu: 8,
    memoryGB: 16,
    os: "麒麟V10",
    systemDisk: { sizeGB: 100, tier: "sas" },
    dataDisks: [{ sizeGB: 500, tier: "sas" }],
    zone: "govnet",
    quantity: 2,
  },
  {
    id: "db-host",
    service: "vm",
    name: "数据库服务器",
    vcpu: 16,
    memoryGB: 32,
    os: "麒麟V10",
    systemDisk: { sizeGB: 100, tier: "ssd" },
    dataDisks: [
      { sizeGB: 1000, tier: "ssd" },
      { sizeGB: 500, tier: "sata" },
    ],
    zone: "govnet",
    quantity: 1,
  },
  {
    id: "bm",
    service: "bare-metal",
    name: "裸金属服务器",
    grade: "medium",
    vcpu: 32,
    memoryGB: 128,
    os: "统信UOS",
    systemDisk: { sizeGB: 200, tier: "sas" },
    zone: "internet",
    quantity: 1,
  },
  { id: "ip-pub", service: "ip-internet", quantity: 2 },
  { id: "ip-gov", service: "ip-govnet", quantity: 4 },
  { id: "line", service: "bandwidth-line", bandwidthMbps: 20 },
  { id: "egress", service: "bandwidth-internet", bandwidthMbps: 30 },
  { id: "db", service: "database", product: "dameng", quantity: 1 },
  { id: "mw", service: "middleware", product: "other", productOther: "金蝶Apusic", quantity: 1 },
  { id: "lb4", service: "slb-l4", quantity: 1 },
  { id: "oss", service: "object-storage", capacityGB: 1000 },
  { id: "sec", service: "security-enhanced", description: "网页防篡改与主机入侵检测" },
  {
    id: "bak",
    service: "backup-local",
    target: "db-host",
    incrementalEveryDays: 1,
    fullEveryDays: 7,
    retentionDays: 30,
  },
  { id: "gpu", service: "gpu", grade: "high", quantity: 2 },
  { id: "cab", service: "cabinet", quantity: 1 },
  { id: "dev", service: "device-hosting", units: 2, quantity: 3 },
];

export const newApplication = {
  ...header(1, "new", "2026-11-02"),
  onboarding: "new",
  basis: { kind: "approved-plan", document: "淮发改审批〔2026〕12号" },
  term: { kind: "long-term" },
  otherNeeds: "需要与省教育厅平台对接",
  resources,
};

export const testApplication = {
  ...header(2, "test", "2026-11-20"),
  temporary: {
    reason: "省教育厅要求限期上线考试报名",
    requirement: "皖教办〔2026〕88号",
    months: 6,
    project: { status: "pending" },
  },
  resources: [resources[0]],
};

export const hostingApplication = {
  ...header(3, "new", "2026-11-21"),
  onboarding: "hosting",
  term: { kind: "temporary", months: 12 },
  resources: [
    { id: "line", service: "bandwidth-line", bandwidthMbps: 100 },
    {
      id: "srv1",
      service: "hosted-device",
      name: "政务外网服务器",
      deviceType: "服务器",
      units: 2,
      ratedPowerW: 800,
      zone: "govnet",
      quantity: 2,
    },
    {
      id: "rack1",
      service: "hosted-cabinet",
      name: "教育专用机柜",
      cabinetType: "standard",
      units: 42,
      powerKW: 6,
      zone: "govnet",
      quantity: 1,
    },
  ],
};

export const changeApplication = {
  ...header(4, "change", "2026-12-01"),
  category: "host",
  zone: "govnet",
  reason: "开学季访问量增长，应用服务器内存不足",
  changes: [
    {
      resource: "app",
      before: { vcpu: 8, memoryGB: 16 },
      after: { vcpu: 8, memoryGB: 32, dataDisks: [{ sizeGB: 800, tier: "sas" }] },
      remark: "内存由16G变更为32G",
    },
    { resource: "ip-gov", before: { quantity: 4 }, after: { quantity: 5 } },
  ],
  additions: [{ id: "lb7", service: "slb-l7", quantity: 1 }],
  others: "需要变更一个主机操作系统",
  temporary: { from: "2026-12-10", to: "2027-02-28" },
};

export const revokeApplication = {
  ...header(5, "revoke", "2027-01-05"),
  exit: { type: "system", date: "2027-01-31", reason: "平台并入省级统一平台", statement: true },
  revocations: [
    { resource: "app", dataBackup: "backed-up" },
    { resource: "ip-gov", dataBackup: "no-data", remark: "地址交回" },
  ],
};

const instances = (...ips: string[]) => ips.map((ip, i) => ({ name: `host-${i + 1}`, ip }));

/**
 * 上云申请交付后的状态：应用服务器两台（IP）、政务外网地址 4 个。
 * text 给出时，主机名称、IP 与地址的资源标识都换成它（敌意字符串测试用）。
 */
export function deliveredState(text?: string): SystemState {
  const r = (
    id: string,
    service: string,
    config: Record<string, unknown>,
    ips: string[] = [],
  ): ResourceState => ({
    id,
    service,
    config,
    kind: "production",
    createdBy: 1,
    changedBy: [],
    deliveredOn: "2026-11-12",
    instances: instances(...ips),
  });
  const vm = { ...(resources[0] as Record<string, unknown>), ...(text !== undefined ? { name: text } : {}) };
  const gov = text ?? "ip-gov";
  return {
    ...emptyState,
    resources: new Map([
      ["app", r("app", "vm", vm, text !== undefined ? [text] : ["10.55.61.115", "10.55.61.116"])],
      [gov, r(gov, "ip-govnet", { quantity: 4 })],
    ]),
    applied: [1],
  };
}

export const openingDelivery = {
  kind: "delivery",
  profile: "huaibei",
  application: 1,
  date: "2026-11-12",
  zone: "production",
  confirmation: {
    kind: "opening",
    date: "2026-12-28",
    cloudNumber: "HBZWY-2026-0007",
    // 最终使用量：应用服务器只用了 1 台
    resources: resources.map((x) => (x.id === "app" ? { ...x, quantity: 1 } : x)),
  },
};

export const changeDelivery = {
  kind: "delivery",
  profile: "huaibei",
  application: 4,
  date: "2026-12-04",
  confirmation: {
    kind: "change",
    date: "2026-12-08",
    resources: [{ id: "ip-gov", service: "ip-govnet", quantity: 6 }],
  },
};

export const exitDelivery = {
  kind: "delivery",
  profile: "huaibei",
  application: 5,
  date: "2027-02-01",
  confirmation: {
    kind: "exit",
    date: "2027-02-03",
    dataCleared: {
      carrier: { cleared: true, note: "已按要求清除并出具证明" },
      unit: { cleared: false, note: "待核实" },
    },
  },
};

/** 表单不读服务目录（表上的文字照附件原文）；上下文要求有一份。 */
const noCatalog = {} as Catalog;

/** 一份申请的表单上下文（普通对象经引擎的类型传入，如同加载器交给 profile 的）。 */
export function context(
  application: object,
  options: { before?: SystemState; delivery?: object; system?: object; unit?: object } = {},
): FormContext {
  return {
    application: application as Application,
    unit: (options.unit ?? unit) as Unit,
    system: (options.system ?? system) as System,
    before: options.before ?? emptyState,
    catalog: noCatalog,
    ...(options.delivery ? { delivery: options.delivery as Delivery } : {}),
  };
}
