import type { ResourceState } from "../../state/fold.ts";
import { text } from "../../text.ts";
import { quantityOf, range } from "./common.ts";
import type { ServiceEntry } from "./types.ts";

const bindRefusal = (r: ResourceState, target: ResourceState | undefined, bindable: boolean, n: number) => {
  const q = quantityOf(r);
  if (!target)
    return text(
      `弹性IP ${r.id} 绑定的 ${r.config.bindTo} 不是本系统在用的资源。请改正 bindTo，或一并撤销这个弹性IP。`,
      `Elastic IP ${r.id} binds to ${r.config.bindTo}, which is not in service in this system.`,
    );
  if (!bindable)
    return text(
      `弹性IP ${r.id} 绑定到 ${target.id}（${target.service}）：只能绑定云主机或负载均衡。`,
      `Elastic IP ${r.id} binds to ${target.id} (${target.service}): only hosts and load balancers can be bound.`,
    );
  return text(
    `弹性IP ${r.id} 有 ${q} 个，一对一绑定到 ${target.id}（${quantityOf(target)} 台）：第 ${n} 个没有对应的实例。请减少弹性IP 数量，或增加主机台数。`,
    `Elastic IP ${r.id} has ${q} addresses bound one-to-one to ${target.id} (${quantityOf(target)}): address ${n} has no target.`,
  );
};

/**
 * 弹性IP（附件1 第17–18项，eip：公网IP、政务外网IP）：每个一个浮动 IP，取自政务外网或所选运营商的地址池；
 * 写了 bindTo 时一对一绑定到那个资源的第 n 台（云主机的网卡或负载均衡的 VIP），绑不上时拒绝。
 */
export const eip: ServiceEntry = {
  service: "eip",
  kinds: ["floating-ip", "floating-ip-association"],
  delivers: "floating-ip",
  specs(r, ctx, out) {
    const pool =
      ctx.poolFor(r) ??
      (r.config.network === "public" ? `public-${r.config.carrier ?? "telecom"}` : "govnet");
    const target = r.config.bindTo ? ctx.state.resources.get(r.config.bindTo) : undefined;
    const bindTarget = target ? ctx.entry(target.service)?.bindTarget : undefined;
    for (const n of range(quantityOf(r))) {
      const fip = `${r.id}-${n}`;
      out.specs.push({ kind: "floating-ip", name: fip, resource: r.id, protect: false, pool, index: n });
      if (!r.config.bindTo) continue;
      if (!target || !bindTarget || quantityOf(target) < n) {
        out.refusals.push({
          code: "bind-target",
          resource: r.id,
          message: bindRefusal(r, target, bindTarget !== undefined, n),
        });
        continue;
      }
      out.specs.push({
        kind: "floating-ip-association",
        name: `${fip}-assoc`,
        resource: r.id,
        protect: false,
        floatingIp: fip,
        target: bindTarget(target, n),
      });
    }
  },
};
