/**
 * 构建时预编译 schema 校验函数（scripts/build.mjs 在打包后调用）：登记的每个 profile、本仓库的服务目录，
 * 四个文档 schema 与审查流程配置 schema 的 ajv 独立校验代码写进 dir（随产物发布在 scripts/dist/schemas/）。
 * 命令行第一次校验时就不必编译（约 1 秒），也不必写缓存。
 */
import { readdirSync } from "node:fs";
import { reviewConfigValidator } from "../core/review/config.ts";
import { useCompileCache } from "../core/schema/compile.ts";
import { SchemaValidator } from "../core/schema/validate.ts";
import { registeredProfiles } from "../profiles/index.ts";
import { defaultCatalogs } from "./catalog-files.ts";
import { diskCompileCache } from "./schema-cache.ts";

export function precompile(dir: string): string[] {
  useCompileCache(diskCompileCache(dir, null));
  for (const profile of registeredProfiles) {
    const catalog = defaultCatalogs(profile.id);
    if (catalog) SchemaValidator.for(catalog, profile.schema);
  }
  // 审查流程配置的 schema（网站的看板登录后在浏览器里解析它）
  reviewConfigValidator();
  useCompileCache(undefined);
  return readdirSync(dir).filter((f) => f.endsWith(".cjs"));
}
