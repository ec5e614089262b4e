import {
  cell,
  cellLines,
  choice,
  choicesLine,
  countUnit,
  diskText,
  type FormContext,
  figureLine,
  formatDate,
  ipsOf,
  line,
  quantityText,
  serviceName,
  serviceOf,
  stateResource,
} from "../../../core/forms/common.ts";
import type { Block, Cell, FormDocument, Line, TableBlock } from "../../../core/forms/model.ts";
import type {
  ChangeApplication,
  Disk,
  NewApplication,
  Resource,
  TestApplication,
} from "../../../core/model.ts";
import { configLines } from "./config-lines.ts";

/** 附件6 云服务申请测算报告（新增、测试资源）与变更测算报告。 */

export const estimateTitle = "深圳市政务云服务申请测算报告";
export const changeEstimateTitle = "深圳市政务云服务变更测算报告";

/** 新增申请的 estimate（与 application.schema.json 一致）。 */
interface NewEstimate {
  description: string;
  architecture: { summary: string; diagrams?: string[] };
  users: { groups: string; maxUsers: number; maxConcurrent: number };
  method: "load-test" | "analogy";
  loadTest?: {
    servers: {
      name: string;
      vcpu: number;
      memoryGB: number;
      systemDisk?: Disk;
      dataDisks?: Disk[];
      quantity: number;
      purpose: string;
      environment?: string;
    }[];
    scenarios: {
      name: string;
      server: string;
      concurrency: number;
      expected: string;
      cpuPercent: number;
      memoryPercent: number;
      result?: string;
      evidence?: string[];
    }[];
    conclusion: string;
  };
  analogy?: { system: string; explanation: string };
  demand: { resource: string; vcpu?: number; memoryGB?: number; quantity?: number; basis: string }[];
  storage?: {
    resource: string;
    runtimeGB?: number;
    migratedGB?: number;
    migratedEvidence?: string[];
    growth?: { monthlyGB: number; months: number; composition: string; formula?: string };
    requiredGB: number;
    explanation: string;
  }[];
  backup?: {
    resource?: string;
    content: string;
    type: "full" | "incremental" | "differential" | "full+incremental";
    policy: string;
    retentionDays: number;
    sourceGB?: number;
    capacityGB: number;
    formula?: string;
  }[];
  security?: { explanation: string };
}

interface TestEstimate {
  description: string;
  architecture: { summary: string; diagrams?: string[] };
  deployment: string;
  nodes: { name: string; resource: string }[];
  basis: string;
}

interface ChangeEstimate {
  explanation: string;
  evidence?: string[];
  storageGrowth?: { monthlyGB: number; months: number; composition: string; formula?: string };
}

const h2 = (title: string): Block => ({ kind: "heading", level: 2, title });
const h3 = (title: string): Block => ({ kind: "heading", level: 3, title });
const para = (...texts: (string | undefined)[]): Block => ({
  kind: "text",
  style: "body",
  lines: texts.filter((t): t is string => t !== undefined && t !== "").map(line),
});
const paraLines = (lines: Line[]): Block => ({ kind: "text", style: "body", lines });
const notInvolved = "不涉及。";

const backupTypes: Record<string, string> = {
  full: "全量",
  incremental: "增量",
  differential: "差异",
  "full+incremental": "全量+增量",
};

/** 报告中对一项资源的称呼：用途（或服务名）。 */
function resourceTitle(ctx: FormContext, resources: readonly Resource[], id: string): string {
  const r = resources.find((x) => x.id === id);
  if (!r) return id;
  const name = serviceName(ctx.catalog, r.service);
  return serviceOf(ctx.catalog, r.service)?.shape === "compute" ? (r.purpose ?? name) : name;
}

/** 架构说明与附图（图片由表单来源嵌入打印件）。 */
function architectureBlock(a: { summary: string; diagrams?: string[] }): Block {
  return paraLines(cellLines(a.summary, ...(a.diagrams ?? []).map((d) => figureLine(`附图：${d}`, d))).lines);
}

/** 截图：一行文字，打印件上附图片。 */
const screenshots = (paths: readonly string[] | undefined): Line[] =>
  (paths ?? []).map((p) => figureLine(`截图：${p}`, p));

function securityResources(ctx: FormContext, resources: readonly Resource[]): TableBlock | undefined {
  const mine = resources.filter((r) => serviceOf(ctx.catalog, r.service)?.level1 === "安全");
  if (mine.length === 0) return undefined;
  return {
    kind: "table",
    columns: ["编号", "安全服务", "配置", "数量"],
    widths: [8, 24, 48, 20],
    rows: mine.map((r, i) => [
      cell(String(i + 1)),
      cell(serviceName(ctx.catalog, r.service)),
      cell(...configLines(ctx.catalog, r.service, r, "new")),
      cell(
        r.service === "vulnerability-scan"
          ? `${r.timesPerMonth ?? r.quantity ?? 1}次`
          : quantityText(ctx.catalog, r.service, r.quantity ?? (r.base !== undefined ? r.base : undefined)),
      ),
    ]),
  };
}

/** 测算方式为系统测试时：测试环境、测试场景及结果、测试结论。 */
function loadTestBlocks(ctx: FormContext, lt: NonNullable<NewEstimate["loadTest"]>): Block[] {
  const server = (name: string) => lt.servers.find((s) => s.name === name);
  return [
    h3("（1）测试环境"),
    {
      kind: "table",
      columns: ["编号", "类型", "配置", "数量", "用途"],
      widths: [8, 20, 32, 10, 30],
      rows: lt.servers.map((s, i) => [
        cell(String(i + 1)),
        cell(s.name),
        cell(
          `CPU：${s.vcpu}核`,
          `内存：${s.memoryGB}GB`,
          s.systemDisk ? `系统盘：${diskText(ctx.catalog, s.systemDisk)}` : "",
          ...(s.dataDisks ?? []).map((d) => `数据盘：${diskText(ctx.catalog, d)}`),
        ),
        cell(`${s.quantity}台`),
        cell(s.purpose, s.environment ? `运行环境：${s.environment}` : ""),
      ]),
    },
    h3("（2）测试场景及结果"),
    {
      kind: "table",
      columns: ["编号", "类型", "配置", "资源利用率情况"],
      widths: [8, 20, 22, 50],
      rows: lt.scenarios.map((sc, i) => {
        const s = server(sc.server);
        return [
          cell(String(i + 1)),
          cell(sc.server),
          s ? cell(`CPU：${s.vcpu}核`, `内存：${s.memoryGB}GB`) : cell(),
          cellLines(
            `测试场景：${sc.name}`,
            `预设并发量：${sc.concurrency}`,
            `预设结果：${sc.expected}`,
            `CPU利用率：${sc.cpuPercent}%`,
            `内存利用率：${sc.memoryPercent}%`,
            sc.result ? `运行情况：${sc.result}` : "",
            ...screenshots(sc.evidence),
          ),
        ];
      }),
    },
    h3("（3）测试结论"),
    para(lt.conclusion),
  ];
}

/** 测算出的云服务需求表。 */
function demandTable(ctx: FormContext, app: NewApplication, e: NewEstimate): TableBlock {
  return {
    kind: "table",
    columns: ["编号", "类型", "配置", "数量", "测算说明"],
    widths: [8, 24, 20, 10, 38],
    rows: e.demand.map((d, i) => {
      const r = app.resources.find((x) => x.id === d.resource);
      return [
        cell(String(i + 1)),
        cell(r ? serviceName(ctx.catalog, r.service) : d.resource, r?.purpose),
        cell(
          d.vcpu !== undefined ? `vCPU：${d.vcpu}核` : "",
          d.memoryGB !== undefined ? `内存：${d.memoryGB}GB` : "",
        ),
        cell(d.quantity !== undefined ? `${d.quantity}${r ? countUnit(ctx.catalog, r.service) : ""}` : ""),
        cell(d.basis),
      ];
    }),
  };
}

/** 3、存储需求说明的表。 */
function storageTable(ctx: FormContext, app: NewApplication, e: NewEstimate): TableBlock {
  return {
    kind: "table",
    columns: ["编号", "类型", "所需存储量", "所需存储量说明"],
    widths: [8, 20, 26, 46],
    empty: "不涉及",
    rows: (e.storage ?? []).map((s, i) => {
      const r = app.resources.find((x) => x.id === s.resource);
      const compute = r && serviceOf(ctx.catalog, r.service)?.shape === "compute";
      const needed = compute
        ? [
            r.systemDisk ? `系统盘：${diskText(ctx.catalog, r.systemDisk)}` : "",
            ...(r.dataDisks ?? []).map((d) => `数据盘：${diskText(ctx.catalog, d)}`),
            `测算所需：${s.requiredGB}GB`,
          ]
        : [`${s.requiredGB}GB`];
      return [
        cell(String(i + 1)),
        cell(resourceTitle(ctx, app.resources, s.resource)),
        cell(...needed),
        cellLines(
          s.explanation,
          s.runtimeGB !== undefined ? `运行环境、业务部署包的存储占用量：${s.runtimeGB}GB` : "",
          s.migratedGB !== undefined ? `已有业务数据迁移量：${s.migratedGB}GB` : "",
          ...screenshots(s.migratedEvidence),
          s.growth ? `未来${s.growth.months}个月业务数据增长量：每月${s.growth.monthlyGB}GB` : "",
          s.growth ? `数据的构成：${s.growth.composition}` : "",
          s.growth?.formula ? `测算依据：${s.growth.formula}` : "",
        ),
      ];
    }),
  };
}

// ---------- 新增 ----------

function newEstimate(ctx: FormContext, app: NewApplication): FormDocument {
  const e = app.estimate as unknown as NewEstimate;
  const blocks: Block[] = [
    h2("1、系统概述"),
    h3("（1）系统名称"),
    para(app.system),
    h3("（2）系统描述"),
    para(e.description),
    h3("（3）系统架构图"),
    architectureBlock(e.architecture),
    h3("（4）系统用户"),
    para(
      `用户群体：${e.users.groups}`,
      `预估最大用户量：${e.users.maxUsers}人`,
      `预估最大并发量：${e.users.maxConcurrent}`,
    ),
    h2("2、IaaS、PaaS需求说明"),
    paraLines([
      choicesLine(
        [choice("系统测试", e.method === "load-test"), choice("同类型系统类比", e.method === "analogy")],
        "测算方式：",
      ),
    ]),
  ];
  if (e.method === "load-test" && e.loadTest) {
    blocks.push(...loadTestBlocks(ctx, e.loadTest));
  } else if (e.analogy) {
    blocks.push(
      para(`类比的同类型系统：${e.analogy.system}`, `所需规格、数量的测算说明：${e.analogy.explanation}`),
    );
  }
  blocks.push(h3("测算出的云服务需求"), demandTable(ctx, app, e));

  blocks.push(h2("3、存储需求说明"), storageTable(ctx, app, e));

  blocks.push(h2("4、灾备需求说明"));
  if (e.backup && e.backup.length > 0)
    blocks.push({
      kind: "table",
      columns: ["编号", "备份内容", "备份类型", "备份策略", "保存周期", "备份容量", "推算过程"],
      widths: [7, 19, 10, 17, 9, 10, 28],
      rows: e.backup.map((b, i) => [
        cell(String(i + 1)),
        cell(
          b.content,
          b.resource ? `对象：${resourceTitle(ctx, app.resources, b.resource)}` : "",
          b.sourceGB !== undefined ? `源数据量：${b.sourceGB}GB` : "",
        ),
        cell(backupTypes[b.type] ?? b.type),
        cell(b.policy),
        cell(`${b.retentionDays}天`),
        cell(`${b.capacityGB}GB`),
        cell(b.formula),
      ]),
    });
  else blocks.push(para(notInvolved));

  blocks.push(
    h2("5、安全需求说明"),
    para(`网络安全等级保护：第${ctx.system.protectionLevel}级`, e.security?.explanation),
  );
  const sec = securityResources(ctx, app.resources);
  if (sec) blocks.push(sec);

  return {
    name: "测算报告",
    variant: "新增",
    annex: "附件6",
    title: estimateTitle,
    blocks,
  };
}

// ---------- 测试资源（第49条(4)） ----------

function testEstimate(ctx: FormContext, app: TestApplication): FormDocument {
  const e = app.estimate as unknown as TestEstimate;
  const blocks: Block[] = [
    h2("1、系统概述"),
    h3("（1）系统名称"),
    para(app.system),
    h3("（2）系统描述"),
    para(e.description),
    h3("（3）系统架构"),
    architectureBlock(e.architecture),
    h2("2、部署方案"),
    para(e.deployment),
    {
      kind: "table",
      columns: ["编号", "部署节点", "对应资源", "配置"],
      widths: [8, 22, 30, 40],
      rows: e.nodes.map((n, i) => {
        const r = app.resources.find((x) => x.id === n.resource);
        return [
          cell(String(i + 1)),
          cell(n.name),
          cell(r ? serviceName(ctx.catalog, r.service) : n.resource, r?.purpose),
          cell(...(r ? configLines(ctx.catalog, r.service, r, "new") : [])),
        ];
      }),
    },
    h2("3、资源需求"),
    {
      kind: "table",
      columns: ["编号", "类型", "配置", "用途", "数量"],
      widths: [8, 14, 36, 30, 12],
      rows: app.resources.map((r, i) => [
        cell(String(i + 1)),
        cell(serviceName(ctx.catalog, r.service)),
        cell(...configLines(ctx.catalog, r.service, r, "new")),
        cell(r.purpose),
        cell(quantityText(ctx.catalog, r.service, r.quantity)),
      ]),
    },
    h2("4、测算依据"),
    para(e.basis),
  ];
  return {
    name: "测算报告",
    variant: "测试资源",
    annex: "附件6",
    title: estimateTitle,
    subtitle: "（测试资源）",
    blocks,
  };
}

// ---------- 变更 ----------

function changeEstimate(ctx: FormContext, app: ChangeApplication): FormDocument | undefined {
  if (!app.estimate) return undefined;
  const e = app.estimate as unknown as ChangeEstimate;
  const rows = {
    compute: [] as Cell[][],
    storage: [] as Cell[][],
    container: [] as Cell[][],
    dr: [] as Cell[][],
    security: [] as Cell[][],
    other: [] as Cell[][],
  };
  const evidence: { text: string; path: string }[] = [];
  for (const c of app.changes) {
    const r = stateResource(ctx.before, c.resource);
    const service = r?.service ?? "";
    const svc = serviceOf(ctx.catalog, service);
    const name = r ? serviceName(ctx.catalog, service) : c.resource;
    const u = c.utilization;
    for (const p of u?.evidence ?? [])
      evidence.push({ text: `${name}${r?.purpose ? `（${r.purpose}）` : ""}：${p}`, path: p });
    const before = configLines(ctx.catalog, service, c.before, "change");
    const after = configLines(ctx.catalog, service, c.after, "change");
    const gb = (v: number | undefined) => (v === undefined ? "" : String(v));
    if (service === "ecs" || service === "bms" || service === "ai-compute") {
      const pct = (label: string, v?: { average: number; peak?: number }) =>
        v ? `${label}平均${v.average}%${v.peak !== undefined ? `、峰值${v.peak}%` : ""}` : "";
      rows.compute.push([
        cell(name, ...(c.ip ? [c.ip] : ipsOf(r))),
        cell(...before),
        cell(...after),
        cell(
          u ? `统计区间：${formatDate(u.window.from)}至${formatDate(u.window.to)}` : "",
          pct("vCPU", u?.cpu),
          pct("内存", u?.memory),
          u?.storage?.usedPercent !== undefined ? `存储峰值${u.storage.usedPercent}%` : "",
          u?.storage?.usedGB !== undefined ? `存储已使用${u.storage.usedGB}GB` : "",
        ),
      ]);
    } else if (service === "obs" || service === "sfs" || service === "evs") {
      rows.storage.push([
        cell(name, r?.purpose),
        cell(gb(c.before.capacityGB)),
        cell(gb(u?.storage?.usedGB)),
        cell(gb(c.after.capacityGB)),
      ]);
    } else if (svc?.shape === "vcpu" || service === "cce-node") {
      rows.container.push([
        cell(name, r?.purpose),
        cell(gb(c.before.vcpu)),
        cell(u?.cpu ? `平均${u.cpu.average}${u.cpu.peak !== undefined ? `，峰值${u.cpu.peak}` : ""}` : ""),
        cell(gb(c.after.vcpu)),
      ]);
    } else if (svc?.level1 === "灾备") {
      rows.dr.push([
        cell(gb(c.before.capacityGB)),
        cell(gb(u?.storage?.usedGB)),
        cell(gb(c.after.capacityGB)),
      ]);
    } else if (svc?.level1 === "安全") {
      rows.security.push([
        cell(String(rows.security.length + 1)),
        cell(name),
        cell(...before),
        cell(...after),
      ]);
    } else {
      rows.other.push([cell(String(rows.other.length + 1)), cell(name), cell(...before), cell(...after)]);
    }
  }
  const table = (columns: string[], body: Cell[][], widths: number[]): TableBlock => ({
    kind: "table",
    columns,
    rows: body,
    widths,
    empty: "不涉及",
  });
  const blocks: Block[] = [
    h2("1、云服务变更汇总"),
    h3("（1）云主机、裸金属"),
    table(["IP", "变更前配置﹡", "变更后配置﹡", "资源利用率"], rows.compute, [20, 26, 26, 28]),
    h3("（2）对象存储、文件存储"),
    table(["名称", "变更前容量（GB）", "已使用量（GB）", "变更后容量（GB）"], rows.storage, [34, 22, 22, 22]),
    h3("（3）容器"),
    table(["名称", "vCPU（核）", "利用率（%）", "变更后容量（核）"], rows.container, [34, 22, 22, 22]),
    h3("（4）灾备服务"),
    table(["容量（GB）", "使用量（GB）", "变更后容量（GB）"], rows.dr, [34, 33, 33]),
    h3("（5）安全服务"),
    table(["编号", "名称", "配置", "变更后配置"], rows.security, [8, 24, 34, 34]),
  ];
  if (rows.other.length > 0)
    blocks.push(h3("其他服务"), table(["编号", "名称", "配置", "变更后配置"], rows.other, [8, 24, 34, 34]));
  const growth = e.storageGrowth;
  // 已在某个变更项下列出的截图不再重复
  const overall = (e.evidence ?? []).filter((p) => !evidence.some((x) => x.path === p));
  blocks.push(
    h2("2、云服务变更前截图、测算说明"),
    h3("1、变更前云服务使用情况截图"),
    evidence.length + overall.length > 0
      ? paraLines([
          ...evidence.map((x) => figureLine(x.text, x.path)),
          ...overall.map((p) => figureLine(`整体：${p}`, p)),
        ])
      : para("未提供。"),
    h3("2、资源变更的测算过程"),
    para(
      e.explanation,
      growth ? `存储变更量：每月增长${growth.monthlyGB}GB，测算${growth.months}个月` : "",
      growth ? `数据的构成：${growth.composition}` : "",
      growth?.formula ? `测算公式：${growth.formula}` : "",
    ),
  );
  return {
    name: "变更测算报告",
    variant: "变更",
    annex: "附件6",
    title: changeEstimateTitle,
    blocks,
  };
}

/** 申请对应的测算报告：新增、测试资源必有；变更在写了 estimate 时才有（缩容时可不提供，第27条）。 */
export function estimateForm(ctx: FormContext): FormDocument | undefined {
  const app = ctx.application;
  switch (app.type) {
    case "new":
      return newEstimate(ctx, app);
    case "test":
      return testEstimate(ctx, app);
    case "change":
      return changeEstimate(ctx, app);
    default:
      return undefined;
  }
}
