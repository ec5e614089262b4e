import type { KindBranch, SchemaKit } from "../../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../../core/schema/profile.ts";
import { shenzhenParams } from "../../catalog.ts";
import { testEstimate } from "../estimate.ts";
import { resources } from "../resources.ts";

/** 测试资源使用期限：按月或按周（第45条、第49条(3)）。 */
function testPeriod(k: SchemaKit): Json {
  return {
    title: "测试资源使用期限",
    description: "1、2、3 个月或 1、2、3、4 周；单次不超过三个月（第45条、第49条(3)）",
    oneOf: [
      k.obj(
        "按月",
        "月数",
        {
          months: k.int("月", "1–3 个月", {
            minimum: 1,
            maximum: shenzhenParams(k.catalog).testResources.maxPeriodMonths,
            ...k.cite({ article: "第45条" }),
          }),
        },
        ["months"],
      ),
      k.obj(
        "按周",
        "周数",
        {
          weeks: k.int("周", "1–4 周", {
            minimum: 1,
            maximum: 4,
            ...k.cite({ article: "第49条", clause: "(3)" }),
          }),
        },
        ["weeks"],
      ),
    ],
    ...k.cite({ article: "第49条", clause: "(3)" }),
  };
}

/** 二、测试资源申请（附件5）。 */
function testSection(k: SchemaKit): Json {
  return k.obj(
    "测试资源申请",
    "二、测试资源申请",
    {
      environment: k.choice("云环境", shenzhenParams(k.catalog).environments),
      networkZone: {
        const: "政务外网区",
        title: "网络区域",
        description: "测试资源只在政务外网区（附件5 二、测试资源申请）",
        ...k.cite({ attachment: "附件5" }),
      },
      period: testPeriod(k),
      expectedLaunch: k.date("预计上线时间", "预计上线时间﹡"),
    },
    ["period", "expectedLaunch"],
  );
}

/** 测试资源申请：测试资源一节、云服务需求与测算报告。 */
export function testKind(k: SchemaKit): KindBranch {
  return {
    properties: { test: testSection(k), resources: resources(k), estimate: testEstimate(k) },
    required: ["test", "resources", "estimate"],
  };
}
