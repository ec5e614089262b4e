import * as openstack from "@pulumi/openstack";
import * as pulumi from "@pulumi/pulumi";
import { cloudName } from "../scripts/core/provision/naming.ts";
import type { OutputResource, StackOutputs } from "../scripts/core/provision/outputs.ts";
import { serviceEntries } from "../scripts/core/provision/services/registry.ts";
import type { DesiredSystem, NetworkRef, ResourceSpec, SpecKind } from "../scripts/core/provision/types.ts";
import { builders, buildOrder } from "./resources/registry.ts";
import type { BuildContext, KindBuilder, KindResources, OutputEntry, SpecOf } from "./resources/types.ts";
import type { CloudSite, StackSettings } from "./settings.ts";

/**
 * 规格 → OpenStack 资源。这里不做判断：名字、数量、保护、规格名都已在核心（scripts/core/provision/）算好。
 * 所有资源都是 stack 的直接子资源（URN 可由核心算出），逻辑名就是规格名。
 * 每种规格建成什么在 resources/（按规格种类登记）；哪种规格是一项服务交付的实例由服务表（delivers）决定。
 */

export interface BuiltSystem {
  outputs: { govcloud: StackOutputs["govcloud"]; resources: pulumi.Output<Record<string, OutputResource>> };
}

export function buildSystem(desired: DesiredSystem, site: CloudSite, settings: StackSettings): BuiltSystem {
  const ctx = buildContext(desired, site, settings);
  const created = ctx.created;
  const sorted = [...desired.specs].sort((a, b) => buildOrder.indexOf(a.kind) - buildOrder.indexOf(b.kind));
  for (const s of sorted) {
    const made = (builders[s.kind] as KindBuilder<SpecKind>).create(s as SpecOf<SpecKind>, ctx);
    const byName = created.get(s.kind) ?? new Map<string, unknown>();
    byName.set(s.name, made);
    created.set(s.kind, byName);
  }
  return {
    outputs: {
      govcloud: {
        unit: desired.unit,
        system: desired.system,
        stack: desired.stack,
        cloud: settings.cloud,
        namePrefix: settings.namePrefix,
      },
      resources: stackResources(desired, ctx),
    },
  };
}

/**
 * 建资源的上下文。一个云环境一个提供者：x86 与 ARM（鲲鹏）区域各自的 OpenStack；提供者名固定，
 * 系统不会被悄悄搬到另一个区域。站点网络与镜像只查一次。
 */
function buildContext(
  desired: DesiredSystem,
  site: CloudSite,
  settings: StackSettings,
): BuildContext & { created: Map<SpecKind, Map<string, unknown>> } {
  const provider = new openstack.Provider(`openstack-${settings.cloud}`, {
    region: site.region,
    ...(site.cloud ? { cloud: site.cloud } : {}),
    useOctavia: true,
  });
  const invoke = { provider };
  const created = new Map<SpecKind, Map<string, unknown>>();
  const need = <K extends SpecKind>(kind: K, name: string, what: string): KindResources[K] => {
    const v = created.get(kind)?.get(name);
    if (v === undefined) throw new Error(`规格引用了不存在的${what} ${name}（期望状态的内部错误）`);
    return v as KindResources[K];
  };
  const networkIds = new Map<string, pulumi.Output<string>>();
  const networkByName = (name: string) => {
    let id = networkIds.get(name);
    if (!id) {
      id = openstack.networking.getNetworkOutput({ name }, invoke).apply((n) => n.id);
      networkIds.set(name, id);
    }
    return id;
  };
  const siteNetwork = () => networkByName(site.network);
  // profile 给出的网络键（如部署区域 × 测试/生产）：站点配置 networks 中的网络
  const keyedNetwork = (key: string) => {
    const name = site.networks?.[key];
    if (name === undefined)
      throw new Error(
        `站点配置 clouds.${settings.cloud}.networks 中没有 ${key}：请在站点配置中写明这个网络的名字。`,
      );
    return networkByName(name);
  };
  let imageId: pulumi.Output<string> | undefined;
  const image = () => {
    imageId ??= openstack.images
      .getImageOutput({ name: site.image, mostRecent: true }, invoke)
      .apply((i) => i.id);
    return imageId;
  };
  const placement = (network: NetworkRef) =>
    network.kind === "site"
      ? {
          networkId: network.name === undefined ? siteNetwork() : keyedNetwork(network.name),
          subnetId: undefined,
        }
      : {
          networkId: network.network === "site" ? siteNetwork() : need("network", network.network, "网络").id,
          subnetId: need("subnet", network.subnet, "子网").id,
        };
  return {
    desired,
    site,
    created,
    named: (name) => cloudName(settings.namePrefix, name),
    options: (s: ResourceSpec, extra: pulumi.CustomResourceOptions = {}) => ({
      provider,
      protect: s.protect,
      ...extra,
    }),
    metadata: (s) => ({
      "govcloud-unit": desired.unit,
      "govcloud-system": desired.system,
      ...(s.resource ? { "govcloud-resource": s.resource } : {}),
    }),
    siteNetwork,
    image,
    placement,
    need,
    boundIps: new Map(),
  };
}

/**
 * stack 输出：按申请的资源标识归组，govcloud deliver 由它写交付记录（第25条：IP、主机名、配置）。
 * 一项服务交付的实例取自服务表中它的 delivers 那种规格（云主机的主机、云硬盘的卷……）。
 */
function stackResources(
  desired: DesiredSystem,
  ctx: BuildContext,
): pulumi.Output<Record<string, OutputResource>> {
  const grouped = new Map<string, OutputEntry>();
  for (const s of desired.specs) {
    if (!s.resource) continue;
    const service = desired.engines?.[s.resource] ?? desired.services[s.resource];
    const output = (builders[s.kind] as KindBuilder<SpecKind>).output;
    if (!output || service === undefined || serviceEntries.get(service)?.delivers !== s.kind) continue;
    let entry = grouped.get(s.resource);
    if (!entry) {
      entry = { instances: [] };
      grouped.set(s.resource, entry);
    }
    output(s as SpecOf<SpecKind>, ctx, entry);
  }
  const resources: Record<string, pulumi.Output<OutputResource>> = {};
  for (const [id, e] of grouped) {
    const service = desired.services[id] ?? "";
    resources[id] = pulumi
      .all([pulumi.all(e.instances), e.endpoint ?? pulumi.output(""), e.config ?? pulumi.output(undefined)])
      .apply(([list, endpoint, config]) => ({
        service,
        instances: list,
        ...(endpoint ? { endpoint } : {}),
        ...(config ? { config } : {}),
      }));
  }
  return pulumi.all(resources);
}
