/**
 * 哪些审查意见算数（decide）。和 prow 的 approve 插件一样，每次从 PR 的全部审查意见重新计算：
 * - 谁属于哪个角色（配置的用户与团队成员）；
 * - 每人只看最后一次表态（批准、要求修改、被驳回）；
 * - 批准只认配置的角色、最新提交、不是发起人、不是申请单位的人（回避）；
 * - 角色人员针对最新提交要求修改，PR 退回发起人。
 */
import { text } from "../text.ts";
import type { Candidate } from "./assign.ts";
import { memberOf, sameLogin } from "./authorization.ts";
import type { Role } from "./config.ts";
import { citeReview, citeStage, type StageContext, withCitation } from "./stage-context.ts";
import type { Reason, Review, StageInput } from "./types.ts";

/** 各角色的成员（小写用户名）：配置中的用户，加上配置中团队的成员。 */
export type RoleSets = Record<Role, Set<string>>;

/** 能批准或要求修改的角色（实施工程师不审批）。 */
const deciding: readonly Role[] = ["reviewers", "consultants", "approvers"];

export function roleMembers(input: Pick<StageInput, "config" | "teams">): RoleSets {
  const members = (role: Role): Set<string> => {
    const set = new Set(input.config.roles[role].users.map((u) => u.toLowerCase()));
    for (const team of input.config.roles[role].teams)
      for (const u of input.teams.get(team) ?? []) set.add(u.toLowerCase());
    return set;
  };
  return {
    reviewers: members("reviewers"),
    consultants: members("consultants"),
    approvers: members("approvers"),
    implementers: members("implementers"),
  };
}

/** 某人担任的审查类角色（审查、咨询评估、审批的顺序）。 */
export function decidingRoles(sets: RoleSets, login: string): Role[] {
  return deciding.filter((r) => sets[r].has(login.toLowerCase()));
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
  | { kind: "requested"; review: Review; role: Role }
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
  const its = decidingRoles(sets, login);
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
  if (r.commitId === pr.headSha) return { kind: "requested", review: r, role: its[0] as Role };
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
  const { pr, config } = input;
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
  const its = decidingRoles(sets, login);
  if (its.length === 0)
    return notice({
      code: "wrong-role",
      blocking: false,
      ...withCitation(citeReview(ctx, "approvalAuthority")),
      message: text(
        `@${shown} 的批准不计入：不在审查人员、咨询单位或审批人员名单中（${roleListText(config.roles)}）。GitHub 上任何有读权限的人都能点“批准”。`,
        `@${shown}'s approval does not count: not among the reviewers, consultants or approvers (${roleListText(config.roles)}). Anyone who can read the repository can click "Approve" on GitHub.`,
      ),
    });
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

/** 名单上的团队与用户（提示“谁的批准算数”时列出）。 */
function roleListText(roles: StageInput["config"]["roles"]): string {
  const names = (r: Role) => [...roles[r].teams.map((t) => `@${t}`), ...roles[r].users.map((u) => `@${u}`)];
  return deciding.flatMap((r) => names(r)).join("、");
}

/** 全部表态的结论：要求修改（针对最新提交）、计入的候选批准、给发起人与审查人员的提示。 */
export interface CountedReviews {
  requested: { review: Review; role: Role }[];
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
