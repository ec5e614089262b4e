/**
 * 淮北市市级政务云管理办法（profile `huaibei`）：这个城市与引擎不同的一切都从这里登记。
 * 服务、选项、时限与价格表是数据，在 catalog/huaibei/。
 */
import type { Profile } from "../../core/profile.ts";
import { text } from "../../core/text.ts";
import { huaibeiAnnual } from "./annual.ts";
import { huaibeiAudit } from "./audit/index.ts";
import { huaibeiDelivery } from "./delivery.ts";
import { huaibeiForms } from "./forms/index.ts";
import { huaibeiKinds } from "./kinds.ts";
import { huaibeiProvision } from "./provision.ts";
import { huaibeiRegistry } from "./registry.ts";
import { huaibeiReview } from "./review.ts";
import { huaibeiRules } from "./rules/index.ts";
import { huaibeiSchema } from "./schema/index.ts";

export const huaibei: Profile = {
  id: "huaibei",
  title: text("淮北市市级政务云管理办法", "Huaibei municipal government cloud management measures"),
  catalog: "huaibei",
  kinds: huaibeiKinds,
  rules: huaibeiRules,
  schema: huaibeiSchema,
  forms: huaibeiForms,
  review: huaibeiReview,
  registry: huaibeiRegistry,
  delivery: huaibeiDelivery,
  provision: huaibeiProvision,
  audit: huaibeiAudit,
  annual: huaibeiAnnual,
};
