import * as openstack from "@pulumi/openstack";
import * as pulumi from "@pulumi/pulumi";
import type { VolumeAttachmentSpec, VolumeSpec } from "../../scripts/core/provision/types.ts";
import { type BuildContext, compact, type KindBuilder } from "./types.ts";

/** 卷（Cinder）：系统盘从镜像建，数据盘空白；卷类型由站点映射，可在线扩容。 */
export const volume: KindBuilder<"volume"> = {
  create: (s, ctx) =>
    new openstack.blockstorage.Volume(
      s.name,
      {
        name: ctx.named(s.name),
        size: s.sizeGB,
        volumeType: ctx.site.volumeTypes[s.tier],
        ...(s.fromImage ? { imageId: ctx.image() } : {}),
        enableOnlineResize: true,
        ...(ctx.site.availabilityZone ? { availabilityZone: ctx.site.availabilityZone } : {}),
        metadata: ctx.metadata(s),
      },
      // 镜像只在新建系统盘时使用：之后站点换了镜像，也不重建已有的系统盘
      ctx.options(s, s.fromImage ? { ignoreChanges: ["imageId"] } : {}),
    ),
  // 单独申请的云硬盘（evs）：交付的配置是云上的容量
  output(s, ctx, entry) {
    const v = ctx.need("volume", s.name, "卷");
    entry.instances.push(v.id.apply((id) => compact({ name: s.name, cloudId: id })));
    entry.config ??= v.size.apply((size) => ({ capacityGB: size }));
  },
};

/** 挂在这台主机上的卷（逻辑名的顺序同期望状态）。 */
const attachedTo = (ctx: BuildContext, instance: string) =>
  ctx.desired.specs
    .filter((x): x is VolumeAttachmentSpec => x.kind === "volume-attachment" && x.instance === instance)
    .map((x) => ctx.need("volume", x.volume, "卷"));

/** 云主机（Nova）：从系统盘启动，网卡是规格中的端口；删除前先关机。 */
export const instance: KindBuilder<"instance"> = {
  create: (s, ctx) =>
    new openstack.compute.Instance(
      s.name,
      {
        name: ctx.named(s.name),
        flavorName: ctx.site.flavors?.[s.flavor] ?? s.flavor,
        ...(ctx.site.availabilityZone ? { availabilityZone: ctx.site.availabilityZone } : {}),
        networks: [{ port: ctx.need("port", s.port, "端口").id }],
        blockDevices: [
          {
            sourceType: "volume",
            destinationType: "volume",
            uuid: ctx.need("volume", s.systemVolume, "系统盘").id,
            bootIndex: 0,
            deleteOnTermination: false,
          },
        ],
        metadata: { ...ctx.metadata(s), ...(s.test ? { "govcloud-test": "true" } : {}) },
        stopBeforeDestroy: true,
      },
      // 挂在这台主机上的卷先于主机处理：扩容申请同时调整规格与扩容磁盘时，卷在调整规格之前扩容。
      // 调整规格期间 Nova 重建卷的挂载（卷处于 reserved），此时扩容会失败（端到端测试在真实的 OpenStack 上见过）。
      ctx.options(s, { dependsOn: attachedTo(ctx, s.name) }),
    ),
  // 交付的配置取自云：卷的容量读云上的值，vCPU 与内存取规格（云上的规格名可能是映射过的）
  output(s, ctx, entry) {
    const inst = ctx.need("instance", s.name, "主机");
    const port = ctx.need("port", s.port, "端口");
    const fip = ctx.boundIps.get(s.port);
    if (s.index === 1) {
      const disks = ctx.desired.specs.filter(
        (d): d is VolumeSpec =>
          d.kind === "volume" && d.role === "data" && d.name.startsWith(`${s.name}-data-`),
      );
      const system = ctx.need("volume", s.systemVolume, "系统盘");
      const systemTier = (ctx.desired.specs.find((d) => d.name === s.systemVolume) as VolumeSpec).tier;
      entry.config = pulumi
        .all([system.size, pulumi.all(disks.map((d) => ctx.need("volume", d.name, "卷").size))])
        .apply(([systemSize, sizes]) => ({
          vcpu: s.vcpu,
          memoryGB: s.memoryGB,
          systemDisk: { sizeGB: systemSize, tier: systemTier },
          ...(disks.length > 0
            ? { dataDisks: disks.map((d, i) => ({ sizeGB: sizes[i] ?? d.sizeGB, tier: d.tier })) }
            : {}),
        }));
    }
    entry.instances.push(
      pulumi
        .all([inst.id, port.allFixedIps, fip ? fip.address : pulumi.output(undefined)])
        .apply(([id, ips, floating]) =>
          compact({
            name: s.name,
            hostname: ctx.named(s.name),
            ip: ips[0],
            floatingIp: floating,
            cloudId: id,
          }),
        ),
    );
  },
};

/** 卷挂载到主机。 */
export const volumeAttachment: KindBuilder<"volume-attachment"> = {
  create: (s, ctx) =>
    new openstack.compute.VolumeAttach(
      s.name,
      {
        instanceId: ctx.need("instance", s.instance, "主机").id,
        volumeId: ctx.need("volume", s.volume, "卷").id,
      },
      ctx.options(s),
    ),
};
