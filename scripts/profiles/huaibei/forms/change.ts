import { type FormContext, formatDate, ipsOf, label, stateResource } from "../../../core/forms/common.ts";
import type { Block, Cell, FormDocument, GridBlock } from "../../../core/forms/model.ts";
import type { ResourceState } from "../../../core/state/fold.ts";
import {
  applicantStamp,
  carrierClouds,
  carrierParty,
  carriers,
  choicesCell,
  circledChoices,
  diskText,
  type Options,
  text,
  threePartyStamps,
  tierText,
  zones,
} from "./common.ts";
import type { HbApplication, HbChange, HbConfig, HbResource } from "./types.ts";
import { huaibeiView } from "./types.ts";

/** 附件3 淮北市政务云资源变更申请表，附件6 淮北市政务云资源变更确认单。 */

export const changeTitle = "淮北市政务云资源变更申请表";
export const changeConfirmationTitle = "淮北市政务云资源变更确认单";

/** 附件3 的变更类型（附件6 没有“安全”：安全类变更在确认单上圈“其他”并写明）。 */
const categories: Options = [
  ["host", "主机"],
  ["network", "网络"],
  ["security", "安全"],
  ["other", "其他"],
];
const confirmationCategories: Options = categories.filter(([id]) => id !== "security");

const grid = (rows: Cell[][]): GridBlock => ({ kind: "grid", columns: 4, widths: [17, 33, 17, 33], rows });

const hostServices = new Set(["vm", "bare-metal"]);

/** 申请之前的状态中这项资源的配置（看成淮北的形状）。 */
const stateConfig = (r: ResourceState | undefined): HbConfig => (r?.config ?? {}) as HbConfig;

/** 变更前：申请写的“变更前”，没写的字段取折叠出的在用配置。 */
const beforeOf = (c: HbChange, r: ResourceState | undefined): HbConfig => ({
  ...stateConfig(r),
  ...c.before,
});
/** 确认单上的最终配置（第15条 最终使用的云资源量）：交付记录 confirmation.resources 中同一资源的字段。 */
export type Finals = ReadonlyMap<string, HbConfig>;

export function finalsOf(resources: readonly Partial<HbResource>[] | undefined): Finals {
  return new Map(
    (resources ?? []).flatMap(({ id, service: _service, ...config }) =>
      id === undefined ? [] : [[id, config]],
    ),
  );
}

/** 变更后：没写的字段与变更前相同；确认单上以确认的最终配置为准。 */
const afterOf = (c: HbChange, r: ResourceState | undefined, finals?: Finals): HbConfig => ({
  ...beforeOf(c, r),
  ...c.after,
  ...finals?.get(c.resource),
});

const cpuMemory = (c: HbConfig): string =>
  [c.vcpu !== undefined ? `${c.vcpu}核` : "", c.memoryGB !== undefined ? `${c.memoryGB}GB` : ""]
    .filter(Boolean)
    .join("/");
const systemDisk = (c: HbConfig): string => (c.systemDisk ? `${c.systemDisk.sizeGB}GB` : "");
const dataDisks = (c: HbConfig): string[] => (c.dataDisks ?? []).map((d) => `${d.sizeGB}GB`);
const diskTypes = (c: HbConfig): string =>
  [...new Set([c.systemDisk, ...(c.dataDisks ?? [])].filter((d) => d !== undefined).map(tierText))].join("/");

/** 1、虚拟主机资源：每台变更的主机一行，变更前后并列。 */
function hostRows(ctx: FormContext, changes: readonly HbChange[], finals?: Finals): Cell[][] {
  return changes.flatMap((c) => {
    const r = stateResource(ctx.before, c.resource);
    if (r && !hostServices.has(r.service)) return [];
    const before = beforeOf(c, r);
    const after = afterOf(c, r, finals);
    const name = (stateConfig(r).name as string | undefined) ?? c.resource;
    return [
      [
        text(...(c.ip ? [c.ip] : ipsOf(r)), `（${name}）`),
        text(cpuMemory(before)),
        text(cpuMemory(after)),
        text(systemDisk(before)),
        text(systemDisk(after)),
        text(...dataDisks(before)),
        text(...dataDisks(after)),
        text(diskTypes(after)),
        text(c.remark),
      ],
    ];
  });
}

/** 一项非主机资源的变更写成一行：“政务外网业务地址（ip-gov）：数量 4 → 5”。 */
function otherChangeLine(ctx: FormContext, c: HbChange, finals?: Finals): string {
  const r = stateResource(ctx.before, c.resource);
  const before = beforeOf(c, r);
  const after = afterOf(c, r, finals);
  const keys = [...new Set([...Object.keys(c.before), ...Object.keys(c.after)])] as (keyof HbConfig)[];
  const show = (v: unknown) =>
    Array.isArray(v)
      ? v.map((d) => diskText(d)).join("、")
      : typeof v === "object" && v
        ? diskText(v as never)
        : String(v ?? "");
  const parts = keys.map((k) => `${fieldNames[k] ?? k} ${show(before[k])} → ${show(after[k])}`);
  return `${r ? (serviceNames[r.service] ?? r.service) : "资源"}（${c.resource}）：${parts.join("，")}${c.remark ? `；${c.remark}` : ""}`;
}

const fieldNames: Partial<Record<keyof HbConfig, string>> = {
  quantity: "数量",
  bandwidthMbps: "带宽（Mbps）",
  capacityGB: "容量（GB）",
  os: "操作系统",
  product: "产品",
  zone: "部署区域",
  description: "内容",
  incrementalEveryDays: "增量备份间隔（天）",
  fullEveryDays: "全量备份间隔（天）",
  retentionDays: "最大保留（天）",
  units: "U数",
};

/** 服务的中文名（附件1 的栏目名），用在“2、其他”的文字中。 */
export const serviceNames: Record<string, string> = {
  vm: "虚拟机",
  "bare-metal": "裸金属服务器",
  "ip-internet": "互联网公网地址",
  "ip-govnet": "政务外网业务地址",
  "bandwidth-line": "专线带宽",
  "bandwidth-internet": "互联网出口带宽",
  database: "数据库",
  middleware: "中间件",
  "slb-l4": "四层云负载均衡",
  "slb-l7": "七层云负载均衡",
  "object-storage": "对象存储",
  "security-enhanced": "增强安全技术服务",
  "backup-local": "本地备份",
  gpu: "GPU",
  cabinet: "机柜",
  "device-hosting": "设备托管",
  "hosted-device": "托管设备",
  "hosted-cabinet": "托管机柜",
};

/** 新增的资源写成一行：“新增 政务外网业务地址（ip-gov2）1个”。 */
const additionLine = (r: HbResource): string =>
  `新增 ${serviceNames[r.service] ?? r.service}（${r.name ?? r.id}）${r.quantity !== undefined ? ` ×${r.quantity}` : ""}`;

/** 2、其他：非主机资源的变更、新增的资源、其他说明、临时扩容的时间段（第16条）。 */
function otherCell(ctx: FormContext, app: HbApplication, finals?: Finals, remark?: string): Cell {
  const others = (app.changes ?? []).filter((c) => {
    const r = stateResource(ctx.before, c.resource);
    return r !== undefined && !hostServices.has(r.service);
  });
  const t = app.temporary;
  return text(
    ...others.map((c) => otherChangeLine(ctx, c, finals)),
    ...(app.additions ?? []).map(additionLine),
    app.others,
    t?.from && t.to ? `临时扩容（第十六条）：${formatDate(t.from)}至${formatDate(t.to)}` : undefined,
    remark,
  );
}

/** 资源变更内容：1、虚拟主机资源（表）与 2、其他。 */
function contentBlocks(ctx: FormContext, app: HbApplication, finals?: Finals, remark?: string): Block[] {
  return [
    { kind: "band", level: 3, title: "资源变更内容　1、虚拟主机资源" },
    {
      kind: "table",
      columns: [
        "虚拟机IP",
        "CPU、内存",
        "CPU、内存（变更后）",
        "系统存储",
        "系统存储（变更后）",
        "数据存储",
        "数据存储（变更后）",
        "磁盘类型",
        "备注",
      ],
      widths: [15, 10, 10, 9, 9, 10, 10, 9, 18],
      rows: hostRows(ctx, app.changes ?? [], finals),
      empty: "不涉及",
    },
    { kind: "band", level: 3, title: "2、其他" },
    grid([[otherCell(ctx, app, finals, remark)]]),
  ];
}

function categorySelected(app: HbApplication, options: Options): string[] {
  if (!app.category) return [];
  return options.some(([id]) => id === app.category) ? [app.category] : ["other"];
}

function categoryOther(app: HbApplication, options: Options): string | undefined {
  if (app.category === "security" && !options.some(([id]) => id === "security")) return "安全";
  return app.categoryOther;
}

/** 附件3：变更申请（主机 / 网络 / 安全 / 其他；第15、16条）。 */
export function changeForm(ctx: FormContext): FormDocument {
  const unit = huaibeiView.unit(ctx.unit);
  const system = huaibeiView.system(ctx.system);
  const app = huaibeiView.application(ctx.application);
  return {
    name: "变更申请表",
    variant: "变更",
    annex: "附件3",
    title: changeTitle,
    blocks: [
      grid([
        [label("申请单位"), text(unit.name), label("信息系统名称"), text(system.name)],
        [
          label("系统负责人"),
          text(system.owner.name),
          label("联系电话"),
          text(system.owner.mobile ?? system.owner.officePhone),
        ],
        [
          label("云服务商"),
          choicesCell(circledChoices(carriers, system.carrier ? [system.carrier] : [])),
          label("部署区域"),
          choicesCell(circledChoices(zones, app.zone ? [app.zone] : [])),
        ],
        [
          label("变更申请时间"),
          text(formatDate(app.date)),
          label("变更类型"),
          choicesCell(
            circledChoices(categories, categorySelected(app, categories), categoryOther(app, categories)),
          ),
        ],
        [label("申请事由"), text(app.reason, app.remark)],
      ]),
      ...contentBlocks(ctx, app),
      applicantStamp(unit.name, app.date),
    ],
  };
}

/** 附件6：变更确认单（三方确认，交付记录中的 confirmation）。变更时间为实施（交付）日期。 */
export function changeConfirmationForm(ctx: FormContext): FormDocument | undefined {
  const delivery = huaibeiView.delivery(ctx.delivery);
  if (delivery?.confirmation?.kind !== "change") return undefined;
  const unit = huaibeiView.unit(ctx.unit);
  const system = huaibeiView.system(ctx.system);
  const app = huaibeiView.application(ctx.application);
  return {
    name: "变更确认单",
    variant: "变更",
    annex: "附件6",
    title: changeConfirmationTitle,
    blocks: [
      grid([
        [label("使用单位名称"), text(unit.name), label("系统名称"), text(system.name)],
        [
          label("系统负责人"),
          text(system.owner.name),
          label("联系电话"),
          text(system.owner.mobile ?? system.owner.officePhone),
        ],
        [
          label("部署云平台"),
          choicesCell(circledChoices(carrierClouds, system.carrier ? [system.carrier] : [])),
          label("部署区域"),
          choicesCell(circledChoices(zones, app.zone ? [app.zone] : [])),
        ],
        [
          label("变更时间"),
          text(formatDate(delivery.date)),
          label("变更类型"),
          choicesCell(
            circledChoices(
              confirmationCategories,
              categorySelected(app, confirmationCategories),
              categoryOther(app, confirmationCategories),
            ),
          ),
        ],
        [label("申请事由"), text(app.reason, app.remark)],
      ]),
      ...contentBlocks(ctx, app, finalsOf(delivery.confirmation.resources), delivery.confirmation.remark),
      threePartyStamps(unit.name, carrierParty(system.carrier), delivery.confirmation),
    ],
  };
}
