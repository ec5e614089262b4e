import type { PortRule } from "../../../core/model.ts";
import type { RuleFinding } from "../../../core/rules/types.ts";
import { type Text, text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";

/** 端口策略覆盖的端口区间；TCP/UDP 不填端口号即全部端口，ICMP 没有端口。 */
export function portSpans(rule: PortRule): [number, number][] {
  if (rule.protocol === "icmp") return [];
  const p = rule.ports;
  if (p === undefined) return [[1, 65535]];
  if (typeof p === "number") return [[p, p]];
  if (Array.isArray(p)) return p.map((n) => [n, n]);
  const [lo, hi] = p.split("-").map(Number) as [number, number];
  return [[Math.min(lo, hi), Math.max(lo, hi)]];
}

/** 端口策略是否覆盖某个端口（单个、列表或范围）。 */
export const coversPort = (rule: PortRule, port: number): boolean =>
  portSpans(rule).some(([lo, hi]) => lo <= port && port <= hi);

/** 端口策略的写法，如 `TCP 443`、`TCP 80,443`、`TCP 3380-3390`、`TCP 全部端口`。 */
export function describePorts(rule: PortRule): Text {
  const proto = rule.protocol.toUpperCase();
  if (rule.protocol === "icmp") return { zh: proto, en: proto };
  const p = rule.ports;
  if (p === undefined) return { zh: `${proto} 全部端口`, en: `${proto} all ports` };
  const s = Array.isArray(p) ? p.join(",") : String(p);
  return { zh: `${proto} ${s}`, en: `${proto} ${s}` };
}

/** 一条策略的写法，如 `any → app TCP 443`（消息中指明是哪条策略）。 */
export function describeRule(rule: PortRule): Text {
  const p = describePorts(rule);
  return {
    zh: `${rule.source} → ${rule.destination} ${p.zh}`,
    en: `${rule.source} → ${rule.destination} ${p.en}`,
  };
}

/** 远程桌面端口。 */
export const rdpPort = 3389;

/**
 * 附件8 注2④：开通或修改 3389 端口策略须选用途 ④（rdp）并提交《远程桌面（RDP）服务开通审批表》。
 * TCP 与 UDP 都算（RDP 也用 UDP 3389）；不填端口号即全部端口，也包含 3389。
 */
export const portRdp = defineRule({
  id: "port-rdp",
  title: text("3389 端口须附 RDP 开通审批表", "Port 3389 needs the RDP approval form"),
  citation: annex("附件8", "2④"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "如需开通或修改3389端口策略，还应提交《远程桌面（RDP）服务开通审批表》，经报审登记后办理（附件8 注2④）。",
    "Opening or changing a policy for port 3389 also needs the Remote Desktop (RDP) approval form, registered before the work is done (附件8 note 2④).",
  ),
  check({ application: a }) {
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out: RuleFinding[] = [];
    const rdpRules: PortRule[] = [];
    for (const [i, rule] of (a.ports.rules ?? []).entries()) {
      const ports = describePorts(rule);
      if (coversPort(rule, rdpPort)) {
        rdpRules.push(rule);
        if (rule.purpose !== "rdp")
          out.push({
            path: `/ports/rules/${i}/purpose`,
            message: text(
              `这条策略开放 ${ports.zh}，包含远程桌面端口 ${rdpPort}，用途须选 ④（rdp），这里是 ${rule.purpose}。请把 purpose 改为 rdp；不需要远程桌面的，把 ${rdpPort} 从端口号中去掉。`,
              `This rule opens ${ports.en}, which includes remote-desktop port ${rdpPort}: its purpose must be ④ (rdp), not ${rule.purpose}. Set purpose to rdp, or leave ${rdpPort} out of the ports.`,
            ),
          });
      } else if (rule.purpose === "rdp") {
        out.push({
          path: `/ports/rules/${i}/purpose`,
          severity: "warning",
          message: text(
            `用途 ④（rdp）是开通或修改 ${rdpPort} 端口策略用的，这条策略开放的是 ${ports.zh}，不含 ${rdpPort}。远程桌面改用其他端口的，审查人员请确认并要求附 RDP 开通审批表；否则请把 purpose 改为实际用途（new-service、change-port 或 management）。`,
            `Purpose ④ (rdp) is for policies on port ${rdpPort}, but this rule opens ${ports.en}. If remote desktop runs on another port, the reviewer should confirm it and ask for the RDP approval form; otherwise set purpose to the real use (new-service, change-port or management).`,
          ),
        });
      }
    }
    if (rdpRules.length && !a.ports.rdpApproval) {
      const zh = rdpRules.map((r) => describeRule(r).zh).join("；");
      const en = rdpRules.map((r) => describeRule(r).en).join("; ");
      out.push({
        path: "/ports",
        atKey: true,
        message: text(
          `策略 ${zh} 开放 ${rdpPort} 端口，须提交《远程桌面（RDP）服务开通审批表》并报审登记。请在 ports 下填写 rdpApproval: { formNo: 审批表编号, date: 登记日期 }，并把审批表放入 attachments。`,
          `Rule(s) ${en} open port ${rdpPort}: the Remote Desktop (RDP) approval form is required. Add rdpApproval: { formNo, date } under ports and attach the form.`,
        ),
      });
    }
    return out;
  },
});
