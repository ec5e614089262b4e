import type { Catalog } from "../../../core/catalog/types.ts";
import { SchemaKit } from "../../../core/schema/kit.ts";
import type { ProfileSchemas, SchemaPart } from "../../../core/schema/profile.ts";
import { text } from "../../../core/text.ts";
import { application } from "./application.ts";
import { delivery } from "./delivery.ts";
import { system } from "./system.ts";
import { unit } from "./unit.ts";

/**
 * 深圳的四个 schema：由服务目录（附件1、附件2）生成，`npm run schemas` 写入 schemas/shenzhen/。
 * 约束若出自某条款，就在该节点上标注 `x-citation`，校验发现会带上这条引用。
 * 每份文档一个 SchemaKit（$defs 各自独立）。
 */
export function buildSchemas(catalog: Catalog): ProfileSchemas {
  return {
    unit: unit(new SchemaKit(catalog)),
    system: system(new SchemaKit(catalog)),
    application: application(new SchemaKit(catalog)),
    delivery: delivery(new SchemaKit(catalog)),
  };
}

export const shenzhenSchema: SchemaPart = {
  build: buildSchemas,
  catalogName: text("服务目录（附件1）", "the catalog (附件1)"),
  // 申请缺必填字段而字段与所在对象都没有引用时，引申请表的填写说明
  requiredCitation: { application: { attachment: "附件5", note: "1" } },
};
