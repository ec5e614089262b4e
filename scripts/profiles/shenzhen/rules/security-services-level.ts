import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";

/** 系统（在用的正式资源与本申请合计）中的一项资源。 */
interface Item {
  id: string;
  service: string;
  words: string;
  quantity: number;
  /** 在本申请 resources 中的下标；在用资源为 undefined */
  index?: number;
}

const levelZh = ["零", "一", "二", "三", "四", "五"];

/** 看来是数据库服务器：标识、用途或备注提到数据库（启发式，所以本规则只是警告）。 */
const databaseWords =
  /数据库|database|(^|[^a-z])db([^a-z]|$)|mysql|postgre|oracle|达梦|金仓|gauss|mongo|sql ?server/i;
/** 看来对外提供 Web 服务：用途提到网站、门户、Web。 */
const webWords = /网站|门户|web/i;
const webPorts = new Set([80, 443, 8080, 8443]);

/**
 * 第23条(4)：安全需求应根据网络安全等级保护的要求进行评估，并选择相应配置的安全服务。
 * 等级与服务的对应不是条文写死的，需要审核人判断：规则列出常见配置中缺少的服务（警告）。
 */
export const securityServicesLevel = defineRule({
  id: "security-services-level",
  title: text("安全服务与等级保护级别相符", "Security services fit the protection level"),
  citation: cite("第23条", "(4)"),
  appliesTo: ["new"],
  severity: "warning",
  why: text(
    "安全需求应根据网络安全等级保护的要求进行评估，并选择相应配置的安全服务（第23条(4)）；测算报告根据安全等级保护的要求选择安全服务，并对所选安全服务的配置、数量进行说明（附件6 第5节）。",
    "Security needs are assessed against the protection level (等级保护) and matching security services are chosen (第23条(4)); the report explains the services chosen, their configuration and number (附件6 section 5).",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new") return [];
    const level = ctx.system.protectionLevel;
    if (level < 2) return [];
    const items: Item[] = [
      ...[...ctx.before.resources.values()]
        .filter((r) => r.kind === "production")
        .map((r) => ({
          id: r.id,
          service: r.service,
          words: `${r.id} ${r.purpose ?? ""}`,
          quantity: r.config.quantity ?? 1,
        })),
      ...a.resources.map((r, index) => ({
        id: r.id,
        service: r.service,
        words: `${r.id} ${r.purpose ?? ""} ${r.remark ?? ""}`,
        quantity: r.quantity ?? 1,
        index,
      })),
    ];
    const has = (service: string) => items.some((x) => x.service === service);
    const hosts = items.filter((x) => ctx.catalog.serviceById.get(x.service)?.shape === "compute");
    const hostCount = hosts.reduce((s, x) => s + x.quantity, 0);
    const databases = hosts.filter((x) => databaseWords.test(x.words));
    const web =
      items.find((x) => x.service === "eip" || x.service === "elb") ??
      hosts.find((x) => webWords.test(x.words)) ??
      ctx.before.ports
        .filter((p) => [p.rule.ports].flat().some((n) => typeof n === "number" && webPorts.has(n)))
        .map((p) => items.find((x) => x.id === p.rule.destination))
        .find((x) => x !== undefined);
    const name = (service: string) => ctx.catalog.serviceById.get(service)?.name ?? service;
    const list = (xs: Item[]) => xs.map((x) => x.id).join("、");
    const missing: { service: string; zh: string; en: string }[] = [];
    const need = (service: string, zh: string, en: string) => {
      if (!has(service)) missing.push({ service, zh, en });
    };
    if (hostCount > 0) need("hss", `${hostCount} 台主机`, `${hostCount} hosts`);
    if (level >= 3) {
      need("log-audit", "三级系统的安全审计", "security audit at level 3");
      if (hostCount > 0) need("bastion", "三级系统的运维审计", "operations audit at level 3");
      if (databases.length > 0)
        need(
          "db-audit",
          `${list(databases)} 看来是数据库服务器`,
          `${databases.map((x) => x.id).join(", ")} looks like a database server`,
        );
      if (web) need("waf", `${web.id} 看来对外提供 Web 服务`, `${web.id} looks like it serves the web`);
    }
    const out: RuleFinding[] = [];
    const security = a.estimate.security !== undefined;
    if (missing.length > 0) {
      const usual =
        level >= 3
          ? text(
              `${levelZh[level]}级系统通常应选择主机安全、日志审计、云堡垒机，有数据库时加数据库审计，对外提供 Web 服务时加 Web应用防火墙`,
              `a level ${level} system usually has host security, log audit and a bastion host, database audit when it has a database, and a web application firewall when it serves the web`,
            )
          : text(
              "二级系统至少应为主机选择主机安全",
              "a level 2 system has at least host security on its hosts",
            );
      out.push({
        path: security ? "/estimate/security" : "/resources",
        atKey: true,
        message: text(
          `系统为等保${levelZh[level] ?? level}级（system.yaml protectionLevel: ${level}），按等级保护要求，${usual.zh}。本系统（在用资源与本申请合计）缺少：${missing.map((m) => `${name(m.service)}（${m.service}：${m.zh}）`).join("、")}。这需要审核人判断：请对照等级测评报告或安全建设方案，确认缺少的服务是否已由其他措施满足；若需要，请在 resources 中增加这些服务，并在 estimate.security.explanation 中说明选择的依据。`,
          `The system is at protection level ${level} (system.yaml protectionLevel: ${level}); ${usual.en}. The system (resources in use plus this application) lacks: ${missing.map((m) => `${name(m.service)} (${m.service}: ${m.en})`).join(", ")}. Reviewer: check the level assessment or security plan for whether other measures cover them; if not, add the services to resources and explain the choice in estimate.security.explanation.`,
        ),
      });
    }
    const hss = items.filter((x) => x.service === "hss");
    const hssCount = hss.reduce((s, x) => s + x.quantity, 0);
    if (hss.length > 0 && hssCount < hostCount) {
      const own = hss.filter((x) => x.index !== undefined).at(-1);
      const short = hostCount - hssCount;
      const hostList = hosts.map((x) => `${x.id} × ${x.quantity}`).join("、");
      out.push({
        path: own ? `/resources/${own.index}/quantity` : "/resources",
        ...(own ? {} : { atKey: true }),
        message: text(
          `主机安全按虚机计（附件1）：本系统共有 ${hostCount} 台主机（${hostList}），主机安全合计 ${hssCount} 台，有 ${short} 台没有防护。${own ? `请把主机安全 ${own.id} 的 quantity 改为 ${own.quantity + short}` : `已有的主机安全不能变更（附件2），请在本申请中增加一项主机安全（service: hss，quantity: ${short}）`}；若这些主机另有防护，审核人请核对 estimate.security.explanation 中的说明。`,
          `Host security is counted per VM (附件1): the system has ${hostCount} hosts (${hosts.map((x) => `${x.id} × ${x.quantity}`).join(", ")}) and ${hssCount} host-security licences, leaving ${short} unprotected. ${own ? `Change the quantity of ${own.id} to ${own.quantity + short}` : `Existing host security cannot be changed (附件2): add a host security resource (service: hss, quantity: ${short}) to this application`}; if those hosts are protected otherwise, the reviewer checks the reason in estimate.security.explanation.`,
        ),
      });
    }
    return out;
  },
});
