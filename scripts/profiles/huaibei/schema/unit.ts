import { secretNamePattern } from "../../../core/notify/config.ts";
import type { SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import { email, githubPattern, phone } from "./fields.ts";

/** 经办人：公函写明的、代表使用单位在 GitHub 上提出申请并签署确认单的人（第12条）。 */
function agent(k: SchemaKit): Json {
  return k.obj(
    "经办人",
    "代表使用单位提出申请（公函，第12条）并签署确认单（附件5–7）的人",
    {
      name: k.str("姓名", "经办人姓名"),
      github: k.str("GitHub 账号", "经办人提交拉取请求、批准确认单所用的 GitHub 用户名", {
        pattern: githubPattern,
      }),
      position: k.str("职务", "职务/职称"),
      phone: phone(k, "联系电话"),
      email: email(k),
      validFrom: k.date("生效日期", "自这一天起可代表单位"),
      validTo: k.date("失效日期", "到这一天为止（含）；不写为长期"),
      revokedOn: k.date("注销日期", "人员变动时注销的日期"),
    },
    ["name", "github", "phone", "validFrom"],
    k.cite({ article: "第12条" }),
  );
}

/** unit.yaml 的 notify 一节：通知渠道，只写密钥所在的环境变量名（docs/notify.md）。 */
function notify(k: SchemaKit): Json {
  const secret = (title: string, what: string) =>
    k.str(title, `${what}所在的环境变量名（仓库的 Actions secret）；不要写地址或密钥本身，仓库是公开的`, {
      pattern: secretNamePattern,
      "x-secret": { repeat: false },
    });
  return k.obj(
    "通知渠道",
    "到期提醒（第16、18条延期申请须提前7个工作日）等通知发往的邮箱与群机器人；见 docs/notify.md",
    {
      email: k.list("收件邮箱", "接收通知的电子邮件地址", email(k, "邮箱"), { minItems: 1 }),
      wecom: k.obj(
        "企业微信群机器人",
        "企业微信群机器人",
        { webhook: secret("webhook", "机器人 webhook 地址") },
        ["webhook"],
      ),
      dingtalk: k.obj(
        "钉钉自定义机器人",
        "钉钉自定义机器人（建议开启加签）",
        {
          webhook: secret("webhook", "机器人 webhook 地址"),
          secret: secret("加签密钥", "加签密钥（SEC 开头）"),
        },
        ["webhook"],
      ),
    },
    [],
  );
}

/** 使用单位（附件1、附件2 表头的申请单位与单位地址）：requests/<单位>/unit.yaml。 */
export function unit(k: SchemaKit): Json {
  const body = k.obj(
    "使用单位",
    "政务云的使用单位（第7条）：附件1、附件2 表头的申请单位与单位地址，以及经办人",
    {
      ...k.header("unit"),
      name: k.str(
        "申请单位",
        "*申请单位：单位全称，各申请表与确认单一致（附件1）",
        k.cite({ attachment: "附件1" }),
      ),
      address: k.str("单位地址", "单位地址（附件1）"),
      agents: k.list("经办人", "公函写明的经办人（第12条）", agent(k), { minItems: 1 }),
      notify: notify(k),
    },
    ["kind", "profile", "name", "agents"],
  );
  return k.document("unit", body);
}
