import { availableParallelism } from "node:os";
import { MessageChannel, type MessagePort, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { Catalog } from "../core/catalog/types.ts";
import type { ParseLimits } from "../core/load/parse.ts";
import type { ParsedFile } from "../core/repository/load-file.ts";
import type {
  BatchResult,
  Delivered,
  ParallelJob,
  ParallelLoader,
  ParallelRun,
  ParallelSetup,
  ShardRequest,
} from "../core/repository/parallel.ts";
import type { SharedCache } from "../core/repository/unit-cache.ts";
import { registeredProfiles } from "../profiles/index.ts";
import { diskRoot } from "./disk-fs.ts";
import type { Batch, Reply, WorkerInit } from "./load-worker.ts";

/**
 * 在工作线程上解析与校验文件（主线程一侧）。loadRepository 是同步函数，所以这里不靠事件循环：
 * 主线程把批次发给各工作线程，在共享计数器上 Atomics.wait，用 receiveMessageOnPort 同步取回结果，
 * 并按文件顺序交付；工作线程还在载入代码时主线程自己也处理批次。工作线程的任何错误都变成抛出的
 * Error（带文件名），不会卡住（崩溃而不回报的由看门狗限时）；工作线程总会被终止。
 */

/** 线程池的固定参数（启动工作线程时就要给出）。 */
export interface PoolSetup {
  /** 磁盘仓库的根目录：工作线程自己读文件；否则主线程读好随批次发送 */
  root?: string;
  limits: ParseLimits;
  defaultProfile: string;
  catalogs: [string, Catalog][];
  workers: number;
  /** 工作线程按单位分片检查（须有 root：检查附件要读文件） */
  shard?: Omit<ShardRequest, "profiles">;
  /** 按单位的结果缓存（只与 shard 一起用） */
  cache?: SharedCache;
}

/** 一次运行的参数（核心的 ParallelJob）。 */
export type PoolJob = ParallelJob;

/**
 * 工作线程的入口：构建产物（scripts/dist/cli.mjs）旁边是打包好的 load-worker.mjs；
 * 从源码运行（测试、tsx）时是经 tsx 载入 TypeScript 的 load-worker.js。
 */
const entry = import.meta.url.endsWith(".mjs")
  ? new URL("./load-worker.mjs", import.meta.url)
  : new URL("./load-worker.js", import.meta.url);

/** 工作线程就绪后同时在手的批次数：一批做完时下一批已在排队，不必等主线程转一圈。 */
const inFlightPerWorker = 2;

/**
 * 工作线程的环境变量只给这几项：schema 编译缓存的位置（与主线程一致）和 tsx 转译缓存所在的
 * 临时目录。加载结果不取决于它们。
 */
function workerEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env))
    if (v !== undefined && (k === "GOVCLOUD_CACHE_DIR" || k === "TMPDIR" || k.startsWith("TSX_"))) env[k] = v;
  return env;
}

/** 主线程的 --import/--require/--loader（如基准测试的钩子、tsx）不带给工作线程；入口自己注册 tsx。 */
function workerExecArgv(): string[] {
  const withValue = ["--import", "--require", "-r", "--loader", "--experimental-loader"];
  const out: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (withValue.includes(a)) i++;
    else if (!withValue.some((p) => a.startsWith(`${p}=`))) out.push(a);
  }
  return out;
}

/**
 * 工作线程池。构造时就启动工作线程（它们在后台载入代码，主线程可以同时列目录）；run 同步地
 * 处理一批文件；close 终止工作线程，一定要调用（finally）。
 */
export class LoadPool implements ParallelRun {
  private readonly workers: Worker[] = [];
  private readonly ports: MessagePort[] = [];
  private readonly signal: Int32Array;
  private readonly root: string | undefined;
  /**
   * 按单位分片时主线程一直帮忙，工作线程少起一个：主线程只收各片的发现，堆很小，自己检查一片不比
   * 工作线程贵；少一个线程就少一份载入代码、即时编译与垃圾回收（2 核上 CPU 时间约少 10%，墙钟不变）。
   */
  private readonly mainAlwaysHelps: boolean;

  constructor(setup: PoolSetup) {
    this.root = setup.root;
    this.mainAlwaysHelps = setup.shard !== undefined && setup.root !== undefined;
    const workerCount = this.mainAlwaysHelps ? Math.max(1, setup.workers - 1) : setup.workers;
    const sab = new SharedArrayBuffer(4 * (2 + workerCount));
    this.signal = new Int32Array(sab);
    const base = {
      limits: setup.limits,
      defaultProfile: setup.defaultProfile,
      catalogs: setup.catalogs,
      ...(setup.root !== undefined ? { root: setup.root } : {}),
      ...(setup.shard && setup.root !== undefined ? { shard: setup.shard } : {}),
      ...(setup.shard && setup.root !== undefined && setup.cache ? { cache: setup.cache } : {}),
    };
    const env = workerEnv();
    const execArgv = workerExecArgv();
    try {
      for (let w = 0; w < workerCount; w++) {
        const { port1, port2 } = new MessageChannel();
        const init: WorkerInit = { ...base, port: port2, signal: sab, index: w };
        const worker = new Worker(entry, { workerData: init, transferList: [port2], env, execArgv });
        // 主线程在 run 里同步等待，收不到 'error' 事件；错误由入口经端口回报。这个监听器只防止
        // 之后才派发的 'error' 事件让进程崩溃（报告的是已抛出的 Error）。
        worker.on("error", () => {});
        worker.unref();
        this.workers.push(worker);
        this.ports.push(port1);
      }
    } catch (error) {
      this.close();
      throw error;
    }
  }

  close(): void {
    for (const port of this.ports) port.close();
    for (const worker of this.workers) void worker.terminate().catch(() => {});
    this.ports.length = 0;
    this.workers.length = 0;
  }

  /**
   * 处理 job.files，按顺序对每个文件调用 deliver(下标, 结果)。local(下标) 在主线程上做第一阶段
   * （主线程帮忙时用）。只能调用一次。
   */
  run(
    job: PoolJob,
    local: (index: number) => ParsedFile,
    deliver: (batch: number, result: BatchResult) => void,
  ): void {
    const { files, bounds } = job;
    const { ports, signal } = this;
    const batchCount = bounds.length;
    const start = (id: number) => bounds[id] as number;
    const end = (id: number) => bounds[id + 1] ?? files.length;
    const poolSize = ports.length;
    /** 每个工作线程在手的批次 */
    const inFlight: Set<number>[] = ports.map(() => new Set());
    const done = new Map<number, BatchResult>();
    let nextToSend = 0;
    let nextToDeliver = 0;
    /** 已有工作线程回复过 */
    let replied = false;

    const send = (w: number) => {
      if (nextToSend >= batchCount) return;
      const id = nextToSend++;
      const slice = files.slice(start(id), end(id));
      const batch: Batch = { id, files: slice };
      if (this.root === undefined) batch.reads = slice.map((f) => job.read(f));
      (ports[w] as MessagePort).postMessage(batch);
      (inFlight[w] as Set<number>).add(id);
    };

    const unpack = (reply: Extract<Reply, { json: string } | { shard: unknown }>): BatchResult => {
      if ("shard" in reply) return { shard: reply.shard };
      const data = JSON.parse(reply.json) as (Record<string, unknown> | null)[];
      const out: Delivered[] = data.map((d) => ({ data: d as Record<string, unknown> }));
      for (const [i, parsed] of reply.full) out[i] = { parsed };
      return { files: out };
    };

    const fail = (w: number, reply: Extract<Reply, { error: unknown }>): never => {
      const { file, message, stack } = reply.error;
      const where = file ?? (reply.id >= 0 ? `${files[start(reply.id)]} 起的一批文件` : undefined);
      const error = new Error(
        where ? `加载 ${where} 时工作线程出错：${message}` : `加载用的工作线程 ${w} 启动失败：${message}`,
      );
      if (stack) error.stack = `${error.stack}\n--- 工作线程内 ---\n${stack}`;
      throw error;
    };

    // 先每个工作线程一批：它们还在载入代码，其余批次留给主线程（见下）或等它们就绪后再发
    for (let w = 0; w < poolSize; w++) send(w);

    let progress = -1;
    let lastChange = performance.now();
    while (nextToDeliver < batchCount) {
      const seen = Atomics.load(signal, 0);
      let received = false;
      for (let w = 0; w < poolSize; w++) {
        const port = ports[w] as MessagePort;
        for (let m = receiveMessageOnPort(port); m; m = receiveMessageOnPort(port)) {
          received = true;
          replied = true;
          const reply = m.message as Reply;
          if ("error" in reply) fail(w, reply);
          else {
            (inFlight[w] as Set<number>).delete(reply.id);
            done.set(reply.id, unpack(reply));
            while ((inFlight[w] as Set<number>).size < inFlightPerWorker && nextToSend < batchCount) send(w);
          }
        }
      }
      // 按批次顺序交付，结果与进程内加载的顺序一致
      for (let ready = done.get(nextToDeliver); ready; ready = done.get(nextToDeliver)) {
        done.delete(nextToDeliver);
        deliver(nextToDeliver++, ready);
      }
      if (received || nextToDeliver >= batchCount) continue;
      if (job.mainHelps && (!replied || this.mainAlwaysHelps) && nextToSend < batchCount) {
        // 主线程空着（工作线程还在载入代码，或分片时一直如此）：自己做一批。不分片时工作线程就绪后
        // 就不做了：主线程的堆里存着全部数据，解析留下的垃圾要在这个大堆上回收，得不偿失。
        const id = nextToSend++;
        const shard = job.localShard?.(start(id), end(id));
        if (shard) {
          done.set(id, { shard });
          Atomics.add(signal, 1 + poolSize, 1);
          continue;
        }
        const out: Delivered[] = [];
        for (let i = start(id); i < end(id); i++) out.push({ parsed: local(i) });
        done.set(id, { files: out });
        Atomics.add(signal, 1 + poolSize, 1);
        continue;
      }
      Atomics.wait(signal, 0, seen, 1000);
      // 看门狗：工作线程崩溃（如内存耗尽）时不会回报，不能无限等下去
      let sum = 0;
      for (let i = 0; i < signal.length; i++) sum += Atomics.load(signal, i);
      const t = performance.now();
      if (sum !== progress) {
        progress = sum;
        lastChange = t;
      } else if (t - lastChange > job.stallTimeoutMs) {
        const stuck = Math.max(
          0,
          inFlight.findIndex((s) => s.size > 0),
        );
        const pending = [...(inFlight[stuck] as Set<number>)];
        const first = files[start(pending.length > 0 ? Math.min(...pending) : nextToDeliver)];
        throw new Error(
          `加载 ${first} 起的一批文件时，工作线程 ${stuck} 在 ${Math.round(job.stallTimeoutMs / 1000)} 秒内没有进展（可能已崩溃）`,
        );
      }
    }
  }
}

/**
 * 工作线程里的 profile 是登记的那些（scripts/profiles/index.ts）：调用方给的 profile 正是它们时，
 * 工作线程才能替它检查分片；否则（如测试的替身 profile）分片由主线程检查。
 */
const sameProfiles = (request: ShardRequest) =>
  request.profiles.length === registeredProfiles.length &&
  request.profiles.every((p, i) => p === registeredProfiles[i]);

/** 交给工作线程的分片数据（不含 profile：工作线程用它自己登记的）。 */
function workerShard({ profiles: _, ...data }: ShardRequest): Omit<ShardRequest, "profiles"> {
  return data;
}

/** 工作线程池作为核心的并行加载器：磁盘仓库（diskFs）的文件由工作线程自己读。 */
export const loadPool: ParallelLoader = {
  workers: Math.min(availableParallelism(), 4),
  start: ({ fs, shard, cache, ...setup }: ParallelSetup) => {
    const root = diskRoot(fs);
    const onWorkers = shard !== undefined && sameProfiles(shard);
    return new LoadPool({
      ...setup,
      ...(root !== undefined ? { root } : {}),
      ...(onWorkers ? { shard: workerShard(shard) } : {}),
      ...(onWorkers && cache ? { cache } : {}),
    });
  },
};

/**
 * 进程内的替身（不起线程）：按批次顺序在主线程上做完每个文件，交付 { parsed }。
 * 结果与工作线程池相同，供测试核心的并行路径而不必启动线程。
 */
export const inlineLoader: ParallelLoader = {
  workers: 2,
  start: () => ({
    run: (job, local, deliver) => {
      job.bounds.forEach((first, b) => {
        const end = job.bounds[b + 1] ?? job.files.length;
        const shard = job.localShard?.(first, end);
        if (shard) {
          deliver(b, { shard });
          return;
        }
        const files: Delivered[] = [];
        for (let i = first; i < end; i++) files.push({ parsed: local(i) });
        deliver(b, { files });
      });
    },
    close: () => {},
  }),
};
