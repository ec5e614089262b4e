import type { Change, ResourceConfig } from "../../../core/model.ts";
import type { RuleContext } from "../../../core/rules/types.ts";
import type { ResourceState } from "../../../core/state/fold.ts";

/**
 * 第19条(2) 各项利用率规则共用的判断：哪些变更是扩容、缩容，以及“近 5 个工作日”窗口。
 */

export const diskTotal = (c: ResourceConfig): number =>
  (c.dataDisks ?? []).reduce((sum, d) => sum + d.sizeGB, 0);

/** 变更涉及的方向：vCPU、内存、存储各自是扩还是缩。 */
export function direction(change: Change, current?: ResourceState) {
  const before = { ...(current?.config ?? {}), ...change.before };
  const after = { ...before, ...change.after };
  const cmp = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? 0 : Math.sign(b - a);
  const storageBefore = before.capacityGB ?? diskTotal(before);
  const storageAfter = after.capacityGB ?? diskTotal(after);
  return {
    vcpu: cmp(before.vcpu, after.vcpu),
    memory: cmp(before.memoryGB, after.memoryGB),
    storage: cmp(storageBefore, storageAfter),
    before,
    after,
  };
}

/** 第19条(2) 中 vCPU、内存指标适用的服务：云主机、裸金属（仅内存）、容器。 */
export const cpuServices = new Set(["ecs", "cce", "cce-node"]);
export const memoryServices = new Set(["ecs", "bms", "cce-node"]);
export const storageServices = new Set(["ecs", "bms", "cce-node", "evs", "obs", "sfs"]);

/** 申请日之前的 5 个工作日。 */
export const utilizationWindow = (ctx: RuleContext): string[] =>
  ctx.calendar.workdaysBefore(ctx.application.date, 5);

export const pct = (n: number) => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;

/** 每一项变更及其当前资源、在申请中的路径。 */
export function* changes(ctx: RuleContext) {
  if (ctx.application.type !== "change") return;
  for (const [i, change] of ctx.application.changes.entries()) {
    const current = ctx.before.resources.get(change.resource);
    // 不在用的资源由 change-resource-exists 报告；这里不再按它推算利用率
    if (!current) continue;
    yield { change, current, path: `/changes/${i}`, dir: direction(change, current) };
  }
}
