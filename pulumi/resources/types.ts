import type * as openstack from "@pulumi/openstack";
import type * as pulumi from "@pulumi/pulumi";
import type { ResourceConfig } from "../../scripts/core/model.ts";
import type { OutputInstance } from "../../scripts/core/provision/outputs.ts";
import type {
  DesiredSystem,
  NetworkRef,
  ResourceSpec,
  SpecKind,
} from "../../scripts/core/provision/types.ts";
import type { CloudSite } from "../settings.ts";

/** 每种规格建成的 OpenStack 资源。 */
export interface KindResources {
  network: openstack.networking.Network;
  subnet: openstack.networking.Subnet;
  "security-group": openstack.networking.SecGroup;
  "security-group-rule": openstack.networking.SecGroupRule;
  volume: openstack.blockstorage.Volume;
  port: openstack.networking.Port;
  instance: openstack.compute.Instance;
  "volume-attachment": openstack.compute.VolumeAttach;
  "load-balancer": openstack.loadbalancer.LoadBalancer;
  listener: openstack.loadbalancer.Listener;
  pool: openstack.loadbalancer.Pool;
  "floating-ip": openstack.networking.FloatingIp;
  "floating-ip-association": openstack.networking.FloatingIpAssociate;
  container: openstack.objectstorage.Container;
  share: openstack.sharedfilesystem.Share;
}

export type SpecOf<K extends SpecKind> = Extract<ResourceSpec, { kind: K }>;

/** 建资源时能用的东西：站点、名称、选项、已建的资源（按规格种类与逻辑名）。 */
export interface BuildContext {
  desired: DesiredSystem;
  site: CloudSite;
  /** 云上名称：站点前缀 + 逻辑名 */
  named(name: string): string;
  /** 提供者与 protect（取自规格），加上额外的选项 */
  options(s: ResourceSpec, extra?: pulumi.CustomResourceOptions): pulumi.CustomResourceOptions;
  /** 卷与主机的元数据：单位、系统、资源标识 */
  metadata(s: ResourceSpec): Record<string, string>;
  /** 站点网络的 id（查一次） */
  siteNetwork(): pulumi.Output<string>;
  /** 系统盘镜像的 id（查一次） */
  image(): pulumi.Output<string>;
  /** 网络位置 → 网络与子网的 id */
  placement(network: NetworkRef): {
    networkId: pulumi.Output<string>;
    subnetId: pulumi.Output<string> | undefined;
  };
  /** 已建的资源；不存在时抛出（期望状态的内部错误），`what` 是报错中的名称 */
  need<K extends SpecKind>(kind: K, name: string, what: string): KindResources[K];
  /** 绑定了弹性IP 的端口（逻辑名）→ 弹性IP */
  boundIps: Map<string, openstack.networking.FloatingIp>;
}

/** stack 输出中一个申请资源（资源标识）的部分：交付的实例、访问地址、交付的配置。 */
export interface OutputEntry {
  instances: pulumi.Output<OutputInstance>[];
  endpoint?: pulumi.Output<string>;
  config?: pulumi.Output<ResourceConfig>;
}

/**
 * 一种规格的 OpenStack 资源：怎样建；它是一项服务交付的实例时（服务条目的 delivers），怎样写进 stack 输出。
 */
export interface KindBuilder<K extends SpecKind> {
  create(spec: SpecOf<K>, ctx: BuildContext): KindResources[K];
  output?(spec: SpecOf<K>, ctx: BuildContext, entry: OutputEntry): void;
}

/** 输出里去掉空值（没有浮动 IP 的主机等）。 */
export const compact = (o: Record<string, string | undefined>): OutputInstance =>
  Object.fromEntries(
    Object.entries(o).filter(([, v]) => v !== undefined && v !== ""),
  ) as unknown as OutputInstance;
