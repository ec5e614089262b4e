/** 规则读系统状态与原始记录的小工具（淮北的形态）。 */
import type { RuleContext } from "../../../core/rules/types.ts";
import { asHuaibei, type HbApplication, type HbChange, type HbConfig } from "./model.ts";

export interface HbResourceState {
  id: string;
  service: string;
  config: HbConfig;
  createdBy: number;
  deliveredOn?: string;
}

/** 这份申请之前在用的资源。 */
export function resourcesBefore(ctx: Pick<RuleContext, "before">): HbResourceState[] {
  return [...ctx.before.resources.values()].map((r) => ({
    id: r.id,
    service: r.service,
    config: r.config as unknown as HbConfig,
    createdBy: r.createdBy,
    ...(r.deliveredOn !== undefined ? { deliveredOn: r.deliveredOn } : {}),
  }));
}

/** 变更之后的资源：变更项的“变更后”配置叠加在现有配置上，再加上新增的资源。 */
export function resourcesAfter(before: readonly HbResourceState[], change: HbChange): HbResourceState[] {
  const byId = new Map(before.map((r) => [r.id, r]));
  for (const c of change.changes ?? []) {
    const r = byId.get(c.resource);
    if (r) byId.set(c.resource, { ...r, config: { ...r.config, ...c.after } });
  }
  for (const a of change.additions ?? []) {
    const { id, service, ...config } = a;
    byId.set(id, { id, service, config, createdBy: change.sequence });
  }
  return [...byId.values()];
}

/** 本系统序号为 sequence 的申请（原始记录），没有时 undefined。 */
export function applicationNo(
  ctx: Pick<RuleContext, "history">,
  sequence: number,
): HbApplication | undefined {
  const found = ctx.history?.applications.find((a) => a.sequence === sequence);
  return found ? asHuaibei(found) : undefined;
}

/** 本系统第 sequence 号申请的交付记录（淮北的交付记录字段）。 */
export interface HbDelivery {
  application: number;
  date: string;
  zone?: "test" | "production";
  production?: { date?: string };
  cutover?: { date?: string };
  confirmation?: { kind?: "opening" | "change" | "exit"; date?: string };
}

export function deliveryOf(ctx: Pick<RuleContext, "history">, sequence: number): HbDelivery | undefined {
  return ctx.history?.deliveries.get(sequence) as unknown as HbDelivery | undefined;
}

/** 本系统序号小于 sequence 的申请（原始记录），按序号。 */
export function applicationsBefore(ctx: Pick<RuleContext, "history">, sequence: number): HbApplication[] {
  return (ctx.history?.applications ?? [])
    .filter((a) => a.sequence < sequence)
    .map(asHuaibei)
    .sort((a, b) => a.sequence - b.sequence);
}
