import type { Catalog, CatalogService } from "../catalog/types.ts";
import type { Application, Disk, ResourceConfig, System, Unit } from "../model.ts";
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

const tierLabel = (catalog: Catalog, tier: Disk["tier"]): string =>
  catalog.profile.diskTiers.find((t) => t.id === tier)?.label ?? tier;

export const diskText = (catalog: Catalog, disk: Disk): string =>
  `${disk.sizeGB}GB（${tierLabel(catalog, disk.tier)}）`;

const editionLabel = (service: CatalogService | undefined, edition: string): string =>
  service?.cache?.find((e) => e.id === edition)?.label ?? edition;

const eipNetwork: Record<string, string> = { public: "公网IP", govnet: "政务外网IP" };
const carriers: Record<string, string> = { telecom: "电信", unicom: "联通", mobile: "移动" };
const sslUsage: Record<string, string> = { ops: "运维", business: "业务" };

/**
 * 一项资源的配置，按服务的配置形态逐行写出（附件5 “配置﹡”栏）。
 * form：new 为新增申请的写法（“X vCPU”），change 为变更申请的写法（“vCPU：X核”）。
 * 只写出配置中有的字段；新增的主机没有数据盘时写“数据盘：无”。
 */
export function configLines(
  catalog: Catalog,
  serviceId: string,
  config: ResourceConfig,
  form: "new" | "change",
  refName: (id: string) => string = (id) => id,
): string[] {
  const service = serviceOf(catalog, serviceId);
  const out: string[] = [];
  const compute = () => {
    if (config.vcpu !== undefined) out.push(`vCPU：${config.vcpu}核`);
    if (config.memoryGB !== undefined) out.push(`内存：${config.memoryGB}GB`);
    if (config.gpus !== undefined) out.push(`加速卡：${config.gpus}块`);
    if (config.systemDisk) out.push(`系统盘：${diskText(catalog, config.systemDisk)}`);
    if (config.dataDisks && config.dataDisks.length > 0)
      for (const d of config.dataDisks) out.push(`数据盘：${diskText(catalog, d)}`);
    else if (form === "new") out.push("数据盘：无");
  };
  switch (service?.shape) {
    case "compute":
      compute();
      break;
    case "capacity":
      if (config.capacityGB !== undefined)
        out.push(
          `容量：${config.capacityGB}GB${config.tier ? `（${tierLabel(catalog, config.tier)}）` : ""}`,
        );
      if (config.attachTo !== undefined) out.push(`挂载到：${refName(config.attachTo)}`);
      break;
    case "vcpu":
      if (config.vcpu !== undefined)
        out.push(form === "new" ? `${config.vcpu} vCPU` : `vCPU：${config.vcpu}核`);
      break;
    case "cache":
      if (config.edition !== undefined || config.sizeGB !== undefined)
        out.push(
          [
            config.edition !== undefined ? editionLabel(service, config.edition) : "",
            config.sizeGB !== undefined ? `${config.sizeGB}GB` : "",
          ]
            .filter(Boolean)
            .join("，"),
        );
      break;
    case "package": {
      const pkg = service?.package;
      if (config.base !== undefined) out.push(`基础包：${config.base}个`);
      if (config.increments !== undefined && (config.increments > 0 || form === "change"))
        out.push(`增量包：${config.increments}个`);
      if (pkg) {
        const value = (config as Record<string, unknown>)[pkg.measure.field];
        if (typeof value === "number") out.push(`${pkg.measure.label}：${value}${pkg.measure.unit}`);
      }
      if (config.domains !== undefined) out.push(`保护域名：${config.domains}个`);
      break;
    }
    case "choice": {
      const c = service?.choice;
      if (c) {
        const value = (config as Record<string, unknown>)[c.field];
        if (typeof value === "number")
          out.push(service?.id === "bastion" ? `支持${value}资产管理` : `${c.label}：${value}${c.unit}`);
      }
      break;
    }
    case "connections":
      if (config.connections !== undefined)
        out.push(
          `SSL VPN（${config.connections}连接${config.usage ? `，${sslUsage[config.usage] ?? config.usage}` : ""}）`,
        );
      break;
    default:
      break;
  }
  // count 形态与表上特有的写法
  switch (serviceId) {
    case "eip":
      if (config.network !== undefined)
        out.push(
          `${eipNetwork[config.network] ?? config.network}${config.carrier ? `（${carriers[config.carrier] ?? config.carrier}）` : ""}`,
        );
      if (config.bindTo !== undefined) out.push(`映射：${refName(config.bindTo)}`);
      break;
    case "private-ip":
      if (config.ips !== undefined) out.push(`系统共计需要${config.ips}个政务云私网IP`);
      break;
    case "subnet":
      if (config.ips !== undefined) out.push(`独立子网：系统共需要${config.ips}个政务云私网IP`);
      break;
    case "vpc":
      if (config.name !== undefined) out.push(`独立VPC：${config.name}`);
      break;
    case "vulnerability-scan":
      if (config.timesPerMonth !== undefined) out.push(`每月${config.timesPerMonth}次`);
      break;
    default:
      if (service?.shape === "count" && config.name !== undefined) out.push(config.name);
  }
  if (form === "change" && config.quantity !== undefined && service?.shape !== "compute")
    out.push(`数量：${config.quantity}${countUnit(catalog, serviceId)}`);
  return out;
}

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

/** 云环境（二选一）的勾选项（附件5 原文：“□国产环境（ARM）”“□非国产环境（X86)”）。 */
export function environmentChoices(environment: "arm" | "x86" | undefined): [Choice, Choice] {
  return [
    choice("国产环境（ARM）", environment === "arm"),
    choice("非国产环境（X86)", environment === "x86"),
  ];
}
