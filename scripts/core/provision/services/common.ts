import type { Catalog } from "../../catalog/types.ts";
import type { ResourceState } from "../../state/fold.ts";

/** 系统内互通的安全组：本系统的主机、负载均衡之间全部放行；对外只放行端口开放申请批准的端口。 */
export const internalGroup = "system-internal";

/** 数量（台、个、块），默认 1。 */
export const quantityOf = (r: ResourceState): number => r.config.quantity ?? 1;

/** 1..n */
export const range = (n: number): number[] => Array.from({ length: n }, (_, i) => i + 1);

/** 服务目录说这项服务承载数据（Pulumi 的 protect）。 */
export const holdsData = (catalog: Catalog, r: ResourceState): boolean =>
  catalog.serviceById.get(r.service)?.holdsData === true;
