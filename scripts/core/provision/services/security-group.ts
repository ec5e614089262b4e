import { quantityOf, range } from "./common.ts";
import type { ServiceEntry } from "./types.ts";

const groups = (r: Parameters<NonNullable<ServiceEntry["securityGroups"]>>[0]) =>
  range(quantityOf(r)).map((n) => `${r.id}-${n}`);

/** 安全组（附件1 第15项，security-group）：每个一个 Neutron 安全组；端口开放申请的目的是它时，规则落到每一个组。 */
export const securityGroup: ServiceEntry = {
  service: "security-group",
  kinds: ["security-group"],
  delivers: "security-group",
  securityGroups: groups,
  specs(r, _ctx, out) {
    for (const name of groups(r))
      out.specs.push({
        kind: "security-group",
        name,
        resource: r.id,
        protect: false,
        description: `govcloud: ${r.id}`,
      });
  },
};
