import type { ProvisionPart, SpecView } from "../../core/provision/profile.ts";
import type { ResourceState } from "../../core/state/fold.ts";
import type { Carrier, Zone } from "./catalog.ts";
import type { HuaibeiSystem } from "./model.ts";

declare module "../../core/provision/types.ts" {
  /** 淮北的站点：一个云服务商一个站点（电信、移动、联通各自的 OpenStack）。 */
  interface SiteKeys {
    telecom: true;
    mobile: true;
    unicom: true;
  }
}

const carriers: readonly Carrier[] = ["telecom", "mobile", "unicom"];

/**
 * 部署阶段：第13条云服务商先开通测试区，第14条部署、试运行、安全检测后转为生产区。
 * desired：交付记录写了转生产（production）或已交付到生产区；delivered：交付记录的 zone（云上应当已经是的）。
 */
export function stageOf(r: ResourceState, view: SpecView): "test" | "production" {
  if (r.deliveredZone === "production") return "production";
  return view === "desired" && r.productionOn !== undefined ? "production" : "test";
}

/** 网络键：资源的部署区域（政务外网区 govnet / 互联网区 internet，默认政务外网区）× 测试区/生产区。 */
export function zoneNetwork(r: ResourceState, view: SpecView): string {
  const zone: Zone = (r.config as { zone?: Zone }).zone ?? "govnet";
  return `${zone}-${stageOf(r, view)}`;
}

/**
 * 淮北：发放。与深圳用同一个程序与同样的规格种类：虚拟机按云主机发放（系统盘、数据盘是独立的受保护卷），
 * 政务外网IP 与互联网IP 是对应地址池的浮动 IP，四层、七层负载均衡按负载均衡，对象存储按对象存储；
 * 裸金属（须与云服务商沟通）、带宽、数据库、中间件、安全、备份、托管等进人工交付清单。
 * 一个云服务商一个站点（系统登记的 carrier），站点配置 pulumi/sites/huaibei.yaml；
 * 主机接入「部署区域 × 测试/生产」的网络，转生产是改接网络的计划内变更，卷不重建（第14条）。
 */
export const huaibeiProvision: ProvisionPart = {
  services: {
    vm: { engine: "ecs" },
    "ip-govnet": { engine: "eip", pool: "govnet" },
    "ip-internet": { engine: "eip", pool: "internet" },
    "slb-l4": { engine: "elb" },
    "slb-l7": { engine: "elb" },
    "object-storage": { engine: "obs" },
  },
  sites: carriers,
  siteFile: "sites/huaibei.yaml",
  siteField: "carrier",
  siteOf: (registration) => {
    const carrier = (registration as unknown as Partial<HuaibeiSystem>).carrier;
    return carrier !== undefined && carriers.includes(carrier) ? carrier : undefined;
  },
  networkOf: zoneNetwork,
  move: { article: "第14条" },
};
