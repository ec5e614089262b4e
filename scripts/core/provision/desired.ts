import type { Catalog } from "../catalog/types.ts";
import type { Application, Delivery, Loaded, PortRule, System } from "../model.ts";
import { describeConfig } from "../report/summary.ts";
import { apply, deliver, emptyState, type ResourceState, type SystemState } from "../state/fold.ts";
import { text } from "../text.ts";
import { addressSlug, flavorName, stackName, urnFor } from "./naming.ts";
import { manualReason, packagesOf, quantityLabel } from "./services.ts";
import type {
  DesiredSystem,
  ManualItem,
  NetworkRef,
  PlanNote,
  PlannedChange,
  Refusal,
  Release,
  ResourceSpec,
  SecurityGroupRuleSpec,
  Tier,
} from "./types.ts";

/** 期望状态的输入：一个系统的登记、已合并的申请与交付记录、服务目录。全是数据。 */
export interface ProvisionInput {
  unit: string;
  system: string;
  registration: System;
  applications: readonly Loaded<Application>[];
  deliveries: readonly Loaded<Delivery>[];
  /** 全部申请与交付记录折叠后的当前状态（state/fold.ts 的 current） */
  current: SystemState;
  catalog: Catalog;
  /** 本系统中有加载或 schema 错误的文件：它们不在状态里，缺了的申请会被当成删除，所以拒绝发放 */
  broken?: readonly string[];
}

/** 系统内互通的安全组：本系统的主机、负载均衡之间全部放行；对外只放行端口开放申请批准的端口。 */
export const internalGroup = "system-internal";

const quantityOf = (r: ResourceState) => r.config.quantity ?? 1;
const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);
const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * 子网前缀长度：能容纳申请的私网 IP 数，再留 5 个地址（网络地址、网关、广播与 DHCP 等云平台保留的地址），
 * 最小 /29、最大 /16。
 */
export function prefixLength(ips: number): number {
  for (let p = 29; p >= 16; p--) if (2 ** (32 - p) - 5 >= ips) return p;
  return 16;
}

/** 端口策略的端口：单个、列表或范围 → 若干 [起, 止]；ICMP 没有端口。 */
export function portRanges(rule: PortRule): [number, number][] {
  if (rule.protocol === "icmp" || rule.ports === undefined) return [];
  if (typeof rule.ports === "number") return [[rule.ports, rule.ports]];
  if (Array.isArray(rule.ports)) return [...new Set(rule.ports)].sort((a, b) => a - b).map((p) => [p, p]);
  const [from, to] = rule.ports.split("-").map(Number) as [number, number];
  return [[Math.min(from, to), Math.max(from, to)]];
}

const isIpv6 = (s: string) => s.includes(":");

interface SpecsResult {
  specs: ResourceSpec[];
  notes: PlanNote[];
  refusals: Refusal[];
  manual: ManualItem[];
}

/** 一个状态下的全部规格（不看历史）。 */
export function specsOf(state: SystemState, catalog: Catalog): SpecsResult {
  const specs: ResourceSpec[] = [];
  const notes: PlanNote[] = [];
  const refusals: Refusal[] = [];
  const manual: ManualItem[] = [];
  const resources = [...state.resources.values()].sort(byId);
  const holdsData = (r: ResourceState) => catalog.serviceById.get(r.service)?.holdsData === true;
  const defaultSystemDisk = catalog.profile.granularity.systemDiskGB.default;

  // 网络位置：系统申请了恰好一个子网时放在它里面，否则用站点为该云环境配置的网络
  const subnets = resources.filter((r) => r.service === "subnet");
  const vpcs = resources.filter((r) => r.service === "vpc");
  const vpcNetwork = vpcs[0] ? `${vpcs[0].id}-1` : undefined;
  let network: NetworkRef = { kind: "site" };
  if (subnets.length === 1 && quantityOf(subnets[0] as ResourceState) === 1) {
    const s = subnets[0] as ResourceState;
    network = { kind: "subnet", subnet: `${s.id}-1`, network: vpcNetwork ?? "site" };
  } else if (subnets.length > 0)
    notes.push({
      message: text(
        "系统申请了多个子网：主机与负载均衡放在站点配置的网络中，子网照样创建，请提供商工程师按需调整。",
        "The system has several subnets: hosts and load balancers go into the site network; the subnets are still created.",
      ),
    });

  const hasHosts = resources.some(
    (r) =>
      (r.service === "ecs" && !manualReason(catalog.serviceById.get(r.service), r.service)) ||
      r.service === "elb",
  );
  if (hasHosts) {
    specs.push({
      kind: "security-group",
      name: internalGroup,
      protect: false,
      description: "govcloud: 系统内互通",
    });
    specs.push({
      kind: "security-group-rule",
      name: `${internalGroup}-in-any-self`,
      protect: false,
      group: internalGroup,
      direction: "ingress",
      ethertype: "IPv4",
      protocol: "any",
      remote: { group: internalGroup },
    });
  }

  for (const r of resources) {
    const service = catalog.serviceById.get(r.service);
    const reason = manualReason(service, r.service);
    if (reason) {
      manual.push({
        resource: r.id,
        service: r.service,
        serviceName: service?.name ?? r.service,
        quantity: quantityLabel(catalog, r.service, r.config.quantity),
        config: describeConfig(r.config),
        packages: packagesOf(catalog, r.service, r.config),
        reason,
      });
      continue;
    }
    const q = quantityOf(r);
    switch (r.service) {
      case "ecs": {
        const group = `${r.id}-sg`;
        specs.push({
          kind: "security-group",
          name: group,
          resource: r.id,
          protect: false,
          description: `govcloud: ${r.id}`,
        });
        for (const n of range(q)) {
          const inst = `${r.id}-${n}`;
          const system = `${inst}-system`;
          const port = `${inst}-port`;
          specs.push({
            kind: "volume",
            name: system,
            resource: r.id,
            protect: true,
            role: "system",
            sizeGB: r.config.systemDisk?.sizeGB ?? defaultSystemDisk,
            tier: r.config.systemDisk?.tier ?? "sata",
            fromImage: true,
          });
          specs.push({
            kind: "port",
            name: port,
            resource: r.id,
            protect: false,
            instance: inst,
            network,
            securityGroups: [group, internalGroup],
          });
          specs.push({
            kind: "instance",
            name: inst,
            resource: r.id,
            protect: holdsData(r),
            flavor: flavorName(r.config.vcpu ?? 0, r.config.memoryGB ?? 0),
            vcpu: r.config.vcpu ?? 0,
            memoryGB: r.config.memoryGB ?? 0,
            systemVolume: system,
            port,
            test: r.kind === "test",
            index: n,
          });
          for (const [i, d] of (r.config.dataDisks ?? []).entries()) {
            const disk = `${inst}-data-${i + 1}`;
            specs.push({
              kind: "volume",
              name: disk,
              resource: r.id,
              protect: true,
              role: "data",
              sizeGB: d.sizeGB,
              tier: d.tier,
              fromImage: false,
            });
            specs.push({
              kind: "volume-attachment",
              name: `${disk}-attach`,
              resource: r.id,
              protect: false,
              instance: inst,
              volume: disk,
            });
          }
        }
        break;
      }
      case "evs": {
        const target = r.config.attachTo ? state.resources.get(r.config.attachTo) : undefined;
        for (const n of range(q)) {
          const disk = `${r.id}-${n}`;
          specs.push({
            kind: "volume",
            name: disk,
            resource: r.id,
            protect: true,
            role: "data",
            sizeGB: r.config.capacityGB ?? 0,
            tier: (r.config.tier ?? "sata") as Tier,
            fromImage: false,
          });
          if (!r.config.attachTo) continue;
          if (!target) {
            notes.push({
              resource: r.id,
              message: text(
                `云硬盘 ${r.id} 挂载的 ${r.config.attachTo} 已不在用（撤销时保留了这块盘）：只保留卷，不挂载。`,
                `Disk ${r.id} was attached to ${r.config.attachTo}, which is no longer in service (kept on revocation): the volume stays, detached.`,
              ),
            });
            continue;
          }
          if (
            target.service !== "ecs" ||
            manualReason(catalog.serviceById.get(target.service), target.service)
          ) {
            refusals.push({
              code: "attach-target",
              resource: r.id,
              message: text(
                `云硬盘 ${r.id} 挂载到 ${target.id}（${target.service}），它不是由 OpenStack 创建的云主机，无法挂载。请改为挂载到云主机，或由提供商工程师人工挂载并在备注中说明。`,
                `Disk ${r.id} attaches to ${target.id} (${target.service}), which is not an OpenStack host.`,
              ),
            });
            continue;
          }
          if (quantityOf(target) < n) {
            refusals.push({
              code: "attach-target",
              resource: r.id,
              message: text(
                `云硬盘 ${r.id} 有 ${q} 块，按台挂载到 ${target.id}（${quantityOf(target)} 台）：第 ${n} 块没有对应的主机。请把云硬盘数量改为不超过主机台数。`,
                `Disk ${r.id} has ${q} volumes attached one per host of ${target.id} (${quantityOf(target)} hosts): volume ${n} has no host.`,
              ),
            });
            continue;
          }
          specs.push({
            kind: "volume-attachment",
            name: `${disk}-attach`,
            resource: r.id,
            protect: false,
            instance: `${target.id}-${n}`,
            volume: disk,
          });
        }
        break;
      }
      case "obs":
        for (const n of range(q))
          specs.push({
            kind: "container",
            name: `${r.id}-${n}`,
            resource: r.id,
            protect: true,
            quotaGB: r.config.capacityGB ?? 0,
            index: n,
          });
        break;
      case "sfs":
        for (const n of range(q))
          specs.push({
            kind: "share",
            name: `${r.id}-${n}`,
            resource: r.id,
            protect: true,
            sizeGB: r.config.capacityGB ?? 0,
            protocol: "NFS",
            index: n,
          });
        break;
      case "eip": {
        const pool = r.config.network === "public" ? `public-${r.config.carrier ?? "telecom"}` : "govnet";
        const target = r.config.bindTo ? state.resources.get(r.config.bindTo) : undefined;
        for (const n of range(q)) {
          const fip = `${r.id}-${n}`;
          specs.push({ kind: "floating-ip", name: fip, resource: r.id, protect: false, pool, index: n });
          if (!r.config.bindTo) continue;
          const bindable = target && (target.service === "ecs" || target.service === "elb");
          if (!target || !bindable || quantityOf(target) < n) {
            refusals.push({
              code: "bind-target",
              resource: r.id,
              message: !target
                ? text(
                    `弹性IP ${r.id} 绑定的 ${r.config.bindTo} 不是本系统在用的资源。请改正 bindTo，或一并撤销这个弹性IP。`,
                    `Elastic IP ${r.id} binds to ${r.config.bindTo}, which is not in service in this system.`,
                  )
                : !bindable
                  ? text(
                      `弹性IP ${r.id} 绑定到 ${target.id}（${target.service}）：只能绑定云主机或负载均衡。`,
                      `Elastic IP ${r.id} binds to ${target.id} (${target.service}): only hosts and load balancers can be bound.`,
                    )
                  : text(
                      `弹性IP ${r.id} 有 ${q} 个，一对一绑定到 ${target.id}（${quantityOf(target)} 台）：第 ${n} 个没有对应的实例。请减少弹性IP 数量，或增加主机台数。`,
                      `Elastic IP ${r.id} has ${q} addresses bound one-to-one to ${target.id} (${quantityOf(target)}): address ${n} has no target.`,
                    ),
            });
            continue;
          }
          specs.push({
            kind: "floating-ip-association",
            name: `${fip}-assoc`,
            resource: r.id,
            protect: false,
            floatingIp: fip,
            target:
              target.service === "elb"
                ? { loadBalancer: `${target.id}-${n}` }
                : { port: `${target.id}-${n}-port` },
          });
        }
        break;
      }
      case "security-group":
        for (const n of range(q))
          specs.push({
            kind: "security-group",
            name: `${r.id}-${n}`,
            resource: r.id,
            protect: false,
            description: `govcloud: ${r.id}`,
          });
        break;
      case "elb": {
        const group = `${r.id}-sg`;
        specs.push({
          kind: "security-group",
          name: group,
          resource: r.id,
          protect: false,
          description: `govcloud: ${r.id}`,
        });
        for (const n of range(q))
          specs.push({
            kind: "load-balancer",
            name: `${r.id}-${n}`,
            resource: r.id,
            protect: false,
            network,
            securityGroups: [group, internalGroup],
            index: n,
          });
        break;
      }
      case "vpc":
        for (const n of range(q))
          specs.push({ kind: "network", name: `${r.id}-${n}`, resource: r.id, protect: false, index: n });
        break;
      case "subnet":
        for (const n of range(q))
          specs.push({
            kind: "subnet",
            name: `${r.id}-${n}`,
            resource: r.id,
            protect: false,
            network: vpcNetwork ?? { kind: "site" },
            prefixLength: prefixLength(r.config.ips ?? 1),
            ips: r.config.ips ?? 1,
          });
        break;
    }
  }

  // 端口开放申请批准的策略 → 目的资源安全组的入方向规则（负载均衡另加监听器）
  const seen = new Set<string>();
  const groupOf = (r: ResourceState): string[] =>
    r.service === "ecs" || r.service === "elb"
      ? [`${r.id}-sg`]
      : r.service === "security-group"
        ? range(quantityOf(r)).map((n) => `${r.id}-${n}`)
        : [];
  const openstack = (r: ResourceState) => !manualReason(catalog.serviceById.get(r.service), r.service);
  for (const { rule, openedBy } of state.ports) {
    let target = state.resources.get(rule.destination);
    if (!target)
      target = resources.find((r) =>
        r.instances.some((i) => i.ip === rule.destination || i.floatingIp === rule.destination),
      );
    const groups = target && openstack(target) ? groupOf(target) : [];
    if (!target || groups.length === 0) {
      notes.push({
        ...(target ? { resource: target.id } : {}),
        message: target
          ? text(
              `端口策略（申请 ${openedBy}）的目的 ${rule.destination} 是 ${target.service}，没有安全组：这条策略须由提供商工程师在对应服务上人工放行。`,
              `The port rule of application ${openedBy} targets ${rule.destination} (${target.service}), which has no security group: open it by hand.`,
            )
          : text(
              `端口策略（申请 ${openedBy}）的目的 ${rule.destination} 不是本系统在用资源的标识或已交付的 IP：这条策略没有落到安全组。`,
              `The port rule of application ${openedBy} targets ${rule.destination}, neither a resource in service nor a delivered IP: no security group rule.`,
            ),
      });
      continue;
    }
    const sourceResource = state.resources.get(rule.source);
    const sourceGroups = sourceResource ? groupOf(sourceResource) : [];
    const remote: SecurityGroupRuleSpec["remote"] =
      sourceGroups[0] !== undefined
        ? { group: sourceGroups[0] }
        : rule.source === "any"
          ? { cidr: "0.0.0.0/0" }
          : {
              cidr: rule.source.includes("/")
                ? rule.source
                : `${rule.source}/${isIpv6(rule.source) ? 128 : 32}`,
            };
    const sourceSlug =
      sourceGroups[0] !== undefined ? rule.source : rule.source === "any" ? "any" : addressSlug(rule.source);
    const ranges: ([number, number] | undefined)[] =
      rule.protocol === "icmp" ? [undefined] : portRanges(rule);
    for (const group of groups)
      for (const span of ranges) {
        const ports = span ? (span[0] === span[1] ? `${span[0]}` : `${span[0]}-${span[1]}`) : "";
        const name = `${group}-in-${rule.protocol}${ports ? `-${ports}` : ""}-${sourceSlug}`;
        if (seen.has(name)) continue;
        seen.add(name);
        specs.push({
          kind: "security-group-rule",
          name,
          resource: target.id,
          protect: false,
          group,
          direction: "ingress",
          ethertype: isIpv6(rule.source) ? "IPv6" : "IPv4",
          protocol: rule.protocol,
          ...(span ? { portMin: span[0], portMax: span[1] } : {}),
          remote,
          openedBy,
        });
        if (target.service === "elb" && span && span[0] === span[1] && rule.protocol !== "icmp")
          for (const n of range(quantityOf(target))) {
            const listener = `${target.id}-${n}-${rule.protocol}-${span[0]}`;
            if (seen.has(listener)) continue;
            seen.add(listener);
            const protocol = rule.protocol === "udp" ? "UDP" : "TCP";
            specs.push({
              kind: "listener",
              name: listener,
              resource: target.id,
              protect: false,
              loadBalancer: `${target.id}-${n}`,
              protocol,
              port: span[0],
            });
            specs.push({
              kind: "pool",
              name: `${listener}-pool`,
              resource: target.id,
              protect: false,
              listener,
              protocol,
            });
          }
      }
  }

  // 逻辑名须在系统内唯一（资源标识由申请人取，理论上可能拼出相同的名字）
  const names = new Map<string, ResourceSpec>();
  for (const s of specs) {
    const other = names.get(s.name);
    if (other && other.kind === s.kind)
      refusals.push({
        code: "name-collision",
        ...(s.resource ? { resource: s.resource } : {}),
        message: text(
          `逻辑名 ${s.name} 同时出自 ${other.resource ?? "系统"} 与 ${s.resource ?? "系统"}：请在新的申请中换一个资源标识。`,
          `Logical name ${s.name} comes from both ${other.resource ?? "the system"} and ${s.resource ?? "the system"}.`,
        ),
      });
    names.set(s.name, s);
  }
  return { specs, notes, refusals, manual };
}

const sized = (s: ResourceSpec): number | undefined =>
  s.kind === "volume" || s.kind === "share" ? s.sizeGB : undefined;

/**
 * 一个系统的期望状态：当前状态的规格，加上对照历史的检查——
 * - 磁盘与文件存储不能缩小（与交付过的最大容量比），也不能换磁盘类型（Cinder 换类型要迁移数据）；
 * - 交付过的、承载数据的资源不在期望状态中时，须有尚未交付的撤销申请写明数据情况（解除保护），否则拒绝；
 * - 与最近一次交付相比要做的事（新建、调整规格、扩容、删除）。
 */
export function desiredSystem(input: ProvisionInput): DesiredSystem {
  const { catalog, current } = input;
  const stack = stackName(input.unit, input.system);
  const result = specsOf(current, catalog);
  const refusals = [...result.refusals];
  const notes = [...result.notes];

  if (input.broken && input.broken.length > 0)
    refusals.push({
      code: "broken-history",
      message: text(
        `本系统的 ${input.broken.join("、")} 有加载或 schema 错误，不在系统状态中：缺了的申请会被当成删除，所以不生成期望状态。请先改正（govcloud validate）。`,
        `${input.broken.join(", ")} of this system failed to load or validate: refusing to provision, since a missing application would look like a deletion.`,
      ),
    });

  // 只折叠有交付记录的申请：云上“应当已经是”的状态；沿途记下每个卷交付过的最大容量
  const applications = [...input.applications].sort((a, b) => a.data.sequence - b.data.sequence);
  const deliveryOf = new Map(input.deliveries.map((d) => [d.data.application, d.data]));
  const delivered = new Set(deliveryOf.keys());
  let deliveredState: SystemState = emptyState;
  let lastDelivered: number | undefined;
  const maxSize = new Map<string, number>();
  const tierOf = new Map<string, Tier>();
  for (const { data: app } of applications) {
    const d = deliveryOf.get(app.sequence);
    if (!d) continue;
    deliveredState = deliver(apply(deliveredState, app), app, d);
    lastDelivered = app.sequence;
    for (const s of specsOf(deliveredState, catalog).specs) {
      const size = sized(s);
      if (size !== undefined) maxSize.set(s.name, Math.max(maxSize.get(s.name) ?? 0, size));
      if (s.kind === "volume") tierOf.set(s.name, s.tier);
    }
  }
  const lastChange = (resource: string | undefined) =>
    applications
      .map((a) => a.data)
      .filter((a) => a.type === "change" && a.changes.some((c) => c.resource === resource))
      .pop()?.sequence;

  for (const s of result.specs) {
    const size = sized(s);
    const max = maxSize.get(s.name);
    const application = lastChange(s.resource);
    if (size !== undefined && max !== undefined && size < max)
      refusals.push({
        code: "shrink",
        ...(s.resource ? { resource: s.resource } : {}),
        ...(application !== undefined ? { application } : {}),
        message: text(
          `${s.name} 交付时为 ${max} GB，期望状态是 ${size} GB：磁盘和文件存储只能扩容，不能缩小（缩小要新建再迁移数据，发放不会替你删除数据）。请提交变更申请把容量改回不小于 ${max} GB；确需缩小的，先新增一块小盘迁移数据，再撤销原盘。`,
          `${s.name} was delivered with ${max} GB; the desired state has ${size} GB. Disks and file shares can only grow. File a change back to at least ${max} GB.`,
        ),
      });
    const tier = tierOf.get(s.name);
    if (s.kind === "volume" && tier !== undefined && tier !== s.tier)
      refusals.push({
        code: "tier-change",
        ...(s.resource ? { resource: s.resource } : {}),
        ...(application !== undefined ? { application } : {}),
        message: text(
          `${s.name} 交付时是 ${tier}，期望状态是 ${s.tier}：换磁盘类型要迁移数据，不能自动完成。请保持原类型；需要更高 IO 的，新增一块盘迁移数据后撤销原盘。`,
          `${s.name} was delivered as ${tier}; the desired state has ${s.tier}. Changing a disk type needs a data migration and is not done automatically.`,
        ),
      });
  }

  // 撤销：尚未交付的撤销申请写明了数据情况的，解除保护
  const releases: Release[] = [];
  const released = new Set<string>();
  for (const rv of [...current.revoked.values()].sort((a, b) => byId(a.resource, b.resource))) {
    if (delivered.has(rv.revokedBy)) continue;
    const app = applications.find((a) => a.data.sequence === rv.revokedBy)?.data;
    const revocation =
      app?.type === "revoke" ? app.revocations.find((x) => x.resource === rv.resource.id) : undefined;
    if (!revocation) continue;
    const holds = catalog.serviceById.get(rv.resource.service)?.holdsData === true;
    const alone: SystemState = { ...emptyState, resources: new Map([[rv.resource.id, rv.resource]]) };
    const protectedSpecs = specsOf(alone, catalog).specs.filter(
      (s) => s.resource === rv.resource.id && s.protect,
    );
    const names = protectedSpecs.map((s) => s.name);
    if (names.length === 0) continue;
    if (holds && revocation.dataBackup === "no-data") continue; // 下面作为“未说明数据就删除”拒绝
    for (const n of names) released.add(n);
    releases.push({
      resource: rv.resource.id,
      service: rv.resource.service,
      revokedBy: rv.revokedBy,
      dataBackup: revocation.dataBackup,
      names,
      urns: protectedSpecs.map((s) => urnFor(stack, s)),
    });
  }

  const desiredNames = new Map(result.specs.map((s) => [s.name, s]));
  const deliveredSpecs = lastDelivered === undefined ? [] : specsOf(deliveredState, catalog).specs;
  for (const s of deliveredSpecs) {
    if (!s.protect || desiredNames.has(s.name) || released.has(s.name)) continue;
    const stillInService = s.resource !== undefined && current.resources.has(s.resource);
    refusals.push({
      code: stillInService ? "data-disk-removed" : "removed-without-revocation",
      ...(s.resource ? { resource: s.resource } : {}),
      message: stillInService
        ? text(
            `${s.name} 已交付、承载数据，但期望状态里没有它（变更减少了台数或数据盘）：变更申请不能删除承载数据的资源。请提交变更申请恢复，或提交撤销申请并写明数据已备份或无需备份。`,
            `${s.name} was delivered and holds data but is missing from the desired state (a change reduced hosts or data disks). A change cannot delete data; restore it or revoke with a data statement.`,
          )
        : text(
            `${s.name} 已交付、承载数据，但期望状态里没有它，也没有写明数据已备份或无需备份的撤销申请：发放不会删除它。请提交撤销申请，写明 dataBackup。`,
            `${s.name} was delivered and holds data, but no revocation with a data statement names it: it will not be deleted.`,
          ),
    });
  }

  const changes = plannedChanges(deliveredSpecs, result.specs, released);
  if (lastDelivered === undefined && result.specs.length > 0)
    notes.push({
      message: text(
        "本系统还没有交付记录：全部资源都将新建。已在云上手工交付过的资源请先 pulumi import，免得重复创建。",
        "No delivery record yet: every resource will be created. Import resources delivered by hand first (pulumi import).",
      ),
    });

  return {
    unit: input.unit,
    system: input.system,
    systemName: input.registration.name,
    stack,
    cloud: input.registration.environment,
    services: Object.fromEntries([...current.resources.values()].sort(byId).map((r) => [r.id, r.service])),
    specs: result.specs,
    manual: result.manual,
    releases,
    refusals,
    notes,
    changes,
    ...(lastDelivered !== undefined ? { lastDelivered } : {}),
  };
}

const json = (s: ResourceSpec) => JSON.stringify(s);

/** 与最近一次交付的规格相比，这次要做的事。 */
export function plannedChanges(
  before: readonly ResourceSpec[],
  after: readonly ResourceSpec[],
  released: ReadonlySet<string>,
): PlannedChange[] {
  const old = new Map(before.map((s) => [s.name, s]));
  const out: PlannedChange[] = [];
  const base = (s: ResourceSpec) => ({
    name: s.name,
    kind: s.kind,
    ...(s.resource ? { resource: s.resource } : {}),
  });
  for (const s of after) {
    const o = old.get(s.name);
    if (!o) {
      out.push({ ...base(s), action: "create" });
      continue;
    }
    if (json(o) === json(s)) continue;
    if (s.kind === "instance" && o.kind === "instance" && o.flavor !== s.flavor)
      out.push({
        ...base(s),
        action: "resize",
        detail: text(
          `规格 ${o.flavor} → ${s.flavor}（${o.vcpu}核${o.memoryGB}GB → ${s.vcpu}核${s.memoryGB}GB，调整规格时主机重启）`,
          `flavor ${o.flavor} → ${s.flavor} (the host reboots)`,
        ),
      });
    else if (
      (s.kind === "volume" || s.kind === "share") &&
      (o.kind === "volume" || o.kind === "share") &&
      s.sizeGB > o.sizeGB
    )
      out.push({
        ...base(s),
        action: "extend",
        detail: text(`容量 ${o.sizeGB} → ${s.sizeGB} GB`, `size ${o.sizeGB} → ${s.sizeGB} GB`),
      });
    else out.push({ ...base(s), action: "update" });
  }
  const now = new Set(after.map((s) => s.name));
  for (const s of before)
    if (!now.has(s.name)) out.push({ ...base(s), action: released.has(s.name) ? "release" : "delete" });
  return out;
}
