import { quote, text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";

/**
 * 一个拉取请求一份申请。附件5 注2：“此申请表仅供1套信息系统填写，若有多套信息系统，请分开填写”——
 * 一份申请表只涉及一个系统；本仓库再进一步：一份申请就是一个拉取请求，因为审查、审批、实施的阶段、
 * 时限（工作日时钟）、评审意见和合并后的发放都以拉取请求为单位，两份申请放在一起就无法分别退回、
 * 分别审批、分别计时。同一个拉取请求里可以有：这一份申请，以及它的单位登记（unit.yaml）、系统登记
 * （system.yaml）和附件（attachments/）。交付记录由发放流水线另行提交。
 */
export const oneApplicationPerPr = defineRule({
  id: "one-application-per-pr",
  title: text(
    "一个拉取请求只放一份申请（可附带它的单位、系统登记与附件）",
    "One application per pull request (with its unit and system registration and attachments)",
  ),
  citation: annex("附件5", "2"),
  appliesTo: ["new", "change", "revoke", "ports", "test", "test-renewal"],
  severity: "error",
  why: text(
    "此申请表仅供1套信息系统填写，若有多套信息系统，请分开填写（附件5 注2）。审查、审批、实施的阶段与时限都按拉取请求计算，一个拉取请求放多份申请，就不能分别退回、审批和计时。",
    "An application form covers one information system; several systems are applied for separately (附件5 注2). Stages and their clocks run per pull request, so several applications in one pull request could not be returned, approved or timed separately.",
  ),
  check(ctx) {
    if (!ctx.pending) return [];
    const others = (ctx.pendingApplications ?? []).filter((f) => f !== ctx.file);
    if (others.length === 0) return [];
    const list = others.map((f) => quote(f));
    return [
      {
        path: "",
        message: text(
          `这个拉取请求除本申请外还新增或改动了 ${others.length} 份申请：${list.join("、")}。一个拉取请求只放一份申请（可以同时附带它的 unit.yaml、system.yaml 和附件）。请把其余申请移到各自的拉取请求中（每份申请一个分支）。`,
          `Besides this application, the pull request adds or changes ${others.length} more: ${list.join(", ")}. One pull request holds one application (with its unit.yaml, system.yaml and attachments). Move the others into pull requests of their own (one branch per application).`,
        ),
      },
    ];
  },
});
