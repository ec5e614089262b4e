import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";

/** Web应用防火墙：基础包与每个增量包各保护 2 个域名（附件1 第49、50项，附件5 (七)6、7）。 */
const wafDomainsPerPackage = 2;

/**
 * 附件2 备注、附件5 (七)：套餐类服务（应用与数据集成平台、日志审计、Web应用防火墙）按
 * 基础包 + 增量包申请：超出基础包的部分，每满一个增量单位（不足按一个）加一个增量包；
 * 基础包“第一次默认申请”，增量包只在已有基础包时叠加。
 */
export const packageCount = defineRule({
  id: "package-count",
  title: text(
    "套餐类服务：基础包在先，增量包数按需求推算",
    "Package services: base first, increments from the demand",
  ),
  citation: annex("附件2"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "应用与数据集成平台：连接≤25 申请基础包，连接>25 申请基础包+扩容包（超过25个连接的部分，每25个连接增加一个扩容包）；日志审计每50个日志源、Web应用防火墙每25Mpbs防护带宽同理（附件2 备注）。日志审计、Web应用防火墙的基础包“第一次默认申请”，“基础包不足时可按需叠加增量包”；WAF 单个增量包增加保护2个域名（附件5 (七)）。",
    "Integration platform: up to 25 connections a base package, beyond that one increment per further 25; log audit per 50 sources and WAF per 25 Mbps likewise (附件2 remarks). The base package is taken by the first application and increments are added on top of it; each WAF package protects 2 domains (附件5 (七)).",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new" && a.type !== "test") return [];
    const out: RuleFinding[] = [];
    const stateBases = [...ctx.before.resources.values()].filter(
      (r) => (a.type === "test" || r.kind === "production") && (r.config.base ?? 0) >= 1,
    );
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      const p = service?.package;
      if (!service || !p) continue;
      const base = r.base ?? 0;
      const increments = r.increments ?? 0;
      const existing =
        stateBases.find((x) => x.service === r.service)?.id ??
        a.resources.slice(0, i).find((x) => x.service === r.service && (x.base ?? 0) >= 1)?.id;
      const path = `/resources/${i}`;
      // 没有基础包时按“应有基础包”推算增量包数，好在同一条消息中给出完整的改法
      const covered = base >= 1 || existing === undefined ? 1 : 0;
      const demand = r[p.measure.field as keyof typeof r] as number | undefined;
      const parts: { zh: string; en: string; n: number }[] = [];
      if (demand !== undefined) {
        const over = Math.max(0, demand - covered * p.baseAmount);
        const n = Math.ceil(over / p.incrementAmount);
        const u = p.measure.unit === "个" ? " 个" : ` ${p.measure.unit}`;
        parts.push({
          n,
          zh: `${p.measure.label} ${demand}${u}${covered ? `，基础包含 ${p.baseAmount}${u}，超出 ${over}${u}` : "（已有基础包，全部由增量包承担）"}，每 ${p.incrementAmount}${u}加一个增量包（不足按一个），需要 ${n} 个增量包`,
          en: `${p.measure.field} ${demand}${covered ? `: the base covers ${p.baseAmount}, ${over} more` : " (on an existing base: all by increments)"}, one increment per ${p.incrementAmount}: ${n} increments`,
        });
      }
      if (service.id === "waf" && r.domains !== undefined) {
        const over = Math.max(0, r.domains - covered * wafDomainsPerPackage);
        const n = Math.ceil(over / wafDomainsPerPackage);
        parts.push({
          n,
          zh: `防护域名 ${r.domains} 个，每个包保护 ${wafDomainsPerPackage} 个域名，需要 ${n} 个增量包`,
          en: `${r.domains} domains at ${wafDomainsPerPackage} per package: ${n} increments`,
        });
      }
      const expected = parts.length ? Math.max(...parts.map((x) => x.n)) : undefined;
      if (base === 0 && existing === undefined) {
        out.push({
          path: `${path}/base`,
          citation: annex("附件5"),
          message: text(
            `${r.id}（${service.name}）只申请了 ${increments} 个增量包，没有基础包，本系统也还没有${service.name}的基础包。增量包只能叠加在基础包上，第一次须申请基础包：请把 base 改为 1${expected !== undefined && expected !== increments ? `，increments 改为 ${expected}` : ""}。`,
            `${r.id} (${service.name}) requests ${increments} increments and no base package, and the system has no base package for it yet. Increments go on top of a base, which the first application takes: set base to 1${expected !== undefined && expected !== increments ? ` and increments to ${expected}` : ""}.`,
          ),
        });
        continue;
      }
      if (base >= 1 && existing !== undefined) {
        out.push({
          path: `${path}/base`,
          severity: "warning",
          citation: annex("附件5"),
          message: text(
            `本系统已有${service.name}的基础包（${existing}）；基础包只在第一次申请，不足时叠加增量包。若要扩大已有的${service.name}，请对 ${existing} 提变更申请增加增量包；若确需第二套${service.name}，审核人请核对 remark 中的理由。`,
            `The system already has a ${service.name} base package (${existing}); the base is taken once and increments are added when it is not enough. To enlarge it, apply for a change to ${existing}; if a second ${service.name} is really needed, the reviewer checks the reason in remark.`,
          ),
        });
      }
      if (base === 0 && increments === 0 && expected === undefined) {
        out.push({
          path,
          message: text(
            `${r.id}（${service.name}）申请了 0 个基础包和 0 个增量包。请写明需要的${p.measure.label}（${p.measure.field}）并申请相应的增量包，或删除这一项。`,
            `${r.id} (${service.name}) requests no base and no increments. State the ${p.measure.field} needed and the increments, or remove the resource.`,
          ),
        });
        continue;
      }
      if (expected !== undefined && increments !== expected) {
        out.push({
          path: `${path}/increments`,
          message: text(
            `${r.id}（${service.name}）：${parts.map((x) => x.zh).join("；")}；这里申请了 ${increments} 个增量包。请把 increments 改为 ${expected}。`,
            `${r.id} (${service.name}): ${parts.map((x) => x.en).join("; ")}; ${increments} requested. Change increments to ${expected}.`,
          ),
        });
      }
    }
    return out;
  },
});
