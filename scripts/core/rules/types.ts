import type { WorkdayCalendar } from "../calendar/workdays.ts";
import type { ApplicationType, Catalog } from "../catalog/types.ts";
import type { Citation, Severity } from "../finding.ts";
import type { Application, Delivery, Loaded, System, Unit } from "../model.ts";
import type { SystemState } from "../state/fold.ts";
import type { Text } from "../text.ts";
import type { MetricsSource } from "./metrics.ts";

/** 整个仓库的状态：每个系统的当前状态，供跨系统的规则使用（如第51条(3) 单位名下逾期的测试资源）。 */
export interface SystemView {
  /** `单位/系统` */
  key: string;
  unitDir: string;
  system: System;
  current: SystemState;
}

export interface RepositoryView {
  /** 键为 `单位/系统` */
  systems: ReadonlyMap<string, SystemView>;
  /** 按单位目录名索引（单位范围的规则用，免得每份申请都遍历全部系统） */
  byUnit: ReadonlyMap<string, readonly SystemView[]>;
}

/** 规则检查一份申请时能看到的一切；都是数据，没有 I/O。 */
export interface RuleContext {
  application: Application;
  file: string;
  unitDir: string;
  /** `单位/系统` */
  systemKey: string;
  unit: Unit;
  system: System;
  /** 这份申请之前的系统状态（折叠它之前的申请与交付记录） */
  before: SystemState;
  /**
   * 之前的申请是否都已加载：某份更早的申请有 schema 错误时它不在状态里，依赖状态的规则
   * （“资源不存在”“端口未开放”）应跳过，免得一个错误引出一串错误。
   */
  historyComplete: boolean;
  repository: RepositoryView;
  catalog: Catalog;
  calendar: WorkdayCalendar;
  /** 今天（YYYY-MM-DD），由命令行或测试给定 */
  today: string;
  /**
   * 这份申请是否待审（拉取请求中新增或改动的文件）。主分支上的申请都已合并：
   * 只对待审申请有意义的规则（如 3 个月有效期）据此跳过。
   */
  pending: boolean;
  /**
   * 本次改动（一个拉取请求）中待审的全部申请文件，排序；校验整个仓库时为空。
   * 供“一个拉取请求一份申请”这类看整个改动的规则使用。
   */
  pendingApplications?: readonly string[];
  /** 利用率数据（--metrics），没有时为 undefined */
  metrics?: MetricsSource;
  /**
   * 本系统已加载的全部申请（按序号）与交付记录（按所交付的申请序号）：要读原始申请或交付记录的规则用
   * （如延期申请所延的那份申请、迁移上云的割接日期），不必把每个 profile 的字段都折叠进状态。
   */
  history?: SystemRecords;
}

/** 一个系统的申请与交付记录（原样）。 */
export interface SystemRecords {
  applications: readonly Application[];
  deliveries: ReadonlyMap<number, Delivery>;
}

/** 规则产出的一条发现：指向申请中的某个字段，消息双语。引用、文件、行列由引擎补上。 */
export interface RuleFinding {
  path: string;
  message: Text;
  /** 覆盖规则的默认严重程度（如需要人工判断的部分降为 warning） */
  severity?: Severity;
  atKey?: boolean;
  /** 覆盖规则的默认引用（一条规则涉及多个条款时） */
  citation?: Citation;
}

/** 一条规则：一个文件，带引用、适用的申请类型、严重程度与理由。 */
export interface Rule {
  /** 稳定标识，如 `shenzhen/utilization-cpu-scale-up` */
  id: string;
  title: Text;
  citation: Citation;
  appliesTo: readonly ApplicationType[];
  severity: Severity;
  /** 为什么有这条规则（条文原意） */
  why: Text;
  check(ctx: RuleContext): RuleFinding[];
}

/** 便于规则书写的小工具：把 Loaded 的申请取出来。 */
export type LoadedApplication = Loaded<Application>;
