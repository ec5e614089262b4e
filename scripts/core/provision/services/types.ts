import type { Catalog } from "../../catalog/types.ts";
import type { ResourceState, SystemState } from "../../state/fold.ts";
import type {
  FloatingIpAssociationSpec,
  NetworkRef,
  PlanNote,
  Refusal,
  ResourceSpec,
  SpecKind,
} from "../types.ts";

/** 一个资源的规格推导能看到的系统上下文（纯数据与纯函数）。 */
export interface SpecContext {
  state: SystemState;
  catalog: Catalog;
  /** 主机与负载均衡的网络位置：系统申请的唯一子网，或站点配置的网络 */
  network: NetworkRef;
  /** 系统申请的第一个 VPC 的网络逻辑名（子网建在它里面） */
  vpcNetwork: string | undefined;
  /** 这个资源由 OpenStack 创建（不是人工交付的服务） */
  openstack(r: ResourceState): boolean;
  /** 登记的服务条目（profile 的服务 id → 引擎条目） */
  entry(service: string): ServiceEntry | undefined;
  /** 这个资源的主机或负载均衡接入的网络：profile 给出网络键时是站点的那个网络，否则同 network */
  networkFor(r: ResourceState): NetworkRef;
  /** profile 为这项服务声明的弹性IP 地址池键；没有时由条目自己决定 */
  poolFor(r: ResourceState): string | undefined;
}

/** 规格推导的产物，按推导的先后追加（逻辑名、顺序都是期望状态的一部分）。 */
export interface SpecSink {
  specs: ResourceSpec[];
  notes: PlanNote[];
  refusals: Refusal[];
}

/**
 * 一项由 OpenStack 创建的目录服务：它的期望规格怎样从系统状态中的一个资源推出，以及别的服务怎样引用它。
 * 每种规格在 pulumi/resources/ 中有对应的 OpenStack 资源（按规格种类登记）。
 * 加一项服务：写一个条目、登记在 services/registry.ts；用到新的规格种类时再在 pulumi/resources/ 中加它的资源。
 */
export interface ServiceEntry {
  /** 服务目录（catalog/<profile>/services.yaml）中的服务 id */
  service: string;
  /** 它产生的规格种类 */
  kinds: readonly SpecKind[];
  /** 交付记录中的实例（IP、主机名、云上 id）取自哪种规格：stack 输出按它归组 */
  delivers: SpecKind;
  /** 一个在用资源的规格，追加到 out（拒绝与提醒也写在 out 里） */
  specs(r: ResourceState, ctx: SpecContext, out: SpecSink): void;
  /** 加入系统内互通的安全组：系统里有这样的资源时建 system-internal 组 */
  internal?: boolean;
  /** 端口开放申请的目的（或来源）是它时，规则落到的安全组（逻辑名） */
  securityGroups?(r: ResourceState): string[];
  /** 弹性IP 一对一绑定时，第 n 个地址绑定的目标 */
  bindTarget?(r: ResourceState, n: number): FloatingIpAssociationSpec["target"];
  /** 云硬盘按台挂载时，第 n 块挂到的主机（逻辑名） */
  attachTarget?(r: ResourceState, n: number): string;
  /**
   * 端口策略（单个端口、TCP 或 UDP）作用到它时额外的规格，如负载均衡的监听器与池。
   * `claim(name)` 在名字第一次出现时返回 true：同一个监听器只建一次。
   */
  portRuleSpecs?(
    r: ResourceState,
    rule: { protocol: "tcp" | "udp"; port: number },
    claim: (name: string) => boolean,
  ): ResourceSpec[];
}
