import type { IpRequest, PortsApplication } from "../../../core/model.ts";
import type { RuleContext, RuleFinding } from "../../../core/rules/types.ts";
import { quote, text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";
import { resolveDestination } from "./port-destination-exists.ts";
import { coversPort, describeRule } from "./port-rdp.ts";
import { isAnySource } from "./port-source-limited.ts";

/** 用途或备注中表明网站、Web 访问的字样。 */
const webWords = /网站|网页|门户|域名|web|https?/i;
/** 网站端口。 */
const webPorts = [80, 443];

/**
 * “用于网站或基于 WEB 方式访问的应用系统”（附件8 注3）的判断：
 * 本表对绑定的主机（未填绑定时对任一目的地址）向 any 开放 TCP 80 或 443，或 IP 的用途、备注写有网站、网页、门户、域名、Web、HTTP 字样。
 * 返回判断依据（消息里说明），不是网站时为 undefined。
 */
function websiteEvidence(ctx: RuleContext, app: PortsApplication, ip: IpRequest) {
  const bound = ip.bindTo;
  for (const rule of app.ports.rules ?? []) {
    if (rule.protocol !== "tcp" || !isAnySource(rule.source)) continue;
    if (!webPorts.some((p) => coversPort(rule, p))) continue;
    if (bound !== undefined && resolveDestination(ctx.before, rule.destination)?.resource.id !== bound)
      continue;
    const r = describeRule(rule);
    return text(
      `本表策略 ${r.zh} 向任意地址开放网站端口`,
      `this form's rule ${r.en} opens a web port to any address`,
    );
  }
  const words = `${ip.purpose} ${ip.remark ?? ""}`.match(webWords);
  if (words)
    return text(`用途或备注写有 ${quote(words[0])}`, `its purpose or remark says ${quote(words[0])}`);
  return undefined;
}

/**
 * 附件8 注5：新增政务云弹性 IP、公网 IP 须明确绑定的虚拟机（bindTo：本系统在用的云主机类资源）；
 * 附件8 注3：公网 IP 用于网站或基于 Web 访问的应用系统的，须填写 ICP 备案主体单位全称（icpEntity）。
 */
export const ipRequestBinding = defineRule({
  id: "ip-request-binding",
  title: text(
    "弹性 IP、公网 IP 写明绑定的虚拟机；网站的公网 IP 写明 ICP 备案主体",
    "Elastic and public IPs name their VM; a website's public IP names its ICP entity",
  ),
  citation: annex("附件8", "5"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "政务云弹性IP以及用于政务云的公网IP新增申请，须在备注中明确绑定的虚拟机IP（附件8 注5）；公网IP地址用于网站或基于WEB方式访问的应用系统，须按工信部门要求完成ICP备案……申请公网IP需完成ICP备案的须填写完整的备案主体单位全称（附件8 注3）。",
    "A new government-cloud elastic IP or public IP names the VM it binds to (附件8 note 5); a public IP for a website or web application needs an ICP filing, and the form gives the filing entity's full name (附件8 note 3).",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out: RuleFinding[] = [];
    const compute = [...ctx.before.resources.values()].filter(
      (r) => ctx.catalog.serviceById.get(r.service)?.shape === "compute",
    );
    const computeIds = compute.length ? compute.map((r) => r.id).join("、") : "（无）";
    for (const [i, ip] of (a.ports.ipRequests ?? []).entries()) {
      const path = `/ports/ipRequests/${i}`;
      const kind = ip.type === "public" ? text("公网 IP", "public IP") : text("政务云弹性 IP", "elastic IP");
      if (ip.type === "elastic" || ip.type === "public") {
        const bound = ip.bindTo === undefined ? undefined : ctx.before.resources.get(ip.bindTo);
        if (ip.bindTo === undefined) {
          out.push({
            path,
            message: text(
              `新增${kind.zh} 须写明绑定的虚拟机。请填写 bindTo: 本系统在用的云主机资源标识（${computeIds}），主机有多台时在 remark 中写明绑定的虚拟机 IP。`,
              `A new ${kind.en} names the VM it binds to. Add bindTo with a host of this system in service (${computeIds}); when it has several instances, give the VM's IP in remark.`,
            ),
          });
        } else if (!bound) {
          // 之前的申请没能加载时不知道绑定的主机是否存在，不报告
          if (ctx.historyComplete)
            out.push({
              path: `${path}/bindTo`,
              message: text(
                `绑定的 ${quote(ip.bindTo)} 不是本系统在用的资源。${kind.zh} 须绑定本系统在用的云主机类资源：请把 bindTo 改为 ${computeIds} 之一。`,
                `${quote(ip.bindTo)} is not a resource of this system in service. A ${kind.en} binds to a host in service: set bindTo to one of ${computeIds}.`,
              ),
            });
        } else if (ctx.catalog.serviceById.get(bound.service)?.shape !== "compute") {
          out.push({
            path: `${path}/bindTo`,
            message: text(
              `绑定的 ${quote(ip.bindTo)} 是 ${bound.service} 服务，不是虚拟机。${kind.zh} 须绑定本系统在用的云主机类资源：请把 bindTo 改为 ${computeIds} 之一。`,
              `${quote(ip.bindTo)} is a ${bound.service} service, not a VM. A ${kind.en} binds to a host in service: set bindTo to one of ${computeIds}.`,
            ),
          });
        } else if (bound.deliveredOn === undefined) {
          out.push({
            path: `${path}/bindTo`,
            severity: "warning",
            message: text(
              `绑定的 ${bound.id} 还没有交付记录，没有虚拟机 IP。审查人员请确认主机已发放；也可在主机交付后再申请${kind.zh}。`,
              `${bound.id} has no delivery record yet, so it has no VM IP. The reviewer should confirm the host is delivered, or the ${kind.en} can be requested after delivery.`,
            ),
          });
        } else if (bound.instances.length > 1) {
          const named = bound.instances.filter(
            (x) => (x.ip && ip.remark?.includes(x.ip)) || ip.remark?.includes(x.name),
          );
          if (!named.length) {
            const vms = bound.instances.map((x) => (x.ip ? `${x.name}（${x.ip}）` : x.name)).join("、");
            out.push({
              path: `${path}/bindTo`,
              severity: "warning",
              message: text(
                `${bound.id} 有 ${bound.instances.length} 台虚拟机（${vms}），须在备注中写明${kind.zh} 绑定哪一台的 IP。请在 remark 中写明，如 remark: 绑定 ${bound.instances[0]?.ip ?? bound.instances[0]?.name}。`,
                `${bound.id} has ${bound.instances.length} VMs (${vms}): say in remark which VM's IP the ${kind.en} binds to, e.g. remark: binds ${bound.instances[0]?.ip ?? bound.instances[0]?.name}.`,
              ),
            });
          }
        }
      }
      if (ip.type !== "public") continue;
      const evidence = websiteEvidence(ctx, a, ip);
      if (!evidence) continue;
      const entity = ip.icpEntity?.trim();
      if (!entity) {
        out.push({
          path,
          citation: annex("附件8", "3"),
          message: text(
            `这个公网 IP 用于网站或基于 Web 访问的应用（${evidence.zh}），须完成 ICP 备案并填写完整的备案主体单位全称。请填写 icpEntity，如备案主体为本单位则写 icpEntity: ${ctx.unit.name}；不用于网站的，请在用途中写明实际用途。`,
            `This public IP serves a website or web application (${evidence.en}): it needs an ICP filing, and the form gives the filing entity's full name. Add icpEntity (e.g. icpEntity: ${ctx.unit.name} if this unit filed it); if it is not for a website, state the real use in purpose.`,
          ),
        });
      } else if (entity !== ctx.unit.name && ctx.unit.name.includes(entity)) {
        out.push({
          path: `${path}/icpEntity`,
          citation: annex("附件8", "3"),
          message: text(
            `ICP 备案主体单位须填写全称：${quote(entity)} 像是本单位的简称。请把 icpEntity 改为 ${quote(ctx.unit.name)}（以 ICP 备案信息中的主体名称为准）。`,
            `The ICP filing entity is written in full: ${quote(entity)} looks like a short form of this unit's name. Set icpEntity to ${quote(ctx.unit.name)} (as in the ICP filing).`,
          ),
        });
      }
    }
    return out;
  },
});
