import type { Catalog, CatalogService } from "../catalog/types.ts";
import { countUnit } from "../forms/common.ts";
import type { ResourceConfig } from "../model.ts";
import { defaultProvision } from "./binding.ts";
import type { ProvisionPart } from "./profile.ts";
import { serviceEntries } from "./services/registry.ts";

/**
 * 哪些服务由 Pulumi 经 OpenStack（华为云 Stack 的 OpenStack 兼容接口）创建，哪些由提供商工程师按清单人工开通。
 * OpenStack 能创建：云主机（Nova + Cinder 启动卷）、云硬盘（Cinder）、对象存储（Swift）、文件存储（Manila）、
 * 弹性IP（Neutron 浮动 IP）、安全组、负载均衡（Octavia）、VPC 与子网（Neutron）。
 * 其余（PaaS：分布式缓存、微服务、容器、应用服务网格、集成平台、APM；安全与密码服务；AI 算力；灾备；
 * 镜像、弹性伸缩、VPN、私网 IP 规划）以及目录标注须事前沟通的服务（裸金属、AI 算力）都进清单。
 * 能创建的服务就是 services/registry.ts 中登记的服务。
 */
export const openstackServices: ReadonlySet<string> = new Set(serviceEntries.keys());

/** 人工交付的原因；OpenStack 能创建时为 undefined。profile 的发放部分决定哪些服务由引擎的条目发放。 */
export function manualReason(
  service: CatalogService | undefined,
  serviceId: string,
  part: ProvisionPart = defaultProvision,
): "not-openstack" | "consultation" | undefined {
  if (service?.consultation) return "consultation";
  const engine = part.services[serviceId]?.engine;
  return engine !== undefined && openstackServices.has(engine) ? undefined : "not-openstack";
}

/**
 * 一项服务用到的附件1 目录条目（套餐）与数量，如 `log-audit.base × 1`、`dcs.ha × 4GB`、`ssl-vpn.ops × 3`。
 * 目录没有单列条目的服务（附件5 才有的容器计算节点、私网 IP、子网）返回空列表。
 */
export function packagesOf(catalog: Catalog, serviceId: string, config: ResourceConfig): string[] {
  const service = catalog.serviceById.get(serviceId);
  const items = catalog.items.filter((i) => i.service === serviceId);
  const quantity = config.quantity ?? 1;
  if (!service) return [];
  switch (service.shape) {
    case "package": {
      if (!service.package) return [];
      const out = [`${service.package.baseItem} × ${config.base ?? 1}`];
      if ((config.increments ?? 0) > 0) out.push(`${service.package.incrementItem} × ${config.increments}`);
      return out;
    }
    case "choice": {
      const field = service.choice?.field as keyof ResourceConfig | undefined;
      const value = field ? config[field] : undefined;
      const option = service.choice?.options.find((o) => o.value === value);
      return option ? [`${option.item} × ${quantity}`] : [];
    }
    case "cache": {
      const edition = service.cache?.find((e) => e.id === config.edition);
      return edition ? [`${edition.item} × ${config.sizeGB ?? 0}GB`] : [];
    }
    case "connections": {
      const item = items.find((i) => i.id.endsWith(`.${config.usage ?? "ops"}`)) ?? items[0];
      return item ? [`${item.id} × ${Math.ceil((config.connections ?? 10) / 10)}`] : [];
    }
    case "vcpu":
      return items[0] ? [`${items[0].id} × ${config.vcpu ?? 0} vCPU`] : [];
    case "capacity":
      return items[0] ? [`${items[0].id} × ${config.capacityGB ?? 0}GB`] : [];
    case "compute":
      return items[0] ? [`${items[0].id} × ${quantity}`] : [];
    case "count":
      return items.length === 1 && items[0] ? [`${items[0].id} × ${quantity}`] : [];
  }
}

/** 清单与计划中的数量：有计量单位（台、套、虚机……）时写“4虚机”；按量计的服务（容量、缓存、套餐）不写，看配置。 */
export function quantityLabel(catalog: Catalog, serviceId: string, quantity: number | undefined): string {
  const unit = countUnit(catalog, serviceId);
  return unit ? `${quantity ?? 1}${unit}` : quantity !== undefined && quantity > 1 ? `× ${quantity}` : "";
}
