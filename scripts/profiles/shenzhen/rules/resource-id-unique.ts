import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";

/**
 * 资源标识（resources[].id，即申请表的“编号”）是一项云服务在本系统中的稳定身份：变更、撤销、端口开放、
 * 交付记录和云上资源名都靠它找到资源。第6条：新增是申请新的云服务，变更、撤销针对“已申请云服务”；
 * 所以新增（含测试资源）不能沿用在用或已撤销资源的标识，同一份申请中也不能重复。
 */
export const resourceIdUnique = defineRule({
  id: "resource-id-unique",
  title: text(
    "新增的资源不沿用本系统已有或已撤销资源的标识",
    "New resources do not reuse an id of the system's resources, current or revoked",
  ),
  citation: cite("第6条"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "新增申请指系统申请一项或多项云服务；变更申请指系统申请扩容或缩容已申请云服务配置；撤销申请指系统申请撤销已申请云服务（第6条）。已申请的云服务以资源标识识别：新增沿用旧标识，会与在用资源或撤销记录混淆。",
    "A new application requests new services; changes and revocations act on services already applied for (第6条), found by their resource id. Reusing an id would confuse a new resource with one in use or revoked.",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new" && a.type !== "test") return [];
    const out: RuleFinding[] = [];
    const taken = new Set([
      ...ctx.before.resources.keys(),
      ...ctx.before.revoked.keys(),
      ...a.resources.map((r) => r.id),
    ]);
    const fresh = (id: string) => {
      for (let n = 2; ; n++) {
        const suffix = `-${n}`;
        const candidate = `${id.slice(0, 40 - suffix.length)}${suffix}`;
        if (!taken.has(candidate)) {
          taken.add(candidate);
          return candidate;
        }
      }
    };
    const seen = new Map<string, number>();
    for (const [i, r] of a.resources.entries()) {
      const path = `/resources/${i}/id`;
      const first = seen.get(r.id);
      const current = ctx.before.resources.get(r.id);
      const revoked = ctx.before.revoked.get(r.id);
      if (first !== undefined) {
        const other = fresh(r.id);
        out.push({
          path,
          message: text(
            `资源标识 ${r.id} 在本申请中已用于 resources[${first}]；每项资源的 id 须唯一。请改为其他标识，如 ${other}。`,
            `Resource id ${r.id} is already used by resources[${first}] in this application; ids are unique. Use another, e.g. ${other}.`,
          ),
        });
      } else if (current) {
        const name = ctx.catalog.serviceById.get(current.service)?.name ?? current.service;
        const other = fresh(r.id);
        out.push({
          path,
          message: text(
            `资源标识 ${r.id} 已是本系统在用的资源（${name}，第 ${current.createdBy} 号申请${current.kind === "test" ? "的测试资源" : "新增"}）。变更、撤销与发放都靠标识识别资源，新增不能沿用：若要调整这项资源，请提变更申请；若是另一项新资源，请改用新的标识，如 ${other}。`,
            `Resource id ${r.id} is a resource in use in this system (${name}, added by application ${current.createdBy}). Changes, revocations and delivery find resources by id: to adjust it, apply for a change; for another resource, use a new id such as ${other}.`,
          ),
        });
      } else if (revoked) {
        const other = fresh(r.id);
        out.push({
          path,
          message: text(
            `资源标识 ${r.id} 曾用于本系统已撤销的资源（第 ${revoked.revokedBy} 号申请撤销）。已撤销资源的标识不再复用，以免与撤销记录和云上的旧资源混淆：请改用新的标识，如 ${other}。`,
            `Resource id ${r.id} belonged to a resource revoked by application ${revoked.revokedBy}. Revoked ids are not reused, so that the new resource is not confused with the revocation record or the old cloud resource: use a new id such as ${other}.`,
          ),
        });
      }
      if (first === undefined) seen.set(r.id, i);
    }
    return out;
  },
});
