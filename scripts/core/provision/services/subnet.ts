import { quantityOf, range } from "./common.ts";
import type { ServiceEntry } from "./types.ts";

/**
 * 子网前缀长度：能容纳申请的私网 IP 数，再留 5 个地址（网络地址、网关、广播与 DHCP 等云平台保留的地址），
 * 最小 /29、最大 /16。
 */
export function prefixLength(ips: number): number {
  for (let p = 29; p >= 16; p--) if (2 ** (32 - p) - 5 >= ips) return p;
  return 16;
}

/**
 * 子网（附件5 的子网与私网 IP，目录没有单列条目）：每个一个 Neutron 子网，建在系统第一个 VPC 的网络里
 * （没有 VPC 时建在站点网络里），前缀长度由申请的 IP 数推出。系统只有一个子网时，主机与负载均衡放进去。
 */
export const subnet: ServiceEntry = {
  service: "subnet",
  kinds: ["subnet"],
  delivers: "subnet",
  specs(r, ctx, out) {
    for (const n of range(quantityOf(r)))
      out.specs.push({
        kind: "subnet",
        name: `${r.id}-${n}`,
        resource: r.id,
        protect: false,
        network: ctx.vpcNetwork ?? { kind: "site" },
        prefixLength: prefixLength(r.config.ips ?? 1),
        ips: r.config.ips ?? 1,
      });
  },
};
