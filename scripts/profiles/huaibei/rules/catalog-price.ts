import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { priceBookFor, resourceFee } from "./measures.ts";
import { huaibeiApplication, huaibeiSystem } from "./model.ts";

const carrierNames: Record<string, string> = { telecom: "电信", mobile: "移动", unicom: "联通" };

/**
 * 第16条、第27条：服务内容、数量、服务时间据实结算，费用增长超过 50% 属于重大变更——都要按系统的云服务商的
 * 价格表计算。系统的云服务商（system.yaml 的 carrier）须有价格表（catalog/huaibei/prices/<云服务商>.yaml），
 * 申请的服务在价格表中有价格；缺的，费用无法计算（提醒，由管理部门补全价格表）。
 */
export const catalogPrice = defineRule({
  id: "catalog-price",
  title: text("云服务商的价格表为申请的服务定价", "The carrier's price book prices the requested services"),
  citation: cite("第16条"),
  appliesTo: ["new", "test", "change"],
  severity: "warning",
  why: text(
    "服务内容、数量、服务时间需根据新签署的变更确认表内容据实结算；云服务费增长超过50%的属于重大变更（第16条）。市政务云主管部门与云服务商签订服务合同，按合同统一支付云资源使用费（第27条）。",
    "Services are billed as confirmed, and fee growth above 50 % makes a major change (第16条); the administration pays by the carrier's contract (第27条).",
  ),
  check(ctx) {
    const system = huaibeiSystem(ctx);
    const carrier = system.carrier;
    const prices = ctx.catalog.prices;
    if (carrier === undefined || prices === undefined) return [];
    const book = priceBookFor(ctx.catalog, carrier);
    const name = carrierNames[carrier] ?? carrier;
    if (!book)
      return [
        {
          path: "/system",
          message: text(
            `系统的云服务商是${name}（system.yaml 的 carrier: ${carrier}），服务目录中没有它的价格表（catalog/huaibei/prices/${carrier}.yaml），费用无法计算。已有价格表：${Object.keys(prices).sort().join("、")}。请管理部门补上价格表，或改正 carrier。`,
            `The system's carrier is ${carrier} but the catalog has no price book for it (catalog/huaibei/prices/${carrier}.yaml), so fees cannot be computed. Price books: ${Object.keys(prices).sort().join(", ")}. The administration adds the book, or correct carrier.`,
          ),
        },
      ];
    const a = huaibeiApplication(ctx);
    const added =
      a.type === "new" || a.type === "test"
        ? a.resources.map((r, i) => ({ r, path: `/resources/${i}` }))
        : a.type === "change"
          ? (a.additions ?? []).map((r, i) => ({ r, path: `/additions/${i}` }))
          : [];
    const out: RuleFinding[] = [];
    for (const { r, path } of added) {
      if (!ctx.catalog.serviceById.has(r.service)) continue; // catalog-service 报告
      if (resourceFee(book, r) !== undefined) continue;
      out.push({
        path: `${path}/service`,
        message: text(
          `${name}的价格表（catalog/huaibei/prices/${carrier}.yaml）没有 ${r.service} 的价格，${r.id} 的费用无法计算，重大变更的费用口径也无从比较。请管理部门在价格表中补上这项服务。`,
          `The ${carrier} price book (catalog/huaibei/prices/${carrier}.yaml) has no price for ${r.service}, so the fee of ${r.id} cannot be computed nor compared for a major change. The administration adds the service to the price book.`,
        ),
      });
    }
    return out;
  },
});
