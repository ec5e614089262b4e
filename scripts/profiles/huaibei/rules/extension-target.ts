import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { extensionTarget } from "./extension.ts";
import { huaibeiApplication } from "./model.ts";
import { applicationNo } from "./state.ts";

/**
 * 第16条、第18条：延期申请延的是临时扩容（带扩容时间段的变更申请）或临时资源（临时资源申请），
 * 写在 extends.application（本系统那份申请的序号）。
 */
export const extensionTargetRule = defineRule({
  id: "extension-target",
  title: text(
    "延期申请延的是本系统的临时扩容或临时资源",
    "An extension extends a temporary scale-up or temporary resources of the system",
  ),
  citation: cite("第18条"),
  appliesTo: ["test-renewal"],
  severity: "error",
  why: text(
    "临时扩容需要延期的，应提前7个工作日提出延期申请（第16条）；临时资源需要延期的，使用单位应提前7个工作日向市政务云主管部门提出申请（第18条）。只有这两种有期限的资源可以延期。",
    "Only temporary scale-ups (第16条) and temporary resources (第18条) have a period to extend.",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "test-renewal" || !ctx.historyComplete) return [];
    if (extensionTarget(ctx, a)) return [];
    const n = a.extends.application;
    const found = applicationNo(ctx, n);
    const temporaries = (ctx.history?.applications ?? [])
      .filter((x) => x.sequence < a.sequence)
      .map((x) => x as unknown as { sequence: number; type: string; temporary?: unknown })
      .filter((x) => x.type === "test" || (x.type === "change" && x.temporary !== undefined))
      .map((x) => x.sequence);
    const list = temporaries.length ? temporaries.join("、") : "（无）";
    const what =
      found === undefined || n >= a.sequence
        ? text(`本系统在这份申请之前没有第 ${n} 号申请`, `The system has no application ${n} before this one`)
        : found.type === "change"
          ? text(
              `第 ${n} 号变更申请不是临时扩容（没有扩容时间段 temporary）`,
              `Change ${n} is not a temporary scale-up (it has no temporary period)`,
            )
          : text(
              `第 ${n} 号申请不是临时资源或临时扩容，没有期限`,
              `Application ${n} is neither temporary resources nor a scale-up and has no period`,
            );
    return [
      {
        path: "/extends/application",
        citation: found?.type === "change" ? cite("第16条") : cite("第18条"),
        message: text(
          `${what.zh}，不能延期。本系统可以延期的申请（临时资源、临时扩容）：${list}。请改正 extends.application。`,
          `${what.en}; it cannot be extended. Applications of this system that can be extended (temporary resources, scale-ups): ${temporaries.length ? temporaries.join(", ") : "none"}. Correct extends.application.`,
        ),
      },
    ];
  },
});
