import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type CatalogTexts, catalogFiles, checkProfileName, parseCatalog } from "../core/catalog/parse.ts";
import type { Catalog } from "../core/catalog/types.ts";

/** 仓库根目录：本文件位于 scripts/adapters/，往上两层。 */
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/** 目录 schema 总是取本仓库的那一份（root 只决定从哪里读数据文件）。 */
const schemaPath = join(repoRoot, "schemas", "catalog.schema.json");
let schema: object | undefined;
const catalogSchema = (): object => {
  schema ??= JSON.parse(readFileSync(schemaPath, "utf8")) as object;
  return schema;
};

const cache = new Map<string, Catalog>();

/** 列出 catalog/ 下的 profile（含 profile.yaml 的子目录），按名称排序。 */
export function listProfiles(root: string = repoRoot): string[] {
  const dir = join(root, "catalog");
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, catalogFiles.profile)))
    .map((entry) => entry.name)
    .sort();
}

/**
 * `catalog/<profile>/` 三个文件的文本。按需读（解析时依次取 profile、items、services），
 * 读不了时抛出，消息指明文件。
 */
export function catalogTexts(profile: string, root: string = repoRoot): CatalogTexts {
  const base = resolve(root);
  const read = (part: keyof CatalogTexts): string => {
    try {
      return readFileSync(join(base, "catalog", profile, catalogFiles[part]), "utf8");
    } catch (error) {
      throw new Error(
        `catalog/${profile}/${catalogFiles[part]}：无法读取（${(error as NodeJS.ErrnoException).code ?? String(error)}）`,
      );
    }
  };
  return {
    get profile() {
      return read("profile");
    },
    get items() {
      return read("items");
    },
    get services() {
      return read("services");
    },
  };
}

/**
 * 读取并校验 `catalog/<profile>/` 下的服务目录。
 * 同一 (root, profile) 只读一次；返回的对象已冻结，调用方不得修改。
 * 数据不合规（schema 或交叉引用）时抛出 Error，消息指明文件与位置。
 */
export function loadCatalog(profile: string, root: string = repoRoot): Catalog {
  checkProfileName(profile);
  const key = `${resolve(root)}\u0000${profile}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const catalog = parseCatalog(profile, catalogTexts(profile, root), catalogSchema());
  cache.set(key, catalog);
  return catalog;
}

let profiles: string[] | undefined;
const knownProfiles = () => {
  profiles ??= listProfiles();
  return profiles;
};

/**
 * 本仓库 catalog/ 下的服务目录。未知的 profile 返回 undefined（由 schema 报告 profile 写错）；
 * 目录本身有错则抛出（内部故障）。
 */
export function defaultCatalogs(profile: string): Catalog | undefined {
  return knownProfiles().includes(profile) ? loadCatalog(profile) : undefined;
}

/** 内存替身：按 profile 给出三个文件的文本，解析（每个 profile 一次）后作为服务目录来源。 */
export function memoryCatalogs(
  texts: Record<string, CatalogTexts>,
): (profile: string) => Catalog | undefined {
  const parsed = new Map<string, Catalog>();
  return (profile) => {
    const own = Object.hasOwn(texts, profile) ? texts[profile] : undefined;
    if (!own) return undefined;
    let catalog = parsed.get(profile);
    if (!catalog) {
      catalog = parseCatalog(profile, own, catalogSchema());
      parsed.set(profile, catalog);
    }
    return catalog;
  };
}
