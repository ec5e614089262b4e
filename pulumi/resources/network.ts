import * as openstack from "@pulumi/openstack";
import * as pulumi from "@pulumi/pulumi";
import { compact, type KindBuilder } from "./types.ts";

/** 网络（VPC）：Neutron 网络。 */
export const network: KindBuilder<"network"> = {
  create: (s, ctx) =>
    new openstack.networking.Network(s.name, { name: ctx.named(s.name), adminStateUp: true }, ctx.options(s)),
  output(s, ctx, entry) {
    entry.instances.push(
      ctx.need("network", s.name, "网络").id.apply((id) => compact({ name: s.name, cloudId: id })),
    );
  },
};

/** 子网：网段取自站点配置的 subnetCidrs，否则从子网池按前缀长度分配。 */
export const subnet: KindBuilder<"subnet"> = {
  create(s, ctx) {
    const cidr = ctx.site.subnetCidrs?.[s.name];
    if (!cidr && !ctx.site.subnetPool)
      throw new Error(
        `子网 ${s.name}（/${s.prefixLength}，${s.ips} 个 IP）没有网段：请在 pulumi/site.yaml 的 subnetCidrs 中给出，或配置 subnetPool。`,
      );
    return new openstack.networking.Subnet(
      s.name,
      {
        name: ctx.named(s.name),
        networkId:
          typeof s.network === "string" ? ctx.need("network", s.network, "网络").id : ctx.siteNetwork(),
        ...(cidr ? { cidr } : { subnetpoolId: ctx.site.subnetPool as string, prefixLength: s.prefixLength }),
        ipVersion: 4,
      },
      ctx.options(s),
    );
  },
  output(s, ctx, entry) {
    entry.instances.push(
      ctx.need("subnet", s.name, "子网").id.apply((id) => compact({ name: s.name, cloudId: id })),
    );
  },
};

/** 安全组。 */
export const securityGroup: KindBuilder<"security-group"> = {
  create: (s, ctx) =>
    new openstack.networking.SecGroup(
      s.name,
      { name: ctx.named(s.name), description: s.description },
      ctx.options(s),
    ),
  output(s, ctx, entry) {
    entry.instances.push(
      ctx.need("security-group", s.name, "安全组").id.apply((id) => compact({ name: s.name, cloudId: id })),
    );
  },
};

/** 安全组规则：来源是网段或本系统的另一个安全组。 */
export const securityGroupRule: KindBuilder<"security-group-rule"> = {
  create: (s, ctx) =>
    new openstack.networking.SecGroupRule(
      s.name,
      {
        securityGroupId: ctx.need("security-group", s.group, "安全组").id,
        direction: s.direction,
        ethertype: s.ethertype,
        ...(s.protocol !== "any" ? { protocol: s.protocol } : {}),
        ...(s.portMin !== undefined ? { portRangeMin: s.portMin, portRangeMax: s.portMax } : {}),
        ...("cidr" in s.remote
          ? { remoteIpPrefix: s.remote.cidr }
          : { remoteGroupId: ctx.need("security-group", s.remote.group, "安全组").id }),
        description: s.openedBy !== undefined ? `govcloud 申请 ${s.openedBy}` : "govcloud",
      },
      ctx.options(s),
    ),
};

/** 网卡（端口）：在系统的网络位置，带安全组。 */
export const port: KindBuilder<"port"> = {
  create(s, ctx) {
    const where = ctx.placement(s.network);
    return new openstack.networking.Port(
      s.name,
      {
        name: ctx.named(s.name),
        networkId: where.networkId,
        ...(where.subnetId ? { fixedIps: [{ subnetId: where.subnetId }] } : {}),
        securityGroupIds: s.securityGroups.map((g) => ctx.need("security-group", g, "安全组").id),
        adminStateUp: true,
      },
      ctx.options(s),
    );
  },
};

/** 弹性IP：站点把地址池键映射为外部网络。 */
export const floatingIp: KindBuilder<"floating-ip"> = {
  create: (s, ctx) =>
    new openstack.networking.FloatingIp(
      s.name,
      {
        pool: ctx.site.floatingIpPools[s.pool] ?? s.pool,
        description: `govcloud ${ctx.desired.unit}/${ctx.desired.system} ${s.name}`,
      },
      ctx.options(s),
    ),
  output(s, ctx, entry) {
    const fip = ctx.need("floating-ip", s.name, "弹性IP");
    entry.instances.push(
      pulumi
        .all([fip.id, fip.address])
        .apply(([id, address]) => compact({ name: s.name, floatingIp: address, cloudId: id })),
    );
  },
};

/** 弹性IP 绑定：主机的网卡，或负载均衡的 VIP 端口。 */
export const floatingIpAssociation: KindBuilder<"floating-ip-association"> = {
  create(s, ctx) {
    const fip = ctx.need("floating-ip", s.floatingIp, "弹性IP");
    const portId =
      "port" in s.target
        ? ctx.need("port", s.target.port, "端口").id
        : ctx.need("load-balancer", s.target.loadBalancer, "负载均衡").vipPortId;
    if ("port" in s.target) ctx.boundIps.set(s.target.port, fip);
    return new openstack.networking.FloatingIpAssociate(
      s.name,
      { floatingIp: fip.address, portId },
      ctx.options(s),
    );
  },
};
