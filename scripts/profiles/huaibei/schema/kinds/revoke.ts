import type { KindBranch, SchemaKit } from "../../../../core/schema/kit.ts";
import { letter, resourceId } from "../fields.ts";

/** 退出申请（附件4；第17条）。 */
export function revokeKind(k: SchemaKit): KindBranch {
  return {
    properties: {
      letter: letter(k),
      exit: k.obj(
        "退出",
        "退出类型、退出日期、退出原因与退出单位确认（附件4）",
        {
          type: {
            type: "string",
            title: "退出类型",
            description: "system：业务系统退出；unit：使用单位退出",
            enum: ["system", "unit"],
          },
          date: k.date("退出日期", "退出日期：此后删除部署在政务云上的相关资源"),
          reason: k.str("退出原因", "退出原因"),
          statement: {
            const: true,
            title: "退出单位确认",
            description:
              "因业务系统退出市级政务云，本单位已完成相关数据的迁移备份工作，请在退出日期后删除部署在市级政务云平台上的相关资源（附件4）",
            ...k.cite({ attachment: "附件4" }),
          },
        },
        ["type", "date", "reason", "statement"],
        k.cite({ article: "第17条" }),
      ),
      revocations: k.list(
        "退出资源",
        "申请退出的资源，包括虚拟机资源、网络资源、存储资源等（附件4）",
        k.obj(
          "一项退出的资源",
          "资源与数据备份情况",
          {
            resource: resourceId(k, "资源"),
            dataBackup: {
              type: "string",
              title: "数据备份",
              description: "backed-up：已迁移备份；not-needed：无需备份；no-data：不涉及数据（第17条）",
              enum: ["backed-up", "not-needed", "no-data"],
            },
            remark: k.str("备注", "备注"),
          },
          ["resource", "dataBackup"],
        ),
        { minItems: 1 },
      ),
    },
    required: ["letter", "exit", "revocations"],
    extra: k.cite({ article: "第17条" }),
  };
}
