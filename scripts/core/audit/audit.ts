/**
 * 夜间审计（纯函数）：系统状态 + 日历 + 预取的利用率 + 打开的 PR → 发现与各单位汇总。
 * 不读磁盘、不访问网络、不读时钟：这些都由命令行（scripts/cli/audit.ts）准备好传进来。
 * 查什么由 profile 决定（Profile.audit：检查、低负载口径、报告的措辞），这里只是运行器。
 */

import { provisionalCalendarMessage } from "../calendar/provisional.ts";
import { systemKey } from "../repository/keys.ts";
import type { Repository } from "../repository/load.ts";
import type { SystemHistory } from "../state/fold.ts";
import { type Text, text } from "../text.ts";
import { assess } from "./assess.ts";
import type { AuditPart } from "./profile.ts";
import { summarize } from "./summary.ts";
import type { AuditCheckId, AuditContext, AuditFinding, AuditReport, SystemView } from "./types.ts";

/** 由已加载的仓库与折叠的状态得到各系统的视图（按 `单位/系统` 排序）。 */
export function systemViews(
  repo: Pick<Repository, "units" | "systems" | "applications" | "headers"> &
    Partial<Pick<Repository, "deliveries">>,
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
      deliveries: repo.deliveries?.get(key) ?? [],
      lastSequence: Math.max(0, ...sequences),
    });
  }
  return out;
}

/** 按检查（profile 的登记顺序）、单位、系统、资源、PR、键排序。 */
export function sortAuditFindings(
  findings: readonly AuditFinding[],
  checks: AuditPart["checks"],
): AuditFinding[] {
  const order = new Map(checks.map((c, i) => [c.id, i]));
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

/**
 * 运行 profile 的审计检查。part 只在过渡期可省（还没传 profile 的调用方编译得过），省了就报错：
 * 引擎没有默认的城市。
 */
export function audit(ctx: AuditContext, part?: AuditPart): AuditReport {
  if (!part) throw new Error("audit(): pass the repository profile's audit part (Profile.audit)");
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
  const { window, assessments } = tracked(() => assess(ctx, part.lowLoad));
  for (const check of part.checks) {
    if (check.needs === "metrics" && (!ctx.metrics || window.length === 0)) continue;
    if (check.needs === "pulls" && !ctx.pulls) continue;
    if (check.needs === "merges" && !ctx.mergedOn) continue;
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
  if (!ctx.metrics) notes.push(part.texts.noMetrics);
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
  if (!ctx.mergedOn && part.checks.some((c) => c.needs === "merges"))
    notes.push(
      text(
        "没有合并日期（不是 git 仓库，或是浅克隆），未检查合并后的实施时限。",
        "No merge dates (not a git repository, or a shallow clone): implementation deadlines after the merge were not checked.",
      ),
    );
  notes.push(...part.texts.limits);
  const sorted = sortAuditFindings(findings, part.checks);
  const counts = Object.fromEntries(part.checks.map((c) => [c.id, 0])) as Record<AuditCheckId, number>;
  for (const f of sorted) counts[f.check] = (counts[f.check] ?? 0) + 1;
  return {
    today: ctx.today,
    ...(window.length ? { window } : {}),
    ...(ctx.metrics ? { metricsSource: ctx.metrics.label } : {}),
    findings: sorted,
    summary: summarize(ctx, assessments, window),
    notes,
    counts,
    checked,
    undetermined: part.checks.flatMap((c) => c.undetermined?.(ctx) ?? []),
  };
}
