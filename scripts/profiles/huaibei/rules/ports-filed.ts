import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { highRiskPorts } from "./data.ts";
import { cite, defineRule } from "./define.ts";
import { type HbPortRule, huaibeiApplication } from "./model.ts";
import { deliveryOf } from "./state.ts";

type Range = readonly [number, number];

/** 端口写法：3389、[22, 3389]、"80,443"、"135-139"；认不出的部分跳过（schema 报告）。 */
export function portRanges(ports: HbPortRule["ports"]): Range[] {
  if (ports === undefined) return [];
  const parts = Array.isArray(ports) ? ports.map(String) : String(ports).split(/[,，、\s]+/);
  return parts.flatMap((p): Range[] => {
    const m = /^(\d+)(?:\s*[-~]\s*(\d+))?$/.exec(p.trim());
    if (!m) return [];
    const lo = Number(m[1]);
    const hi = m[2] === undefined ? lo : Number(m[2]);
    return [[Math.min(lo, hi), Math.max(lo, hi)]];
  });
}

/** 策略开放的端口中属于高危端口清单的（按清单写法列出）。 */
export function riskyPorts(rule: HbPortRule, list: readonly (number | Range)[]): string[] {
  const ranges = portRanges(rule.ports);
  return list
    .filter((p) => {
      const [lo, hi] = typeof p === "number" ? [p, p] : p;
      return ranges.some(([a, b]) => a <= hi && lo <= b);
    })
    .map((p) => (typeof p === "number" ? String(p) : `${p[0]}-${p[1]}`));
}

/**
 * 第14条：云服务商配合使用单位完成网络策略的开通，高危端口需在开通前进行备案。开放高危端口（目录 highRiskPorts
 * 或默认清单：21、22、23、135-139、445、1433、1521、2375、3306、3389、5236、5432、6379、27017，或策略自己标
 * highRisk: true）的申请写明备案（ports.filing 的备案号与日期）；备案日期不晚于今天，已开通（有交付记录）的不晚于开通日。
 */
export const portsFiled = defineRule({
  id: "ports-filed",
  title: text("高危端口开通前备案", "High-risk ports are filed before they open"),
  citation: cite("第14条"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "云服务商在系统部署、测试、运行过程中应配合使用单位完成网络策略的开通，高危端口需在开通前进行备案（第14条）。",
    "The carrier opens the network policies with the unit; high-risk ports are filed before they are opened (第14条).",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "ports") return [];
    const list = highRiskPorts(ctx.catalog);
    const risky = (a.ports.rules ?? []).flatMap((r, i) => {
      const found = riskyPorts(r, list);
      if (r.highRisk === true && found.length === 0) found.push(String(r.ports ?? ""));
      return found.length ? [{ i, found }] : [];
    });
    if (risky.length === 0) return [];
    const what = risky.map((r) => `第 ${r.i + 1} 条策略的 ${r.found.join("、")}`).join("，");
    const whatEn = risky.map((r) => `${r.found.join(", ")} in rule ${r.i + 1}`).join("; ");
    const filing = a.ports.filing;
    const out: RuleFinding[] = [];
    if (!filing?.date || !filing.number?.trim())
      return [
        {
          path: filing ? "/ports/filing" : `/ports/rules/${risky[0]?.i ?? 0}/ports`,
          message: text(
            `开放的端口中有高危端口（${what}）：高危端口须在开通前备案。请完成备案后在 ports.filing 写明备案号 number 与备案日期 date；不需要开放高危端口的，请改用其他端口或删除这条策略。`,
            `High-risk ports are opened (${whatEn}): they are filed before opening. Once filed, write the filing number and date in ports.filing; otherwise use other ports or drop the rule.`,
          ),
        },
      ];
    const opened = deliveryOf(ctx, a.sequence)?.date;
    const limit = opened !== undefined && opened < ctx.today ? opened : ctx.today;
    if (filing.date > limit)
      out.push({
        path: "/ports/filing/date",
        message: opened
          ? text(
              `高危端口（${what}）已于 ${opened} 开通，但备案日期是 ${filing.date}，在开通之后：高危端口须在开通前备案。审查人员请核实备案；备案日期写错的，请改正 ports.filing.date。`,
              `The high-risk ports (${whatEn}) opened on ${opened}, but the filing is dated ${filing.date}, after the opening: they are filed before opening. The reviewer should verify the filing; correct ports.filing.date if it is wrong.`,
            )
          : text(
              `高危端口（${what}）的备案日期 ${filing.date} 在今天（${ctx.today}）之后：备案完成后才能开通。请在备案完成后写实际的备案日期。`,
              `The filing of the high-risk ports (${whatEn}) is dated ${filing.date}, after today (${ctx.today}): ports open only once filed. Write the actual filing date once it is filed.`,
            ),
      });
    return out;
  },
});
