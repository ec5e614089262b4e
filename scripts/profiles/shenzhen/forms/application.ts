import { addMonths } from "../../../core/calendar/workdays.ts";
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
  quantityText,
  serviceName,
  serviceOf,
  stateResource,
} from "../../../core/forms/common.ts";
import type { Block, Cell, FormDocument, GridBlock, Notes, TableBlock } from "../../../core/forms/model.ts";
import type {
  ChangeApplication,
  NewApplication,
  Resource,
  RevokeApplication,
  Shutdown,
  TestApplication,
  TestRenewalApplication,
} from "../../../core/model.ts";
import { configLines, environmentChoices } from "./config-lines.ts";

/** 附件5 深圳市政务云服务申请表。 */

export const applicationTitle = "深圳市政务云服务申请表";

/** 附件5 注1–7，原文。 */
export const applicationNotes: Notes = {
  title: "注：",
  items: [
    { text: "1. 标“﹡”的为必填选项，请根据要求填写。" },
    {
      text: "2. 此申请表仅供1套信息系统填写，若有多套信息系统，请分开填写。新增和变更申请需要提交《云服务测算报告》。云服务名称和类型请按《深圳市政务云服务目录》填写。",
    },
    {
      text: "3. 云主机的vCPU核数须以2的倍数填写，最小为2核；内存须以4的倍数填写，最小为4GB。数据盘、对象存储、文件存储和备份服务的容量须以100GB的倍数填写，不足100GB的部分向上取整。",
    },
    { text: "4. 申请单位获分配的资源首次登陆后应及时修改密码，做好系统、数据安全管理。" },
    {
      text: "5. 系统负责人须为云服务使用单位的在岗公职人员。技术负责人须为负责该系统的的技术人员。本申请自申请之日起3个月内有效，如因申请单位原因未能及时完成相关业务的办理，继续办理须重新提交申请。",
    },
    { text: "6. 涉及数据相关的撤销申请须明确数据是否已备份或无需备份。" },
    { text: "7. 其他情况请在备注中写明。" },
  ],
};

/** 申请表各部分的标题（原文）。 */
export const sectionTitles = {
  new: "一、新增申请（新增申请时填写、不涉及时删除）",
  test: "二、测试资源申请（新增测试资源申请时填写、不涉及时删除）",
  change: "三、变更申请（变更现有资源申请时填写、不涉及时删除）",
  revoke: "四、撤销申请（撤销现有资源申请请填写、不涉及时删除）",
} as const;

const demandTitle = "云服务需求（根据附件1《深圳市政务云服务目录》按需填写）";
const testDemandTitle = "云服务测试资源需求（根据附件1《深圳市政务云服务目录》按需填写）";

// ---------- 表头 ----------

function header(ctx: FormContext): GridBlock {
  const { application: app, unit, system } = ctx;
  return {
    kind: "grid",
    columns: 6,
    widths: [17, 10, 8, 34, 8, 23],
    rows: [
      [label("单位名称﹡"), cell(app.unit)],
      [
        label("系统负责人﹡"),
        cell(system.owner.name),
        label("邮箱﹡"),
        cell(system.owner.email),
        label("手机﹡"),
        cell(system.owner.mobile),
      ],
      [
        label("技术负责人﹡"),
        cell(system.technicalContact.name),
        label("邮箱﹡"),
        cell(system.technicalContact.email),
        label("手机﹡"),
        cell(system.technicalContact.mobile),
      ],
      [label("单位地址﹡"), cell(unit.address)],
      [label("信息系统名称﹡"), cell(app.system)],
    ],
  };
}

// ---------- 资源明细 ----------

/** 资源归入申请表的哪一张小表。 */
type Category = "compute" | "iaas" | "paas" | "dr" | "security";

function category(ctx: FormContext, serviceId: string): Category {
  if (serviceId === "ecs" || serviceId === "bms" || serviceId === "ai-compute") return "compute";
  switch (serviceOf(ctx.catalog, serviceId)?.level1) {
    case "PaaS":
      return "paas";
    case "灾备":
      return "dr";
    case "安全":
      return "security";
    default:
      return "iaas";
  }
}

/** 申请表上印好的备注（附件5 各小表的示例行）。 */
const printedRemarks: Record<string, string> = {
  "vulnerability-scan": "每月最多申请两次",
  "db-audit": "支持2数据库实例",
  cce: "计算节点须单独申请",
  "cce-node": "须与容器管理搭配使用",
  "private-ip": "包含安全服务、虚拟IP",
  subnet: "包含安全服务、虚拟IP",
  vpc: "考虑环境隔离、云专线接入",
};

/** 日志审计、WAF 的基础包与增量包在（七）中各占一行（附件5 原表第3、4、6、7行）。 */
const packageRows: Record<string, { base: string[]; increment: string[] }> = {
  "log-audit": { base: ["基础包", "（50个日志源）"], increment: ["增量包", "（50个日志源）"] },
  waf: {
    base: ["基础包（单实例保护2个域名，防护带宽25Mpbs）"],
    increment: ["增量包（单个增量包增加保护2个域名，增加防护带宽25Mpbs）"],
  },
};

const consultationText = (r: Resource): string | undefined =>
  r.consultation
    ? `已于${formatDate(r.consultation.date)}与市大数据资源管理中心沟通${r.consultation.contact ? `（${r.consultation.contact}）` : ""}：${r.consultation.summary}`
    : undefined;

/** 申请内的资源引用：“用途（id）”。 */
const refNameIn =
  (resources: readonly Resource[]) =>
  (id: string): string => {
    const r = resources.find((x) => x.id === id);
    return r?.purpose ? `${r.purpose}（${id}）` : id;
  };

interface RowOptions {
  /** 小表有“用途﹡”栏 */
  purposeColumn: boolean;
  /** 有“数量”栏 */
  quantityColumn: boolean;
}

function resourceRows(
  ctx: FormContext,
  resources: readonly Resource[],
  opts: RowOptions,
  all: readonly Resource[] = resources,
): Cell[][] {
  const rows: Cell[][] = [];
  const refName = refNameIn(all);
  for (const r of resources) {
    const name = serviceName(ctx.catalog, r.service);
    const remarks = (printed?: string) => [
      ...(opts.purposeColumn || !r.purpose ? [] : [`用途：${r.purpose}`]),
      printed,
      consultationText(r),
      r.remark,
    ];
    const pkg = packageRows[r.service];
    if (pkg && ((r.base ?? 0) > 0 || (r.increments ?? 0) > 0)) {
      const measure = configLines(
        ctx.catalog,
        r.service,
        { ...r, base: undefined, increments: undefined },
        "new",
      );
      const parts: [string[], number, string][] = [];
      if ((r.base ?? 0) > 0) parts.push([[...pkg.base, ...measure], r.base as number, "第一次默认申请"]);
      if ((r.increments ?? 0) > 0)
        parts.push([pkg.increment, r.increments as number, "基础包不足时可按需叠加增量包"]);
      for (const [config, count, printed] of parts) {
        rows.push([
          cell(String(rows.length + 1)),
          cell(name),
          cell(...config),
          ...(opts.purposeColumn ? [cell(r.purpose)] : []),
          ...(opts.quantityColumn ? [cell(quantityText(ctx.catalog, r.service, count))] : []),
          cell(...remarks(printed)),
        ]);
      }
      continue;
    }
    const quantity =
      r.service === "vulnerability-scan"
        ? `${r.timesPerMonth ?? r.quantity ?? 1}次`
        : quantityText(ctx.catalog, r.service, r.quantity);
    const config = configLines(ctx.catalog, r.service, r, "new", refName).filter(
      (l) => !(r.service === "vulnerability-scan" && l.startsWith("每月")),
    );
    rows.push([
      cell(String(rows.length + 1)),
      cell(name),
      cell(...config),
      ...(opts.purposeColumn ? [cell(r.purpose)] : []),
      ...(opts.quantityColumn ? [cell(quantity)] : []),
      cell(...remarks(printedRemarks[r.service])),
    ]);
  }
  return rows;
}

const tables: {
  category: Category;
  title: string;
  columns: string[];
  widths: number[];
  opts: RowOptions;
}[] = [
  {
    category: "compute",
    title: "（一）IaaS云主机/裸金属/GPU主机",
    columns: ["编号﹡", "类型﹡", "配置﹡", "用途﹡", "数量﹡", "备注"],
    widths: [9, 12, 30, 21, 9, 19],
    opts: { purposeColumn: true, quantityColumn: true },
  },
  {
    category: "iaas",
    title: "（二）IaaS对象存储/文件存储/网络",
    columns: ["编号﹡", "类型﹡", "配置﹡", "数量﹡", "备注"],
    widths: [9, 15, 36, 10, 30],
    opts: { purposeColumn: false, quantityColumn: true },
  },
  {
    category: "paas",
    title: "（三）PaaS服务",
    columns: ["编号﹡", "类型﹡", "配置﹡", "数量", "备注"],
    widths: [9, 15, 36, 10, 30],
    opts: { purposeColumn: false, quantityColumn: true },
  },
  {
    category: "dr",
    title: "（六）灾备服务",
    columns: ["编号﹡", "类型﹡", "配置﹡", "备注"],
    widths: [9, 15, 38, 38],
    opts: { purposeColumn: false, quantityColumn: false },
  },
  {
    category: "security",
    title: "（七）安全服务",
    columns: ["编号﹡", "类型﹡", "配置﹡", "数量或次数﹡", "备注"],
    widths: [9, 15, 33, 14, 29],
    opts: { purposeColumn: false, quantityColumn: true },
  },
];

/** 新增申请的云服务需求：按（一）（二）（三）（六）（七）分表，没有资源的小表不出现（按需填写）。 */
function demandBlocks(ctx: FormContext, resources: readonly Resource[]): Block[] {
  const blocks: Block[] = [];
  for (const t of tables) {
    const mine = resources.filter((r) => category(ctx, r.service) === t.category);
    if (mine.length === 0) continue;
    blocks.push(
      { kind: "band", level: 4, title: t.title },
      {
        kind: "table",
        columns: t.columns,
        widths: t.widths,
        rows: resourceRows(ctx, mine, t.opts, resources),
      },
    );
  }
  return blocks;
}

// ---------- 一、新增申请 ----------

function newSection(ctx: FormContext, app: NewApplication): Block[] {
  const forTest = app.new.forDeploymentAndAssessment;
  const sa = app.new.securityAssessment;
  const grading = ["优", "良", "中"].map((c) => choice(c, sa?.kind === "grading" && sa.conclusion === c));
  const special = [choice("无中高风险", sa?.kind === "special" && sa.conclusion === "无中高风险")];
  const report = [sa?.reportNo ? `报告编号：${sa.reportNo}` : "", sa?.issuer ? `出具单位：${sa.issuer}` : ""]
    .filter(Boolean)
    .join("，");
  return [
    { kind: "band", level: 2, title: sectionTitles.new },
    {
      kind: "grid",
      columns: 3,
      widths: [26, 37, 37],
      rows: [
        [
          label("云环境﹡", "（二选一）"),
          ...environmentChoices(ctx.system.environment).map((c) => cellOf([choicesLine([c])])),
        ],
        [
          label("是否用于部署与测评﹡", "（二选一）"),
          cellOf([
            choicesLine([choice("否（勾选此项请提供安全报告）", !forTest)]),
            choicesLine([choice("是（仅限政务外网内点对点部署测试和安全测评）", forTest)]),
          ]),
        ],
        [
          label("等级测评报告结论或安全专项检测结果"),
          cellOf([
            choicesLine(grading, "等级测评报告结论："),
            choicesLine(special, "安全专项检测结果："),
            ...(report ? [line(report)] : []),
          ]),
        ],
        [label("预计上线时间﹡"), cell(formatDate(app.new.expectedLaunch))],
      ],
    },
    { kind: "band", level: 3, title: demandTitle },
    ...demandBlocks(ctx, app.resources),
  ];
}

// ---------- 二、测试资源申请 ----------

function testHeader(environment: "arm" | "x86" | undefined, expectedLaunch?: string) {
  return {
    kind: "grid",
    columns: 3,
    widths: [26, 37, 37],
    rows: [
      [
        label("云环境﹡", "（二选一）"),
        ...environmentChoices(environment).map((c) => cellOf([choicesLine([c])])),
      ],
      [label("网络区域"), cell("政务外网区")],
      [label("部署与测评"), cell("仅限政务外网内点对点部署测试和安全测评")],
      ...(expectedLaunch !== undefined ? [[label("预计上线时间﹡"), cell(formatDate(expectedLaunch))]] : []),
    ],
  } satisfies GridBlock;
}

function testSection(ctx: FormContext, app: TestApplication): Block[] {
  const period = app.test.period;
  const months = [1, 2, 3].map((m) => choice(`${m}个月`, "months" in period && period.months === m));
  const weeks = [1, 2, 3, 4].map((w) => choice(`${w}周`, "weeks" in period && period.weeks === w));
  return [
    { kind: "band", level: 2, title: sectionTitles.test },
    testHeader(app.test.environment ?? ctx.system.environment, app.test.expectedLaunch),
    { kind: "band", level: 3, title: demandTitle },
    {
      kind: "grid",
      columns: 3,
      widths: [26, 37, 37],
      rows: [[label("测试资源使用期限﹡"), cellOf([choicesLine(months), choicesLine(weeks)])]],
    },
    { kind: "band", level: 3, title: testDemandTitle },
    { kind: "band", level: 4, title: "新增测试资源" },
    {
      kind: "table",
      columns: ["编号﹡", "类型﹡", "配置﹡", "用途﹡", "数量﹡", "备注"],
      widths: [9, 12, 30, 21, 9, 19],
      rows: resourceRows(ctx, app.resources, { purposeColumn: true, quantityColumn: true }),
    },
  ];
}

function renewalSection(ctx: FormContext, app: TestRenewalApplication): Block[] {
  const rows = (app.renewals ?? []).map((rn, i): Cell[] => {
    const r = stateResource(ctx.before, rn.resource);
    const ips = rn.ip ? [rn.ip] : ipsOf(r);
    const expires = r?.test?.expiresOn;
    return [
      cell(String(i + 1)),
      cell(...ips),
      cellOf([choicesLine([1, 2, 3].map((m) => choice(`${m}个月`, rn.months === m)))]),
      cell(
        r ? `${serviceName(ctx.catalog, r.service)}${r.purpose ? `：${r.purpose}` : ""}` : rn.resource,
        expires
          ? `原到期日：${formatDate(expires)}，续期后至${formatDate(addMonths(expires, rn.months))}`
          : "",
        rn.remark,
      ),
    ];
  });
  return [
    { kind: "band", level: 2, title: sectionTitles.test },
    testHeader(ctx.system.environment),
    { kind: "band", level: 3, title: testDemandTitle },
    { kind: "band", level: 4, title: "续期测试资源" },
    { kind: "table", columns: ["编号﹡", "IP﹡", "续期时限", "备注"], widths: [9, 25, 26, 40], rows },
  ];
}

// ---------- 三、变更申请 ----------

const changeTables: { category: Category; title: string; second: string }[] = [
  { category: "compute", title: "（一）IaaS云主机/裸金属", second: "IP﹡" },
  { category: "iaas", title: "（二）IaaS对象存储/文件存储", second: "类型﹡" },
  { category: "paas", title: "（三）PaaS服务", second: "类型﹡" },
  { category: "dr", title: "（四）灾备服务", second: "类型﹡" },
  { category: "security", title: "（五）安全服务", second: "类型﹡" },
];

function shutdownBlocks(shutdown: Shutdown | undefined, article: string): Block[] {
  if (!shutdown) return [];
  return [
    { kind: "band", level: 3, title: `关机安排（${article}）` },
    {
      kind: "grid",
      columns: 2,
      widths: [26, 74],
      rows: [
        [
          label("是否需要关机操作"),
          cellOf([choicesLine([choice("是", shutdown.required), choice("否", !shutdown.required)])]),
        ],
        ...(shutdown.date ? [[label("与提供商确认的关机时间"), cell(formatDate(shutdown.date))]] : []),
        ...(shutdown.noticeDate ? [[label("关机公告日期"), cell(formatDate(shutdown.noticeDate))]] : []),
      ],
    },
  ];
}

function changeSection(ctx: FormContext, app: ChangeApplication): Block[] {
  const blocks: Block[] = [{ kind: "band", level: 2, title: sectionTitles.change }];
  for (const t of changeTables) {
    const rows: Cell[][] = [];
    for (const c of app.changes) {
      const r = stateResource(ctx.before, c.resource);
      const service = r?.service ?? "";
      if (category(ctx, service) !== t.category) continue;
      const type = r ? serviceName(ctx.catalog, service) : c.resource;
      const ips = c.ip ? [c.ip] : ipsOf(r);
      rows.push([
        cell(String(rows.length + 1)),
        t.category === "compute" ? cell(type, ...ips) : cell(type),
        cell(...configLines(ctx.catalog, service, c.before, "change")),
        cell(...configLines(ctx.catalog, service, c.after, "change")),
        cell(r?.purpose ? `用途：${r.purpose}` : "", c.remark),
      ]);
    }
    if (rows.length === 0) continue;
    blocks.push(
      { kind: "band", level: 3, title: t.title },
      {
        kind: "table",
        columns: ["编号﹡", t.second, "变更前配置﹡", "变更后配置﹡", "备注"],
        widths: [9, 17, 26, 26, 22],
        rows,
      },
    );
  }
  blocks.push(...shutdownBlocks(app.shutdown, "第30条(1)"));
  return blocks;
}

// ---------- 四、撤销申请 ----------

const backupText: Record<string, string> = {
  "backed-up": "数据已备份",
  "not-needed": "数据无需备份",
  "no-data": "不涉及数据",
};

function revokeSection(ctx: FormContext, app: RevokeApplication): Block[] {
  const rows = app.revocations.map((rv, i): Cell[] => {
    const r = stateResource(ctx.before, rv.resource);
    const service = r?.service ?? "";
    let info: string[];
    if (rv.info !== undefined) info = [rv.info];
    else {
      const ips = rv.ip
        ? [`IP：${rv.ip}`]
        : (r?.instances ?? [])
            .filter((x) => x.ip || x.floatingIp)
            .map(
              (x) =>
                `IP：${[x.ip, x.floatingIp].filter(Boolean).join("、")}${x.hostname ? `（${x.hostname}）` : ""}`,
            );
      info = [...ips, ...(r ? configLines(ctx.catalog, service, r.config, "change") : [])];
    }
    return [
      cell(String(i + 1)),
      cell(r ? serviceName(ctx.catalog, service) : rv.resource),
      cell(r?.purpose ? `用途：${r.purpose}` : "", ...info),
      cell(
        `${backupText[rv.dataBackup] ?? rv.dataBackup}（注6）`,
        rv.keep && rv.keep.length > 0 ? `保留：${rv.keep.join("、")}` : "",
        rv.remark,
      ),
    ];
  });
  const extra: Cell[][] = [];
  if (app.revoke?.systemOffline)
    extra.push([label("系统下线日期"), cell(formatDate(app.revoke.systemOffline))]);
  if (app.revoke?.wholeSystem !== undefined)
    extra.push([
      label("整个系统撤销"),
      cellOf([choicesLine([choice("是", app.revoke.wholeSystem), choice("否", !app.revoke.wholeSystem)])]),
    ]);
  return [
    { kind: "band", level: 2, title: sectionTitles.revoke },
    {
      kind: "table",
      columns: ["编号﹡", "类型﹡", "服务信息﹡", "备注"],
      widths: [9, 14, 45, 32],
      rows,
    } satisfies TableBlock,
    ...(extra.length > 0
      ? [{ kind: "grid", columns: 2, widths: [26, 74], rows: extra } satisfies GridBlock]
      : []),
    ...shutdownBlocks(app.shutdown, "第36条"),
  ];
}

// ---------- 组装 ----------

const variants = {
  new: "新增",
  test: "测试资源",
  "test-renewal": "续期",
  change: "变更",
  revoke: "撤销",
} as const;

/** 申请表（附件5）：表头 + 适用的那一部分 + 备注、附件 + 注1–7 + 落款。端口开放申请不用它（见附件8）。 */
export function applicationForm(ctx: FormContext): FormDocument | undefined {
  const app = ctx.application;
  let section: Block[];
  switch (app.type) {
    case "new":
      section = newSection(ctx, app);
      break;
    case "test":
      section = testSection(ctx, app);
      break;
    case "test-renewal":
      section = renewalSection(ctx, app);
      break;
    case "change":
      section = changeSection(ctx, app);
      break;
    case "revoke":
      section = revokeSection(ctx, app);
      break;
    default:
      return undefined;
  }
  const tail: Block[] = [];
  if (app.remark)
    tail.push({ kind: "grid", columns: 2, widths: [26, 74], rows: [[label("备注"), cell(app.remark)]] });
  if (app.attachments && app.attachments.length > 0)
    tail.push({
      kind: "text",
      style: "body",
      lines: [line("附件："), ...app.attachments.map((a) => line(a))],
    });
  return {
    name: "申请表",
    variant: variants[app.type],
    annex: "附件5",
    title: applicationTitle,
    blocks: [header(ctx), ...section, ...tail],
    notes: applicationNotes,
    signature: {
      lines: [
        { label: "申请单位(盖章)：", value: app.unit },
        { label: "日    期：", value: formatDate(app.date) },
      ],
    },
  };
}
