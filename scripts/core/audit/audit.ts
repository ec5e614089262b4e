/**
 * 夜间审计（纯函数）：系统状态 + 日历 + 预取的利用率 + 打开的 PR → 发现与各单位汇总。
 * 不读磁盘、不访问网络、不读时钟：这些都由命令行（scripts/cli/audit.ts）准备好传进来。
 */

import { provisionalCalendarMessage } from "../calendar/provisional.ts";
import { systemKey } from "../repository/keys.ts";
import type { Repository } from "../repository/load.ts";
import type { SystemHistory } from "../state/fold.ts";
import { type Text, text } from "../text.ts";
import { assess } from "./assess.ts";
import { findingKey } from "./checks/define.ts";
import { auditChecks } from "./checks/index.ts";
import { summarize } from "./summary.ts";
import type { AuditCheckId, AuditContext, AuditFinding, AuditReport, SystemView } from "./types.ts";

/** 由已加载的仓库与折叠的状态得到各系统的视图（按 `单位/系统` 排序）。 */
export function systemViews(
  repo: Pick<Repository, "units" | "systems" | "applications" | "headers">,
  histories: ReadonlyMap<string, SystemHistory>,
): SystemView[] {
  const out: SystemView[] = [];
  for (const [key, system] of [...repo.systems].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [unitDir, systemDir] = key.split("/") as [string, string];
    const history = histories.get(key);
    if (!history) continue;
    const applications = repo.applications.get(systemKey(unitDir, systemDir)) ?? [];
    const sequences = [
      ...applications.map((a) => a.data.sequence),
      ...(repo.headers.get(key) ?? []).map((h) => h.sequence ?? 0),
    ];
    const unit = repo.units.get(unitDir)?.data;
    out.push({
      key,
      unitDir,
      systemDir,
      ...(unit ? { unit } : {}),
      system: system.data,
      history,
      applications,
      lastSequence: Math.max(0, ...sequences),
    });
  }
  return out;
}

const order = new Map(auditChecks.map((c, i) => [c.id, i]));

/** 按检查（登记表顺序）、单位、系统、资源、PR、键排序。 */
export function sortAuditFindings(findings: readonly AuditFinding[]): AuditFinding[] {
  const cmp = (a = "", b = "") => (a < b ? -1 : a > b ? 1 : 0);
  return [...findings].sort(
    (a, b) =>
      (order.get(a.check) ?? 0) - (order.get(b.check) ?? 0) ||
      cmp(a.unit, b.unit) ||
      cmp(a.system, b.system) ||
      cmp(a.resource, b.resource) ||
      (a.pr ?? 0) - (b.pr ?? 0) ||
      cmp(a.key, b.key),
  );
}

export function audit(ctx: AuditContext): AuditReport {
  const notes: Text[] = [];
  const findings: AuditFinding[] = [];
  const checked: AuditCheckId[] = [];
  // 用到暂定日历（尚无正式放假安排的年份）的计算照常进行，报告末尾说明用到了哪些年份
  const provisional = new Set<number>();
  const tracked = <T>(fn: () => T): T => {
    const { value, provisional: years } = ctx.calendar.track(fn);
    for (const y of years) provisional.add(y);
    return value;
  };
  const { window, assessments } = tracked(() => assess(ctx));
  for (const check of auditChecks) {
    if (check.needs === "metrics" && (!ctx.metrics || window.length === 0)) continue;
    if (check.needs === "pulls" && !ctx.pulls) continue;
    checked.push(check.id);
    for (const f of tracked(() => check.run(ctx)))
      findings.push({
        ...f,
        check: check.id,
        severity: f.severity ?? check.severity,
        citation: f.citation ?? check.citation,
      });
  }
  if (provisional.size > 0) notes.push(provisionalCalendarMessage([...provisional].sort((a, b) => a - b)));
  if (!ctx.metrics)
    notes.push(
      text(
        "没有给出利用率来源（--metrics），未判定低负载云主机（第19条）。",
        "No utilization source (--metrics): low-load hosts (第19条) were not assessed.",
      ),
    );
  else if (window.length === 0)
    notes.push(
      text(
        `工作日日历没有收录 ${ctx.today.slice(0, 4)} 年或上一年的节假日安排，算不出近 5 个工作日，未判定低负载云主机：请在 catalog/calendar/cn.yaml 中补上。`,
        `The working-day calendar lacks ${ctx.today.slice(0, 4)} or the year before, so the last 5 working days are unknown and low-load hosts were not assessed: add the year to catalog/calendar/cn.yaml.`,
      ),
    );
  else {
    const missing = assessments.filter((a) => a.status === "no-data");
    const hosts = missing.reduce(
      (n, a) => n + a.hosts.filter((h) => (h.utilization?.days ?? 0) < window.length).length,
      0,
    );
    if (missing.length > 0)
      notes.push(
        text(
          `${missing.length} 项云主机资源（${hosts} 台主机）在 ${ctx.metrics.label} 中没有完整的 5 个工作日数据（${window[0]} 至 ${window[window.length - 1]}），未作判定：请核对监控中主机的 IP 或主机名与交付记录一致。`,
          `${missing.length} host resource(s) (${hosts} host(s)) have no complete 5 working days in ${ctx.metrics.label} (${window[0]} to ${window[window.length - 1]}) and were not assessed: check that the monitoring's IPs or host names match the delivery records.`,
        ),
      );
  }
  if (!ctx.pulls)
    notes.push(
      text(
        "没有打开的 PR 数据（--prs 或 --open-issues），未检查阶段时限与申请有效期。",
        "No open pull request data (--prs or --open-issues): stage clocks and application validity were not checked.",
      ),
    );
  notes.push(
    text(
      "系统的下线日期只记录在撤销申请的 revoke.systemOffline 中（system.yaml 没有状态字段）：从未提交撤销申请的下线系统无从发现。",
      "A system's offline date is recorded only in a revocation's revoke.systemOffline (system.yaml has no status): an offline system with no revocation at all cannot be seen.",
    ),
  );
  const sorted = sortAuditFindings(findings);
  const counts = Object.fromEntries(auditChecks.map((c) => [c.id, 0])) as Record<AuditCheckId, number>;
  for (const f of sorted) counts[f.check]++;
  return {
    today: ctx.today,
    ...(window.length ? { window } : {}),
    ...(ctx.metrics ? { metricsSource: ctx.metrics.label } : {}),
    findings: sorted,
    summary: summarize(ctx, assessments, window),
    notes,
    counts,
    checked,
    undetermined: assessments
      .filter((a) => a.status === "no-data")
      .map((a) => findingKey("low-load", a.view.unitDir, a.view.systemDir, a.resource.id)),
  };
}
