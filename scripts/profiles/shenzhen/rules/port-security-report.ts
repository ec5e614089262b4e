import type { RuleFinding } from "../../../core/rules/types.ts";
import { quote, text } from "../../../core/text.ts";
import { annex, cite, defineRule } from "./define.ts";
import { describeRule } from "./port-rdp.ts";

/**
 * 第38条(1)、附件8 注2①：因业务需要开放新端口（new-service）须提供测评中心出具的安全专项报告，
 * 写明信息系统名称与报告结论；报告中的系统名称须是本系统登记的名称。
 * 用途 ②（change-port）按注2② 是“因安全需要”改变原端口，审核后开放、不要求报告；
 * 但第38条(1) 对“因业务需要变更原端口”也要求报告，没有报告时提醒审查人员确认变更原因（warning）。
 */
export const portSecurityReport = defineRule({
  id: "port-security-report",
  title: text("开放新业务端口须附安全专项报告", "A new business port needs the security report"),
  citation: cite("第38条", "(1)"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "因政务信息系统业务需要，申请开放新端口、变更原端口，应提供由测评中心出具的安全专项报告（包含信息系统名称和报告结论）（第38条(1)）；因服务需要，申请开放新端口的，应当提供由测评中心出具的安全专项报告（附件8 注2①）。",
    "Opening a new port or changing a port for the system's business needs the test center's security report, with the system's name and the conclusion (第38条(1), 附件8 note 2①).",
  ),
  check({ application: a, system }) {
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out: RuleFinding[] = [];
    const report = a.ports.securityReport;
    const list = (purpose: string) =>
      (a.ports.rules ?? []).filter((r) => r.purpose === purpose).map((r) => describeRule(r));
    const newService = list("new-service");
    const changePort = list("change-port");
    if (!report && newService.length) {
      const zh = newService.map((r) => r.zh).join("；");
      const en = newService.map((r) => r.en).join("; ");
      out.push({
        path: "/ports",
        atKey: true,
        message: text(
          `策略 ${zh} 是因服务需要开放的新端口（new-service），须提供测评中心出具的安全专项报告。请在 ports 下填写 securityReport: { system: ${system.name}, conclusion: 报告结论, reportNo: 报告编号, issuer: 测评中心 }，并把报告放入 attachments。`,
          `Rule(s) ${en} open new ports for the service (new-service): the test center's security report is required. Add securityReport: { system: ${system.name}, conclusion, reportNo, issuer } under ports and attach the report.`,
        ),
      });
    } else if (!report && changePort.length) {
      const zh = changePort.map((r) => r.zh).join("；");
      const en = changePort.map((r) => r.en).join("; ");
      out.push({
        path: "/ports",
        atKey: true,
        severity: "warning",
        citation: annex("附件8", "2②"),
        message: text(
          `策略 ${zh} 的用途为 ②“因安全需要改变原服务端口”，审核后开放，不要求安全专项报告。审查人员请确认改端口确是出于安全需要：若是因业务需要变更原端口，第38条(1) 要求测评中心出具的安全专项报告，须补填 securityReport。`,
          `Rule(s) ${en} change a port for security reasons (②), which needs review but no security report. The reviewer should confirm the reason: a change for business needs requires the security report under 第38条(1) (add securityReport).`,
        ),
      });
    }
    if (report && report.system !== system.name)
      out.push({
        path: "/ports/securityReport/system",
        message: text(
          `安全专项报告中的信息系统名称为 ${quote(report.system)}，与本系统登记的名称 ${quote(system.name)}（system.yaml）不一致。报告须是为本系统出具的：请把 securityReport.system 改为 ${quote(system.name)}；若报告是为别的系统出具的，请提供本系统的安全专项报告。`,
          `The security report names system ${quote(report.system)}, not this system's registered name ${quote(system.name)} (system.yaml). The report must be for this system: set securityReport.system to ${quote(system.name)}, or provide this system's report.`,
        ),
      });
    return out;
  },
});
