/**
 * 审计配置（.github/govcloud-audit.yaml）：原始 YAML → 校验 → 补上默认值，分三步。
 * 文件可以没有：全部取默认值（node exporter 的表达式、默认余量、默认标签）。
 * 仓库用哪个 profile 由 govcloud.yaml 决定，不在这里：这里写了 `profile:` 也只接受与它相同的值（由命令行核对）。
 */
import yaml from "js-yaml";
import type { AuditPart } from "./profile.ts";

export const auditConfigPath = ".github/govcloud-audit.yaml";

/** 默认表达式的预设：node exporter（主机内）或 libvirt exporter（宿主机上按虚拟机）。 */
export type ExporterPreset = "node" | "libvirt";

/**
 * 查询方式：rules 只查记录规则（prometheus/rules/govcloud.yml）写下的每日序列（默认，10 万台主机也快）；
 * expressions 在查询时按表达式逐点计算（存储里没有这些记录规则时用，主机多时慢）。
 */
export type PrometheusMode = "rules" | "expressions";

export interface PrometheusSettings {
  mode: PrometheusMode;
  preset: ExporterPreset;
  /** 结果中标识主机的标签（node：instance；libvirt：domain） */
  hostLabel: string;
  /** 从标签值取出 IP 或主机名的正则，第一个捕获组为主机（默认去掉 `:端口`） */
  hostPattern: string;
  /** 子查询步长（Prometheus 时长，如 5m）：每个工作日在这些时刻取表达式的值 */
  step: string;
  /** 每个 PromQL 表达式须对每台主机给出一条百分数（0–100）序列 */
  expressions: { cpu: string; memory: string; storage?: string };
  /** 单次查询超时（秒） */
  timeoutSeconds: number;
}

export interface Headroom {
  /** 缩容后按观测峰值推算的 CPU 峰值利用率上限（%），须低于 profile 的扩容线 */
  cpuPeakPercent: number;
  /** 缩容后推算的 CPU 平均利用率上限（%），须低于扩容线 */
  cpuAveragePercent: number;
  /** 缩容后推算的内存峰值利用率上限（%） */
  memoryPeakPercent: number;
  /** 缩容后推算的内存平均利用率上限（%），须低于扩容线 */
  memoryAveragePercent: number;
}

export interface IssueSettings {
  /** 每个审计 issue 都带的标签，也用来列出审计自己的 issue */
  label: string;
  /** 每类发现另加的标签 */
  checkLabels: Record<string, string>;
  /** 一次运行最多新建的 issue 数（GitHub 对新建内容有频率限制；其余在之后的夜里补上） */
  maxCreatePerRun: number;
}

/**
 * 就某条发现已发出的正式通知（如主管部门的整改通知）：记在审计配置里，经 PR 审查合并，有 git 历史可查。
 * 检查据此决定下一步（如通知的整改期限过后问题仍在，才起草回收）。
 */
export interface AuditNotice {
  /** 发现的稳定键（报告与 issue 中的 key） */
  finding: string;
  /** 发出日期 */
  date: string;
  /** 文号 */
  document?: string;
  /** 整改期限；缺省时由检查按 profile 的口径推算 */
  deadline?: string;
}

export interface AuditConfig {
  /** 文件中写了的 profile（旧写法）：须与 govcloud.yaml 的相同；没写时缺省 */
  profile?: string;
  /** 参与低负载判定的服务（如云主机 ecs） */
  lowLoadServices: string[];
  headroom: Headroom;
  prometheus: PrometheusSettings;
  issues: IssueSettings;
  /** 已发出的正式通知；文件中没有这一节时缺省 */
  notices?: readonly AuditNotice[];
}

/** 默认表达式：每台主机一条 0–100 的序列。 */
export const presets: Record<
  ExporterPreset,
  Pick<PrometheusSettings, "hostLabel" | "hostPattern" | "expressions">
> = {
  node: {
    hostLabel: "instance",
    hostPattern: "^(.+?)(?::[0-9]+)?$",
    expressions: {
      cpu: '100 * (1 - avg by (instance) (rate(node_cpu_seconds_total{mode="idle"}[5m])))',
      memory: "100 * (1 - node_memory_MemAvailable_bytes / node_memory_MemTotal_bytes)",
    },
  },
  libvirt: {
    hostLabel: "domain",
    hostPattern: "^(.+)$",
    expressions: {
      cpu: "100 * rate(libvirt_domain_info_cpu_time_seconds_total[5m]) / on (domain) libvirt_domain_info_virtual_cpus",
      memory:
        "100 * libvirt_domain_info_memory_usage_bytes / on (domain) libvirt_domain_info_maximum_memory_bytes",
    },
  },
};

export const defaultCheckLabels: Record<string, string> = {
  "low-load": "审计/低负载",
  "test-expiring": "审计/测试资源到期",
  "test-expired": "审计/测试资源逾期",
  "offline-not-revoked": "审计/下线未撤销",
  "stage-late": "审计/阶段超时",
  "application-expired": "审计/申请过期",
  "implementation-late": "审计/实施超时",
};

export const defaultAuditConfig: AuditConfig = {
  lowLoadServices: ["ecs"],
  headroom: { cpuPeakPercent: 60, cpuAveragePercent: 8, memoryPeakPercent: 80, memoryAveragePercent: 60 },
  prometheus: { mode: "rules", preset: "node", ...presets.node, step: "5m", timeoutSeconds: 120 },
  issues: { label: "govcloud-audit", checkLabels: defaultCheckLabels, maxCreatePerRun: 50 },
};

/** profile 的默认值（Profile.audit.defaults）叠加在通用默认值上；profile 没有时就是 defaultAuditConfig 本身。 */
export function auditDefaults(part?: Partial<Pick<AuditPart, "defaults">>): AuditConfig {
  const own = part?.defaults;
  if (!own) return defaultAuditConfig;
  return {
    ...defaultAuditConfig,
    ...(own.lowLoadServices ? { lowLoadServices: [...own.lowLoadServices] } : {}),
    issues: {
      ...defaultAuditConfig.issues,
      ...(own.checkLabels ? { checkLabels: { ...own.checkLabels } } : {}),
    },
  };
}

/** 配置有误（不是申请的问题）：zh/en 两种说明。 */
export class AuditConfigError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(zh);
  }
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => v !== null && typeof v === "object" && !Array.isArray(v);
const durationPattern = /^[1-9][0-9]*(ms|s|m|h)$/;

function fail(file: string, path: string, zh: string, en: string): never {
  throw new AuditConfigError(`${file}：${path} ${zh}`, `${file}: ${path} ${en}`);
}

function knownKeys(file: string, path: string, value: Raw, keys: readonly string[]) {
  for (const k of Object.keys(value))
    if (!keys.includes(k))
      fail(
        file,
        `${path}${k}`,
        `不是可用的配置项（可用：${keys.join("、")}）。`,
        `is not a setting (known: ${keys.join(", ")}).`,
      );
}

function percent(file: string, path: string, v: unknown, fallback: number): number {
  if (v === undefined) return fallback;
  if (typeof v !== "number" || !(v > 0 && v <= 100))
    fail(
      file,
      path,
      `应为 0–100 之间的百分数，这里是 ${JSON.stringify(v)}。`,
      `must be a percentage in (0, 100], not ${JSON.stringify(v)}.`,
    );
  return v;
}

function string(file: string, path: string, v: unknown, fallback: string): string {
  if (v === undefined) return fallback;
  if (typeof v !== "string" || v.trim() === "")
    fail(file, path, "应为非空字符串。", "must be a non-empty string.");
  return v;
}

/** 缩容后不应立即满足扩容条件：余量须低于 profile 的扩容线。 */
function checkScaleUp(file: string, headroom: Headroom, scaleUp: AuditPart["lowLoad"]["scaleUp"]) {
  if (
    headroom.cpuAveragePercent >= scaleUp.cpuAveragePercent ||
    headroom.cpuPeakPercent >= scaleUp.cpuPeakPercent ||
    headroom.memoryAveragePercent >= scaleUp.memoryAveragePercent
  )
    fail(
      file,
      "headroom",
      `会让缩容后的主机立即满足扩容条件：cpuAveragePercent 须低于 ${scaleUp.cpuAveragePercent}，cpuPeakPercent 须低于 ${scaleUp.cpuPeakPercent}，memoryAveragePercent 须低于 ${scaleUp.memoryAveragePercent}（${scaleUp.basis.zh}）。`,
      `would make a scaled-down host qualify for a scale-up at once: cpuAveragePercent must stay below ${scaleUp.cpuAveragePercent}, cpuPeakPercent below ${scaleUp.cpuPeakPercent}, memoryAveragePercent below ${scaleUp.memoryAveragePercent} (${scaleUp.basis.en}).`,
    );
}

/**
 * 解析并补全配置；source 为 undefined（文件不存在）时返回默认配置。
 * part（仓库 profile 的审计部分）给出扩容线，余量按它核对；没有给出时不核对余量。
 */
export function parseAuditConfig(
  source: string | undefined,
  file: string = auditConfigPath,
  part?: Pick<AuditPart, "lowLoad"> & Partial<Pick<AuditPart, "defaults">>,
): AuditConfig {
  const d = auditDefaults(part);
  if (source === undefined) return d;
  let raw: unknown;
  try {
    raw = yaml.load(source, { schema: yaml.JSON_SCHEMA, filename: file });
  } catch (error) {
    throw new AuditConfigError(
      `${file} 不是合法的 YAML：${(error as Error).message}`,
      `${file} is not valid YAML: ${(error as Error).message}`,
    );
  }
  if (raw === undefined || raw === null) return d;
  if (!isObject(raw)) fail(file, "(根)", "应为一个映射。", "must be a mapping.");
  knownKeys(file, "", raw, ["profile", "lowLoadServices", "headroom", "prometheus", "issues", "notices"]);

  const services = raw.lowLoadServices;
  if (services !== undefined && (!Array.isArray(services) || !services.every((s) => typeof s === "string")))
    fail(
      file,
      "lowLoadServices",
      "应为服务标识的列表，如 [ecs]。",
      "must be a list of service ids, e.g. [ecs].",
    );

  const h = raw.headroom ?? {};
  if (!isObject(h)) fail(file, "headroom", "应为一个映射。", "must be a mapping.");
  knownKeys(file, "headroom.", h, [
    "cpuPeakPercent",
    "cpuAveragePercent",
    "memoryPeakPercent",
    "memoryAveragePercent",
  ]);
  const headroom: Headroom = {
    cpuPeakPercent: percent(file, "headroom.cpuPeakPercent", h.cpuPeakPercent, d.headroom.cpuPeakPercent),
    cpuAveragePercent: percent(
      file,
      "headroom.cpuAveragePercent",
      h.cpuAveragePercent,
      d.headroom.cpuAveragePercent,
    ),
    memoryPeakPercent: percent(
      file,
      "headroom.memoryPeakPercent",
      h.memoryPeakPercent,
      d.headroom.memoryPeakPercent,
    ),
    memoryAveragePercent: percent(
      file,
      "headroom.memoryAveragePercent",
      h.memoryAveragePercent,
      d.headroom.memoryAveragePercent,
    ),
  };
  if (part) checkScaleUp(file, headroom, part.lowLoad.scaleUp);

  const prometheus = parsePrometheus(file, raw);

  const i = raw.issues ?? {};
  if (!isObject(i)) fail(file, "issues", "应为一个映射。", "must be a mapping.");
  knownKeys(file, "issues.", i, ["label", "checkLabels", "maxCreatePerRun"]);
  const checkLabels = i.checkLabels ?? {};
  if (!isObject(checkLabels) || !Object.values(checkLabels).every((v) => typeof v === "string"))
    fail(file, "issues.checkLabels", "应为 检查标识 → 标签名 的映射。", "must map check ids to label names.");
  for (const k of Object.keys(checkLabels))
    if (!(k in d.issues.checkLabels))
      fail(
        file,
        `issues.checkLabels.${k}`,
        `不是审计检查（可用：${Object.keys(d.issues.checkLabels).join("、")}）。`,
        `is not an audit check (known: ${Object.keys(d.issues.checkLabels).join(", ")}).`,
      );
  const max = i.maxCreatePerRun ?? d.issues.maxCreatePerRun;
  if (typeof max !== "number" || !Number.isInteger(max) || max < 0)
    fail(file, "issues.maxCreatePerRun", "应为非负整数。", "must be a non-negative integer.");

  const notices = raw.notices === undefined ? undefined : parseNotices(file, raw.notices);
  return {
    ...(raw.profile !== undefined ? { profile: string(file, "profile", raw.profile, "") } : {}),
    lowLoadServices: (services as string[] | undefined) ?? d.lowLoadServices,
    headroom,
    prometheus,
    issues: {
      label: string(file, "issues.label", i.label, d.issues.label),
      checkLabels: { ...d.issues.checkLabels, ...(checkLabels as Record<string, string>) },
      maxCreatePerRun: max,
    },
    ...(notices ? { notices } : {}),
  };
}

const isDate = (v: unknown): v is string =>
  typeof v === "string" &&
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) &&
  new Date(`${v}T00:00:00Z`).toISOString().slice(0, 10) === v;

/** notices 一节：已发出的正式通知的列表。 */
function parseNotices(file: string, value: unknown): AuditNotice[] {
  if (!Array.isArray(value))
    fail(
      file,
      "notices",
      "应为通知的列表，每项写 finding（发现的键）、date（发出日期），可写 document（文号）、deadline（整改期限）。",
      "must be a list of notices, each with finding (the finding's key) and date, optionally document and deadline.",
    );
  const seen = new Set<string>();
  return value.map((n, i) => {
    const at = `notices[${i}]`;
    if (!isObject(n)) fail(file, at, "应为一个映射。", "must be a mapping.");
    knownKeys(file, `${at}.`, n, ["finding", "date", "document", "deadline"]);
    const finding = string(file, `${at}.finding`, n.finding, "");
    if (/\s/.test(finding))
      fail(
        file,
        `${at}.finding`,
        "应为审计报告中发现的键（不含空白），如 low-use/单位/系统。",
        "must be a finding key from the audit report (no blanks), such as low-use/unit/system.",
      );
    if (seen.has(finding))
      fail(
        file,
        `${at}.finding`,
        `与前面的通知重复（${finding}）：同一条发现只记最近的一份通知。`,
        `repeats an earlier notice (${finding}): keep only the latest notice for a finding.`,
      );
    seen.add(finding);
    for (const k of ["date", "deadline"] as const)
      if ((k === "date" || n[k] !== undefined) && !isDate(n[k]))
        fail(
          file,
          `${at}.${k}`,
          `应为日期 YYYY-MM-DD，这里是 ${JSON.stringify(n[k] ?? null)}。`,
          `must be a date YYYY-MM-DD, not ${JSON.stringify(n[k] ?? null)}.`,
        );
    const date = n.date as string;
    const deadline = n.deadline as string | undefined;
    if (deadline !== undefined && deadline < date)
      fail(
        file,
        `${at}.deadline`,
        `（${deadline}）早于发出日期 ${date}。`,
        `(${deadline}) is before the notice date ${date}.`,
      );
    return {
      finding,
      date,
      ...(n.document !== undefined ? { document: string(file, `${at}.document`, n.document, "") } : {}),
      ...(deadline !== undefined ? { deadline } : {}),
    };
  });
}

/** 配置的 prometheus 一节（缺省取 defaultAuditConfig 与预设）。 */
function parsePrometheus(file: string, raw: Record<string, unknown>): PrometheusSettings {
  const d = defaultAuditConfig;
  const p = raw.prometheus ?? {};
  if (!isObject(p)) fail(file, "prometheus", "应为一个映射。", "must be a mapping.");
  knownKeys(file, "prometheus.", p, [
    "mode",
    "preset",
    "hostLabel",
    "hostPattern",
    "step",
    "expressions",
    "timeoutSeconds",
  ]);
  const mode = p.mode ?? d.prometheus.mode;
  if (mode !== "rules" && mode !== "expressions")
    fail(
      file,
      "prometheus.mode",
      `只能是 rules（查询记录规则的每日序列）或 expressions（按表达式逐点计算），这里是 ${JSON.stringify(mode)}。`,
      `must be rules (query the recorded daily series) or expressions (compute from the expressions point by point), not ${JSON.stringify(mode)}.`,
    );
  const preset = p.preset ?? "node";
  if (preset !== "node" && preset !== "libvirt")
    fail(
      file,
      "prometheus.preset",
      `只能是 node 或 libvirt，这里是 ${JSON.stringify(preset)}。`,
      `must be node or libvirt, not ${JSON.stringify(preset)}.`,
    );
  const base = presets[preset];
  const e = p.expressions ?? {};
  if (!isObject(e)) fail(file, "prometheus.expressions", "应为一个映射。", "must be a mapping.");
  knownKeys(file, "prometheus.expressions.", e, ["cpu", "memory", "storage"]);
  const hostLabel = string(file, "prometheus.hostLabel", p.hostLabel, base.hostLabel);
  if (!/^[a-zA-Z_][a-zA-Z0-9_]*$/.test(hostLabel))
    fail(
      file,
      "prometheus.hostLabel",
      "不是合法的 Prometheus 标签名。",
      "is not a valid Prometheus label name.",
    );
  const hostPattern = string(file, "prometheus.hostPattern", p.hostPattern, base.hostPattern);
  try {
    new RegExp(hostPattern);
  } catch {
    fail(file, "prometheus.hostPattern", "不是合法的正则表达式。", "is not a valid regular expression.");
  }
  const step = string(file, "prometheus.step", p.step, d.prometheus.step);
  if (!durationPattern.test(step))
    fail(
      file,
      "prometheus.step",
      `应为时长，如 1m、5m，这里是 ${step}。`,
      `must be a duration such as 1m or 5m, not ${step}.`,
    );
  const stepSeconds =
    Number(step.slice(0, -1).replace(/m$/, "")) * ({ s: 1, m: 60, h: 3600 }[step.slice(-1)] ?? 0);
  if (step.endsWith("ms") || !(stepSeconds > 0) || 86400 % stepSeconds !== 0 || stepSeconds > 3600)
    fail(
      file,
      "prometheus.step",
      `应整除一天且不超过 1h，如 1m、5m、15m，这里是 ${step}。`,
      `must divide a day and be at most 1h, e.g. 1m, 5m, 15m; not ${step}.`,
    );
  const timeout = p.timeoutSeconds ?? d.prometheus.timeoutSeconds;
  if (typeof timeout !== "number" || !(timeout > 0))
    fail(file, "prometheus.timeoutSeconds", "应为正数（秒）。", "must be a positive number of seconds.");
  const storage =
    e.storage === undefined
      ? base.expressions.storage
      : string(file, "prometheus.expressions.storage", e.storage, "");
  return {
    mode,
    preset,
    hostLabel,
    hostPattern,
    step,
    timeoutSeconds: timeout,
    expressions: {
      cpu: string(file, "prometheus.expressions.cpu", e.cpu, base.expressions.cpu),
      memory: string(file, "prometheus.expressions.memory", e.memory, base.expressions.memory),
      ...(storage ? { storage } : {}),
    },
  };
}
