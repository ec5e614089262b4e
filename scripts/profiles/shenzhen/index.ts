/**
 * 深圳市政务云服务申请规范（profile `shenzhen`）：这个城市与引擎不同的一切都从这里登记。
 * 服务目录（附件1、附件2、各阶段时限）是数据，在 catalog/shenzhen/。
 */
import type { Profile } from "../../core/profile.ts";
import { text } from "../../core/text.ts";
import { shenzhenAnnual } from "./annual.ts";
import { shenzhenAudit } from "./audit/index.ts";
import { shenzhenForms } from "./forms/index.ts";
import { shenzhenKinds } from "./kinds.ts";
import { shenzhenProvision } from "./provision.ts";
import { shenzhenRegistry } from "./registry.ts";
import { shenzhenReview } from "./review.ts";
import { shenzhenRules } from "./rules/index.ts";
import { shenzhenSchema } from "./schema/index.ts";

export const shenzhen: Profile = {
  id: "shenzhen",
  title: text("深圳市政务云服务申请规范", "Shenzhen government cloud service application specification"),
  catalog: "shenzhen",
  kinds: shenzhenKinds,
  rules: shenzhenRules,
  schema: shenzhenSchema,
  forms: shenzhenForms,
  review: shenzhenReview,
  registry: shenzhenRegistry,
  // 第25条：流程结束后，向使用单位发送 IP、主机名、配置等云服务信息
  delivery: { notice: { article: "第25条" } },
  provision: shenzhenProvision,
  audit: shenzhenAudit,
  annual: shenzhenAnnual,
};
