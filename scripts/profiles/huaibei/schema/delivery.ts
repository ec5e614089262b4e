import type { SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import { resourceId } from "./fields.ts";
import { confirmedResource } from "./resources.ts";

/** 交付的一项资源（发放流水线写入）：实例的主机名与 IP、实际配置。 */
function deliveredResource(k: SchemaKit): Json {
  return k.obj(
    "交付的资源",
    "发放流水线写入的一项资源",
    {
      id: resourceId(k),
      instances: k.list(
        "实例",
        "云上实例",
        k.obj(
          "实例",
          "一台实例",
          {
            name: k.str("实例名", "云上资源名"),
            hostname: k.str("主机名", "主机名"),
            ip: k.str("IP", "内网 IP"),
            floatingIp: k.str("浮动 IP", "公网或政务外网地址"),
            cloudId: k.str("云上标识", "云平台上的资源标识"),
          },
          ["name"],
        ),
      ),
      config: { type: "object", title: "实际配置", description: "交付时的实际配置（与申请不同时）" },
      endpoint: k.str("访问地址", "服务的访问地址"),
      remark: k.str("备注", "备注"),
    },
    ["id"],
  );
}

/** 数据清除情况（附件7）：一方的确认。 */
const cleared = (k: SchemaKit, who: string): Json =>
  k.obj(
    `${who}确认`,
    `附件7 “数据清除情况”：${who}确认清除与否及其它说明`,
    {
      cleared: { type: "boolean", title: "清除与否", description: "true：是；false：否" },
      note: k.str("其它说明", "其它说明"),
    },
    ["cleared"],
  );

/** 三方确认单（附件5 开通、附件6 变更、附件7 退出）。 */
function confirmation(k: SchemaKit): Json {
  return k.obj(
    "三方确认",
    "使用单位、云服务商、管理单位三方签署的确认单：opening 开通确认单（附件5，签署后正式计费，第15条）、change 变更确认单（附件6，第16条）、exit 退出确认单（附件7，第17条）。由只改这份交付记录的拉取请求加上，三方各自批准",
    {
      kind: {
        type: "string",
        title: "确认单",
        description: "opening：开通确认单（附件5）；change：变更确认单（附件6）；exit：退出确认单（附件7）",
        enum: ["opening", "change", "exit"],
      },
      date: k.date("签署日期", "三方签署确认单的日期；开通确认时为计费起始日（第15条）"),
      cloudNumber: k.str("系统上云编号", "*系统上云编号（附件5）"),
      resources: k.list(
        "确认的资源",
        "最终使用的云资源量（第15条：云服务商与使用单位根据信息系统最终使用的云资源量确认）",
        confirmedResource(k),
      ),
      dataCleared: k.obj(
        "数据清除情况",
        "附件7 “数据清除情况”：云服务商确认与使用单位确认（第17条：云服务商不能以任何手段进行数据恢复）",
        { carrier: cleared(k, "云服务商"), unit: cleared(k, "使用单位") },
        ["carrier", "unit"],
        k.cite({ attachment: "附件7" }),
      ),
      signed: k.obj(
        "三方签章",
        "使用单位、云服务商、管理单位（市政务云主管部门）各自盖章的日期（附件5–7 落款）；三方在拉取请求中的批准另由阶段机记录",
        {
          unit: k.date("使用单位盖章日期", "使用单位名称（盖章）的日期"),
          carrier: k.date("云服务商盖章日期", "云服务商（盖章）的日期"),
          administration: k.date("管理单位盖章日期", "管理单位（盖章）的日期"),
        },
      ),
      remark: k.str("备注", "其他资源、说明（附件5 “三、其他资源”）"),
    },
    ["kind", "date"],
    {
      ...k.cite({ article: "第15条" }),
      allOf: [
        k.when(
          { properties: { kind: { const: "exit" } }, required: ["kind"] },
          { required: ["dataCleared"] },
        ),
        k.when(
          { properties: { kind: { const: "opening" } }, required: ["kind"] },
          { required: ["cloudNumber"] },
        ),
      ],
    },
  );
}

/** 交付记录：requests/<单位>/<系统>/deliveries/NNNN.yaml。 */
export function delivery(k: SchemaKit): Json {
  const body = k.obj(
    "交付记录",
    "发放流水线在开通或实施后写入；测试区转生产区、割接上线与三方确认由之后的拉取请求补上",
    {
      ...k.header("delivery"),
      application: k.int("申请序号", "所交付的申请在本系统内的序号", { minimum: 1 }),
      date: k.date("交付日期", "交付（资源配置）日期；临时资源的 6 个月从这一天起算（第18条）"),
      zone: {
        type: "string",
        title: "测试区或生产区",
        description: "test：测试区（第13条：评估后开通测试区云资源）；production：生产区（第14条）",
        enum: ["test", "production"],
        ...k.cite({ article: "第13条" }),
      },
      production: k.obj(
        "转为生产区",
        "通过试运行测试和安全检测后，测试区云资源转为生产区上线（第14条）",
        { date: k.date("上线日期", "转为生产区上线的日期") },
        ["date"],
        k.cite({ article: "第14条" }),
      ),
      cutover: k.obj(
        "割接上线",
        "迁移上云的信息系统割接上线；原信息系统至少保留3个月（第15条）",
        { date: k.date("割接日期", "割接上线的日期") },
        ["date"],
        k.cite({ article: "第15条" }),
      ),
      confirmation: confirmation(k),
      resources: k.list("交付的资源", "发放流水线写入的资源", deliveredResource(k)),
      remark: k.str("备注", "备注"),
    },
    ["kind", "profile", "application", "date"],
  );
  return k.document("delivery", body);
}
