import { join } from "node:path";
import * as pulumi from "@pulumi/pulumi";
import { beforeAll, describe, expect, it } from "vitest";
import type { StackSettings } from "../../pulumi/settings.ts";
import type { DesiredSystem } from "../../scripts/core/provision/types.ts";
import { huaibeiProvision } from "../../scripts/profiles/huaibei/provision.ts";
import { repoRoot } from "../helpers/repo.ts";
import { huaibeiDesired, withProduction } from "./huaibei-fixture.ts";

/**
 * 淮北的测试区转生产区（第14条）在 Pulumi 程序中（mocks，没有引擎、没有云）：同一个系统在转生产之前与之后各建一次，
 * 比较注册的资源——卷的逻辑名（URN）、输入与保护都不变，只有网卡与负载均衡的网络改变。
 * 顺序：先 setMocks，再 await import() 程序。
 */

interface Registration {
  run: string;
  type: string;
  name: string;
  provider: string;
  inputs: Record<string, unknown>;
  protect: boolean;
}

const registrations: Registration[] = [];
const protects = new Map<string, boolean>();
/** 每次构建一个提供者：提供者按构建的先后得到 id provider-0、provider-1，资源按它的提供者归到那次构建 */
const runs = ["test", "production"];
let providers = 0;
const runOf = (provider: string) => runs[Number(provider.split("::provider-").pop())] ?? "?";
const outputsOf = <T>(o: pulumi.Output<T>): Promise<T> => new Promise((resolve) => o.apply(resolve));

beforeAll(async () => {
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        if (args.type === "pulumi:providers:openstack")
          return { id: `provider-${providers++}`, state: args.inputs };
        const state: Record<string, unknown> = { ...args.inputs };
        if (args.type === "openstack:networking/port:Port") state.allFixedIps = ["10.0.0.1"];
        if (args.type === "openstack:networking/floatingIp:FloatingIp") state.address = `fip-${args.name}`;
        if (args.type === "openstack:loadbalancer/loadBalancer:LoadBalancer") {
          state.vipAddress = `vip-${args.name}`;
          state.vipPortId = `vip-port-${args.name}`;
        }
        const run = runOf(args.provider ?? "");
        registrations.push({
          run,
          type: args.type,
          name: args.name,
          provider: args.provider ?? "",
          inputs: args.inputs,
          protect: protects.get(`${run}|${args.type}|${args.name}`) ?? false,
        });
        return { id: `${args.name}-id`, state };
      },
      call: (args) => {
        if (args.token === "openstack:images/getImage:getImage") return { id: `image-${args.inputs.name}` };
        if (args.token === "openstack:networking/getNetwork:getNetwork")
          return { id: `net-${args.inputs.name}` };
        return {};
      },
    },
    "govcloud",
    "hb-edu.smart-edu",
  );
  const monitor = pulumi.runtime.getMonitor() as unknown as {
    registerResource: (
      req: { getType(): string; getName(): string; getProvider(): string; getProtect(): boolean | undefined },
      cb: unknown,
    ) => unknown;
  };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, cb) => {
    protects.set(`${runOf(req.getProvider())}|${req.getType()}|${req.getName()}`, req.getProtect() ?? false);
    return register(req, cb);
  };
  const { buildSystem } = await import("../../pulumi/program.ts");
  const { readSite } = await import("../../pulumi/settings.ts");
  const site = readSite(join(repoRoot, "pulumi", huaibeiProvision.siteFile), huaibeiProvision.sites);
  const build = async (desired: DesiredSystem) => {
    const settings: StackSettings = {
      unit: desired.unit,
      system: desired.system,
      cloud: desired.cloud,
      namePrefix: "hb-edu-smart-edu",
    };
    const built = buildSystem(desired, site.clouds[desired.cloud], settings);
    await outputsOf(built.outputs.resources);
  };
  await build(huaibeiDesired());
  await build(huaibeiDesired(withProduction()));
  // 资源的注册是异步的（规则、挂载不进 stack 输出）：等全部 RPC 完成
  await pulumi.runtime.disconnect();
});

const of = (name: string) =>
  new Map(registrations.filter((r) => r.run === name).map((r) => [`${r.type}::${r.name}`, r]));

describe("Pulumi 程序（mocks）：淮北 hb-edu/smart-edu 转生产", () => {
  it("两次注册同样的资源（同样的 URN），都在电信站点的提供者下", () => {
    const before = of("test");
    const after = of("production");
    expect(before.size).toBeGreaterThan(20);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const r of registrations.filter((x) => x.type.startsWith("openstack:")))
      expect(r.provider, r.name).toMatch(/::openstack-telecom::/);
  });

  it("卷：输入（名字、容量、卷类型、镜像）与保护都不变", () => {
    const before = of("test");
    const volumes = [...of("production").values()].filter(
      (r) => r.type === "openstack:blockstorage/volume:Volume",
    );
    expect(volumes.map((v) => v.name).sort()).toEqual([
      "app-1-data-1",
      "app-1-data-2",
      "app-1-system",
      "app-2-data-1",
      "app-2-data-2",
      "app-2-system",
      "web-1-system",
    ]);
    for (const v of volumes) {
      const b = before.get(`${v.type}::${v.name}`);
      expect(v.inputs, v.name).toEqual(b?.inputs);
      expect([v.protect, b?.protect], v.name).toEqual([true, true]);
    }
    expect(before.get("openstack:blockstorage/volume:Volume::app-1-data-2")?.inputs.volumeType).toBe("SATA");
  });

  it("只有网卡与负载均衡的网络改变：测试区的网络 → 生产区的网络", () => {
    const before = of("test");
    const changed = [...of("production").values()].filter(
      (r) => JSON.stringify(r.inputs) !== JSON.stringify(before.get(`${r.type}::${r.name}`)?.inputs),
    );
    expect(changed.map((r) => `${r.type.split(":").pop()} ${r.name}`).sort()).toEqual([
      "LoadBalancer lb4-1",
      "Port app-1-port",
      "Port app-2-port",
      "Port web-1-port",
    ]);
    const port = (run: string, name: string) =>
      of(run).get(`openstack:networking/port:Port::${name}`)?.inputs.networkId;
    expect([port("test", "app-1-port"), port("production", "app-1-port")]).toEqual([
      "net-hb-telecom-govnet-test",
      "net-hb-telecom-govnet-prod",
    ]);
    expect([port("test", "web-1-port"), port("production", "web-1-port")]).toEqual([
      "net-hb-telecom-internet-test",
      "net-hb-telecom-internet-prod",
    ]);
  });

  it("地址池：政务外网IP 与互联网IP 取电信站点各自的外部网络", () => {
    const pools = [...of("test").values()]
      .filter((r) => r.type === "openstack:networking/floatingIp:FloatingIp")
      .map((r) => [r.name, r.inputs.pool]);
    expect(pools.sort()).toEqual([
      ["ip-gov-1", "hb-telecom-govnet-ext"],
      ["ip-gov-2", "hb-telecom-govnet-ext"],
      ["ip-pub-1", "hb-telecom-internet-ext"],
    ]);
  });
});
