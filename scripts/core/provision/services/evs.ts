import { text } from "../../text.ts";
import type { Tier } from "../types.ts";
import { quantityOf, range } from "./common.ts";
import type { ServiceEntry } from "./types.ts";

/**
 * 云硬盘（附件1 第9–11项，evs：普通IO、高IO、超高IO）：每块一个卷（受保护）；写了 attachTo 时按台挂载到那台主机，
 * 第 n 块挂到第 n 台。挂载目标已撤销时只保留卷；目标不是 OpenStack 的云主机、或台数不够时拒绝。
 */
export const evs: ServiceEntry = {
  service: "evs",
  kinds: ["volume", "volume-attachment"],
  delivers: "volume",
  specs(r, ctx, out) {
    const q = quantityOf(r);
    const target = r.config.attachTo ? ctx.state.resources.get(r.config.attachTo) : undefined;
    for (const n of range(q)) {
      const disk = `${r.id}-${n}`;
      out.specs.push({
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
        out.notes.push({
          resource: r.id,
          message: text(
            `云硬盘 ${r.id} 挂载的 ${r.config.attachTo} 已不在用（撤销时保留了这块盘）：只保留卷，不挂载。`,
            `Disk ${r.id} was attached to ${r.config.attachTo}, which is no longer in service (kept on revocation): the volume stays, detached.`,
          ),
        });
        continue;
      }
      const attachTarget = ctx.entry(target.service)?.attachTarget;
      if (!attachTarget || !ctx.openstack(target)) {
        out.refusals.push({
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
        out.refusals.push({
          code: "attach-target",
          resource: r.id,
          message: text(
            `云硬盘 ${r.id} 有 ${q} 块，按台挂载到 ${target.id}（${quantityOf(target)} 台）：第 ${n} 块没有对应的主机。请把云硬盘数量改为不超过主机台数。`,
            `Disk ${r.id} has ${q} volumes attached one per host of ${target.id} (${quantityOf(target)} hosts): volume ${n} has no host.`,
          ),
        });
        continue;
      }
      out.specs.push({
        kind: "volume-attachment",
        name: `${disk}-attach`,
        resource: r.id,
        protect: false,
        instance: attachTarget(target, n),
        volume: disk,
      });
    }
  },
};
