import * as openstack from "@pulumi/openstack";
import * as pulumi from "@pulumi/pulumi";
import type { ResourceConfig } from "../scripts/core/model.ts";
import { cloudName } from "../scripts/core/provision/naming.ts";
import type { OutputInstance, OutputResource, StackOutputs } from "../scripts/core/provision/outputs.ts";
import type {
  DesiredSystem,
  NetworkRef,
  ResourceSpec,
  SpecKind,
  VolumeAttachmentSpec,
  VolumeSpec,
} from "../scripts/core/provision/types.ts";
import type { CloudSite, StackSettings } from "./settings.ts";

/**
 * 规格 → OpenStack 资源。这里不做判断：名字、数量、保护、规格名都已在核心（scripts/core/provision/）算好。
 * 所有资源都是 stack 的直接子资源（URN 可由核心算出），逻辑名就是规格名。
 */

/** 建立资源的先后：被引用的先建。 */
const order: SpecKind[] = [
  "network",
  "subnet",
  "security-group",
  "security-group-rule",
  "volume",
  "port",
  "instance",
  "volume-attachment",
  "load-balancer",
  "listener",
  "pool",
  "floating-ip",
  "floating-ip-association",
  "container",
  "share",
];

const GiB = 1024 ** 3;

export interface BuiltSystem {
  outputs: { govcloud: StackOutputs["govcloud"]; resources: pulumi.Output<Record<string, OutputResource>> };
}

function need<T>(map: ReadonlyMap<string, T>, name: string, what: string): T {
  const v = map.get(name);
  if (v === undefined) throw new Error(`规格引用了不存在的${what} ${name}（期望状态的内部错误）`);
  return v;
}

export function buildSystem(desired: DesiredSystem, site: CloudSite, settings: StackSettings): BuiltSystem {
  // 一个云环境一个提供者：x86 与 ARM（鲲鹏）区域各自的 OpenStack；提供者名固定，系统不会被悄悄搬到另一个区域
  const provider = new openstack.Provider(`openstack-${settings.cloud}`, {
    region: site.region,
    ...(site.cloud ? { cloud: site.cloud } : {}),
    useOctavia: true,
  });
  const invoke = { provider };
  const named = (name: string) => cloudName(settings.namePrefix, name);
  const attachedTo = (instance: string) =>
    desired.specs
      .filter((x): x is VolumeAttachmentSpec => x.kind === "volume-attachment" && x.instance === instance)
      .map((x) => need(volumes, x.volume, "卷"));
  const options = (
    s: ResourceSpec,
    extra: pulumi.CustomResourceOptions = {},
  ): pulumi.CustomResourceOptions => ({
    provider,
    protect: s.protect,
    ...extra,
  });
  const metadata = (s: ResourceSpec) => ({
    "govcloud-unit": desired.unit,
    "govcloud-system": desired.system,
    ...(s.resource ? { "govcloud-resource": s.resource } : {}),
  });

  let siteNetworkId: pulumi.Output<string> | undefined;
  const siteNetwork = () => {
    siteNetworkId ??= openstack.networking
      .getNetworkOutput({ name: site.network }, invoke)
      .apply((n) => n.id);
    return siteNetworkId;
  };
  let imageId: pulumi.Output<string> | undefined;
  const image = () => {
    imageId ??= openstack.images
      .getImageOutput({ name: site.image, mostRecent: true }, invoke)
      .apply((i) => i.id);
    return imageId;
  };

  const networks = new Map<string, openstack.networking.Network>();
  const subnets = new Map<string, openstack.networking.Subnet>();
  const groups = new Map<string, openstack.networking.SecGroup>();
  const volumes = new Map<string, openstack.blockstorage.Volume>();
  const ports = new Map<string, openstack.networking.Port>();
  const instances = new Map<string, openstack.compute.Instance>();
  const balancers = new Map<string, openstack.loadbalancer.LoadBalancer>();
  const listeners = new Map<string, openstack.loadbalancer.Listener>();
  const floatingIps = new Map<string, openstack.networking.FloatingIp>();
  const containers = new Map<string, openstack.objectstorage.Container>();
  const shares = new Map<string, openstack.sharedfilesystem.Share>();
  /** 绑定了弹性IP 的端口 → 弹性IP */
  const boundIps = new Map<string, openstack.networking.FloatingIp>();

  const placement = (network: NetworkRef) =>
    network.kind === "site"
      ? { networkId: siteNetwork(), subnetId: undefined }
      : {
          networkId: network.network === "site" ? siteNetwork() : need(networks, network.network, "网络").id,
          subnetId: need(subnets, network.subnet, "子网").id,
        };

  const sorted = [...desired.specs].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  for (const s of sorted) {
    switch (s.kind) {
      case "network":
        networks.set(
          s.name,
          new openstack.networking.Network(s.name, { name: named(s.name), adminStateUp: true }, options(s)),
        );
        break;
      case "subnet": {
        const cidr = site.subnetCidrs?.[s.name];
        if (!cidr && !site.subnetPool)
          throw new Error(
            `子网 ${s.name}（/${s.prefixLength}，${s.ips} 个 IP）没有网段：请在 pulumi/site.yaml 的 subnetCidrs 中给出，或配置 subnetPool。`,
          );
        subnets.set(
          s.name,
          new openstack.networking.Subnet(
            s.name,
            {
              name: named(s.name),
              networkId: typeof s.network === "string" ? need(networks, s.network, "网络").id : siteNetwork(),
              ...(cidr
                ? { cidr }
                : { subnetpoolId: site.subnetPool as string, prefixLength: s.prefixLength }),
              ipVersion: 4,
            },
            options(s),
          ),
        );
        break;
      }
      case "security-group":
        groups.set(
          s.name,
          new openstack.networking.SecGroup(
            s.name,
            { name: named(s.name), description: s.description },
            options(s),
          ),
        );
        break;
      case "security-group-rule":
        new openstack.networking.SecGroupRule(
          s.name,
          {
            securityGroupId: need(groups, s.group, "安全组").id,
            direction: s.direction,
            ethertype: s.ethertype,
            ...(s.protocol !== "any" ? { protocol: s.protocol } : {}),
            ...(s.portMin !== undefined ? { portRangeMin: s.portMin, portRangeMax: s.portMax } : {}),
            ...("cidr" in s.remote
              ? { remoteIpPrefix: s.remote.cidr }
              : { remoteGroupId: need(groups, s.remote.group, "安全组").id }),
            description: s.openedBy !== undefined ? `govcloud 申请 ${s.openedBy}` : "govcloud",
          },
          options(s),
        );
        break;
      case "volume":
        volumes.set(
          s.name,
          new openstack.blockstorage.Volume(
            s.name,
            {
              name: named(s.name),
              size: s.sizeGB,
              volumeType: site.volumeTypes[s.tier],
              ...(s.fromImage ? { imageId: image() } : {}),
              enableOnlineResize: true,
              ...(site.availabilityZone ? { availabilityZone: site.availabilityZone } : {}),
              metadata: metadata(s),
            },
            // 镜像只在新建系统盘时使用：之后站点换了镜像，也不重建已有的系统盘
            options(s, s.fromImage ? { ignoreChanges: ["imageId"] } : {}),
          ),
        );
        break;
      case "port": {
        const where = placement(s.network);
        ports.set(
          s.name,
          new openstack.networking.Port(
            s.name,
            {
              name: named(s.name),
              networkId: where.networkId,
              ...(where.subnetId ? { fixedIps: [{ subnetId: where.subnetId }] } : {}),
              securityGroupIds: s.securityGroups.map((g) => need(groups, g, "安全组").id),
              adminStateUp: true,
            },
            options(s),
          ),
        );
        break;
      }
      case "instance":
        instances.set(
          s.name,
          new openstack.compute.Instance(
            s.name,
            {
              name: named(s.name),
              flavorName: site.flavors?.[s.flavor] ?? s.flavor,
              ...(site.availabilityZone ? { availabilityZone: site.availabilityZone } : {}),
              networks: [{ port: need(ports, s.port, "端口").id }],
              blockDevices: [
                {
                  sourceType: "volume",
                  destinationType: "volume",
                  uuid: need(volumes, s.systemVolume, "系统盘").id,
                  bootIndex: 0,
                  deleteOnTermination: false,
                },
              ],
              metadata: { ...metadata(s), ...(s.test ? { "govcloud-test": "true" } : {}) },
              stopBeforeDestroy: true,
            },
            // 挂在这台主机上的卷先于主机处理：扩容申请同时调整规格与扩容磁盘时，卷在调整规格之前扩容。
            // 调整规格期间 Nova 重建卷的挂载（卷处于 reserved），此时扩容会失败（端到端测试在真实的 OpenStack 上见过）。
            options(s, { dependsOn: attachedTo(s.name) }),
          ),
        );
        break;
      case "volume-attachment":
        new openstack.compute.VolumeAttach(
          s.name,
          { instanceId: need(instances, s.instance, "主机").id, volumeId: need(volumes, s.volume, "卷").id },
          options(s),
        );
        break;
      case "load-balancer": {
        const where = placement(s.network);
        balancers.set(
          s.name,
          new openstack.loadbalancer.LoadBalancer(
            s.name,
            {
              name: named(s.name),
              ...(where.subnetId ? { vipSubnetId: where.subnetId } : { vipNetworkId: where.networkId }),
              securityGroupIds: s.securityGroups.map((g) => need(groups, g, "安全组").id),
              ...(site.loadBalancerProvider ? { loadbalancerProvider: site.loadBalancerProvider } : {}),
            },
            options(s),
          ),
        );
        break;
      }
      case "listener":
        listeners.set(
          s.name,
          new openstack.loadbalancer.Listener(
            s.name,
            {
              name: named(s.name),
              loadbalancerId: need(balancers, s.loadBalancer, "负载均衡").id,
              protocol: s.protocol,
              protocolPort: s.port,
            },
            options(s),
          ),
        );
        break;
      case "pool":
        new openstack.loadbalancer.Pool(
          s.name,
          {
            name: named(s.name),
            listenerId: need(listeners, s.listener, "监听器").id,
            protocol: s.protocol,
            lbMethod: "ROUND_ROBIN",
          },
          options(s),
        );
        break;
      case "floating-ip":
        floatingIps.set(
          s.name,
          new openstack.networking.FloatingIp(
            s.name,
            {
              pool: site.floatingIpPools[s.pool] ?? s.pool,
              description: `govcloud ${desired.unit}/${desired.system} ${s.name}`,
            },
            options(s),
          ),
        );
        break;
      case "floating-ip-association": {
        const fip = need(floatingIps, s.floatingIp, "弹性IP");
        const portId =
          "port" in s.target
            ? need(ports, s.target.port, "端口").id
            : need(balancers, s.target.loadBalancer, "负载均衡").vipPortId;
        if ("port" in s.target) boundIps.set(s.target.port, fip);
        new openstack.networking.FloatingIpAssociate(s.name, { floatingIp: fip.address, portId }, options(s));
        break;
      }
      case "container":
        containers.set(
          s.name,
          new openstack.objectstorage.Container(
            s.name,
            { name: named(s.name), metadata: { "Quota-Bytes": String(s.quotaGB * GiB) } },
            options(s),
          ),
        );
        break;
      case "share":
        shares.set(
          s.name,
          new openstack.sharedfilesystem.Share(
            s.name,
            {
              name: named(s.name),
              shareProto: s.protocol,
              size: s.sizeGB,
              ...(site.shareNetwork ? { shareNetworkId: site.shareNetwork } : {}),
              ...(site.shareType ? { shareType: site.shareType } : {}),
            },
            options(s),
          ),
        );
        break;
    }
  }

  // stack 输出：按申请的资源标识归组，govcloud deliver 由它写交付记录（第25条：IP、主机名、配置）
  const grouped = new Map<
    string,
    {
      instances: pulumi.Output<OutputInstance>[];
      endpoint?: pulumi.Output<string>;
      config?: pulumi.Output<ResourceConfig>;
    }
  >();
  const entry = (id: string) => {
    let e = grouped.get(id);
    if (!e) {
      e = { instances: [] };
      grouped.set(id, e);
    }
    return e;
  };
  const compact = (o: Record<string, string | undefined>) =>
    Object.fromEntries(
      Object.entries(o).filter(([, v]) => v !== undefined && v !== ""),
    ) as unknown as OutputInstance;
  for (const s of desired.specs) {
    if (!s.resource) continue;
    const service = desired.services[s.resource];
    switch (s.kind) {
      case "instance": {
        const inst = need(instances, s.name, "主机");
        const port = need(ports, s.port, "端口");
        const fip = boundIps.get(s.port);
        const e = entry(s.resource);
        // 交付的配置取自云：卷的容量读云上的值，vCPU 与内存取规格（云上的规格名可能是映射过的）
        if (s.index === 1) {
          const disks = desired.specs.filter(
            (d): d is VolumeSpec =>
              d.kind === "volume" && d.role === "data" && d.name.startsWith(`${s.name}-data-`),
          );
          const system = need(volumes, s.systemVolume, "系统盘");
          const systemTier = (desired.specs.find((d) => d.name === s.systemVolume) as VolumeSpec).tier;
          e.config = pulumi
            .all([system.size, pulumi.all(disks.map((d) => need(volumes, d.name, "卷").size))])
            .apply(([systemSize, sizes]) => ({
              vcpu: s.vcpu,
              memoryGB: s.memoryGB,
              systemDisk: { sizeGB: systemSize, tier: systemTier },
              ...(disks.length > 0
                ? { dataDisks: disks.map((d, i) => ({ sizeGB: sizes[i] ?? d.sizeGB, tier: d.tier })) }
                : {}),
            }));
        }
        e.instances.push(
          pulumi
            .all([inst.id, port.allFixedIps, fip ? fip.address : pulumi.output(undefined)])
            .apply(([id, ips, floating]) =>
              compact({
                name: s.name,
                hostname: named(s.name),
                ip: ips[0],
                floatingIp: floating,
                cloudId: id,
              }),
            ),
        );
        break;
      }
      case "floating-ip": {
        const fip = need(floatingIps, s.name, "弹性IP");
        entry(s.resource).instances.push(
          pulumi
            .all([fip.id, fip.address])
            .apply(([id, address]) => compact({ name: s.name, floatingIp: address, cloudId: id })),
        );
        break;
      }
      case "load-balancer": {
        const lb = need(balancers, s.name, "负载均衡");
        entry(s.resource).instances.push(
          pulumi
            .all([lb.id, lb.vipAddress])
            .apply(([id, ip]) => compact({ name: s.name, hostname: named(s.name), ip, cloudId: id })),
        );
        break;
      }
      case "container": {
        const c = need(containers, s.name, "桶");
        const e = entry(s.resource);
        e.instances.push(c.id.apply((id) => compact({ name: s.name, cloudId: id })));
        e.endpoint ??= c.name.apply((n) =>
          site.objectStorageEndpoint ? `${site.objectStorageEndpoint.replace(/\/+$/, "")}/${n}` : n,
        );
        break;
      }
      case "share": {
        const sh = need(shares, s.name, "文件共享");
        const e = entry(s.resource);
        e.instances.push(sh.id.apply((id) => compact({ name: s.name, cloudId: id })));
        e.endpoint ??= sh.exportLocations.apply((l) => l[0]?.path ?? "");
        e.config ??= sh.size.apply((size) => ({ capacityGB: size }));
        break;
      }
      case "volume":
        if (service === "evs") {
          const v = need(volumes, s.name, "卷");
          const e = entry(s.resource);
          e.instances.push(v.id.apply((id) => compact({ name: s.name, cloudId: id })));
          e.config ??= v.size.apply((size) => ({ capacityGB: size }));
        }
        break;
      case "network":
        entry(s.resource).instances.push(
          need(networks, s.name, "网络").id.apply((id) => compact({ name: s.name, cloudId: id })),
        );
        break;
      case "subnet":
        entry(s.resource).instances.push(
          need(subnets, s.name, "子网").id.apply((id) => compact({ name: s.name, cloudId: id })),
        );
        break;
      case "security-group":
        if (service === "security-group")
          entry(s.resource).instances.push(
            need(groups, s.name, "安全组").id.apply((id) => compact({ name: s.name, cloudId: id })),
          );
        break;
      default:
        break;
    }
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
  return {
    outputs: {
      govcloud: {
        unit: desired.unit,
        system: desired.system,
        stack: desired.stack,
        cloud: settings.cloud,
        namePrefix: settings.namePrefix,
      },
      resources: pulumi.all(resources),
    },
  };
}
