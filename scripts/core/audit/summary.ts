/**
 * 各单位的利用率汇总（规范要求每年对各单位政务云使用情况进行通报、考核）。
 * 只数参与低负载判定的服务（默认云主机）的正式资源，按台（实例）计。
 */
import type { Assessment } from "./assess.ts";
import type { AuditContext, UnitSummary } from "./types.ts";

export function summarize(
  ctx: AuditContext,
  assessments: readonly Assessment[],
  window: readonly string[],
): UnitSummary[] {
  const units = new Map<
    string,
    UnitSummary & { cpuSum: number; cpuN: number; memSum: number; memN: number }
  >();
  const entry = (unit: string, unitName?: string) => {
    let e = units.get(unit);
    if (!e) {
      e = {
        unit,
        ...(unitName ? { unitName } : {}),
        systems: 0,
        hosts: 0,
        vcpu: 0,
        memoryGB: 0,
        measuredHosts: 0,
        lowLoadHosts: 0,
        reclaimableVcpu: 0,
        reclaimableMemoryGB: 0,
        testResources: 0,
        expiredTestResources: 0,
        cpuSum: 0,
        cpuN: 0,
        memSum: 0,
        memN: 0,
      };
      units.set(unit, e);
    }
    return e;
  };
  for (const view of ctx.systems) {
    const e = entry(view.unitDir, view.unit?.name);
    e.systems++;
    for (const r of view.history.current.resources.values()) {
      if (r.kind !== "test") continue;
      e.testResources++;
      if (r.test?.expiresOn !== undefined && r.test.expiresOn < ctx.today) e.expiredTestResources++;
    }
  }
  const windowDays = window.length;
  for (const a of assessments) {
    const e = entry(a.view.unitDir, a.view.unit?.name);
    const n = Math.max(a.resource.instances.length, a.resource.config.quantity ?? 0);
    e.hosts += n;
    e.vcpu += n * (a.resource.config.vcpu ?? 0);
    e.memoryGB += n * (a.resource.config.memoryGB ?? 0);
    for (const h of a.hosts) {
      const u = h.utilization;
      if (!u || windowDays === 0 || u.days < windowDays) continue;
      e.measuredHosts++;
      if (u.cpu) {
        e.cpuSum += u.cpu.average;
        e.cpuN++;
      }
      if (u.memory) {
        e.memSum += u.memory.average;
        e.memN++;
      }
    }
    if (a.status === "low") {
      e.lowLoadHosts += a.resource.instances.length;
      if (a.next) {
        e.reclaimableVcpu += a.resource.instances.length * ((a.resource.config.vcpu ?? 0) - a.next.vcpu);
        e.reclaimableMemoryGB +=
          a.resource.instances.length * ((a.resource.config.memoryGB ?? 0) - a.next.memoryGB);
      }
    }
  }
  return [...units.values()]
    .sort((a, b) => (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0))
    .map(({ cpuSum, cpuN, memSum, memN, ...s }) => ({
      ...s,
      ...(cpuN ? { cpuAverage: cpuSum / cpuN } : {}),
      ...(memN ? { memoryAverage: memSum / memN } : {}),
    }));
}
