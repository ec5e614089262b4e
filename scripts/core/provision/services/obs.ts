import { quantityOf, range } from "./common.ts";
import type { ServiceEntry } from "./types.ts";

/** 对象存储（附件1 第12项，obs）：每个一个 Swift 容器（桶），配额为申请的容量，受保护。 */
export const obs: ServiceEntry = {
  service: "obs",
  kinds: ["container"],
  delivers: "container",
  specs(r, _ctx, out) {
    for (const n of range(quantityOf(r)))
      out.specs.push({
        kind: "container",
        name: `${r.id}-${n}`,
        resource: r.id,
        protect: true,
        quotaGB: r.config.capacityGB ?? 0,
        index: n,
      });
  },
};
