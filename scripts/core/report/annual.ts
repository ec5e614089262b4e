/**
 * 年度使用情况（如深圳规范第8条：每年对各单位政务云使用情况通报、考核）：每个单位在年末持有的资源、
 * 全年的利用率与低负载主机、全年的申请（新增、变更、撤销……）与撤销的资源。纯数据：仓库、日历与利用率数据进，
 * 报告出；渲染见 annual-render.ts，命令见 scripts/cli/annual.ts。
 *
 * 年末状态：只折叠申请日期不晚于 12 月 31 日的申请与交付日期不晚于它的交付记录（之后的申请不算进这一年）。
 */
import { addDays, type WorkdayCalendar } from "../calendar/workdays.ts";
import type { Catalog } from "../catalog/types.ts";
import type { Citation } from "../finding.ts";
import type { Application, ResourceConfig } from "../model.ts";
import type { Repository } from "../repository/load.ts";
import type { MetricsSource, WindowUtilization } from "../rules/metrics.ts";
import { foldSystem, type ResourceState } from "../state/fold.ts";
import type { Text } from "../text.ts";

/** Profile 给出的年度报告口径：什么算低负载主机，出自哪一条。 */
export interface AnnualPart {
  /** 报告依据（如“第8条”），显示在标题下 */
  basis: { citation: Citation; text: Text };
  /** 全年利用率是否算低负载；说明写在报告里 */
  lowLoad: { test(u: WindowUtilization): boolean; rule: Text; citation: Citation };
}

export interface AnnualOptions {
  year: number;
  repo: Repository;
  catalogs: (profile: string) => Catalog | undefined;
  calendar: WorkdayCalendar;
  part: AnnualPart;
  /** 只要这个单位（目录名） */
  unit?: string;
  metrics?: MetricsSource;
}

export interface HostYear {
  system: string;
  resource: string;
  hosts: string[];
  vcpu: number;
  memoryGB: number;
  utilization?: WindowUtilization;
  lowLoad: boolean;
}

export interface Holdings {
  hosts: number;
  vcpu: number;
  memoryGB: number;
  storageGB: number;
  /** 服务 id → 资源项数 */
  services: Record<string, number>;
}

export interface UnitYear {
  unit: string;
  name: string;
  systems: number;
  holdings: Holdings;
  /** 申请类型 → 全年份数（按申请日期） */
  applications: Record<string, number>;
  /** 全年交付的申请份数（按交付日期） */
  delivered: number;
  /** 全年撤销的资源（交付记录在这一年的撤销） */
  revoked: { system: string; resource: string; service: string }[];
  hosts: HostYear[];
  /** 有利用率数据的主机的全年平均（按主机平均） */
  utilization?: { hosts: number; cpu?: number; memory?: number };
}

export interface AnnualReport {
  year: number;
  workdays: number;
  metrics?: string;
  units: UnitYear[];
  total: Omit<UnitYear, "unit" | "name" | "hosts" | "revoked"> & {
    units: number;
    lowLoad: number;
    revoked: number;
  };
}

const emptyHoldings = (): Holdings => ({ hosts: 0, vcpu: 0, memoryGB: 0, storageGB: 0, services: {} });

function storageOf(config: ResourceConfig): number {
  return (
    (config.dataDisks ?? []).reduce((s, d) => s + d.sizeGB, 0) +
    (config.capacityGB ?? 0) +
    (config.sizeGB ?? 0)
  );
}

function hold(h: Holdings, r: ResourceState, catalog: Catalog | undefined): void {
  const quantity = r.config.quantity ?? 1;
  h.services[r.service] = (h.services[r.service] ?? 0) + 1;
  h.storageGB += storageOf(r.config) * quantity;
  if (catalog?.serviceById.get(r.service)?.shape !== "compute") return;
  h.hosts += quantity;
  h.vcpu += (r.config.vcpu ?? 0) * quantity;
  h.memoryGB += (r.config.memoryGB ?? 0) * quantity;
}

/** 一年中的工作日。 */
export function workdaysOf(year: number, calendar: WorkdayCalendar): string[] {
  const out: string[] = [];
  for (let d = `${year}-01-01`; d <= `${year}-12-31`; d = addDays(d, 1))
    if (calendar.isWorkday(d)) out.push(d);
  return out;
}

const mean = (xs: number[]) => (xs.length === 0 ? undefined : xs.reduce((a, b) => a + b, 0) / xs.length);

/** 一个单位的一年。 */
function unitYear(options: AnnualOptions, unitDir: string, dates: readonly string[]): UnitYear {
  const { repo, year } = options;
  const end = `${year}-12-31`;
  const start = `${year}-01-01`;
  const inYear = (d: string) => d >= start && d <= end;
  const out: UnitYear = {
    unit: unitDir,
    name: repo.units.get(unitDir)?.data.name ?? unitDir,
    systems: 0,
    holdings: emptyHoldings(),
    applications: {},
    delivered: 0,
    revoked: [],
    hosts: [],
  };
  for (const [key] of repo.systems) {
    const [u, systemDir] = key.split("/") as [string, string];
    if (u !== unitDir) continue;
    const apps = (repo.applications.get(key) ?? []).filter((a) => a.data.date <= end);
    const deliveries = (repo.deliveries.get(key) ?? []).filter((d) => d.data.date <= end);
    if (apps.length === 0) continue;
    out.systems++;
    for (const a of apps)
      if (inYear(a.data.date)) out.applications[a.data.type] = (out.applications[a.data.type] ?? 0) + 1;
    const { current, before } = foldSystem(apps, deliveries);
    const byApp = new Map<number, Application>(apps.map((a) => [a.data.sequence, a.data]));
    for (const d of deliveries) {
      if (!inYear(d.data.date)) continue;
      out.delivered++;
      const app = byApp.get(d.data.application);
      if (app?.type !== "revoke") continue;
      const prior = before.get(app.sequence);
      for (const r of app.revocations)
        out.revoked.push({
          system: systemDir,
          resource: r.resource,
          service: prior?.resources.get(r.resource)?.service ?? "",
        });
    }
    for (const r of current.resources.values()) {
      const catalog = options.catalogs(repo.systems.get(key)?.data.profile ?? "");
      hold(out.holdings, r, catalog);
      if (catalog?.serviceById.get(r.service)?.shape !== "compute" || r.instances.length === 0) continue;
      const hosts = r.instances.flatMap((i) => [i.ip, i.hostname, i.name].filter((x): x is string => !!x));
      const utilization = options.metrics?.window(hosts, dates);
      out.hosts.push({
        system: systemDir,
        resource: r.id,
        hosts: r.instances.map((i) => i.hostname ?? i.ip ?? i.name),
        vcpu: r.config.vcpu ?? 0,
        memoryGB: r.config.memoryGB ?? 0,
        ...(utilization ? { utilization } : {}),
        lowLoad: utilization !== undefined && options.part.lowLoad.test(utilization),
      });
    }
  }
  const measured = out.hosts.filter((h) => h.utilization);
  if (measured.length > 0) {
    const cpu = mean(measured.flatMap((h) => (h.utilization?.cpu ? [h.utilization.cpu.average] : [])));
    const memory = mean(
      measured.flatMap((h) => (h.utilization?.memory ? [h.utilization.memory.average] : [])),
    );
    out.utilization = {
      hosts: measured.length,
      ...(cpu !== undefined ? { cpu } : {}),
      ...(memory !== undefined ? { memory } : {}),
    };
  }
  return out;
}

function add(a: Record<string, number>, b: Record<string, number>): void {
  for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v;
}

/** 全云（或一个单位）的年度报告。 */
export function annualReport(options: AnnualOptions): AnnualReport {
  const dates = workdaysOf(options.year, options.calendar);
  const unitDirs = [...options.repo.units.keys()]
    .filter((u) => options.unit === undefined || u === options.unit)
    .sort();
  const units = unitDirs
    .map((u) => unitYear(options, u, dates))
    .filter((u) => u.systems > 0 || options.unit !== undefined);
  const holdings = emptyHoldings();
  const applications: Record<string, number> = {};
  for (const u of units) {
    holdings.hosts += u.holdings.hosts;
    holdings.vcpu += u.holdings.vcpu;
    holdings.memoryGB += u.holdings.memoryGB;
    holdings.storageGB += u.holdings.storageGB;
    add(holdings.services, u.holdings.services);
    add(applications, u.applications);
  }
  const measured = units.flatMap((u) => u.hosts.filter((h) => h.utilization));
  const cpu = mean(measured.flatMap((h) => (h.utilization?.cpu ? [h.utilization.cpu.average] : [])));
  const memory = mean(measured.flatMap((h) => (h.utilization?.memory ? [h.utilization.memory.average] : [])));
  return {
    year: options.year,
    workdays: dates.length,
    ...(options.metrics ? { metrics: options.metrics.label } : {}),
    units,
    total: {
      units: units.length,
      systems: units.reduce((s, u) => s + u.systems, 0),
      holdings,
      applications,
      delivered: units.reduce((s, u) => s + u.delivered, 0),
      revoked: units.reduce((s, u) => s + u.revoked.length, 0),
      lowLoad: units.reduce((s, u) => s + u.hosts.filter((h) => h.lowLoad).length, 0),
      ...(measured.length > 0
        ? {
            utilization: {
              hosts: measured.length,
              ...(cpu !== undefined ? { cpu } : {}),
              ...(memory !== undefined ? { memory } : {}),
            },
          }
        : {}),
    },
  };
}
