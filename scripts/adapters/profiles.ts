import type { ProfileData } from "../core/provision/load.ts";
import { registeredProfiles } from "../profiles/index.ts";
import { defaultCatalogs } from "./catalog-files.ts";

/** 本仓库的规范：登记的 profile 与 catalog/ 下的服务目录。 */
export const repositoryProfiles: ProfileData = { profiles: registeredProfiles, catalogs: defaultCatalogs };
