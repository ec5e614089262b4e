import { parseYamlFile } from "../load/parse.ts";
import { fileProblem, type Problem } from "../load/problem.ts";
import type { Profile } from "../profile.ts";
import { quote, text } from "../text.ts";
import type { RepoFs } from "./fs.ts";
import { requestsDir } from "./layout.ts";

/** 仓库的配置文件（根目录）：本仓库采用哪个 profile（哪个城市的规范）。 */
export const repositoryConfigFile = "govcloud.yaml";

export interface RepositoryConfig {
  /** 本仓库的 profile；文件没写 `profile:` 时按它校验，阶段机与审计也用它 */
  profile: string;
  /** 配置文件的问题（缺失时只有一个登记的 profile 则不算问题） */
  problems: Problem[];
}

const problem = (message: [string, string], line?: number, column?: number): Problem =>
  fileProblem(repositoryConfigFile, "config/profile", text(message[0], message[1]), line, column);

/**
 * 没有 govcloud.yaml 时，单位登记（requests/<单位>/unit.yaml）的 `profile:` 都写同一个登记的 profile，
 * 就是它；没有单位登记、写法不一或写了未登记的，undefined。
 */
function declaredByUnits(fs: RepoFs, ids: readonly string[]): string | undefined {
  if (!fs.exists(requestsDir)) return undefined;
  const found = new Set<unknown>();
  for (const entry of fs.list(requestsDir)) {
    const file = `${requestsDir}/${entry.name}/unit.yaml`;
    if (!entry.dir || !fs.exists(file)) continue;
    const read = fs.read(file, 64 * 1024);
    if (!("bytes" in read)) return undefined;
    const parsed = parseYamlFile(file, read.bytes);
    const data = parsed.data;
    found.add(
      data !== null && typeof data === "object" ? (data as Record<string, unknown>).profile : undefined,
    );
  }
  const [only] = found;
  return found.size === 1 && typeof only === "string" && ids.includes(only) ? only : undefined;
}

/**
 * 读 govcloud.yaml 的 `profile:`。没有这个文件时：只登记了一个 profile 就用它；登记了多个时，
 * 单位登记都写同一个 profile 就用它，否则是一个问题。
 * 写了未登记的 profile 也是问题，此时退回第一个登记的 profile，好让其余文件照常校验。
 */
export function readRepositoryConfig(fs: RepoFs, profiles: readonly Profile[]): RepositoryConfig {
  const ids = profiles.map((p) => p.id);
  const fallback = ids[0] ?? "";
  const list = ids.join("、");
  if (!fs.exists(repositoryConfigFile)) {
    if (ids.length === 1) return { profile: fallback, problems: [] };
    const declared = declaredByUnits(fs, ids);
    if (declared !== undefined) return { profile: declared, problems: [] };
    return {
      profile: fallback,
      problems: [
        problem([
          `缺少 ${repositoryConfigFile}：请在仓库根目录新建它，写一行 profile: <${list} 之一>，说明本仓库采用哪个规范。`,
          `${repositoryConfigFile} is missing: create it at the repository root with one line profile: <one of ${ids.join(", ")}>.`,
        ]),
      ],
    };
  }
  const read = fs.read(repositoryConfigFile, 64 * 1024);
  if (!("bytes" in read))
    return {
      profile: fallback,
      problems: [
        problem([
          `${repositoryConfigFile} 不是可读的普通小文件：请换成普通文本文件。`,
          `${repositoryConfigFile} is not a small plain file: replace it with a plain text file.`,
        ]),
      ],
    };
  const parsed = parseYamlFile(repositoryConfigFile, read.bytes);
  if (parsed.problems.length > 0) return { profile: fallback, problems: parsed.problems };
  const data = parsed.data;
  const value =
    data !== null && typeof data === "object" && !Array.isArray(data)
      ? (data as Record<string, unknown>).profile
      : undefined;
  if (typeof value === "string" && ids.includes(value)) return { profile: value, problems: [] };
  return {
    profile: fallback,
    problems: [
      problem([
        `${repositoryConfigFile} 的 profile 为 ${quote(value ?? "（未写）")}，不是登记的规范：请写 ${list} 之一。`,
        `${repositoryConfigFile}: profile is ${quote(value ?? "(missing)")}, not a registered profile: write one of ${ids.join(", ")}.`,
      ]),
    ],
  };
}
