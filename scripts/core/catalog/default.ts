import { listProfiles, loadCatalog } from "./load.ts";
import type { Catalog } from "./types.ts";

/** 文件没有写 profile 时用的 profile。 */
export const defaultProfile = "shenzhen";

let profiles: string[] | undefined;
const knownProfiles = () => {
  profiles ??= listProfiles();
  return profiles;
};

/** 未知的 profile 返回 undefined（由 schema 报告 profile 写错）；目录本身有错则抛出（内部故障）。 */
export function defaultCatalogs(profile: string): Catalog | undefined {
  return knownProfiles().includes(profile) ? loadCatalog(profile) : undefined;
}
