import type { KindBranch, SchemaKit } from "../../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../../core/schema/profile.ts";
import { resourceId, shutdown } from "../fields.ts";

/** 一项要撤销的资源（附件5 四、撤销申请）。 */
function revocation(k: SchemaKit): Json {
  return k.obj(
    "撤销项",
    "一项要撤销的资源（附件5 四、撤销申请）",
    {
      resource: resourceId(k, "撤销的资源"),
      ip: k.str("IP", "资源的 IP", { format: "ipv4" }),
      info: k.str("服务信息", "IP、相关规格（不填则由交付记录生成）"),
      dataBackup: {
        type: "string",
        title: "数据备份情况",
        description: "backed-up：数据已备份；not-needed：无需备份；no-data：不涉及数据（附件5 注6）",
        enum: ["backed-up", "not-needed", "no-data"],
        ...k.cite({ attachment: "附件5", note: "6" }),
      },
      keep: k.list(
        "保留的数据盘",
        "撤销主机时保留（不删除）的数据盘或存储的标识",
        k.str("标识", "数据盘标识"),
      ),
      remark: k.str("备注", "备注"),
    },
    ["resource", "dataBackup"],
  );
}

/** 撤销申请的补充信息。 */
function revokeSection(k: SchemaKit): Json {
  return k.obj("撤销说明", "撤销申请的补充信息", {
    systemOffline: k.date(
      "系统下线日期",
      "系统已下线时的下线日期：下线后 2 个月内须提交撤销申请（第19条(3)）",
    ),
    wholeSystem: {
      type: "boolean",
      title: "整个系统撤销",
      description: "撤销系统的全部云资源及其安全策略、备份作业",
    },
  });
}

/** 撤销申请：撤销项、撤销说明与关机安排。 */
export function revokeKind(k: SchemaKit): KindBranch {
  return {
    properties: {
      revocations: k.list("撤销项", "四、撤销申请", revocation(k), { minItems: 1 }),
      revoke: revokeSection(k),
      shutdown: shutdown(k),
    },
    required: ["revocations"],
  };
}
