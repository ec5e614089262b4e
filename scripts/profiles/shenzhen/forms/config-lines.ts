import type { Catalog, CatalogService } from "../../../core/catalog/types.ts";
import { choice, countUnit, diskText, serviceOf, tierLabel } from "../../../core/forms/common.ts";
import type { Choice } from "../../../core/forms/model.ts";
import type { ResourceConfig } from "../../../core/model.ts";

/** 深圳表单上资源配置的写法（附件5“配置﹡”栏、附件6 的配置栏）与云环境的勾选项。 */

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

/** 云环境（二选一）的勾选项（附件5 原文：“□国产环境（ARM）”“□非国产环境（X86)”）。 */
export function environmentChoices(environment: "arm" | "x86" | undefined): [Choice, Choice] {
  return [
    choice("国产环境（ARM）", environment === "arm"),
    choice("非国产环境（X86)", environment === "x86"),
  ];
}
