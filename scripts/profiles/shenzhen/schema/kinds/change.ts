import type { KindBranch, SchemaKit } from "../../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../../core/schema/profile.ts";
import { changeEstimate } from "../estimate.ts";
import { attachments, config, resourceId, shutdown } from "../fields.ts";

/** 近 5 个工作日的资源利用率（第19条(2)）。 */
function utilization(k: SchemaKit): Json {
  const pair = (title: string) =>
    k.obj(
      title,
      `${title}利用率，单位 %`,
      { average: k.percent("平均利用率"), peak: k.percent("峰值利用率") },
      ["average"],
    );
  return k.obj(
    "资源利用率",
    "近 5 个工作日的资源利用率（第19条(2)，附件6 变更测算报告）",
    {
      window: k.obj(
        "统计区间",
        "近 5 个工作日的起止日期",
        {
          from: k.date("起始日期", "统计区间第一天"),
          to: k.date("结束日期", "统计区间最后一天"),
        },
        ["from", "to"],
      ),
      cpu: pair("vCPU"),
      memory: pair("内存"),
      storage: k.obj("存储", "存储使用情况", {
        usedPercent: k.percent("存储利用率"),
        usedGB: k.int("已使用量（GB）", "已使用量 GB", { minimum: 0 }),
      }),
      evidence: attachments(k),
    },
    ["window"],
    k.cite({ article: "第19条", clause: "(2)" }),
  );
}

/** 一项现有资源的变更（附件5 三、变更申请）。 */
function change(k: SchemaKit): Json {
  return k.obj(
    "变更项",
    "一项现有资源的变更（附件5 三、变更申请）",
    {
      resource: resourceId(k, "变更的资源"),
      ip: k.str("IP", "资源的 IP（交付记录中有则可省略）", { format: "ipv4" }),
      before: config(k, "变更前配置"),
      after: config(k, "变更后配置"),
      utilization: utilization(k),
      remark: k.str("备注", "备注"),
    },
    ["resource", "before", "after"],
    k.cite({ attachment: "附件5" }),
  );
}

/** 变更申请：变更项、关机安排与变更测算报告。 */
export function changeKind(k: SchemaKit): KindBranch {
  return {
    properties: {
      changes: k.list("变更项", "三、变更申请", change(k), { minItems: 1 }),
      shutdown: shutdown(k),
      estimate: changeEstimate(k),
    },
    required: ["changes"],
  };
}
