import type { WorkdayCalendar } from "./calendar/workdays.ts";
import type { Catalog } from "./catalog/types.ts";
import { checkAttachments } from "./forms/attachments.ts";
import type { Problem } from "./load/problem.ts";
import { findProfile, type Profile } from "./profile.ts";
import { checkUnitConsistency, unitNameProblem, unitProblems } from "./repository/consistency.ts";
import type { RepoFs } from "./repository/fs.ts";
import { emptyRepository, mergeOutcome, orderLists, type Repository } from "./repository/load.ts";
import type { FileOutcome } from "./repository/load-file.ts";
import type { ShardResult } from "./repository/parallel.ts";
import { runRules } from "./rules/engine.ts";
import type { MetricsSource } from "./rules/metrics.ts";
import { buildHistories } from "./state/histories.ts";

/**
 * 按单位分片校验（issue 16 第 2 项）。单位之间互不相干：一个单位的系统状态只由它自己的申请与
 * 交付记录折叠而来，规则能看到的仓库上下文也只到本单位（RepositoryView.byUnit）。所以文件多时，
 * 解析一片（若干个完整的单位）的工作线程接着折叠并检查它，只把发现传回主线程；主线程只做全部
 * 单位之间的检查（主管单位、单位全称唯一、申请写的单位登记在哪里）。
 *
 * 发现与在一个线程里校验整个仓库（validate.ts 的 checkRepository）完全相同：同样的函数，只是
 * 分片调用；排序前的顺序可以不同，但同一文件、同一规则的发现相对顺序不变，排序后逐字节相同
 * （test/validate-shard.test.ts 在合成仓库上对照两条路径）。
 */

/** 检查一片所需的一切（都是数据与纯函数；工作线程上由它自己登记的 profile 与收到的数据组成）。 */
export interface ShardCheckOptions {
  catalogs: (profile: string) => Catalog | undefined;
  profiles: readonly Profile[];
  calendar: WorkdayCalendar;
  today: string;
  /** 只检查这些文件（undefined 为全部） */
  targets?: ReadonlySet<string>;
  /** 待审的文件（undefined 为全部已合并） */
  pending?: ReadonlySet<string>;
  metrics?: MetricsSource;
}

/** 单位之内的检查：一致性（系统与申请）、附件、折叠后的规则。整个仓库与一片用的是同一个函数。 */
export function checkUnits(
  repo: Repository,
  fs: RepoFs,
  options: ShardCheckOptions,
): { problems: Problem[]; mismatches: ShardResult["mismatches"] } {
  const consistency = checkUnitConsistency(repo, fs, options.profiles);
  const histories = buildHistories(repo);
  const { targets, pending } = options;
  const problems = [
    ...consistency.problems,
    ...checkAttachments(repo, fs, options.profiles, targets),
    ...runRules(repo, histories, {
      catalogs: options.catalogs,
      rulesFor: (id) => findProfile(options.profiles, id)?.rules ?? [],
      calendar: options.calendar,
      today: options.today,
      ...(targets ? { targets } : {}),
      ...(pending ? { pending } : {}),
      ...(options.metrics ? { metrics: options.metrics } : {}),
    }),
  ];
  return { problems, mismatches: consistency.mismatches };
}

/** 检查一片：按文件顺序的加载结果（若干个完整的单位）→ 这一片的问题与单位登记。 */
export function checkShard(
  outcomes: readonly FileOutcome[],
  fs: RepoFs,
  options: ShardCheckOptions,
): ShardResult {
  const repo = emptyRepository();
  for (const outcome of outcomes) mergeOutcome(repo, outcome);
  orderLists(repo);
  const { problems, mismatches } = checkUnits(repo, fs, options);
  return {
    problems: repo.problems,
    checks: problems,
    units: [...repo.units],
    mismatches,
    sources: [...repo.sources],
  };
}

/**
 * 合并各片：加载问题（repo.problems，已按文件顺序）、全部单位之间的检查、各片的检查、
 * 单位名称不符的申请（现在看得到全部单位了）。
 */
export function mergeShards(
  repo: Repository,
  shards: readonly Pick<ShardResult, "checks" | "mismatches">[],
  fs: RepoFs,
  profiles: readonly Profile[],
): Problem[] {
  const problems = [...repo.problems, ...unitProblems(repo.units, fs, profiles)];
  for (const shard of shards) for (const p of shard.checks) problems.push(p);
  for (const shard of shards)
    for (const m of shard.mismatches) problems.push(unitNameProblem(m, repo.units, profiles));
  return problems;
}
