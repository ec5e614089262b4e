import type { Catalog } from "../../../core/catalog/types.ts";
import { SchemaKit } from "../../../core/schema/kit.ts";
import type { ProfileSchemas, SchemaPart } from "../../../core/schema/profile.ts";
import { text } from "../../../core/text.ts";
import { application } from "./application.ts";
import { delivery } from "./delivery.ts";
import { note3 } from "./fields.ts";
import { system } from "./system.ts";
import { unit } from "./unit.ts";

/**
 * 淮北的四个 schema：由服务目录（catalog/huaibei/）生成，`npm run schemas` 写入 schemas/huaibei/。
 * 标题与说明取自附件1–7 的表单用语；约束出自某条款时在节点上标注 `x-citation`。
 */
export function buildSchemas(catalog: Catalog): ProfileSchemas {
  return {
    unit: unit(new SchemaKit(catalog)),
    system: system(new SchemaKit(catalog)),
    application: application(new SchemaKit(catalog)),
    delivery: delivery(new SchemaKit(catalog)),
  };
}

export const huaibeiSchema: SchemaPart = {
  build: buildSchemas,
  catalogName: text("政务云服务目录（第9、11条）", "the government cloud service catalog (第9、11条)"),
  // 缺必填项而字段与所在对象都没有引用时，引附件1 注3（*为必填项）
  requiredCitation: { unit: note3, system: note3, application: note3 },
};
