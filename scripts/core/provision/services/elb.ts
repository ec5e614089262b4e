import { internalGroup, quantityOf, range } from "./common.ts";
import type { ServiceEntry } from "./types.ts";

/**
 * 负载均衡（附件1 第16项，elb）：每个一个 Octavia 负载均衡，放在系统的网络位置；共用一个本资源的安全组 `<id>-sg`，
 * 并加入系统内互通的安全组。端口开放申请放行单个 TCP/UDP 端口时，每个负载均衡另建该端口的监听器与池。
 */
export const elb: ServiceEntry = {
  service: "elb",
  kinds: ["security-group", "load-balancer", "listener", "pool"],
  delivers: "load-balancer",
  internal: true,
  securityGroups: (r) => [`${r.id}-sg`],
  bindTarget: (r, n) => ({ loadBalancer: `${r.id}-${n}` }),
  specs(r, ctx, out) {
    const group = `${r.id}-sg`;
    out.specs.push({
      kind: "security-group",
      name: group,
      resource: r.id,
      protect: false,
      description: `govcloud: ${r.id}`,
    });
    for (const n of range(quantityOf(r)))
      out.specs.push({
        kind: "load-balancer",
        name: `${r.id}-${n}`,
        resource: r.id,
        protect: false,
        network: ctx.networkFor(r),
        securityGroups: [group, internalGroup],
        index: n,
      });
  },
  portRuleSpecs(r, rule, claim) {
    const protocol = rule.protocol === "udp" ? "UDP" : "TCP";
    return range(quantityOf(r)).flatMap((n) => {
      const listener = `${r.id}-${n}-${rule.protocol}-${rule.port}`;
      if (!claim(listener)) return [];
      return [
        {
          kind: "listener",
          name: listener,
          resource: r.id,
          protect: false,
          loadBalancer: `${r.id}-${n}`,
          protocol,
          port: rule.port,
        },
        { kind: "pool", name: `${listener}-pool`, resource: r.id, protect: false, listener, protocol },
      ] as const;
    });
  },
};
