/**
 * 深圳市政务云服务申请规范（profile `shenzhen`）：这个城市与引擎不同的一切都从这里登记。
 * 服务目录（附件1、附件2、各阶段时限）是数据，在 catalog/shenzhen/。
 */
import type { Profile } from "../../core/profile.ts";
import { buildSchemas } from "../../core/schema/build.ts";
import { text } from "../../core/text.ts";
import { shenzhenForms } from "./forms/index.ts";
import { shenzhenKinds } from "./kinds.ts";
import { shenzhenRules } from "./rules/index.ts";

export const shenzhen: Profile = {
  id: "shenzhen",
  title: text("深圳市政务云服务申请规范", "Shenzhen government cloud service application specification"),
  catalog: "shenzhen",
  kinds: shenzhenKinds,
  rules: shenzhenRules,
  schema: { build: buildSchemas },
  forms: shenzhenForms,
  review: {},
  audit: {},
};
