import {
  cellOf,
  choice,
  type FormContext,
  formatDate,
  ipsOf,
  label,
  line,
  stateResource,
} from "../../../core/forms/common.ts";
import type { Cell, FormDocument, GridBlock, Notes } from "../../../core/forms/model.ts";
import { serviceNames } from "./change.ts";
import {
  carrierClouds,
  carrierParty,
  carriers,
  choicesCell,
  circledChoices,
  dateOrBlank,
  exitTypes,
  hostName,
  optionChoices,
  text,
  threePartyStamps,
} from "./common.ts";
import type { HbApplication, HbClearance, HbResource } from "./types.ts";
import { huaibeiView } from "./types.ts";

/** 附件4 淮北市政务云资源退出申请表，附件7 淮北市政务云资源退出确认单（第17条）。 */

export const exitTitle = "淮北市政务云资源退出申请表";
export const exitConfirmationTitle = "淮北市政务云资源退出确认单";

/** 附件4 退出单位确认，原文。 */
export const exitStatement =
  "因业务系统退出市级政务云，本单位已完成相关数据的迁移备份工作，请在退出日期后删除部署在市级政务云平台上的相关资源。";

/** 附件4 备注，原文。 */
export const exitNotes: Notes = {
  title: "备注：",
  items: [
    {
      text: "1. 当使用单位信息系统需要退出时，甲方需提交退出申请，云服务商按照要求处理数据并释放政务云平台资源。",
    },
    { text: "云服务商按照使用单位要求返还全部数据，确保不能以商业市场的技术手段进行数据恢复。" },
  ],
};

/** 表上“退出资源”格中印的提示（原文）。 */
export const exitResourcesHint = "请在此处列出申请退出的资源内容，包括虚拟机资源、网络资源、存储资源等。";

const backupText: Record<string, string> = {
  "backed-up": "数据已备份",
  "not-needed": "数据无需备份",
  "no-data": "不涉及数据",
};

const grid = (rows: Cell[][]): GridBlock => ({ kind: "grid", columns: 4, widths: [17, 33, 17, 33], rows });

/** 退出资源：每项一行，“应用服务器（虚拟机，8核/16GB，IP 10.55.61.115）：数据已备份”。 */
function exitResources(ctx: FormContext, app: HbApplication): Cell {
  const lines = (app.revocations ?? []).map((rv) => {
    const r = stateResource(ctx.before, rv.resource);
    const config = (r?.config ?? {}) as Partial<HbResource>;
    const spec = [
      r ? (serviceNames[r.service] ?? r.service) : undefined,
      config.vcpu !== undefined ? `${config.vcpu}核/${config.memoryGB ?? "?"}GB` : undefined,
      config.quantity !== undefined && !(r && ["vm", "bare-metal"].includes(r.service))
        ? `${config.quantity}个`
        : undefined,
      ipsOf(r).length > 0 ? `IP ${ipsOf(r).join("、")}` : undefined,
    ].filter(Boolean);
    const name = r ? hostName({ ...config, id: rv.resource, service: r.service }) : rv.resource;
    const backup = rv.dataBackup ? `：${backupText[rv.dataBackup]}` : "";
    return `${name}（${spec.join("，")}）${backup}${rv.remark ? `；${rv.remark}` : ""}`;
  });
  return text(...lines);
}

/** 附件4：退出申请（业务系统退出 / 使用单位退出）。 */
export function exitForm(ctx: FormContext): FormDocument {
  const unit = huaibeiView.unit(ctx.unit);
  const system = huaibeiView.system(ctx.system);
  const app = huaibeiView.application(ctx.application);
  const exit = app.exit;
  return {
    name: "退出申请表",
    variant: exit?.type === "unit" ? "使用单位退出" : "业务系统退出",
    annex: "附件4",
    title: exitTitle,
    emptyBox: "□",
    blocks: [
      grid([
        [
          label("申请单位"),
          text(unit.name),
          label("退出类型"),
          choicesCell(optionChoices(exitTypes, exit ? [exit.type] : [])),
        ],
        [label("信息系统名称"), text(system.name)],
        [label("系统负责人"), text(system.owner.name), label("办公电话"), text(system.owner.officePhone)],
        [label("电子邮箱"), text(system.owner.email), label("移动电话"), text(system.owner.mobile)],
        [
          label("云服务商"),
          choicesCell(circledChoices(carriers, system.carrier ? [system.carrier] : [])),
          label("退出日期"),
          text(formatDate(exit?.date)),
        ],
        [label("退出原因"), text(exit?.reason, app.remark)],
        [label("退出资源"), exitResources(ctx, app)],
        [
          label("退出单位确认"),
          cellOf([
            line(exitStatement),
            line("　"),
            line(`单位签字（盖章）：${unit.name}`),
            line("　"),
            line(dateOrBlank(app.date)),
          ]),
        ],
      ]),
    ],
    notes: exitNotes,
  };
}

/** 清除与否：□是 □否；其它说明。 */
const clearanceCell = (c: HbClearance | undefined): Cell =>
  cellOf([
    { text: "清除与否：", choices: [choice("是", c?.cleared === true), choice("否", c?.cleared === false)] },
    line(`其它说明：${c?.note ?? ""}`),
  ]);

/** 附件7：退出确认单（三方确认；数据清除情况由云服务商与使用单位各自确认）。 */
export function exitConfirmationForm(ctx: FormContext): FormDocument | undefined {
  const delivery = huaibeiView.delivery(ctx.delivery);
  const confirmation = delivery?.confirmation;
  if (confirmation?.kind !== "exit") return undefined;
  const unit = huaibeiView.unit(ctx.unit);
  const system = huaibeiView.system(ctx.system);
  const app = huaibeiView.application(ctx.application);
  const exit = app.exit;
  const wide = (rows: Cell[][]): GridBlock => ({ kind: "grid", columns: 4, widths: [17, 33, 17, 33], rows });
  return {
    name: "退出确认单",
    variant: exit?.type === "unit" ? "使用单位退出" : "业务系统退出",
    annex: "附件7",
    title: exitConfirmationTitle,
    emptyBox: "□",
    blocks: [
      { kind: "band", level: 3, title: "信息系统情况" },
      wide([
        [label("使用单位名称"), text(unit.name)],
        [label("系统名称"), text(system.name)],
        [label("退出类型"), choicesCell(optionChoices(exitTypes, exit ? [exit.type] : []))],
        [label("系统负责人"), text(system.owner.name), label("移动电话"), text(system.owner.mobile)],
        [
          label("部署云平台"),
          choicesCell(circledChoices(carrierClouds, system.carrier ? [system.carrier] : [])),
        ],
      ]),
      { kind: "band", level: 3, title: "业务系统或使用单位退出情况" },
      wide([
        [label("退出原因"), text(exit?.reason, app.remark)],
        [label("退出日期"), text(formatDate(exit?.date))],
        [label("退出资源"), exitResources(ctx, app)],
      ]),
      { kind: "band", level: 3, title: "数据清除情况" },
      wide([
        [label("云服务商确认"), clearanceCell(confirmation.dataCleared?.carrier)],
        [label("使用单位确认"), clearanceCell(confirmation.dataCleared?.unit)],
      ]),
      threePartyStamps(unit.name, carrierParty(system.carrier), confirmation),
    ],
  };
}
