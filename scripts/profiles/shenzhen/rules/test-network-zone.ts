import type { RuleFinding } from "../../../core/rules/types.ts";
import { quote, text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";
import { resolveDestination } from "./port-destination-exists.ts";
import { describePorts } from "./port-rdp.ts";
import { isAnySource } from "./port-source-limited.ts";

/**
 * 附件5 二、测试资源申请：测试资源只在政务外网区，“仅限政务外网内点对点部署测试和安全测评”。
 * 网络区域由 schema 固定为政务外网区；这里检查端口开放申请：对测试资源向 any 开放端口、
 * 或为测试资源申请公网 IP（互联网地址）都超出了政务外网内的点对点访问。
 */
export const testNetworkZone = defineRule({
  id: "test-network-zone",
  title: text(
    "测试资源只在政务外网内点对点访问",
    "Test resources are reached point-to-point inside the government network",
  ),
  citation: annex("附件5"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "测试资源申请的网络区域为“政务外网区”，部署与测评“仅限政务外网内点对点部署测试和安全测评”（附件5 二、测试资源申请）。",
    "Test resources live in the government extranet zone (政务外网区); deployment and assessment are “point-to-point inside the government extranet only” (附件5 II, test resources).",
  ),
  check({ application: a, before }) {
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out: RuleFinding[] = [];
    for (const [i, rule] of (a.ports.rules ?? []).entries()) {
      const dest = resolveDestination(before, rule.destination)?.resource;
      if (dest?.kind !== "test" || !isAnySource(rule.source)) continue;
      const ports = describePorts(rule);
      out.push({
        path: `/ports/rules/${i}/source`,
        message: text(
          `目的地址 ${quote(rule.destination)} 是测试资源，只允许政务外网内点对点的部署测试和安全测评；这条策略向 ${quote(rule.source)}（任意地址）开放 ${ports.zh}。请把 source 改为部署、测评终端的 IP 或所在网段（如 10.20.30.15 或 10.20.30.0/24）。`,
          `Destination ${quote(rule.destination)} is a test resource, reachable only point-to-point inside the government extranet for deployment and assessment; this rule opens ${ports.en} to ${quote(rule.source)} (any address). Set source to the deployment or assessment terminals' IP or network (e.g. 10.20.30.15 or 10.20.30.0/24).`,
        ),
      });
    }
    for (const [i, ip] of (a.ports.ipRequests ?? []).entries()) {
      if (ip.type !== "public" || ip.bindTo === undefined) continue;
      if (before.resources.get(ip.bindTo)?.kind !== "test") continue;
      out.push({
        path: `/ports/ipRequests/${i}/bindTo`,
        message: text(
          `${ip.bindTo} 是测试资源，只在政务外网区内访问；公网 IP 是互联网地址，不能绑定到测试资源。请删除这项 IP 申请；系统上线需要公网访问的，在正式资源上申请。`,
          `${ip.bindTo} is a test resource, reachable only inside the government extranet; a public IP is an Internet address and cannot bind to it. Remove this request; request public access on production resources at launch.`,
        ),
      });
    }
    return out;
  },
});
