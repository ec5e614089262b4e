import type { ReadResult, RepoFs } from "./fs.ts";
import { requestsDir } from "./layout.ts";
import type { ShardResult } from "./parallel.ts";

/**
 * 按单位的结果缓存（校验缓存，issue 16）：整个仓库的 `govcloud validate` 里，一个单位（requests/<单位>/）
 * 的检查结果（ShardResult：加载问题、单位之内的检查、单位登记）只取决于
 *   1. 全局的输入：代码（构建标识）、服务目录与 profile、日历、今天、默认 profile、解析上限（`base`）；
 *   2. 这个单位参与加载的每个文件：路径与读到的内容（`unitKey`）；
 *   3. 检查时经 RepoFs 做的其余读取（附件、某个登记文件是否存在……）：记下每一次调用与它的结果
 *      （`recordingFs`），取用缓存前原样重做一遍并比对（`depsHold`）。
 * 三者都相同时，结果与重新检查完全相同（同样的代码、同样的输入）。单位之间的检查（主管单位、
 * 单位全称唯一、申请写的单位登记在哪里）不进缓存，每次由主线程做。
 *
 * 核心只定义接口：存储（磁盘上的在 scripts/adapters/validate-cache.ts）与摘要函数由调用方给出。
 */

/** 摘要：对一串字符串与字节（逐段，带长度，不会因拼接而混淆）给出定长的十六进制串。 */
export type Digest = (parts: readonly (string | Uint8Array)[]) => string;

/** 检查一个单位时做过的一次 RepoFs 调用：[方法, 路径, 上限（read 的 maxBytes，其余 0）, 结果的摘要]。 */
export type FsDependency = [
  op: "read" | "readFile" | "exists" | "list" | "refusal",
  path: string,
  cap: number,
  result: string,
];

/** 缓存的一项：一个单位的结果与检查它时做过的 RepoFs 调用。 */
export interface CachedUnit {
  deps: FsDependency[];
  shard: ShardResult;
}

/** 按键存取（磁盘上的存储是适配器；读不到、损坏或不是本格式的项都是 undefined）。 */
export interface UnitResultStore {
  get(key: string): CachedUnit | undefined;
  set(key: string, entry: CachedUnit): void;
}

/** 调用方（命令行）给 validateFindings 的缓存。 */
export interface ValidationCache {
  store: UnitResultStore;
  digest: Digest;
  /** 代码的标识：构建产物的摘要（从源码运行时是源码的摘要），加上依赖与 Node 的版本 */
  buildId: string;
  /** 工作线程据此打开同一个存储（适配器的事，核心不看内容）；没有时工作线程不用缓存 */
  location?: string;
}

/** 一次运行里生效的缓存：全局输入的摘要 `base` 已算好。 */
export interface ActiveCache {
  store: UnitResultStore;
  digest: Digest;
  base: string;
}

/** 交给工作线程的：它据此打开同一个存储，用同一个 base。 */
export interface SharedCache {
  location: string;
  base: string;
}

/** 缓存格式的版本：改了键的组成或项的内容时加一。 */
export const unitCacheFormat = "govcloud-unit-cache-1";

/** 把 Map、Set 写成数组的 JSON（服务目录里有按 id 的索引 Map）。 */
export function stableJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof Map) return { map: [...v] };
    if (v instanceof Set) return { set: [...v] };
    if (typeof v === "number" && !Number.isFinite(v)) return `number:${String(v)}`;
    return v;
  });
}

/** 读文件结果的摘要部分（内容本身，或不读的原因）。 */
function readParts(result: ReadResult): (string | Uint8Array)[] {
  if ("bytes" in result) return ["bytes", result.bytes];
  if ("refused" in result) return ["refused", result.refused.kind, result.refused.at];
  return ["tooLarge", String(result.tooLarge)];
}

/** 单位（requests/ 下第一级目录；直接放在 requests/ 下的文件自成一组）。 */
export function unitOf(file: string): string {
  const slash = file.indexOf("/", requestsDir.length + 1);
  return slash < 0 ? file : file.slice(0, slash);
}

/** 一个单位的键：base、单位目录，以及每个参与加载的文件的路径与读到的内容。 */
export function unitKey(
  cache: ActiveCache,
  unit: string,
  files: readonly string[],
  reads: readonly ReadResult[],
): string {
  const parts: (string | Uint8Array)[] = [cache.base, unit, String(files.length)];
  files.forEach((file, i) => {
    parts.push(file, ...readParts(reads[i] as ReadResult));
  });
  return cache.digest(parts);
}

type Outcome<T> = { value: T } | { error: unknown };

function attempt<T>(f: () => T): Outcome<T> {
  try {
    return { value: f() };
  } catch (error) {
    return { error };
  }
}

/** 一次调用的结果摘要（抛出也是一种结果：如找不到附件）。 */
function resultDigest(digest: Digest, op: FsDependency[0], outcome: Outcome<unknown>): string {
  if ("error" in outcome) return "throws";
  const value = outcome.value;
  if (op === "read") return digest(readParts(value as ReadResult));
  if (op === "readFile") return digest(["bytes", value as Uint8Array]);
  return digest([stableJson(value ?? null)]);
}

function call(fs: RepoFs, op: FsDependency[0], path: string, cap: number): unknown {
  switch (op) {
    case "read":
      return fs.read(path, cap);
    case "readFile":
      return fs.readFile(path);
    case "exists":
      return fs.exists(path);
    case "list":
      return fs.list(path);
    case "refusal":
      return fs.refusal(path);
  }
}

/** 记下经它做的每一次调用（同一调用只记第一次）与结果的摘要。 */
export function recordingFs(fs: RepoFs, digest: Digest): { fs: RepoFs; deps: () => FsDependency[] } {
  const deps = new Map<string, FsDependency>();
  const recorded = <T>(op: FsDependency[0], path: string, cap: number): T => {
    const outcome = attempt(() => call(fs, op, path, cap));
    const id = `${op}\0${cap}\0${path}`;
    if (!deps.has(id)) deps.set(id, [op, path, cap, resultDigest(digest, op, outcome)]);
    if ("error" in outcome) throw outcome.error;
    return outcome.value as T;
  };
  return {
    fs: {
      read: (path, maxBytes) => recorded("read", path, maxBytes),
      readFile: (path) => recorded("readFile", path, 0),
      exists: (path) => recorded("exists", path, 0),
      list: (path) => recorded("list", path, 0),
      refusal: (path) => recorded("refusal", path, 0),
    },
    deps: () => [...deps.values()],
  };
}

/** 记下的调用现在重做一遍，结果都与当时相同。 */
export function depsHold(fs: RepoFs, deps: readonly FsDependency[], digest: Digest): boolean {
  for (const [op, path, cap, result] of deps)
    if (
      resultDigest(
        digest,
        op,
        attempt(() => call(fs, op, path, cap)),
      ) !== result
    )
      return false;
  return true;
}

/** 各单位的结果按文件顺序并成一片（与一起检查这些单位的结果只差排序前的顺序）。 */
export function joinShards(parts: readonly ShardResult[]): ShardResult {
  const out: ShardResult = { problems: [], checks: [], units: [], mismatches: [], sources: [] };
  for (const p of parts) {
    out.problems.push(...p.problems);
    out.checks.push(...p.checks);
    out.units.push(...p.units);
    out.mismatches.push(...p.mismatches);
    out.sources.push(...p.sources);
  }
  return out;
}

/**
 * 一批文件（若干个完整的单位，已读好）的结果：每个单位先查缓存（键相同、记下的调用结果也相同），
 * 查不到时用 check 检查（给它的 RepoFs 记下调用）并存下。check 对某个单位给不出结果（如工作线程
 * 手上没有它所写 profile 的服务目录）时整批返回 undefined：由调用方照旧不带缓存地处理。
 */
export function cachedShard(
  files: readonly string[],
  reads: readonly ReadResult[],
  cache: ActiveCache,
  fs: RepoFs,
  check: (first: number, end: number, fs: RepoFs) => ShardResult | undefined,
): ShardResult | undefined {
  const parts: ShardResult[] = [];
  let first = 0;
  while (first < files.length) {
    const unit = unitOf(files[first] as string);
    let end = first + 1;
    while (end < files.length && unitOf(files[end] as string) === unit) end++;
    const key = unitKey(cache, unit, files.slice(first, end), reads.slice(first, end));
    const entry = cache.store.get(key);
    if (entry && depsHold(fs, entry.deps, cache.digest)) parts.push(entry.shard);
    else {
      const recorder = recordingFs(fs, cache.digest);
      const shard = check(first, end, recorder.fs);
      if (!shard) return undefined;
      cache.store.set(key, { deps: recorder.deps(), shard });
      parts.push(shard);
    }
    first = end;
  }
  return joinShards(parts);
}

/** 全局输入的摘要（不含默认 profile 与解析上限：加载时再并入，见 load.ts）。 */
export function cacheContext(
  cache: ValidationCache,
  inputs: { today: string; calendar: unknown; profiles: readonly string[]; catalogs: readonly unknown[] },
): string {
  return cache.digest([
    unitCacheFormat,
    cache.buildId,
    inputs.today,
    stableJson(inputs.calendar),
    stableJson(inputs.profiles),
    ...inputs.catalogs.map((c) => stableJson(c ?? null)),
  ]);
}
