import { inlineText } from "../markup.ts";
import { type Lang, type Text, text } from "../text.ts";
import { parseStackName, parseUrn } from "./naming.ts";
import { type DesiredSystem, pulumiTypes, type SpecKind } from "./types.ts";

/**
 * 漂移：`pulumi preview --refresh --json --expect-no-changes` 的输出 → 每个系统、每个资源与仓库的差异
 * （属性、仓库的值、云上的值）。先刷新（读云上的实际状态），再拿程序（仓库推出的期望状态）比较，
 * 所以 preview 要做的每一步都是一处不一致。
 *
 * 输入的形态是 CLI 的 `--json` 摘要（pkg/backend/display/json.go 的 previewDigest；测试用在真实的引擎与
 * OpenStack 上录下的输出，test/provision/fixtures/recorded/）：
 * `{config, steps[], diagnostics[], duration, changeSummary, maybeCorrupt}`；每个 step 有
 * `op`、`urn`、`provider`、`oldState`、`newState`（apitype.ResourceV3：urn、custom、id、type、inputs、outputs、
 * protect……）、`diffReasons`、`replaceReasons`、`detailedDiff`（属性路径 → `{kind, inputDiff}`，kind 为
 * add、add-replace、delete、delete-replace、update、update-replace）。`same` 只在 --show-sames 时出现。
 */

export interface ResourceV3 {
  urn: string;
  custom?: boolean;
  delete?: boolean;
  id?: string;
  type: string;
  inputs?: Record<string, unknown>;
  outputs?: Record<string, unknown>;
  parent?: string;
  protect?: boolean;
  provider?: string;
}

export interface PropertyDiff {
  kind: "add" | "add-replace" | "delete" | "delete-replace" | "update" | "update-replace";
  inputDiff: boolean;
}

export interface PreviewStep {
  op: string;
  urn: string;
  provider?: string;
  oldState?: ResourceV3;
  newState?: ResourceV3;
  diffReasons?: string[];
  replaceReasons?: string[];
  detailedDiff?: Record<string, PropertyDiff>;
}

export interface PreviewDigest {
  config?: Record<string, string>;
  steps?: PreviewStep[];
  diagnostics?: { urn?: string; prefix?: string; message: string; severity: string }[];
  duration?: number;
  changeSummary?: Record<string, number>;
  maybeCorrupt?: boolean;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** 核对 preview 摘要的形态；不合时抛出（这是流水线或 CLI 的故障，退出码 2）。 */
export function parsePreview(json: unknown): PreviewDigest {
  const fail = (where: string, what: string): never => {
    throw new Error(`pulumi preview --json 的输出 ${where}：${what}`);
  };
  if (!isObject(json)) return fail("/", "应为 JSON 对象");
  // 根 stack 的步骤总会输出，变化汇总也总在：两者都没有的不是 preview 的输出
  if (json.steps === undefined && json.changeSummary === undefined)
    fail("/", "没有 steps 与 changeSummary：这不是 pulumi preview --json 的输出");
  if (json.steps !== undefined && !Array.isArray(json.steps)) fail("/steps", "应为数组");
  const steps = ((json.steps as unknown[] | undefined) ?? []).map((raw, i) => {
    if (!isObject(raw)) return fail(`/steps/${i}`, "应为对象");
    // 真实的 CLI 对没有的字段写 null（如 refresh 步骤的 "detailedDiff": null）：当作没有（不改调用者的对象）
    const step = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== null));
    if (typeof step.op !== "string") fail(`/steps/${i}/op`, "应为字符串");
    if (typeof step.urn !== "string") fail(`/steps/${i}/urn`, "应为字符串");
    for (const k of ["oldState", "newState", "detailedDiff"])
      if (step[k] !== undefined && !isObject(step[k])) fail(`/steps/${i}/${k}`, "应为对象");
    for (const k of ["diffReasons", "replaceReasons"])
      if (step[k] !== undefined && !Array.isArray(step[k])) fail(`/steps/${i}/${k}`, "应为数组");
    return step;
  });
  if (json.diagnostics !== undefined && !Array.isArray(json.diagnostics)) fail("/diagnostics", "应为数组");
  return (json.steps === undefined ? json : { ...json, steps }) as PreviewDigest;
}

// ---------- 属性路径（detailedDiff 的键，如 blockDevices[0].volumeSize、metadata["Quota-Bytes"]） ----------

export function pathSegments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  const re = /([^.[\]]+)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const m of path.matchAll(re)) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else if (m[3] !== undefined) out.push((m[3] as string).replace(/\\(.)/g, "$1"));
  }
  return out;
}

export function valueAt(root: unknown, path: string): unknown {
  let node: unknown = root;
  for (const seg of pathSegments(path)) {
    if (node === null || node === undefined) return undefined;
    if (typeof seg === "number") node = Array.isArray(node) ? node[seg] : undefined;
    else node = isObject(node) ? node[seg] : undefined;
  }
  return node;
}

// ---------- 报告 ----------

export interface PropertyDifference {
  property: string;
  /** 属性的说法，如 规格、容量（GB） */
  label?: Text;
  kind: "add" | "delete" | "update";
  /** 这处不同要替换资源（删除重建） */
  replace: boolean;
  repository: unknown;
  cloud: unknown;
}

export type DriftStatus = "changed" | "replaced" | "missing-in-cloud" | "not-in-repository";

export interface ResourceDrift {
  urn: string;
  type: string;
  /** 逻辑名，如 app-1 */
  name: string;
  kind?: SpecKind;
  /** 申请中的资源标识 */
  resource?: string;
  status: DriftStatus;
  /** 合并后尚未交付（仓库比最近一次交付新）：不一致是因为还没发放，不是云上被改了 */
  pending: boolean;
  /** 受保护（承载数据）：须重建或删除时 pulumi up 会拒绝，须人工核对 */
  protected: boolean;
  differences: PropertyDifference[];
}

export interface StackDrift {
  stack: string;
  unit?: string;
  system?: string;
  drifted: boolean;
  resources: ResourceDrift[];
  /** 引擎报告的错误（诊断中 severity 为 error 的） */
  errors: string[];
}

const ignoredOps = new Set([
  "same",
  "read",
  "refresh",
  "import",
  "import-replacement",
  "read-replacement",
  "discard",
  "discard-replaced",
  "remove-pending-replace",
]);
const replaceOps = new Set(["replace", "create-replacement", "delete-replaced"]);

const kindByType = new Map(Object.entries(pulumiTypes).map(([k, t]) => [t, k as SpecKind]));

const labels: Record<string, Record<string, Text>> = {
  "openstack:compute/instance:Instance": {
    flavorName: text("规格", "flavor"),
    flavorId: text("规格", "flavor"),
    name: text("主机名", "host name"),
    networks: text("网卡", "network"),
    blockDevices: text("系统盘", "boot volume"),
    metadata: text("元数据", "metadata"),
    powerState: text("电源状态", "power state"),
    securityGroups: text("安全组", "security groups"),
  },
  "openstack:blockstorage/volume:Volume": {
    size: text("容量（GB）", "size (GB)"),
    volumeType: text("磁盘类型", "volume type"),
    name: text("名称", "name"),
    metadata: text("元数据", "metadata"),
  },
  "openstack:networking/secGroupRule:SecGroupRule": {
    portRangeMin: text("起始端口", "port from"),
    portRangeMax: text("结束端口", "port to"),
    protocol: text("协议", "protocol"),
    remoteIpPrefix: text("源地址", "source"),
    remoteGroupId: text("源安全组", "source group"),
    direction: text("方向", "direction"),
  },
  "openstack:networking/port:Port": {
    securityGroupIds: text("安全组", "security groups"),
    fixedIps: text("IP", "IP"),
    allFixedIps: text("IP", "IP"),
  },
  "openstack:networking/floatingIp:FloatingIp": {
    pool: text("地址池", "pool"),
    address: text("地址", "address"),
  },
  "openstack:networking/floatingIpAssociate:FloatingIpAssociate": {
    portId: text("绑定的端口", "bound port"),
    floatingIp: text("弹性IP", "floating IP"),
  },
  "openstack:objectstorage/container:Container": {
    metadata: text("配额（Quota-Bytes）", "quota (Quota-Bytes)"),
  },
  "openstack:sharedfilesystem/share:Share": { size: text("容量（GB）", "size (GB)") },
  "openstack:compute/volumeAttach:VolumeAttach": {
    instanceId: text("挂载的主机", "host"),
    volumeId: text("卷", "volume"),
  },
};

const labelFor = (type: string, property: string): Text | undefined => {
  const first = pathSegments(property)[0];
  return labels[type]?.[property] ?? (typeof first === "string" ? labels[type]?.[first] : undefined);
};

/** 一个 stack 的 preview 摘要 → 漂移。`desired` 给出逻辑名所属的资源标识与尚未交付的改动。 */
export function driftOf(
  digest: PreviewDigest,
  options: { stack?: string; desired?: DesiredSystem } = {},
): StackDrift {
  const steps = digest.steps ?? [];
  const stack = options.stack ?? options.desired?.stack ?? parseUrn(steps[0]?.urn ?? "")?.stack ?? "";
  const named = parseStackName(stack);
  const specs = new Map((options.desired?.specs ?? []).map((s) => [s.name, s]));
  const pending = new Set((options.desired?.changes ?? []).map((c) => c.name));
  const byUrn = new Map<string, ResourceDrift>();

  for (const step of steps) {
    if (ignoredOps.has(step.op)) continue;
    const parsed = parseUrn(step.urn);
    const type = step.newState?.type ?? step.oldState?.type ?? parsed?.type ?? "";
    if (type.startsWith("pulumi:")) continue; // stack 本身与提供者
    const name = parsed?.name ?? step.urn;
    const status: DriftStatus = replaceOps.has(step.op)
      ? "replaced"
      : step.op === "create"
        ? "missing-in-cloud"
        : step.op === "delete"
          ? "not-in-repository"
          : "changed";
    const differences: PropertyDifference[] = [];
    const diff = step.detailedDiff;
    const entries: [string, PropertyDiff][] = diff
      ? Object.entries(diff)
      : [...(step.diffReasons ?? []), ...(step.replaceReasons ?? [])].map((p) => [
          p,
          { kind: step.replaceReasons?.includes(p) ? "update-replace" : "update", inputDiff: false },
        ]);
    if (status === "changed" || status === "replaced")
      for (const [property, d] of [...new Map(entries)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        const cloudSide = d.inputDiff ? step.oldState?.inputs : step.oldState?.outputs;
        const cloud = valueAt(cloudSide, property) ?? valueAt(step.oldState?.inputs, property);
        const label = labelFor(type, property);
        differences.push({
          property,
          ...(label ? { label } : {}),
          kind: d.kind.startsWith("add") ? "add" : d.kind.startsWith("delete") ? "delete" : "update",
          replace: d.kind.endsWith("-replace") || (step.replaceReasons ?? []).includes(property),
          repository: valueAt(step.newState?.inputs, property),
          cloud,
        });
      }
    const spec = specs.get(name);
    const kind = kindByType.get(type);
    const existing = byUrn.get(step.urn);
    if (existing) {
      // 替换在摘要中可能出现为 replace、create-replacement、delete-replaced 几步：合并，保留有属性差异的那份
      if (existing.differences.length === 0) existing.differences = differences;
      existing.status = "replaced";
      continue;
    }
    byUrn.set(step.urn, {
      urn: step.urn,
      type,
      name,
      ...(kind ? { kind } : {}),
      ...(spec?.resource ? { resource: spec.resource } : {}),
      status,
      pending: pending.has(name),
      protected: step.oldState?.protect === true || step.newState?.protect === true,
      differences,
    });
  }
  const errors = (digest.diagnostics ?? [])
    .filter((d) => d.severity === "error")
    .map((d) => `${d.urn ? `${parseUrn(d.urn)?.name ?? d.urn}: ` : ""}${d.message.trim()}`);
  const resources = [...byUrn.values()].sort(
    (a, b) => (a.resource ?? "").localeCompare(b.resource ?? "") || a.name.localeCompare(b.name),
  );
  return {
    stack,
    ...(named ? { unit: named.unit, system: named.system } : {}),
    drifted: resources.length > 0,
    resources,
    errors,
  };
}

/** 退出码：0 没有漂移；1 有漂移；2 出错（preview 报告了错误）。 */
export function driftExitCode(reports: readonly StackDrift[]): 0 | 1 | 2 {
  if (reports.some((r) => r.errors.length > 0)) return 2;
  return reports.some((r) => r.drifted) ? 1 : 0;
}

const statusText: Record<DriftStatus, Text> = {
  changed: text("配置不同", "differs"),
  replaced: text("配置不同，须重建", "differs, needs replacement"),
  "missing-in-cloud": text("仓库有、云上没有", "in the repository, not in the cloud"),
  "not-in-repository": text("云上有、仓库没有", "in the cloud, not in the repository"),
};

const typeText: Partial<Record<SpecKind, Text>> = {
  instance: text("云主机", "host"),
  volume: text("卷", "volume"),
  "volume-attachment": text("挂载", "attachment"),
  port: text("网卡", "port"),
  "security-group": text("安全组", "security group"),
  "security-group-rule": text("安全组规则", "security group rule"),
  "floating-ip": text("弹性IP", "floating IP"),
  "floating-ip-association": text("弹性IP 绑定", "floating IP binding"),
  container: text("对象存储桶", "container"),
  share: text("文件共享", "share"),
  "load-balancer": text("负载均衡", "load balancer"),
  listener: text("监听器", "listener"),
  pool: text("后端池", "pool"),
  network: text("网络", "network"),
  subnet: text("子网", "subnet"),
};

const show = (v: unknown): string => {
  if (v === undefined) return "—";
  const s = typeof v === "string" ? v : JSON.stringify(v);
  return inlineText(s.length > 60 ? `${s.slice(0, 57)}…` : s);
};

export function renderDriftMarkdown(reports: readonly StackDrift[], lang: Lang): string {
  const zh = lang === "zh";
  const out: string[] = [];
  for (const r of reports) {
    const who = r.unit && r.system ? `${r.unit}/${r.system}` : r.stack;
    out.push(`## ${zh ? "漂移" : "Drift"}：${inlineText(who)}（stack ${inlineText(r.stack)}）`, "");
    for (const e of r.errors) out.push(`- ⚠️ ${zh ? "preview 出错" : "preview error"}：${inlineText(e)}`);
    if (r.errors.length > 0) out.push("");
    if (!r.drifted) {
      out.push(zh ? "云上与仓库一致。" : "The cloud matches the repository.", "");
      continue;
    }
    const pending = r.resources.filter((x) => x.pending).length;
    out.push(
      zh
        ? `与仓库不一致的资源 ${r.resources.length} 个${pending > 0 ? `（其中 ${pending} 个是合并后尚未发放的改动）` : ""}。`
        : `${r.resources.length} resource(s) differ from the repository${pending > 0 ? ` (${pending} not yet provisioned)` : ""}.`,
      "",
    );
    out.push(
      zh
        ? "| 资源 | 云上资源 | 类型 | 情况 | 属性 | 仓库 | 云上 |"
        : "| resource | cloud resource | type | status | property | repository | cloud |",
      "| --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const d of r.resources) {
      const kind = d.kind ? (typeText[d.kind]?.[lang] ?? d.kind) : d.type;
      const guarded =
        d.protected && (d.status === "replaced" || d.status === "not-in-repository")
          ? zh
            ? "（受保护：pulumi up 不会删除它，须人工核对）"
            : " (protected: pulumi up will not delete it; check by hand)"
          : "";
      const status = `${statusText[d.status][lang]}${d.pending ? (zh ? "（待发放）" : " (pending)") : ""}${guarded}`;
      const head = [show(d.resource), show(d.name), inlineText(kind), status];
      if (d.differences.length === 0) out.push(`| ${[...head, "—", "—", "—"].join(" | ")} |`);
      for (const p of d.differences) {
        const property = `${p.label ? `${p.label[lang]}（${p.property}）` : p.property}${p.replace ? (zh ? "，须重建" : ", replaces") : ""}`;
        out.push(`| ${[...head, inlineText(property), show(p.repository), show(p.cloud)].join(" | ")} |`);
      }
    }
    out.push("");
  }
  return `${out.join("\n")}`;
}

export const renderDriftJson = (reports: readonly StackDrift[], lang: Lang): string =>
  `${JSON.stringify(
    {
      drifted: reports.some((r) => r.drifted),
      stacks: reports.map((r) => ({
        ...r,
        resources: r.resources.map((d) => ({
          ...d,
          differences: d.differences.map((p) => ({ ...p, ...(p.label ? { label: p.label[lang] } : {}) })),
        })),
      })),
    },
    null,
    2,
  )}\n`;
