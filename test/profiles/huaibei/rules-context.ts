/**
 * 淮北规则单元测试用的小工具：用普通对象拼出一份 RuleContext（不读仓库、不读目录文件）。
 * 日历用全国日历（chinese-days 加仓库的补充），“今天”固定。
 */
import { nationalCalendar } from "../../../scripts/adapters/calendar-files.ts";
import type { Catalog, CatalogService, PriceBook } from "../../../scripts/core/catalog/types.ts";
import type { Application, Delivery, System, Unit } from "../../../scripts/core/model.ts";
import type { Rule, RuleContext, RuleFinding, SystemView } from "../../../scripts/core/rules/types.ts";
import type { ResourceState, RevokedResource } from "../../../scripts/core/state/fold.ts";

export const TODAY = "2026-11-25";

const service = (id: string, holdsData = false): CatalogService =>
  ({
    id,
    name: id,
    level1: "",
    level2: "",
    level3: id,
    shape: "count",
    changeTypes: { new: true, change: true, revoke: true },
    ...(holdsData ? { holdsData: true } : {}),
  }) satisfies CatalogService;

const services = [
  service("vm", true),
  service("bare-metal", true),
  service("gpu"),
  service("ip-internet"),
  service("ip-govnet"),
  service("bandwidth-line"),
  service("bandwidth-internet"),
  service("database", true),
  service("middleware"),
  service("slb-l4"),
  service("slb-l7"),
  service("object-storage", true),
  service("security-enhanced"),
  service("backup-local", true),
  service("cabinet"),
  service("device-hosting"),
  service("hosted-device"),
  service("hosted-cabinet"),
];

/** 示例价格表（与目录的示例价格同形）：vm 按核、GB、磁盘 GB，IP 按个。 */
export const telecomBook: PriceBook = {
  example: true,
  title: "电信云",
  defaultDiskTier: "sata",
  lines: [
    { service: "vm", per: "vcpu", yuan: 30 },
    { service: "vm", per: "memoryGB", yuan: 15 },
    { service: "vm", per: "disk", tier: "sata", yuan: 0.3 },
    { service: "vm", per: "disk", tier: "sas", yuan: 0.5 },
    { service: "ip-govnet", per: "quantity", yuan: 10 },
    { service: "ip-internet", per: "quantity", yuan: 50 },
    { service: "gpu", where: { grade: "low" }, per: "quantity", yuan: 1200 },
    { service: "bandwidth-line", per: "bandwidthMbps", yuan: 60 },
    { service: "object-storage", per: "capacityGB", yuan: 0.1 },
  ],
};

export const catalog = {
  profile: {
    id: "huaibei",
    title: "淮北市市级政务云管理办法",
    diskTiers: [],
    applicationValidityMonths: 12,
    thresholds: {
      majorChangePercent: 50,
      scaleUpMaxMonths: 3,
      temporaryMaxMonths: 6,
      extensionLeadWorkdays: 7,
    },
    bandwidthTiers: [10, 20, 50, 100],
  },
  items: [],
  services,
  itemById: new Map(),
  serviceById: new Map(services.map((s) => [s.id, s])),
  prices: { telecom: telecomBook },
} as unknown as Catalog;

export const baseSystem = {
  kind: "system",
  profile: "huaibei",
  name: "淮北市智慧教育平台",
  investmentYuan: 1200000,
  description: "全市中小学教学与管理平台",
  owner: { name: "李明", officePhone: "0561-3112002", email: "liming@example.gov.cn" },
  maintainer: { name: "淮北市教育信息中心", nature: "subordinate" },
  technicalContact: {
    name: "赵强",
    officePhone: "0561-3112003",
    email: "zq@example.gov.cn",
    mobile: "13800000000",
  },
  protectionLevel: 3,
  classified: false,
  networks: ["govnet"],
  availability: "99.9",
  systemType: "production",
  audience: ["public"],
  audienceCount: 30000,
  serviceRange: "province-city",
  carrier: "telecom",
  scope: "municipal",
};

export interface Held {
  id: string;
  service: string;
  config: Record<string, unknown>;
  createdBy?: number;
  deliveredOn?: string;
}

export interface ContextInput {
  application: Record<string, unknown>;
  system?: Record<string, unknown>;
  /** 这份申请之前在用的资源 */
  before?: Held[];
  revoked?: Record<string, number>;
  /** 本系统的其他申请（原始记录） */
  history?: Record<string, unknown>[];
  deliveries?: Record<string, unknown>[];
  today?: string;
  /** 同一单位的其他系统：名称 → 在用资源数 */
  unitSystems?: Record<string, number>;
}

const header = { kind: "application", profile: "huaibei", unit: "淮北市教育局", system: baseSystem.name };

export function contextOf(input: ContextInput): RuleContext {
  const application = { ...header, ...input.application } as unknown as Application;
  const resources = new Map<string, ResourceState>(
    (input.before ?? []).map((r) => [
      r.id,
      {
        id: r.id,
        service: r.service,
        config: r.config,
        kind: "production",
        createdBy: r.createdBy ?? 1,
        changedBy: [],
        instances: [],
        ...(r.deliveredOn ? { deliveredOn: r.deliveredOn } : {}),
      } as ResourceState,
    ]),
  );
  const revoked = new Map<string, RevokedResource>(
    Object.entries(input.revoked ?? {}).map(([id, by]) => [
      id,
      {
        resource: {
          id,
          service: "vm",
          config: {},
          kind: "production",
          createdBy: 1,
          changedBy: [],
          instances: [],
        },
        revokedBy: by,
      },
    ]),
  );
  const system = { ...baseSystem, ...input.system } as unknown as System;
  const state = { resources, revoked, ports: [], applied: [] };
  const own: SystemView = { key: "hb-edu/platform", unitDir: "hb-edu", system, current: state };
  const others: SystemView[] = Object.entries(input.unitSystems ?? {}).map(([name, n], i) => ({
    key: `hb-edu/other-${i}`,
    unitDir: "hb-edu",
    system: { ...system, name },
    current: {
      resources: new Map(Array.from({ length: n }, (_, j) => [`r${j}`, {} as ResourceState])),
      revoked: new Map(),
      ports: [],
      applied: [],
    },
  }));
  const all = [own, ...others];
  const apps = [
    ...(input.history ?? []).map((h) => ({ ...header, ...h })),
    application,
  ] as unknown as Application[];
  return {
    application,
    file: "requests/hb-edu/platform/0009-x.yaml",
    unitDir: "hb-edu",
    systemKey: own.key,
    unit: { kind: "unit", profile: "huaibei", name: "淮北市教育局" } as unknown as Unit,
    system,
    before: state,
    historyComplete: true,
    repository: { systems: new Map(all.map((s) => [s.key, s])), byUnit: new Map([["hb-edu", all]]) },
    catalog,
    calendar: nationalCalendar(),
    today: input.today ?? TODAY,
    pending: true,
    history: {
      applications: apps.sort((a, b) => a.sequence - b.sequence),
      deliveries: new Map(
        (input.deliveries ?? []).map((d) => [d.application as number, d as unknown as Delivery]),
      ),
    },
  };
}

/** 运行一条规则，得到（路径、级别、消息）。 */
export function runRule(rule: Rule, input: ContextInput): (RuleFinding & { severity: string })[] {
  return rule.check(contextOf(input)).map((f) => ({ ...f, severity: f.severity ?? rule.severity }));
}
