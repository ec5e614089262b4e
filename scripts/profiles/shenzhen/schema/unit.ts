import { secretNamePattern } from "../../../core/notify/config.ts";
import type { SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import { githubPattern } from "./fields.ts";

/** 授权代理人（附件3 授权委托书，第17条）。 */
function agent(k: SchemaKit): Json {
  return k.obj(
    "授权代理人",
    "《深圳市政务云服务申请授权委托书》（附件3）中的代理人；代理人应为该单位的在岗公职人员",
    {
      name: k.str("代理人姓名", "代理人姓名"),
      github: k.str("GitHub 账号", "代理人提交拉取请求所用的 GitHub 用户名", {
        pattern: githubPattern,
      }),
      position: k.str("职位", "职位"),
      idNumber: k.str(
        "证件号码",
        "证件号码（仓库公开可见：只写脱敏后的号码，中间用 * 遮盖，如 440304********1234）",
        {
          pattern: "^[0-9A-Za-z]{2,6}\\*{4,}[0-9Xx]{2,4}$",
        },
      ),
      phone: k.str("联系电话", "联系电话"),
      scope: {
        type: "string",
        title: "授权范围",
        description:
          "own：授权代理本单位政务云申请；supervisor-and-own：授权代理主管单位及本单位的政务云申请",
        enum: ["own", "supervisor-and-own"],
      },
      validFrom: k.date("有效期起", "授权有效期开始日期"),
      validTo: k.date("有效期止", "授权有效期结束日期（默认一年）"),
      stampedBy: {
        type: "string",
        title: "盖章单位",
        description: "own：本单位公章（已获主管单位授权可自行申请时）；supervisor：主管单位公章",
        enum: ["own", "supervisor"],
        ...k.cite({ attachment: "附件3", note: "说明2" }),
      },
      letter: k.str("委托书扫描件", "盖章委托书扫描件的路径（相对于单位目录）"),
      inService: {
        const: true,
        title: "在岗公职人员",
        description: "确认代理人为该单位的在岗公职人员（附件3 说明1）",
        ...k.cite({ attachment: "附件3", note: "说明1" }),
      },
      revokedOn: k.date("注销日期", "授权人员变动、账号注销的日期：此后该代理人的申请一律不予受理（第17条）"),
    },
    ["name", "github", "position", "phone", "inService", "scope", "validFrom", "validTo", "stampedBy"],
    k.cite({ article: "第17条" }),
  );
}

/** unit.yaml 的 notify 一节：通知渠道，只写密钥所在的环境变量名（docs/notify.md）。 */
function notify(k: SchemaKit): Json {
  const secret = (title: string, what: string) =>
    k.str(
      title,
      `${what}所在的环境变量名（仓库的 Actions secret），如 GOVCLOUD_NOTIFY_SZ_EDU_WECOM；不要写地址或密钥本身，仓库是公开的`,
      // x-secret：写错时发现中不引用所填的值（可能是贴进来的 webhook 地址或密钥）
      { pattern: secretNamePattern, "x-secret": { repeat: false } },
    );
  return k.obj(
    "通知渠道",
    "到期提醒（第46条）等通知发往的邮箱与群机器人；机器人只写环境变量名，见 docs/notify.md",
    {
      email: k.list(
        "收件邮箱",
        "接收通知的电子邮件地址",
        k.str("邮箱", "电子邮件地址", { format: "email" }),
        { minItems: 1 },
      ),
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
    k.cite({ article: "第46条" }),
  );
}

/** 使用单位登记：requests/<单位>/unit.yaml，单位全称、主管单位、地址与授权代理人（附件3）。 */
export function unit(k: SchemaKit): Json {
  const body = k.obj(
    "使用单位",
    "政务云服务使用单位",
    {
      ...k.header("unit"),
      name: k.str("单位名称", "单位全称（第21条(1)）"),
      supervisor: k.str("主管单位", "主管单位的目录名（requests/ 下的文件夹名）；无主管单位时不填", {
        pattern: "^[a-z][a-z0-9-]{0,63}$",
      }),
      supervisorAuthorized: k.obj(
        "主管单位授权",
        "已获主管单位授权可自行申请政务云服务（第5条、附件3 说明2）",
        {
          date: k.date("授权日期", "主管单位授权日期"),
          document: k.str("授权文件", "授权文件名称或文号"),
        },
        ["date", "document"],
      ),
      nature: {
        type: "string",
        title: "单位性质",
        description: "机关、事业、其它（附件8）",
        enum: ["机关", "事业", "其它"],
      },
      natureNote: k.str("单位性质说明", "单位性质为“其它”时说明"),
      address: k.str("单位地址", "单位地址﹡"),
      agents: k.list("授权代理人", "授权代理人（附件3）", agent(k), { minItems: 1 }),
      notify: notify(k),
    },
    ["kind", "profile", "name", "nature", "address", "agents"],
  );
  return k.document("unit", body);
}
