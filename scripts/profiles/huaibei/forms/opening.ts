import { cellOf, choice, type FormContext, formatDate, label, line } from "../../../core/forms/common.ts";
import type { Block, Cell, FormDocument, GridBlock, Line } from "../../../core/forms/model.ts";
import { serviceNames } from "./change.ts";
import {
  bandwidthChoices,
  blank,
  carrierClouds,
  carrierParty,
  choicesCell,
  count,
  countChoice,
  databases,
  diskSize,
  finalResources,
  hostName,
  labelled,
  labelOf,
  maintainerNatures,
  middlewares,
  networks,
  ofService,
  optionChoices,
  productChoices,
  protectionLevels,
  text,
  threePartyStamps,
  tierText,
  zones,
} from "./common.ts";
import { backupModes } from "./request.ts";
import type { HbApplication, HbResource, HbSystem } from "./types.ts";
import { huaibeiView } from "./types.ts";

/** 附件5 淮北市政务云资源开通确认单：三方确认，计费自确认之日起（第15条）。 */

export const openingTitle = "淮北市政务云资源开通确认单";

/** 附件5 四、系统安全责任说明，原文。 */
export const securityResponsibility =
  "信息系统部署到政务云后，按照“安全管理责任主体不变、数据归属关系不变、安全管理标准不变、数据敏感信息不出境”原则。责任如下：1、云主管部门负责市电子政务云平台的建设、维护、管理，负责政务云使用情况动态监测、云资源优化；2、使用单位负责本单位信息系统开发测试、迁移部署、运行维护、安全管理等工作，配合政务云安全检查、应急演练、统计评价等工作；3、云服务商负责政务云的建设、咨询、服务开通、日常运行维护和安全保障，并配合使用单位做好信息系统迁移部署、运维保障和安全保障等工作。";

const grid = (rows: Cell[][]): GridBlock => ({ kind: "grid", columns: 4, widths: [17, 33, 17, 33], rows });

const runtimes = [
  ["7x24", "7×24小时"],
  ["5x8", "5×8小时"],
  ["other", "其它"],
] as const;

/** 表头与一、信息系统基本情况。 */
function headerRows(ctx: FormContext, system: HbSystem, app: HbApplication, cloudNumber?: string): Block[] {
  const o = system.owner;
  const t = system.technicalContact;
  const level = system.protectionLevel === undefined ? [] : [String(system.protectionLevel)];
  return [
    grid([
      [
        label("*申请单位"),
        text(huaibeiView.unit(ctx.unit).name),
        label("*申请时间"),
        text(formatDate(app.date)),
      ],
      [
        label("*系统负责人", "及职务"),
        text(`${o.name}${o.position ? `（${o.position}）` : ""}`),
        label("*移动电话"),
        text(o.mobile),
      ],
      [
        label("*维护单位/部门"),
        text(system.maintainer?.name),
        label("*维护单位性质"),
        choicesCell(
          optionChoices(maintainerNatures, system.maintainer?.nature ? [system.maintainer.nature] : []),
        ),
      ],
      [label("*技术联系人"), text(t.name), label("*移动电话"), text(t.mobile)],
      [label("*电子邮箱"), text(t.email)],
    ]),
    { kind: "band", level: 2, title: "一、信息系统基本情况（每个系统一份）" },
    grid([
      [label("*信息系统名称"), text(system.name), label("项目编号或项目代码"), text(system.projectCode)],
      [label("*系统上云编号"), text(cloudNumber ?? system.cloudNumber)],
      [label("*系统简介"), text(system.description)],
      [
        label("*系统入云类型"),
        choicesCell([
          choice("新建入云", app.onboarding === "new"),
          choice("迁移入云", app.onboarding === "migrate"),
        ]),
        label("*承载网络（可多选）"),
        choicesCell(optionChoices(networks, system.networks ?? [], system.networkOther)),
      ],
      [
        label("*等级保护级别"),
        choicesCell(optionChoices(protectionLevels, level)),
        label("*运行时间"),
        choicesCell(
          runtimes.map(([id, t]) =>
            choice(
              id === "other" && system.runtimeOther ? `${t}：${system.runtimeOther}` : t,
              system.runtime === id,
            ),
          ),
        ),
      ],
    ]),
  ];
}

/** 二、云资源需求描述的选项部分（云平台、运行时限、IP、带宽、数据库、中间件）。 */
function demandRows(system: HbSystem, app: HbApplication, resources: readonly HbResource[]): Cell[][] {
  const months = app.term?.kind === "temporary" ? app.term.months : app.temporary?.months;
  const temporary = app.term?.kind === "temporary" || app.type === "test";
  const ipLine = (service: string, name: string): Line =>
    labelled("", [countChoice(ofService(resources, service), (n) => `${name}${n}个`)]);
  const mbps = (service: string) => ofService(resources, service)[0]?.bandwidthMbps;
  return [
    [
      label("*云平台"),
      choicesCell(optionChoices(carrierClouds, system.carrier ? [system.carrier] : [])),
      label("*系统上云运行时限"),
      choicesCell([
        choice("长期运行", app.term?.kind === "long-term"),
        choice(`临时运行${blank(temporary ? months : undefined)}个月`, temporary),
      ]),
    ],
    [
      label("*IP地址"),
      cellOf([ipLine("ip-internet", "互联网公网地址"), ipLine("ip-govnet", "政务外网业务地址")]),
      label("带宽"),
      cellOf([
        labelled("专线：", bandwidthChoices(mbps("bandwidth-line"))),
        labelled("互联网出口：", bandwidthChoices(mbps("bandwidth-internet"))),
      ]),
    ],
    [
      label("数据库"),
      choicesCell(productChoices(databases, ofService(resources, "database"))),
      label("中间件"),
      choicesCell(productChoices(middlewares, ofService(resources, "middleware"))),
    ],
  ];
}

/** 一台主机的合计量：每台的量乘以数量。 */
const times = (r: HbResource, value: number | undefined): number => (value ?? 0) * (r.quantity ?? 1);

/** 1、虚拟主机和NAT资源：每种虚拟机一行，末行合计（CPU、内存、磁盘按数量相乘后相加）。 */
export function vmRows(resources: readonly HbResource[]): Cell[][] {
  const vms = ofService(resources, "vm");
  const dataSize = (r: HbResource) => (r.dataDisks ?? []).reduce((sum, d) => sum + d.sizeGB, 0);
  const rows = vms.map((r) => [
    text(hostName(r)),
    text(r.vcpu === undefined ? undefined : `${r.vcpu}核`),
    text(r.memoryGB === undefined ? undefined : `${r.memoryGB}GB`),
    text(r.os),
    text(diskSize(r.systemDisk)),
    text(tierText(r.systemDisk)),
    text(...(r.dataDisks ?? []).map(diskSize)),
    text(...(r.dataDisks ?? []).map(tierText)),
    text(labelOf(zones, r.zone)),
    text(r.quantity ?? 1),
  ]);
  if (vms.length === 0) return rows;
  const sum = (f: (r: HbResource) => number) => vms.reduce((total, r) => total + f(r), 0);
  return [
    ...rows,
    [
      text("合计："),
      text(`${sum((r) => times(r, r.vcpu))}核`),
      text(`${sum((r) => times(r, r.memoryGB))}GB`),
      text(),
      text(`${sum((r) => times(r, r.systemDisk?.sizeGB))}GB`),
      text(),
      text(`${sum((r) => times(r, dataSize(r)))}GB`),
      text(),
      text(),
      text(count(vms)),
    ],
  ];
}

/** 按档次数（低配、中配、高配）：GPU 卡的块数、裸金属服务器的台数。 */
function byGrade(resources: readonly HbResource[], grade: string): number | undefined {
  const list = resources.filter((r) => r.grade === grade);
  return list.length > 0 ? count(list) : undefined;
}

/** 2、GPU资源 与 3、裸金属服务器及机柜空间。 */
function physicalBlocks(resources: readonly HbResource[]): Block[] {
  const gpus = ofService(resources, "gpu");
  const bms = ofService(resources, "bare-metal");
  const cabinets = ofService(resources, "cabinet", "hosted-cabinet");
  const devices = ofService(resources, "device-hosting", "hosted-device");
  const units = devices.reduce((sum, r) => sum + times(r, r.units), 0);
  return [
    { kind: "band", level: 3, title: "2、GPU资源" },
    {
      kind: "text",
      lines: [
        line(
          `低配GPU卡${blank(byGrade(gpus, "low"))}块　　中配GPU卡${blank(byGrade(gpus, "medium"))}块　　高配GPU卡${blank(byGrade(gpus, "high"))}块`,
        ),
      ],
    },
    { kind: "band", level: 3, title: "3、裸金属服务器及机柜空间" },
    grid([
      [
        label("裸金属服务器"),
        text(
          `类型　　低配服务器${blank(byGrade(bms, "low"))}台　　中配服务器${blank(byGrade(bms, "medium"))}台　　高配服务器${blank(byGrade(bms, "high"))}台`,
        ),
      ],
      [
        label("物理空间"),
        text(
          `${blank(cabinets.length ? count(cabinets) : undefined)}个机柜　　${blank(devices.length ? units : undefined)}U标准机柜空间`,
        ),
      ],
    ]),
  ];
}

/** 4、安全及灾备服务。 */
function securityBlocks(resources: readonly HbResource[]): Block[] {
  const basic = ofService(resources, "security-basic");
  const enhanced = ofService(resources, "security-enhanced");
  const backups = ofService(resources, "backup-local");
  const offsite = ofService(resources, "backup-offsite");
  const described = (list: HbResource[]) => list.map((r) => r.description ?? r.name ?? r.id);
  const target = (id: string | undefined) => {
    const r = resources.find((x) => x.id === id);
    return r ? hostName(r) : (id ?? "");
  };
  return [
    { kind: "band", level: 3, title: "4、安全及灾备服务" },
    grid([
      [label("基础安全服务"), text(...described(basic))],
      [label("增值安全服务"), text(`其他：${described(enhanced).join("；")}`)],
      [
        label("基础备份服务"),
        choicesCell([choice("本地备份", backups.length > 0)]),
        text(
          ...backups.map(
            (r) =>
              `${target(r.target)}：每${blank(r.incrementalEveryDays)}天一次增量备份，每${blank(r.fullEveryDays)}天一次全量备份，最大保留${blank(r.retentionDays)}天`,
          ),
        ),
      ],
      [
        label("增值备份服务"),
        choicesCell(
          Object.entries(backupModes).map(([mode, name]) =>
            choice(
              name,
              offsite.some((r) => r.mode === mode),
            ),
          ),
        ),
        text(...offsite.map((r) => `${backupModes[r.mode ?? ""] ?? ""}：${target(r.target)}`)),
      ],
    ]),
  ];
}

/** 三、其他资源：表上没有专门一格的资源（负载均衡、对象存储……），每项一行。 */
const placed = new Set([
  "vm",
  "bare-metal",
  "gpu",
  "cabinet",
  "hosted-cabinet",
  "device-hosting",
  "hosted-device",
  "ip-internet",
  "ip-govnet",
  "bandwidth-line",
  "bandwidth-internet",
  "database",
  "middleware",
  "security-basic",
  "security-enhanced",
  "backup-local",
  "backup-offsite",
]);

function otherResources(resources: readonly HbResource[], remark: string | undefined): Cell {
  return text(
    remark,
    ...resources
      .filter((r) => !placed.has(r.service))
      .map((r) => {
        const amount = r.capacityGB !== undefined ? `${r.capacityGB}GB` : `${r.quantity ?? 1}个`;
        return `${serviceNames[r.service] ?? r.service}${r.name ? `（${r.name}）` : ""}：${amount}`;
      }),
  );
}

/** 附件5：开通确认单，资源取交付记录的确认（最终使用的云资源量），没有时取申请的资源。 */
export function openingForm(ctx: FormContext): FormDocument | undefined {
  const delivery = huaibeiView.delivery(ctx.delivery);
  const confirmation = delivery?.confirmation;
  if (confirmation?.kind !== "opening") return undefined;
  const unit = huaibeiView.unit(ctx.unit);
  const system = huaibeiView.system(ctx.system);
  const app = huaibeiView.application(ctx.application);
  const resources = finalResources(app.resources ?? [], confirmation.resources);
  return {
    name: "开通确认单",
    variant: "开通",
    annex: "附件5",
    title: openingTitle,
    emptyBox: "□",
    blocks: [
      ...headerRows(ctx, system, app, confirmation.cloudNumber),
      { kind: "band", level: 2, title: "二、云资源需求描述" },
      grid(demandRows(system, app, resources)),
      { kind: "band", level: 3, title: "1、虚拟主机和NAT资源" },
      {
        kind: "table",
        columns: [
          "虚拟机名称",
          "CPU",
          "内存",
          "操作系统版本",
          "系统磁盘",
          "磁盘类型",
          "数据磁盘",
          "磁盘类型",
          "部署区域",
          "数量",
        ],
        widths: [15, 8, 9, 12, 9, 9, 10, 9, 11, 8],
        rows: vmRows(resources),
        empty: "无",
      },
      ...physicalBlocks(resources),
      ...securityBlocks(resources),
      { kind: "band", level: 2, title: "三、其他资源" },
      grid([[otherResources(resources, confirmation.remark)]]),
      { kind: "band", level: 2, title: "四、系统安全责任说明" },
      { kind: "text", style: "body", lines: [line(securityResponsibility)] },
      threePartyStamps(unit.name, carrierParty(system.carrier), confirmation),
    ],
  };
}
