import { fileURLToPath } from "node:url";
import * as pulumi from "@pulumi/pulumi";
import { diskFs } from "../scripts/adapters/disk-fs.ts";
import { loadPool } from "../scripts/adapters/load-pool.ts";
import { repositoryProfiles } from "../scripts/adapters/profiles.ts";
import { useDiskCompileCache } from "../scripts/adapters/schema-cache.ts";
import { findProfile } from "../scripts/core/profile.ts";
import { defaultProvision } from "../scripts/core/provision/binding.ts";
import { loadDesiredSystem } from "../scripts/core/provision/load.ts";
import { readRepositoryConfig } from "../scripts/core/repository/config.ts";
import { buildSystem } from "./program.ts";
import { blockers, readSite, stackSettings } from "./settings.ts";

/**
 * 一个 stack 一个系统：读仓库 → 这个系统的期望状态 → OpenStack 资源。
 * 期望状态不能发放（云环境不符、磁盘缩小、未说明数据就删除……）时，在建立任何资源之前失败：
 * 程序出错时引擎不会删除任何资源。
 */
useDiskCompileCache();
const root = fileURLToPath(new URL("..", import.meta.url));
const config = new pulumi.Config();
const fs = diskFs(root);
// 仓库的 profile（govcloud.yaml）决定站点键与站点配置文件；没有发放部分时用引擎的默认（site.yaml，x86 与 arm）
const profileId = readRepositoryConfig(fs, repositoryProfiles.profiles).profile;
const part = findProfile(repositoryProfiles.profiles, profileId)?.provision ?? defaultProvision;
const settings = stackSettings((key) => config.get(key), pulumi.getStack(), part.sites);
const site = readSite(fileURLToPath(new URL(`./${part.siteFile}`, import.meta.url)), part.sites);

// 期望状态只由仓库（申请的折叠与交付记录）决定，与日期无关，也不运行规则
const desired = loadDesiredSystem(fs, settings.unit, settings.system, repositoryProfiles, loadPool);
if (!desired)
  throw new pulumi.RunError(
    `仓库中没有系统 ${settings.unit}/${settings.system}（requests/${settings.unit}/${settings.system}/system.yaml）。`,
  );
const problems = blockers(desired, settings);
if (problems.length > 0)
  throw new pulumi.RunError(
    `系统 ${settings.unit}/${settings.system} 不能发放：\n${problems.map((p) => `  - ${p}`).join("\n")}`,
  );

const built = buildSystem(desired, site.clouds[settings.cloud], settings);

/** stack 输出：govcloud deliver 读它写交付记录。 */
export const govcloud = built.outputs.govcloud;
export const resources = built.outputs.resources;
