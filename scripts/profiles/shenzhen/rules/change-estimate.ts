import { type Text, text } from "../../../core/text.ts";
import { describeItems, inServiceChanges, joinEn, joinZh, movements } from "./change-allowed.ts";
import { cite, defineRule } from "./define.ts";

/**
 * 第27条、第28条(1)：变更申请须提交变更测算报告（附件6），缩容时可不提供。
 * 只有每一项都是缩容（没有任何量变大，也没有版本、磁盘类型的改动）时才可以不附测算报告。
 */
export const changeEstimate = defineRule({
  id: "change-estimate",
  title: text(
    "扩容须附变更测算报告，缩容可不提供",
    "A scale-up has a change estimation report; a scale-down may omit it",
  ),
  citation: cite("第28条", "(1)"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "发起阶段，使用单位须填写提交《深圳市政务云服务申请表》和《云服务申请测算报告》（缩容时可不提供）（第27条）；审查要点：申请材料须包含申请表、云服务申请测算报告（缩容时可不提供）（第28条(1)）。",
    "A change application includes the form and the estimation report, which only a scale-down may omit (第27条, 第28条(1)).",
  ),
  check(ctx) {
    if (ctx.application.type !== "change" || ctx.application.estimate !== undefined) return [];
    const reasons: Text[] = [];
    let first: string | undefined;
    for (const { change, path, before, after } of inServiceChanges(ctx)) {
      const m = movements(before, after);
      if (m.up.length === 0 && m.other.length === 0) continue;
      reasons.push(describeItems(change.resource, [...m.up, ...m.other]));
      first ??= `${path}/after`;
    }
    if (first === undefined) return [];
    return [
      {
        path: first,
        message: text(
          `这份变更不是单纯的缩容（${joinZh(reasons)}），须附变更测算报告（附件6）：请在 estimate.explanation 中结合近期使用情况与截图论述变更的测算过程，截图写在 estimate.evidence。只有缩容可以不提供测算报告。`,
          `This change is not a pure scale-down (${joinEn(reasons)}), so it needs the change estimation report (附件6): explain the estimate in estimate.explanation, with screenshots in estimate.evidence. Only a scale-down may omit it.`,
        ),
      },
    ];
  },
});
