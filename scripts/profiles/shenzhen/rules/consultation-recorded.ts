import type { Disk } from "../../../core/model.ts";
import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";

/**
 * 附件1 第5、6、11项：定制裸金属、AI 算力、超高IO云硬盘（SSD）申请前需要与市大数据资源管理中心沟通，
 * 沟通后测算所需规格。申请中以 consultation 记录沟通（日期、结论），沟通须在申请日期之前。
 */
export const consultationRecorded = defineRule({
  id: "consultation-recorded",
  title: text(
    "裸金属、AI 算力、超高IO（SSD）有事前沟通记录",
    "Bare metal, AI compute and SSD record the prior consultation",
  ),
  citation: annex("附件1"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "定制裸金属服务、AI算力服务、超高IO云硬盘(SSD)：申请前需要与市大数据资源管理中心（88121274、88121265、88121249）沟通，沟通后测算所需规格（附件1 第5、6、11项）。",
    "Custom bare metal, AI compute and ultra-high-IO SSD disks: consult the center (88121274, 88121265, 88121249) before applying, then estimate the size needed (附件1 items 5, 6, 11).",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new" && a.type !== "test") return [];
    const out: RuleFinding[] = [];
    const tiers = new Map(ctx.catalog.profile.diskTiers.map((t) => [t.id, t]));
    const needsTier = (tier: Disk["tier"] | undefined) => tier !== undefined && tiers.get(tier)?.consultation;
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      const reasons: { path: string; zh: string; en: string }[] = [];
      if (service?.consultation)
        reasons.push({
          path: `/resources/${i}/service`,
          zh: `申请的是${service.level3}`,
          en: `${service.level3} (${service.id})`,
        });
      const tierLabel = (tier: Disk["tier"]) => tiers.get(tier)?.label ?? tier;
      const system = r.systemDisk?.tier;
      if (system && needsTier(system))
        reasons.push({
          path: `/resources/${i}/systemDisk/tier`,
          zh: `系统盘选了${tierLabel(system)}（${system}）`,
          en: `the system disk is ${system}`,
        });
      for (const [k, d] of (r.dataDisks ?? []).entries())
        if (needsTier(d.tier))
          reasons.push({
            path: `/resources/${i}/dataDisks/${k}/tier`,
            zh: `数据盘 ${k + 1} 选了${tierLabel(d.tier)}（${d.tier}）`,
            en: `data disk ${k + 1} is ${d.tier}`,
          });
      if (r.tier && needsTier(r.tier))
        reasons.push({
          path: `/resources/${i}/tier`,
          zh: `云硬盘选了${tierLabel(r.tier)}（${r.tier}）`,
          en: `the disk is ${r.tier}`,
        });
      const first = reasons[0];
      if (!first) continue;
      const why = text(reasons.map((x) => x.zh).join("，"), reasons.map((x) => x.en).join(", "));
      if (!r.consultation) {
        out.push({
          path: first.path,
          message: text(
            `${r.id}：${why.zh}，申请前须与市大数据资源管理中心沟通、沟通后测算所需规格，但申请中没有沟通记录。请在这一项下增加 consultation，写明沟通日期 date、沟通结论 summary（可写沟通对象 contact）。`,
            `${r.id}: ${why.en}; the center must be consulted before applying and the size estimated afterwards, but no consultation is recorded. Add consultation with its date and summary (and contact) to this resource.`,
          ),
        });
      } else if (r.consultation.date > a.date) {
        out.push({
          path: `/resources/${i}/consultation/date`,
          message: text(
            `${r.id} 的沟通日期 ${r.consultation.date} 在申请日期 ${a.date} 之后；${why.zh}须在申请前沟通。请填写申请前实际沟通的日期，或在沟通之后再提交申请（把 date 改为沟通之后的日期）。`,
            `${r.id} records a consultation on ${r.consultation.date}, after the application date ${a.date}; the consultation comes before applying (${why.en}). Give the actual earlier date, or apply after the consultation.`,
          ),
        });
      }
    }
    return out;
  },
});
