import type { KindBranch, SchemaKit } from "../../../../core/schema/kit.ts";
import { letter } from "../fields.ts";
import { resources } from "../resources.ts";

/** 临时资源申请（第18条）：情况紧急时申请临时云资源，同步推进立项。 */
export function testKind(k: SchemaKit): KindBranch {
  return {
    properties: {
      letter: letter(k),
      temporary: k.obj(
        "临时资源",
        "第18条：党中央、国务院、省委省政府及市委市政府有新要求，或者涉及国家重大战略、国家安全等特殊原因，情况紧急时申请临时云资源",
        {
          reason: k.str("紧急原因", "情况紧急的原因（新要求、国家重大战略、国家安全等）"),
          requirement: k.str("所依据的要求", "所响应的要求或文件，如 省政府办公厅〔2026〕88号通知"),
          months: k.int("使用期限（月）", "自资源配置之日起的月数；不超过 6 个月（第18条，由规则检查）", {
            minimum: 1,
            ...k.cite({ article: "第18条" }),
          }),
          project: k.obj(
            "信息系统立项",
            "同步推进信息系统立项；批复文件提交市政务云主管部门备案（第18条）",
            {
              status: {
                type: "string",
                title: "立项状态",
                description: "pending：推进中；filed：已批复并备案",
                enum: ["pending", "filed"],
              },
              document: k.str("批复文件", "立项批复文号"),
              date: k.date("备案日期", "批复文件报备案的日期"),
            },
            ["status"],
          ),
        },
        ["reason", "requirement", "months", "project"],
        k.cite({ article: "第18条" }),
      ),
      otherNeeds: k.str("其他需求", "系统部署入云的其他需求"),
      resources: resources(k),
    },
    required: ["letter", "temporary", "resources"],
    extra: k.cite({ article: "第18条" }),
  };
}
