import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  type CatalogTexts,
  catalogFiles,
  checkProfileName,
  parseCatalog,
  pricesDir,
} from "../core/catalog/parse.ts";
import type { Catalog } from "../core/catalog/types.ts";

/** 仓库根目录：本文件位于 scripts/adapters/，往上两层。 */
const repoRoot = fileURLToPath(new URL("../../", import.meta.url));

/**
 * 目录 schema 总是取本仓库的（root 只决定从哪里读数据文件）：profile 有自己的
 * `schemas/<profile>/catalog.schema.json` 时用它，否则用共用的 `schemas/catalog.schema.json`。
 */
const sharedSchemaPath = join(repoRoot, "schemas", "catalog.schema.json");
const schemas = new Map<string, object>();
export const catalogSchema = (profile: string): object => {
  const own = join(repoRoot, "schemas", profile, "catalog.schema.json");
  const path = existsSync(own) ? own : sharedSchemaPath;
  let schema = schemas.get(path);
  if (!schema) {
    schema = JSON.parse(readFileSync(path, "utf8")) as object;
    schemas.set(path, schema);
  }
  return schema;
};

/**
 * 仓库的 profile 所用的 schema 目录（绝对路径）：仓库有自己的服务目录 catalog/<目录> 并生成了 schema
 * （govcloud schemas --root 写在仓库的 schemas/<profile>/）时用仓库的，否则用本工具的 schemas/<profile>/。
 */
export function schemaDirectory(profile: { id: string; catalog: string }, root: string): string {
  const own = join(root, "schemas", profile.id);
  return listProfiles(root).includes(profile.catalog) && existsSync(own)
    ? own
    : join(repoRoot, "schemas", profile.id);
}

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
 * `catalog/<profile>/` 数据文件的文本。按需读（解析时依次取 profile、items、services、prices），
 * 读不了时抛出，消息指明文件。items.yaml 与 prices/ 可以没有。
 */
export function catalogTexts(profile: string, root: string = repoRoot): CatalogTexts {
  const dir = join(resolve(root), "catalog", profile);
  const readPath = (rel: string): string => {
    try {
      return readFileSync(join(dir, rel), "utf8");
    } catch (error) {
      throw new Error(
        `catalog/${profile}/${rel}：无法读取（${(error as NodeJS.ErrnoException).code ?? String(error)}）`,
      );
    }
  };
  const read = (part: keyof typeof catalogFiles): string => readPath(catalogFiles[part]);
  return {
    get profile() {
      return read("profile");
    },
    get items() {
      return existsSync(join(dir, catalogFiles.items)) ? read("items") : undefined;
    },
    get services() {
      return read("services");
    },
    get prices() {
      const pricesPath = join(dir, pricesDir);
      if (!existsSync(pricesPath)) return undefined;
      const names = readdirSync(pricesPath)
        .filter((f) => f.endsWith(".yaml"))
        .map((f) => f.slice(0, -".yaml".length))
        .sort();
      return Object.fromEntries(names.map((name) => [name, readPath(`${pricesDir}/${name}.yaml`)]));
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
  const catalog = parseCatalog(profile, catalogTexts(profile, root), catalogSchema(profile));
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

/** 内存替身：按 profile 给出数据文件的文本，解析（每个 profile 一次）后作为服务目录来源。 */
export function memoryCatalogs(
  texts: Record<string, CatalogTexts>,
): (profile: string) => Catalog | undefined {
  const parsed = new Map<string, Catalog>();
  return (profile) => {
    const own = Object.hasOwn(texts, profile) ? texts[profile] : undefined;
    if (!own) return undefined;
    let catalog = parsed.get(profile);
    if (!catalog) {
      catalog = parseCatalog(profile, own, catalogSchema(profile));
      parsed.set(profile, catalog);
    }
    return catalog;
  };
}

/**
 * 一个申请仓库用的服务目录：仓库自己有 `catalog/<profile>/` 就读它，否则用本工具自带的
 * （如 examples/huaibei 这样只有 govcloud.yaml 与 requests/ 的仓库）。
 */
export function repositoryCatalog(profile: string, root: string): Catalog {
  return listProfiles(root).includes(profile) ? loadCatalog(profile, root) : loadCatalog(profile);
}
