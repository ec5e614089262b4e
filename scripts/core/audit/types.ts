/**
 * 夜间审计（audit）的输入与输出：纯数据。审计读系统状态（状态折叠）、工作日日历、利用率与打开的 PR 的阶段，
 * 产出发现（finding）列表与各单位的利用率汇总；文本、Markdown、JSON 与 GitHub issue 都渲染同一份结果。
 */
import type { WorkdayCalendar } from "../calendar/workdays.ts";
import type { Catalog } from "../catalog/types.ts";
import type { Citation, Severity } from "../finding.ts";
import type { Application, Delivery, Loaded, ResourceConfig, System, Unit } from "../model.ts";
import type { StageInput } from "../review/types.ts";
import type { MetricsSource, WindowUtilization } from "../rules/metrics.ts";
import type { ResourceState, SystemHistory } from "../state/fold.ts";
import type { Text } from "../text.ts";
import type { AuditConfig } from "./config.ts";

/**
 * 审计检查的标识，如 low-load、test-expiring（每项一个文件，由 profile 登记：Profile.audit.checks）。
 * 也是发现的稳定键与 issue 标签的第一段。
 */
export type AuditCheckId = string;

/** 一个信息系统及其状态：审计的基本单位。 */
export interface SystemView {
  /** `单位/系统`（目录名） */
  key: string;
  unitDir: string;
  systemDir: string;
  unit?: Unit;
  system: System;
  history: SystemHistory;
  /** 已合并的申请，按序号 */
  applications: readonly Loaded<Application>[];
  /** 交付记录 */
  deliveries: readonly Loaded<Delivery>[];
  /** 本系统已用过的最大申请序号（含未通过 schema 的文件）：起草的申请取下一个 */
  lastSequence: number;
}

/** 一台主机在统计窗口上的利用率（审计的证据）。 */
export interface HostUtilization {
  /** 实例名 */
  name: string;
  ip?: string;
  hostname?: string;
  /** 没有数据时缺省 */
  utilization?: WindowUtilization;
}

/** 低负载云主机的证据：统计窗口、每台主机与合并后的数字、来源。 */
export interface UtilizationEvidence {
  /** 近 5 个工作日 */
  window: readonly string[];
  source: string;
  hosts: HostUtilization[];
  /** 全部主机合并（与 govcloud validate --metrics 的算法相同：逐日平均取均值，峰值取最大） */
  combined: WindowUtilization;
}

/** 起草的申请：放到哪里、内容是什么。 */
export interface DraftApplication {
  type: "change" | "revoke";
  /** 仓库内路径，如 requests/sz-edu/student-registry/0004-change.yaml */
  file: string;
  yaml: string;
  /** 提交前须由使用单位确认的事项 */
  confirm: Text[];
}

/** 审计的一条发现。message 与 action 的可变部分也在 params 中，便于比对和机器读取。 */
export interface AuditFinding {
  /** 稳定键：同一问题每晚得到同一个键（GitHub issue 以它识别） */
  key: string;
  check: AuditCheckId;
  severity: Severity;
  citation: Citation;
  /** 简短标题（issue 标题） */
  title: Text;
  /** 单位目录名 */
  unit: string;
  /** 单位全称 */
  unitName?: string;
  /** 系统目录名 */
  system?: string;
  systemName?: string;
  resource?: string;
  pr?: number;
  /** 问题与出处 */
  message: Text;
  /** 建议的处理 */
  action: Text;
  params: Record<string, string | number | boolean>;
  evidence?: UtilizationEvidence;
  draft?: DraftApplication;
}

/** 检查返回的发现：check、severity、citation 由引擎按检查的定义补上（可逐条覆盖）。 */
export type CheckFinding = Omit<AuditFinding, "check" | "severity" | "citation"> &
  Partial<Pick<AuditFinding, "severity" | "citation">>;

export interface AuditContext {
  /** 今天（北京时间日期） */
  today: string;
  /** 现在（ISO 8601），阶段机用 */
  now: string;
  calendar: WorkdayCalendar;
  catalogs: (profile: string) => Catalog | undefined;
  config: AuditConfig;
  systems: readonly SystemView[];
  /** 利用率（已预取）；没有给出 --metrics 时缺省，低负载检查跳过 */
  metrics?: MetricsSource;
  /** 打开的 PR（阶段机的输入）；没有 PR 数据时缺省，阶段检查跳过 */
  pulls?: readonly StageInput[];
  /**
   * 每个申请文件合并进默认分支的日期（北京时间，git 历史：首次加入它的第一父提交）；
   * 不是 git 仓库时缺省，实施时限检查跳过
   */
  mergedOn?: ReadonlyMap<string, string>;
}

/** 一项审计检查：元数据 + 一个纯函数。 */
export interface AuditCheck {
  id: AuditCheckId;
  title: Text;
  citation: Citation;
  severity: Severity;
  /** 为什么查（条文） */
  why: Text;
  /** 需要什么数据：metrics、pulls；缺少时这项检查跳过并在报告中说明 */
  needs?: "metrics" | "pulls" | "merges";
  run(ctx: AuditContext): CheckFinding[];
  /** 本次无法判定的发现键（如主机缺少监控数据）：它们的旧 issue 保持原状，不当作已解决 */
  undetermined?(ctx: AuditContext): string[];
}

/** 一个单位的利用率汇总（供每年通报、考核政务云使用情况）。 */
export interface UnitSummary {
  unit: string;
  unitName?: string;
  systems: number;
  /** 在用的正式云主机（ecs）台数（实例数） */
  hosts: number;
  vcpu: number;
  memoryGB: number;
  /** 有完整 5 个工作日数据的主机台数 */
  measuredHosts: number;
  /** 有数据的主机的平均利用率（按台平均） */
  cpuAverage?: number;
  memoryAverage?: number;
  /** 判定为低负载的云主机台数 */
  lowLoadHosts: number;
  /** 可按建议配置缩减的 vCPU、内存 */
  reclaimableVcpu: number;
  reclaimableMemoryGB: number;
  testResources: number;
  expiredTestResources: number;
}

export interface AuditReport {
  today: string;
  window?: readonly string[];
  metricsSource?: string;
  findings: AuditFinding[];
  summary: UnitSummary[];
  /** 跳过的检查与原因、数据缺口 */
  notes: Text[];
  counts: Record<AuditCheckId, number>;
  /** 本次运行了的检查：没有运行的检查（缺少数据）的旧 issue 不能当作已解决 */
  checked: AuditCheckId[];
  /** 本次无法判定的键（如主机缺少监控数据）：它们的旧 issue 保持原状 */
  undetermined: string[];
}

/** 漂移中可以接受进仓库的一项：一个资源的仓库配置（before）与云上的配置（after），只含不同的字段。 */
export interface DriftAcceptance {
  resource: ResourceState;
  before: ResourceConfig;
  after: ResourceConfig;
  /** 证据：哪台主机、哪块盘，仓库与云上各是什么 */
  evidence: Text[];
}

/** profile 起草漂移修复的变更申请（Profile.audit.driftDraft）的输入。 */
export interface DriftDraftInput {
  view: SystemView;
  changes: readonly DriftAcceptance[];
  today: string;
  calendar: WorkdayCalendar;
}
