import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";

/**
 * 附件5 (三)2：容器计算节点“须与容器管理搭配使用”（容器管理一栏注“计算节点须单独申请”）。
 * 一般化为服务目录的 requires：所需的服务须已在本系统在用，或在同一份申请中。
 */
export const requiresCompanion = defineRule({
  id: "requires-companion",
  title: text(
    "须搭配的服务在同一系统中（容器计算节点与容器管理）",
    "Companion services are in the same system (container nodes with container management)",
  ),
  citation: annex("附件5"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "附件5 (三)PaaS服务：容器管理“计算节点须单独申请”，容器计算节点“须与容器管理搭配使用”。",
    "附件5 (三) PaaS: container management's compute nodes are applied for separately, and container compute nodes go with container management.",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new" && a.type !== "test") return [];
    const out: RuleFinding[] = [];
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      const required = service?.requires;
      if (!service || !required) continue;
      const inApplication = a.resources.some((x) => x.service === required);
      // 正式资源须搭配正式的容器管理；测试资源可搭配测试或正式的
      const inSystem = [...ctx.before.resources.values()].some(
        (x) => x.service === required && (a.type === "test" || x.kind === "production"),
      );
      if (inApplication || inSystem) continue;
      const companion = ctx.catalog.serviceById.get(required);
      const cname = companion?.name ?? required;
      const testOnly =
        a.type === "new" &&
        [...ctx.before.resources.values()].some((x) => x.service === required && x.kind === "test");
      const fields = companion?.shape === "vcpu" ? "（写明 vcpu）" : "";
      out.push({
        path: `/resources/${i}/service`,
        message: text(
          `${r.id}（${service.name}）须与${cname}（${required}）搭配使用，但本系统没有在用的${testOnly ? "正式" : ""}${cname}，本申请中也没有。请在本申请的 resources 中增加一项 service: ${required}${fields}，或先申请${cname}。`,
          `${r.id} (${service.name}) goes with ${cname} (${required}), but the system has no ${testOnly ? "production " : ""}${cname} in use and this application requests none. Add a resource with service: ${required} to this application, or apply for ${cname} first.`,
        ),
      });
    }
    return out;
  },
});
