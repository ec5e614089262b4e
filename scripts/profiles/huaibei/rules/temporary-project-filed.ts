import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { extensionTarget } from "./extension.ts";
import { huaibeiApplication } from "./model.ts";

/**
 * 第18条：申请临时资源的同时同步推进信息系统立项，并及时将系统建设批复文件提交备案。
 * - 临时资源申请的 temporary.project 写明已备案（status: filed）时，写明批复文号 document 与备案日期 date（不晚于今天）；
 * - “及时”没有期限：第一次延期时立项仍在推进是常情；再次延期时立项仍未备案，提醒审查人员（warning）。
 */
export const temporaryProjectFiled = defineRule({
  id: "temporary-project-filed",
  title: text(
    "临时资源的立项批复文件及时备案",
    "The project approval of temporary resources is filed promptly",
  ),
  citation: cite("第18条"),
  appliesTo: ["test", "test-renewal"],
  severity: "error",
  why: text(
    "使用单位可以申请临时云资源，并同步推进信息系统立项……使用单位应及时将系统建设批复文件提交市政务云主管部门备案（第18条）。",
    "Temporary resources go with the project's approval, and the approval document is filed with the administration promptly (第18条).",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type === "test") {
      const p = a.temporary.project;
      if (p?.status !== "filed") return [];
      const out: RuleFinding[] = [];
      if (p.document === undefined || p.document.trim() === "")
        out.push({
          path: "/temporary/project",
          message: text(
            "立项写的是已备案（status: filed），但没有批复文号：请在 temporary.project.document 写明系统建设批复文件的文号；尚未批复的，请把 status 改为 pending。",
            "The project is marked filed (status: filed) without the approval number: write it in temporary.project.document, or set status to pending if not yet approved.",
          ),
        });
      if (p.date === undefined)
        out.push({
          path: "/temporary/project",
          message: text(
            "立项写的是已备案（status: filed），但没有备案日期：请在 temporary.project.date 写明批复文件报市政务云主管部门备案的日期。",
            "The project is marked filed (status: filed) without a date: write the day the approval was filed with the administration in temporary.project.date.",
          ),
        });
      else if (p.date > ctx.today)
        out.push({
          path: "/temporary/project/date",
          message: text(
            `备案日期 ${p.date} 在今天（${ctx.today}）之后：已备案的写实际备案日期；尚未备案的，请把 status 改为 pending。`,
            `The filing date ${p.date} is after today (${ctx.today}): write the actual filing date, or set status to pending if not yet filed.`,
          ),
        });
      return out;
    }
    if (a.type !== "test-renewal" || !ctx.historyComplete) return [];
    const t = extensionTarget(ctx, a);
    if (t?.kind !== "temporary" || t.extendedBy.length === 0) return [];
    if (t.application.temporary.project?.status === "filed") return [];
    const n = t.application.sequence;
    return [
      {
        path: "/extends/application",
        severity: "warning",
        message: text(
          `第 ${n} 号临时资源已由第 ${t.extendedBy.join("、")} 号申请延期过，立项批复文件仍未备案（temporary.project.status 是 pending）：临时资源应同步推进立项，并及时将批复文件提交备案。审查人员请确认立项进展；已批复的，请把批复文件报市政务云主管部门备案，并在第 ${n} 号申请的 temporary.project 登记 status: filed、文号与日期。`,
          `The temporary resources of application ${n} were already extended by application ${t.extendedBy.join(", ")} and the project approval is still not filed (temporary.project.status is pending): the approval is filed promptly. The reviewer should check the project's progress; once approved, file it with the administration and record status: filed, the number and date in temporary.project of application ${n}.`,
        ),
      },
    ];
  },
});
