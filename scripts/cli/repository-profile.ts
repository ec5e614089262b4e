/**
 * 仓库的 profile：读根目录的 govcloud.yaml（core/repository/config.ts），在登记表中取出 Profile 对象。
 * repositoryProfile：文件的问题（缺失、写错）由 govcloud validate 报告，这里取它退回的 profile，命令照常运行；
 * checkedRepositoryProfile：有问题就报告（阶段机用）。
 */

import { diskFs } from "../adapters/disk-fs.ts";
import { findProfile, type Profile } from "../core/profile.ts";
import { readRepositoryConfig } from "../core/repository/config.ts";
import type { RepoFs } from "../core/repository/fs.ts";
import { ReviewConfigError } from "../core/review/config.ts";
import { registeredProfiles } from "../profiles/index.ts";

export function repositoryProfile(fs: RepoFs, profiles: readonly Profile[] = registeredProfiles): Profile {
  const { profile } = readRepositoryConfig(fs, profiles);
  const found = findProfile(profiles, profile);
  if (!found) throw new Error(`govcloud: no registered profile ${JSON.stringify(profile)}`);
  return found;
}

/**
 * 仓库的 profile 标识，govcloud.yaml 有问题时不退回而是报告（阶段机不能猜规范）：以 ReviewConfigError
 * 给出文件与行列。govcloud stage 与 audit --prs 用它。
 */
export function checkedRepositoryProfile(
  root: string,
  profiles: readonly Profile[] = registeredProfiles,
): string {
  const { profile, problems } = readRepositoryConfig(diskFs(root), profiles);
  const first = problems[0];
  if (!first) return profile;
  const where = `${first.file}${first.line ? `:${first.line}:${first.column ?? 1}` : ""}`;
  throw new ReviewConfigError(first.file, `${where}：${first.message.zh}`, `${where}: ${first.message.en}`);
}
