import type { Catalog } from "../../../core/catalog/types.ts";
import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { type HbResource, huaibeiApplication } from "./model.ts";

/** 附件1 带宽档位（专线、互联网出口：10M、20M、50M、100M，其他须说明）。目录 profile.yaml 写了 bandwidthTiers 时以目录为准。 */
const defaultBandwidthTiers = [10, 20, 50, 100];
/** 附件1 数据库（达梦、南大通用、人大金仓、其他）与中间件（Weblogic、东方通、其他）。 */
const defaultProducts: Record<string, readonly string[]> = {
  database: ["dameng", "gbase", "kingbase", "other"],
  middleware: ["weblogic", "tongtech", "other"],
};

const ids = (v: unknown): string[] =>
  Array.isArray(v)
    ? v.flatMap((x) =>
        typeof x === "string" || typeof x === "number"
          ? [String(x)]
          : x && typeof x === "object" && "id" in x
            ? [String((x as { id: unknown }).id)]
            : [],
      )
    : [];

function options(catalog: Catalog): { tiers: number[]; products: Record<string, readonly string[]> } {
  const p = catalog.profile as unknown as Record<string, unknown>;
  const tiers = ids(p.bandwidthTiers)
    .map(Number)
    .filter((n) => Number.isFinite(n) && n > 0);
  const db = ids(p.databases);
  const mw = ids(p.middleware);
  return {
    tiers: tiers.length ? tiers : defaultBandwidthTiers,
    products: {
      database: db.length ? [...new Set([...db, "other"])] : (defaultProducts.database as readonly string[]),
      middleware: mw.length
        ? [...new Set([...mw, "other"])]
        : (defaultProducts.middleware as readonly string[]),
    },
  };
}

/** 一份申请中新增的资源及其路径（上云、临时资源的 resources，变更的 additions）。 */
function addedResources(a: ReturnType<typeof huaibeiApplication>): { r: HbResource; path: string }[] {
  if (a.type === "new" || a.type === "test")
    return a.resources.map((r, i) => ({ r, path: `/resources/${i}` }));
  if (a.type === "change") return (a.additions ?? []).map((r, i) => ({ r, path: `/additions/${i}` }));
  return [];
}

/**
 * 第11条：使用单位依照政务云服务目录提出云资源申请；目录中没有的，选功能和配置相近的适配。
 * 申请的服务须在目录中（catalog/huaibei/services.yaml）；数据库、中间件的产品须是目录中的（或选“其他”并写明）；
 * 带宽不是目录档位（10M、20M、50M、100M）的属于“其他”，提醒审查人员按需评估。
 */
export const catalogService = defineRule({
  id: "catalog-service",
  title: text("依照服务目录申请", "Resources come from the service catalog"),
  citation: cite("第11条"),
  appliesTo: ["new", "test", "change"],
  severity: "error",
  why: text(
    "使用单位依照政务云服务目录向云主管部门提出云资源申请。服务目录中没有的云资源，在目录中选择功能和配置相近的进行适配（第11条）。",
    "Units apply from the cloud's service catalog; what the catalog lacks is matched to the closest item (第11条).",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    const { tiers, products } = options(ctx.catalog);
    const known = ctx.catalog.services.map((s) => s.id).join("、");
    const out: RuleFinding[] = [];
    for (const { r, path } of addedResources(a)) {
      if (!ctx.catalog.serviceById.has(r.service)) {
        out.push({
          path: `${path}/service`,
          message: text(
            `${r.id} 的服务 ${JSON.stringify(r.service)} 不在政务云服务目录中。目录中的服务：${known}。请选择功能和配置相近的服务；确实不能适配的，经市政务云主管部门同意后由使用单位自行采购。`,
            `The service ${JSON.stringify(r.service)} of ${r.id} is not in the service catalog. Catalog services: ${known.replaceAll("、", ", ")}. Choose the closest service; what cannot be matched is procured by the unit with the administration's consent.`,
          ),
        });
        continue;
      }
      const allowed = products[r.service];
      if (allowed && r.product !== undefined && !allowed.includes(r.product))
        out.push({
          path: `${path}/product`,
          message: text(
            `${r.id} 的产品 ${JSON.stringify(r.product)} 不在目录中：可选 ${allowed.join("、")}。请改选；目录中没有的选 other 并在 productOther 写明。`,
            `The product ${JSON.stringify(r.product)} of ${r.id} is not in the catalog: choose ${allowed.join(", ")}, or other with productOther.`,
          ),
        });
      // 0 表示不需要（附件1 注3）
      const mbps = r.bandwidthMbps === undefined ? undefined : Number(r.bandwidthMbps);
      if (mbps !== undefined && mbps !== 0 && !tiers.includes(mbps))
        out.push({
          path: `${path}/bandwidthMbps`,
          severity: "warning",
          message: text(
            `${r.id} 的带宽 ${String(r.bandwidthMbps)}M 不是目录档位（${tiers.map((t) => `${t}M`).join("、")}），属于“其他”：市政务云主管部门按信息系统正常运行所需的合理值评估。审查人员请确认；能用目录档位的，请改为 ${tiers.map((t) => `${t}`).join("、")} 之一。`,
            `The bandwidth ${String(r.bandwidthMbps)} Mbps of ${r.id} is not a catalog tier (${tiers.join(", ")} Mbps) but “other”: the administration evaluates the reasonable need. The reviewer should confirm; use a tier where possible.`,
          ),
        });
    }
    return out;
  },
});
