import type { Catalog } from "../catalog/types.ts";
import { defaultLimits, type ParseLimits } from "../load/parse.ts";
import type { Problem } from "../load/problem.ts";
import type { Application, Delivery, Loaded, System, Unit } from "../model.ts";
import { findProfile, type Profile } from "../profile.ts";
import { readRepositoryConfig } from "./config.ts";
import { type ReadResult, type RepoFs, type WalkResult, walkEntries } from "./fs.ts";
import { systemKey } from "./keys.ts";
import { classify, requestsDir } from "./layout.ts";
import {
  type ApplicationHeader,
  checkFile,
  cleanOutcome,
  type FileOutcome,
  type LoadPlace,
  type ParsedFile,
  parseRead,
  profileOf,
  refusalProblem,
} from "./load-file.ts";
import type {
  BatchResult,
  Delivered,
  ParallelLoader,
  ParallelRun,
  ShardRequest,
  ShardResult,
} from "./parallel.ts";
import { type ActiveCache, cachedShard, stableJson, type ValidationCache } from "./unit-cache.ts";

/** 加载范围：整个 requests/，或只为若干目标文件加载它们的规则所需的上下文。 */
export type Scope = { kind: "all" } | { kind: "files"; files: string[] };

export interface Repository {
  /** 本仓库的 profile（govcloud.yaml） */
  profile: string;
  /** 按单位目录名 */
  units: Map<string, Loaded<Unit>>;
  /** 键为 `单位/系统` */
  systems: Map<string, Loaded<System>>;
  /** 键为 `单位/系统`，按申请序号排序 */
  applications: Map<string, Loaded<Application>[]>;
  /** 键为 `单位/系统`，交付记录 */
  deliveries: Map<string, Loaded<Delivery>[]>;
  /**
   * 每个申请文件的抬头（单位、系统、序号），含未通过 schema 的文件：名称与序号的一致性检查
   * 不必等用户先改完 schema 错误。键为 `单位/系统`。
   */
  headers: Map<string, ApplicationHeader[]>;
  /** 有加载问题的文件的文本（其余文件的文本按需重读，不常驻内存） */
  sources: Map<string, string>;
  /** 加载、位置、schema 的问题 */
  problems: Problem[];
  /** 加载过的文件数 */
  fileCount: number;
}

export type { ApplicationHeader } from "./load-file.ts";

export interface LoadOptions {
  catalogs: (profile: string) => Catalog | undefined;
  /** 登记的 profile（schema 由它生成）；仓库用哪个由 govcloud.yaml 决定（repository/config.ts） */
  profiles: readonly Profile[];
  limits?: ParseLimits;
  /** 覆盖 parallelDefaults 的部分参数 */
  parallel?: Partial<ParallelOptions>;
  /** 文件多时用的并行加载器（工作线程池：scripts/adapters/load-pool.ts）；没有时总在进程内加载 */
  parallelLoader?: ParallelLoader;
  /**
   * 事先解析好的文件（parseRegistrations：--changed-from 时命令行趁 git 找改动的文件时先解析单位登记）；
   * 用掉就删。只是省时间：结果与在这里解析的相同（同一个函数、同样的字节）。
   */
  preparsed?: Map<string, ParsedFile>;
}

/**
 * 解析全部单位登记（requests/<单位>/unit.yaml）：只校验部分文件时它们总在上下文里，与改了哪些文件无关，
 * 所以可以在知道改动之前先做（交给 LoadOptions.preparsed）。
 */
export function parseRegistrations(fs: RepoFs, limits: ParseLimits = defaultLimits): Map<string, ParsedFile> {
  const out = new Map<string, ParsedFile>();
  for (const file of registrationFiles(fs)) {
    const place = classify(file);
    if (place.kind !== "unit") continue;
    out.set(file, parseRead(file, place, fs.read(file, limits.maxBytes), limits));
  }
  return out;
}

/** 存在的单位登记文件：requests/ 下每个真目录里的 unit.yaml（只校验部分文件时它们都在上下文里）。 */
function registrationFiles(fs: RepoFs): string[] {
  const out: string[] = [];
  for (const u of fs.list(requestsDir)) {
    if (!u.dir) continue;
    const file = `${requestsDir}/${u.name}/unit.yaml`;
    if (fs.exists(file)) out.push(file);
  }
  return out;
}

/**
 * 目标文件需要的上下文：所有单位登记，目标所在单位的所有系统登记，目标所在系统目录下的所有文件。
 * 符号链接与特殊文件（目标本身或它所在的目录）不读，作为不读的条目返回。
 */
function filesFor(fs: RepoFs, scope: Scope): WalkResult {
  if (scope.kind === "all") return walkEntries(fs, requestsDir);
  const set = new Set<string>(registrationFiles(fs));
  const refused: WalkResult["refused"] = [];
  const systemDirs = new Set<string>();
  const unitsTouched = new Set<string>();
  for (const file of scope.files) {
    const refusal = fs.refusal(file);
    if (refusal) {
      refused.push({ path: file, kind: refusal.kind, ...(refusal.at !== file ? { at: refusal.at } : {}) });
      continue;
    }
    const place = classify(file);
    if (place.kind === "ignored") continue;
    if (fs.exists(file)) set.add(file);
    if (place.kind === "system" || place.kind === "application" || place.kind === "delivery") {
      systemDirs.add(`${requestsDir}/${place.unit}/${place.system}`);
      unitsTouched.add(place.unit);
    }
  }
  // 目标所在单位的全部系统：单位范围的规则（如第51条(3) 名下逾期的测试资源）要看到它们的状态
  for (const unit of unitsTouched)
    for (const s of fs.list(`${requestsDir}/${unit}`).filter((e) => e.dir && e.name !== "attachments"))
      systemDirs.add(`${requestsDir}/${unit}/${s.name}`);
  for (const dir of systemDirs) {
    for (const e of fs.list(dir)) if (!e.dir) set.add(`${dir}/${e.name}`);
    for (const e of fs.list(`${dir}/deliveries`)) if (!e.dir) set.add(`${dir}/deliveries/${e.name}`);
  }
  return { files: [...set].sort(), refused };
}

/**
 * 文件多时在工作线程上解析与校验的参数（默认值见 parallelDefaults）。结果与进程内加载完全相同；
 * 只是更快。
 */
export interface ParallelOptions {
  /**
   * 参与加载的文件达到这个数才用工作线程。每个工作线程启动（起线程、注册 tsx、载入模块与校验器）
   * 约 0.3–0.5 秒，机器忙时超过 1 秒，这段时间主线程自己能加载几千个文件。
   */
  threshold: number;
  /** 工作线程数；默认取并行加载器的（工作线程池为 min(可用核数, 4)），不超过 1 时不用工作线程 */
  workers?: number;
  /** 每条消息的文件数 */
  batchSize: number;
  /** 工作线程载入代码时（第一批结果回来前）主线程自己也处理批次 */
  mainHelps: boolean;
  /** 所有工作线程都没有进展多久后判定为卡死并抛出（毫秒） */
  stallTimeoutMs: number;
  /**
   * 用校验缓存时主线程先自己逐批查缓存，重新检查的文件达到这个数才起工作线程做余下的批次
   * （什么都没改时不起工作线程，省下它们载入代码的 CPU）。0：一开始就交给工作线程。
   */
  recheckOnMain: number;
}

/** 进程级默认值；测试可以临时改小 threshold 来走并行路径。 */
export const parallelDefaults: ParallelOptions = {
  threshold: 5000,
  batchSize: 500,
  mainHelps: true,
  stallTimeoutMs: 120_000,
  recheckOnMain: 500,
};

/** 列目录时数文件（含之后会被忽略的），数到 threshold 时调用一次 onReached。 */
function countingFs(fs: RepoFs, threshold: number, onReached: () => void): RepoFs {
  let count = 0;
  return {
    readFile: (path) => fs.readFile(path),
    read: (path, maxBytes) => fs.read(path, maxBytes),
    refusal: (path) => fs.refusal(path),
    exists: (path) => fs.exists(path),
    list: (dir) => {
      const entries = fs.list(dir);
      if (count < threshold) {
        for (const e of entries) if (!e.dir) count++;
        if (count >= threshold) onReached();
      }
      return entries;
    },
  };
}

/** 空的仓库。 */
export function emptyRepository(profile = ""): Repository {
  return {
    profile,
    units: new Map(),
    systems: new Map(),
    applications: new Map(),
    deliveries: new Map(),
    headers: new Map(),
    sources: new Map(),
    problems: [],
    fileCount: 0,
  };
}

/**
 * 按单位分片校验（validate-shard.ts）：文件多、走并行路径时，批次按单位对齐，每一片在解析它的
 * 工作线程上接着检查；工作线程没有检查的批次（如写了别的 profile 的文件）由主线程用 check 检查。
 */
export interface ShardPlan {
  /** 交给工作线程的数据；没有时工作线程不检查（如有利用率数据：它不能传给工作线程），每批都由主线程检查 */
  request?: ShardRequest;
  /** 在主线程上检查一片（与工作线程上的是同一个函数）；fs 是读附件等用的（缓存时记下调用） */
  check: (outcomes: readonly FileOutcome[], fs: RepoFs) => ShardResult;
  /** 按单位的结果缓存（unit-cache.ts）与全局输入的摘要；没有时不用缓存 */
  cache?: { cache: ValidationCache; context: string };
}

/**
 * 分片加载的结果。`shards` 有值时走了分片：仓库里只有单位登记、加载问题、有问题文件的文本与
 * 文件数（系统、申请、交付记录与抬头都留在了各片里，没有传回主线程）；否则仓库是完整的。
 */
export interface ShardedLoad {
  repo: Repository;
  shards?: ShardResult[];
}

export function loadRepository(fs: RepoFs, scope: Scope, options: LoadOptions): Repository {
  return loadSharded(fs, scope, options).repo;
}

/** 批次的起始下标：每批约 size 个文件；分片时只在单位（requests/ 下第一级）变换处切开。 */
export function batchBounds(files: readonly string[], size: number, byUnit: boolean): number[] {
  const bounds: number[] = [];
  const unitOf = (file: string) => {
    const slash = file.indexOf("/", requestsDir.length + 1);
    return slash < 0 ? file : file.slice(0, slash);
  };
  let start = 0;
  for (let i = 0; i < files.length; i++) {
    if (i === start) {
      bounds.push(i);
      continue;
    }
    if (i - start >= size && (!byUnit || unitOf(files[i] as string) !== unitOf(files[i - 1] as string))) {
      start = i;
      bounds.push(i);
    }
  }
  return bounds;
}

export function loadSharded(fs: RepoFs, scope: Scope, options: LoadOptions, plan?: ShardPlan): ShardedLoad {
  const repo = emptyRepository();
  let shards: ShardResult[] | undefined;
  const limits = options.limits ?? defaultLimits;
  // 服务目录按 profile 记住（options.catalogs 可能每次都要查目录、读缓存）
  const catalogMemo = new Map<string, Catalog | undefined>();
  const catalogOf = (profile: string): Catalog | undefined => {
    if (catalogMemo.has(profile)) return catalogMemo.get(profile);
    const catalog = options.catalogs(profile);
    catalogMemo.set(profile, catalog);
    return catalog;
  };
  const config = readRepositoryConfig(fs, options.profiles);
  repo.profile = config.profile;
  repo.problems.push(...config.problems);
  const defaultProfile = config.profile;
  const profileById = (id: string) => findProfile(options.profiles, id);
  const known = (profile: string) => profileById(profile) !== undefined && catalogOf(profile) !== undefined;
  const finish = (parsed: ParsedFile): FileOutcome => {
    if (!parsed.pending) return parsed.outcome;
    const profile = profileOf(parsed.pending.data, known, defaultProfile);
    return checkFile(parsed, profile, catalogOf(profile), profileById(profile)?.schema);
  };

  /** 参与加载的文件（不含 ignored）与它们的位置，按路径排序 */
  const files: string[] = [];
  const places: LoadPlace[] = [];
  // 只缓存整个仓库的校验（validate.ts 的 withCache 只在那时给出 cache）
  const localShard =
    plan?.cache &&
    scope.kind === "all" &&
    cachedBatches({
      fs,
      files,
      places,
      limits,
      finish,
      check: plan.check,
      cache: activeCache(plan.cache.cache, plan.cache.context, defaultProfile, limits),
    });

  const parallel = { ...parallelDefaults, ...options.parallel };
  const loader = options.parallelLoader;
  const workers = loader ? (parallel.workers ?? loader.workers) : 1;
  let pool: ParallelRun | undefined;
  const startPool = (): ParallelRun => {
    if (pool) return pool;
    // 工作线程只拿到主线程已解析出的服务目录（通常是默认 profile 的）；写了别的 profile 的文件由主线程收尾
    const catalogs: [string, Catalog][] = [];
    try {
      const catalog = catalogOf(defaultProfile);
      if (catalog) catalogs.push([defaultProfile, catalog]);
    } catch {
      // 目录有错：留给主线程在第一个需要它的文件上照常抛出
    }
    pool = (loader as ParallelLoader).start({
      fs,
      limits,
      defaultProfile: defaultProfile,
      catalogs,
      workers,
      ...(plan?.request ? { shard: plan.request } : {}),
      ...(localShard && plan?.cache?.cache.location !== undefined
        ? { cache: { location: plan.cache.cache.location, base: localShard.base } }
        : {}),
    });
    return pool;
  };

  try {
    // 列目录时就数文件：一旦够多，马上启动工作线程，它们载入代码的同时主线程接着列目录
    // （缓存时不：多半用不着工作线程，见下）
    const listing =
      workers > 1 && scope.kind === "all" && !localShard ? countingFs(fs, parallel.threshold, startPool) : fs;
    const listed = filesFor(listing, scope);
    for (const file of listed.files) {
      const place = classify(file);
      if (place.kind === "ignored") continue;
      files.push(file);
      places.push(place);
    }
    // 符号链接与特殊文件：不论名字（附件目录里的也算），都不读，各得一个问题
    for (const { path, kind, at } of listed.refused)
      repo.problems.push(refusalProblem(path, { kind, at: at ?? path }));
    repo.fileCount = files.length + listed.refused.length;

    const collected: ShardResult[] = [];
    const collect = (shard: ShardResult) => {
      for (const p of shard.problems) repo.problems.push(p);
      for (const [dir, unit] of shard.units) repo.units.set(dir, unit);
      for (const [file, source] of shard.sources) repo.sources.set(file, source);
      collected.push(shard);
    };
    const pooled = files.length >= parallel.threshold && workers > 1;
    const bounds = batchBounds(files, parallel.batchSize, plan !== undefined);
    // 缓存时先在主线程上逐批查缓存（查不到的就地检查）：多半没改什么，就不必起工作线程（省下它们各自
    // 载入代码的 CPU）；重新检查的文件达到 recheckOnMain 时，余下的批次交给工作线程
    let from = 0;
    while (
      localShard &&
      from < bounds.length &&
      (!pooled || localShard.rechecked() < parallel.recheckOnMain)
    ) {
      // 在主线程上总能检查（profile 都能定下），所以总有结果
      collect(localShard.run(bounds[from] as number, bounds[from + 1] ?? files.length) as ShardResult);
      from++;
    }
    if (pooled && from < bounds.length) {
      const rest = bounds.slice(from);
      const outcomeOf = (i: number, result: Delivered): FileOutcome => {
        if ("parsed" in result) return finish(result.parsed);
        const profile = profileOf(result.data, known, defaultProfile);
        return cleanOutcome(files[i] as string, places[i] as LoadPlace, result.data, profile);
      };
      startPool().run(
        {
          files,
          read: (file) => fs.read(file, limits.maxBytes),
          bounds: rest,
          mainHelps: parallel.mainHelps,
          stallTimeoutMs: parallel.stallTimeoutMs,
          ...(localShard ? { localShard: localShard.run } : {}),
        },
        (i) => {
          const file = files[i] as string;
          return parseRead(file, places[i] as LoadPlace, fs.read(file, limits.maxBytes), limits);
        },
        (b, result: BatchResult) => {
          if ("shard" in result) return collect(result.shard);
          const first = rest[b] as number;
          const outcomes = result.files.map((r, k) => outcomeOf(first + k, r));
          if (plan) collect(plan.check(outcomes, fs));
          else for (const outcome of outcomes) mergeOutcome(repo, outcome);
        },
      );
    } else if (!localShard) {
      for (let i = 0; i < files.length; i++) {
        const file = files[i] as string;
        const early = options.preparsed?.get(file);
        options.preparsed?.delete(file);
        const parsed =
          early ?? parseRead(file, places[i] as LoadPlace, fs.read(file, limits.maxBytes), limits);
        mergeOutcome(repo, finish(parsed));
      }
    }
    if (plan && (pooled || localShard)) shards = collected;
  } finally {
    // 工作线程总要终止（出错时也是）
    (pool as ParallelRun | undefined)?.close();
  }
  orderLists(repo);
  return shards ? { repo, shards } : { repo };
}

/**
 * 缓存时在主线程上做一批（files 的下标 first 到 end 之前，若干个完整的单位）：读文件，按单位查缓存，
 * 查不到的解析并检查（check 拿到的 RepoFs 记下它的读取）。base 交给工作线程，它们用同一个；
 * rechecked 是至今重新检查过的文件数。
 */
function cachedBatches(args: {
  fs: RepoFs;
  files: readonly string[];
  places: readonly LoadPlace[];
  limits: ParseLimits;
  finish: (parsed: ParsedFile) => FileOutcome;
  check: ShardPlan["check"];
  cache: ActiveCache;
}): { base: string; run: (first: number, end: number) => ShardResult | undefined; rechecked: () => number } {
  const { fs, files, places, limits, finish, check, cache } = args;
  let rechecked = 0;
  return {
    base: cache.base,
    rechecked: () => rechecked,
    run: (first, end) => {
      const batch = files.slice(first, end);
      const reads = batch.map((file) => fs.read(file, limits.maxBytes));
      return cachedShard(batch, reads, cache, fs, (from, to, recorded) => {
        rechecked += to - from;
        const outcomes: FileOutcome[] = [];
        for (let i = from; i < to; i++) {
          const place = places[first + i] as LoadPlace;
          outcomes.push(finish(parseRead(batch[i] as string, place, reads[i] as ReadResult, limits)));
        }
        return check(outcomes, recorded);
      });
    },
  };
}

/** 本次运行的缓存：全局输入再并上默认 profile（govcloud.yaml）与解析上限。 */
function activeCache(
  cache: ValidationCache,
  context: string,
  defaultProfile: string,
  limits: ParseLimits,
): ActiveCache {
  return {
    store: cache.store,
    digest: cache.digest,
    base: cache.digest([context, defaultProfile, stableJson(limits)]),
  };
}

/** 申请按序号、交付记录按申请序号排序（并入全部文件之后）。 */
export function orderLists(repo: Repository): void {
  for (const list of repo.deliveries.values()) list.sort((a, b) => a.data.application - b.data.application);
  for (const list of repo.applications.values())
    list.sort((a, b) => a.data.sequence - b.data.sequence || (a.file < b.file ? -1 : 1));
}

/** 把一个文件的结果并入仓库（按文件顺序调用）。 */
export function mergeOutcome(repo: Repository, outcome: FileOutcome): void {
  const { file, place, problems, source, header, data } = outcome;
  if (source !== undefined) repo.sources.set(file, source);
  for (const p of problems) repo.problems.push(p);
  if (place.kind === "misplaced") return;
  const key = place.kind === "unit" ? "" : systemKey(place.unit, place.system);
  if (header) {
    const list = repo.headers.get(key);
    if (list) list.push(header);
    else repo.headers.set(key, [header]);
  }
  if (data === undefined) return;
  if (place.kind === "unit") repo.units.set(place.unit, { file, data: data as Unit });
  else if (place.kind === "system") repo.systems.set(key, { file, data: data as System });
  else if (place.kind === "delivery") {
    const list = repo.deliveries.get(key);
    const entry = { file, data: data as Delivery };
    if (list) list.push(entry);
    else repo.deliveries.set(key, [entry]);
  } else {
    const list = repo.applications.get(key);
    const entry = { file, data: data as Application };
    if (list) list.push(entry);
    else repo.applications.set(key, [entry]);
  }
}
