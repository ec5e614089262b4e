import type { WorkdayCalendar } from "../core/calendar/workdays.ts";
import type { Catalog } from "../core/catalog/types.ts";
import {
  type FormsOptions,
  type FormsResult,
  formsForFile as formsForFileWith,
} from "../core/forms/source.ts";
import type { Profile } from "../core/profile.ts";
import {
  loadDesiredSystems as loadDesiredSystemsWith,
  loadDesiredSystem as loadDesiredSystemWith,
  loadRepositoryState as loadRepositoryStateWith,
  type ProfileData,
  type RepositoryState,
} from "../core/provision/load.ts";
import type { DesiredSystem } from "../core/provision/types.ts";
import type { RepoFs } from "../core/repository/fs.ts";
import type { ParallelLoader } from "../core/repository/parallel.ts";
import {
  type FindingsResult,
  type ValidateOptions,
  type ValidateResult,
  validateFindings as validateFindingsWith,
  validate as validateWith,
} from "../core/validate.ts";
import { registeredProfiles } from "../profiles/index.ts";
import { nationalCalendar } from "./calendar-files.ts";
import { defaultCatalogs } from "./catalog-files.ts";
import { repositoryProfiles } from "./profiles.ts";

/**
 * 核心的入口函数配上本仓库的数据：服务目录（catalog/<profile>/）与全国工作日日历，未给出时从磁盘读。
 * 命令行、Pulumi 程序与测试用这些包装，调用处不必每次都传。
 */

export { defaultCatalogs } from "./catalog-files.ts";

type WithDefaults<T> = Omit<T, "catalogs" | "calendar" | "profiles"> & {
  catalogs?: (profile: string) => Catalog | undefined;
  calendar?: WorkdayCalendar;
  profiles?: readonly Profile[];
};

export { repositoryProfiles } from "./profiles.ts";

/** 核心的 validate；catalogs 默认为本仓库的服务目录，calendar 默认为全国日历。 */
export function validate(options: WithDefaults<ValidateOptions>): ValidateResult {
  return validateWith({
    ...options,
    catalogs: options.catalogs ?? defaultCatalogs,
    profiles: options.profiles ?? registeredProfiles,
    calendar: options.calendar ?? nationalCalendar(),
  });
}

/** 核心的 validateFindings（只要发现：文件多时折叠与规则在工作线程上做），默认值同 validate。 */
export function validateFindings(options: WithDefaults<ValidateOptions>): FindingsResult {
  return validateFindingsWith({
    ...options,
    catalogs: options.catalogs ?? defaultCatalogs,
    profiles: options.profiles ?? registeredProfiles,
    calendar: options.calendar ?? nationalCalendar(),
  });
}

/** 核心的 formsForFile，服务目录、profile 与日历同 validate 的默认值。 */
export function formsForFile(fs: RepoFs, file: string, options: WithDefaults<FormsOptions>): FormsResult {
  return formsForFileWith(fs, file, {
    ...options,
    catalogs: options.catalogs ?? defaultCatalogs,
    profiles: options.profiles ?? registeredProfiles,
    calendar: options.calendar ?? nationalCalendar(),
  });
}

/** 核心的 loadRepositoryState，规范默认为本仓库的。 */
export function loadRepositoryState(
  fs: RepoFs,
  data: ProfileData = repositoryProfiles,
  parallelLoader?: ParallelLoader,
): RepositoryState {
  return loadRepositoryStateWith(fs, data, parallelLoader);
}

/** 核心的 loadDesiredSystems，规范默认为本仓库的。 */
export function loadDesiredSystems(
  fs: RepoFs,
  data: ProfileData = repositoryProfiles,
  parallelLoader?: ParallelLoader,
): DesiredSystem[] {
  return loadDesiredSystemsWith(fs, data, parallelLoader);
}

/** 核心的 loadDesiredSystem，规范默认为本仓库的。 */
export function loadDesiredSystem(
  fs: RepoFs,
  unit: string,
  system: string,
  data: ProfileData = repositoryProfiles,
  parallelLoader?: ParallelLoader,
): DesiredSystem | undefined {
  return loadDesiredSystemWith(fs, unit, system, data, parallelLoader);
}
