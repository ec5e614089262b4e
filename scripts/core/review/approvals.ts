/**
 * 哪些审查意见算数（decide）。和 prow 的 approve 插件一样，每次从 PR 的全部审查意见重新计算：
 * - 谁属于哪个角色（配置的用户与团队成员，按系统的提供商另列的成员，申请单位的有效授权代理人）；
 * - 每人只看最后一次表态（批准、要求修改、被驳回）；
 * - 批准只认流程中的角色、最新提交、不是发起人；申请单位的人回避（只能代表申请单位）；
 * - 角色人员针对最新提交要求修改，PR 退回发起人。
 */
import { type Text, text } from "../text.ts";
import type { Candidate } from "./assign.ts";
import { agentStatus, memberOf, sameLogin, unitsOfFiles } from "./authorization.ts";
import { beijingDate } from "./clock.ts";
import type { Role } from "./config.ts";
import { decidingRolesOf, type StepRole } from "./flow.ts";
import { roleName } from "./profile.ts";
import { citeReview, citeStage, type StageContext, withCitation } from "./stage-context.ts";
import type { Reason, Review, StageInput } from "./types.ts";

/** 各角色的成员（小写用户名）。 */
export type RoleSets = Record<StepRole, Set<string>>;

type MemberInput = Pick<StageInput, "config" | "teams"> &
  Partial<Pick<StageInput, "files" | "units" | "applications" | "deliveryEdits" | "systems" | "now">>;

/**
 * 各角色的成员：配置中的用户，加上配置中团队的成员；按提供商另列的成员只算 PR 所涉系统的提供商的；
 * 申请单位（unit）为 PR 所涉单位今天有效的授权代理人。
 */
export function roleMembers(input: MemberInput): RoleSets {
  const providers = providersOf(input);
  const add = (set: Set<string>, m: { teams: readonly string[]; users: readonly string[] }) => {
    for (const u of m.users) set.add(u.toLowerCase());
    for (const team of m.teams) for (const u of input.teams.get(team) ?? []) set.add(u.toLowerCase());
  };
  const members = (role: Role): Set<string> => {
    const set = new Set<string>();
    const config = input.config.roles[role];
    add(set, config);
    for (const p of providers) {
      const extra = config.providers?.[p];
      if (extra) add(set, extra);
    }
    return set;
  };
  return {
    reviewers: members("reviewers"),
    consultants: members("consultants"),
    approvers: members("approvers"),
    implementers: members("implementers"),
    unit: unitAgents(input),
  };
}

/** PR 所涉系统的提供商（基础分支上的 system.yaml）。 */
function providersOf(input: MemberInput): Set<string> {
  const out = new Set<string>();
  const places = [...(input.applications ?? []), ...(input.deliveryEdits ?? [])];
  for (const p of places) {
    const provider = input.systems?.get(`${p.unit}/${p.system}`)?.provider;
    if (provider !== undefined) out.add(provider);
  }
  return out;
}

/** PR 所涉单位今天有效的授权代理人。 */
function unitAgents(input: MemberInput): Set<string> {
  const out = new Set<string>();
  if (!input.files || !input.units || !input.now) return out;
  const today = beijingDate(input.now);
  for (const dir of unitsOfFiles(input.files).byUnit.keys()) {
    const unit = input.units.get(dir);
    if (!unit) continue;
    for (const a of unit.agents) if (agentStatus(unit, a.github, today).ok) out.add(a.github.toLowerCase());
  }
  return out;
}

/** 某人在当前流程中能担任的、可以批准或要求修改的角色（按 审查、咨询、审批、实施、单位 的顺序）。 */
export function decidingRoles(ctx: StageContext, sets: RoleSets, login: string): StepRole[] {
  return decidingRolesOf(ctx.flow).filter((r) => sets[r].has(login.toLowerCase()));
}

/**
 * 每人最后一次表态（按提交时间；评论不算表态）。键为小写用户名；
 * 顺序为每人第一次表态的先后（理由按这个顺序列出）。
 */
export function latestVerdicts(reviews: readonly Review[]): Map<string, Review> {
  const sorted = [...reviews].sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt));
  const latest = new Map<string, Review>();
  for (const r of sorted) {
    if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED" || r.state === "DISMISSED")
      latest.set(r.user.toLowerCase(), r);
  }
  return latest;
}

/** 一条表态的结论：要求修改（退回）、计入的批准、只作提示、或不予理会。 */
export type Verdict =
  | { kind: "requested"; review: Review; role: StepRole }
  | { kind: "candidate"; candidate: Candidate }
  | { kind: "notice"; reason: Reason }
  | { kind: "ignored" };

/** 一个人的最后一次表态算不算、算作什么。 */
export function judgeReview(ctx: StageContext, sets: RoleSets, login: string, review: Review): Verdict {
  if (review.state === "DISMISSED") return { kind: "ignored" };
  if (review.state === "CHANGES_REQUESTED") return judgeChangeRequest(ctx, sets, login, review);
  return judgeApproval(ctx, sets, login, review);
}

function judgeChangeRequest(ctx: StageContext, sets: RoleSets, login: string, r: Review): Verdict {
  const { pr } = ctx.input;
  if (login === ctx.author) return { kind: "ignored" };
  const its = decidingRoles(ctx, sets, login);
  if (its.length === 0)
    return notice({
      code: "wrong-role",
      blocking: false,
      ...withCitation(citeStage(ctx, "review")),
      message: text(
        `@${r.user} 要求修改，但不在审查、咨询或审批人员名单中：其意见供发起人参考，不改变阶段。`,
        `@${r.user} requested changes but is not a reviewer, consultant or approver: the comment is advisory and does not change the stage.`,
      ),
    });
  if (r.commitId === pr.headSha) return { kind: "requested", review: r, role: its[0] as StepRole };
  const shortHead = pr.headSha.slice(0, 7);
  return notice({
    code: "changes-answered",
    blocking: false,
    ...withCitation(citeStage(ctx, "review")),
    message: text(
      `@${r.user} 在提交 ${r.commitId.slice(0, 7)} 上要求的修改之后，发起人已推送新的提交 ${shortHead}：重新进入审查。`,
      `@${r.user} requested changes on ${r.commitId.slice(0, 7)}; the author has pushed ${shortHead} since: back in review.`,
    ),
  });
}

function judgeApproval(ctx: StageContext, sets: RoleSets, login: string, r: Review): Verdict {
  const { input } = ctx;
  const { config } = input;
  const shown = r.user;
  if (sameLogin(login, ctx.author))
    return notice({
      code: "self-approval",
      blocking: false,
      ...withCitation(citeReview(ctx, "approvalAuthority")),
      message: text(
        `@${shown} 是发起人，自己的批准不计入：审查、审批由${input.profile.reviewAuthority}负责。`,
        `@${shown} is the author: their own approval does not count; review and approval are done by the ${input.profile.reviewAuthority}.`,
      ),
    });
  const its = decidingRoles(ctx, sets, login);
  if (its.length === 0)
    return notice({
      code: "wrong-role",
      blocking: false,
      ...withCitation(citeReview(ctx, "approvalAuthority")),
      message: text(
        `@${shown} 的批准不计入：不在${roleNamesText(ctx).zh}名单中（${roleListText(ctx, config.roles)}）。GitHub 上任何有读权限的人都能点“批准”。`,
        `@${shown}'s approval does not count: not among the ${roleNamesText(ctx).en} (${roleListText(ctx, config.roles)}). Anyone who can read the repository can click "Approve" on GitHub.`,
      ),
    });
  return judgeCurrentApproval(ctx, login, r, its);
}

/** 批准针对最新提交、来自流程中的角色时：回避与计入。申请单位的人只能代表申请单位。 */
function judgeCurrentApproval(ctx: StageContext, login: string, r: Review, its: StepRole[]): Verdict {
  const { input } = ctx;
  const { pr } = input;
  const shown = r.user;
  if (r.commitId !== pr.headSha) {
    const shortHead = pr.headSha.slice(0, 7);
    return notice({
      code: "stale-approval",
      blocking: false,
      ...withCitation(citeStage(ctx, "review")),
      message: text(
        `@${shown} 批准的是旧提交 ${r.commitId.slice(0, 7)}，之后又推送了 ${shortHead}：批准只对所针对的提交有效，改动后须重新审查。`,
        `@${shown} approved the older commit ${r.commitId.slice(0, 7)}; ${shortHead} was pushed since: an approval only holds for the commit it approved, so the change needs review again.`,
      ),
    });
  }
  const recused = memberOf(login, ctx.unitDirs, input.units, input.proposedUnits);
  if (recused !== undefined && its.includes("unit"))
    return { kind: "candidate", candidate: { user: shown, at: r.submittedAt, roles: ["unit"] } };
  if (recused !== undefined)
    return notice({
      code: "recused",
      blocking: false,
      ...withCitation(citeReview(ctx, "approvalAuthority")),
      message: text(
        `@${shown} 是申请单位 ${input.units.get(recused)?.name ?? recused} 的人员（授权代理人或系统联系人），须回避：其批准不计入。`,
        `@${shown} belongs to the requesting unit ${recused} (agent or system contact) and must recuse: the approval does not count.`,
      ),
    });
  return { kind: "candidate", candidate: { user: shown, at: r.submittedAt, roles: its } };
}

const notice = (reason: Reason): Verdict => ({ kind: "notice", reason });

/** 流程中能批准的角色的称谓（来自 profile），如 审查人员、咨询单位或审批人员；申请单位另有提示，不列。 */
function roleNamesText(ctx: StageContext): Text {
  const names = [
    ...new Map(
      decidingRolesOf(ctx.flow)
        .filter((r) => r !== "unit")
        .map((r) => roleName(ctx.input.review, r))
        .map((t) => [t.zh, t]),
    ).values(),
  ];
  const join = (parts: string[], comma: string, or: string) =>
    parts.length <= 1 ? (parts[0] ?? "") : `${parts.slice(0, -1).join(comma)}${or}${parts.at(-1)}`;
  return text(
    join(
      names.map((n) => n.zh),
      "、",
      "或",
    ),
    join(
      names.map((n) => n.en),
      ", ",
      " or ",
    ),
  );
}

/** 名单上的团队与用户（提示“谁的批准算数”时列出）。 */
function roleListText(ctx: StageContext, roles: StageInput["config"]["roles"]): string {
  const names = (r: StepRole) =>
    r === "unit" ? [] : [...roles[r].teams.map((t) => `@${t}`), ...roles[r].users.map((u) => `@${u}`)];
  return decidingRolesOf(ctx.flow)
    .flatMap((r) => names(r))
    .join("、");
}

/** 全部表态的结论：要求修改（针对最新提交）、计入的候选批准、给发起人与审查人员的提示。 */
export interface CountedReviews {
  requested: { review: Review; role: StepRole }[];
  candidates: Candidate[];
  notices: Reason[];
}

export function countReviews(ctx: StageContext, sets: RoleSets): CountedReviews {
  const counted: CountedReviews = { requested: [], candidates: [], notices: [] };
  for (const [login, review] of latestVerdicts(ctx.input.reviews)) {
    const v = judgeReview(ctx, sets, login, review);
    if (v.kind === "requested") counted.requested.push({ review: v.review, role: v.role });
    else if (v.kind === "candidate") counted.candidates.push(v.candidate);
    else if (v.kind === "notice") counted.notices.push(v.reason);
  }
  return counted;
}
