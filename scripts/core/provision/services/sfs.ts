import { quantityOf, range } from "./common.ts";
import type { ServiceEntry } from "./types.ts";

/** 文件存储（附件1 第13项，sfs）：每个一个 Manila NFS 共享，容量为申请的容量，受保护。 */
export const sfs: ServiceEntry = {
  service: "sfs",
  kinds: ["share"],
  delivers: "share",
  specs(r, _ctx, out) {
    for (const n of range(quantityOf(r)))
      out.specs.push({
        kind: "share",
        name: `${r.id}-${n}`,
        resource: r.id,
        protect: true,
        sizeGB: r.config.capacityGB ?? 0,
        protocol: "NFS",
        index: n,
      });
  },
};
