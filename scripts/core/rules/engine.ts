import { provisionalCalendarMessage } from "../calendar/provisional.ts";
import { CalendarRangeError, type WorkdayCalendar } from "../calendar/workdays.ts";
import type { Catalog } from "../catalog/types.ts";
import type { Problem } from "../load/problem.ts";
import { systemKey } from "../repository/keys.ts";
import { classify } from "../repository/layout.ts";
import type { Repository } from "../repository/load.ts";
import type { SystemHistory } from "../state/fold.ts";
import { text } from "../text.ts";
import type { MetricsSource } from "./metrics.ts";
import type { RepositoryView, Rule, RuleContext, SystemRecords, SystemView } from "./types.ts";

export interface RuleRunOptions {
  catalogs: (profile: string) => Catalog | undefined;
  rulesFor: (profile: string) => readonly Rule[];
  calendar: WorkdayCalendar;
  today: string;
  /** 待审的申请文件（拉取请求中改动的）；undefined 表示全部已合并 */
  pending?: ReadonlySet<string>;
  /** 只检查这些文件（undefined 为全部） */
  targets?: ReadonlySet<string>;
  metrics?: MetricsSource;
}

export function runRules(
  repo: Repository,
  histories: ReadonlyMap<string, SystemHistory>,
  options: RuleRunOptions,
): Problem[] {
  const systems = new Map<string, SystemView>();
  const byUnit = new Map<string, SystemView[]>();
  for (const [key, s] of repo.systems) {
    const unitDir = key.split("/")[0] as string;
    const v: SystemView = {
      key,
      unitDir,
      system: s.data,
      current: (histories.get(key) as SystemHistory).current,
    };
    systems.set(key, v);
    byUnit.set(unitDir, [...(byUnit.get(unitDir) ?? []), v]);
  }
  const view: RepositoryView = { systems, byUnit };
  const pendingApplications = [...(options.pending ?? [])]
    .filter((f) => classify(f).kind === "application")
    .sort();
  const problems: Problem[] = [];
  for (const [key, apps] of repo.applications) {
    const [unitDir, systemDir] = key.split("/") as [string, string];
    const unit = repo.units.get(unitDir);
    const system = repo.systems.get(systemKey(unitDir, systemDir));
    const history = histories.get(key);
    if (!unit || !system || !history) continue; // 缺登记：一致性检查已报告
    const loaded = new Set(apps.map((a) => a.file));
    const headers = repo.headers.get(key) ?? [];
    const broken = headers.filter((h) => !loaded.has(h.file));
    /** 每个序号有几份申请写了它（含未通过 schema 的） */
    const sequenceCount = new Map<number | undefined, number>();
    for (const h of headers) sequenceCount.set(h.sequence, (sequenceCount.get(h.sequence) ?? 0) + 1);
    const records: SystemRecords = {
      applications: apps.map((a) => a.data),
      deliveries: new Map((repo.deliveries.get(key) ?? []).map((d) => [d.data.application, d.data])),
    };
    for (const { file, data: application } of apps) {
      if (options.targets && !options.targets.has(file)) continue;
      // 状态可信：更早的申请都已加载，且本申请的序号不与别的申请重复（重复由一致性检查报告）
      const historyComplete =
        !broken.some((h) => h.sequence === undefined || h.sequence < application.sequence) &&
        (sequenceCount.get(application.sequence) ?? 0) <= 1;
      const catalog = options.catalogs(application.profile);
      if (!catalog) continue;
      const ctx: RuleContext = {
        application,
        file,
        unitDir,
        systemKey: key,
        unit: unit.data,
        system: system.data,
        before: history.before.get(application.sequence) ?? history.current,
        historyComplete,
        repository: view,
        catalog,
        calendar: options.calendar,
        today: options.today,
        pending: options.pending?.has(file) ?? false,
        pendingApplications,
        history: records,
        ...(options.metrics ? { metrics: options.metrics } : {}),
      };
      const { provisional } = options.calendar.track(() =>
        problems.push(...checkApplication(options.rulesFor(application.profile), ctx)),
      );
      if (provisional.length > 0)
        problems.push({
          rule: "calendar/provisional",
          severity: "warning",
          message: provisionalCalendarMessage(provisional),
          file,
          path: "/date",
        });
    }
  }
  return problems;
}

/** 每组规则按申请类型分好（每份申请只走适用于它的规则）。 */
const rulesByType = new WeakMap<readonly Rule[], Map<string, Rule[]>>();

function rulesFor(rules: readonly Rule[], type: string): readonly Rule[] {
  let byType = rulesByType.get(rules);
  if (!byType) {
    byType = new Map();
    rulesByType.set(rules, byType);
  }
  let list = byType.get(type);
  if (!list) {
    list = rules.filter((rule) => (rule.appliesTo as readonly string[]).includes(type));
    byType.set(type, list);
  }
  return list;
}

/** 一份申请的全部规则：每条规则的发现加上规则的 id、级别与出处。 */
function checkApplication(rules: readonly Rule[], ctx: RuleContext): Problem[] {
  const { application, file } = ctx;
  const problems: Problem[] = [];
  for (const rule of rulesFor(rules, application.type)) {
    try {
      for (const f of rule.check(ctx)) {
        problems.push({
          rule: rule.id,
          severity: f.severity ?? rule.severity,
          message: f.message,
          file,
          path: f.path,
          ...(f.atKey ? { atKey: true } : {}),
          citation: f.citation ?? rule.citation,
        });
      }
    } catch (error) {
      if (error instanceof CalendarRangeError) {
        problems.push({
          rule: "calendar/unknown-year",
          severity: "error",
          message: text(
            error.message,
            `The working-day calendar cannot compute the year of ${error.date}. Add that year's holidays to catalog/calendar/cn.yaml.`,
          ),
          file,
          path: "/date",
        });
        continue;
      }
      throw new Error(`规则 ${rule.id} 检查 ${file} 时出错：${(error as Error).message}`, { cause: error });
    }
  }
  return problems;
}
