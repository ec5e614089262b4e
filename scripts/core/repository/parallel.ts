import type { Catalog } from "../catalog/types.ts";
import type { ParseLimits } from "../load/parse.ts";
import type { ReadResult, RepoFs } from "./fs.ts";
import type { ParsedFile } from "./load-file.ts";

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
}

/** 一次运行的参数。 */
export interface ParallelJob {
  /** 参与加载的文件（不含 ignored），按加载顺序 */
  files: readonly string[];
  /** 在主线程上读文件（按大小上限，不读的条目见 RepoFs.read） */
  read: (file: string) => ReadResult;
  batchSize: number;
  /** 工作线程就绪前主线程是否也处理批次 */
  mainHelps: boolean;
  /** 所有线程都没有进展多久后判定为卡死（毫秒） */
  stallTimeoutMs: number;
}

/** 启动了的并行加载：run 同步地处理一批文件（只调用一次），close 一定要调用（finally）。 */
export interface ParallelRun {
  /** 处理 job.files，按顺序对每个文件调用 deliver(下标, 结果)；local(下标) 在主线程上做第一阶段 */
  run(
    job: ParallelJob,
    local: (index: number) => ParsedFile,
    deliver: (index: number, result: Delivered) => void,
  ): void;
  close(): void;
}

/** 并行加载器：默认的工作线程数与启动函数。 */
export interface ParallelLoader {
  /** parallel.workers 未给出时的工作线程数；不超过 1 时不并行 */
  readonly workers: number;
  start(setup: ParallelSetup): ParallelRun;
}
