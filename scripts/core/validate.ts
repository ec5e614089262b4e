import type { WorkdayCalendar } from "./calendar/workdays.ts";
import type { Catalog } from "./catalog/types.ts";
import { type Finding, sortFindings } from "./finding.ts";
import { checkAttachments } from "./forms/attachments.ts";
import { decodeUtf8 } from "./load/parse.ts";
import { SourcePositions } from "./load/positions.ts";
import type { Problem } from "./load/problem.ts";
import { findProfile, type Profile } from "./profile.ts";
import { checkConsistency } from "./repository/consistency.ts";
import type { RepoFs } from "./repository/fs.ts";
import {
  type LoadOptions,
  loadRepository,
  loadSharded,
  type Repository,
  type Scope,
} from "./repository/load.ts";
import type { ParsedFile } from "./repository/load-file.ts";
import type { ParallelLoader, ShardRequest } from "./repository/parallel.ts";
import { cacheContext, type ValidationCache } from "./repository/unit-cache.ts";
import { runRules } from "./rules/engine.ts";
import type { MetricsSource } from "./rules/metrics.ts";
import type { SystemHistory } from "./state/fold.ts";
import { buildHistories } from "./state/histories.ts";
import type { Lang } from "./text.ts";
import { checkShard, checkUnits, mergeShards, type ShardCheckOptions } from "./validate-shard.ts";

export interface ValidateOptions {
  fs: RepoFs;
  /** all：整个 requests/；files：只报告这些文件，但照样对照它们所需的仓库上下文检查 */
  scope: Scope;
  lang: Lang;
  /** 服务目录来源（本仓库的：scripts/adapters/catalog-files.ts 的 defaultCatalogs） */
  catalogs: (profile: string) => Catalog | undefined;
  /** 登记的 profile（scripts/profiles/index.ts 的 registeredProfiles，或测试中的替身）；规则与 schema 取自它 */
  profiles: readonly Profile[];
  /** 今天（YYYY-MM-DD）；规则里的 3 个月有效期、到期等以它为准 */
  today: string;
  /** 利用率数据（--metrics） */
  metrics?: MetricsSource;
  /** 工作日日历（全国的：scripts/adapters/calendar-files.ts 的 nationalCalendar()） */
  calendar: WorkdayCalendar;
  /**
   * 待审（尚未合并）的文件：只对待审申请检查的条款（如附件5 注5 的有效期）只用于它们。
   * 默认：校验整个仓库时没有待审文件（都已合并）；只校验部分文件时，这些文件都是待审的。
   */
  pending?: ReadonlySet<string>;
  /** 文件多时用的并行加载器（工作线程池：scripts/adapters/load-pool.ts 的 loadPool） */
  parallelLoader?: ParallelLoader;
  /** 事先解析好的文件（见 repository/load.ts 的 parseRegistrations）：只为省时间，结果不变 */
  preparsed?: Map<string, ParsedFile>;
  /**
   * 按单位的结果缓存（repository/unit-cache.ts；磁盘上的见 scripts/adapters/validate-cache.ts）。
   * 只用于 validateFindings 校验整个仓库、没有利用率数据、没有待审文件时；其余情况不用它。
   */
  cache?: ValidationCache;
}

/** 按文件取文本（只读有发现的文件）。 */
export interface SourceLookup {
  get(file: string): string | undefined;
}

/** 有发现的文件才重读并解码一次，供定位与文本输出使用。 */
export function sourcesOf(fs: RepoFs, known: ReadonlyMap<string, string>): SourceLookup {
  const cache = new Map(known);
  return {
    get(file) {
      if (!cache.has(file)) {
        let source: string | undefined;
        try {
          source = decodeUtf8(file, fs.readFile(file)).source;
        } catch {
          source = undefined;
        }
        cache.set(file, source as string);
      }
      return cache.get(file);
    },
  };
}

export interface ValidateResult {
  findings: Finding[];
  repo: Repository;
  /** 有发现的文件的文本 */
  sources: SourceLookup;
  histories: Map<string, SystemHistory>;
}

/** 校验：加载（含 schema）→ 一致性检查 → 只保留范围内文件的发现 → 定位并渲染。 */
export function validate(options: ValidateOptions): ValidateResult {
  const repo = loadRepository(options.fs, options.scope, loadOptions(options));
  const histories = buildHistories(repo);
  const problems = [
    ...repo.problems,
    ...checkConsistency(repo, options.fs, options.profiles),
    ...checkAttachments(repo, options.fs, options.profiles, targetsOf(options.scope)),
    ...runRules(repo, histories, {
      catalogs: options.catalogs,
      rulesFor: (id) => findProfile(options.profiles, id)?.rules ?? [],
      calendar: options.calendar,
      today: options.today,
      ...ruleScope(options),
      ...(options.metrics ? { metrics: options.metrics } : {}),
    }),
  ];
  const sources = sourcesOf(options.fs, repo.sources);
  return { findings: findingsInScope(problems, options, sources), repo, histories, sources };
}

/** 只要发现时的结果（validate 命令）：不带仓库内容。 */
export interface FindingsResult {
  findings: Finding[];
  /** 有发现的文件的文本 */
  sources: SourceLookup;
  /** 加载过的文件数 */
  fileCount: number;
}

/**
 * 只要发现的校验（validate 命令）：文件多、有并行加载器时按单位分片，折叠与规则在解析它们的
 * 工作线程上做（validate-shard.ts），主线程不再收下整个仓库的数据。发现与 validate 完全相同。
 */
export function validateFindings(options: ValidateOptions): FindingsResult {
  const check = shardCheckOptions(options);
  // 利用率数据（--metrics）是函数，不能传给工作线程：这时分片都在主线程上检查
  const request: ShardRequest | undefined = options.metrics
    ? undefined
    : {
        profiles: options.profiles,
        today: options.today,
        calendar: options.calendar.layers,
        ...(check.targets ? { targets: [...check.targets] } : {}),
        ...(check.pending ? { pending: [...check.pending] } : {}),
      };
  const { repo, shards } = loadSharded(options.fs, options.scope, loadOptions(options), {
    ...(request ? { request } : {}),
    check: (outcomes, fs) => checkShard(outcomes, fs, check),
    ...withCache(options),
  });
  const sources = sourcesOf(options.fs, repo.sources);
  // 没有分片（文件少或没有并行加载器）：整个仓库就是一片
  const whole = () => {
    const { problems: checks, mismatches } = checkUnits(repo, options.fs, check);
    return [{ checks, mismatches }];
  };
  const problems = mergeShards(repo, shards ?? whole(), options.fs, options.profiles);
  return { findings: findingsInScope(problems, options, sources), sources, fileCount: repo.fileCount };
}

/**
 * 缓存（有、且这次能用时）与全局输入的摘要。只缓存整个仓库、没有利用率数据、没有待审文件的校验；
 * 服务目录读不了时也不用缓存（照旧在用到它的地方报错）。
 */
function withCache(options: ValidateOptions): { cache?: { cache: ValidationCache; context: string } } {
  const { cache } = options;
  if (!cache || options.scope.kind !== "all" || options.metrics || options.pending !== undefined) return {};
  let catalogs: unknown[];
  try {
    catalogs = options.profiles.map((p) => options.catalogs(p.id));
  } catch {
    return {};
  }
  const context = cacheContext(cache, {
    today: options.today,
    calendar: options.calendar.layers,
    profiles: options.profiles.map((p) => p.id),
    catalogs,
  });
  return { cache: { cache, context } };
}

function loadOptions(options: ValidateOptions): LoadOptions {
  return {
    catalogs: options.catalogs,
    profiles: options.profiles,
    ...(options.parallelLoader ? { parallelLoader: options.parallelLoader } : {}),
    ...(options.preparsed ? { preparsed: options.preparsed } : {}),
  };
}

const targetsOf = (scope: Scope) => (scope.kind === "all" ? undefined : new Set(scope.files));

/** 只检查的文件与待审的文件：只校验部分文件时，默认这些文件都是待审的。 */
function ruleScope(options: ValidateOptions): {
  targets?: ReadonlySet<string>;
  pending?: ReadonlySet<string>;
} {
  const targets = targetsOf(options.scope);
  const pending = options.pending ?? targets;
  return { ...(targets ? { targets } : {}), ...(pending ? { pending } : {}) };
}

function shardCheckOptions(options: ValidateOptions): ShardCheckOptions {
  return {
    catalogs: options.catalogs,
    profiles: options.profiles,
    calendar: options.calendar,
    today: options.today,
    ...ruleScope(options),
    ...(options.metrics ? { metrics: options.metrics } : {}),
  };
}

/** 只保留范围内文件的问题，定位并选择语言。 */
function findingsInScope(problems: readonly Problem[], options: ValidateOptions, sources: SourceLookup) {
  const targets = targetsOf(options.scope);
  const inScope = targets ? problems.filter((p) => targets.has(p.file)) : problems;
  return toFindings(inScope, sources, options.lang);
}

/** 补上行列号（只为有发现的文件带位置地解析一次）并选择语言。 */
export function toFindings(problems: readonly Problem[], sources: SourceLookup, lang: Lang): Finding[] {
  const positions = new Map<string, SourcePositions | null>();
  const positionsFor = (file: string) => {
    if (!positions.has(file)) {
      const source = sources.get(file);
      positions.set(file, source === undefined ? null : new SourcePositions(source));
    }
    return positions.get(file) ?? null;
  };
  return sortFindings(
    problems.map((p) => {
      let { line, column } = p;
      if (line === undefined || column === undefined) {
        const located = positionsFor(p.file)?.locate(p.path, p.atKey) ?? { line: 1, column: 1 };
        line = located.line;
        column = located.column;
      }
      return {
        rule: p.rule,
        severity: p.severity,
        message: p.message[lang],
        file: p.file,
        line,
        column,
        path: p.path,
        ...(p.citation ? { citation: p.citation } : {}),
      } satisfies Finding;
    }),
  );
}
