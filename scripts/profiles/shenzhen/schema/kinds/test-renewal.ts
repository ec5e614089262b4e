import type { KindBranch, SchemaKit } from "../../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../../core/schema/profile.ts";
import { shenzhenParams } from "../../catalog.ts";
import { resourceId } from "../fields.ts";

/** 续期的一项测试资源（第45条）。 */
function renewal(k: SchemaKit): Json {
  return k.obj(
    "续期项",
    "续期的测试资源",
    {
      resource: resourceId(k, "续期的资源"),
      ip: k.str("IP", "测试资源的 IP", { format: "ipv4" }),
      months: k.int("续期时限（月）", "续期 1–3 个月；累计使用不超过六个月（第45条）", {
        minimum: 1,
        maximum: shenzhenParams(k.catalog).testResources.maxPeriodMonths,
        ...k.cite({ article: "第45条" }),
      }),
      remark: k.str("备注", "备注"),
    },
    ["resource", "months"],
  );
}

/** 测试资源续期。 */
export function testRenewalKind(k: SchemaKit): KindBranch {
  return {
    properties: { renewals: k.list("续期测试资源", "续期测试资源", renewal(k), { minItems: 1 }) },
    required: ["renewals"],
  };
}
