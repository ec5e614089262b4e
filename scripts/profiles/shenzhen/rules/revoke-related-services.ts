import type { PortRule } from "../../../core/model.ts";
import type { RuleFinding } from "../../../core/rules/types.ts";
import type { ResourceState } from "../../../core/state/fold.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";

const portText = (r: PortRule) =>
  `${r.source} → ${r.destination} ${r.protocol.toUpperCase()}${r.ports === undefined ? "" : ` ${Array.isArray(r.ports) ? r.ports.join(",") : r.ports}`}`;

/**
 * 第19条(3)、第36条：撤销时一并回收关联的服务——安全策略、备份作业、IP、绑定在主机上的安全服务。
 *
 * - 绑定在被撤销主机上的弹性IP（bindTo）、挂载在它上面又没有列入 keep 的云硬盘（attachTo）：撤销后会悬空，报错；
 * - 目的地址是被撤销资源的端口策略：随资源一并回收（状态折叠也这样处理），提醒审查人员确认提供商关闭；
 * - 绑定主机的服务（目录 hostBound：主机安全、网页防篡改、云防火墙）的数量多于撤销后剩下的主机台数、
 *   最后一台主机撤销后仍在用的数据备份：是否还需要，须审查人员确认（警告）；
 * - `revoke.wholeSystem: true`：须列出全部在用资源。
 */
export const revokeRelatedServices = defineRule({
  id: "revoke-related-services",
  title: text(
    "撤销主机时一并撤销关联的 IP、安全服务、备份与安全策略",
    "Revoking hosts takes their IPs, security services, backups and policies with them",
  ),
  citation: cite("第19条", "(3)"),
  appliesTo: ["revoke"],
  severity: "error",
  why: text(
    "使用单位应提交撤销申请，回收云资源及其安全策略、备份作业等；系统下线后，回收安全策略、备份作业、云资源（第19条(3)）。提供商应在关机当天相应完成云服务及关联服务的撤销（第36条）。",
    "A revocation reclaims the resources together with their security policies and backup jobs (第19条(3)); the provider withdraws the services and their related services on the shutdown day (第36条).",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "revoke" || !ctx.historyComplete) return [];
    const state = ctx.before;
    const pathOf = new Map<string, string>();
    for (const [i, rv] of a.revocations.entries())
      if (state.resources.has(rv.resource) && !pathOf.has(rv.resource))
        pathOf.set(rv.resource, `/revocations/${i}/resource`);
    if (pathOf.size === 0) return [];
    const kept = new Set(a.revocations.flatMap((rv) => rv.keep ?? []));
    const remaining = [...state.resources.values()].filter((r) => !pathOf.has(r.id));
    const svcOf = (r: ResourceState) => ctx.catalog.serviceById.get(r.service);
    const label = (r: ResourceState) => `${svcOf(r)?.name ?? r.service} ${r.id}`;
    const out: RuleFinding[] = [];

    // 绑定在被撤销资源上的 IP 与云硬盘
    for (const r of remaining) {
      const host = r.config.bindTo;
      if (host !== undefined && pathOf.has(host))
        out.push({
          path: pathOf.get(host) as string,
          message: text(
            `${label(r)} 绑定在要撤销的 ${host} 上，撤销后它就没有绑定对象了。请把它一并撤销：在 revocations 中加一项 { resource: ${r.id}, dataBackup: no-data }。`,
            `${r.service} ${r.id} is bound to ${host}, which is being revoked. Revoke it too: add { resource: ${r.id}, dataBackup: no-data } to revocations.`,
          ),
        });
      const disk = r.config.attachTo;
      if (disk !== undefined && pathOf.has(disk) && !kept.has(r.id))
        out.push({
          path: pathOf.get(disk) as string,
          message: text(
            `${label(r)} 挂载在要撤销的 ${disk} 上。请一并撤销它（在 revocations 中加一项，写明数据是否已备份），或在 ${disk} 的 keep 中列出 ${r.id} 表示保留。`,
            `${r.service} ${r.id} is attached to ${disk}, which is being revoked. Revoke it too (stating whether its data is backed up), or list ${r.id} in the keep of ${disk}.`,
          ),
        });
    }

    // 目的地址是被撤销资源的端口策略：随资源回收
    for (const [id, path] of pathOf) {
      const rules = state.ports.filter((p) => p.rule.destination === id);
      if (rules.length === 0) continue;
      const list = rules.map((p) => `${portText(p.rule)}（第 ${p.openedBy} 号申请开放）`);
      out.push({
        path,
        severity: "warning",
        citation: cite("第36条"),
        message: text(
          `${id} 上开放着 ${rules.length} 条端口策略：${list.join("；")}。它们随 ${id} 一并回收。审查人员请确认提供商在撤销当天关闭这些策略。`,
          `${rules.length} port rule(s) are open to ${id}: ${rules.map((p) => portText(p.rule)).join("; ")}. They are reclaimed with it: reviewers, confirm the provider closes them on the day of the revocation.`,
        ),
      });
    }

    // 主机撤销后：绑定主机的安全服务、数据备份
    const isHost = (r: ResourceState) => svcOf(r)?.shape === "compute";
    const revokedHosts = [...pathOf.keys()].filter((id) => isHost(state.resources.get(id) as ResourceState));
    if (revokedHosts.length > 0) {
      const hostPath = pathOf.get(revokedHosts[0] as string) as string;
      const hostsLeft = remaining.filter(isHost).reduce((s, r) => s + (r.config.quantity ?? 1), 0);
      // 绑定主机的服务按服务合计数量（如主机安全按台计）：多于剩下的主机台数，多出的部分应随主机回收
      const bound = new Map<string, ResourceState[]>();
      for (const r of remaining)
        if (svcOf(r)?.hostBound) bound.set(r.service, [...(bound.get(r.service) ?? []), r]);
      for (const [service, rs] of bound) {
        const quantity = rs.reduce((s, r) => s + (r.config.quantity ?? 1), 0);
        if (quantity <= hostsLeft) continue;
        const names = rs.map((r) => r.id).join("、");
        const svcName = ctx.catalog.serviceById.get(service)?.name ?? service;
        out.push({
          path: hostPath,
          severity: "warning",
          message:
            hostsLeft === 0
              ? text(
                  `撤销后本系统没有主机了，而绑定主机的${svcName} ${names}（共 ${quantity} 台）仍在用。请在本申请中一并撤销；若仍有保护对象，请在 remark 中说明，由审查人员确认。`,
                  `After this revocation the system has no hosts, but the host-bound ${service} ${rs.map((r) => r.id).join(", ")} (${quantity} in all) stays. Revoke it too, or explain in remark what it still protects for the reviewer to confirm.`,
                )
              : text(
                  `撤销后本系统剩 ${hostsLeft} 台主机，而绑定主机的${svcName} ${names} 仍共按 ${quantity} 台在用，多出 ${quantity - hostsLeft} 台。绑定在被撤销主机上的部分应一并回收：能单独撤销的请在本申请中撤销；审查人员请确认多出部分的处理。`,
                  `After this revocation ${hostsLeft} host(s) remain, but the host-bound ${service} ${rs.map((r) => r.id).join(", ")} stays at ${quantity} in all, ${quantity - hostsLeft} too many. What was bound to the revoked hosts goes with them: revoke what can be revoked separately; reviewers: confirm how the surplus is handled.`,
                ),
        });
      }
      if (hostsLeft === 0)
        for (const r of remaining.filter((x) => x.service === "backup"))
          out.push({
            path: hostPath,
            severity: "warning",
            message: text(
              `撤销后本系统没有主机了，而${label(r)} 仍在用。备份作业应随主机一并回收：请一并撤销它；若它还备份其他资源（如对象存储），请在 remark 中说明，由审查人员确认。`,
              `After this revocation the system has no hosts, but the backup service ${r.id} stays. Backup jobs are reclaimed with the hosts: revoke it too, or explain in remark what it still backs up for the reviewer to confirm.`,
            ),
          });
    }

    // 整个系统撤销：列出全部在用资源
    if (a.revoke?.wholeSystem === true) {
      if (remaining.length > 0) {
        const ids = remaining.map((r) => r.id).sort();
        out.push({
          path: "/revoke/wholeSystem",
          message: text(
            `整个系统撤销须列出全部在用资源，还缺 ${ids.length} 项：${ids.join("、")}。请为每一项在 revocations 中加一项（写明数据是否已备份），或去掉 wholeSystem。`,
            `A whole-system revocation lists every resource in service; ${ids.length} are missing: ${ids.join(", ")}. Add a revocation for each (stating the data backup), or remove wholeSystem.`,
          ),
        });
      }
      const left = state.ports.filter((p) => !pathOf.has(p.rule.destination));
      if (left.length > 0)
        out.push({
          path: "/revoke/wholeSystem",
          severity: "warning",
          message: text(
            `整个系统撤销后仍有 ${left.length} 条端口策略的目的地址不是被撤销的资源：${left.map((p) => portText(p.rule)).join("；")}。安全策略须一并回收：请提交端口关闭申请，或由审查人员确认提供商一并关闭。`,
            `After the whole-system revocation ${left.length} port rule(s) still point elsewhere: ${left.map((p) => portText(p.rule)).join("; ")}. Security policies are reclaimed too: file a port-closing application, or reviewers confirm the provider closes them.`,
          ),
        });
    }
    return out;
  },
});
