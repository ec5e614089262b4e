import type { Resource } from "../../../core/model.ts";
import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";

/** 测算报告中的一项测算结果（schema 已校验形状）。 */
interface Demand {
  resource: string;
  vcpu?: number;
  memoryGB?: number;
  quantity?: number;
}

const figures = [
  { key: "vcpu", zh: " vCPU ", en: "vCPU", unitZh: " 核", unitEn: " vCPU" },
  { key: "memoryGB", zh: "内存", en: "memory", unitZh: " GB", unitEn: " GB" },
  { key: "quantity", zh: "数量", en: "quantity", unitZh: " 台", unitEn: "" },
] as const;

/** 第21条(5)：申请表中所填写的云服务需求须与测算报告中测算出的云服务需求一致。 */
export const estimateMatchesForm = defineRule({
  id: "estimate-matches-form",
  title: text(
    "申请表的计算资源与测算报告的测算结果一致",
    "The form's compute resources equal the estimation report's results",
  ),
  citation: cite("第21条", "(5)"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "申请表中所填写的云服务需求须与测算报告中测算出的云服务需求一致（第21条(5)）；使用单位须合理测算所需计算资源规格、数量（第19条(1)）。",
    "The services requested on the form must equal what the estimation report computes (第21条(5)); the unit estimates the size and number of compute resources it needs (第19条(1)).",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new") return [];
    const out: RuleFinding[] = [];
    const demand = (a.estimate.demand ?? []) as Demand[];
    const byId = new Map(a.resources.map((r, i) => [r.id, { r, i }]));
    const seen = new Map<string, number>();
    for (const [j, d] of demand.entries()) {
      const path = `/estimate/demand/${j}`;
      const target = byId.get(d.resource);
      if (!target) {
        const ids = a.resources
          .filter((r) => ctx.catalog.serviceById.get(r.service)?.shape === "compute")
          .map((r) => r.id);
        out.push({
          path: `${path}/resource`,
          message: text(
            `测算结果 estimate.demand[${j}] 对应的资源 ${d.resource} 不在本申请的 resources 中。测算结果须对应申请表中的资源：请改为本申请中资源的 id${ids.length ? `（${ids.join("、")}）` : ""}，或删除这一项。`,
            `Estimate result estimate.demand[${j}] names resource ${d.resource}, which is not in this application's resources. Name one of this application's resources${ids.length ? ` (${ids.join(", ")})` : ""} or remove the entry.`,
          ),
        });
        continue;
      }
      const first = seen.get(d.resource);
      if (first !== undefined) {
        out.push({
          path: `${path}/resource`,
          message: text(
            `资源 ${d.resource} 已在 estimate.demand[${first}] 中测算过；每项资源只写一项测算结果。请把两项合并，或删除这一项。`,
            `Resource ${d.resource} already has an estimate result in estimate.demand[${first}]; write one per resource. Merge the two or remove this one.`,
          ),
        });
        continue;
      }
      seen.set(d.resource, j);
      const { r, i } = target;
      for (const f of figures) {
        const form = r[f.key];
        if (form === undefined) continue;
        const estimated = d[f.key];
        if (estimated === undefined) {
          out.push({
            path,
            message: text(
              `测算结果 estimate.demand[${j}]（${r.id}）缺少${f.zh.trimEnd()}：申请表中 ${r.id} 的${f.zh}为 ${form}${f.unitZh}。测算报告须写出测算出的${f.zh.trimEnd()}：请补上 ${f.key}: ${form}（若测算结果不同，请同时改正申请表）。`,
              `Estimate result estimate.demand[${j}] (${r.id}) lacks the ${f.en}; the form requests ${form}${f.unitEn}. Add ${f.key}: ${form} (if the estimate differs, correct the form too).`,
            ),
          });
        } else if (estimated !== form) {
          out.push({
            path: `${path}/${f.key}`,
            message: text(
              `申请表中 ${r.id} 的${f.zh}为 ${form}${f.unitZh}，测算报告测算出 ${estimated}${f.unitZh}；两者须一致。请把 resources[${i}].${f.key} 改为测算结果 ${estimated}，或改正测算（estimate.demand[${j}].${f.key} 与测算说明）使其为 ${form}。`,
              `For ${r.id} the form requests ${f.en} ${form}, the estimation report computes ${estimated}; they must be equal. Change resources[${i}].${f.key} to ${estimated}, or correct the estimate (estimate.demand[${j}].${f.key} and its basis) to ${form}.`,
            ),
          });
        }
      }
    }
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      if (service?.shape !== "compute" || seen.has(r.id)) continue;
      out.push({
        path: `/resources/${i}`,
        message: text(
          `${r.id}（${service.name}，${describeZh(r)}）在测算报告中没有测算结果。每项计算资源的规格、数量都须由测算报告得出：请在 estimate.demand 中增加一项 resource: ${r.id}，写明 ${needed(r, "、")}，以及测算说明 basis。`,
          `${r.id} (${service.name}, ${describeEn(r)}) has no result in the estimation report. Every compute resource's size and number come from the estimate: add an estimate.demand entry with resource: ${r.id}, ${needed(r, ", ")} and its basis.`,
        ),
      });
    }
    return out;
  },
});

const needed = (r: Resource, sep: string) =>
  figures
    .filter((f) => r[f.key] !== undefined)
    .map((f) => `${f.key}: ${r[f.key]}`)
    .join(sep);
const describeZh = (r: Resource) => `${r.vcpu} 核 ${r.memoryGB} GB × ${r.quantity ?? 1} 台`;
const describeEn = (r: Resource) => `${r.vcpu} vCPU ${r.memoryGB} GB × ${r.quantity ?? 1}`;
