/**
 * 审查流程阶段机（纯函数）：由 PR 的改动文件、提交、审查意见、标签、校验结果与时钟，算出
 * 发起 / 审查 / 咨询评估 / 审批 / 实施 / 已退回 / 已过期 / 已关闭，等待谁，工作日截止日，是否超时，以及原因。
 *
 * 和 prow 的 approve/lgtm 一样，每次都从 PR 的全部历史重新计算，不保存状态：
 * - 批准只认配置中的角色（GitHub 的“批准”任何有读权限的人都能点），不认发起人自己，
 *   不认申请单位自己的人（回避），只认针对最新提交的批准：新的推送使 PR 回到审查；
 * - 角色人员“要求修改”（针对最新提交）使 PR 退回发起人，附上其意见；
 * - 咨询评估（标签或配置的申请类型）位于审查与审批之间；
 * - 申请自申请之日起 3 个月内有效（附件5 注5），过期后须重新提交；
 * - 发起人须持有所改动单位的有效授权（附件3、第17条），且只能改动本单位的文件；
 * - 校验有错误的 PR 不能离开发起阶段（第21、27、33、40、49条）。
 */

import { provisionalCalendarMessage } from "../calendar/provisional.ts";
import { addDays, addMonths } from "../calendar/workdays.ts";
import type { ApplicationType } from "../catalog/types.ts";
import { notAfter } from "../clock.ts";
import type { Citation } from "../finding.ts";
import { text } from "../text.ts";
import { checkAuthorization, memberOf, sameLogin, unitsOfFiles } from "./authorization.ts";
import { beijingDate, type ClockSpec, later, stageClock } from "./clock.ts";
import { type ResolvedClock, type Role, resolveClock, stageCitation } from "./config.ts";
import { roleNames, stageNames } from "./names.ts";
import type {
  CountedApproval,
  Reason,
  Review,
  StageClockResult,
  StageId,
  StageInput,
  StageResult,
  Waiting,
} from "./types.ts";

const typeOrder: readonly ApplicationType[] = ["new", "change", "revoke", "ports", "test", "test-renewal"];

interface Candidate {
  user: string;
  at: string;
  roles: Role[];
}

export function computeStage(input: StageInput): StageResult {
  const { config, pr, profile } = input;
  const P = profile.id;
  const today = beijingDate(input.now);
  const author = pr.author.toLowerCase();
  const { byUnit, outside } = unitsOfFiles(input.files);
  const unitDirs = [...byUnit.keys()].sort();
  const types = typeOrder.filter((t) => input.applications.some((a) => a.type === t));
  /** 条款按哪类申请引用：PR 通常只含一份申请；只改登记时按新增申请 */
  const primary: ApplicationType = types[0] ?? "new";
  const cite = (stage: StageId): Citation | undefined => stageCitation(P, primary, stage);
  const validUntil = input.applications
    .filter((a) => a.date !== undefined)
    .map((a) => addMonths(a.date as string, profile.applicationValidityMonths))
    .sort()[0];

  const result = (
    stage: StageId,
    since: string,
    extra: Partial<StageResult> & { reasons: Reason[] },
  ): StageResult => {
    const timeline = extra.timeline ?? [];
    const clock = extra.clock;
    return {
      applies: true,
      pr: pr.number,
      headSha: pr.headSha,
      stage,
      since,
      late: clock?.late ?? false,
      timeline,
      approvals: [],
      types,
      ...(validUntil ? { validUntil } : {}),
      units: unitDirs,
      ...extra,
    };
  };
  const authorWaiting: Waiting = { role: "author", users: [pr.author], teams: [] };

  if (byUnit.size === 0) {
    return {
      ...result("initiation", pr.createdAt, {
        reasons: [
          {
            code: "not-applicable",
            blocking: false,
            message: text(
              "本 PR 没有改动 requests/ 下的文件，不是云服务申请，不经过审查、审批流程。",
              "This pull request changes nothing under requests/: it is not an application and goes through no review stages.",
            ),
          },
        ],
      }),
      applies: false,
    };
  }

  if (pr.state === "closed" && !pr.merged) {
    return result("closed", pr.closedAt ?? input.now, {
      reasons: [
        {
          code: "closed",
          blocking: false,
          message: text(
            "PR 已关闭且未合并：申请已撤回。如需继续办理，请重新打开或提交新的 PR。",
            "The pull request was closed without merging: the application is withdrawn. Reopen it or submit a new one to continue.",
          ),
        },
      ],
    });
  }

  // ── 附件5 注5：有效期（合并之后进入实施，不再过期）
  if (!pr.merged && validUntil !== undefined && today > validUntil) {
    const stale = input.applications.filter(
      (a) => a.date !== undefined && addMonths(a.date, profile.applicationValidityMonths) < today,
    );
    return result("expired", `${addDays(validUntil, 1)}T00:00:00+08:00`, {
      waitingFor: authorWaiting,
      reasons: stale.map((a) => ({
        code: "expired" as const,
        blocking: true,
        ...withCitation(a.type ? stageCitation(P, a.type, "expired") : cite("expired")),
        message: text(
          `${a.file} 的申请日期为 ${a.date}，有效期到 ${addMonths(a.date as string, profile.applicationValidityMonths)}，已过期：本申请自申请之日起 ${profile.applicationValidityMonths} 个月内有效，继续办理须重新提交申请。请把 date 改为今天、确认内容后推送。`,
          `${a.file} is dated ${a.date} and was valid until ${addMonths(a.date as string, profile.applicationValidityMonths)}: it has expired. Set date to today, check the content and push to resubmit.`,
        ),
      })),
    });
  }

  // ── 发起：草稿、校验、授权、改动范围
  const gate: Reason[] = [];
  if (!pr.merged) {
    if (pr.draft)
      gate.push({
        code: "draft",
        blocking: true,
        ...withCitation(cite("initiation")),
        message: text(
          "PR 还是草稿：填写完成后点“Ready for review”提交，才流转到审查阶段。",
          'The pull request is a draft: mark it "Ready for review" to submit it for review.',
        ),
      });
    if (outside.length > 0)
      gate.push({
        code: "outside-requests",
        blocking: true,
        ...withCitation(cite("initiation")),
        message: text(
          `申请 PR 只能改动 requests/ 下本单位的文件，这里还改动了 ${outside.slice(0, 5).join("、")}${outside.length > 5 ? ` 等 ${outside.length} 个文件` : ""}。请把这些改动放到单独的 PR 中。`,
          `An application pull request may only change the unit's files under requests/; it also changes ${outside.slice(0, 5).join(", ")}${outside.length > 5 ? ` and ${outside.length - 5} more` : ""}. Move those to a separate pull request.`,
        ),
      });
    gate.push(
      ...checkAuthorization({
        profile: P,
        author: pr.author,
        today,
        touched: byUnit,
        units: input.units,
        ...(input.proposedUnits ? { proposed: input.proposedUnits } : {}),
      }),
    );
    const v = input.validation;
    if (v.state === "failed")
      gate.push({
        code: "validation-failed",
        blocking: true,
        ...withCitation(cite("initiation")),
        message: text(
          `govcloud validate 发现${v.errors !== undefined ? ` ${v.errors} 个` : ""}错误：申请材料须符合填写要求，请按检查结果逐条修改后推送。`,
          `govcloud validate found ${v.errors !== undefined ? `${v.errors} ` : ""}error(s): fix each finding and push.`,
        ),
      });
    else if (v.state === "pending" || v.state === "missing")
      gate.push({
        code: "validation-pending",
        blocking: true,
        ...withCitation(cite("initiation")),
        message:
          v.state === "pending"
            ? text(
                "govcloud validate 还在运行：校验通过后流转到审查阶段。",
                "govcloud validate is still running: the pull request moves to review once it passes.",
              )
            : text(
                `还没有最新提交的校验结果（检查 ${config.validation.check}）：校验通过后才流转到审查阶段。`,
                `No validation result for the latest commit yet (check ${config.validation.check}): the pull request moves to review once it passes.`,
              ),
      });
  }
  const notices = gate.filter((r) => !r.blocking);
  const blocking = gate.filter((r) => r.blocking);
  if (blocking.length > 0) {
    return result("initiation", pr.createdAt, {
      waitingFor: authorWaiting,
      reasons: [...blocking, ...notices],
    });
  }

  // ── 审查意见：只认配置的角色、最新提交、非本人、非本单位
  const members = (role: Role): Set<string> => {
    const set = new Set(config.roles[role].users.map((u) => u.toLowerCase()));
    for (const team of config.roles[role].teams)
      for (const u of input.teams.get(team) ?? []) set.add(u.toLowerCase());
    return set;
  };
  const roleSets: Record<Role, Set<string>> = {
    reviewers: members("reviewers"),
    consultants: members("consultants"),
    approvers: members("approvers"),
    implementers: members("implementers"),
  };
  const deciding: Role[] = ["reviewers", "consultants", "approvers"];
  const rolesOf = (login: string) => deciding.filter((r) => roleSets[r].has(login.toLowerCase()));

  const sorted = [...input.reviews].sort((a, b) => Date.parse(a.submittedAt) - Date.parse(b.submittedAt));
  const latest = new Map<string, Review>();
  for (const r of sorted) {
    if (r.state === "APPROVED" || r.state === "CHANGES_REQUESTED" || r.state === "DISMISSED")
      latest.set(r.user.toLowerCase(), r);
  }
  const reviewStart = headPushedAt(input);
  const shortHead = pr.headSha.slice(0, 7);

  const requested: { review: Review; role: Role }[] = [];
  const candidates: Candidate[] = [];
  for (const [login, r] of latest) {
    if (r.state === "DISMISSED") continue;
    const shown = r.user;
    const its = rolesOf(login);
    if (r.state === "CHANGES_REQUESTED") {
      if (login === author) continue;
      if (its.length === 0) {
        notices.push({
          code: "wrong-role",
          blocking: false,
          ...withCitation(cite("review")),
          message: text(
            `@${shown} 要求修改，但不在审查、咨询或审批人员名单中：其意见供发起人参考，不改变阶段。`,
            `@${shown} requested changes but is not a reviewer, consultant or approver: the comment is advisory and does not change the stage.`,
          ),
        });
      } else if (r.commitId === pr.headSha) {
        requested.push({ review: r, role: its[0] as Role });
      } else {
        notices.push({
          code: "changes-answered",
          blocking: false,
          ...withCitation(cite("review")),
          message: text(
            `@${shown} 在提交 ${r.commitId.slice(0, 7)} 上要求的修改之后，发起人已推送新的提交 ${shortHead}：重新进入审查。`,
            `@${shown} requested changes on ${r.commitId.slice(0, 7)}; the author has pushed ${shortHead} since: back in review.`,
          ),
        });
      }
      continue;
    }
    // APPROVED
    if (sameLogin(login, author)) {
      notices.push({
        code: "self-approval",
        blocking: false,
        ...withCitation({ profile: P, article: "第11条", clause: "(2)" }),
        message: text(
          `@${shown} 是发起人，自己的批准不计入：审查、审批由市大数据资源管理中心负责。`,
          `@${shown} is the author: their own approval does not count; review and approval are done by the 市大数据资源管理中心.`,
        ),
      });
      continue;
    }
    if (its.length === 0) {
      notices.push({
        code: "wrong-role",
        blocking: false,
        ...withCitation({ profile: P, article: "第11条", clause: "(2)" }),
        message: text(
          `@${shown} 的批准不计入：不在审查人员、咨询单位或审批人员名单中（${roleListText(config.roles)}）。GitHub 上任何有读权限的人都能点“批准”。`,
          `@${shown}'s approval does not count: not among the reviewers, consultants or approvers (${roleListText(config.roles)}). Anyone who can read the repository can click "Approve" on GitHub.`,
        ),
      });
      continue;
    }
    if (r.commitId !== pr.headSha) {
      notices.push({
        code: "stale-approval",
        blocking: false,
        ...withCitation(cite("review")),
        message: text(
          `@${shown} 批准的是旧提交 ${r.commitId.slice(0, 7)}，之后又推送了 ${shortHead}：批准只对所针对的提交有效，改动后须重新审查。`,
          `@${shown} approved the older commit ${r.commitId.slice(0, 7)}; ${shortHead} was pushed since: an approval only holds for the commit it approved, so the change needs review again.`,
        ),
      });
      continue;
    }
    const recused = memberOf(login, unitDirs, input.units, input.proposedUnits);
    if (recused !== undefined) {
      notices.push({
        code: "recused",
        blocking: false,
        ...withCitation({ profile: P, article: "第11条", clause: "(2)" }),
        message: text(
          `@${shown} 是申请单位 ${input.units.get(recused)?.name ?? recused} 的人员（授权代理人或系统联系人），须回避：其批准不计入。`,
          `@${shown} belongs to the requesting unit ${recused} (agent or system contact) and must recuse: the approval does not count.`,
        ),
      });
      continue;
    }
    candidates.push({ user: shown, at: r.submittedAt, roles: its });
  }

  const clock = clockFor(input, types);
  const timeline: StageClockResult[] = [];
  const gaps = new Set<string>();
  const provisionalYears = new Set<number>();
  const addClock = (spec: ClockSpec) => {
    const { clock: c, calendarGap, provisional } = stageClock(spec, input.calendar, input.now);
    if (calendarGap) gaps.add(calendarGap);
    for (const y of provisional ?? []) provisionalYears.add(y);
    timeline.push(c);
    return c;
  };

  // ── 已退回：角色人员针对最新提交要求修改
  if (requested.length > 0 && !pr.merged) {
    const since = requested.map((r) => r.review.submittedAt).reduce(later);
    addClock({
      stage: "review",
      start: reviewStart,
      end: since,
      workdays: clock.review,
      ...withCitation(cite("review")),
    });
    return result("returned", since, {
      waitingFor: authorWaiting,
      timeline,
      reasons: [
        ...requested.map(({ review, role }) => ({
          code: "changes-requested" as const,
          blocking: true,
          ...withCitation(
            cite(role === "reviewers" ? "review" : role === "consultants" ? "consultation" : "approval"),
          ),
          message: text(
            `@${review.user}（${roleNames[role].zh}）要求修改${review.body?.trim() ? `：${oneLine(review.body)}` : "。"}请修改后推送，PR 将重新进入审查。`,
            `@${review.user} (${roleNames[role].en}) requested changes${review.body?.trim() ? `: ${oneLine(review.body)}` : "."} Push the fix and the pull request goes back to review.`,
          ),
        })),
        ...notices,
      ],
    });
  }

  // ── 审查 →（咨询评估）→ 审批：为每一步挑一个计入的批准
  const needConsultation =
    input.labels.includes(config.consultation.label) ||
    types.some((t) => config.consultation.types.includes(t));
  const pick = assign(candidates, needConsultation, config.distinctReviewerApprover);
  const approvals: CountedApproval[] = [];

  const reviewEnd = pick.reviewer ? later(reviewStart, pick.reviewer.at) : undefined;
  addClock({
    stage: "review",
    start: reviewStart,
    ...(reviewEnd ? { end: reviewEnd } : {}),
    workdays: clock.review,
    ...withCitation(cite("review")),
  });
  if (pick.reviewer) approvals.push({ stage: "review", user: pick.reviewer.user, at: pick.reviewer.at });

  let current: StageId = "review";
  let since = reviewStart;
  let approvalStart: string | undefined;
  let approvalCountFrom: string | undefined;
  if (reviewEnd) {
    current = needConsultation ? "consultation" : "approval";
    since = reviewEnd;
    approvalStart = reviewEnd;
    if (needConsultation) {
      const end = pick.consultant ? later(reviewEnd, pick.consultant.at) : undefined;
      addClock({
        stage: "consultation",
        start: reviewEnd,
        ...(end ? { end } : {}),
        // 规范中咨询评估属于审批阶段：未单独配置时与审批共用时限
        workdays: clock.consultation ?? clock.approval,
        ...withCitation(cite("consultation")),
      });
      if (pick.consultant) {
        approvals.push({ stage: "consultation", user: pick.consultant.user, at: pick.consultant.at });
        current = "approval";
        since = end as string;
        approvalStart = end;
        if (clock.consultation === undefined) approvalCountFrom = reviewEnd;
      } else approvalStart = undefined;
    }
  }
  let implementationStart: string | undefined;
  if (approvalStart) {
    const end = pick.approver ? later(approvalStart, pick.approver.at) : undefined;
    addClock({
      stage: "approval",
      start: approvalStart,
      ...(approvalCountFrom ? { countFrom: approvalCountFrom } : {}),
      ...(end ? { end } : {}),
      workdays: clock.approval,
      ...withCitation(cite("approval")),
    });
    if (pick.approver) {
      approvals.push({ stage: "approval", user: pick.approver.user, at: pick.approver.at });
      implementationStart = end;
    }
  }
  if (pick.sameReviewer && !pick.approver && approvalStart) {
    notices.push({
      code: "same-person",
      blocking: false,
      ...withCitation(cite("approval")),
      message: text(
        `@${pick.sameReviewer} 已作为${pick.reviewer?.user === pick.sameReviewer ? "审查人员" : "咨询单位"}批准，审查与审批须为不同的人：审批还须另一位审批人员批准。`,
        `@${pick.sameReviewer} already counted as ${pick.reviewer?.user === pick.sameReviewer ? "reviewer" : "consultant"}; reviewer and approver must be different people: another approver must approve.`,
      ),
    });
  }
  if (pr.merged && !implementationStart) {
    notices.push({
      code: "merged-without-approval",
      blocking: false,
      ...withCitation(cite("approval")),
      message: text(
        `PR 已于 ${beijingDate(pr.mergedAt ?? input.now)} 合并，但没有完整的审查、审批记录（当前停在${stageNames[current].zh}）：请管理员核实合并的依据。`,
        `The pull request was merged on ${beijingDate(pr.mergedAt ?? input.now)} without a complete review and approval record (it was in ${stageNames[current].en}): an administrator should check why it was merged.`,
      ),
    });
    implementationStart = pr.mergedAt ?? input.now;
  }
  if (implementationStart) {
    current = "implementation";
    since = implementationStart;
    const shutdownDate = input.applications
      .map((a) => a.shutdownDate)
      .filter((d): d is string => d !== undefined)
      .sort()[0];
    const needsShutdown =
      clock.implementation === "shutdown-day" ||
      (clock.implementationWithShutdown !== undefined && input.applications.some((a) => a.shutdownRequired));
    addClock({
      stage: "implementation",
      start: implementationStart,
      workdays: needsShutdown ? "shutdown-day" : clock.implementation,
      ...(shutdownDate ? { shutdownDate } : {}),
      ...withCitation(cite("implementation")),
    });
  }

  const now = timeline[timeline.length - 1] as StageClockResult;
  const role: Role =
    current === "review"
      ? "reviewers"
      : current === "consultation"
        ? "consultants"
        : current === "approval"
          ? "approvers"
          : "implementers";
  const waitingFor: Waiting = {
    role,
    users: [...config.roles[role].users],
    teams: [...config.roles[role].teams],
  };
  const reasons: Reason[] = [waitingReason(current, now, role, P, primary, clock)];
  if (roleSets[role].size === 0)
    reasons.push({
      code: "no-role-members",
      blocking: true,
      message: text(
        `配置 .github/govcloud-review.yaml 中的${roleNames[role].zh}（roles.${role}）没有任何人：请补上团队或用户，否则没有人能处理这一阶段。`,
        `roles.${role} in .github/govcloud-review.yaml has nobody: add a team or users, or nobody can act in this stage.`,
      ),
    });
  if (now.late)
    reasons.push({
      code: "late",
      blocking: false,
      ...withCitation(now.citation),
      message: text(
        `${stageNames[current].zh}已超过时限：应于 ${now.deadline} 前完成。`,
        `${stageNames[current].en} is overdue: it was due by ${now.deadline}.`,
      ),
    });
  for (const year of gaps)
    reasons.push({
      code: "clock-unknown",
      blocking: false,
      message: text(
        `工作日日历还没有 ${year} 年的放假与调休安排，无法算出截止日：请在 catalog/calendar/cn.yaml 中补上。`,
        `The working-day calendar has no ${year} holidays yet, so the deadline cannot be computed: add them to catalog/calendar/cn.yaml.`,
      ),
    });
  if (provisionalYears.size > 0) {
    const years = [...provisionalYears].sort((a, b) => a - b);
    reasons.push({
      code: "calendar-provisional",
      blocking: false,
      message: provisionalCalendarMessage(years),
    });
  }
  return result(current, since, {
    waitingFor,
    clock: now,
    timeline,
    approvals,
    reasons: [...reasons, ...notices],
  });
}

const withCitation = (citation: Citation | undefined): { citation?: Citation } =>
  citation ? { citation } : {};

const oneLine = (s: string) => {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length > 200 ? `${flat.slice(0, 197)}…` : flat;
};

function roleListText(roles: StageInput["config"]["roles"]): string {
  const names = (r: Role) => [...roles[r].teams.map((t) => `@${t}`), ...roles[r].users.map((u) => `@${u}`)];
  return (["reviewers", "consultants", "approvers"] as const).flatMap((r) => names(r)).join("、");
}

/** PR 含多份申请时，每一阶段取最严的时限。 */
function clockFor(input: StageInput, types: readonly ApplicationType[]): ResolvedClock {
  const list = (types.length > 0 ? types : (["new"] as const)).map((t) =>
    resolveClock(input.config, input.profile, t),
  );
  const min = (values: (number | undefined)[]) => {
    const nums = values.filter((v): v is number => v !== undefined);
    return nums.length > 0 ? Math.min(...nums) : undefined;
  };
  const impl = list.map((c) => c.implementation);
  const numericImpl = min(impl.map((v) => (typeof v === "number" ? v : undefined)));
  const consultation = min(list.map((c) => c.consultation));
  const withShutdown = list.find((c) => c.implementationWithShutdown)?.implementationWithShutdown;
  return {
    review: min(list.map((c) => c.review)) as number,
    ...(consultation !== undefined ? { consultation } : {}),
    approval: min(list.map((c) => c.approval)) as number,
    implementation: numericImpl ?? "shutdown-day",
    ...(withShutdown ? { implementationWithShutdown: withShutdown } : {}),
    source: [...new Set(list.map((c) => c.source))].join("；"),
  };
}

/**
 * 为审查、咨询评估、审批各挑一个批准：尽量多走几步，同样多时取最早的组合。
 * distinct 为真时三者须为不同的人。
 */
function assign(
  candidates: readonly Candidate[],
  needConsultation: boolean,
  distinct: boolean,
): { reviewer?: Candidate; consultant?: Candidate; approver?: Candidate; sameReviewer?: string } {
  const byTime = [...candidates].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const of = (role: Role) => byTime.filter((c) => c.roles.includes(role));
  const reviewers = of("reviewers");
  const consultants = needConsultation ? of("consultants") : [];
  const approvers = of("approvers");
  const differs = (a?: Candidate, b?: Candidate) => !distinct || !a || !b || !sameLogin(a.user, b.user);
  let best: { reviewer?: Candidate; consultant?: Candidate; approver?: Candidate } = {};
  let bestScore = 0;
  for (const r of reviewers) {
    const cs: (Candidate | undefined)[] = needConsultation
      ? consultants.filter((c) => differs(r, c))
      : [undefined];
    if (cs.length === 0 && bestScore < 1) {
      best = { reviewer: r };
      bestScore = 1;
    }
    for (const c of cs) {
      const score = needConsultation ? 2 : 1;
      const a = approvers.find((x) => differs(r, x) && differs(c, x));
      const total = score + (a ? 1 : 0);
      if (total > bestScore) {
        best = { reviewer: r, ...(c ? { consultant: c } : {}), ...(a ? { approver: a } : {}) };
        bestScore = total;
      }
    }
  }
  // 有人因“同一人”被排除在审批之外时，告诉他们
  let sameReviewer: string | undefined;
  if (!best.approver && distinct) {
    const blocked = approvers.find(
      (x) =>
        (best.reviewer && sameLogin(best.reviewer.user, x.user)) ||
        (best.consultant && sameLogin(best.consultant.user, x.user)),
    );
    if (blocked) sameReviewer = blocked.user;
  }
  return { ...best, ...(sameReviewer ? { sameReviewer } : {}) };
}

function waitingReason(
  stage: StageId,
  clock: StageClockResult,
  role: Role,
  profile: string,
  type: ApplicationType,
  resolved: ResolvedClock,
): Reason {
  const due =
    clock.deadline !== undefined
      ? text(`，截止 ${clock.deadline}`, `, due ${clock.deadline}`)
      : clock.workdays === "shutdown-day"
        ? text("，在关机当天完成（关机日期待确认）", ", on the shutdown day (date to be agreed)")
        : text("", "");
  const n = clock.workdays;
  const span =
    typeof n === "number"
      ? text(`原则上在 ${n} 个工作日内完成`, `within ${n} working day(s)`)
      : text("在关机当天完成", "on the shutdown day");
  const what: Record<string, { zh: string; en: string }> = {
    review: {
      zh: `等待${roleNames[role].zh}审查：受理申请，检查申请材料是否齐全合规，${span.zh}${due.zh}。`,
      en: `Waiting for the ${roleNames[role].en}: check that the application is complete and compliant, ${span.en}${due.en}.`,
    },
    consultation: {
      zh: `等待${roleNames[role].zh}评估申请的合规性、合理性并出具评估意见（批准即评估通过）；${resolved.consultation === undefined ? "咨询评估属于审批阶段，与审批共用时限，" : ""}${span.zh}${due.zh}。`,
      en: `Waiting for the ${roleNames[role].en} to assess compliance and reasonableness (approval = positive assessment); ${resolved.consultation === undefined ? "it is part of the approval stage and shares its clock, " : ""}${span.en}${due.en}.`,
    },
    approval: {
      zh: `等待${roleNames[role].zh}审批，${span.zh}${due.zh}。`,
      en: `Waiting for the ${roleNames[role].en}, ${span.en}${due.en}.`,
    },
    implementation: {
      zh: `已审批，等待${roleNames[role].zh}实施（合并后由发放流水线交付，交付记录写回仓库），${span.zh}${due.zh}。`,
      en: `Approved; waiting for the ${roleNames[role].en} to implement (merge; the provisioning pipeline delivers and records it), ${span.en}${due.en}.`,
    },
  };
  const w = what[stage] ?? what.review;
  return {
    code: "waiting",
    blocking: false,
    ...withCitation(stageCitation(profile, type, stage)),
    message: text(w?.zh ?? "", w?.en ?? ""),
  };
}

/**
 * 审查从最新一次推送起算（新的推送使 PR 回到审查）。只用 GitHub 记录的时间，从不用提交自己写的时间
 * （可以伪造，写在未来就会让审查在每次重新计算时重新起算）：
 * - GitHub 为最新提交建立检查套件的时间（Commit.pushedAt）；
 * - 对更早提交的审查意见的时间：最新提交一定是在它们之后推送的；
 * - PR 的创建时间。
 * 取其中最晚的，晚于现在的按现在。
 */
export function headPushedAt(input: Pick<StageInput, "pr" | "commits" | "reviews" | "now">): string {
  const { pr, now } = input;
  const times = [pr.createdAt];
  const pushed = input.commits.find((c) => c.sha === pr.headSha)?.pushedAt;
  if (pushed !== undefined && !Number.isNaN(Date.parse(pushed))) times.push(pushed);
  for (const r of input.reviews) if (r.commitId !== pr.headSha) times.push(r.submittedAt);
  return notAfter(times.reduce(later), now);
}
