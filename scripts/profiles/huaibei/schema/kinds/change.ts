import type { KindBranch, SchemaKit } from "../../../../core/schema/kit.ts";
import { letter, period, resourceId, zone } from "../fields.ts";
import { changeConfig, resources } from "../resources.ts";

/** 变更申请（附件3；第15、16条，含临时扩容）。 */
export function changeKind(k: SchemaKit): KindBranch {
  return {
    properties: {
      letter: letter(k),
      category: {
        type: "string",
        title: "变更类型",
        description: "host：主机；network：网络；security：安全；other：其他（附件3）",
        enum: ["host", "network", "security", "other"],
        ...k.cite({ attachment: "附件3" }),
      },
      categoryOther: k.str("变更类型（其他）", "选“其他”时填写"),
      zone: zone(k),
      reason: k.str("申请事由", "申请事由（附件3）"),
      changes: k.list(
        "资源变更内容",
        "1、虚拟主机资源及其他资源的变更：变更前与变更后（附件3）；只新增资源或只写“其他”时写 changes: []",
        k.obj(
          "一项变更",
          "一项资源的变更前与变更后",
          {
            resource: resourceId(k, "资源"),
            ip: k.str("虚拟机IP", "虚拟机IP，如 10.55.61.115"),
            before: {
              ...changeConfig(k),
              title: "变更前",
              description: "变更前的配置（CPU、内存、系统存储、数据存储……）",
            },
            after: { ...changeConfig(k), title: "变更后", description: "变更后的配置" },
            remark: k.str("备注", "如 内存由8G变更为16G"),
          },
          ["resource", "before", "after"],
        ),
      ),
      additions: resources(k, "新增的资源", 1),
      others: k.str("其他", "2、其他：如 需要变更一个主机操作系统（附件3）"),
      temporary: {
        ...period(
          k,
          "临时扩容时间段",
          "第16条：因周期性高并发、特殊性应用测试、重大节日保障等临时扩容，申请应明确扩容时间段，原则上不超过3个月",
        ),
        ...k.cite({ article: "第16条" }),
      },
    },
    required: ["letter", "category", "reason", "changes"],
    extra: {
      ...k.cite({ article: "第16条" }),
      allOf: [
        k.when(
          { properties: { category: { const: "other" } }, required: ["category"] },
          { required: ["categoryOther"] },
        ),
      ],
      // 至少写一项：变更的资源、新增的资源或“其他”的说明（只写其他时 changes: []）
      anyOf: [
        { properties: { changes: { type: "array", minItems: 1 } } },
        { required: ["additions"] },
        { required: ["others"] },
      ],
    },
  };
}
