/**
 * 审查流程（阶段机）的输入与输出：纯数据。适配器（GitHub、离线事件文件）把各自的来源变成 StageInput，
 * 阶段机 computeStage 只做计算，不读磁盘、不访问网络、不读时钟。
 */
import type { WorkdayCalendar } from "../calendar/workdays.ts";
import type { ApplicationType, ReviewCitations, StageClock } from "../catalog/types.ts";
import type { Citation } from "../finding.ts";
import type { Agent } from "../model.ts";
import type { Text } from "../text.ts";
import type { ReviewConfig } from "./config.ts";
import type { StepRole } from "./flow.ts";
import type { ReviewPart } from "./profile.ts";

/**
 * 阶段。每个 profile 在 review.flows 中按申请类型声明走哪些阶段、按什么顺序（见 flow.ts），引擎只认这些标识：
 * - 合并前由角色批准的：审查（review）、评估（evaluation）、咨询评估（consultation）、审批（approval）、
 *   确认（confirmation，多方共同确认）；
 * - 合并后由证据推进的：实施（implementation）、开通（provisioning）、试运行（trial）、上线（production）、
 *   确认（confirmation）；全部完成为办结（completed）；
 * - 另有 发起（initiation）、已退回（要求修改）、已过期（申请有效期）、已关闭（未合并即关闭）。
 */
export type StageId =
  | "initiation"
  | "review"
  | "evaluation"
  | "consultation"
  | "approval"
  | "implementation"
  | "provisioning"
  | "trial"
  | "production"
  | "confirmation"
  | "completed"
  | "returned"
  | "expired"
  | "closed";

/** 每个 profile 都须命名的阶段（各流程共有的出口与深圳式的四步）。 */
export type CoreStageId =
  | "initiation"
  | "review"
  | "consultation"
  | "approval"
  | "implementation"
  | "returned"
  | "expired"
  | "closed";

/** PR 中改动的文件（GitHub 的 pulls/{n}/files）。 */
export interface ChangedFile {
  path: string;
  status: "added" | "modified" | "removed" | "renamed" | "copied" | "changed" | "unchanged";
  /** 改名前的路径：改名时两处都算改动 */
  previousPath?: string;
}

/** 一次提交：sha 与提交时间（ISO 8601，含时区）。 */
export interface Commit {
  sha: string;
  /** 提交自己写的时间：由提交者决定，可以伪造，不用于任何时限 */
  date: string;
  /**
   * GitHub 记录的、这个提交推送到 PR 的时间（为它建立的第一个检查套件的 created_at）；
   * 审查阶段从最新一次推送起算。不知道时缺省。
   */
  pushedAt?: string;
}

/** GitHub 审查意见的状态。GitHub 自己的状态不代表任何授权：每个批准都要对照配置的角色核对。 */
export type ReviewState = "APPROVED" | "CHANGES_REQUESTED" | "COMMENTED" | "DISMISSED" | "PENDING";

/** 一条审查意见（pulls/{n}/reviews 的一项）。 */
export interface Review {
  user: string;
  state: ReviewState;
  /** 审查时 PR 的最新提交：批准只对这个提交有效 */
  commitId: string;
  submittedAt: string;
  body?: string;
}

/** PR 本身。 */
export interface PullRequestInfo {
  number: number;
  /** 发起人（GitHub 用户名） */
  author: string;
  createdAt: string;
  headSha: string;
  draft: boolean;
  state: "open" | "closed";
  merged: boolean;
  mergedAt?: string;
  closedAt?: string;
  /** 来自 fork：head 仓库不同于 base 仓库，或已被删除 */
  fromFork: boolean;
}

/** 授权代理人（附件3）中阶段机用到的字段。 */
export type AgentRecord = Pick<Agent, "name" | "github" | "scope" | "validFrom" | "validTo" | "revokedOn">;

/** 使用单位登记（requests/<单位>/unit.yaml）中阶段机用到的部分。 */
export interface UnitRecord {
  /** 单位全称 */
  name: string;
  /** 主管单位的目录名 */
  supervisor?: string;
  agents: readonly AgentRecord[];
  /** 本单位各系统的负责人、技术负责人的 GitHub 用户名（用于回避） */
  contacts: readonly string[];
}

/** PR 中改动的一份申请（取 PR 最新提交中的内容）。 */
export interface ApplicationInfo {
  file: string;
  unit: string;
  system: string;
  /** 未能读出（如 schema 错误）时缺省 */
  type?: ApplicationType;
  /** 申请日期 YYYY-MM-DD（附件5 注5 的有效期从此日算起） */
  date?: string;
  /** 需关机时的关机日期（第30条(1)、第36条） */
  shutdownDate?: string;
  shutdownRequired?: boolean;
}

/** 一份交付记录（requests/<单位>/<系统>/deliveries/NNNN.yaml）中阶段机用到的部分：合并后各阶段的证据。 */
export interface DeliveryRecord {
  /** 对应的申请序号 */
  application: number;
  /** 交付（配置）日期 */
  date?: string;
  /** 交付到哪个区（如测试区、生产区） */
  zone?: string;
  /** 转为生产区上线的日期 */
  production?: string;
  /** 多方确认：种类（如 opening、change、exit）与签署日期 */
  confirmation?: { kind: string; date?: string };
}

/** 基础分支上一个系统的登记与交付记录（键为 `单位目录/系统目录`）。 */
export interface SystemRecord {
  /** 系统的提供商（profile 的 review.providerField 指明 system.yaml 的哪个字段），按它选实施工程师 */
  provider?: string;
  deliveries: readonly DeliveryRecord[];
}

/** PR 中改动的一份交付记录（取 PR 最新提交中的内容）：改动 confirmation 的是确认 PR。 */
export interface DeliveryEdit {
  file: string;
  unit: string;
  system: string;
  /** 交付记录中 confirmation.kind（未能读出时缺省） */
  confirmation?: string;
}

/** govcloud validate 对这个 PR 的结果。 */
export type Validation =
  | { state: "passed" }
  | { state: "failed"; errors?: number }
  | { state: "pending" }
  | { state: "missing" };

/**
 * 规范参数中阶段机用到的部分（catalog/<profile>/profile.yaml）：时限、各阶段引用的条款（clocks 的 citations）、
 * 其余条款与申请的有效期。阶段机引用的每一条都来自这里。
 */
export interface ProfileClocks {
  id: string;
  clocks: Readonly<Record<ApplicationType, StageClock>>;
  reviewCitations: ReviewCitations;
  /** 受理、审查、审批申请的机构 */
  reviewAuthority: string;
  /** 申请自申请之日起有效的月数；profile 声明申请不过期（review.applicationsExpire: false）时不用 */
  applicationValidityMonths: number;
}

export interface StageInput {
  config: ReviewConfig;
  profile: ProfileClocks;
  /** 阶段与角色的名称：仓库的 Profile 的 review 部分 */
  review: ReviewPart;
  pr: PullRequestInfo;
  files: readonly ChangedFile[];
  commits: readonly Commit[];
  reviews: readonly Review[];
  labels: readonly string[];
  /** 团队成员：`组织/团队` → 用户名集合（由适配器解析） */
  teams: ReadonlyMap<string, ReadonlySet<string>>;
  /** 基础分支上的单位登记：授权以已合并的登记为准，PR 自己加的代理人不算 */
  units: ReadonlyMap<string, UnitRecord>;
  /** PR 中新登记的单位（基础分支上还没有）：按 PR 中的 unit.yaml 核对，并提醒审查人员核对委托书 */
  proposedUnits?: ReadonlyMap<string, UnitRecord>;
  applications: readonly ApplicationInfo[];
  /** PR 中改动的交付记录（确认 PR）；没有时缺省 */
  deliveryEdits?: readonly DeliveryEdit[];
  /** 基础分支上的系统：提供商与交付记录（合并后各阶段的证据）；没有时缺省 */
  systems?: ReadonlyMap<string, SystemRecord>;
  validation: Validation;
  calendar: WorkdayCalendar;
  /** 现在（ISO 8601 时间戳）；只有命令行读时钟 */
  now: string;
}

/** 说明当前阶段的一句话，附条款出处。blocking 的原因阻止流程前进。 */
export interface Reason {
  code: ReasonCode;
  message: Text;
  citation?: Citation;
  blocking: boolean;
}

export type ReasonCode =
  | "not-applicable"
  | "draft"
  | "validation-failed"
  | "validation-pending"
  | "outside-requests"
  | "unauthorized"
  | "authorization-expired"
  | "authorization-not-yet-valid"
  | "authorization-revoked"
  | "other-unit"
  | "unit-unregistered"
  | "unit-proposed"
  | "expired"
  | "changes-requested"
  | "changes-answered"
  | "self-approval"
  | "wrong-role"
  | "recused"
  | "same-person"
  | "stale-approval"
  | "no-role-members"
  | "merged-without-approval"
  | "clock-unknown"
  | "calendar-provisional"
  | "late"
  | "closed"
  | "waiting";

/** 谁在处理：发起人，或某个角色（配置中的角色，或申请单位）。 */
export interface Waiting {
  role: "author" | StepRole;
  users: string[];
  teams: string[];
  /** 须多方共同确认时，还在等的其他各方 */
  also?: Waiting[];
}

/** 一个阶段的工作日时限。 */
export interface StageClockResult {
  stage: StageId;
  /** 进入该阶段的时间（使其进入的事件的时间戳） */
  start: string;
  /** 起算日期（北京时间）：通常是进入日期；咨询评估与审批共用时限时为审批阶段的起点（审查完成日） */
  startDate: string;
  /** 完成时间；当前阶段为空 */
  end?: string;
  /** 时限：工作日数，或“关机当天” */
  workdays?: number | "shutdown-day";
  /** 截止日（含）：calendar.addWorkdays(startDate, N)，或关机日 */
  deadline?: string;
  /** 当前阶段：今天已过截止日；已完成的阶段：完成日晚于截止日 */
  late: boolean;
  /** 当前阶段：今天到截止日还有几个工作日（过期为负） */
  workdaysLeft?: number;
  citation?: Citation;
}

/** 一次计入的批准。 */
export interface CountedApproval {
  stage: StageId;
  user: string;
  at: string;
  /** 须多方共同确认的阶段：代表哪一方 */
  role?: StepRole;
}

export interface StageResult {
  /** 是否适用：不改动 requests/ 的 PR 不经过审查流程 */
  applies: boolean;
  pr: number;
  headSha: string;
  stage: StageId;
  /** 进入当前阶段的时间 */
  since: string;
  waitingFor?: Waiting;
  /** 当前阶段的时限 */
  clock?: StageClockResult;
  late: boolean;
  /** 已走过的阶段及其时限（按时间先后），最后一项是当前阶段 */
  timeline: StageClockResult[];
  approvals: CountedApproval[];
  reasons: Reason[];
  /** 申请类型（PR 改动的申请） */
  types: ApplicationType[];
  /** 最早到期的申请的有效期 */
  validUntil?: string;
  /** 有效期的条款出处（profile 中“过期”阶段的条款） */
  validityCitation?: Citation;
  /** 本 PR 涉及的单位 */
  units: string[];
  /** 确认 PR（改动交付记录的 confirmation）：确认的种类；申请 PR 没有这一项 */
  confirmation?: { kind?: string };
}
