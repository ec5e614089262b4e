/**
 * 审查流程配置（.github/govcloud-review.yaml）：原始 YAML → 按 schemas/review-config.schema.json 校验 →
 * 补默认值的规范化配置，三步分开（同 atlantis 的 raw → valid）。校验失败抛出 ReviewConfigError，
 * 指明文件、行列与字段。
 */
import type { ErrorObject } from "ajv";
import yaml from "js-yaml";
// 打包时内联（scripts/dist 中没有相对的 schemas/ 路径可 require）
import reviewConfigSchema from "../../../schemas/review-config.schema.json" with { type: "json" };
import type { ApplicationType, ProfileCitation, StageClock } from "../catalog/types.ts";
import type { Citation } from "../finding.ts";
import { SourcePositions } from "../load/positions.ts";
import { repositoryConfigFile } from "../repository/config.ts";
import { compileCached } from "../schema/compile.ts";
import type { ProfileClocks, StageId } from "./types.ts";

/** 配置文件在仓库中的位置。 */
export const reviewConfigPath = ".github/govcloud-review.yaml";

/** 角色：审查人员、审批人员、咨询单位、提供商实施工程师。 */
export type Role = "reviewers" | "approvers" | "consultants" | "implementers";
export const roles: readonly Role[] = ["reviewers", "consultants", "approvers", "implementers"];

/** 一个角色由哪些团队（`组织/团队`）和用户组成。 */
export interface RoleMembers {
  teams: string[];
  users: string[];
  /** 按系统的提供商（如各云服务商）另列的成员：只处理该提供商的系统 */
  providers?: Record<string, { teams: string[]; users: string[] }>;
}

/** 某类申请的时限覆盖（工作日）。 */
export interface ClockOverride {
  review?: number;
  consultation?: number;
  approval?: number;
  implementation?: number | "shutdown-day";
}

/** 规范化后的配置：所有可选项都已补上默认值。 */
export interface ReviewConfig {
  /**
   * 文件里写的 `profile:`（可省略）及其行列。仓库的 profile 由根目录的 govcloud.yaml 决定；写了就须与它
   * 相同，见 reviewProfile。
   */
  profile?: { id: string; line: number; column: number };
  roles: Record<Role, RoleMembers>;
  /** 审查与审批须为不同的人（默认是） */
  distinctReviewerApprover: boolean;
  consultation: { label: string; types: ApplicationType[] };
  labels: { stages: Record<StageId, string>; late: string };
  status: { context: string };
  validation: { check: string };
  clocks: Partial<Record<ApplicationType, ClockOverride>>;
}

/** 默认的阶段标签名。 */
export const defaultStageLabels: Readonly<Record<StageId, string>> = {
  initiation: "阶段/发起",
  review: "阶段/审查",
  evaluation: "阶段/评估",
  consultation: "阶段/咨询评估",
  approval: "阶段/审批",
  implementation: "阶段/实施",
  provisioning: "阶段/开通",
  trial: "阶段/试运行",
  production: "阶段/上线",
  confirmation: "阶段/确认",
  completed: "阶段/办结",
  returned: "阶段/已退回",
  expired: "阶段/已过期",
  closed: "阶段/已关闭",
};

/** 配置文件有错：message 为中文；zh/en 两种语言的完整说明。 */
export class ReviewConfigError extends Error {
  constructor(
    readonly file: string,
    readonly zh: string,
    readonly en: string,
  ) {
    super(zh);
  }
}

interface RawRole {
  teams?: string[];
  users?: string[];
  providers?: Record<string, { teams?: string[]; users?: string[] }>;
}
interface RawConfig {
  profile?: string;
  roles: { reviewers: RawRole; approvers: RawRole; consultants?: RawRole; implementers: RawRole };
  distinctReviewerApprover?: boolean;
  consultation?: { label?: string; types?: ApplicationType[] };
  labels?: { stages?: Partial<Record<StageId, string>>; late?: string };
  status?: { context?: string };
  validation?: { check?: string };
  clocks?: Partial<Record<ApplicationType, ClockOverride>>;
}

let validator: ReturnType<typeof compileCached> | undefined;
/** 配置 schema 的校验函数（编译一次；构建时经编译缓存预编译，浏览器里的看板不现场编译）。 */
export const reviewConfigValidator = () => {
  validator ??= compileCached(reviewConfigSchema as object, {
    name: "review-config",
    ajv: { strict: true, allErrors: true },
  });
  return validator;
};

/** 解析并校验配置文本，返回补齐默认值的配置。出错时抛出 ReviewConfigError。 */
export function parseReviewConfig(source: string, file: string = reviewConfigPath): ReviewConfig {
  let raw: unknown;
  try {
    raw = yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: file });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    const where = mark ? `${file}:${mark.line + 1}:${mark.column + 1}` : file;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    throw new ReviewConfigError(
      file,
      `${where}：审查流程配置不是合法的 YAML（${reason}）。`,
      `${where}: the review configuration is not valid YAML (${reason}).`,
    );
  }
  const validate = reviewConfigValidator();
  if (!validate(raw)) {
    const positions = new SourcePositions(source);
    const lines = dedupe(validate.errors ?? []).map((e) => {
      const atKey = e.keyword === "additionalProperties" || e.keyword === "propertyNames";
      const path =
        e.keyword === "additionalProperties"
          ? `${e.instancePath}/${(e.params as { additionalProperty: string }).additionalProperty}`
          : e.keyword === "propertyNames"
            ? `${e.instancePath}/${(e.params as { propertyName: string }).propertyName}`
            : e.instancePath;
      const { line, column } = positions.locate(path, atKey);
      const [zh, en] = explain(e);
      return {
        zh: `${file}:${line}:${column} ${path || "/"}：${zh}`,
        en: `${file}:${line}:${column} ${path || "/"}: ${en}`,
      };
    });
    throw new ReviewConfigError(
      file,
      `审查流程配置 ${file} 不符合 schemas/review-config.schema.json：\n${lines.map((l) => `  - ${l.zh}`).join("\n")}`,
      `The review configuration ${file} does not match schemas/review-config.schema.json:\n${lines.map((l) => `  - ${l.en}`).join("\n")}`,
    );
  }
  const config = normalize(raw as RawConfig);
  const written = (raw as RawConfig).profile;
  if (written === undefined) return config;
  return { ...config, profile: { id: written, ...new SourcePositions(source).locate("/profile") } };
}

/** oneOf/anyOf 的分支错误只留最能说明问题的一条。 */
function dedupe(errors: ErrorObject[]): ErrorObject[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (e.keyword === "oneOf" || e.keyword === "if") return false;
    // propertyNames 的枚举错误由 propertyNames 那条说明（带出错的名字）
    if (e.schemaPath.includes("/propertyNames/")) return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function explain(e: ErrorObject): [string, string] {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return [`缺少必填字段 ${p.missingProperty}。`, `missing required field ${p.missingProperty}.`];
    case "additionalProperties":
      return [
        `不认识的字段 ${p.additionalProperty}：请检查拼写（见 schema 中允许的字段）。`,
        `unknown field ${p.additionalProperty}: check its spelling against the schema.`,
      ];
    case "propertyNames":
      if (e.instancePath.endsWith("/providers"))
        return [
          `${String(p.propertyName)} 不是提供商标识：写 system.yaml 中提供商字段的取值，小写字母、数字与连字符（如 telecom）。`,
          `${String(p.propertyName)} is not a provider id: use the value of the provider field in system.yaml, lower-case letters, digits and hyphens (such as telecom).`,
        ];
      return [
        `${String(p.propertyName)} 不是申请类型：只能是 new、change、revoke、ports、test、test-renewal。`,
        `${String(p.propertyName)} is not an application type: use new, change, revoke, ports, test or test-renewal.`,
      ];
    case "enum":
      return [
        `只能是 ${(p.allowedValues as unknown[]).join("、")}。`,
        `must be one of ${(p.allowedValues as unknown[]).join(", ")}.`,
      ];
    case "type":
      return [`类型应为 ${p.type}。`, `must be of type ${p.type}.`];
    case "pattern":
      return [
        `格式不对（应匹配 ${p.pattern}）：团队写作 组织/团队，用户写 GitHub 用户名。`,
        `has the wrong format (must match ${p.pattern}): teams are org/team, users are GitHub logins.`,
      ];
    case "minimum":
    case "maximum":
      return [
        `应${e.keyword === "minimum" ? "不小于" : "不大于"} ${p.limit}。`,
        `must be ${e.keyword === "minimum" ? ">=" : "<="} ${p.limit}.`,
      ];
    case "const":
      return [
        `应为 ${JSON.stringify(p.allowedValue)} 或工作日数。`,
        `must be ${JSON.stringify(p.allowedValue)} or a number of working days.`,
      ];
    case "minProperties":
      return ["不能为空：至少写一项。", "must not be empty."];
    case "uniqueItems":
      return [
        `有重复项（第 ${Number(p.j) + 1} 项与第 ${Number(p.i) + 1} 项相同）。`,
        `has duplicate items (${p.j} and ${p.i}).`,
      ];
    default:
      return [`${e.message ?? e.keyword}。`, `${e.message ?? e.keyword}.`];
  }
}

function normalize(raw: RawConfig): ReviewConfig {
  const members = (r: { teams?: string[]; users?: string[] } | undefined) => ({
    teams: [...(r?.teams ?? [])],
    users: (r?.users ?? []).map((u) => u.toLowerCase()),
  });
  const role = (r: RawRole | undefined): RoleMembers => {
    const providers = r?.providers;
    if (providers === undefined) return members(r);
    return {
      ...members(r),
      providers: Object.fromEntries(Object.entries(providers).map(([id, m]) => [id, members(m)])),
    };
  };
  return {
    roles: {
      reviewers: role(raw.roles.reviewers),
      approvers: role(raw.roles.approvers),
      consultants: role(raw.roles.consultants),
      implementers: role(raw.roles.implementers),
    },
    distinctReviewerApprover: raw.distinctReviewerApprover ?? true,
    consultation: {
      label: raw.consultation?.label ?? "需咨询评估",
      types: [...(raw.consultation?.types ?? [])],
    },
    labels: {
      stages: { ...defaultStageLabels, ...(raw.labels?.stages ?? {}) },
      late: raw.labels?.late ?? "已超时",
    },
    status: { context: raw.status?.context ?? "govcloud/stage" },
    validation: { check: raw.validation?.check ?? "validate" },
    clocks: { ...(raw.clocks ?? {}) },
  };
}

/**
 * 阶段机采用的 profile：仓库的 profile（govcloud.yaml，见 repository/config.ts）。审查流程配置可以不写
 * `profile:`；写了却与仓库的不同时抛出 ReviewConfigError（两处说法不一，不知道该按哪个规范计时）。
 */
export function reviewProfile(
  config: ReviewConfig,
  repositoryProfile: string,
  file: string = reviewConfigPath,
): string {
  const written = config.profile;
  if (written === undefined || written.id === repositoryProfile) return repositoryProfile;
  const where = `${file}:${written.line}:${written.column}`;
  throw new ReviewConfigError(
    file,
    `${where} /profile：审查流程配置的 profile 为 ${written.id}，而仓库的 profile（${repositoryConfigFile}）为 ${repositoryProfile}。阶段机按 ${repositoryConfigFile} 的规范计时：请删除这一行，或把它改为 ${repositoryProfile}。`,
    `${where} /profile: the review configuration says profile ${written.id}, but the repository's profile (${repositoryConfigFile}) is ${repositoryProfile}. The stage machine follows ${repositoryConfigFile}: delete this line, or set it to ${repositoryProfile}.`,
  );
}

/** 一类申请的各阶段时限：服务目录的 clocks，再叠加配置中的覆盖。 */
export interface ResolvedClock {
  review: number;
  /** 为空时咨询评估属于审批阶段（第23条），与审批共用一个时限 */
  consultation?: number;
  approval: number;
  implementation: number | "shutdown-day";
  /** 需关机的变更（第30条(1)） */
  implementationWithShutdown?: "shutdown-day";
  /** 出处，如 第22–24条 */
  source: string;
}

export function resolveClock(
  config: ReviewConfig,
  profile: ProfileClocks,
  type: ApplicationType,
): ResolvedClock {
  const base: StageClock = profile.clocks[type];
  const o = config.clocks[type] ?? {};
  return {
    review: o.review ?? base.review,
    ...(o.consultation !== undefined ? { consultation: o.consultation } : {}),
    approval: o.approval ?? base.approval,
    implementation: o.implementation ?? base.implementation,
    ...(base.implementationWithShutdown && o.implementation === undefined
      ? { implementationWithShutdown: base.implementationWithShutdown }
      : {}),
    source:
      o.review !== undefined || o.approval !== undefined || o.implementation !== undefined
        ? `${base.citation}（${reviewConfigPath} 覆盖）`
        : base.citation,
  };
}

/**
 * 某类申请某阶段引用的条款：取自 profile 的 clocks.<类型>.citations，补上 profile 标识。
 * 已退回引用发起阶段的条款；已关闭不引用条款。
 */
export function stageCitation(
  profile: Pick<ProfileClocks, "id" | "clocks">,
  type: ApplicationType,
  stage: StageId,
): Citation | undefined {
  const citations: Readonly<Partial<Record<StageId, ProfileCitation>>> = profile.clocks[type].citations;
  switch (stage) {
    case "closed":
      return undefined;
    case "returned":
      return citations.initiation && profileCitation(profile, citations.initiation);
    default: {
      const cited = citations[stage];
      return cited && profileCitation(profile, cited);
    }
  }
}

/** 给 profile 数据中的一处条款补上 profile 标识。 */
export function profileCitation(profile: Pick<ProfileClocks, "id">, citation: ProfileCitation): Citation {
  return { profile: profile.id, ...citation };
}
