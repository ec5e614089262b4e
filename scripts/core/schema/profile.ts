import type { Catalog } from "../catalog/types.ts";

/** 一份 JSON Schema（2020-12）。 */
export type JsonSchema = Record<string, unknown>;

/** 仓库中四类文档的 schema。 */
export interface ProfileSchemas {
  unit: JsonSchema;
  system: JsonSchema;
  application: JsonSchema;
  delivery: JsonSchema;
}

/** Profile 的 schema 部分：由服务目录生成四个 schema（`npm run schemas` 写入 schemas/<profile>/）。 */
export interface SchemaPart {
  build(catalog: Catalog): ProfileSchemas;
}
