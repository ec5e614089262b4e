import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * 引擎与插件的版本只有一个来源：package-lock.json 中的 @pulumi/pulumi 与 @pulumi/openstack。
 * 从 Go 模块构建的 CLI、自建的提供者插件（报告的版本）、发放工作流安装的官方发布包，都必须是同一版本；
 * 升级 npm 包而忘了它们，这里失败。
 */
const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), "utf8");
const lock = JSON.parse(read("package-lock.json")) as { packages: Record<string, { version: string }> };
const sdk = lock.packages["node_modules/@pulumi/pulumi"]?.version;
const openstack = lock.packages["node_modules/@pulumi/openstack"]?.version;

const match = (text: string, re: RegExp, where: string): string => {
  const m = re.exec(text);
  if (!m?.[1]) throw new Error(`${where} 中找不到 ${re}`);
  return m[1];
};

describe("Pulumi 引擎与 OpenStack 插件的版本与 lockfile 一致", () => {
  it("lockfile 中有两个包", () => {
    expect(sdk).toMatch(/^3\.\d+\.\d+$/);
    expect(openstack).toMatch(/^3\.\d+\.\d+$/);
  });

  it("scripts/setup/pulumi.sh 构建的 CLI 与它的外壳模块", () => {
    expect(match(read("scripts/setup/pulumi.sh"), /^cli_version=v(\S+)$/m, "pulumi.sh")).toBe(sdk);
    const mod = read("scripts/setup/pulumi/cli/go.mod");
    expect(match(mod, /github\.com\/pulumi\/pulumi\/pkg\/v3 v(\S+)/, "cli/go.mod")).toBe(sdk);
    expect(match(mod, /github\.com\/pulumi\/pulumi\/sdk\/v3 v(\S+)/, "cli/go.mod")).toBe(sdk);
  });

  it("自建的提供者插件报告的版本（引擎按它找插件）", () => {
    expect(match(read("scripts/setup/pulumi-openstack.sh"), /^version=(\S+)$/m, "pulumi-openstack.sh")).toBe(
      openstack,
    );
    expect(
      match(
        read("scripts/setup/pulumi-openstack/provider/resources.go"),
        /const Version = "([^"]+)"/,
        "resources.go",
      ),
    ).toBe(openstack);
  });

  it.each(["provision.yml", "plan.yml"])("%s 安装的官方发布包（审批计划与发放须是同一版本）", (file) => {
    const workflow = read(`.github/workflows/${file}`);
    expect(match(workflow, /PULUMI_VERSION: (\S+)/, file)).toBe(sdk);
    expect(match(workflow, /OPENSTACK_PLUGIN_VERSION: (\S+)/, file)).toBe(openstack);
  });
});
