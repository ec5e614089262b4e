import type { CatalogService, ConfigShape } from "../../../core/catalog/types.ts";
import type { Change, Disk, ResourceConfig } from "../../../core/model.ts";
import type { RuleContext, RuleFinding } from "../../../core/rules/types.ts";
import type { ResourceState } from "../../../core/state/fold.ts";
import { type Text, text } from "../../../core/text.ts";
import { annex, cite, defineRule } from "./define.ts";

/*
 * 变更、撤销各规则共用的小工具（附件2 的配置形态、在用配置与变更后配置、数值的比较与显示）。
 */

/** 各配置形态在变更前、变更后配置中可写的字段（套餐与固定规格另加目录给出的字段）。 */
const shapeFields: Record<ConfigShape, readonly (keyof ResourceConfig)[]> = {
  compute: ["vcpu", "memoryGB", "systemDisk", "dataDisks", "quantity"],
  capacity: ["capacityGB", "quantity"],
  vcpu: ["vcpu", "quantity"],
  cache: ["edition", "sizeGB", "quantity"],
  package: ["base", "increments", "quantity"],
  choice: ["quantity"],
  connections: ["connections", "quantity"],
  count: ["quantity"],
};

/** 一项服务的变更前、变更后配置可写的字段。 */
export function configFields(svc: CatalogService): string[] {
  const fields: string[] = [...shapeFields[svc.shape]];
  if (svc.package) fields.push(svc.package.measure.field);
  if (svc.choice) fields.push(svc.choice.field);
  return fields;
}

/**
 * 一项变更实际作用的配置：变更前取在用配置（系统状态；状态里没有的字段才取申请写的变更前配置），
 * 变更后是它叠加 `after`——与状态折叠（fold.ts）对变更的处理一致。
 */
export function inService(
  change: Change,
  current?: ResourceState,
): { before: ResourceConfig; after: ResourceConfig } {
  const before: ResourceConfig = { ...change.before, ...(current?.config ?? {}) };
  return { before, after: { ...before, ...change.after } };
}

/** 与键顺序无关的比较用字符串。 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${k}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "undefined";
}

/** YAML 流式写法，用于“请改为 …”：`12`、`{ sizeGB: 100, tier: sas }`、`[{ sizeGB: 200, tier: sas }]`。 */
export function flow(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{ ${Object.entries(value)
      .map(([k, v]) => `${k}: ${flow(v)}`)
      .join(", ")} }`;
  return String(value);
}

export const dataTotal = (c: ResourceConfig): number => (c.dataDisks ?? []).reduce((s, d) => s + d.sizeGB, 0);

const disk = (d: Disk) => `${d.sizeGB} GB ${d.tier}`;

/** 配置字段的显示（中文、英文）。 */
export function show(field: string, value: unknown): Text {
  if (value === undefined) return text("未填", "not set");
  if (field === "dataDisks") {
    const disks = value as Disk[];
    return disks.length
      ? text(disks.map(disk).join("、"), disks.map(disk).join(", "))
      : text("无数据盘", "no data disks");
  }
  if (field === "systemDisk") return text(disk(value as Disk), disk(value as Disk));
  if (field === "vcpu") return text(`${value} 核`, `${value} vCPU`);
  if (/GB$/.test(field)) return text(`${value} GB`, `${value} GB`);
  if (field === "bandwidthMbps") return text(`${value} Mbps`, `${value} Mbps`);
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return text(s, s);
}

/** 可比较大小的配置量：变更前后的差即扩容或缩容。 */
export const measures: {
  field: string;
  zh: string;
  en: string;
  get: (c: ResourceConfig) => number | undefined;
}[] = [
  { field: "vcpu", zh: "vCPU", en: "vCPU", get: (c) => c.vcpu },
  { field: "memoryGB", zh: "内存", en: "memory", get: (c) => c.memoryGB },
  { field: "systemDisk", zh: "系统盘", en: "system disk", get: (c) => c.systemDisk?.sizeGB },
  {
    field: "dataDisks",
    zh: "数据盘",
    en: "data disks",
    get: (c) => (c.dataDisks ? dataTotal(c) : undefined),
  },
  { field: "capacityGB", zh: "容量", en: "capacity", get: (c) => c.capacityGB },
  { field: "sizeGB", zh: "缓存容量", en: "cache size", get: (c) => c.sizeGB },
  { field: "base", zh: "基础包", en: "base packages", get: (c) => c.base },
  { field: "increments", zh: "增量包", en: "increment packages", get: (c) => c.increments },
  { field: "connections", zh: "连接数", en: "connections", get: (c) => c.connections },
  { field: "logSources", zh: "日志源", en: "log sources", get: (c) => c.logSources },
  { field: "bandwidthMbps", zh: "带宽", en: "bandwidth", get: (c) => c.bandwidthMbps },
  { field: "assets", zh: "资产数", en: "assets", get: (c) => c.assets },
  { field: "dailyGB", zh: "日分析量", en: "daily volume", get: (c) => c.dailyGB },
  { field: "quantity", zh: "数量", en: "quantity", get: (c) => c.quantity },
];

const unitOf = (field: string) =>
  field === "vcpu" ? " 核" : field === "bandwidthMbps" ? " Mbps" : /GB$|Disk/.test(field) ? " GB" : "";

/** 一项变更中变大、变小与其他（版本、磁盘类型）的改动，每项一句，如“vCPU 8→12 核”。 */
export function movements(before: ResourceConfig, after: ResourceConfig) {
  const up: Text[] = [];
  const down: Text[] = [];
  const other: Text[] = [];
  for (const m of measures) {
    const a = m.get(before);
    const b = m.get(after);
    if (a === undefined || b === undefined || a === b) continue;
    const unit = unitOf(m.field);
    (b > a ? up : down).push(
      text(`${m.zh} ${a}→${b}${unit}`, `${m.en} ${a}→${b}${unit === " 核" ? "" : unit}`),
    );
  }
  if (before.edition !== after.edition)
    other.push(text(`版本 ${before.edition}→${after.edition}`, `edition ${before.edition}→${after.edition}`));
  // 同一块盘（系统盘、同一位置的数据盘）换了磁盘类型；新加的盘只算容量变化
  const retiered =
    before.systemDisk?.tier !== after.systemDisk?.tier ||
    (before.dataDisks ?? []).some((d, i) => {
      const n = after.dataDisks?.[i];
      return n !== undefined && n.tier !== d.tier;
    });
  if (retiered) other.push(text("磁盘类型改变", "disk type changed"));
  return { up, down, other };
}

/** “app：vCPU 8→12 核、内存 16→24 GB” */
export const describeItems = (resource: string, items: readonly Text[]): Text =>
  text(
    `${resource}：${items.map((t) => t.zh).join("、")}`,
    `${resource}: ${items.map((t) => t.en).join(", ")}`,
  );

export const joinZh = (ts: readonly Text[]) => ts.map((t) => t.zh).join("；");
export const joinEn = (ts: readonly Text[]) => ts.map((t) => t.en).join("; ");

/** 服务的显示名：`云主机（ecs）`。 */
export const serviceLabel = (svc: CatalogService | undefined, id: string) =>
  svc ? `${svc.name}（${id}）` : id;

/** 每一项变更及其在用资源、服务与实际作用的配置；资源不在用时跳过（change-resource-exists 报告）。 */
export function* inServiceChanges(ctx: RuleContext) {
  if (ctx.application.type !== "change" || !ctx.historyComplete) return;
  for (const [i, change] of ctx.application.changes.entries()) {
    const current = ctx.before.resources.get(change.resource);
    if (!current) continue;
    const svc = ctx.catalog.serviceById.get(current.service);
    yield { change, current, svc, path: `/changes/${i}`, ...inService(change, current) };
  }
}

/**
 * 附件2：哪些服务可以变更、变更受什么限制；变更前、变更后配置只写该服务配置形态中的字段；
 * 一项变更须确有改动（第6条(2)：变更是扩容或缩容已申请的云服务配置）。
 */
export const changeAllowed = defineRule({
  id: "change-allowed",
  title: text(
    "可变更的服务与变更限制：不可变更、不可变更CPU、不可在线变更、不可缩容",
    "Which services may change, and how: no change, fixed CPU, no online change, no shrink",
  ),
  citation: annex("附件2"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "附件2《云服务申请类型》：虚拟私有云、安全组、云防火墙、云密钥管理、数据加解密、主机安全、容器安全、漏洞扫描、云安全网页防篡改的“变更”为“-”；裸金属“不可变更CPU”；AI算力“不可在线变更”；云硬盘存储、文件存储“不可缩容变更”（主机的数据盘、系统盘也是云硬盘）。",
    "附件2: VPC, security group, cloud firewall, KMS, data encryption, host security, container security, vulnerability scan and web tamper protection cannot be changed; bare metal cannot change its CPU; AI compute cannot change online; cloud disks and file storage never shrink (a host's data and system disks are cloud disks too).",
  ),
  check(ctx) {
    const out: RuleFinding[] = [];
    const shutdown = ctx.application.type === "change" ? ctx.application.shutdown : undefined;
    for (const { change, svc, path, before, after } of inServiceChanges(ctx)) {
      if (!svc) continue;
      const label = serviceLabel(svc, svc.id);
      if (!svc.changeTypes.change) {
        out.push({
          path: `${path}/resource`,
          message: text(
            `资源 ${change.resource} 是${label}，附件2 中${svc.level3}的“变更”为“-”，不能变更。需要不同的配置，请提交撤销申请撤销它，再以新增申请申请新的配置。`,
            `Resource ${change.resource} is ${svc.level3} (${svc.id}), which 附件2 marks as not changeable. Revoke it and apply for the new configuration as a new application.`,
          ),
        });
        continue;
      }
      const allowed = configFields(svc);
      for (const side of ["before", "after"] as const) {
        for (const field of Object.keys(change[side])) {
          if (allowed.includes(field)) continue;
          out.push({
            path: `${path}/${side}/${field}`,
            atKey: true,
            message: text(
              `${field} 不是${label}的配置项。${svc.name}的变更前、变更后配置只能写：${allowed.join("、")}。请删除 ${side}.${field}。`,
              `${field} is not part of a ${svc.level3} (${svc.id}) configuration; its before and after may only hold ${allowed.join(", ")}. Remove ${side}.${field}.`,
            ),
          });
        }
      }
      if (svc.changeLimits?.cpuFixed && after.vcpu !== before.vcpu)
        out.push({
          path: `${path}/after/vcpu`,
          message: text(
            `${label}不可变更 CPU（附件2 备注）：在用 ${before.vcpu} 核，这里改为 ${after.vcpu} 核。请把 after.vcpu 改回 ${before.vcpu}（可以变更内存与磁盘）。`,
            `${svc.level3} cannot change its CPU (附件2 remark): it has ${before.vcpu} vCPU, here ${after.vcpu}. Set after.vcpu back to ${before.vcpu} (memory and disks may change).`,
          ),
        });
      if (svc.changeLimits?.noOnlineChange && shutdown?.required !== true)
        out.push({
          path: shutdown ? "/shutdown/required" : `${path}/resource`,
          message: text(
            `${label}不可在线变更（附件2 备注）：须关机后变更。请填写 shutdown: { required: true, date: 关机日期, noticeDate: 公告日期 }，并于关机前 3 个工作日发布公告（第30条(1)）。`,
            `${svc.level3} cannot be changed online (附件2 remark): it is changed during a shutdown. Add shutdown: { required: true, date, noticeDate } and publish the notice 3 working days before (第30条(1)).`,
          ),
        });
      if (
        svc.changeLimits?.noShrink &&
        after.capacityGB !== undefined &&
        (before.capacityGB ?? 0) > after.capacityGB
      )
        out.push({
          path: `${path}/after/capacityGB`,
          message: text(
            `${label}不可缩容（附件2 备注）：在用 ${before.capacityGB} GB，这里改为 ${after.capacityGB} GB。容量只能保持或增大：请把 after.capacityGB 改为不小于 ${before.capacityGB}。`,
            `${svc.level3} never shrinks (附件2 remark): it has ${before.capacityGB} GB, here ${after.capacityGB} GB. Set after.capacityGB to at least ${before.capacityGB}.`,
          ),
        });
      if (svc.shape === "compute") out.push(...diskShrink(change.resource, path, before, after));
      if (
        Object.keys(change.after).every(
          (k) => canonical(before[k as keyof ResourceConfig]) === canonical(after[k as keyof ResourceConfig]),
        )
      )
        out.push({
          path: `${path}/after`,
          citation: cite("第6条", "(2)"),
          message: text(
            `资源 ${change.resource} 的变更后配置与在用配置相同，没有要变更的内容。请在 after 中写明要变更的配置，或删除这一项。`,
            `The after configuration of ${change.resource} equals the one in service: nothing changes. State what changes in after, or remove this item.`,
          ),
        });
    }
    return out;
  },
});

/** 主机的系统盘、数据盘是云硬盘：不可缩容，数据盘也不能去掉（附件2 云硬盘存储“不可缩容变更”）。 */
function diskShrink(
  resource: string,
  path: string,
  before: ResourceConfig,
  after: ResourceConfig,
): RuleFinding[] {
  const out: RuleFinding[] = [];
  const sys = before.systemDisk?.sizeGB;
  const sysAfter = after.systemDisk?.sizeGB;
  if (sys !== undefined && sysAfter !== undefined && sysAfter < sys)
    out.push({
      path: `${path}/after/systemDisk/sizeGB`,
      message: text(
        `云硬盘不可缩容（附件2）：${resource} 的系统盘在用 ${sys} GB，这里改为 ${sysAfter} GB。请把 after.systemDisk.sizeGB 改为不小于 ${sys}。`,
        `Cloud disks never shrink (附件2): the system disk of ${resource} has ${sys} GB, here ${sysAfter} GB. Set after.systemDisk.sizeGB to at least ${sys}.`,
      ),
    });
  const disks = before.dataDisks ?? [];
  const next = after.dataDisks ?? [];
  disks.forEach((d, i) => {
    const n = next[i];
    if (n === undefined)
      out.push({
        path: `${path}/after/dataDisks`,
        message: text(
          `云硬盘不可缩容（附件2）：${resource} 的第 ${i + 1} 块数据盘（${disk(d)}）在变更后配置中没有了。数据盘不能在变更中去掉：请在 after.dataDisks 中保留它（${d.sizeGB} GB 或更大）。`,
          `Cloud disks never shrink (附件2): data disk ${i + 1} of ${resource} (${disk(d)}) is missing after the change. Keep it in after.dataDisks (${d.sizeGB} GB or more).`,
        ),
      });
    else if (n.sizeGB < d.sizeGB)
      out.push({
        path: `${path}/after/dataDisks/${i}/sizeGB`,
        message: text(
          `云硬盘不可缩容（附件2）：${resource} 的第 ${i + 1} 块数据盘在用 ${d.sizeGB} GB，这里改为 ${n.sizeGB} GB。请改为不小于 ${d.sizeGB}。`,
          `Cloud disks never shrink (附件2): data disk ${i + 1} of ${resource} has ${d.sizeGB} GB, here ${n.sizeGB} GB. Use at least ${d.sizeGB}.`,
        ),
      });
  });
  return out;
}
