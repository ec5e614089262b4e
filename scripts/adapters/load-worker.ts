import type { MessagePort } from "node:worker_threads";
import { calendarFromData } from "../core/calendar/workdays.ts";
import type { Catalog } from "../core/catalog/types.ts";
import type { ParseLimits } from "../core/load/parse.ts";
import type { ReadResult, RepoFs } from "../core/repository/fs.ts";
import { classify } from "../core/repository/layout.ts";
import { checkFile, type FileOutcome, type ParsedFile, parseRead } from "../core/repository/load-file.ts";
import type { ShardRequest, ShardResult } from "../core/repository/parallel.ts";
import { type ActiveCache, cachedShard, type SharedCache } from "../core/repository/unit-cache.ts";
import { SchemaValidator } from "../core/schema/validate.ts";
import { checkShard, type ShardCheckOptions } from "../core/validate-shard.ts";
import { registeredProfile, registeredProfiles } from "../profiles/index.ts";
import { diskFs } from "./disk-fs.ts";
import { useDiskCompileCache } from "./schema-cache.ts";
import { diskUnitStore, sha256Digest } from "./validate-cache.ts";

/**
 * 工作线程一侧（入口 load-worker.js 先注册 tsx 再加载本模块）。只读文件和做纯计算：
 * 不读环境变量、不读时钟；所需的一切（服务目录、限制、默认 profile）都由主线程给出。
 */

/** 主线程经 workerData 传来的初始化数据。 */
export interface WorkerInit {
  port: MessagePort;
  /** Int32Array：[0] 回复计数（主线程在其上 Atomics.wait），[1 + index] 本线程的进展（看门狗用） */
  signal: SharedArrayBuffer;
  index: number;
  /** 磁盘仓库的根目录：工作线程用 diskFs(root) 自己读文件；否则文件字节随批次发来 */
  root?: string;
  limits: ParseLimits;
  defaultProfile: string;
  /** 主线程已解析出的服务目录（通常只有默认 profile 的） */
  catalogs: [string, Catalog][];
  /** 按单位分片校验：每批是若干个完整的单位，解析完接着检查（profile 取本线程登记的） */
  shard?: Omit<ShardRequest, "profiles">;
  /** 按单位的结果缓存（只与 shard 一起用）：查到的单位不再解析与检查 */
  cache?: SharedCache;
}

export interface Batch {
  id: number;
  files: string[];
  /** 没有 root 时主线程读好的结果 */
  reads?: ReadResult[];
}

/**
 * 一批的结果。绝大多数文件没有任何问题：它们只传回数据，且用 JSON（主线程上 JSON.parse 比
 * structured clone 的反序列化快一倍多），其余部分由主线程补全（cleanOutcome）。`json` 是与批次
 * 等长的数组，null 处的文件在 `full` 里按 structured clone 整个传回。
 */
export type Reply =
  | { id: number; json: string; full: [number, ParsedFile][] }
  | { id: number; shard: ShardResult }
  | { id: number; error: { file?: string; message: string; stack?: string } };

const ampersand = 0x26;

/**
 * JSON 往返后完全相同：只有字符串、有限且不是 -0 的数、布尔、null、数组与普通对象。
 * （数据已通过解析检查，深度有限。）
 */
function jsonExact(value: unknown): boolean {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && (value !== 0 || 1 / value > 0);
    case "object": {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !jsonExact(value[i])) return false;
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      const record = value as Record<string, unknown>;
      for (const key of Object.keys(record)) if (!jsonExact(record[key])) return false;
      return true;
    }
    default:
      return false;
  }
}

export function serve(init: WorkerInit): void {
  const { port, index, root, limits, defaultProfile } = init;
  const signal = new Int32Array(init.signal);
  const catalogs = new Map(init.catalogs);
  const disk: RepoFs | undefined = root !== undefined ? diskFs(root) : undefined;
  useDiskCompileCache();
  const shard = init.shard;
  const cache: ActiveCache | undefined =
    shard && disk && init.cache
      ? { store: diskUnitStore(init.cache.location), digest: sha256Digest, base: init.cache.base }
      : undefined;
  // 校验器现在就载入（入口已注销 tsx 的钩子，载入 ajv 生成的代码不必经过它）。出错时在第一个
  // 用到它的文件上再抛出一次，报告里就有文件名。
  // （用缓存时不预先载入：全部单位都查到时用不着它）
  for (const catalog of cache ? [] : catalogs.values()) {
    try {
      const schema = registeredProfile(catalog.profile.id)?.schema;
      if (schema) SchemaValidator.for(catalog, schema);
    } catch {
      // 见上
    }
  }

  const check: ShardCheckOptions | undefined = shard && {
    catalogs: (profile) => catalogs.get(profile),
    profiles: registeredProfiles,
    calendar: calendarFromData(shard.calendar),
    today: shard.today,
    ...(shard.targets ? { targets: new Set(shard.targets) } : {}),
    ...(shard.pending ? { pending: new Set(shard.pending) } : {}),
  };

  /** 能在本线程定下 profile（其服务目录已在手）时做完 schema 校验；否则留给主线程。 */
  const finish = (parsed: ParsedFile): ParsedFile => {
    if (!parsed.pending) return parsed;
    const requested = parsed.pending.data.profile;
    const profile = typeof requested === "string" ? requested : defaultProfile;
    const catalog = catalogs.get(profile);
    const schema = registeredProfile(profile)?.schema;
    if (!catalog || !schema) return parsed;
    return { outcome: checkFile(parsed, profile, catalog, schema) };
  };

  /** 一批文件的第一、二阶段（计进展）。 */
  const parseBatch = (batch: Batch, at: (file: string) => void): { parsed: ParsedFile; read: ReadResult }[] =>
    batch.files.map((file, i) => {
      at(file);
      const place = classify(file);
      if (place.kind === "ignored") throw new Error("不参与加载的文件");
      const read = batch.reads
        ? (batch.reads[i] as ReadResult)
        : (disk as RepoFs).read(file, limits.maxBytes);
      const parsed = finish(parseRead(file, place, read, limits));
      Atomics.add(signal, 1 + index, 1);
      return { parsed, read };
    });

  /** 每个文件的结果：没有问题的只传回数据（JSON），其余整个传回。 */
  const perFile = (batch: Batch, results: { parsed: ParsedFile; read: ReadResult }[]): Reply => {
    const data: unknown[] = [];
    const full: [number, ParsedFile][] = [];
    results.forEach(({ parsed, read }, i) => {
      const { outcome } = parsed;
      // 有锚点（&）的文件可能共享子树，JSON 会把它们拆成副本：这样的文件整个传回
      if (
        !parsed.pending &&
        outcome.problems.length === 0 &&
        outcome.source === undefined &&
        outcome.data !== undefined &&
        "bytes" in read &&
        read.bytes.indexOf(ampersand) < 0 &&
        jsonExact(outcome.data)
      )
        data.push(outcome.data);
      else {
        data.push(null);
        full.push([i, parsed]);
      }
    });
    return { id: batch.id, json: JSON.stringify(data), full };
  };

  /** 用缓存：先读整批，按单位查缓存，查不到的解析并检查；有单位在本线程检查不了时为 undefined。 */
  const cachedBatch = (batch: Batch, at: (file: string) => void): ShardResult | undefined => {
    const reads = batch.files.map((f) => {
      at(f);
      const read = (disk as RepoFs).read(f, limits.maxBytes);
      Atomics.add(signal, 1 + index, 1);
      return read;
    });
    return cachedShard(batch.files, reads, cache as ActiveCache, disk as RepoFs, (first, end, fs) => {
      const outcomes: FileOutcome[] = [];
      for (let i = first; i < end; i++) {
        const f = batch.files[i] as string;
        at(f);
        const place = classify(f);
        if (place.kind === "ignored") throw new Error("不参与加载的文件");
        const parsed = finish(parseRead(f, place, reads[i] as ReadResult, limits));
        if (parsed.pending) return undefined;
        outcomes.push(parsed.outcome);
      }
      return checkShard(outcomes, fs, check as ShardCheckOptions);
    });
  };

  port.on("message", (batch: Batch) => {
    let file: string | undefined;
    let reply: Reply;
    try {
      const at = (f: string) => {
        file = f;
      };
      // 用缓存时按单位查、查不到的检查并存下；有单位在本线程检查不了时这一批照旧（不缓存）
      const cached = cache ? cachedBatch(batch, at) : undefined;
      if (cached) reply = { id: batch.id, shard: cached };
      else {
        const results = parseBatch(batch, at);
        file = undefined;
        // 分片：这一批的文件都在本线程做完了（profile 都已定下）就接着检查，只传回发现
        if (check && disk && results.every((r) => !r.parsed.pending)) {
          const outcomes: FileOutcome[] = results.map((r) => r.parsed.outcome);
          reply = { id: batch.id, shard: checkShard(outcomes, disk, check) };
        } else reply = perFile(batch, results);
      }
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      reply = {
        id: batch.id,
        error: {
          ...(file !== undefined ? { file } : {}),
          message: e.message,
          ...(e.stack ? { stack: e.stack } : {}),
        },
      };
    }
    port.postMessage(reply);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
  Atomics.add(signal, 1 + index, 1); // 就绪也算进展
}
