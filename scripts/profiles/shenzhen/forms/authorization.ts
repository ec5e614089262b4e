import {
  type AuthorizationContext,
  cell,
  cellOf,
  choice,
  choicesLine,
  formatDate,
  label,
  line,
} from "../../../core/forms/common.ts";
import type { Block, FormDocument, Notes } from "../../../core/forms/model.ts";
import type { Agent } from "../../../core/model.ts";

/** 附件3 深圳市政务云服务申请授权委托书：每个授权代理人一份。 */

export const authorizationTitle = "深圳市政务云服务申请授权委托书";

export const authorizationNotes: Notes = {
  title: "说明：",
  items: [
    { text: "1.代理人应为该单位的在岗公职人员；" },
    {
      text: "2.如前期已获得主管单位授权可自行申请政务云服务，本委托书盖本单位公章；如前期未经授权，本委托书须盖主管单位公章；",
    },
    { text: "3.委托书内容需填写清楚，涂改无效。" },
  ],
};

/**
 * 证件号码栏：委托书写明“涂改无效”，印一个脱敏号码（440304********1234）就成了要涂改的表。
 * 仓库公开可见，单位登记的 schema 只接受脱敏号码（agents[].idNumber），所以这一栏留白，由单位手写完整号码；
 * 只有登记里是完整号码（不含 *）时才照印——现行 schema 不允许这样登记。
 */
export function printedIdNumber(agent: Agent): string {
  const id = agent.idNumber;
  return id !== undefined && !id.includes("*") ? id : "";
}

export function authorizationForm(ctx: AuthorizationContext, agent: Agent): FormDocument {
  const { unit, supervisor } = ctx;
  const supervisorName = supervisor?.name ?? unit.supervisor ?? "";
  const blocks: Block[] = [
    { kind: "text", style: "salutation", lines: [line("深圳市大数据资源管理中心：")] },
    {
      kind: "text",
      style: "body",
      lines: [
        line(
          `兹授权 ${agent.name} 为我单位的政务云服务申请代理人，代表我单位在深圳市政务云统一管理平台（云管平台）办理云服务有关申请。代理人的行为效力等同于我单位，由代理人行为导致的风险，我单位全权负责。`,
        ),
        line("具体情况如下："),
      ],
    },
    {
      kind: "grid",
      columns: 4,
      widths: [18, 34, 14, 34],
      rows: [
        [label("单位名称"), cell(unit.name)],
        [label("主管单位"), cell(supervisorName)],
        [label("代理人姓名"), cell(agent.name), label("职位"), cell(agent.position)],
        [label("证件号码"), cell(printedIdNumber(agent)), label("联系电话"), cell(agent.phone)],
        [
          label("授权范围"),
          cellOf([choicesLine([choice("授权代理本单位政务云申请", agent.scope === "own")])]),
          {
            ...cellOf([
              choicesLine([
                choice("授权代理主管单位及本单位的政务云申请", agent.scope === "supervisor-and-own"),
              ]),
            ]),
            span: 2,
          },
        ],
        [label("有效期限"), cell(`${formatDate(agent.validFrom)}至${formatDate(agent.validTo)}`)],
      ],
    },
  ];
  const hints: string[] = [];
  if (unit.supervisorAuthorized)
    hints.push(
      `前期已获得主管单位授权：${formatDate(unit.supervisorAuthorized.date)}，${unit.supervisorAuthorized.document}`,
    );
  if (agent.revokedOn)
    hints.push(`该授权已于${formatDate(agent.revokedOn)}注销（第17条），本委托书仅供存档。`);
  if (hints.length > 0) blocks.push({ kind: "text", style: "hint", lines: hints.map(line) });
  const stamp =
    agent.stampedBy === "supervisor" ? `${supervisorName}（主管单位公章）` : `${unit.name}（本单位公章）`;
  return {
    name: "授权委托书",
    variant: agent.github,
    annex: "附件3",
    title: authorizationTitle,
    blocks,
    notes: authorizationNotes,
    signature: {
      lines: [
        { label: "单位/主管单位盖章：", value: stamp },
        { label: "日 期：", value: "" },
      ],
    },
  };
}

/** 单位登记的每个代理人一份委托书；给了 github 时只要那一位。 */
export function authorizationForms(ctx: AuthorizationContext, github?: string): FormDocument[] {
  return ctx.unit.agents
    .filter((a) => github === undefined || a.github === github)
    .map((a) => authorizationForm(ctx, a));
}
