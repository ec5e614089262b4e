import type { Lang } from "../text.ts";
import type { DesiredSystem, NetworkRef, PlannedChange, ResourceSpec } from "./types.ts";

/** `govcloud plan` 的两种输出：给人看的文本，与给流水线用的 JSON。同一份数据。 */

const words = {
  zh: {
    stack: "stack",
    cloud: "云环境",
    lastDelivered: (n: number) => `最近交付：申请 ${n}`,
    neverDelivered: "尚无交付记录",
    specs: (n: number) => `规格（${n} 项；🔒 承载数据，受保护）`,
    changes: "本次发放（与最近一次交付相比）",
    noChanges: "与最近一次交付相比没有变化",
    releases: "撤销后解除保护（pulumi up 之前 pulumi state unprotect）",
    manual: "人工交付（OpenStack 不能创建，见交付清单）",
    notes: "提醒",
    refusals: "拒绝发放（改正之前不会运行 pulumi up）",
    actions: {
      create: "新建",
      resize: "调整规格",
      extend: "扩容",
      update: "修改",
      move: "改接网络",
      delete: "删除",
      release: "删除（撤销）",
    } satisfies Record<PlannedChange["action"], string>,
    backup: { "backed-up": "数据已备份", "not-needed": "无需备份", "no-data": "不涉及数据" },
    reason: { "not-openstack": "非 OpenStack 服务", consultation: "须事前沟通" },
    application: (n: number) => `申请 ${n}`,
    summary: (systems: number, refused: number) =>
      `${systems} 个系统${refused > 0 ? `，${refused} 个拒绝发放` : "，都可以发放"}。`,
  },
  en: {
    stack: "stack",
    cloud: "cloud",
    lastDelivered: (n: number) => `last delivered: application ${n}`,
    neverDelivered: "never delivered",
    specs: (n: number) => `specs (${n}; 🔒 holds data, protected)`,
    changes: "this run (against the last delivery)",
    noChanges: "no change against the last delivery",
    releases: "released by revocation (pulumi state unprotect before pulumi up)",
    manual: "manual fulfilment (not created by OpenStack; see the checklist)",
    notes: "notes",
    refusals: "refused (pulumi up will not run until fixed)",
    actions: {
      create: "create",
      resize: "resize",
      extend: "extend",
      update: "update",
      move: "move network",
      delete: "delete",
      release: "delete (revoked)",
    } satisfies Record<PlannedChange["action"], string>,
    backup: { "backed-up": "backed up", "not-needed": "no backup needed", "no-data": "no data" },
    reason: { "not-openstack": "not an OpenStack service", consultation: "consultation required" },
    application: (n: number) => `application ${n}`,
    summary: (systems: number, refused: number) =>
      `${systems} system(s)${refused > 0 ? `, ${refused} refused` : ", all can be provisioned"}.`,
  },
};

/** 一项规格的一行说明。 */
export function describeSpec(s: ResourceSpec, lang: Lang = "zh"): string {
  const zh = lang === "zh";
  const where = (n: NetworkRef) =>
    n.kind === "site" ? `${zh ? "站点网络" : "site network"}${n.name ? ` ${n.name}` : ""}` : n.subnet;
  switch (s.kind) {
    case "instance":
      return zh
        ? `${s.flavor}（${s.vcpu}核${s.memoryGB}GB）启动盘 ${s.systemVolume} 网卡 ${s.port}${s.test ? " 测试资源" : ""}`
        : `${s.flavor} (${s.vcpu} vCPU / ${s.memoryGB} GB) boot ${s.systemVolume} nic ${s.port}${s.test ? " test" : ""}`;
    case "volume":
      return zh
        ? `${s.sizeGB} GB ${s.tier} ${s.role === "system" ? "系统盘（从镜像创建）" : "数据盘"}`
        : `${s.sizeGB} GB ${s.tier} ${s.role}${s.fromImage ? " from image" : ""}`;
    case "volume-attachment":
      return `${s.volume} → ${s.instance}`;
    case "port":
    case "load-balancer":
      return `${where(s.network)} ${zh ? "安全组" : "sg"} ${s.securityGroups.join(",")}`;
    case "security-group":
      return s.description;
    case "security-group-rule": {
      const ports =
        s.portMin === undefined
          ? ""
          : s.portMin === s.portMax
            ? ` ${s.portMin}`
            : ` ${s.portMin}-${s.portMax}`;
      const from = "cidr" in s.remote ? s.remote.cidr : `${zh ? "安全组" : "sg"} ${s.remote.group}`;
      return zh
        ? `${s.group} 入方向 ${s.protocol}${ports}，来源 ${from}`
        : `${s.group} ingress ${s.protocol}${ports} from ${from}`;
    }
    case "floating-ip":
      return `${zh ? "地址池" : "pool"} ${s.pool}`;
    case "floating-ip-association":
      return `${s.floatingIp} → ${"port" in s.target ? s.target.port : s.target.loadBalancer}`;
    case "container":
      return `${zh ? "配额" : "quota"} ${s.quotaGB} GB`;
    case "share":
      return `${s.protocol} ${s.sizeGB} GB`;
    case "listener":
      return `${s.loadBalancer} ${s.protocol} ${s.port}`;
    case "pool":
      return `${s.listener} ${s.protocol} ROUND_ROBIN`;
    case "network":
      return zh ? "网络" : "network";
    case "subnet": {
      const net = typeof s.network === "string" ? s.network : zh ? "站点网络" : "site network";
      return zh
        ? `/${s.prefixLength}（${s.ips} 个 IP），在 ${net} 中`
        : `/${s.prefixLength} (${s.ips} IPs) in ${net}`;
    }
  }
}

export function renderPlanText(systems: readonly DesiredSystem[], lang: Lang): string {
  const w = words[lang];
  const out: string[] = [];
  for (const d of systems) {
    out.push(`${d.unit}/${d.system}  ${d.systemName}`);
    out.push(
      `  ${w.stack} ${d.stack} · ${w.cloud} ${d.cloud} · ${d.lastDelivered !== undefined ? w.lastDelivered(d.lastDelivered) : w.neverDelivered}`,
    );
    if (d.refusals.length > 0) {
      out.push(`  ✗ ${w.refusals}`);
      for (const r of d.refusals)
        out.push(
          `    - ${r.application !== undefined ? `[${w.application(r.application)}] ` : ""}${r.message[lang]}`,
        );
    }
    out.push(`  ${w.changes}`);
    if (d.changes.length === 0) out.push(`    ${w.noChanges}`);
    for (const c of d.changes)
      out.push(`    ${w.actions[c.action]} ${c.kind} ${c.name}${c.detail ? `：${c.detail[lang]}` : ""}`);
    if (d.releases.length > 0) {
      out.push(`  ${w.releases}`);
      for (const r of d.releases)
        out.push(
          `    ${r.resource}（${w.application(r.revokedBy)}，${w.backup[r.dataBackup]}）：${r.names.join("、")}`,
        );
    }
    out.push(`  ${w.specs(d.specs.length)}`);
    const width = Math.max(0, ...d.specs.map((s) => s.name.length));
    for (const s of d.specs)
      out.push(
        `    ${s.protect ? "🔒" : "  "} ${s.kind.padEnd(23)} ${s.name.padEnd(width)}  ${describeSpec(s, lang)}`,
      );
    if (d.manual.length > 0) {
      out.push(`  ${w.manual}`);
      for (const m of d.manual)
        out.push(
          `    ${m.resource} ${m.serviceName}${m.quantity ? ` ${m.quantity}` : ""}${m.config ? ` ${m.config}` : ""}${m.packages.length ? ` · ${m.packages.join("，")}` : ""}（${w.reason[m.reason]}）`,
        );
    }
    if (d.notes.length > 0) {
      out.push(`  ${w.notes}`);
      for (const n of d.notes) out.push(`    - ${n.message[lang]}`);
    }
    out.push("");
  }
  out.push(w.summary(systems.length, systems.filter((d) => d.refusals.length > 0).length));
  return `${out.join("\n")}\n`;
}

/** JSON：{systems: [...]}；文字部分按所选语言展开。流水线用 jq 读 stack、cloud、releases[].urns。 */
export function renderPlanJson(systems: readonly DesiredSystem[], lang: Lang): string {
  const localize = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(localize);
    if (value && typeof value === "object") {
      const o = value as Record<string, unknown>;
      if (Object.keys(o).length === 2 && typeof o.zh === "string" && typeof o.en === "string") return o[lang];
      return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, localize(v)]));
    }
    return value;
  };
  return `${JSON.stringify({ systems: localize(systems) }, null, 2)}\n`;
}

/** 退出码：有系统被拒绝发放时为 1。 */
export const planExitCode = (systems: readonly DesiredSystem[]): 0 | 1 =>
  systems.some((d) => d.refusals.length > 0) ? 1 : 0;
