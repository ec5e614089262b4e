import * as openstack from "@pulumi/openstack";
import * as pulumi from "@pulumi/pulumi";
import { compact, type KindBuilder } from "./types.ts";

/** 负载均衡（Octavia）：VIP 在系统的子网（或站点网络），带安全组。 */
export const loadBalancer: KindBuilder<"load-balancer"> = {
  create(s, ctx) {
    const where = ctx.placement(s.network);
    return new openstack.loadbalancer.LoadBalancer(
      s.name,
      {
        name: ctx.named(s.name),
        ...(where.subnetId ? { vipSubnetId: where.subnetId } : { vipNetworkId: where.networkId }),
        securityGroupIds: s.securityGroups.map((g) => ctx.need("security-group", g, "安全组").id),
        ...(ctx.site.loadBalancerProvider ? { loadbalancerProvider: ctx.site.loadBalancerProvider } : {}),
      },
      ctx.options(s),
    );
  },
  output(s, ctx, entry) {
    const lb = ctx.need("load-balancer", s.name, "负载均衡");
    entry.instances.push(
      pulumi
        .all([lb.id, lb.vipAddress])
        .apply(([id, ip]) => compact({ name: s.name, hostname: ctx.named(s.name), ip, cloudId: id })),
    );
  },
};

/** 监听器：一个端口、一种协议。 */
export const listener: KindBuilder<"listener"> = {
  create: (s, ctx) =>
    new openstack.loadbalancer.Listener(
      s.name,
      {
        name: ctx.named(s.name),
        loadbalancerId: ctx.need("load-balancer", s.loadBalancer, "负载均衡").id,
        protocol: s.protocol,
        protocolPort: s.port,
      },
      ctx.options(s),
    ),
};

/** 后端池：轮询。 */
export const pool: KindBuilder<"pool"> = {
  create: (s, ctx) =>
    new openstack.loadbalancer.Pool(
      s.name,
      {
        name: ctx.named(s.name),
        listenerId: ctx.need("listener", s.listener, "监听器").id,
        protocol: s.protocol,
        lbMethod: "ROUND_ROBIN",
      },
      ctx.options(s),
    ),
};
