import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { blockers, parseSite, stackSettings } from "../../pulumi/settings.ts";
import type { DesiredSystem } from "../../scripts/core/provision/types.ts";
import { exampleDesired } from "./helpers.ts";

const config = (values: Record<string, string>) => (key: string) => values[key];

describe("Pulumi 程序的设置（纯函数）", () => {
  it("仓库里的 pulumi/site.yaml 合规：两个区域各有区域名、网络、镜像、卷类型与地址池", () => {
    const site = parseSite(readFileSync(new URL("../../pulumi/site.yaml", import.meta.url), "utf8"));
    expect(Object.keys(site.clouds)).toEqual(["x86", "arm"]);
    expect(site.clouds.arm.volumeTypes).toEqual({ sata: "SATA", sas: "SAS", ssd: "SSD" });
  });

  it("站点配置缺字段时指出文件与字段", () => {
    expect(() =>
      parseSite(
        "clouds:\n  x86: { region: r, network: n, image: i, volumeTypes: { sata: a, sas: b, ssd: c }, floatingIpPools: {} }\n",
      ),
    ).toThrow("pulumi/site.yaml: clouds.arm 缺少");
    expect(() =>
      parseSite("clouds:\n  x86: { region: r, network: n, image: i, volumeTypes: { sata: a } }\n"),
    ).toThrow("pulumi/site.yaml: clouds.x86.volumeTypes.sas 应为卷类型名");
  });

  it("stack 配置：名称前缀默认 <单位>-<系统>；stack 名与配置的系统不一致时拒绝", () => {
    expect(
      stackSettings(
        config({ unit: "sz-edu", system: "student-registry", cloud: "x86" }),
        "sz-edu.student-registry",
      ),
    ).toEqual({
      unit: "sz-edu",
      system: "student-registry",
      cloud: "x86",
      namePrefix: "sz-edu-student-registry",
    });
    expect(() =>
      stackSettings(
        config({ unit: "sz-edu", system: "campus-portal", cloud: "arm" }),
        "sz-edu.student-registry",
      ),
    ).toThrow("stack sz-edu.student-registry 的配置是 sz-edu/campus-portal，与 stack 名不一致");
    expect(() => stackSettings(config({ unit: "sz-edu", system: "x", cloud: "mips" }), "dev")).toThrow(
      "stack dev 的 cloud 为 mips：只能是 x86 或 arm。",
    );
    expect(() => stackSettings(config({}), "dev")).toThrow(
      "stack dev 缺少配置 unit：pulumi config set unit …",
    );
  });

  it("云环境与登记不符、期望状态被拒绝：程序在建任何资源之前失败", () => {
    const desired = exampleDesired().get("sz-edu/campus-portal") as DesiredSystem;
    const settings = { unit: "sz-edu", system: "campus-portal", cloud: "x86" as const, namePrefix: "p" };
    expect(blockers(desired, settings)).toEqual([
      "系统 sz-edu/campus-portal 登记的云环境是 arm，stack 配置的 cloud 是 x86：不同的站点是不同的 OpenStack（或不同云服务商的云），请改正 stack 配置（pulumi config set cloud arm）。",
    ]);
    expect(blockers(desired, { ...settings, cloud: "arm" })).toEqual([]);
  });
});
