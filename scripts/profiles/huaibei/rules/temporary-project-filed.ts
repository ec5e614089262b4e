import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { extensionTarget } from "./extension.ts";
import { huaibeiApplication } from "./model.ts";

/**
 * 第18条：申请临时资源的同时同步推进信息系统立项，并及时将系统建设批复文件提交备案。延期时立项仍未备案的
 * （临时资源申请的 temporary.project.status 不是 filed），提醒审查人员：到期后资源只能按上云申请继续使用。
 */
export const temporaryProjectFiled = defineRule({
  id: "temporary-project-filed",
  title: text(
    "临时资源延期时，立项批复文件应已备案",
    "When temporary resources are extended, the project approval should be filed",
  ),
  citation: cite("第18条"),
  appliesTo: ["test-renewal"],
  severity: "warning",
  why: text(
    "使用单位可以申请临时云资源，并同步推进信息系统立项……使用单位应及时将系统建设批复文件提交市政务云主管部门备案（第18条）。",
    "Temporary resources go with the project's approval, and the approval document is filed with the administration promptly (第18条).",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "test-renewal" || !ctx.historyComplete) return [];
    const t = extensionTarget(ctx, a);
    if (t?.kind !== "temporary") return [];
    const project = t.application.temporary.project;
    if (project?.status === "filed" && project.document) return [];
    return [
      {
        path: "/extends/application",
        message: text(
          `第 ${t.application.sequence} 号临时资源的立项批复文件还没有备案（temporary.project.status 不是 filed）：临时资源应同步推进立项，并及时将系统建设批复文件提交备案。审查人员请确认立项进展；已批复的，请在第 ${t.application.sequence} 号申请的 temporary.project 写明 status: filed、批复文号 document 与日期 date（单独提交一个只改这一处的拉取请求）。`,
          `The project approval of the temporary resources of application ${t.application.sequence} is not filed (temporary.project.status is not filed): the project is approved alongside and its approval filed promptly. The reviewer should check its progress; once approved, set status: filed, the document number and date in temporary.project of application ${t.application.sequence} (in a pull request changing only that).`,
        ),
      },
    ];
  },
});
