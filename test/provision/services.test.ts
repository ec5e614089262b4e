import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { builders, buildOrder } from "../../pulumi/resources/registry.ts";
import { serviceEntries } from "../../scripts/core/provision/services/registry.ts";
import { openstackServices } from "../../scripts/core/provision/services.ts";
import { pulumiTypes, type SpecKind } from "../../scripts/core/provision/types.ts";
import { catalog } from "./helpers.ts";

/** 服务表（核心）与资源表（Pulumi）：一项服务一个条目，每种规格一种资源，两边对得上。 */
describe("服务表", () => {
  const entries = [...serviceEntries.values()];

  it("由 OpenStack 创建的服务就是登记的服务，每项都在服务目录中", () => {
    expect([...openstackServices].sort()).toEqual(
      ["ecs", "eip", "elb", "evs", "obs", "security-group", "sfs", "subnet", "vpc"].sort(),
    );
    for (const e of entries) expect(catalog.serviceById.has(e.service), e.service).toBe(true);
  });

  it("每项服务产生的规格种类都有 Pulumi 资源与 URN 类型；交付的实例来自其中一种", () => {
    const kinds = new Set(Object.keys(pulumiTypes) as SpecKind[]);
    for (const e of entries) {
      for (const k of e.kinds) {
        expect(kinds.has(k), `${e.service}: ${k}`).toBe(true);
        expect(builders[k], `${e.service}: ${k}`).toBeDefined();
      }
      expect(e.kinds, e.service).toContain(e.delivers);
      expect(builders[e.delivers].output, `${e.service} delivers ${e.delivers}`).toBeDefined();
    }
    // 每种规格都有服务产生它（安全组规则由端口开放申请落到服务的安全组上产生），建立的先后覆盖全部种类
    expect(new Set([...entries.flatMap((e) => e.kinds), "security-group-rule"])).toEqual(kinds);
    expect([...buildOrder].sort()).toEqual([...kinds].sort());
  });

  it("每个条目的文件都有文档注释，写明它开通的目录条目（附件1 序号，或附件5）", () => {
    const dir = new URL("../../scripts/core/provision/services/", import.meta.url);
    const files = readdirSync(dir).filter((f) => !["types.ts", "common.ts", "registry.ts"].includes(f));
    expect(files).toHaveLength(serviceEntries.size);
    for (const f of files)
      expect(readFileSync(new URL(f, dir), "utf8"), f).toMatch(
        /\/\*\*(?:(?!\*\/)[\s\S])*附件[15](?:(?!\*\/)[\s\S])*\*\/\nexport const \w+: ServiceEntry/,
      );
  });
});
