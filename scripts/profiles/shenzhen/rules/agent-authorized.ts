import { addMonths } from "../../../core/calendar/workdays.ts";
import type { Agent, Unit } from "../../../core/model.ts";
import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { annex, cite, defineRule } from "./define.ts";

/**
 * 下属单位的委托书是否须盖主管单位公章（附件3 说明2）：有主管单位、且在委托书生效前
 * 未获主管单位授权自行申请时须盖。委托书的盖章日期没有记录，以有效期起始日代替。
 */
const needsSupervisorStamp = (unit: Unit, agent: Agent) =>
  unit.supervisor !== undefined &&
  !(unit.supervisorAuthorized !== undefined && unit.supervisorAuthorized.date <= agent.validFrom);

/** 代理人在申请日不能代表单位的原因；能代表时为空。 */
function reasons(unit: Unit, agent: Agent, date: string) {
  const out: { zh: string; en: string; stamp?: true }[] = [];
  if (agent.revokedOn !== undefined && agent.revokedOn <= date)
    out.push({ zh: `授权已于 ${agent.revokedOn} 注销`, en: `authorization revoked on ${agent.revokedOn}` });
  else if (date < agent.validFrom)
    out.push({ zh: `授权自 ${agent.validFrom} 起才生效`, en: `authorized only from ${agent.validFrom}` });
  else if (date > agent.validTo)
    out.push({ zh: `授权已于 ${agent.validTo} 到期`, en: `authorization expired on ${agent.validTo}` });
  if (agent.stampedBy !== "supervisor" && needsSupervisorStamp(unit, agent))
    out.push({
      stamp: true,
      zh: `委托书盖的是本单位公章，而本单位是下属单位（主管单位 ${unit.supervisor}）${unit.supervisorAuthorized ? `，委托书生效（${agent.validFrom}）时尚未获主管单位授权（${unit.supervisorAuthorized.date}）` : "，未登记主管单位授权（supervisorAuthorized）"}，委托书须盖主管单位公章`,
      en: `the letter carries the unit's own stamp, but the unit is subordinate (supervisor ${unit.supervisor})${unit.supervisorAuthorized ? ` and was not yet authorized by it (${unit.supervisorAuthorized.date}) when the letter took effect (${agent.validFrom})` : " without a recorded supervisor authorization (supervisorAuthorized)"}, so the letter needs the supervisor's stamp`,
    });
  return out;
}

/**
 * 第5条、第17条、附件3：使用单位通过授权代理人申请；授权有期限（默认一年），人员变动即注销；
 * 下属单位的委托书须盖主管单位公章（已获主管单位授权自行申请的除外）。
 * 申请日须至少有一名有效的授权代理人。
 */
export const agentAuthorized = defineRule({
  id: "agent-authorized",
  title: text("申请日有有效的授权代理人", "An authorized agent on the application date"),
  citation: cite("第17条"),
  appliesTo: ["new", "change", "revoke", "ports", "test", "test-renewal"],
  severity: "error",
  why: text(
    "直属、下属单位应通过主管单位申请政务云服务，或经主管单位授权后自行申请（第5条）。使用单位上传《深圳市政务云服务申请授权委托书》后方可申请；直属及下属单位的委托书须加盖主管单位公章；授权人员发生变动时须注销对应账号（第17条）。委托书写明有效期限（默认一年），如前期未经主管单位授权，委托书须盖主管单位公章（附件3 说明2）。",
    "Subordinate units apply through their supervisor or with its authorization (第5条). A unit applies once its authorization letter is registered; a subordinate unit's letter carries its supervisor's stamp; when the agent changes the account is closed (第17条). The letter states its validity (one year by default) and, without a prior supervisor authorization, carries the supervisor's stamp (附件3 说明2).",
  ),
  check(ctx) {
    const a = ctx.application;
    const unit = ctx.unit;
    const file = `requests/${ctx.unitDir}/unit.yaml`;
    const checked = unit.agents.map((agent) => ({ agent, why: reasons(unit, agent, a.date) }));
    const valid = checked.filter((x) => x.why.length === 0).map((x) => x.agent);
    const out: RuleFinding[] = [];
    if (valid.length === 0) {
      const stampHint =
        unit.supervisor !== undefined &&
        (unit.supervisorAuthorized === undefined || unit.supervisorAuthorized.date > a.date);
      const onlyStamp = checked.length > 0 && checked.every((x) => x.why.every((w) => w.stamp));
      out.push({
        path: "/unit",
        ...(onlyStamp ? { citation: annex("附件3", "说明2") } : {}),
        message: text(
          `申请日 ${a.date}，${unit.name}没有有效的授权代理人：${checked.map((x) => `${x.agent.name}（${x.why.map((w) => w.zh).join("；")}）`).join("；")}。申请须由经授权的代理人提交：请在 ${file} 中登记申请日有效的授权委托书（validFrom ≤ ${a.date} ≤ validTo，未注销${stampHint ? "，盖主管单位公章 stampedBy: supervisor" : ""}），或改正申请日期。`,
          `On ${a.date} ${unit.name} has no valid authorized agent: ${checked.map((x) => `${x.agent.name} (${x.why.map((w) => w.en).join("; ")})`).join("; ")}. Applications are made by an authorized agent: register in ${file} a letter valid on the application date (validFrom ≤ ${a.date} ≤ validTo, not revoked${stampHint ? ", stampedBy: supervisor" : ""}), or correct the date.`,
        ),
      });
      return out;
    }
    for (const agent of valid) {
      const year = addMonths(agent.validFrom, 12);
      if (agent.validTo <= year) continue;
      out.push({
        path: "/unit",
        severity: "warning",
        citation: annex("附件3"),
        message: text(
          `授权代理人 ${agent.name} 的授权期限为 ${agent.validFrom} 至 ${agent.validTo}，超过委托书默认的一年（到 ${year}）。审核人请核对委托书原件上的有效期限；若委托书写的是一年，请把 ${file} 中的 validTo 改为不晚于 ${year} 的日期，到期后重新上传委托书。`,
          `Agent ${agent.name} is authorized from ${agent.validFrom} to ${agent.validTo}, longer than the letter's default of one year (to ${year}). Reviewer: check the period on the signed letter; if it says one year, set validTo in ${file} to ${year} or earlier and renew the letter when it ends.`,
        ),
      });
    }
    return out;
  },
});
