import type { CalendarLayers } from "../calendar/workdays.ts";
import type { Catalog } from "../catalog/types.ts";
import type { ParseLimits } from "../load/parse.ts";
import type { Problem } from "../load/problem.ts";
import type { Loaded, Unit } from "../model.ts";
import type { Profile } from "../profile.ts";
import type { UnitNameMismatch } from "./consistency.ts";
import type { ReadResult, RepoFs } from "./fs.ts";
import type { ParsedFile } from "./load-file.ts";
import type { SharedCache } from "./unit-cache.ts";

/**
 * 并行加载的接口。核心不起线程：文件多时 loadRepository 把解析与校验交给调用方注入的
 * ParallelLoader（工作线程池见 scripts/adapters/load-pool.ts，进程内的替身 inlineLoader 在它旁边）。
 * 结果必须与进程内加载完全相同。
 */

/** 一个文件的结果：完整的第一/二阶段结果，或（没有任何问题的文件）只有通过校验的数据。 */
export type Delivered = { parsed: ParsedFile } | { data: Record<string, unknown> };

/** 启动时就要给出的参数。 */
export interface ParallelSetup {
  /** 要加载的仓库（磁盘仓库时工作线程可以自己读文件） */
  fs: RepoFs;
  limits: ParseLimits;
  defaultProfile: string;
  /** 主线程已解析出的服务目录（通常只有默认 profile 的） */
  catalogs: [string, Catalog][];
  workers: number;
  /** 按单位分片校验（只要发现的 validate）：工作线程在解析完一片后接着折叠并检查它 */
  shard?: ShardRequest;
  /** 按单位的结果缓存（只与 shard 一起用）：工作线程打开同一个存储，查到的单位不再解析与检查 */
  cache?: SharedCache;
}

/**
 * 按单位分片校验时交给工作线程的数据。规则、schema、表单取自工作线程里登记的 profile，所以
 * 只有 profiles 正是登记的那些时，工作线程才检查分片（否则分片的检查在主线程上做，结果相同）。
 */
export interface ShardRequest {
  profiles: readonly Profile[];
  today: string;
  calendar: CalendarLayers;
  /** 只检查这些文件（undefined 为全部） */
  targets?: string[];
  /** 待审的文件（undefined 为全部已合并） */
  pending?: string[];
}

/**
 * 一片（若干个完整的单位，按文件顺序相连）的结果。单位之间互不相干，只有单位一级的上下文
 * （本单位的全部系统）：一片之内就能折叠系统状态、做单位之内的一致性检查、附件与规则。
 */
export interface ShardResult {
  /** 这一片文件的加载问题，按文件顺序（同进程内加载的 repo.problems 的这一段） */
  problems: Problem[];
  /** 单位之内的一致性、附件与规则的问题 */
  checks: Problem[];
  /** 加载成功的单位登记，按文件顺序（全部单位之间的检查在主线程上做） */
  units: [string, Loaded<Unit>][];
  /** 单位名称不符的申请：要看全部单位才能说出它登记在哪里 */
  mismatches: UnitNameMismatch[];
  /** 有加载问题的文件的文本 */
  sources: [string, string][];
}

/** 一批的结果：每个文件的结果（由主线程并入），或已检查完的一片。 */
export type BatchResult = { files: Delivered[] } | { shard: ShardResult };

/** 一次运行的参数。 */
export interface ParallelJob {
  /** 参与加载的文件（不含 ignored），按加载顺序 */
  files: readonly string[];
  /** 在主线程上读文件（按大小上限，不读的条目见 RepoFs.read） */
  read: (file: string) => ReadResult;
  /** 各批的起始下标（升序，第一个为 0）；分片时每批都是若干个完整的单位 */
  bounds: readonly number[];
  /** 工作线程就绪前主线程是否也处理批次 */
  mainHelps: boolean;
  /** 所有线程都没有进展多久后判定为卡死（毫秒） */
  stallTimeoutMs: number;
  /**
   * 在主线程上做一批（下标 first 到 end 之前）时先用它：按单位查结果缓存、查不到的检查，交付 { shard }。
   * 没有它或它给不出结果时照旧逐个文件用 local。
   */
  localShard?: (first: number, end: number) => ShardResult | undefined;
}

/** 启动了的并行加载：run 同步地处理一批文件（只调用一次），close 一定要调用（finally）。 */
export interface ParallelRun {
  /**
   * 处理 job.files，按批次顺序对每批调用 deliver(批次, 结果)；local(下标) 在主线程上做第一阶段。
   * 只有 setup.shard 给出时才会交付 { shard }（也可能不交付：那一批由主线程检查）。
   */
  run(
    job: ParallelJob,
    local: (index: number) => ParsedFile,
    deliver: (batch: number, result: BatchResult) => void,
  ): void;
  close(): void;
}

/** 并行加载器：默认的工作线程数与启动函数。 */
export interface ParallelLoader {
  /** parallel.workers 未给出时的工作线程数；不超过 1 时不并行 */
  readonly workers: number;
  start(setup: ParallelSetup): ParallelRun;
}
