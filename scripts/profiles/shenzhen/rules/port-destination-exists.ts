import type { RuleFinding } from "../../../core/rules/types.ts";
import type { ResourceState, SystemState } from "../../../core/state/fold.ts";
import { quote, text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";

/** 端口策略的目的地址对应的在用资源：资源标识，或已交付实例的 IP（内网 IP 或浮动 IP）。 */
export function resolveDestination(
  before: SystemState,
  destination: string,
): { resource: ResourceState; ip?: string } | undefined {
  const byId = before.resources.get(destination);
  if (byId) return { resource: byId };
  for (const resource of before.resources.values())
    for (const i of resource.instances)
      if (i.ip === destination || i.floatingIp === destination) return { resource, ip: destination };
  return undefined;
}

/** 在用资源的标识清单（消息里列出可用的目的地址）。 */
export const idsInService = (before: SystemState): string =>
  before.resources.size ? [...before.resources.keys()].join("、") : "（无）";

/** 附件8：端口策略的目的地址须是本系统在用的资源（资源标识或已交付实例的 IP）。 */
export const portDestinationExists = defineRule({
  id: "port-destination-exists",
  title: text("端口策略的目的地址是本系统在用的资源", "A port rule's destination is a resource in service"),
  citation: annex("附件8"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "端口开放申请表“仅供1套信息系统填写”（附件8 注1），目的地址是本系统的服务器；提供商实施前须“核实申请材料中的政务云资源信息”（第43条）。",
    "The port form serves one information system (附件8 note 1) and its destinations are that system's servers; the provider checks the cloud resources named before opening (第43条).",
  ),
  check(ctx) {
    const { application: a, before } = ctx;
    if (a.type !== "ports" || a.ports.business !== "open" || !ctx.historyComplete) return [];
    const out: RuleFinding[] = [];
    for (const [i, rule] of (a.ports.rules ?? []).entries()) {
      if (resolveDestination(before, rule.destination)) continue;
      const revoked =
        before.revoked.get(rule.destination) ??
        [...before.revoked.values()].find((r) =>
          r.resource.instances.some((x) => x.ip === rule.destination || x.floatingIp === rule.destination),
        );
      const ids = idsInService(before);
      out.push({
        path: `/ports/rules/${i}/destination`,
        message: revoked
          ? text(
              `目的地址 ${quote(rule.destination)} 是资源 ${revoked.resource.id}，已由第 ${revoked.revokedBy} 号申请撤销，不能再开放端口。请把 destination 改为在用的资源：${ids}。`,
              `Destination ${quote(rule.destination)} is resource ${revoked.resource.id}, revoked by application ${revoked.revokedBy}: no port can be opened on it. Use a resource in service: ${ids}.`,
            )
          : text(
              `目的地址 ${quote(rule.destination)} 不是本系统在用的资源，也不是已交付实例的 IP。目的地址须填本系统在用资源的标识（${ids}）或其已交付实例的 IP：请改正 destination；资源尚未申请的，先提交新增申请。`,
              `Destination ${quote(rule.destination)} is neither a resource of this system in service nor the IP of a delivered instance. Use a resource id in service (${ids}) or one of its delivered IPs; apply for the resource first if it does not exist.`,
            ),
      });
    }
    return out;
  },
});
