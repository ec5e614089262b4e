import type { Application } from "../../../core/model.ts";
import { plannedChanges, specsOf } from "../../../core/provision/desired.ts";
import type { PlannedChange } from "../../../core/provision/types.ts";
import type { RuleFinding } from "../../../core/rules/types.ts";
import { apply, type SystemState } from "../../../core/state/fold.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";

/**
 * 第30条(1)、第36条：是否需要关机，由发放计划决定，而不是由申请人勾选。
 *
 * 把这份申请叠加到之前的状态上，用发放时同一套规格推导（provision/desired.ts 的 specsOf 与 plannedChanges）
 * 比较前后：主机要调整规格（resize，主机重启）、被替换或更新，都中断服务——变更申请须写
 * `shutdown.required: true`（关机日期与公告日期由 shutdown-notice 检查；服务目录写明“不可在线变更”的服务
 * 由 change-allowed 按附件2 备注报告，这里不重复）。
 * 撤销主机（计划删除实例）时，第36条要求与使用单位确认关机时间并提前 3 个工作日公告，同样须写 shutdown。
 * 只扩容云硬盘、文件存储（在线扩容）或新增资源不需要关机。
 */

/** 计划中中断主机的动作：调整规格、更新与删除实例。 */
const interrupting = (c: PlannedChange) => c.kind === "instance" && c.action !== "create";

/** 这份申请让计划对主机做的事，按资源标识归组。 */
function hostActions(before: SystemState, app: Application, catalog: Parameters<typeof specsOf>[1]) {
  const after = apply(before, app);
  const changes = plannedChanges(specsOf(before, catalog).specs, specsOf(after, catalog).specs, new Set());
  const byResource = new Map<string, PlannedChange[]>();
  for (const c of changes.filter(interrupting))
    if (c.resource) byResource.set(c.resource, [...(byResource.get(c.resource) ?? []), c]);
  return byResource;
}

const describe = (actions: readonly PlannedChange[]): { zh: string; en: string } => {
  const resize = actions.find((a) => a.action === "resize");
  if (resize?.detail) return resize.detail;
  if (actions.some((a) => a.action === "delete")) return { zh: "删除主机", en: "the host is deleted" };
  return { zh: "更新主机", en: "the host is updated" };
};

export const shutdownRequired = defineRule({
  id: "shutdown-required",
  title: text(
    "中断主机的变更与撤销须安排关机",
    "Changes and revocations that interrupt a host need a shutdown",
  ),
  citation: cite("第30条", "(1)"),
  appliesTo: ["change", "revoke"],
  severity: "error",
  why: text(
    "若需要关机操作，提供商与使用单位确认关机操作时间，使用单位应于关机前3个工作日发布公告，提供商在关机当天完成变更（第30条(1)）；撤销时提供商与使用单位确认可关机操作时间，同样提前3个工作日公告（第36条）。主机调整规格要重启，撤销主机要关机：是否需要关机由发放计划判断。",
    "A shutdown is agreed with the provider and announced 3 working days before (第30条(1)); a revocation likewise (第36条). Resizing a host reboots it and revoking it shuts it down: the provisioning plan decides whether a shutdown is needed.",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "change" && a.type !== "revoke") return [];
    if (a.shutdown?.required === true || !ctx.historyComplete) return [];
    const actions = hostActions(ctx.before, a, ctx.catalog);
    const out: RuleFinding[] = [];
    const at = a.shutdown ? "/shutdown/required" : "";
    if (a.type === "change")
      a.changes.forEach((c, i) => {
        const service = ctx.before.resources.get(c.resource)?.service;
        // 不可在线变更的服务（附件2 备注）由 change-allowed 报告，这里不重复
        if (service && ctx.catalog.serviceById.get(service)?.changeLimits?.noOnlineChange) return;
        const host = actions.get(c.resource);
        if (!host) return;
        const why = describe(host);
        out.push({
          path: at || `/changes/${i}`,
          message: text(
            `变更 ${c.resource} 会中断服务（${why.zh}）：须与提供商确认关机时间，写 shutdown: { required: true, date: 关机日期, noticeDate: 公告日期 }，公告不晚于关机前 3 个工作日。`,
            `Changing ${c.resource} interrupts service (${why.en}): agree a shutdown day with the provider and write shutdown: { required: true, date, noticeDate }, announced at least 3 working days before.`,
          ),
        });
      });
    else
      a.revocations.forEach((r, i) => {
        if (!actions.get(r.resource)?.some((x) => x.action === "delete")) return;
        out.push({
          path: at || `/revocations/${i}`,
          citation: cite("第36条"),
          message: text(
            `撤销主机 ${r.resource} 要关机：须与提供商确认可关机时间，写 shutdown: { required: true, date: 关机日期, noticeDate: 公告日期 }，公告不晚于关机前 3 个工作日。`,
            `Revoking the host ${r.resource} shuts it down: agree the day with the provider and write shutdown: { required: true, date, noticeDate }, announced at least 3 working days before.`,
          ),
        });
      });
    return out;
  },
});
