import type { Catalog } from "../catalog/types.ts";
import { findProfile, type Profile } from "../profile.ts";
import type { RepoFs } from "../repository/fs.ts";
import { loadRepository, type Repository } from "../repository/load.ts";
import type { ParallelLoader } from "../repository/parallel.ts";
import type { SystemHistory } from "../state/fold.ts";
import { buildHistories } from "../state/histories.ts";
import { desiredSystem } from "./desired.ts";
import { provisionInputs } from "./input.ts";
import type { DesiredSystem } from "./types.ts";

/** 服务目录来源（本仓库的：scripts/adapters/catalog-files.ts 的 defaultCatalogs）。 */
export type CatalogSource = (profile: string) => Catalog | undefined;

/** 加载仓库所需的规范：登记的 profile 与它们的服务目录。 */
export interface ProfileData {
  profiles: readonly Profile[];
  catalogs: CatalogSource;
}

/** 仓库的状态：加载（含 schema）与每个系统的折叠。 */
export interface RepositoryState {
  repo: Repository;
  histories: Map<string, SystemHistory>;
}

/**
 * 读整个仓库的状态：一次加载（含 schema）、每个系统折叠一次，不运行规则。
 * 发放读状态，不读规则的结论：已合并的申请照样生效，只有加载与 schema 错误让该系统被拒绝发放（input.ts）。
 * 状态与日期无关，所以这里没有“今天”。
 */
export function loadRepositoryState(
  fs: RepoFs,
  data: ProfileData,
  parallelLoader?: ParallelLoader,
): RepositoryState {
  const repo = loadRepository(
    fs,
    { kind: "all" },
    { catalogs: data.catalogs, profiles: data.profiles, ...(parallelLoader ? { parallelLoader } : {}) },
  );
  return { repo, histories: buildHistories(repo) };
}

const provisionOf = (data: ProfileData) => (id: string) => findProfile(data.profiles, id)?.provision;

/** 全部系统的期望状态（按 `单位/系统` 排序）。 */
export function loadDesiredSystems(
  fs: RepoFs,
  data: ProfileData,
  parallelLoader?: ParallelLoader,
): DesiredSystem[] {
  const { repo, histories } = loadRepositoryState(fs, data, parallelLoader);
  return provisionInputs(repo, histories, data.catalogs, provisionOf(data)).map(desiredSystem);
}

/** 一个系统的期望状态；仓库里没有这个系统时为 undefined。 */
export function loadDesiredSystem(
  fs: RepoFs,
  unit: string,
  system: string,
  data: ProfileData,
  parallelLoader?: ParallelLoader,
): DesiredSystem | undefined {
  const { repo, histories } = loadRepositoryState(fs, data, parallelLoader);
  const input = provisionInputs(repo, histories, data.catalogs, provisionOf(data)).find(
    (i) => i.unit === unit && i.system === system,
  );
  return input ? desiredSystem(input) : undefined;
}
