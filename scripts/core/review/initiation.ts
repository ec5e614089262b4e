/**
 * 发起阶段的关卡（decide）：申请是否已过期，PR 是否可以离开发起阶段（不是草稿、只改 requests/、
 * 发起人有授权、校验通过）。每个函数回答一个问题，返回理由（Reason），不决定阶段。
 */
import { text } from "../text.ts";
import type { RoleSets } from "./approvals.ts";
import { checkAuthorization } from "./authorization.ts";
import { stageCitation } from "./config.ts";
import { roleName } from "./profile.ts";
import { citeReview, citeStage, type StageContext, validUntilOf, withCitation } from "./stage-context.ts";
import type { Reason } from "./types.ts";

/** 申请已过期（合并之后进入实施，不再过期）：今天晚于最早的有效期。 */
export function isExpired(ctx: StageContext): boolean {
  return !ctx.input.pr.merged && ctx.validUntil !== undefined && ctx.today > ctx.validUntil;
}

/** 每份已过期的申请一条理由，引用其类型的有效期条款。 */
export function expiryReasons(ctx: StageContext): Reason[] {
  const { input } = ctx;
  const months = input.profile.applicationValidityMonths;
  const stale = input.applications.filter(
    (a) => a.date !== undefined && validUntilOf(input, a.date) < ctx.today,
  );
  return stale.map((a) => {
    const until = validUntilOf(input, a.date as string);
    return {
      code: "expired" as const,
      blocking: true,
      ...withCitation(a.type ? stageCitation(input.profile, a.type, "expired") : citeStage(ctx, "expired")),
      message: text(
        `${a.file} 的申请日期为 ${a.date}，有效期到 ${until}，已过期：本申请自申请之日起 ${months} 个月内有效，继续办理须重新提交申请。请把 date 改为今天、确认内容后推送。`,
        `${a.file} is dated ${a.date} and was valid until ${until}: it has expired. Set date to today, check the content and push to resubmit.`,
      ),
    };
  });
}

/** 发起阶段的全部理由：草稿、改动范围、授权、校验（合并后不再检查）。blocking 的理由使 PR 停在发起。 */
export function initiationGate(ctx: StageContext, sets?: RoleSets): Reason[] {
  if (ctx.input.pr.merged) return [];
  const authorization =
    ctx.flow.openedBy === "party" && sets ? partyReasons(ctx, sets) : authorizationReasons(ctx);
  return [...draftReason(ctx), ...outsideReason(ctx), ...authorization, ...validationReason(ctx)];
}

/** 流程由某一方发起（如确认 PR）：发起人须是第一个合并前阶段的某一方。 */
function partyReasons(ctx: StageContext, sets: RoleSets): Reason[] {
  const step = ctx.flow.steps.find((s) => s.phase === "before-merge");
  if (!step || step.roles.some((r) => sets[r].has(ctx.author))) return [];
  const names = step.roles.map((r) => roleName(ctx.input.review, r));
  return [
    {
      code: "unauthorized",
      blocking: true,
      ...withCitation(citeStage(ctx, step.id)),
      message: text(
        `@${ctx.input.pr.author} 不是${names.map((n) => n.zh).join("、")}中的任何一方，不能发起这份确认：请由其中一方（申请单位的授权代理人、配置中的人员）提交。`,
        `@${ctx.input.pr.author} is none of the ${names.map((n) => n.en).join(", ")}, so cannot open this confirmation: one of the parties (an agent of the unit, or a configured person) must submit it.`,
      ),
    },
  ];
}

function draftReason(ctx: StageContext): Reason[] {
  if (!ctx.input.pr.draft) return [];
  return [
    {
      code: "draft",
      blocking: true,
      ...withCitation(citeStage(ctx, "initiation")),
      message: text(
        "PR 还是草稿：填写完成后点“Ready for review”提交，才流转到审查阶段。",
        'The pull request is a draft: mark it "Ready for review" to submit it for review.',
      ),
    },
  ];
}

function outsideReason(ctx: StageContext): Reason[] {
  const { outside } = ctx;
  if (outside.length === 0) return [];
  return [
    {
      code: "outside-requests",
      blocking: true,
      ...withCitation(citeStage(ctx, "initiation")),
      message: text(
        `申请 PR 只能改动 requests/ 下本单位的文件，这里还改动了 ${outside.slice(0, 5).join("、")}${outside.length > 5 ? ` 等 ${outside.length} 个文件` : ""}。请把这些改动放到单独的 PR 中。`,
        `An application pull request may only change the unit's files under requests/; it also changes ${outside.slice(0, 5).join(", ")}${outside.length > 5 ? ` and ${outside.length - 5} more` : ""}. Move those to a separate pull request.`,
      ),
    },
  ];
}

function authorizationReasons(ctx: StageContext): Reason[] {
  const { input } = ctx;
  return checkAuthorization({
    citation: citeReview(ctx, "authorization"),
    letter: citeReview(ctx, "authorizationLetter"),
    document: input.review.authorizationDocument ?? text("授权文件", "letter of authorization"),
    author: input.pr.author,
    today: ctx.today,
    touched: ctx.byUnit,
    units: input.units,
    ...(input.proposedUnits ? { proposed: input.proposedUnits } : {}),
  });
}

function validationReason(ctx: StageContext): Reason[] {
  const v = ctx.input.validation;
  const citation = withCitation(citeStage(ctx, "initiation"));
  if (v.state === "failed")
    return [
      {
        code: "validation-failed",
        blocking: true,
        ...citation,
        message: text(
          `govcloud validate 发现${v.errors !== undefined ? ` ${v.errors} 个` : ""}错误：申请材料须符合填写要求，请按检查结果逐条修改后推送。`,
          `govcloud validate found ${v.errors !== undefined ? `${v.errors} ` : ""}error(s): fix each finding and push.`,
        ),
      },
    ];
  if (v.state === "pending")
    return [
      {
        code: "validation-pending",
        blocking: true,
        ...citation,
        message: text(
          "govcloud validate 还在运行：校验通过后流转到审查阶段。",
          "govcloud validate is still running: the pull request moves to review once it passes.",
        ),
      },
    ];
  if (v.state === "missing")
    return [
      {
        code: "validation-pending",
        blocking: true,
        ...citation,
        message: text(
          `还没有最新提交的校验结果（检查 ${ctx.input.config.validation.check}）：校验通过后才流转到审查阶段。`,
          `No validation result for the latest commit yet (check ${ctx.input.config.validation.check}): the pull request moves to review once it passes.`,
        ),
      },
    ];
  return [];
}
