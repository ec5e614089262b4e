import type { KindBranch, SchemaKit } from "../../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../../core/schema/profile.ts";
import { quantity, resourceId } from "../fields.ts";

/** 一条端口开放（或关闭）策略（附件8）。 */
function portRule(k: SchemaKit): Json {
  return k.obj(
    "端口策略",
    "一条端口开放（或关闭）策略（附件8）",
    {
      source: k.str("源地址", "源地址：IP、CIDR 网段，或 any（任意地址）"),
      destination: k.str("目的地址", "目的地址：本系统资源标识或 IP"),
      protocol: {
        type: "string",
        title: "端口类型",
        description: "TCP/UDP/ICMP",
        enum: ["tcp", "udp", "icmp"],
      },
      ports: {
        title: "端口号",
        description: "端口号：单个端口、端口列表或范围字符串（如 8000-8010）；ICMP 不填",
        oneOf: [
          { type: "integer", minimum: 1, maximum: 65535 },
          { type: "array", minItems: 1, items: { type: "integer", minimum: 1, maximum: 65535 } },
          { type: "string", pattern: "^[0-9]{1,5}-[0-9]{1,5}$" },
        ],
      },
      purpose: {
        type: "string",
        title: "端口用途",
        description:
          "new-service：①因服务需要开放新端口（须安全专项报告）；change-port：②因安全需要改变原服务端口；management：③因网管需求（须限制源地址）；rdp：④开通或修改 3389 端口策略（须 RDP 审批表）",
        enum: ["new-service", "change-port", "management", "rdp"],
        ...k.cite({ attachment: "附件8", note: "2" }),
      },
      description: k.str("端口用途说明", "端口用途说明"),
    },
    ["source", "destination", "protocol", "purpose", "description"],
  );
}

/** 一项 IP 地址申请（附件8）。 */
function ipRequest(k: SchemaKit): Json {
  return k.obj(
    "IP 地址申请",
    "IP 地址申请（附件8）",
    {
      type: {
        type: "string",
        title: "类型",
        description: "virtual：政务云虚拟IP；elastic：政务云弹性IP；public：公网IP",
        enum: ["virtual", "elastic", "public"],
      },
      quantity: quantity(k),
      purpose: k.str("用途", "用途"),
      bindTo: resourceId(k, "绑定的虚拟机"),
      icpEntity: k.str("ICP备案主体单位名称", "公网 IP 用于网站时，ICP 备案主体单位全称（附件8 注3）"),
      remark: k.str("备注", "备注"),
    },
    ["type", "quantity", "purpose"],
  );
}

/** 深圳市政务数据中心服务器端口开放申请表（附件8）。 */
function ports(k: SchemaKit): Json {
  return k.obj(
    "端口开放申请",
    "深圳市政务数据中心服务器端口开放申请表（附件8）",
    {
      business: {
        type: "string",
        title: "业务类型",
        description: "open：端口开放申请；close：端口关闭申请",
        enum: ["open", "close"],
      },
      network: {
        type: "string",
        title: "接入网络",
        description: "public：党政机关外网（政务公共网）；office：党政机关专网（政务办公网）",
        enum: ["public", "office"],
      },
      contact: k.obj(
        "联系人",
        "申请表联系人",
        {
          name: k.str("姓名", "联系人"),
          phone: k.str("联系电话", "联系电话"),
          fax: k.str("传真", "传真"),
        },
        ["name", "phone"],
      ),
      securityReport: k.obj(
        "安全专项报告",
        "测评中心出具的安全专项报告（开放新端口时必填，第38条(1)）",
        {
          system: k.str("信息系统名称", "报告中的信息系统名称"),
          conclusion: k.str("报告结论", "等级测评报告结论或安全专项检测结论"),
          reportNo: k.str("报告编号", "报告编号"),
          issuer: k.str("出具单位", "测评中心"),
        },
        ["system", "conclusion"],
        k.cite({ article: "第38条", clause: "(1)" }),
      ),
      rdpApproval: k.obj(
        "RDP 审批表",
        "《远程桌面（RDP）服务开通审批表》（附件8 注2④）",
        {
          formNo: k.str("审批表编号", "审批表编号"),
          date: k.date("登记日期", "报审登记日期"),
        },
        ["formNo"],
        k.cite({ attachment: "附件8", note: "2④" }),
      ),
      rules: k.list("端口策略", "源地址、目的地址、端口类型、端口号、用途", portRule(k)),
      ipRequests: k.list("IP 地址申请", "政务云虚拟IP、弹性IP、公网IP", ipRequest(k)),
    },
    ["business", "network", "contact"],
  );
}

/** 端口开放申请。 */
export function portsKind(k: SchemaKit): KindBranch {
  return { properties: { ports: ports(k) }, required: ["ports"] };
}
