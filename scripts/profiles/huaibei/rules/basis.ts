import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { huaibeiApplication } from "./model.ts";

const basisNames = {
  "approved-plan": text("经批复的项目建设方案", "the approved construction plan"),
  "feasibility-study": text("可行性研究报告", "the feasibility study"),
  "current-usage": text("信息系统云资源使用情况", "the system's current resource usage"),
} as const;

/**
 * 第13条：新建和改扩建信息系统的云资源需求以经批复的项目建设方案或者可行性研究报告为依据；
 * 已建信息系统（迁移上云）提供信息系统云资源使用情况，作为迁移上云和申请云资源的主要依据。
 * 机房托管（附件2）托管的是自有设备，不按资源需求评估，两种依据都可以。
 */
export const basis = defineRule({
  id: "basis",
  title: text(
    "资源需求有依据：新建按批复方案或可研，迁移按现有使用情况",
    "Resource needs have their basis: an approved plan or feasibility study, or current usage for a migration",
  ),
  citation: cite("第13条"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "新建和改扩建信息系统的云资源需求，以经批复的项目建设方案或者可行性研究报告为依据。已建信息系统应提供信息系统云资源使用情况，作为迁移上云和申请云资源的主要依据（第13条）。",
    "New and extended systems base their needs on the approved construction plan or feasibility study; existing systems provide their current resource usage as the main basis of a migration (第13条).",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "new") return [];
    const migrate = a.onboarding === "migrate";
    const expected = migrate
      ? text(
          "信息系统云资源使用情况（basis.kind: current-usage）",
          "the current resource usage (basis.kind: current-usage)",
        )
      : text(
          "经批复的项目建设方案（approved-plan）或可行性研究报告（feasibility-study）",
          "the approved plan (approved-plan) or the feasibility study (feasibility-study)",
        );
    if (a.basis === undefined)
      return [
        {
          path: "/onboarding",
          message: text(
            `没有写资源需求的依据：${migrate ? "迁移上云" : "新建上云"}的依据是${expected.zh}。请添加 basis（kind、document 文号或名称，file 附件路径可选）。`,
            `The basis of the resource needs is missing: for ${migrate ? "a migration" : "a new system"} it is ${expected.en}. Add basis (kind, document number or title, optional file).`,
          ),
        },
      ];
    const { kind } = a.basis;
    const wrong =
      a.onboarding === "hosting" ? false : migrate ? kind !== "current-usage" : kind === "current-usage";
    if (wrong)
      return [
        {
          path: "/basis/kind",
          message: text(
            `资源需求的依据写的是${basisNames[kind].zh}，${migrate ? "迁移上云" : "新建上云"}的依据是${expected.zh}。请改正 basis.kind 与 basis.document；${migrate ? "系统是新建或改扩建的，请把 onboarding 改为 new" : "系统是已建系统迁移上云的，请把 onboarding 改为 migrate"}。`,
            `The basis is ${basisNames[kind].en}; for ${migrate ? "a migration" : "a new system"} it is ${expected.en}. Correct basis.kind and basis.document; ${migrate ? "if the system is new or extended, set onboarding to new" : "if an existing system moves to the cloud, set onboarding to migrate"}.`,
          ),
        },
      ];
    const doc = a.basis.document;
    if (doc === undefined || doc.trim() === "")
      return [
        {
          path: "/basis",
          message: text(
            `资源需求的依据（${basisNames[kind].zh}）没有写文号或名称：请在 basis.document 写明，如 淮发改审批〔2026〕12号；可在 basis.file 附上文件。`,
            `The basis (${basisNames[kind].en}) has no number or title: write it in basis.document, e.g. 淮发改审批〔2026〕12号; basis.file may attach the file.`,
          ),
        },
      ];
    return [];
  },
});
