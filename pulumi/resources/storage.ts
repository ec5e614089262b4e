import * as openstack from "@pulumi/openstack";
import { compact, type KindBuilder } from "./types.ts";

const GiB = 1024 ** 3;

/** 对象存储桶（Swift 容器）：配额写在 Quota-Bytes；访问地址是站点的对象存储前缀加桶名。 */
export const container: KindBuilder<"container"> = {
  create: (s, ctx) =>
    new openstack.objectstorage.Container(
      s.name,
      { name: ctx.named(s.name), metadata: { "Quota-Bytes": String(s.quotaGB * GiB) } },
      ctx.options(s),
    ),
  output(s, ctx, entry) {
    const c = ctx.need("container", s.name, "桶");
    const endpoint = ctx.site.objectStorageEndpoint;
    entry.instances.push(c.id.apply((id) => compact({ name: s.name, cloudId: id })));
    entry.endpoint ??= c.name.apply((n) => (endpoint ? `${endpoint.replace(/\/+$/, "")}/${n}` : n));
  },
};

/** 文件共享（Manila）：NFS，站点可给共享网络与共享类型；访问地址是第一个导出位置。 */
export const share: KindBuilder<"share"> = {
  create: (s, ctx) =>
    new openstack.sharedfilesystem.Share(
      s.name,
      {
        name: ctx.named(s.name),
        shareProto: s.protocol,
        size: s.sizeGB,
        ...(ctx.site.shareNetwork ? { shareNetworkId: ctx.site.shareNetwork } : {}),
        ...(ctx.site.shareType ? { shareType: ctx.site.shareType } : {}),
      },
      ctx.options(s),
    ),
  output(s, ctx, entry) {
    const sh = ctx.need("share", s.name, "文件共享");
    entry.instances.push(sh.id.apply((id) => compact({ name: s.name, cloudId: id })));
    entry.endpoint ??= sh.exportLocations.apply((l) => l[0]?.path ?? "");
    entry.config ??= sh.size.apply((size) => ({ capacityGB: size }));
  },
};
