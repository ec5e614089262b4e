import type { Catalog, CatalogService } from "../catalog/types.ts";
import type { Application, Delivery, Disk, System, Unit } from "../model.ts";
import type { ResourceState, SystemState } from "../state/fold.ts";
import type { Cell, Choice, Line } from "./model.ts";

/** 生成表单所需的一切：申请、单位与系统登记、申请之前的系统状态、服务目录。 */
export interface FormContext {
  application: Application;
  unit: Unit;
  system: System;
  /** 这份申请之前的系统状态（foldSystem 的 before），变更、撤销、续期、端口的 IP 与规格取自它 */
  before: SystemState;
  catalog: Catalog;
  /** 这份申请的交付记录（有时）：确认单（如开通、变更、退出确认）取其中的确认与最终资源 */
  delivery?: Delivery;
}

/** 生成单位登记的表单（如授权委托书）所需的：单位登记与它的主管单位。 */
export interface AuthorizationContext {
  unit: Unit;
  /** 主管单位的登记（unit.supervisor 指向的目录），用于它的全称 */
  supervisor?: Unit;
}

// ---------- 单元格 ----------

export const line = (text: string): Line => ({ text });

/** 值单元格：每个非空字符串一行。 */
export const cell = (...texts: (string | undefined)[]): Cell => ({
  lines: texts.filter((t): t is string => t !== undefined && t !== "").map(line),
});

export const cellOf = (lines: Line[]): Cell => ({ lines });

/** 带附图的一行：文字（如“附图：attachments/部署架构图.png”）与附件路径（相对于系统目录）。 */
export const figureLine = (text: string, path: string): Line => ({ text, figure: { path } });

/** 值单元格：文字行与带附图的行混排，空字符串略去。 */
export const cellLines = (...lines: (string | Line | undefined)[]): Cell => ({
  lines: lines
    .filter((l): l is string | Line => l !== undefined && l !== "")
    .map((l) => (typeof l === "string" ? line(l) : l)),
});

/** 字段名单元格（可多行，如“云环境﹡”“（二选一）”）。 */
export const label = (...texts: string[]): Cell => ({ lines: texts.map(line), label: true });

export const choice = (text: string, checked: boolean): Choice => ({ label: text, checked });

export const choicesLine = (choices: Choice[], text?: string, after?: string): Line => ({
  ...(text !== undefined ? { text } : {}),
  choices,
  ...(after !== undefined ? { after } : {}),
});

// ---------- 文本 ----------

/** YYYY-MM-DD → 2026年5月11日 */
export function formatDate(date: string | undefined): string {
  if (!date) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** 数字加单位（整数不带小数点） */
export const amount = (value: number, unit: string): string => `${value}${unit}`;

// ---------- 服务目录 ----------

export function serviceOf(catalog: Catalog, id: string): CatalogService | undefined {
  return catalog.serviceById.get(id);
}

export function serviceName(catalog: Catalog, id: string): string {
  return serviceOf(catalog, id)?.name ?? id;
}

/** 数量的计量单位（台、个、套、虚机、次……），由服务目录（附件1）推出；按量计的（100GB、2核）不算。 */
export function countUnit(catalog: Catalog, serviceId: string): string {
  const service = serviceOf(catalog, serviceId);
  if (service?.shape === "compute") return "台";
  for (const item of catalog.items) {
    if (item.service !== serviceId) continue;
    if (/\d|GB|TB|vCPU|连接/.test(item.unit) || item.unit === "按需申请") continue;
    return item.unit;
  }
  if (service?.id === "private-ip" || service?.id === "subnet") return "个";
  return "";
}

export const tierLabel = (catalog: Catalog, tier: Disk["tier"]): string =>
  catalog.profile.diskTiers.find((t) => t.id === tier)?.label ?? tier;

export const diskText = (catalog: Catalog, disk: Disk): string =>
  `${disk.sizeGB}GB（${tierLabel(catalog, disk.tier)}）`;

/** 数量栏：数量加计量单位；没有写数量的按 1 计。 */
export function quantityText(catalog: Catalog, serviceId: string, quantity: number | undefined): string {
  return `${quantity ?? 1}${countUnit(catalog, serviceId)}`;
}

// ---------- 状态：IP 与规格 ----------

/** 资源交付的 IP（交付记录中的 ip 与 floatingIp）。 */
export function ipsOf(resource: ResourceState | undefined): string[] {
  if (!resource) return [];
  const out: string[] = [];
  for (const i of resource.instances) {
    if (i.ip) out.push(i.ip);
    if (i.floatingIp) out.push(i.floatingIp);
  }
  return out;
}

/** 申请之前的状态中的一项资源（在用的或已撤销的）。 */
export function stateResource(state: SystemState, id: string): ResourceState | undefined {
  return state.resources.get(id) ?? state.revoked.get(id)?.resource;
}
