import { addDays, addMonths } from "../calendar/workdays.ts";
import type {
  Application,
  Delivery,
  Loaded,
  PortRule,
  Resource,
  ResourceConfig,
  TestApplication,
  TestRenewalApplication,
} from "../model.ts";

/**
 * 系统状态：一个系统已合并的申请按序号依次折叠、再叠加交付记录得到的当前资源。
 * 状态只由申请推导，没有人手改；规则、发放与审计都读它。
 */

export interface Instance {
  name: string;
  hostname?: string;
  ip?: string;
  floatingIp?: string;
}

export interface ResourceState {
  id: string;
  service: string;
  purpose?: string;
  /** 当前配置（新增时的配置，叠加之后每次变更的“变更后配置”） */
  config: ResourceConfig;
  /** 正式资源或测试资源 */
  kind: "production" | "test";
  /** 新增它的申请序号 */
  createdBy: number;
  /** 变更过它的申请序号 */
  changedBy: number[];
  /** 首次交付日期（交付记录）；未交付时没有 */
  deliveredOn?: string;
  /** 最近一次交付到测试区或生产区（交付记录的 zone；没写时没有） */
  deliveredZone?: "test" | "production";
  /** 转为生产区上线的日期（交付记录的 production） */
  productionOn?: string;
  /** 三方确认单签署日期（交付记录的 confirmation：开通确认时计费起始） */
  confirmedOn?: string;
  /** 交付的实例（主机名、IP） */
  instances: Instance[];
  /** 测试资源：首期期限与续期 */
  test?: {
    period: { months: number } | { weeks: number };
    renewedMonths: number;
    /** 到期日（交付后才有） */
    expiresOn?: string;
    /** 延期申请把期限延到的日期（按申请延期的规范） */
    extendedUntil?: string;
  };
}

export interface OpenPort {
  rule: PortRule;
  openedBy: number;
}

export interface RevokedResource {
  resource: ResourceState;
  revokedBy: number;
  revokedOn?: string;
}

export interface SystemState {
  /** 在用的资源，按资源标识 */
  resources: ReadonlyMap<string, ResourceState>;
  /** 已撤销的资源 */
  revoked: ReadonlyMap<string, RevokedResource>;
  /** 已开放的端口策略 */
  ports: readonly OpenPort[];
  /** 已折叠的申请序号 */
  applied: readonly number[];
}

export const emptyState: SystemState = { resources: new Map(), revoked: new Map(), ports: [], applied: [] };

/** 同一条端口策略（源、目的、协议、端口）的键。 */
export function portKey(rule: PortRule): string {
  const ports = Array.isArray(rule.ports)
    ? [...rule.ports].sort((a, b) => a - b).join(",")
    : String(rule.ports ?? "");
  return `${rule.source}|${rule.destination}|${rule.protocol}|${ports}`;
}

const configOf = (r: Resource): ResourceConfig => {
  const { id: _id, service: _service, purpose: _purpose, remark: _remark, consultation: _c, ...config } = r;
  return config;
};

type TestPeriod = { months: number } | { weeks: number };

/**
 * 测试资源或临时资源的期限：`test.period`，或按月计的 `temporary.months`（model.ts 的 TestApplication）。
 * 哪一种由 profile 的 schema 决定，所以这里不信类型上必有的 `test`。
 */
export function testPeriodOf(app: TestApplication): TestPeriod | undefined {
  const test = app.test as TestApplication["test"] | undefined;
  return test?.period ?? (app.temporary ? { months: app.temporary.months } : undefined);
}

/** 延期申请所延期的申请：把它新增的测试资源的期限延到 until。 */
function extendTo(
  resources: Map<string, ResourceState>,
  ext: NonNullable<TestRenewalApplication["extends"]>,
): void {
  for (const [id, r] of resources) {
    if (r.createdBy !== ext.application || !r.test) continue;
    resources.set(id, {
      ...r,
      test: { ...r.test, extendedUntil: ext.until, ...(r.test.expiresOn ? { expiresOn: ext.until } : {}) },
    });
  }
}

/** 新增一项资源的状态。 */
function created(r: Resource, sequence: number, period: TestPeriod | undefined): ResourceState {
  return {
    id: r.id,
    service: r.service,
    ...(r.purpose !== undefined ? { purpose: r.purpose } : {}),
    config: configOf(r),
    kind: period ? "test" : "production",
    createdBy: sequence,
    changedBy: [],
    instances: [],
    ...(period ? { test: { period, renewedMonths: 0 } } : {}),
  };
}

/** 测试期限的结束日：自交付日起若干周或若干个月。 */
export function periodEnd(start: string, period: { months: number } | { weeks: number }): string {
  return "months" in period ? addMonths(start, period.months) : addDays(start, period.weeks * 7);
}

/** 一份申请作用于状态（不看交付记录）。 */
export function apply(state: SystemState, app: Application): SystemState {
  const resources = new Map(state.resources);
  const revoked = new Map(state.revoked);
  let ports = [...state.ports];
  switch (app.type) {
    case "new":
      for (const r of app.resources) resources.set(r.id, created(r, app.sequence, undefined));
      break;
    case "test": {
      const period = testPeriodOf(app) ?? { months: 0 };
      for (const r of app.resources) resources.set(r.id, created(r, app.sequence, period));
      break;
    }
    case "change":
      for (const c of app.changes) {
        const r = resources.get(c.resource);
        if (!r) continue;
        resources.set(c.resource, {
          ...r,
          config: { ...r.config, ...c.after },
          changedBy: [...r.changedBy, app.sequence],
        });
      }
      for (const r of app.additions ?? []) resources.set(r.id, created(r, app.sequence, undefined));
      break;
    case "revoke":
      for (const rv of app.revocations) {
        const r = resources.get(rv.resource);
        if (!r) continue;
        resources.delete(rv.resource);
        revoked.set(rv.resource, { resource: r, revokedBy: app.sequence });
      }
      {
        // 撤销的资源连同指向它的端口策略（目的地址写资源标识或它的实例 IP）一并回收（第19条(3)）
        const gone = new Set<string>();
        for (const rv of app.revocations) {
          const r = revoked.get(rv.resource)?.resource;
          if (!r) continue;
          gone.add(r.id);
          for (const i of r.instances) for (const ip of [i.ip, i.floatingIp]) if (ip) gone.add(ip);
        }
        ports = ports.filter((p) => !gone.has(p.rule.destination));
      }
      break;
    case "ports":
      for (const rule of app.ports.rules ?? []) {
        const key = portKey(rule);
        if (app.ports.business !== "close") {
          if (!ports.some((p) => portKey(p.rule) === key)) ports.push({ rule, openedBy: app.sequence });
        } else ports = ports.filter((p) => portKey(p.rule) !== key);
      }
      break;
    case "test-renewal":
      if (app.extends) extendTo(resources, app.extends);
      for (const rn of app.renewals ?? []) {
        const r = resources.get(rn.resource);
        if (!r?.test) continue;
        resources.set(rn.resource, {
          ...r,
          test: {
            ...r.test,
            renewedMonths: r.test.renewedMonths + rn.months,
            ...(r.test.expiresOn ? { expiresOn: addMonths(r.test.expiresOn, rn.months) } : {}),
          },
        });
      }
      break;
  }
  return { resources, revoked, ports, applied: [...state.applied, app.sequence] };
}

/** 确认单上的一项资源的配置（去掉标识与服务）。 */
function confirmedConfig(r: ResourceConfig & { id: string; service?: string }): ResourceConfig {
  const { id: _id, service: _service, ...config } = r;
  return config;
}

/** 交付记录作用于状态：交付日期、实例、测试资源的到期日；有三方确认时，确认的配置与日期。 */
export function deliver(state: SystemState, app: Application, delivery: Delivery): SystemState {
  const resources = new Map(state.resources);
  const revoked = new Map(state.revoked);
  const byId = new Map((delivery.resources ?? []).map((r) => [r.id, r]));
  const confirmed = new Map((delivery.confirmation?.resources ?? []).map((r) => [r.id, r]));
  const touched =
    app.type === "new" || app.type === "test"
      ? app.resources.map((r) => r.id)
      : app.type === "change"
        ? [...app.changes.map((c) => c.resource), ...(app.additions ?? []).map((r) => r.id)]
        : [...byId.keys()];
  for (const id of touched) {
    const r = resources.get(id);
    if (!r) continue;
    const d = byId.get(id);
    const first = r.deliveredOn === undefined && (app.type === "new" || app.type === "test");
    const c = confirmed.get(id);
    const next: ResourceState = {
      ...r,
      ...(first ? { deliveredOn: delivery.date } : {}),
      ...(d?.instances ? { instances: d.instances } : {}),
      ...(d?.config ? { config: { ...r.config, ...d.config } } : {}),
      ...(c ? { config: { ...r.config, ...(d?.config ?? {}), ...confirmedConfig(c) } } : {}),
      ...(delivery.zone ? { deliveredZone: delivery.zone } : {}),
      ...(delivery.production ? { productionOn: delivery.production.date } : {}),
      ...(delivery.confirmation ? { confirmedOn: delivery.confirmation.date } : {}),
    };
    if (first && next.test) {
      const base = periodEnd(delivery.date, next.test.period);
      next.test = {
        ...next.test,
        expiresOn:
          next.test.extendedUntil ??
          (next.test.renewedMonths ? addMonths(base, next.test.renewedMonths) : base),
      };
    }
    resources.set(id, next);
  }
  if (app.type === "revoke") {
    for (const rv of app.revocations) {
      const r = revoked.get(rv.resource);
      if (r) revoked.set(rv.resource, { ...r, revokedOn: delivery.date });
    }
  }
  return { ...state, resources, revoked };
}

export interface SystemHistory {
  /** 每份申请之前的状态（按申请序号） */
  before: ReadonlyMap<number, SystemState>;
  /** 全部申请与交付折叠后的当前状态 */
  current: SystemState;
}

/**
 * 折叠一个系统：申请按序号依次作用；一份申请的交付记录紧跟在它之后。
 * 每份申请对照“它之前的状态”检查：主分支上每份申请都已合并，拉取请求中改动的文件就是新的申请。
 */
export function foldSystem(
  applications: readonly Loaded<Application>[],
  deliveries: readonly Loaded<Delivery>[],
): SystemHistory {
  const deliveriesBySeq = new Map(deliveries.map((d) => [d.data.application, d.data]));
  const before = new Map<number, SystemState>();
  let state = emptyState;
  for (const { data: app } of [...applications].sort((a, b) => a.data.sequence - b.data.sequence)) {
    if (!before.has(app.sequence)) before.set(app.sequence, state);
    state = apply(state, app);
    const d = deliveriesBySeq.get(app.sequence);
    if (d) state = deliver(state, app, d);
  }
  return { before, current: state };
}
