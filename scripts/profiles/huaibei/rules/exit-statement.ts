import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";
import { huaibeiApplication } from "./model.ts";

/**
 * 附件4、第17条：退出申请写明退出类型、退出日期、退出原因，并有退出单位确认——“本单位已完成相关数据的迁移备份
 * 工作，请在退出日期后删除部署在市级政务云平台上的相关资源”（exit.statement: true）。退出日期不早于申请日。
 */
export const exitStatement = defineRule({
  id: "exit-statement",
  title: text(
    "退出申请有退出日期、原因与退出单位确认",
    "An exit states its date, reason and the unit's confirmation",
  ),
  citation: annex("附件4"),
  appliesTo: ["revoke"],
  severity: "error",
  why: text(
    "使用单位不再使用政务云资源时，填写退出申请表（第17条）；附件4 有退出日期、退出原因，退出单位确认已完成相关数据的迁移备份工作，请在退出日期后删除相关资源。",
    "A unit leaving the cloud files the exit form (第17条); 附件4 states the exit date and reason, and the unit confirms its data is migrated and backed up, so the resources may be deleted after the exit date.",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "revoke") return [];
    const exit = a.exit ?? {};
    const out: RuleFinding[] = [];
    if (exit.statement !== true)
      out.push({
        path: a.exit ? "/exit" : "/revocations",
        message: text(
          "没有退出单位确认：退出前须完成相关数据的迁移备份，并确认“本单位已完成相关数据的迁移备份工作，请在退出日期后删除部署在市级政务云平台上的相关资源”。完成备份后，请写 exit.statement: true。",
          "The unit's confirmation is missing: before the exit the data is migrated and backed up, and the unit confirms that the resources may be deleted after the exit date. Once backed up, write exit.statement: true.",
        ),
      });
    if (exit.date === undefined)
      out.push({
        path: a.exit ? "/exit" : "/revocations",
        message: text(
          "没有退出日期：请在 exit.date 写退出日期（YYYY-MM-DD），云服务商在这一天之后删除资源、停止计费。",
          "The exit date is missing: write it in exit.date (YYYY-MM-DD); the carrier deletes the resources and billing stops after it.",
        ),
      });
    else if (exit.date < a.date)
      out.push({
        path: "/exit/date",
        message: text(
          `退出日期 ${exit.date} 早于申请日 ${a.date}：退出在审批之后进行。请把 exit.date 改为 ${a.date} 或之后的日期。`,
          `The exit date ${exit.date} is before the application date ${a.date}: the exit follows the approval. Set exit.date to ${a.date} or later.`,
        ),
      });
    if (a.exit && (exit.reason === undefined || exit.reason.trim() === ""))
      out.push({
        path: "/exit",
        message: text(
          "没有写退出原因：请在 exit.reason 写明（如 系统整合到省平台、业务停止）。",
          "The exit reason is missing: write it in exit.reason (e.g. merged into the provincial platform, service discontinued).",
        ),
      });
    return out;
  },
});
