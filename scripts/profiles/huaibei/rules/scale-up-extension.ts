import { text } from "../../../core/text.ts";
import { thresholds } from "./data.ts";
import { cite, defineRule } from "./define.ts";
import { extensionTarget, leadFindings } from "./extension.ts";
import { huaibeiApplication } from "./model.ts";

/**
 * 第16条：临时扩容需要延期的，应提前7个工作日提出延期申请。结束日是扩容时间段的 to（之前延过期的，取最后一次
 * 延期的 until）；申请日不晚于结束日之前的第 7 个工作日（工作日按全国日历，恰好第 7 个可以）。
 */
export const scaleUpExtension = defineRule({
  id: "scale-up-extension",
  title: text("临时扩容延期提前7个工作日申请", "A scale-up extension is asked 7 working days ahead"),
  citation: cite("第16条"),
  appliesTo: ["test-renewal"],
  severity: "error",
  why: text(
    "临时扩容云资源的，申请应明确扩容时间段，原则上不超过3个月，需要延期的，应提前7个工作日提出延期申请（第16条）。",
    "A temporary scale-up states its period (at most 3 months); an extension is asked 7 working days ahead (第16条).",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "test-renewal" || !ctx.historyComplete) return [];
    const t = extensionTarget(ctx, a);
    if (t?.kind !== "scale-up") return [];
    return leadFindings(ctx, a, t.end, thresholds(ctx.catalog).extensionLeadWorkdays, {
      zh: `第 ${t.application.sequence} 号临时扩容`,
      en: `the scale-up of application ${t.application.sequence}`,
    });
  },
});
