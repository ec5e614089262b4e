/**
 * 规则用到的数字与清单（profile 数据）。数字来自办法原文；服务目录（catalog/huaibei/profile.yaml 的
 * thresholds）写了同名的数时以目录为准，这样管理部门调整口径只改数据。
 */
import type { Catalog } from "../../../core/catalog/types.ts";

export interface Thresholds {
  /** 第16条 重大变更：云资源变更超过已有云资源的百分比，或云服务费增长超过的百分比 */
  majorChangePercent: number;
  /** 第16条 临时扩容：扩容时间段原则上不超过的月数 */
  scaleUpMonths: number;
  /** 第18条 临时资源：自资源配置之日起不超过的月数 */
  temporaryMonths: number;
  /** 第16条、第18条 延期：提前提出的工作日数 */
  extensionLeadWorkdays: number;
  /** 第15条 迁移上云：割接上线后原系统至少保留的月数 */
  migrationKeepMonths: number;
}

export const regulationThresholds: Thresholds = {
  majorChangePercent: 50,
  scaleUpMonths: 3,
  temporaryMonths: 6,
  extensionLeadWorkdays: 7,
  migrationKeepMonths: 3,
};

const positive = (v: unknown): number | undefined => (typeof v === "number" && v > 0 ? v : undefined);

/** 目录 thresholds 中的键名（与上面不同的）。 */
const catalogKeys: Partial<Record<keyof Thresholds, string>> = {
  scaleUpMonths: "scaleUpMaxMonths",
  temporaryMonths: "temporaryMaxMonths",
};

/** 目录中的阈值（catalog/huaibei/profile.yaml 的 thresholds），缺的按办法原文。 */
export function thresholds(catalog: Catalog): Thresholds {
  const declared = (catalog.profile as unknown as { thresholds?: Record<string, unknown> }).thresholds ?? {};
  const out = { ...regulationThresholds };
  for (const key of Object.keys(out) as (keyof Thresholds)[]) {
    const v = positive(declared[catalogKeys[key] ?? key]) ?? positive(declared[key]);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

/**
 * 第14条 高危端口（开通前须备案）：远程管理、文件共享与常见数据库、缓存的端口。
 * 办法没有列出清单；这是管理部门可调整的默认清单，目录 profile.yaml 写了 highRiskPorts 时以目录为准。
 */
export const defaultHighRiskPorts: readonly (number | readonly [number, number])[] = [
  21, // FTP
  22, // SSH
  23, // Telnet
  [135, 139], // RPC、NetBIOS
  445, // SMB
  1433, // SQL Server
  1521, // Oracle
  2375, // Docker API
  3306, // MySQL
  3389, // RDP
  5236, // 达梦
  5432, // PostgreSQL、人大金仓
  6379, // Redis
  27017, // MongoDB
];

export function highRiskPorts(catalog: Catalog): readonly (number | readonly [number, number])[] {
  const declared = (catalog.profile as unknown as { highRiskPorts?: unknown }).highRiskPorts;
  if (!Array.isArray(declared)) return defaultHighRiskPorts;
  return declared.flatMap((p): (number | readonly [number, number])[] => {
    if (typeof p === "number") return [p];
    if (Array.isArray(p) && p.length === 2 && p.every((x) => typeof x === "number"))
      return [[p[0] as number, p[1] as number]];
    return [];
  });
}

/**
 * 承载数据的服务（附件4 退出单位确认“已完成相关数据的迁移备份工作”、附件7 数据清除情况）：
 * 目录中标了 holdsData 的服务；目录一个都没标时用这份清单。
 */
const defaultDataServices = new Set([
  "vm",
  "bare-metal",
  "object-storage",
  "database",
  "backup-local",
  "gpu",
  "hosted-device",
]);

export function holdsData(catalog: Catalog, service: string): boolean {
  const anyMarked = catalog.services.some((s) => s.holdsData !== undefined);
  if (anyMarked) return catalog.serviceById.get(service)?.holdsData === true;
  return defaultDataServices.has(service);
}
