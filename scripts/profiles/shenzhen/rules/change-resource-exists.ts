import type { RuleContext, RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";

/** 本申请中的变更项或撤销项：资源标识、IP 与在申请中的路径。 */
function items(ctx: RuleContext): { resource: string; ip?: string; path: string }[] {
  const a = ctx.application;
  if (a.type === "change") return a.changes.map((c, i) => ({ ...c, path: `/changes/${i}` }));
  if (a.type === "revoke") return a.revocations.map((r, i) => ({ ...r, path: `/revocations/${i}` }));
  return [];
}

/** 在用资源的标识，按字母排序，用于消息。 */
const inServiceIds = (ctx: RuleContext): string => {
  const ids = [...ctx.before.resources.keys()].sort();
  return ids.length ? ids.join("、") : "（无）";
};

/**
 * 第6条(2)(3)：变更是“扩容或缩容已申请云服务配置”，撤销是“撤销已申请云服务”——对象须是本系统在用的资源；
 * 同一资源在一份申请中只写一项；写了 IP 的，须是该资源交付的 IP。
 */
export const changeResourceExists = defineRule({
  id: "change-resource-exists",
  title: text(
    "变更、撤销的资源须是本系统在用的资源",
    "A change or revocation names a resource in service in the system",
  ),
  citation: cite("第6条", "(2)"),
  appliesTo: ["change", "revoke"],
  severity: "error",
  why: text(
    "变更申请指系统申请扩容或缩容已申请云服务配置；撤销申请指系统申请撤销已申请云服务（第6条(2)(3)）。提供商实施时核实申请材料中的政务云资源信息（第36条）。",
    "A change scales a service the system already has; a revocation withdraws one it already has (第6条(2)(3)). The provider checks the resource information before carrying it out (第36条).",
  ),
  check(ctx) {
    const out: RuleFinding[] = [];
    const revoke = ctx.application.type === "revoke";
    const citation = revoke ? cite("第6条", "(3)") : undefined;
    const verb = revoke ? { zh: "撤销", en: "revoke" } : { zh: "变更", en: "change" };
    const reliable = ctx.historyComplete;
    const seen = new Map<string, string>();
    for (const { resource, ip, path } of items(ctx)) {
      const first = seen.get(resource);
      if (first !== undefined) {
        out.push({
          path: `${path}/resource`,
          ...(citation ? { citation } : {}),
          message: text(
            `资源 ${resource} 在本申请中已在 ${first} ${verb.zh}过一次。同一资源在一份申请中只写一项：请把这两项合并为一项。`,
            `Resource ${resource} already appears at ${first} in this application. Write one item per resource: merge the two.`,
          ),
        });
        continue;
      }
      seen.set(resource, path);
      if (!reliable) continue;
      const current = ctx.before.resources.get(resource);
      if (!current) {
        const gone = ctx.before.revoked.get(resource);
        out.push({
          path: `${path}/resource`,
          ...(citation ? { citation } : {}),
          message: gone
            ? text(
                `资源 ${resource} 已由第 ${gone.revokedBy} 号申请撤销${gone.revokedOn ? `（${gone.revokedOn} 实施）` : ""}，不能再${verb.zh}。本系统在用的资源是：${inServiceIds(ctx)}。需要这项服务请提交新增申请。`,
                `Resource ${resource} was revoked by application ${gone.revokedBy}${gone.revokedOn ? ` (carried out on ${gone.revokedOn})` : ""} and cannot be ${revoke ? "revoked" : "changed"} again. Resources in service: ${[...ctx.before.resources.keys()].sort().join(", ") || "(none)"}. File a new application if the service is needed.`,
              )
            : text(
                `本系统没有资源 ${resource}。只能${verb.zh}在用的资源：${inServiceIds(ctx)}。请改为其中之一（资源标识见新增申请的 resources[].id）。`,
                `The system has no resource ${resource}. Only resources in service can be ${revoke ? "revoked" : "changed"}: ${[...ctx.before.resources.keys()].sort().join(", ") || "(none)"}. Use one of them (the id from resources[].id of the new application).`,
              ),
        });
        continue;
      }
      if (ip === undefined) continue;
      const known = current.instances.flatMap((i) => [i.ip, i.floatingIp]).filter((x) => x !== undefined);
      if (known.length === 0 || known.includes(ip)) continue;
      out.push({
        path: `${path}/ip`,
        ...(citation ? { citation } : {}),
        message: text(
          `IP ${ip} 不是资源 ${resource} 的地址；交付记录中它的地址是 ${known.join("、")}。请改为其中之一，或删除 ip（由交付记录生成）。`,
          `IP ${ip} is not an address of resource ${resource}; its delivered addresses are ${known.join(", ")}. Use one of them, or remove ip (it is taken from the delivery record).`,
        ),
      });
    }
    return out;
  },
});
