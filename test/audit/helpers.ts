import { nationalCalendar } from "../../scripts/adapters/calendar-files.ts";
import { loadCatalog } from "../../scripts/adapters/catalog-files.ts";
import { validate } from "../../scripts/adapters/repository.ts";
import { audit, systemViews } from "../../scripts/core/audit/audit.ts";
import { type AuditConfig, defaultAuditConfig } from "../../scripts/core/audit/config.ts";
import type { AuditContext, AuditReport } from "../../scripts/core/audit/types.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import type { StageInput } from "../../scripts/core/review/types.ts";
import type { DailyUtilization, MetricsSource } from "../../scripts/core/rules/metrics.ts";
import { metricsFromDaily } from "../../scripts/core/rules/metrics-file.ts";
import { shenzhen } from "../../scripts/profiles/shenzhen/index.ts";

export const calendar = nationalCalendar();
const catalog = loadCatalog("shenzhen");
export const catalogs = (p: string) => (p === "shenzhen" ? catalog : undefined);

/** 主机的逐日数据（同一组数字用于窗口中的每一天）。 */
export function daily(
  host: string,
  dates: readonly string[],
  figures: { cpu: [number, number]; mem: [number, number] },
): DailyUtilization[] {
  return dates.map((date) => ({
    host,
    date,
    cpuAverage: figures.cpu[0],
    cpuPeak: figures.cpu[1],
    memoryAverage: figures.mem[0],
    memoryPeak: figures.mem[1],
  }));
}

export interface AuditFixture {
  files: Record<string, string | Uint8Array>;
  today: string;
  metrics?: DailyUtilization[] | MetricsSource;
  pulls?: StageInput[];
  config?: AuditConfig;
}

export function contextOf(f: AuditFixture): AuditContext {
  const { repo, histories } = validate({
    fs: memoryFs(f.files),
    scope: { kind: "all" },
    lang: "zh",
    today: f.today,
  });
  const metrics = Array.isArray(f.metrics) ? metricsFromDaily("文件 metrics.csv", f.metrics) : f.metrics;
  return {
    today: f.today,
    now: `${f.today}T12:00:00+08:00`,
    calendar,
    catalogs,
    config: f.config ?? defaultAuditConfig,
    systems: systemViews(repo, histories),
    ...(metrics ? { metrics } : {}),
    ...(f.pulls ? { pulls: f.pulls } : {}),
  };
}

export const runAuditOn = (f: AuditFixture): AuditReport => audit(contextOf(f), shenzhen.audit);

/** 学籍系统 app 的两台主机、db 的两台主机（交付记录 requests/sz-edu/student-registry/deliveries/0001.yaml）。 */
export const APP_HOSTS = ["10.21.3.11", "10.21.3.12"] as const;
export const DB_HOSTS = ["10.21.3.21", "10.21.3.22"] as const;
