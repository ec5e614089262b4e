import { text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";
import { huaibeiApplication } from "./model.ts";

/** 附件1 *系统上云运行时限：“☐长期运行 ☐临时运行 __ 个月”——临时运行须写月数。 */
export const termMonths = defineRule({
  id: "term-months",
  title: text("临时运行写明月数", "A temporary term states its months"),
  citation: annex("附件1", "二"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "附件1 二、云资源需求描述：*系统上云运行时限 为“长期运行”或“临时运行 __ 个月”，必填。",
    "附件1 part 二: the starred term is “long-term” or “temporary, __ months”.",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "new" || a.term?.kind !== "temporary") return [];
    const months = a.term.months;
    if (typeof months === "number" && Number.isInteger(months) && months >= 1) return [];
    return [
      {
        path: "/term",
        message: text(
          `系统上云运行时限选了临时运行，但月数${months === undefined ? "没有写" : `写的是 ${JSON.stringify(months)}`}：请在 term.months 写运行的月数（1 或以上的整数）；长期运行的，请把 term 改为 { kind: long-term }。`,
          `The term is temporary but its months are ${months === undefined ? "missing" : JSON.stringify(months)}: write the months of running in term.months (a whole number, 1 or more), or set term to { kind: long-term }.`,
        ),
      },
    ];
  },
});
