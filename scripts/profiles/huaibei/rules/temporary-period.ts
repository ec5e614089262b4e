import { text } from "../../../core/text.ts";
import { thresholds } from "./data.ts";
import { cite, defineRule } from "./define.ts";
import { huaibeiApplication } from "./model.ts";

/**
 * 第18条：情况紧急时可申请临时云资源，同步推进信息系统立项；临时资源使用期限自资源配置之日（交付记录的日期）起
 * 不超过6个月（恰好 6 个月可以）。申请写明紧急的原因与所依据的要求。
 */
export const temporaryPeriod = defineRule({
  id: "temporary-period",
  title: text(
    "临时资源不超过6个月，写明紧急原因与依据的要求",
    "Temporary resources last at most 6 months and state the urgent reason and requirement",
  ),
  citation: cite("第18条"),
  appliesTo: ["test"],
  severity: "error",
  why: text(
    "对于党中央、国务院、省委省政府及市委市政府有新要求，或者涉及国家重大战略、国家安全等特殊原因，情况紧急时，使用单位可以申请临时云资源，并同步推进信息系统立项。临时资源使用期限自资源配置之日起不超过6个月（第18条）。",
    "When new requirements of the central, provincial or city authorities, major national strategies or national security make it urgent, a unit may apply for temporary resources while the project is approved; they last at most 6 months from configuration (第18条).",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "test") return [];
    const max = thresholds(ctx.catalog).temporaryMonths;
    const t = a.temporary;
    const out = [];
    if (!(Number.isInteger(t.months) && t.months >= 1 && t.months <= max))
      out.push({
        path: "/temporary/months",
        message: text(
          `临时资源的使用期限写的是 ${JSON.stringify(t.months)} 个月：自资源配置之日起不超过 ${max} 个月。请把 temporary.months 改为 1 到 ${max} 之间的整数；到期仍需使用的，提前 7 个工作日申请延期，或在立项批复后按上云申请办理。`,
          `The temporary period is ${JSON.stringify(t.months)} month(s): at most ${max} months from configuration. Set temporary.months to a whole number from 1 to ${max}; ask for an extension 7 working days before it ends, or file an onboarding application once the project is approved.`,
        ),
      });
    for (const [field, zh, en] of [
      [
        "reason",
        "情况紧急的原因（上级新要求、国家重大战略、国家安全等）",
        "the urgent reason (new requirements, major strategy, national security)",
      ],
      [
        "requirement",
        "所依据的要求（文件名称或文号）",
        "the requirement it answers (document title or number)",
      ],
    ] as const) {
      const v = t[field];
      if (v !== undefined && v.trim() !== "") continue;
      out.push({
        path: `/temporary/${field}`,
        message: text(
          `临时资源申请没有写${zh}：只有情况紧急时才能申请临时资源。请在 temporary.${field} 写明。`,
          `The temporary resource application does not state ${en}: temporary resources are only for urgent cases. Write it in temporary.${field}.`,
        ),
      });
    }
    return out;
  },
});
