import { quantityOf, range } from "./common.ts";
import type { ServiceEntry } from "./types.ts";

/** 虚拟私有云（附件1 第14项，vpc）：每个一个 Neutron 网络；系统的子网建在第一个 VPC 的第一个网络里。 */
export const vpc: ServiceEntry = {
  service: "vpc",
  kinds: ["network"],
  delivers: "network",
  specs(r, _ctx, out) {
    for (const n of range(quantityOf(r)))
      out.specs.push({ kind: "network", name: `${r.id}-${n}`, resource: r.id, protect: false, index: n });
  },
};
