import type { SpecKind } from "../../scripts/core/provision/types.ts";
import { instance, volume, volumeAttachment } from "./compute.ts";
import { listener, loadBalancer, pool } from "./load-balancer.ts";
import {
  floatingIp,
  floatingIpAssociation,
  network,
  port,
  securityGroup,
  securityGroupRule,
  subnet,
} from "./network.ts";
import { container, share } from "./storage.ts";
import type { KindBuilder } from "./types.ts";

/**
 * 每种规格的 OpenStack 资源，按规格种类登记；键的先后就是建立资源的先后（被引用的先建）。
 * 服务表（scripts/core/provision/services/）说一项服务产生哪些规格，这里说每种规格建成什么。
 */
export const builders: { [K in SpecKind]: KindBuilder<K> } = {
  network,
  subnet,
  "security-group": securityGroup,
  "security-group-rule": securityGroupRule,
  volume,
  port,
  instance,
  "volume-attachment": volumeAttachment,
  "load-balancer": loadBalancer,
  listener,
  pool,
  "floating-ip": floatingIp,
  "floating-ip-association": floatingIpAssociation,
  container,
  share,
};

/** 建立资源的先后。 */
export const buildOrder = Object.keys(builders) as SpecKind[];
