import type { SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import { shenzhenParams } from "../catalog.ts";
import { contact } from "./fields.ts";

/**
 * 信息系统登记：requests/<单位>/<系统>/system.yaml，系统名称（首次申请时的名称）、负责人、技术负责人、
 * 云环境、等级保护。
 */
export function system(k: SchemaKit): Json {
  const body = k.obj(
    "信息系统",
    "云上信息系统",
    {
      ...k.header("system"),
      name: k.str("信息系统名称", "首次申请时填写的信息系统名称；之后每份申请都须与它完全一致（第21条(2)）"),
      owner: contact(k, "系统负责人", "系统负责人：须为使用单位的在岗公职人员（附件5 注5）", {
        inService: {
          const: true,
          title: "在岗公职人员",
          description: "确认系统负责人为在岗公职人员",
          ...k.cite({ attachment: "附件5", note: "5" }),
        },
      }),
      technicalContact: contact(k, "技术负责人", "技术负责人：负责该系统的技术人员（附件5 注5）"),
      environment: k.choice(
        "云环境",
        shenzhenParams(k.catalog).environments,
        k.cite({ attachment: "附件5" }),
      ),
      protectionLevel: k.int("等级保护级别", "网络安全等级保护级别（1–4），决定须选的安全服务（第23条(4)）", {
        minimum: 1,
        maximum: 4,
      }),
      classified: {
        const: false,
        title: "涉密",
        description: "云上系统须为非涉密（第4条）",
        ...k.cite({ article: "第4条" }),
      },
      commercial: {
        const: false,
        title: "商业盈利",
        description: "云上系统须为非商业盈利性质（第4条）",
        ...k.cite({ article: "第4条" }),
      },
      description: k.str("系统简介", "系统简介"),
    },
    [
      "kind",
      "profile",
      "name",
      "owner",
      "technicalContact",
      "environment",
      "protectionLevel",
      "classified",
      "commercial",
    ],
  );
  return k.document("system", body);
}
