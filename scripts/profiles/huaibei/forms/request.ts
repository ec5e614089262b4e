import { cellOf, choice, type FormContext, formatDate, label } from "../../../core/forms/common.ts";
import type { Block, Cell, FormDocument, GridBlock, Line } from "../../../core/forms/model.ts";
import {
  applicantStamp,
  audiences,
  availabilities,
  backupPolicy,
  bandwidthChoices,
  blank,
  carriers,
  choicesCell,
  contactRows,
  countChoice,
  databases,
  diskSize,
  hostName,
  labelled,
  labelOf,
  letterLine,
  middlewares,
  networks,
  ofService,
  optionChoices,
  productChoices,
  protectionLevels,
  requestNotes,
  serviceRanges,
  systemTypes,
  text,
  tierText,
  zones,
} from "./common.ts";
import type { HbApplication, HbResource, HbSystem, HbUnit } from "./types.ts";
import { huaibeiView } from "./types.ts";

/** 附件1 淮北市政务云资源需求申请表（上云申请 new、临时资源申请 test）。 */

export const requestTitle = "淮北市政务云资源需求申请表";

const onboardings = [
  ["new", "新建上云"],
  ["migrate", "迁移上云"],
  ["hosting", "机房托管"],
] as const;

/** 申请人与申请时间（附件1、2 的第一行）、单位地址、联系人。 */
export function applicantRows(unit: HbUnit, system: HbSystem, app: HbApplication): Cell[][] {
  return [
    [label("*申请单位"), text(unit.name), label("*申请时间"), text(formatDate(app.date))],
    [label("单位地址"), text(unit.address)],
    ...contactRows(system),
  ];
}

const grid = (rows: Cell[][]): GridBlock => ({ kind: "grid", columns: 4, widths: [17, 33, 17, 33], rows });

/** 一、信息系统基本情况。 */
function systemRows(system: HbSystem, app: HbApplication): Cell[][] {
  const level = system.protectionLevel === undefined ? [] : [String(system.protectionLevel)];
  return [
    [label("*信息系统名称"), text(system.name), label("项目编号或", "项目代码"), text(system.projectCode)],
    [
      label("*系统投资费用"),
      text(system.investmentYuan === undefined ? undefined : `${system.investmentYuan}元`),
      label("*系统上云类型"),
      choicesCell(onboardings.map(([id, t]) => choice(t, app.onboarding === id))),
    ],
    [label("*系统简介"), text(system.description)],
    [
      label("*等级保护级别"),
      choicesCell(optionChoices(protectionLevels, level)),
      label("等保备案证明", "证书编号"),
      text(system.filingCertificate),
    ],
    [
      label("*承载网络", "（可多选）"),
      choicesCell(optionChoices(networks, system.networks ?? [], system.networkOther)),
      label("*可用性要求"),
      choicesCell(
        optionChoices(
          availabilities,
          system.availability ? [system.availability] : [],
          system.availabilityOther,
        ),
      ),
    ],
    [
      label("*系统类型"),
      choicesCell(
        optionChoices(systemTypes, system.systemType ? [system.systemType] : [], system.systemTypeOther),
      ),
    ],
    [
      label("*系统服务对象"),
      choicesCell(optionChoices(audiences, system.audience ?? [], system.audienceOther)),
      label("*服务对象数量"),
      text(system.audienceCount),
    ],
    [
      label("*系统服务范围"),
      choicesCell(
        optionChoices(
          serviceRanges,
          system.serviceRange ? [system.serviceRange] : [],
          system.serviceRangeOther,
        ),
      ),
    ],
  ];
}

/** 运行时限：☐长期运行 ☐临时运行 N 个月（临时资源申请按第18条的月数）。 */
export function termCell(app: HbApplication): Cell {
  const months = app.term?.kind === "temporary" ? app.term.months : app.temporary?.months;
  const temporary = app.term?.kind === "temporary" || app.type === "test";
  return choicesCell([
    choice("长期运行", app.term?.kind === "long-term"),
    choice(`临时运行${blank(temporary ? months : undefined)}个月`, temporary),
  ]);
}

/** 带宽：专线、互联网出口各一行。 */
export function bandwidthCell(resources: readonly HbResource[]): Cell {
  const mbps = (service: string) => ofService(resources, service)[0]?.bandwidthMbps;
  return cellOf([
    labelled("专线：", bandwidthChoices(mbps("bandwidth-line"))),
    labelled("互联网出口：", bandwidthChoices(mbps("bandwidth-internet"))),
  ]);
}

/** 二、云资源需求描述的选项部分。 */
function demandRows(system: HbSystem, app: HbApplication, resources: readonly HbResource[]): Cell[][] {
  const ipLine = (service: string, name: string) =>
    labelled("", [countChoice(ofService(resources, service), (n) => `${name}${n}个`)]);
  const lb = (service: string, name: string) =>
    countChoice(ofService(resources, service), (n) => `${n}个${name}`);
  return [
    [
      label("*云服务商"),
      choicesCell(optionChoices(carriers, system.carrier ? [system.carrier] : [])),
      label("*系统上云运行时限"),
      termCell(app),
    ],
    [
      label("IP地址"),
      cellOf([ipLine("ip-internet", "互联网公网地址"), ipLine("ip-govnet", "政务外网业务地址")]),
      label("带宽"),
      bandwidthCell(resources),
    ],
    [
      label("数据库"),
      choicesCell(productChoices(databases, ofService(resources, "database"))),
      label("中间件"),
      choicesCell(productChoices(middlewares, ofService(resources, "middleware"))),
    ],
    [label("云负载均衡"), choicesCell([lb("slb-l4", "四层云负载均衡"), lb("slb-l7", "七层云负载均衡")])],
  ];
}

/** 1、主机资源：虚拟机与裸金属服务器各一行（取代表上的“示例”行）。 */
export function hostRows(resources: readonly HbResource[]): Cell[][] {
  return ofService(resources, "vm", "bare-metal").map((r) => [
    text(hostName(r)),
    text(r.vcpu === undefined ? undefined : `${r.vcpu}核`),
    text(r.memoryGB === undefined ? undefined : `${r.memoryGB}GB`),
    text(r.os),
    text(r.systemDisk ? `${diskSize(r.systemDisk)} ${tierText(r.systemDisk)}` : undefined),
    text(...(r.dataDisks ?? []).map((d) => `${diskSize(d)} ${tierText(d)}`)),
    text(labelOf(zones, r.zone)),
    text(r.quantity ?? 1),
  ]);
}

/** 2、存储资源：用到的盘型与对象存储勾上。 */
function storageLine(resources: readonly HbResource[]): Line {
  const tiers = new Set(
    ofService(resources, "vm", "bare-metal").flatMap((r) =>
      [r.systemDisk, ...(r.dataDisks ?? [])].filter((d) => d !== undefined).map((d) => d.tier ?? "sata"),
    ),
  );
  const oss = ofService(resources, "object-storage");
  const capacity = oss.reduce((sum, r) => sum + (r.capacityGB ?? 0), 0);
  return labelled("", [
    choice("SATA硬盘（默认）", tiers.has("sata")),
    choice("SAS硬盘", tiers.has("sas")),
    choice("SSD硬盘", tiers.has("ssd")),
    choice(oss.length > 0 ? `对象存储 ${capacity}GB` : "对象存储", oss.length > 0),
  ]);
}

/** 3、机柜空间：☐ N 个机柜 ☐ N 台1U设备 ☐ N 台2U设备 ☐ N 台4U设备。 */
function cabinetLine(resources: readonly HbResource[]): Line {
  const cabinets = ofService(resources, "cabinet");
  const devices = (units: number) => ofService(resources, "device-hosting").filter((r) => r.units === units);
  const item = (list: HbResource[], unit: string) => countChoice(list, (n) => `${n}${unit}`);
  return labelled("", [
    item(cabinets, "个机柜"),
    item(devices(1), "台1U设备"),
    item(devices(2), "台2U设备"),
    item(devices(4), "台4U设备"),
  ]);
}

/** 增值备份服务的方式（附件5）。 */
export const backupModes: Record<string, string> = { "same-city": "同城异地备份", remote: "异地备份" };

/** 4、安全及灾备服务：增强安全技术服务；本地备份的对象与策略。 */
function securityBlocks(resources: readonly HbResource[]): Block[] {
  const security = ofService(resources, "security-enhanced");
  const backups = ofService(resources, "backup-local", "backup-offsite");
  const nameOf = (id: string | undefined) => {
    const target = resources.find((r) => r.id === id);
    return target ? hostName(target) : (id ?? "");
  };
  return [
    { kind: "band", level: 3, title: "4、安全及灾备服务" },
    grid([[label("增强安全技术服务"), text(...security.map((r) => r.description ?? r.name ?? r.id))]]),
    {
      kind: "table",
      columns: ["备份服务", "备份类型", "备份对象", "备份策略"],
      widths: [17, 17, 22, 44],
      rows: backups.map((r) => [
        text(),
        text(r.service === "backup-local" ? "本地备份" : backupModes[r.mode ?? ""]),
        text(nameOf(r.target)),
        text(r.service === "backup-local" ? backupPolicy(r) : undefined),
      ]),
      empty: "不需要",
    },
  ];
}

/** 二、中的资源明细：1、主机资源 2、存储资源 3、机柜空间 4、安全及灾备服务。 */
function resourceBlocks(resources: readonly HbResource[]): Block[] {
  return [
    { kind: "band", level: 3, title: "1、主机资源" },
    {
      kind: "table",
      columns: [
        "虚拟机名称",
        "CPU",
        "内存",
        "操作系统版本",
        "系统磁盘（GB）及类型",
        "数据磁盘（GB）及类型",
        "部署区域（单选）",
        "数量",
      ],
      widths: [16, 8, 9, 14, 14, 15, 14, 10],
      rows: hostRows(resources),
      empty: "不需要",
    },
    { kind: "band", level: 3, title: "2、存储资源" },
    { kind: "text", lines: [storageLine(resources)] },
    { kind: "band", level: 3, title: "3、机柜空间" },
    grid([[label("机房托管服务"), cellOf([cabinetLine(resources)])]]),
    ...securityBlocks(resources),
  ];
}

/** 三、其他需求：申请写的其他需求；临时资源的原因与依据（第18条）、迁移的原系统（第15条）、建设依据（第13条）、公函。 */
export function otherNeeds(app: HbApplication): Cell {
  const basic = ofService(app.resources ?? [], "security-basic").map(
    (r) => `基础安全服务：${r.description ?? r.name ?? r.id}`,
  );
  const t = app.type === "test" ? app.temporary : undefined;
  const basis = app.basis
    ? `建设依据：${{ "approved-plan": "批复的建设方案", "feasibility-study": "可研报告", "current-usage": "现有云资源使用情况" }[app.basis.kind]}${app.basis.document ? ` ${app.basis.document}` : ""}`
    : undefined;
  const project = t?.project
    ? `立项：${t.project.status === "filed" ? "已批复" : "同步推进"}${t.project.document ? ` ${t.project.document}` : ""}${t.project.date ? `（${formatDate(t.project.date)}）` : ""}`
    : undefined;
  return text(
    app.otherNeeds,
    ...basic,
    t?.reason ? `临时资源原因：${t.reason}` : undefined,
    t?.requirement ? `临时资源依据：${t.requirement}` : undefined,
    project,
    app.migration?.oldSystem
      ? `迁移上云：原系统 ${app.migration.oldSystem}${app.migration.keepUntil ? `，保留至${formatDate(app.migration.keepUntil)}` : ""}`
      : undefined,
    basis,
    letterLine(app.letter),
    app.remark,
  );
}

/** 附件1：上云申请（新建上云、迁移上云）与临时资源申请（第18条，☑临时运行 N 个月）。 */
export function requestForm(ctx: FormContext): FormDocument {
  const unit = huaibeiView.unit(ctx.unit);
  const system = huaibeiView.system(ctx.system);
  const app = huaibeiView.application(ctx.application);
  const resources = app.resources ?? [];
  return {
    name: "需求申请表",
    variant:
      app.type === "test" ? "临时资源" : (onboardings.find(([id]) => id === app.onboarding)?.[1] ?? "上云"),
    annex: "附件1",
    title: requestTitle,
    ...(app.type === "test" ? { subtitle: "（临时资源，第十八条）" } : {}),
    emptyBox: "☐",
    blocks: [
      grid(applicantRows(unit, system, app)),
      { kind: "band", level: 2, title: "一、信息系统基本情况（每个系统一份）" },
      grid(systemRows(system, app)),
      { kind: "band", level: 2, title: "二、云资源需求描述" },
      grid(demandRows(system, app, resources)),
      ...resourceBlocks(resources),
      { kind: "band", level: 2, title: "三、其他需求" },
      grid([[otherNeeds(app)]]),
      applicantStamp(unit.name, app.date),
    ],
    notes: requestNotes,
  };
}
