import type { RuleFinding } from "../../../core/rules/types.ts";
import { quote, text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { resolveDestination } from "./port-destination-exists.ts";

/** 源地址：any（任意地址，含前缀 /0 的网段）或一个 IPv4 地址、网段。 */
export type Source =
  | { kind: "any" }
  | { kind: "cidr"; prefix: number; addresses: number; network: string; hostBits: boolean };

const octet = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/;

/** IPv4 点分十进制（不接受前导零，避免八进制歧义）→ 32 位无符号整数。 */
export function parseIpv4(s: string): number | undefined {
  const parts = s.split(".");
  if (parts.length !== 4 || !parts.every((p) => octet.test(p))) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

export const formatIpv4 = (n: number): string =>
  [2 ** 24, 2 ** 16, 2 ** 8, 1].map((d) => Math.floor(n / d) % 256).join(".");

/** 解析源地址：`any`（不分大小写）、`a.b.c.d`（即 /32）或 `a.b.c.d/n`（n 为 0–32）；读不懂时为 undefined。 */
export function parseSource(source: string): Source | undefined {
  const s = source.trim();
  if (s.toLowerCase() === "any") return { kind: "any" };
  const m = /^([0-9.]+)(?:\/(0|[1-9][0-9]?))?$/.exec(s);
  if (!m) return undefined;
  const address = parseIpv4(m[1] as string);
  const prefix = m[2] === undefined ? 32 : Number(m[2]);
  if (address === undefined || prefix > 32) return undefined;
  if (prefix === 0) return { kind: "any" };
  const addresses = 2 ** (32 - prefix);
  const network = address - (address % addresses);
  return {
    kind: "cidr",
    prefix,
    addresses,
    network: `${formatIpv4(network)}/${prefix}`,
    hostBits: network !== address,
  };
}

/** 源地址是否为任意地址（any、0.0.0.0/0 等前缀为 /0 的网段）。 */
export const isAnySource = (source: string): boolean => parseSource(source)?.kind === "any";

/** 限定源地址时允许的最短前缀：/24（一个 C 类网段，256 个地址）。 */
export const narrowestPrefix = 24;

/**
 * 第38条(2)、附件8 注2③：因网管需求（management，含远程桌面 rdp）或部署、测试需要（目的地址是测试资源）
 * 开放的端口，须限制可访问的源地址：any、0.0.0.0/0 或前缀短于 /24 的网段都不算限定。
 * 目的地址是测试资源且源地址为 any 的，由 test-network-zone（附件5 二）报告，这里不重复。
 */
export const portSourceLimited = defineRule({
  id: "port-source-limited",
  title: text(
    "网管、部署、测试端口限制源地址",
    "Ports for management, deployment or testing are limited to named sources",
  ),
  citation: cite("第38条", "(2)"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "因部署或测试需要，申请开放端口的，应当限制可访问该端口的IP地址，经审核决定是否予以开放（第38条(2)）；因网管需求，申请开放端口的，应当限制可访问该端口的IP地址（附件8 注2③）。",
    "Ports opened for deployment or testing must be limited to the IP addresses allowed to reach them (第38条(2)); so must ports opened for network management (附件8 note 2③).",
  ),
  check({ application: a, before }) {
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out: RuleFinding[] = [];
    for (const [i, rule] of (a.ports.rules ?? []).entries()) {
      const path = `/ports/rules/${i}/source`;
      const source = parseSource(rule.source);
      if (!source) {
        out.push({
          path,
          message: text(
            `源地址 ${quote(rule.source)} 读不懂：须是 any、一个 IPv4 地址（如 10.20.30.15，各段不带前导零）或一个 IPv4 网段（如 10.20.30.0/24），每条策略一个源地址。请改正 source；多个源地址请分成多条策略。`,
            `Source ${quote(rule.source)} is not any, an IPv4 address (e.g. 10.20.30.15) or an IPv4 network (e.g. 10.20.30.0/24). Correct source; split several sources into several rules.`,
          ),
        });
        continue;
      }
      if (source.kind === "cidr" && source.hostBits) {
        out.push({
          path,
          severity: "warning",
          message: text(
            `源地址 ${quote(rule.source)} 带主机位：按 /${source.prefix} 它表示网段 ${source.network}。请确认：要放行整个网段就写 ${source.network}；只放行一台主机就去掉 /${source.prefix}。`,
            `Source ${quote(rule.source)} has host bits set: as /${source.prefix} it means network ${source.network}. Write ${source.network} for the whole network, or drop /${source.prefix} for one host.`,
          ),
        });
      }
      const dest = resolveDestination(before, rule.destination)?.resource;
      const forTest = dest?.kind === "test";
      const forManagement = rule.purpose === "management" || rule.purpose === "rdp";
      if (!forTest && !forManagement) continue;
      if (forTest && source.kind === "any") continue; // test-network-zone 报告
      const why = forManagement
        ? text(
            `端口用途为${rule.purpose === "rdp" ? "远程桌面（rdp，属网管）" : "网管（management）"}`,
            `The port is for ${rule.purpose === "rdp" ? "remote desktop (rdp, a management use)" : "management"}`,
          )
        : text(
            `目的地址 ${quote(rule.destination)} 是测试资源（部署、测试用）`,
            `Destination ${quote(rule.destination)} is a test resource (deployment and testing)`,
          );
      if (source.kind === "any") {
        out.push({
          path,
          message: text(
            `${why.zh}，须限制可访问该端口的 IP 地址；这里源地址为 ${quote(rule.source)}（任意地址）。请把 source 改为运维终端的 IP 或 /${narrowestPrefix} 及更小的网段（至多 256 个地址，如 10.20.30.0/24）。`,
            `${why.en}: the addresses allowed to reach it must be limited, but source is ${quote(rule.source)} (any address). Set source to the operators' IPs or a network of /${narrowestPrefix} or narrower (e.g. 10.20.30.0/24).`,
          ),
        });
      } else if (source.prefix < narrowestPrefix) {
        out.push({
          path,
          message: text(
            `${why.zh}，须限制可访问该端口的 IP 地址；源地址 ${quote(rule.source)} 是 /${source.prefix} 网段，含 ${source.addresses} 个地址，不算限定。允许的是单个 IP 或 /${narrowestPrefix} 及更小的网段（至多 256 个地址）：请把 source 缩小到实际访问的终端或网段。`,
            `${why.en}: the addresses allowed to reach it must be limited, but source ${quote(rule.source)} is a /${source.prefix} network of ${source.addresses} addresses. Use single IPs or a network of /${narrowestPrefix} or narrower (at most 256 addresses).`,
          ),
        });
      }
    }
    return out;
  },
});
