import type { RuleFinding } from "../../../core/rules/types.ts";
import { quote, text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";

/** 测试资源测算报告中的部署节点（schema：estimate.nodes，每项 name 与 resource）。 */
export interface DeploymentNode {
  name: string;
  resource: string;
}

/**
 * 第49条(5)：测试资源需求按部署架构调整，原则上每个部署节点只申请一台云主机：
 * 测算报告的每个部署节点对应申请中的一项云主机类资源（数量 1），每项云主机类资源恰由一个节点对应。
 */
export const testOneHostPerNode = defineRule({
  id: "test-one-host-per-node",
  title: text("测试资源每个部署节点一台云主机", "One test host per deployment node"),
  citation: cite("第49条", "(5)"),
  appliesTo: ["test"],
  severity: "error",
  why: text(
    "测试资源需求应根据部署架构进行调整，原则上每个部署节点只允许申请一台云主机（第49条(5)）。",
    "Test resources follow the deployment architecture: in principle one cloud host per deployment node (第49条(5)).",
  ),
  check({ application: a, catalog }) {
    if (a.type !== "test") return [];
    const out: RuleFinding[] = [];
    const nodes = (a.estimate.nodes ?? []) as DeploymentNode[];
    const isHost = (service: string) => catalog.serviceById.get(service)?.shape === "compute";
    const hosts = a.resources.map((r, i) => ({ r, i })).filter(({ r }) => isHost(r.service));
    const hostIds = hosts.length ? hosts.map(({ r }) => r.id).join("、") : "（无）";
    const byResource = new Map<string, number[]>();
    for (const [j, node] of nodes.entries()) {
      const r = a.resources.find((x) => x.id === node.resource);
      const path = `/estimate/nodes/${j}/resource`;
      if (!r) {
        out.push({
          path,
          message: text(
            `部署节点 ${quote(node.name)} 对应的 ${quote(node.resource)} 不在本申请的资源中。每个部署节点对应本申请中的一台云主机：请把 resource 改为 ${hostIds} 之一，或补上这台云主机。`,
            `Deployment node ${quote(node.name)} names ${quote(node.resource)}, which this application does not request. Each node maps to one requested host: use one of ${hostIds}, or add the host.`,
          ),
        });
        continue;
      }
      if (!isHost(r.service)) {
        out.push({
          path,
          message: text(
            `部署节点 ${quote(node.name)} 对应的 ${r.id} 是 ${r.service} 服务，不是云主机。部署节点对应承载它的云主机：请把 resource 改为 ${hostIds} 之一。`,
            `Deployment node ${quote(node.name)} names ${r.id}, a ${r.service} service, not a host. A node maps to the host it runs on: use one of ${hostIds}.`,
          ),
        });
        continue;
      }
      byResource.set(r.id, [...(byResource.get(r.id) ?? []), j]);
    }
    for (const [id, js] of byResource) {
      if (js.length < 2) continue;
      const names = js.map((j) => quote(nodes[j]?.name)).join("、");
      for (const j of js.slice(1))
        out.push({
          path: `/estimate/nodes/${j}/resource`,
          message: text(
            `部署节点 ${names} 都对应 ${id}。每个部署节点一台云主机：请为节点 ${quote(nodes[j]?.name)} 单独申请一台云主机并填写它的标识；若这些节点确实合并部署在一台主机上，请在测算报告中合并为一个节点。`,
            `Deployment nodes ${names} all map to ${id}. One host per node: request a separate host for ${quote(nodes[j]?.name)} and name it here, or merge the nodes into one if they share the host.`,
          ),
        });
    }
    for (const { r, i } of hosts) {
      const quantity = r.quantity ?? 1;
      if (quantity > 1)
        out.push({
          path: `/resources/${i}/quantity`,
          message: text(
            `测试资源 ${r.id} 申请 ${quantity} 台。原则上每个部署节点只申请一台云主机：请把 quantity 改为 1；确需多台的，按部署节点拆成多项资源，每项在 estimate.nodes 中对应一个节点。`,
            `Test resource ${r.id} requests ${quantity} hosts. One host per deployment node: set quantity to 1, or split it into one resource per node, each named in estimate.nodes.`,
          ),
        });
      if (!byResource.has(r.id))
        out.push({
          path: `/resources/${i}/id`,
          message: text(
            `云主机 ${r.id} 没有对应的部署节点。测试资源按部署架构申请：请在 estimate.nodes 中写出它承载的节点（name、resource: ${r.id}），不需要的请删除这项资源。`,
            `Host ${r.id} is not named by any deployment node. Test resources follow the deployment architecture: add its node to estimate.nodes (name, resource: ${r.id}) or remove the host.`,
          ),
        });
    }
    return out;
  },
});
