import type { ProfileCitation } from "../catalog/types.ts";
import type { System } from "../model.ts";
import type { ResourceState } from "../state/fold.ts";
import type { Cloud } from "./types.ts";

/**
 * Profile 的交付部分：流程结束后告知使用单位 IP、主机名与配置的交付通知（provision/delivery.ts）
 * 依据哪一条。通知的措辞是引擎的；规范的全称取 Profile.title，申请种类的名称取 Profile.kinds。
 */
export interface DeliveryPart {
  /** 要求交付后告知使用单位云服务信息的条款 */
  notice: ProfileCitation;
}

/** 引擎能经 OpenStack 创建的服务条目（services/registry.ts 的键）。 */
export type EngineService =
  | "ecs"
  | "evs"
  | "obs"
  | "sfs"
  | "eip"
  | "security-group"
  | "elb"
  | "vpc"
  | "subnet";

/** profile 的一项服务由引擎的哪个条目发放；弹性IP 类的服务另给地址池键（站点配置 floatingIpPools 的键）。 */
export interface ServiceBinding {
  engine: EngineService;
  pool?: string;
}

/**
 * 规格推导看一个资源的哪种状态：desired 是仓库要求的（含已记下的转生产），delivered 是云上应当已经是的
 * （交付记录的 zone）。两者的网络不同就是一次计划内的迁移（见 desired.ts 的 plannedChanges）。
 */
export type SpecView = "desired" | "delivered";

/**
 * Profile 的发放部分：城市的服务怎样对应引擎的规格种类、系统发放到哪个站点（云）、主机接入站点的哪个网络。
 * 引擎只解释这些声明，不认识城市。没有这个部分的 profile 按引擎的默认：服务 id 就是条目 id，
 * 站点取系统登记的 environment（见 provision/binding.ts）。
 */
export interface ProvisionPart {
  /** profile 的服务 id → 引擎条目；不在表中的服务进人工交付清单 */
  services: Readonly<Record<string, ServiceBinding>>;
  /** 站点键（pulumi 站点配置 clouds 的键）：一个站点一个 OpenStack 提供者 */
  sites: readonly Cloud[];
  /** 站点配置文件（相对 pulumi/） */
  siteFile: string;
  /** 决定站点的登记字段名（只用于消息），如 environment、carrier */
  siteField: string;
  /** 系统发放到哪个站点；登记里没有时 undefined（发放拒绝） */
  siteOf(registration: System): Cloud | undefined;
  /**
   * 主机与负载均衡接入的站点网络键（站点配置 networks 的键）；undefined 为站点默认网络。
   * 系统申请了自己的子网时不用它。
   */
  networkOf?(resource: ResourceState, view: SpecView): string | undefined;
  /** 网络键改变（如测试区转生产区）是计划内变更时，依据的条款 */
  move?: ProfileCitation;
}
