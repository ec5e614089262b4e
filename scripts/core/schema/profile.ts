import type { Catalog, ProfileCitation } from "../catalog/types.ts";
import type { Text } from "../text.ts";

/** 一份 JSON Schema（2020-12）。 */
export type JsonSchema = Record<string, unknown>;

/** 仓库中四类文档的 schema。 */
export interface ProfileSchemas {
  unit: JsonSchema;
  system: JsonSchema;
  application: JsonSchema;
  delivery: JsonSchema;
}

/** 文档类型：unit.yaml、system.yaml、申请、交付记录。 */
export type DocumentKind = keyof ProfileSchemas;

/**
 * Profile 的 schema 部分：由服务目录生成四个 schema（`npm run schemas` 写入 schemas/<profile>/），
 * 用 scripts/core/schema/kit.ts 的工具拼出；以及校验发现中 schema 本身不带的措辞与引用。
 */
export interface SchemaPart {
  build(catalog: Catalog): ProfileSchemas;
  /** 服务目录在规范中的称呼，如 服务目录（附件1）：未知服务的发现说服务须取自它 */
  catalogName?: Text;
  /**
   * 缺少必填字段、schema 中（字段、所在对象及其上层）又没有引用时，按文档类型引用的条款，
   * 如申请表的填写说明
   */
  requiredCitation?: Partial<Record<DocumentKind, ProfileCitation>>;
}
