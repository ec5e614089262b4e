import * as pulumi from "@pulumi/pulumi";
import { beforeAll, describe, expect, it } from "vitest";
import type { CloudSite, StackSettings } from "../../pulumi/settings.ts";
import type { DesiredSystem } from "../../scripts/core/provision/types.ts";
import { exampleDesired } from "./helpers.ts";
import { fullSite, scenarios } from "./scenarios.ts";

/**
 * Pulumi 程序（buildSystem）在 mocks 下为每个可以发放的系统注册的全部资源：类型、逻辑名、输入、提供者、
 * protect、依赖（含 dependsOn）、ignoreChanges，以及 stack 输出。与重构之前生成的 golden 文件逐字节相同。
 * 顺序：先 setMocks，再 await import() 程序（见 docs 中的 Pulumi 事实）。
 */

interface Registration {
  system: string;
  type: string;
  name: string;
  inputs?: Record<string, unknown>;
  protect?: boolean;
  dependencies?: string[];
  ignoreChanges?: string[];
}

const inputs = new Map<string, Record<string, unknown>>();
const registrations: Registration[] = [];
/** 提供者的 id → 系统：每个系统一个提供者，提供者按系统的先后得到 id */
const providerSystem = new Map<string, string>();
const systems: string[] = [];

const outputsOf = <T>(o: pulumi.Output<T>): Promise<T> => new Promise((resolve) => o.apply(resolve));
const systemOf = (provider: string) => providerSystem.get(provider.split("::").pop() ?? "") ?? "?";
const key = (provider: string, type: string, name: string) => `${systemOf(provider)}|${type}|${name}`;

const builds: Record<string, unknown> = {};

beforeAll(async () => {
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        let id = `${args.name}-id`;
        if (args.type === "pulumi:providers:openstack") {
          id = `provider-${providerSystem.size}`;
          providerSystem.set(id, systems[providerSystem.size] ?? "?");
        } else inputs.set(key(args.provider ?? "", args.type, args.name), args.inputs);
        const state: Record<string, unknown> = { ...args.inputs };
        if (args.type === "openstack:networking/port:Port")
          state.allFixedIps = [`10.0.0.${args.name.length}`];
        if (args.type === "openstack:networking/floatingIp:FloatingIp") state.address = `fip-${args.name}`;
        if (args.type === "openstack:loadbalancer/loadBalancer:LoadBalancer") {
          state.vipAddress = `vip-${args.name}`;
          state.vipPortId = `vip-port-${args.name}`;
        }
        if (args.type === "openstack:sharedfilesystem/share:Share")
          state.exportLocations = [{ path: `nfs:/${args.name}` }];
        return { id, state };
      },
      call: (args) => {
        if (args.token === "openstack:images/getImage:getImage") return { id: `image-${args.inputs.name}` };
        if (args.token === "openstack:networking/getNetwork:getNetwork")
          return { id: `net-${args.inputs.name}` };
        return {};
      },
    },
    "govcloud",
    "golden",
  );
  const monitor = pulumi.runtime.getMonitor() as unknown as {
    registerResource: (
      req: {
        getType(): string;
        getName(): string;
        getProvider(): string;
        getProtect(): boolean | undefined;
        getDependenciesList(): string[];
        getIgnorechangesList(): string[];
      },
      cb: unknown,
    ) => unknown;
  };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, cb) => {
    if (req.getType() !== "pulumi:providers:openstack")
      registrations.push({
        system: req.getProvider(),
        type: req.getType(),
        name: req.getName(),
        protect: req.getProtect() ?? false,
        dependencies: [...req.getDependenciesList()].map((u) => u.split("::").pop() ?? u).sort(),
        ignoreChanges: req.getIgnorechangesList(),
      });
    return register(req, cb);
  };

  const { buildSystem } = await import("../../pulumi/program.ts");
  const { readSite } = await import("../../pulumi/settings.ts");
  const site = readSite(new URL("../../pulumi/site.yaml", import.meta.url).pathname);
  const runs: [string, DesiredSystem, CloudSite][] = [
    ...[...exampleDesired()].map(([k, d]): [string, DesiredSystem, CloudSite] => [
      k,
      d,
      site.clouds[d.cloud],
    ]),
    ...Object.entries(scenarios())
      .filter(([, d]) => d.refusals.length === 0)
      .map(([k, d]): [string, DesiredSystem, CloudSite] => [k, d, fullSite]),
  ];
  for (const [name, desired, cloud] of runs) {
    systems.push(name);
    const settings: StackSettings = {
      unit: desired.unit,
      system: desired.system,
      cloud: desired.cloud,
      namePrefix: `p-${desired.system}`,
    };
    const built = buildSystem(desired, cloud, settings);
    builds[name] = {
      govcloud: built.outputs.govcloud,
      resources: await outputsOf(built.outputs.resources),
    };
  }
  // 资源的注册是异步的（不进 stack 输出的规则、挂载、池也要等到）：等全部 RPC 完成
  await pulumi.runtime.disconnect();
});

describe("Pulumi 资源与重构前相同（golden）", () => {
  it("每个系统的资源、输入、保护、依赖与 stack 输出", async () => {
    const rows = registrations
      .map((r) => {
        const system = systemOf(r.system);
        return { ...r, system, inputs: inputs.get(key(r.system, r.type, r.name)) };
      })
      .sort((a, b) => {
        const ka = `${a.system}|${a.type}|${a.name}`;
        const kb = `${b.system}|${b.type}|${b.name}`;
        return ka < kb ? -1 : ka > kb ? 1 : 0;
      });
    expect(new Set(rows.map((r) => r.system))).toEqual(new Set(systems));
    expect(rows.some((r) => r.type === "openstack:sharedfilesystem/share:Share")).toBe(true);
    await expect(`${JSON.stringify({ resources: rows, outputs: builds }, null, 2)}\n`).toMatchFileSnapshot(
      "./golden/pulumi-resources.json",
    );
  });
});
