import type { Text } from "../text.ts";

/**
 * 期望状态（desired state）：一个系统在云上应有的资源，由系统状态（已合并的申请折叠 + 交付记录）纯函数地推出。
 * 每个资源一份规格（spec），带稳定的逻辑名（Pulumi 资源名）：只由资源标识、台序号、盘序号与端口策略的内容
 * 拼成，不取显示名，也不取列表中的位置（数据盘序号例外：数据盘只能追加，见 desired.ts）。
 * Pulumi 程序（pulumi/）只把规格逐一变成 OpenStack 资源，不再做任何判断。
 */

/** 磁盘类型（附件1 第9–11项）：sata 普通IO、sas 高IO、ssd 超高IO。 */
export type Tier = "sata" | "sas" | "ssd";

/**
 * 站点（云环境）：一个站点一个独立的 OpenStack 提供者，键由 profile 的发放部分给出
 * （如 x86 区域与 ARM 区域，或每个云服务商一个站点）。
 */
export type Cloud = keyof SiteKeys;

/**
 * 站点键的登记：引擎默认的两个区域在这里；profile 以声明合并加上自己的站点键
 * （`declare module ".../core/provision/types.ts" { interface SiteKeys { … } }`，见 profile 的 provision.ts）。
 */
export interface SiteKeys {
  x86: true;
  arm: true;
}

interface SpecBase {
  /** 逻辑名（Pulumi 资源名），系统内唯一且稳定 */
  name: string;
  /** 所属的申请资源标识；系统级的资源（如系统内互通安全组）为 undefined */
  resource?: string;
  /** 承载数据：Pulumi 的 protect，删除前须有撤销申请写明数据情况 */
  protect: boolean;
}

/**
 * 网络位置：系统自己申请的子网（规格名），或站点配置的网络——不写 name 时是站点的默认网络，
 * 写了时是站点配置 networks 中这个键的网络（如部署区域 × 测试/生产）。
 */
export type NetworkRef =
  | { kind: "subnet"; subnet: string; network: string }
  | { kind: "site"; name?: string };

export interface SecurityGroupSpec extends SpecBase {
  kind: "security-group";
  description: string;
}

export interface SecurityGroupRuleSpec extends SpecBase {
  kind: "security-group-rule";
  /** 所属安全组的逻辑名 */
  group: string;
  direction: "ingress";
  ethertype: "IPv4" | "IPv6";
  protocol: "tcp" | "udp" | "icmp" | "any";
  portMin?: number;
  portMax?: number;
  /** 源：网段，或本系统另一个安全组（逻辑名） */
  remote: { cidr: string } | { group: string };
  /** 开放它的申请序号（系统内互通规则为 undefined） */
  openedBy?: number;
}

export interface PortSpec extends SpecBase {
  kind: "port";
  /** 所属实例的逻辑名 */
  instance: string;
  network: NetworkRef;
  securityGroups: string[];
}

export interface VolumeSpec extends SpecBase {
  kind: "volume";
  role: "system" | "data";
  sizeGB: number;
  tier: Tier;
  /** 系统盘从镜像创建 */
  fromImage: boolean;
}

export interface InstanceSpec extends SpecBase {
  kind: "instance";
  /** 规格名（flavor），默认 c{vcpu}m{memoryGB}，站点配置可映射为云上的实际规格名 */
  flavor: string;
  vcpu: number;
  memoryGB: number;
  /** 系统盘（从镜像创建的启动卷）的逻辑名 */
  systemVolume: string;
  /** 网卡（端口）的逻辑名 */
  port: string;
  /** 测试资源（第45–51条） */
  test: boolean;
  /** 第几台（1 起） */
  index: number;
}

export interface VolumeAttachmentSpec extends SpecBase {
  kind: "volume-attachment";
  instance: string;
  volume: string;
}

export interface FloatingIpSpec extends SpecBase {
  kind: "floating-ip";
  /** 地址池键：govnet（政务外网IP）或 public-<运营商>（公网IP）；站点配置把它映射为云上的外部网络 */
  pool: string;
  index: number;
}

export interface FloatingIpAssociationSpec extends SpecBase {
  kind: "floating-ip-association";
  floatingIp: string;
  /** 绑定目标：实例的端口，或负载均衡的 VIP 端口 */
  target: { port: string } | { loadBalancer: string };
}

export interface ContainerSpec extends SpecBase {
  kind: "container";
  /** 配额（Swift 的 Quota-Bytes） */
  quotaGB: number;
  index: number;
}

export interface ShareSpec extends SpecBase {
  kind: "share";
  sizeGB: number;
  protocol: "NFS";
  index: number;
}

export interface LoadBalancerSpec extends SpecBase {
  kind: "load-balancer";
  network: NetworkRef;
  securityGroups: string[];
  index: number;
}

export interface ListenerSpec extends SpecBase {
  kind: "listener";
  loadBalancer: string;
  protocol: "TCP" | "UDP";
  port: number;
}

export interface PoolSpec extends SpecBase {
  kind: "pool";
  listener: string;
  protocol: "TCP" | "UDP";
}

export interface NetworkSpec extends SpecBase {
  kind: "network";
  index: number;
}

export interface SubnetSpec extends SpecBase {
  kind: "subnet";
  /** 所在网络：本系统申请的 VPC（逻辑名）或站点默认网络 */
  network: string | { kind: "site" };
  /** 由申请的私网 IP 数推出的前缀长度 */
  prefixLength: number;
  ips: number;
}

export type ResourceSpec =
  | SecurityGroupSpec
  | SecurityGroupRuleSpec
  | PortSpec
  | VolumeSpec
  | InstanceSpec
  | VolumeAttachmentSpec
  | FloatingIpSpec
  | FloatingIpAssociationSpec
  | ContainerSpec
  | ShareSpec
  | LoadBalancerSpec
  | ListenerSpec
  | PoolSpec
  | NetworkSpec
  | SubnetSpec;

export type SpecKind = ResourceSpec["kind"];

/** 每种规格对应的 Pulumi 资源类型（URN 中的类型，撤销后解除保护与漂移报告用）。 */
export const pulumiTypes: Record<SpecKind, string> = {
  "security-group": "openstack:networking/secGroup:SecGroup",
  "security-group-rule": "openstack:networking/secGroupRule:SecGroupRule",
  port: "openstack:networking/port:Port",
  volume: "openstack:blockstorage/volume:Volume",
  instance: "openstack:compute/instance:Instance",
  "volume-attachment": "openstack:compute/volumeAttach:VolumeAttach",
  "floating-ip": "openstack:networking/floatingIp:FloatingIp",
  "floating-ip-association": "openstack:networking/floatingIpAssociate:FloatingIpAssociate",
  container: "openstack:objectstorage/container:Container",
  share: "openstack:sharedfilesystem/share:Share",
  "load-balancer": "openstack:loadbalancer/loadBalancer:LoadBalancer",
  listener: "openstack:loadbalancer/listener:Listener",
  pool: "openstack:loadbalancer/pool:Pool",
  network: "openstack:networking/network:Network",
  subnet: "openstack:networking/subnet:Subnet",
};

/** 人工交付的一项（OpenStack 不能创建的服务）：清单的一行。 */
export interface ManualItem {
  resource: string;
  service: string;
  /** 服务简称，如 分布式缓存 */
  serviceName: string;
  /** 数量与计量单位，如 4台、1套 */
  quantity: string;
  /** 配置的简短写法 */
  config: string;
  /** 附件1 目录条目（套餐）与数量，如 dcs.ha × 4GB */
  packages: string[];
  /** 为什么要人工：不是 OpenStack 能创建的服务，或目录要求事前沟通 */
  reason: "not-openstack" | "consultation";
}

/** 撤销申请写明了数据情况后解除保护的逻辑名（发放流水线在 pulumi up 之前运行 pulumi state unprotect）。 */
export interface Release {
  resource: string;
  service: string;
  revokedBy: number;
  dataBackup: "backed-up" | "not-needed" | "no-data";
  names: string[];
  /** 这些资源的 URN（pulumi state unprotect 的参数） */
  urns: string[];
}

/**
 * 网络位置改变的主机（如测试区转生产区）：Nova 要新建实例，受保护的实例须先解除保护
 * （发放流水线在 pulumi up 之前 pulumi state unprotect，程序之后重新保护）。卷不在其中，保持受保护。
 */
export interface Move {
  resource: string;
  names: string[];
  urns: string[];
}

/** 不能表达的期望状态：发放拒绝执行，直到新的申请改正（如缩小磁盘）。 */
export interface Refusal {
  code:
    | "shrink"
    | "tier-change"
    | "data-disk-removed"
    | "removed-without-revocation"
    | "bind-target"
    | "attach-target"
    | "name-collision"
    | "broken-history"
    | "no-site";
  resource?: string;
  /** 相关的申请序号 */
  application?: number;
  message: Text;
}

/** 提醒（不阻止发放）：如端口策略的目的 IP 还没有交付记录、无法落到安全组。 */
export interface PlanNote {
  resource?: string;
  message: Text;
}

/** 与上一次交付相比，这次 pulumi up 会做什么（只看仓库，不看云）。 */
export interface PlannedChange {
  name: string;
  kind: SpecKind;
  resource?: string;
  /** move：网络位置改变（如测试区转生产区），网卡改接，卷保留 */
  action: "create" | "resize" | "extend" | "update" | "move" | "delete" | "release";
  detail?: Text;
}

export interface DesiredSystem {
  unit: string;
  system: string;
  /** 系统名称（system.yaml 的 name） */
  systemName: string;
  /** Pulumi stack 名：<单位>.<系统> */
  stack: string;
  cloud: Cloud;
  /** 在用资源的标识 → 服务（stack 输出与交付记录按资源归组） */
  services: Record<string, string>;
  /** 服务 id 与引擎条目不同时（profile 的发放部分映射了服务）：资源标识 → 引擎条目；相同时没有这一项 */
  engines?: Record<string, string>;
  specs: ResourceSpec[];
  manual: ManualItem[];
  releases: Release[];
  refusals: Refusal[];
  notes: PlanNote[];
  changes: PlannedChange[];
  /** 改接网络时先解除保护的主机实例（没有时不输出） */
  moves?: Move[];
  /** 最近一次有交付记录的申请序号 */
  lastDelivered?: number;
}
