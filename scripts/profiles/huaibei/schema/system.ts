import type { SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import {
  carrier,
  email,
  githubPattern,
  hb,
  note3,
  other,
  otherRequired,
  phone,
  pick,
  pickMany,
} from "./fields.ts";

/** 系统负责人（附件1：*系统负责人、工作部门、职务/职称、*办公电话、*电子邮箱、移动电话）。 */
function owner(k: SchemaKit): Json {
  return k.obj(
    "系统负责人",
    "*系统负责人（附件1）",
    {
      name: k.str("系统负责人", "*系统负责人姓名"),
      department: k.str("工作部门", "工作部门"),
      position: k.str("职务/职称", "职务/职称"),
      officePhone: phone(k, "办公电话"),
      email: email(k),
      mobile: phone(k, "移动电话"),
    },
    ["name", "officePhone", "email"],
    k.cite(note3),
  );
}

/** 维护单位/部门（附件1：*维护单位/部门、*维护单位性质）。 */
function maintainer(k: SchemaKit): Json {
  return k.obj(
    "维护单位/部门",
    "*维护单位/部门与*维护单位性质（附件1）",
    {
      name: k.str("维护单位/部门", "*维护单位/部门"),
      nature: {
        type: "string",
        title: "维护单位性质",
        description: "subordinate：下属单位/部门；outsourced：委托外包单位",
        enum: ["subordinate", "outsourced"],
        ...k.cite({ attachment: "附件1" }),
      },
    },
    ["name", "nature"],
    k.cite(note3),
  );
}

/** 技术联系人（附件1：*技术联系人、办公电话、*电子邮箱、*移动电话）。 */
function technicalContact(k: SchemaKit): Json {
  return k.obj(
    "技术联系人",
    "*技术联系人（附件1）",
    {
      name: k.str("技术联系人", "*技术联系人姓名"),
      officePhone: phone(k, "办公电话"),
      email: email(k),
      mobile: phone(k, "移动电话"),
      github: k.str("GitHub 账号", "技术联系人的 GitHub 用户名（可选）", { pattern: githubPattern }),
    },
    ["name", "email", "mobile"],
    k.cite(note3),
  );
}

/** 信息系统（附件1 “一、信息系统基本情况（每个系统一份）”，附件2–7 沿用）：requests/<单位>/<系统>/system.yaml。 */
export function system(k: SchemaKit): Json {
  const p = hb(k);
  const body = k.obj(
    "信息系统",
    "附件1 “一、信息系统基本情况”与联系人；附件2–7 的系统信息取自这里",
    {
      ...k.header("system"),
      name: k.str("信息系统名称", "*信息系统名称：各申请表与确认单一致（附件1）"),
      projectCode: k.str("项目编号或项目代码", "项目编号或项目代码（附件1）"),
      investmentYuan: k.int("系统投资费用（元）", "*系统投资费用，元；不涉及时填 0（附件1 注3）", {
        minimum: 0,
      }),
      description: k.str("系统简介", "*系统简介（附件1）"),
      owner: owner(k),
      maintainer: maintainer(k),
      technicalContact: technicalContact(k),
      protectionLevel: {
        title: "等级保护级别",
        description: `*等级保护级别：${p.protectionLevels.map((l) => `${l.id}：${l.label}`).join("；")}。第3–5条：政务云服务等保三级及以下的系统；四级及以上由规则拒绝`,
        anyOf: [{ type: "integer", minimum: 1, maximum: 5 }, { const: "ungraded" }],
        ...k.cite({ attachment: "附件1" }),
      },
      filingCertificate: k.str("等保备案证明证书编号", "等保备案证明证书编号（附件1）"),
      classified: {
        type: "boolean",
        title: "涉密",
        description: "是否涉密。第3–5条：政务云为非涉密系统服务；true 由规则拒绝",
        ...k.cite({ article: "第3条" }),
      },
      networks: pickMany(k, "承载网络", p.networks, k.cite({ attachment: "附件1" })),
      networkOther: other(k, "承载网络"),
      availability: pick(k, "可用性要求", [...p.availability, { id: "other", label: "其他" }]),
      availabilityOther: other(k, "可用性要求"),
      systemType: pick(k, "系统类型", p.systemTypes),
      systemTypeOther: other(k, "系统类型"),
      audience: pickMany(k, "系统服务对象", p.audiences),
      audienceOther: other(k, "系统服务对象"),
      audienceCount: k.int("服务对象数量", "*服务对象数量（人）", { minimum: 0 }),
      serviceRange: pick(k, "系统服务范围", p.serviceRanges),
      serviceRangeOther: other(k, "系统服务范围"),
      carrier: carrier(k),
      runtime: pick(k, "运行时间", p.runtimes, k.cite({ attachment: "附件5" })),
      runtimeOther: other(k, "运行时间"),
      cloudNumber: k.str("系统上云编号", "*系统上云编号（附件5）：开通时由市政务云主管部门编号"),
      scope: {
        type: "string",
        title: "服务范围",
        description:
          "municipal：纳入市级财政资金建设、运维的政务信息系统（第5条第一款）；outside：非服务范围，由业务主管部门提出申请，费用自行承担（第5条第二款）",
        enum: ["municipal", "outside"],
        ...k.cite({ article: "第5条" }),
      },
    },
    [
      "kind",
      "profile",
      "name",
      "investmentYuan",
      "description",
      "owner",
      "maintainer",
      "technicalContact",
      "protectionLevel",
      "classified",
      "networks",
      "availability",
      "systemType",
      "audience",
      "audienceCount",
      "serviceRange",
      "carrier",
    ],
    {
      allOf: [
        otherRequired(k, "networks", true, "networkOther"),
        otherRequired(k, "availability"),
        otherRequired(k, "systemType"),
        otherRequired(k, "audience", true),
        otherRequired(k, "serviceRange"),
        otherRequired(k, "runtime"),
      ],
    },
  );
  return k.document("system", body);
}
