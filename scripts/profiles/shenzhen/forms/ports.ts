import {
  cell,
  cellOf,
  choice,
  choicesLine,
  type FormContext,
  formatDate,
  ipsOf,
  label,
  line,
  serviceName,
  stateResource,
} from "../../../core/forms/common.ts";
import type { Cell, FormDocument, Notes } from "../../../core/forms/model.ts";
import type { IpRequest, PortRule, PortsApplication } from "../../../core/model.ts";

/** 附件8 深圳市政务数据中心服务器端口开放申请表。 */

export const portsTitle = "深圳市政务数据中心服务器端口开放申请表";

/** 附件8 注1–5，原文（原表的自动编号全是“1.”，这里按顺序写出）。 */
export const portsNotes: Notes = {
  title: "注：",
  items: [
    { text: "1. 此申请表仅供1套信息系统填写，若有多套信息系统，请分开填写。" },
    { text: "2. 对于端口开放的申请，应当在相关申请表中注明该端口开放的用途" },
    {
      text: "①因服务需要，申请开放新端口的，应当提供由测评中心出具的安全专项报告。（如选此项需填写信息系统名称和报告结论）",
      indent: true,
    },
    { text: "②因安全需要，申请改变原服务端口的，审核后予以开放。", indent: true },
    {
      text: "③因网管需求,申请开放端口的，应当限制可访问该端口的IP地址，审核后决定是否予以开放。",
      indent: true,
    },
    {
      text: "④如需开通或修改3389端口策略，还应提交《远程桌面（RDP）服务开通审批表》，经报审登记后办理。",
      indent: true,
    },
    {
      text: "3. 公网IP地址用于网站或基于WEB方式访问的应用系统，须按工信部门要求完成ICP备案，网站新增备案和备案变更应于完成备案或者变更成功后，在3个工作日内主动正式报备市大数据资源管理中心进行信息更新。申请公网IP需完成ICP备案的须填写完整的备案主体单位全称。",
    },
    {
      text: "4. 本申请自申请之日起3个月内有效，如因申请单位原因未能及时完成相关业务的办理，继续办理须重新提交申请。",
    },
    { text: "5. 政务云弹性IP以及用于政务云的公网IP新增申请，须在备注中明确绑定的虚拟机IP。" },
  ],
};

const purposes: PortRule["purpose"][] = ["new-service", "change-port", "management", "rdp"];
const marks = ["①", "②", "③", "④"];

const ipTypes: { type: IpRequest["type"]; label: string }[] = [
  { type: "virtual", label: "政务云虚拟IP" },
  { type: "elastic", label: "政务云弹性IP" },
  { type: "public", label: "公网IP" },
];

function portsText(rule: PortRule): string {
  if (rule.ports === undefined) return rule.protocol === "icmp" ? "—" : "";
  return Array.isArray(rule.ports) ? rule.ports.join("、") : String(rule.ports);
}

/** 目的地址：资源标识换成“用途：IP”，IP 取自交付记录；写的是 IP 时原样。 */
function address(ctx: FormContext, target: string): string[] {
  const r = stateResource(ctx.before, target);
  if (!r) return [target];
  const ips = ipsOf(r);
  const name = r.purpose ?? serviceName(ctx.catalog, r.service);
  return ips.length > 0 ? [`${name}：`, ...ips] : [`${name}（${target}）`];
}

/** 端口规则表的行。 */
function ruleRowsOf(ctx: FormContext, p: PortsApplication["ports"]): Cell[][] {
  return (p.rules ?? []).map((rule) => [
    cell(rule.source === "any" ? "any（任意地址）" : rule.source),
    cell(...address(ctx, rule.destination)),
    cell(rule.protocol.toUpperCase()),
    cell(portsText(rule)),
    cellOf([
      choicesLine(
        purposes.map((pp, i) => ({
          label: marks[i] as string,
          checked: rule.purpose === pp,
          boxAfter: true,
        })),
      ),
      line(rule.description),
    ]),
  ]);
}

/** IP地址申请表的行：每种类型至少一行（未申请的类型留空）。 */
function ipRowsOf(ctx: FormContext, p: PortsApplication["ports"]): Cell[][] {
  const ipRows: Cell[][] = [];
  for (const t of ipTypes) {
    const requests = (p.ipRequests ?? []).filter((r) => r.type === t.type);
    const icpHint = t.type === "public" ? "ICP备案主体单位名称：" : "";
    if (requests.length === 0) {
      ipRows.push([cellOf([choicesLine([choice(t.label, false)])]), cell(), cell(), cell(icpHint)]);
      continue;
    }
    for (const r of requests)
      ipRows.push([
        cellOf([choicesLine([choice(t.label, true)])]),
        cell(`${r.quantity}个`),
        cell(r.purpose),
        cell(
          r.bindTo ? `绑定的虚拟机：${address(ctx, r.bindTo).join("")}` : "",
          t.type === "public" || r.icpEntity ? `ICP备案主体单位名称：${r.icpEntity ?? ""}` : "",
          r.remark,
        ),
      ]);
  }
  return ipRows;
}

/** 端口开放申请表（附件8）。 */
export function portsForm(ctx: FormContext): FormDocument | undefined {
  const app = ctx.application;
  if (app.type !== "ports") return undefined;
  const p = (app as PortsApplication).ports;
  const { unit, system } = ctx;
  const tc = system.technicalContact;

  const sr = p.securityReport;
  const natures = [
    choice("机关", unit.nature === "机关"),
    choice("事业", unit.nature === "事业"),
    choice("其它（请说明）：", unit.nature === "其它"),
  ];
  return {
    name: "端口开放申请表",
    variant: p.business === "open" ? "开放" : "关闭",
    annex: "附件8",
    title: portsTitle,
    blocks: [
      {
        kind: "grid",
        columns: 6,
        widths: [15, 20, 13, 19, 10, 23],
        rows: [
          [label("单位名称"), cell(app.unit)],
          [
            label("联系人"),
            cell(p.contact.name),
            label("联系电话"),
            cell(p.contact.phone),
            label("传真"),
            cell(p.contact.fax),
          ],
          [
            label("技术联系人"),
            cell(tc.name),
            label("办公电话"),
            cell(tc.officePhone),
            label("手机"),
            cell(tc.mobile),
          ],
          [label("单位地址"), cell(unit.address)],
          [label("单位性质"), cellOf([choicesLine(natures, undefined, unit.natureNote)])],
          [
            label("接入网络"),
            cellOf([
              choicesLine([
                choice("党政机关外网(政务公共网)", p.network === "public"),
                choice("党政机关专网(政务办公网)", p.network === "office"),
              ]),
            ]),
          ],
          [
            label("业务类型"),
            cellOf([
              choicesLine([
                choice("端口开放申请", p.business === "open"),
                choice("端口关闭申请", p.business === "close"),
              ]),
            ]),
          ],
          [
            label("信息系统", "名称"),
            { ...cell(app.system), span: 2 },
            { ...label("等级测评报告结论或安全专项检测结论"), span: 1 },
            cell(
              sr?.conclusion,
              sr && sr.system !== app.system ? `报告所列系统：${sr.system}` : "",
              sr?.reportNo ? `报告编号：${sr.reportNo}` : "",
              sr?.issuer ? `出具单位：${sr.issuer}` : "",
            ),
          ],
        ],
      },
      {
        kind: "table",
        columns: ["源地址", "目的地址", "端口类型TCP/UDP/ICMP", "端口号", "端口用途说明 (见注2)"],
        widths: [16, 23, 18, 11, 32],
        rows: ruleRowsOf(ctx, p),
        empty: "不涉及",
      },
      { kind: "band", level: 3, title: "IP地址申请" },
      {
        kind: "table",
        columns: ["类型", "数量", "用途", "备注"],
        widths: [22, 12, 30, 36],
        rows: ipRowsOf(ctx, p),
      },
      {
        kind: "grid",
        columns: 2,
        widths: [15, 85],
        rows: [
          [
            label("备注"),
            cell(
              app.remark,
              p.rdpApproval
                ? `《远程桌面（RDP）服务开通审批表》编号：${p.rdpApproval.formNo}${p.rdpApproval.date ? `，报审登记日期：${formatDate(p.rdpApproval.date)}` : ""}`
                : "",
              ...(app.attachments ?? []).map((a) => `附件：${a}`),
            ),
          ],
        ],
      },
    ],
    notes: portsNotes,
    signature: {
      lines: [
        { label: "申请单位(盖章)：", value: app.unit },
        { label: "日期：", value: formatDate(app.date) },
      ],
    },
  };
}
