import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { thresholds } from "./data.ts";
import { cite, defineRule } from "./define.ts";
import { measureLabel, priceBookFor, totalAmounts, totalFee } from "./measures.ts";
import { huaibeiApplication, huaibeiSystem } from "./model.ts";
import { resourcesAfter, resourcesBefore } from "./state.ts";

/** 增长是否超过 percent%：整数比较，恰好等于不算超过。 */
const exceeds = (before: number, after: number, percent: number): boolean =>
  (after - before) * 100 > percent * before;

const pct = (before: number, after: number): string =>
  `${Math.round(((after - before) / before) * 1000) / 10}%`;

const yuan = (v: number): string => v.toFixed(2);

/**
 * 第16条：涉及重大变更的（云资源变更超过已有云资源50%或者云服务费增长超过50%），使用单位按照上云申请工作流程办理。
 *
 * 量的口径见 measures.ts：vCPU、内存、存储各自按全系统汇总，带宽与其余服务按各自的量汇总；“已有云资源”是这份
 * 变更之前在用的资源（系统状态），“变更”是变更后与变更前之差（只算增长：降配、回收不需要重新评估，办法对费用
 * 也只说增长）。系统原来没有的一类资源（如第一次申请 GPU）没有比较的基数，只按费用判断。
 * 费用按系统的云服务商的价格表（catalog/huaibei/prices/<云服务商>.yaml）计算月费用；价格表缺某项服务时不按费用判断
 * （catalog-price 规则报告）。恰好 50% 不算重大变更。
 * 临时扩容（带扩容时间段 temporary 的变更）不按重大变更判断：第16条对它另有规定（明确时间段、原则上不超过3个月、
 * 到期恢复），重大变更说的是系统规模的长期改变，扩容期满即回到原配置。
 */
export const majorChange = defineRule({
  id: "major-change",
  title: text(
    "重大变更（资源或费用增长超过50%）按上云申请办理",
    "A major change (resources or fees up by more than 50 %) goes the onboarding way",
  ),
  citation: cite("第16条"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "涉及重大变更的（云资源变更超过已有云资源50%或者云服务费增长超过50%），使用单位按照上云申请工作流程办理（第16条）。",
    "A major change (resources changed by more than 50 % of the existing ones, or fees up by more than 50 %) follows the onboarding procedure (第16条).",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "change" || a.temporary !== undefined || !ctx.historyComplete) return [];
    const before = resourcesBefore(ctx);
    if (before.length === 0) return [];
    const after = resourcesAfter(before, a);
    const limit = thresholds(ctx.catalog).majorChangePercent;
    const was = totalAmounts(before);
    const now = totalAmounts(after);
    const grown: { zh: string; en: string }[] = [];
    for (const [key, b] of [...was].sort(([x], [y]) => x.localeCompare(y))) {
      const n = now.get(key) ?? 0;
      if (!exceeds(b, n, limit)) continue;
      const m = measureLabel(key, (s) => ctx.catalog.serviceById.get(s)?.name ?? s);
      grown.push({
        zh: `${m.zh}从 ${b}${m.unit} 增加到 ${n}${m.unit}（增长 ${pct(b, n)}）`,
        en: `${m.en} from ${b}${m.unit && ` ${m.unit}`} to ${n}${m.unit && ` ${m.unit}`} (up ${pct(b, n)})`,
      });
    }
    const book = priceBookFor(ctx.catalog, huaibeiSystem(ctx).carrier);
    if (book) {
      const fb = totalFee(book, before);
      const fa = totalFee(book, after);
      if (
        fb.unpriced.length === 0 &&
        fa.unpriced.length === 0 &&
        fb.yuan > 0 &&
        exceeds(fb.yuan, fa.yuan, limit)
      )
        grown.push({
          zh: `月云服务费从 ${yuan(fb.yuan)} 元增加到 ${yuan(fa.yuan)} 元（增长 ${pct(fb.yuan, fa.yuan)}，按${book.title ?? "云服务商"}价格表${book.example ? "（示例价格）" : ""}）`,
          en: `the monthly fee from ${yuan(fb.yuan)} to ${yuan(fa.yuan)} yuan (up ${pct(fb.yuan, fa.yuan)}, by the carrier's price book${book.example ? ", example prices" : ""})`,
        });
    }
    if (grown.length === 0) return [];
    const out: RuleFinding[] = [
      {
        path: a.changes?.length ? "/changes" : "/additions",
        message: text(
          `这份变更使${grown.map((g) => g.zh).join("；")}，超过已有的 ${limit}%：属于重大变更，须按上云申请的工作流程办理。请撤回这份变更申请，改为提交上云申请（type: new，附件1，附上批复的建设方案或可研报告作依据），由市政务云主管部门评估；或把变更幅度减到 ${limit}% 以内（恰好 ${limit}% 可以）。`,
          `This change takes ${grown.map((g) => g.en).join("; ")}, more than ${limit} % over the existing: a major change follows the onboarding procedure. Withdraw this change and file an onboarding application (type: new, 附件1, with the approved plan or feasibility study as its basis) for the administration to evaluate, or keep the change within ${limit} % (exactly ${limit} % is fine).`,
        ),
      },
    ];
    return out;
  },
});
