import { cellOf, choice, formatDate, label, line } from "../../../core/forms/common.ts";
import type { Cell, Choice, GridBlock, Line, Notes } from "../../../core/forms/model.ts";
import type { HbConfirmation, HbDisk, HbResource, HbSystem } from "./types.ts";

/**
 * 淮北各表共用的：表上印好的选项（原文）、勾选行、表头、三方盖章栏、注。
 * 选项的标签照《淮北市市级政务云管理办法》附件1–7 原文抄录；附件1、2 印的方框是 ☐，附件4、5、7 是 □，
 * 附件3、6 的“电信 移动 联通”等没有方框（圈选，见 Choice.circled）。
 */

/** 一组选项：稳定的英文标识 → 表上的文字。 */
export type Options = readonly (readonly [id: string, label: string])[];

export const carriers: Options = [
  ["telecom", "电信"],
  ["mobile", "移动"],
  ["unicom", "联通"],
];
export const carrierClouds: Options = [
  ["telecom", "电信云"],
  ["mobile", "移动云"],
  ["unicom", "联通云"],
];
export const zones: Options = [
  ["govnet", "政务外网区"],
  ["internet", "互联网区"],
];
export const maintainerNatures: Options = [
  ["subordinate", "下属单位/部门"],
  ["outsourced", "委托外包单位"],
];
export const protectionLevels: Options = [
  ["1", "一级"],
  ["2", "二级"],
  ["3", "三级"],
  ["ungraded", "未定级"],
];
export const networks: Options = [
  ["govnet", "政务外网"],
  ["internet", "互联网"],
  ["other", "其他网络"],
];
export const availabilities: Options = [
  ["99", "99%"],
  ["99.9", "99.9%"],
  ["99.99", "99.99%"],
  ["other", "其他"],
];
export const systemTypes: Options = [
  ["production", "业务生产系统"],
  ["office", "内部办公"],
  ["public-service", "公众服务"],
  ["portal", "门户网站"],
  ["mobile-app", "移动APP"],
  ["video", "视频系统"],
  ["other", "其他"],
];
export const audiences: Options = [
  ["own-staff", "本单位人员"],
  ["industry", "本行业人员"],
  ["public", "社会公众"],
  ["other", "其他"],
];
export const serviceRanges: Options = [
  ["province", "省本级"],
  ["province-city", "省-市两级"],
  ["province-city-county", "省-市-县三级"],
  ["nation-province-city-county", "国家-省-市-县四级"],
  ["other", "其他"],
];
export const bandwidthTiers = [10, 20, 50, 100] as const;
export const databases: Options = [
  ["dameng", "达梦"],
  ["gbase", "南大通用"],
  ["kingbase", "人大金仓"],
  ["other", "其他"],
];
export const middlewares: Options = [
  ["weblogic", "Weblogic"],
  ["tongtech", "东方通"],
  ["other", "其他"],
];
export const grades: Options = [
  ["low", "低配"],
  ["medium", "中配"],
  ["high", "高配"],
];
export const exitTypes: Options = [
  ["system", "业务系统退出"],
  ["unit", "使用单位退出"],
];
export const diskTiers: Record<NonNullable<HbDisk["tier"]>, string> = {
  sata: "SATA",
  sas: "SAS",
  ssd: "SSD",
};

export const labelOf = (options: Options, id: string | undefined): string =>
  options.find(([k]) => k === id)?.[1] ?? id ?? "";

/** 一组选项，选中 selected 中的；“其他”后跟填写的说明（有时）。 */
export function optionChoices(options: Options, selected: readonly string[], other?: string): Choice[] {
  return options.map(([id, text]) =>
    choice(
      id === "other" && other && selected.includes(id) ? `${text}：${other}` : text,
      selected.includes(id),
    ),
  );
}

/** 没有方框的选项（附件3、6、4 的“电信 移动 联通”等）：选中的圈起来。 */
export function circledChoices(options: Options, selected: readonly string[], other?: string): Choice[] {
  return optionChoices(options, selected, other).map((c) => ({ ...c, circled: true }));
}

export const choicesCell = (...lines: Choice[][]): Cell => cellOf(lines.map((choices) => ({ choices })));

/**
 * “☐临时运行 6 个月”：数量写在选项中间的空格处；没有数量时留出两个全角空格供手写
 * （全角空格在 HTML 中不会像半角空格那样被合并掉）。
 */
export const blank = (n: number | undefined): string => (n === undefined ? "　　" : ` ${n} `);

/**
 * 按数量勾选的一项（“☑ 2 个四层云负载均衡”“☐互联网公网地址 0 个”）：申请中有这项服务且数量大于 0 时勾上；
 * 按注3 填了 0 的（不需要）不勾，空格中写 0；没有这项服务时不勾、留空。text 把空格里的数填进标签。
 */
export function countChoice(list: readonly HbResource[], text: (blankText: string) => string): Choice {
  const total = list.length > 0 ? count(list) : undefined;
  return choice(text(blank(total)), (total ?? 0) > 0);
}

/** 一行文字与选项：前导文字、选项（如“专线：☐10M ☐20M ……”）。 */
export const labelled = (text: string, choices: Choice[]): Line => ({ text, choices });

/** 带宽选项：10M / 20M / 50M / 100M / 其他（写明带宽）。 */
export function bandwidthChoices(mbps: number | undefined): Choice[] {
  const tiered = mbps !== undefined && (bandwidthTiers as readonly number[]).includes(mbps);
  // 注3：填 0 表示不需要，写在“其他”后，不勾
  return [
    ...bandwidthTiers.map((t) => choice(`${t}M`, mbps === t)),
    choice(
      mbps !== undefined && !tiered ? `其他：${mbps}M` : "其他",
      mbps !== undefined && mbps > 0 && !tiered,
    ),
  ];
}

/**
 * 确认的最终资源（第十五条 最终使用的云资源量）：申请的每项资源叠加确认中同一标识的字段（确认可以只写改了的，
 * 如 { id: web, quantity: 1 }）；确认中申请没有的资源（写了 service 的）加在后面。
 */
export function finalResources(
  requested: readonly HbResource[],
  confirmed: readonly Partial<HbResource>[] | undefined,
): HbResource[] {
  const byId = new Map((confirmed ?? []).map((r) => [r.id, r]));
  const merged = requested.map((r) => ({ ...r, ...byId.get(r.id), id: r.id, service: r.service }));
  const extra = (confirmed ?? []).filter(
    (r): r is HbResource => typeof r.service === "string" && !requested.some((x) => x.id === r.id),
  );
  return [...merged, ...extra];
}

/** 产品选项（数据库、中间件）：申请中出现的产品都勾上。 */
export function productChoices(options: Options, resources: readonly HbResource[]): Choice[] {
  const chosen = resources.map((r) => r.product ?? "other");
  const others = resources.filter((r) => (r.product ?? "other") === "other" && r.productOther);
  return optionChoices(options, chosen, others.map((r) => r.productOther).join("、") || undefined);
}

// ---------- 资源 ----------

export const ofService = (resources: readonly HbResource[], ...services: string[]): HbResource[] =>
  resources.filter((r) => services.includes(r.service));

/** 数量之和（没写数量的按 1 计）。 */
export const count = (resources: readonly HbResource[]): number =>
  resources.reduce((sum, r) => sum + (r.quantity ?? 1), 0);

export const tierText = (disk: HbDisk | undefined): string => (disk ? diskTiers[disk.tier ?? "sata"] : "");
export const diskSize = (disk: HbDisk | undefined): string => (disk ? `${disk.sizeGB}GB` : "");
export const diskText = (disk: HbDisk): string => `${disk.sizeGB}GB ${tierText(disk)}`;

/** 主机名称：虚拟机或裸金属服务器的名称，裸金属带档次。 */
export function hostName(r: HbResource): string {
  const name = r.name ?? r.id;
  return r.service === "bare-metal" && r.grade ? `${name}（${labelOf(grades, r.grade)}）` : name;
}

/** 备份策略（附件1 4、）：“每 N 天一次增量备份，每 N 天一次全量备份，最大保留 N 天”。 */
export const backupPolicy = (r: HbResource): string =>
  `每${blank(r.incrementalEveryDays)}天一次增量备份，每${blank(r.fullEveryDays)}天一次全量备份，最大保留${blank(r.retentionDays)}天`;

// ---------- 表头、落款 ----------

/** 系统负责人、维护单位、技术联系人（附件1、2 的表头）。 */
export function contactRows(system: HbSystem): Cell[][] {
  const o = system.owner;
  const t = system.technicalContact;
  return [
    [label("*系统负责人"), cellOf([line(o.name)]), label("工作部门"), text(o.department)],
    [label("职务/职称"), text(o.position), label("*办公电话"), text(o.officePhone)],
    [label("*电子邮箱"), text(o.email), label("移动电话"), text(o.mobile)],
    [
      label("*维护单位/部门"),
      text(system.maintainer?.name),
      label("*维护单位性质"),
      choicesCell(
        optionChoices(maintainerNatures, system.maintainer?.nature ? [system.maintainer.nature] : []),
      ),
    ],
    [label("*技术联系人"), text(t.name), label("办公电话"), text(t.officePhone)],
    [label("*电子邮箱"), text(t.email), label("*移动电话"), text(t.mobile)],
  ];
}

/** 值单元格；没有值时为空（留白供手写）。 */
export const text = (...values: (string | number | undefined)[]): Cell =>
  cellOf(values.filter((v) => v !== undefined && v !== "").map((v) => line(String(v))));

/** 表内的落款（申请单位盖章、联系人签字、日期）：一格，盖章处留出空行。 */
export function applicantStamp(unit: string, date: string | undefined): GridBlock {
  return {
    kind: "grid",
    columns: 1,
    rows: [
      [
        cellOf([
          line(`申请单位名称（盖章）：${unit}`),
          line("　"),
          line("联系人（签字）："),
          line("　"),
          line(dateOrBlank(date)),
        ]),
      ],
    ],
  };
}

/** 年月日：有日期时写出，没有时留空格供手写。 */
export const dateOrBlank = (date: string | undefined): string => (date ? formatDate(date) : "年   月   日");

export const managementUnit = "淮北市数据资源管理局";

/**
 * 三方盖章栏（附件5、6、7）：使用单位、云服务商、管理单位各一格，盖章处留出空行，下写各自盖章的日期
 * （确认的 signed；没有时为确认日期 date，都没有时留空供手写）。
 */
export function threePartyStamps(unit: string, carrier: string, confirmation: HbConfirmation): GridBlock {
  const party = (title: string, who: string, date: string | undefined): Cell =>
    cellOf([line(title), line(who), line("　"), line("　"), line(dateOrBlank(date ?? confirmation.date))]);
  const signed = confirmation.signed;
  return {
    kind: "grid",
    columns: 3,
    widths: [34, 33, 33],
    rows: [
      [
        party("使用单位名称（盖章）：", unit, signed?.unit),
        party("云服务商（盖章）：", carrier, signed?.carrier),
        party("管理单位（盖章）：", managementUnit, signed?.administration),
      ],
    ],
  };
}

/** 云服务商的落款名：“电信云服务商”。 */
export const carrierParty = (carrier: string | undefined): string =>
  carrier ? `${labelOf(carriers, carrier)}云服务商` : "";

/** 附件1、2 的备注1–3，原文。 */
export const requestNotes: Notes = {
  title: "备注：",
  items: [
    {
      text: "1.按照“谁主管谁负责、谁运维谁负责、谁使用谁负责”的管理原则，信息系统部署到政务云后，安全管理责任主体不变，数据归属关系不变，安全管理标准不变。参照《信息安全技术 云计算服务安全指南》（GB/T 31167-2014），使用单位负责本单位自身业务和数据安全等方面的安全责任。云服务商负责政务云资源以及数据防篡改、防丢失的安全责任。淮北市数据资源管理局在网信部门指导下，会同公安部门加强政务云的安全监督管理。",
    },
    {
      text: "2. 基于使用单位的设备托管业务，云服务商负责设施层（主要包括采暖、通风、空调、电力、消防和网络通信等）和网络出口安全责任；其他网络安全责任由使用单位负责。",
    },
    {
      text: "3. *为必填项。必填项中如果不需要某项服务请填“0”。非必填项中如果没有填写，默认没有此项服务需求。填写过程中如有疑问可以咨询工作人员，咨询电话3112058、3198190。",
    },
  ],
};

/** 申请的公函（第12、16、17条）：附在表后的一行说明。 */
export const letterLine = (letter: { number: string; date?: string } | undefined): string | undefined =>
  letter ? `公函：${letter.number}${letter.date ? `（${formatDate(letter.date)}）` : ""}` : undefined;
