import { flavorName } from "../naming.ts";
import { holdsData, internalGroup, quantityOf, range } from "./common.ts";
import type { ServiceEntry } from "./types.ts";

/**
 * 云主机（附件1 第1–4项，ecs）：每台一个从镜像建的系统盘、一个网卡（端口）、一台实例，自带的数据盘逐块建卷并挂载；
 * 全部主机共用一个本资源的安全组 `<id>-sg`，并加入系统内互通的安全组。
 * 主机、系统盘与数据盘承载数据（受保护）。
 */
export const ecs: ServiceEntry = {
  service: "ecs",
  kinds: ["security-group", "volume", "port", "instance", "volume-attachment"],
  delivers: "instance",
  internal: true,
  securityGroups: (r) => [`${r.id}-sg`],
  bindTarget: (r, n) => ({ port: `${r.id}-${n}-port` }),
  attachTarget: (r, n) => `${r.id}-${n}`,
  specs(r, ctx, out) {
    const group = `${r.id}-sg`;
    // 目录没有数量粒度（没有默认系统盘）时，申请须写出系统盘；否则按 100 GB
    const defaultSystemDisk = ctx.catalog.profile.granularity?.systemDiskGB.default ?? 100;
    out.specs.push({
      kind: "security-group",
      name: group,
      resource: r.id,
      protect: false,
      description: `govcloud: ${r.id}`,
    });
    for (const n of range(quantityOf(r))) {
      const inst = `${r.id}-${n}`;
      const system = `${inst}-system`;
      const port = `${inst}-port`;
      out.specs.push({
        kind: "volume",
        name: system,
        resource: r.id,
        protect: true,
        role: "system",
        sizeGB: r.config.systemDisk?.sizeGB ?? defaultSystemDisk,
        tier: r.config.systemDisk?.tier ?? "sata",
        fromImage: true,
      });
      out.specs.push({
        kind: "port",
        name: port,
        resource: r.id,
        protect: false,
        instance: inst,
        network: ctx.networkFor(r),
        securityGroups: [group, internalGroup],
      });
      out.specs.push({
        kind: "instance",
        name: inst,
        resource: r.id,
        protect: holdsData(ctx.catalog, r),
        flavor: flavorName(r.config.vcpu ?? 0, r.config.memoryGB ?? 0),
        vcpu: r.config.vcpu ?? 0,
        memoryGB: r.config.memoryGB ?? 0,
        systemVolume: system,
        port,
        test: r.kind === "test",
        index: n,
      });
      for (const [i, d] of (r.config.dataDisks ?? []).entries()) {
        const disk = `${inst}-data-${i + 1}`;
        out.specs.push({
          kind: "volume",
          name: disk,
          resource: r.id,
          protect: true,
          role: "data",
          sizeGB: d.sizeGB,
          tier: d.tier ?? "sata",
          fromImage: false,
        });
        out.specs.push({
          kind: "volume-attachment",
          name: `${disk}-attach`,
          resource: r.id,
          protect: false,
          instance: inst,
          volume: disk,
        });
      }
    }
  },
};
