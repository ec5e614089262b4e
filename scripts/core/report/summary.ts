import { addMonths } from "../calendar/workdays.ts";
import type { Catalog, DiskTier } from "../catalog/types.ts";
import type { Application, ResourceConfig } from "../model.ts";
import { kindName, type Profile } from "../profile.ts";
import { type ResourceState, type SystemState, testPeriodOf } from "../state/fold.ts";

/**
 * 合并后会发生什么：一份申请作用在它之前的系统状态上，用平常的中文说出来（PR 评论用），
 * 并列出每个受影响资源的变更前 → 变更后。纯函数；返回的文字含用户填写的内容，输出时须转义。
 */

export interface ChangeRow {
  resource: string;
  service: string;
  before: string;
  after: string;
}

/**
 * 一项资源配置的简短写法，如 “4核8GB，系统盘 100GB 高IO，数据盘 200GB 高IO”。磁盘类型的名称取自
 * profile 的服务目录（catalog.profile.diskTiers：深圳“高IO”，淮北“SAS硬盘”），目录里没有时写类型的标识。
 */
export function describeConfig(c: ResourceConfig, tiers: readonly DiskTier[] = []): string {
  const tierName = (id: string) => tiers.find((t) => t.id === id)?.label ?? id;
  const parts: string[] = [];
  if (c.vcpu !== undefined && c.memoryGB !== undefined) parts.push(`${c.vcpu}核${c.memoryGB}GB`);
  else if (c.vcpu !== undefined) parts.push(`${c.vcpu} vCPU`);
  if (c.gpus !== undefined) parts.push(`${c.gpus} 块加速卡`);
  // 磁盘类型可以不写（有的规范有默认类型）：不写时不列
  const tier = (t: string | undefined) => (t === undefined ? "" : ` ${tierName(t)}`);
  if (c.systemDisk) parts.push(`系统盘 ${c.systemDisk.sizeGB}GB${tier(c.systemDisk.tier)}`);
  for (const d of c.dataDisks ?? []) parts.push(`数据盘 ${d.sizeGB}GB${tier(d.tier)}`);
  if (c.capacityGB !== undefined) parts.push(`${c.capacityGB}GB${c.tier ? ` ${tierName(c.tier)}` : ""}`);
  if (c.edition !== undefined) parts.push({ single: "单机版", ha: "主备版", cluster: "集群版" }[c.edition]);
  if (c.sizeGB !== undefined) parts.push(`${c.sizeGB}GB`);
  if (c.base !== undefined || c.increments !== undefined)
    parts.push(`基础包 ${c.base ?? 0} 个、增量包 ${c.increments ?? 0} 个`);
  if (c.connections !== undefined) parts.push(`${c.connections} 连接`);
  if (c.assets !== undefined) parts.push(`${c.assets} 资产`);
  if (c.bandwidthMbps !== undefined && c.base === undefined) parts.push(`${c.bandwidthMbps}Mbps`);
  if (c.dailyGB !== undefined) parts.push(`${c.dailyGB}GB/天`);
  if (c.network !== undefined) parts.push(c.network === "public" ? "公网IP" : "政务外网IP");
  if (c.bindTo !== undefined) parts.push(`绑定 ${c.bindTo}`);
  if (c.ips !== undefined) parts.push(`${c.ips} 个私网 IP`);
  return parts.join("，");
}

/** 配置的写法前加一个分隔（如 “（…）” 或 “，…”）；没有可写的配置时为空。 */
const joinedConfig = (c: ResourceConfig, catalog: Catalog, before: string, after = "") => {
  const described = describeConfig(c, catalog.profile.diskTiers);
  return described ? `${before}${described}${after}` : "";
};
const withConfig = (c: ResourceConfig, catalog: Catalog) => joinedConfig(c, catalog, "（", "）");
const sized = (c: ResourceConfig, catalog: Catalog) => {
  const described = describeConfig(c, catalog.profile.diskTiers);
  return described ? `${quantityOf(c)} × ${described}` : `数量 ${quantityOf(c)}`;
};

const quantityOf = (c: ResourceConfig) => c.quantity ?? 1;
const unitOf = (service: string, catalog: Catalog) =>
  ["ecs", "bms", "cce-node"].includes(service)
    ? "台"
    : catalog.serviceById.get(service)?.shape === "count"
      ? "个"
      : "项";
const nameOf = (service: string, catalog: Catalog) => catalog.serviceById.get(service)?.name ?? service;

function changedFields(before: ResourceConfig, after: ResourceConfig): string {
  const out: string[] = [];
  const num = (label: string, a: number | undefined, b: number | undefined, unit: string) => {
    if (a !== b && b !== undefined) out.push(`${label} ${a ?? "—"}→${b}${unit}`);
  };
  num("vCPU", before.vcpu, after.vcpu, " 核");
  num("内存", before.memoryGB, after.memoryGB, " GB");
  num("容量", before.capacityGB, after.capacityGB, " GB");
  num("缓存", before.sizeGB, after.sizeGB, " GB");
  num("增量包", before.increments, after.increments, " 个");
  num("连接数", before.connections, after.connections, "");
  num("资产数", before.assets, after.assets, "");
  num("数量", before.quantity, after.quantity, "");
  const disks = (c: ResourceConfig) => (c.dataDisks ?? []).map((d) => `${d.sizeGB}GB`).join("+") || "无";
  if (after.dataDisks !== undefined && disks(before) !== disks(after))
    out.push(`数据盘 ${disks(before)}→${disks(after)}`);
  return out.join("，") || "配置不变";
}

/** 一份申请合并后会做的事，一句一项。 */
export function summarize(
  app: Application,
  before: SystemState,
  catalog: Catalog,
  profile: Profile,
): string[] {
  // 测试资源在各规范里的叫法（深圳“测试资源”，淮北“临时资源”）
  const testName = kindName(profile, "test", "zh", "short");
  switch (app.type) {
    case "new":
    case "test": {
      const prefix = app.type === "test" ? `新增${testName}` : "新增";
      const testPeriod = app.type === "test" ? testPeriodOf(app) : undefined;
      const period = testPeriod
        ? `，使用期限 ${"months" in testPeriod ? `${testPeriod.months} 个月` : `${testPeriod.weeks} 周`}`
        : "";
      return app.resources.map(
        (r) =>
          `${prefix} ${quantityOf(r)} ${unitOf(r.service, catalog)}${nameOf(r.service, catalog)} ${r.id}${withConfig(r, catalog)}${r.purpose ? `：${r.purpose}` : ""}${period}`,
      );
    }
    case "change":
      return [
        ...app.changes.map((c) => {
          const current = before.resources.get(c.resource);
          const svc = current ? nameOf(current.service, catalog) : "资源";
          const n = current ? quantityOf(current.config) : 1;
          return `变更${svc} ${c.resource}${n > 1 ? `（${n} ${unitOf(current?.service ?? "", catalog)}）` : ""}：${changedFields({ ...(current?.config ?? {}), ...c.before }, c.after)}${app.shutdown?.required ? `，需关机（${app.shutdown.date ?? "日期待定"}）` : ""}`;
        }),
        // 变更中新增的资源（有的规范的变更申请可以新增资源）
        ...(app.additions ?? []).map(
          (r) =>
            `新增 ${quantityOf(r)} ${unitOf(r.service, catalog)}${nameOf(r.service, catalog)} ${r.id}${withConfig(r, catalog)}`,
        ),
      ];
    case "revoke":
      return app.revocations.map((rv) => {
        const current = before.resources.get(rv.resource);
        const what = current
          ? `${nameOf(current.service, catalog)} ${rv.resource}（${quantityOf(current.config)} ${unitOf(current.service, catalog)}${joinedConfig(current.config, catalog, "，")}）`
          : rv.resource;
        const data = { "backed-up": "数据已备份", "not-needed": "数据无需备份", "no-data": "不涉及数据" }[
          rv.dataBackup
        ];
        return `撤销${what}，${data}${rv.keep?.length ? `，保留 ${rv.keep.join("、")}` : ""}`;
      });
    case "ports": {
      const verb = app.ports.business !== "close" ? "开放" : "关闭";
      const rules = (app.ports.rules ?? []).map((r) => {
        const ports = Array.isArray(r.ports) ? r.ports.join("、") : (r.ports ?? "全部端口");
        const src = r.source.toLowerCase() === "any" ? "任意地址" : r.source;
        // 网络只在申请写了时才说（深圳的端口申请分政务公共网 / 政务办公网；淮北的高危端口备案没有这一项）
        const network =
          app.ports.network === undefined
            ? ""
            : `，${app.ports.network === "public" ? "政务公共网" : "政务办公网"}`;
        return `${verb} ${r.protocol.toUpperCase()} ${ports} 至 ${r.destination}（来源 ${src}${network}）`;
      });
      const ips = (app.ports.ipRequests ?? []).map(
        (ip) =>
          `申请 ${ip.quantity} 个${{ virtual: "政务云虚拟IP", elastic: "政务云弹性IP", public: "公网IP" }[ip.type]}${ip.bindTo ? `，绑定 ${ip.bindTo}` : ""}`,
      );
      return [...rules, ...ips];
    }
    case "test-renewal":
      return (app.renewals ?? []).map((rn) => {
        const expires = before.resources.get(rn.resource)?.test?.expiresOn;
        return `${testName} ${rn.resource} 续期 ${rn.months} 个月${expires ? `（到期日 ${expires} → ${addMonths(expires, rn.months)}）` : ""}`;
      });
  }
}

/** 资源变更表：每个受影响的资源，变更前 → 变更后。 */
export function changeRows(app: Application, before: SystemState, catalog: Catalog): ChangeRow[] {
  const row = (
    id: string,
    r: ResourceState | undefined,
    service: string,
    b: string,
    a: string,
  ): ChangeRow => ({
    resource: id,
    service: nameOf(r?.service ?? service, catalog),
    before: b,
    after: a,
  });
  switch (app.type) {
    case "new":
    case "test":
      return app.resources.map((r) => row(r.id, undefined, r.service, "—", sized(r, catalog)));
    case "change":
      return [
        ...app.changes.map((c) => {
          const r = before.resources.get(c.resource);
          const cur = r?.config ?? c.before;
          return row(c.resource, r, "", sized(cur, catalog), sized({ ...cur, ...c.after }, catalog));
        }),
        ...(app.additions ?? []).map((r) => row(r.id, undefined, r.service, "—", sized(r, catalog))),
      ];
    case "revoke":
      return app.revocations.map((rv) => {
        const r = before.resources.get(rv.resource);
        return row(rv.resource, r, "", r ? sized(r.config, catalog) : "—", "撤销");
      });
    case "ports":
      return (app.ports.rules ?? []).map((p) => {
        const ports = Array.isArray(p.ports) ? p.ports.join("、") : String(p.ports ?? "全部");
        const rule = `${p.source} → ${p.protocol.toUpperCase()} ${ports}`;
        return app.ports.business !== "close"
          ? { resource: p.destination, service: "端口策略", before: "—", after: rule }
          : { resource: p.destination, service: "端口策略", before: rule, after: "关闭" };
      });
    case "test-renewal":
      return (app.renewals ?? []).map((rn) => {
        const r = before.resources.get(rn.resource);
        const expires = r?.test?.expiresOn;
        return row(
          rn.resource,
          r,
          "",
          expires ? `到期 ${expires}` : "未交付",
          expires ? `到期 ${addMonths(expires, rn.months)}` : `续期 ${rn.months} 个月`,
        );
      });
  }
}
