import type { KindBranch, SchemaKit } from "../../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../../core/schema/profile.ts";
import { newEstimate } from "../estimate.ts";
import { resources } from "../resources.ts";

/** 一、新增申请（附件5）。 */
function newSection(k: SchemaKit): Json {
  return k.obj(
    "新增申请",
    "一、新增申请",
    {
      forDeploymentAndAssessment: {
        type: "boolean",
        title: "是否用于部署与测评",
        description:
          "true：仅限政务外网内点对点部署测试和安全测评；false：正式使用，须提供等级测评报告结论或安全专项检测结果",
      },
      securityAssessment: k.obj(
        "等级测评报告结论或安全专项检测结果",
        "不用于部署与测评时必填（附件5 一、新增申请）",
        {
          kind: {
            type: "string",
            title: "类别",
            description: "grading：等级测评报告；special：安全专项检测",
            enum: ["grading", "special"],
          },
          conclusion: {
            type: "string",
            title: "结论",
            description: "等级测评：优、良、中；安全专项检测：无中高风险",
            enum: ["优", "良", "中", "无中高风险"],
          },
          reportNo: k.str("报告编号", "报告编号"),
          issuer: k.str("出具单位", "测评机构"),
        },
        ["kind", "conclusion"],
        {
          allOf: [
            k.when(
              { properties: { kind: { const: "grading" } }, required: ["kind"] },
              { properties: { conclusion: { enum: ["优", "良", "中"] } } },
            ),
            k.when(
              { properties: { kind: { const: "special" } }, required: ["kind"] },
              { properties: { conclusion: { const: "无中高风险" } } },
            ),
          ],
        },
      ),
      expectedLaunch: k.date("预计上线时间", "预计上线时间﹡"),
    },
    ["forDeploymentAndAssessment", "expectedLaunch"],
    k.when(
      {
        properties: { forDeploymentAndAssessment: { const: false } },
        required: ["forDeploymentAndAssessment"],
      },
      { required: ["securityAssessment"], ...k.cite({ attachment: "附件5" }) },
    ),
  );
}

/** 新增申请：新增一节、云服务需求与测算报告；缺测算报告时引要求提交它的第21条。 */
export function newKind(k: SchemaKit): KindBranch {
  return {
    properties: { new: newSection(k), resources: resources(k), estimate: newEstimate(k) },
    required: ["new", "resources", "estimate"],
    extra: {
      ...k.cite({ article: "第21条" }),
      // 缺测算报告时引要求提交它的条款（第21条），不是关于其内容的第23条(2)
      "x-required-by": { estimate: { profile: k.profile, article: "第21条" } },
    },
  };
}
