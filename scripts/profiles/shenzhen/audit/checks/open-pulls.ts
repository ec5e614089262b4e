import { defineCheck, findingKey } from "../../../../core/audit/define.ts";
import type { AuditContext, CheckFinding } from "../../../../core/audit/types.ts";
import type { Citation } from "../../../../core/finding.ts";
import { computeStage } from "../../../../core/review/machine.ts";
import { type ReviewPart, roleName, stageName } from "../../../../core/review/profile.ts";
import type { StageInput, StageResult } from "../../../../core/review/types.ts";
import { text } from "../../../../core/text.ts";
import { annex, cite } from "../../rules/define.ts";

/** 阶段机的结果：每个打开的 PR 算一次，两项检查共用。 */
const results = new WeakMap<readonly StageInput[], StageResult[]>();
function stages(ctx: AuditContext): { input: StageInput; result: StageResult }[] {
  const pulls = ctx.pulls ?? [];
  let computed = results.get(pulls);
  if (!computed) {
    computed = pulls.map((p) => computeStage({ ...p, now: ctx.now }));
    results.set(pulls, computed);
  }
  return pulls.map((input, i) => ({ input, result: computed[i] as StageResult }));
}

const unitOf = (ctx: AuditContext, result: StageResult) => {
  const unit = result.units[0] ?? "";
  const name = ctx.systems.find((s) => s.unitDir === unit)?.unit?.name;
  return { unit, ...(name ? { unitName: name } : {}) };
};

const waitingText = (result: StageResult, names: ReviewPart) => {
  const w = result.waitingFor;
  if (!w) return text("", "");
  const who = [...w.users.map((u) => `@${u}`), ...w.teams.map((t) => `@${t}`)];
  const role = roleName(names, w.role);
  return text(
    `在等${role.zh}${who.length ? `（${who.join("、")}）` : ""}`,
    `waiting for the ${role.en}${who.length ? ` (${who.join(", ")})` : ""}`,
  );
};

/** 审查、审批、实施各阶段的工作日时限（第22–24、28–30、34–36、41–43、50–52条）。 */
export const stageLate = defineCheck({
  id: "stage-late",
  title: text("审查流程阶段超时", "Review stages past their clock"),
  citation: cite("第22–24条"),
  severity: "warning",
  needs: "pulls",
  why: text(
    "审查原则上在 1 个工作日内完成，审批在 3 个（撤销、端口开放 2 个）工作日内，实施在 3 个（端口开放 2 个）工作日内或关机当天（第22–24、28–30、34–36、41–43、50–52条）。",
    "Review takes 1 working day, approval 3 (revocations and ports 2), implementation 3 (ports 2) or the shutdown day (第22–24, 28–30, 34–36, 41–43, 50–52条).",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const { input, result } of stages(ctx)) {
      if (
        !result.applies ||
        !result.late ||
        !result.clock ||
        result.stage === "expired" ||
        result.stage === "closed"
      )
        continue;
      const clock = result.clock;
      const stage = stageName(input.review, result.stage);
      const overdue = clock.workdaysLeft !== undefined ? -clock.workdaysLeft : undefined;
      const waiting = waitingText(result, input.review);
      const limit =
        clock.workdays === "shutdown-day"
          ? text("关机当天", "the shutdown day")
          : text(` ${clock.workdays} 个工作日`, `${clock.workdays} working day(s)`);
      out.push({
        key: findingKey("stage-late", `pr-${result.pr}`, result.stage),
        title: text(
          `PR #${result.pr} 的${stage.zh}阶段已超时（截止 ${clock.deadline}）`,
          `Pull request #${result.pr}: ${stage.en} is past its deadline (${clock.deadline})`,
        ),
        ...unitOf(ctx, result),
        pr: result.pr,
        ...(clock.citation ? { citation: clock.citation as Citation } : {}),
        message: text(
          `PR #${result.pr} 自 ${clock.startDate} 起处于${stage.zh}阶段，时限为${limit.zh}，截止 ${clock.deadline}${overdue !== undefined ? `，已超过 ${overdue} 个工作日` : ""}；${waiting.zh}。`,
          `Pull request #${result.pr} has been in ${stage.en} since ${clock.startDate}; the limit is ${limit.en}, due ${clock.deadline}${overdue !== undefined ? `, ${overdue} working day(s) ago` : ""}; ${waiting.en}.`,
        ),
        action: text(
          `请${result.waitingFor ? roleName(input.review, result.waitingFor.role).zh : "处理人"}尽快处理 PR #${result.pr}；不能按时完成的，请在 PR 上说明原因。`,
          `${result.waitingFor ? roleName(input.review, result.waitingFor.role).en : "The person in charge"}: handle pull request #${result.pr}, or explain the delay on it.`,
        ),
        params: {
          pr: result.pr,
          stage: result.stage,
          since: clock.startDate,
          deadline: clock.deadline ?? "",
          ...(overdue !== undefined ? { workdaysOverdue: overdue } : {}),
        },
      });
    }
    return out;
  },
});

/** 附件5 注5（端口开放：附件8 注4）：申请自申请之日起 3 个月内有效。 */
export const applicationExpired = defineCheck({
  id: "application-expired",
  title: text("申请已过有效期", "Applications past their 3-month validity"),
  citation: annex("附件5", "5"),
  severity: "warning",
  needs: "pulls",
  why: text(
    "本申请自申请之日起 3 个月内有效（附件5 注5、附件8 注4）：过期的申请须改日期、确认内容后重新提交。",
    "An application is valid for 3 months from its date (附件5 note 5, 附件8 note 4): an expired one is re-dated, re-checked and resubmitted.",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    for (const { input, result } of stages(ctx)) {
      if (!result.applies || result.stage !== "expired") continue;
      const author = input.pr.author;
      out.push({
        key: findingKey("application-expired", `pr-${result.pr}`),
        title: text(
          `PR #${result.pr} 的申请已于 ${result.validUntil} 过期`,
          `Pull request #${result.pr}: the application expired on ${result.validUntil}`,
        ),
        ...unitOf(ctx, result),
        pr: result.pr,
        message: text(
          `PR #${result.pr} 的申请自申请之日起 3 个月内有效，有效期到 ${result.validUntil}，现已过期，仍未合并。`,
          `The application in pull request #${result.pr} was valid for 3 months, until ${result.validUntil}; it has expired unmerged.`,
        ),
        action: text(
          `发起人 @${author}：仍需要的，把 date 改为今天、确认内容后推送，重新进入审查；不再需要的，请关闭 PR。`,
          `@${author}: if it is still needed, set date to today, re-check the content and push to restart the review; otherwise close the pull request.`,
        ),
        params: { pr: result.pr, validUntil: result.validUntil ?? "", author },
      });
    }
    return out;
  },
});
