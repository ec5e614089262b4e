/**
 * 仓库的 profile：读根目录的 govcloud.yaml（core/repository/config.ts），在登记表中取出 Profile 对象。
 * 文件的问题（缺失、写错）由 govcloud validate 报告；这里取它退回的 profile，命令照常运行。
 */
import { findProfile, type Profile } from "../core/profile.ts";
import { readRepositoryConfig } from "../core/repository/config.ts";
import type { RepoFs } from "../core/repository/fs.ts";
import { registeredProfiles } from "../profiles/index.ts";

export function repositoryProfile(fs: RepoFs, profiles: readonly Profile[] = registeredProfiles): Profile {
  const { profile } = readRepositoryConfig(fs, profiles);
  const found = findProfile(profiles, profile);
  if (!found) throw new Error(`govcloud: no registered profile ${JSON.stringify(profile)}`);
  return found;
}
