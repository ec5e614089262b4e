import { text } from "../../../core/text.ts";
import { thresholds } from "./data.ts";
import { cite, defineRule } from "./define.ts";
import { extensionTarget, leadFindings } from "./extension.ts";
import { huaibeiApplication } from "./model.ts";

/**
 * 第18条：临时资源使用期限自资源配置之日（交付记录的日期）起算；需要延期的，提前7个工作日提出申请。
 * 还没有交付的临时资源期限尚未开始，提醒审查人员（不是错误）。
 */
export const temporaryExtension = defineRule({
  id: "temporary-extension",
  title: text(
    "临时资源延期提前7个工作日申请",
    "A temporary resource extension is asked 7 working days ahead",
  ),
  citation: cite("第18条"),
  appliesTo: ["test-renewal"],
  severity: "error",
  why: text(
    "临时资源使用期限自资源配置之日起不超过6个月，需要延期的，使用单位应提前7个工作日向市政务云主管部门提出申请（第18条）。",
    "Temporary resources last at most 6 months from configuration; an extension is asked 7 working days ahead (第18条).",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "test-renewal" || !ctx.historyComplete) return [];
    const t = extensionTarget(ctx, a);
    if (t?.kind !== "temporary") return [];
    const n = t.application.sequence;
    if (t.end === undefined)
      return [
        {
          path: "/extends/application",
          severity: "warning",
          message: text(
            `第 ${n} 号临时资源还没有交付记录：使用期限自资源配置之日起算，尚未开始，不需要延期。审查人员请确认资源是否已配置。`,
            `The temporary resources of application ${n} have no delivery record: the period starts at configuration and has not begun, so there is nothing to extend yet. The reviewer should confirm whether they were configured.`,
          ),
        },
      ];
    return leadFindings(ctx, a, t.end, thresholds(ctx.catalog).extensionLeadWorkdays, {
      zh: `第 ${n} 号临时资源（${t.configuredOn} 配置）`,
      en: `the temporary resources of application ${n} (configured ${t.configuredOn})`,
    });
  },
});
