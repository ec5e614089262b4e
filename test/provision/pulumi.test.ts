import * as pulumi from "@pulumi/pulumi";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Pulumi 程序在 SDK 的 mocks 下运行（没有引擎、没有云）：断言学籍管理系统（sz-edu/student-registry）的资源图。
 * 顺序很重要：先设配置、再 setMocks、最后 await import() 程序；静态导入程序会在 mocks 之前运行它。
 */

interface Registered {
  type: string;
  name: string;
  inputs: Record<string, unknown>;
  provider?: string;
}

const registered: Registered[] = [];
const protectedNames = new Map<string, boolean | undefined>();
const invokes: { token: string; inputs: Record<string, unknown> }[] = [];

const outputsOf = <T>(o: pulumi.Output<T>): Promise<T> => new Promise((resolve) => o.apply(resolve));

let program: typeof import("../../pulumi/index.ts");

beforeAll(async () => {
  pulumi.runtime.setAllConfig({
    "govcloud:unit": "sz-edu",
    "govcloud:system": "student-registry",
    "govcloud:cloud": "x86",
    "govcloud:namePrefix": "szedu-xj",
  });
  let ip = 10;
  await pulumi.runtime.setMocks(
    {
      newResource: (args) => {
        registered.push({ type: args.type, name: args.name, inputs: args.inputs, provider: args.provider });
        const state: Record<string, unknown> = { ...args.inputs };
        if (args.type === "openstack:networking/port:Port") state.allFixedIps = [`10.21.3.${ip++}`];
        if (args.type === "openstack:networking/floatingIp:FloatingIp") state.address = "59.40.1.11";
        return { id: `${args.name}-id`, state };
      },
      call: (args) => {
        invokes.push({ token: args.token, inputs: args.inputs });
        if (args.token === "openstack:images/getImage:getImage")
          return { id: "image-x86", name: args.inputs.name };
        if (args.token === "openstack:networking/getNetwork:getNetwork")
          return { id: "net-x86", name: args.inputs.name };
        return {};
      },
    },
    "govcloud",
    "sz-edu.student-registry",
  );
  // protect 不在 MockResourceArgs 里：包一层 mock 监视器的 registerResource，读请求中的 protect
  const monitor = pulumi.runtime.getMonitor() as unknown as {
    registerResource: (req: { getName(): string; getProtect(): boolean | undefined }, cb: unknown) => unknown;
  };
  const register = monitor.registerResource.bind(monitor);
  monitor.registerResource = (req, cb) => {
    protectedNames.set(req.getName(), req.getProtect());
    return register(req, cb);
  };
  program = await import("../../pulumi/index.ts");
  await outputsOf(program.resources);
});

/** 注册的先后取决于输出何时解析（系统盘要等镜像查询），所以按逻辑名排序后比较。 */
const ofType = (type: string) =>
  registered
    .filter((r) => r.type === `openstack:${type}`)
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const byName = (name: string) => registered.find((r) => r.name === name) as Registered;

describe("Pulumi 程序（mocks）：sz-edu/student-registry", () => {
  it("一个 x86 区域的提供者，所有资源都用它", () => {
    const providers = registered.filter((r) => r.type === "pulumi:providers:openstack");
    expect(providers.map((p) => [p.name, p.inputs.region])).toEqual([["openstack-x86", "x86-region"]]);
    for (const r of registered.filter((r) => r.type.startsWith("openstack:")))
      expect(r.provider, r.name).toMatch(/::openstack-x86::/);
  });

  it("云主机：规格由 vCPU 与内存得出，系统盘从镜像建、不随主机删除，名称带前缀", () => {
    expect(ofType("compute/instance:Instance").map((i) => [i.name, i.inputs.flavorName])).toEqual([
      ["app-1", "c12m24"],
      ["app-2", "c12m24"],
      ["db-1", "c8m32"],
      ["db-2", "c8m32"],
    ]);
    const app1 = byName("app-1");
    expect(app1.inputs.name).toBe("szedu-xj-app-1");
    expect(app1.inputs.blockDevices).toEqual([
      {
        sourceType: "volume",
        destinationType: "volume",
        uuid: "app-1-system-id",
        bootIndex: 0,
        deleteOnTermination: false,
      },
    ]);
    expect(app1.inputs.networks).toEqual([{ port: "app-1-port-id" }]);
  });

  it("卷：容量与卷类型（站点把 sas 映射为 SAS），系统盘从镜像建，数据盘挂到对应的主机", () => {
    expect(
      ofType("blockstorage/volume:Volume").map((v) => [
        v.name,
        v.inputs.size,
        v.inputs.volumeType,
        v.inputs.imageId,
      ]),
    ).toEqual([
      ["app-1-data-1", 200, "SAS", undefined],
      ["app-1-system", 100, "SAS", "image-x86"],
      ["app-2-data-1", 200, "SAS", undefined],
      ["app-2-system", 100, "SAS", "image-x86"],
      ["db-1-data-1", 900, "SAS", undefined],
      ["db-1-system", 100, "SAS", "image-x86"],
      ["db-2-data-1", 900, "SAS", undefined],
      ["db-2-system", 100, "SAS", "image-x86"],
    ]);
    expect(
      ofType("compute/volumeAttach:VolumeAttach").map((a) => [
        a.name,
        a.inputs.instanceId,
        a.inputs.volumeId,
      ]),
    ).toEqual([
      ["app-1-data-1-attach", "app-1-id", "app-1-data-1-id"],
      ["app-2-data-1-attach", "app-2-id", "app-2-data-1-id"],
      ["db-1-data-1-attach", "db-1-id", "db-1-data-1-id"],
      ["db-2-data-1-attach", "db-2-id", "db-2-data-1-id"],
    ]);
    expect(invokes.find((i) => i.token === "openstack:images/getImage:getImage")?.inputs).toMatchObject({
      name: "govcloud-base-x86",
      mostRecent: true,
    });
  });

  it("承载数据的资源受保护，其余不受保护", () => {
    const protectedOnes = [...protectedNames]
      .filter(([, p]) => p === true)
      .map(([n]) => n)
      .sort();
    expect(protectedOnes).toEqual(
      [
        "app-1",
        "app-1-data-1",
        "app-1-system",
        "app-2",
        "app-2-data-1",
        "app-2-system",
        "db-1",
        "db-1-data-1",
        "db-1-system",
        "db-2",
        "db-2-data-1",
        "db-2-system",
        "files-1",
      ].sort(),
    );
    expect(protectedNames.get("app-sg")).toBe(false);
    expect(protectedNames.get("public-ip-1")).toBe(false);
  });

  it("安全组规则来自端口开放申请：来源网段、协议、端口", () => {
    expect(
      ofType("networking/secGroupRule:SecGroupRule").map((r) => [
        r.name,
        r.inputs.securityGroupId,
        r.inputs.protocol,
        r.inputs.portRangeMin,
        r.inputs.portRangeMax,
        r.inputs.remoteIpPrefix ?? r.inputs.remoteGroupId,
      ]),
    ).toEqual([
      ["app-sg-in-tcp-443-any", "app-sg-id", "tcp", 443, 443, "0.0.0.0/0"],
      ["db-sg-in-tcp-5432-10-20-30-0-24", "db-sg-id", "tcp", 5432, 5432, "10.20.30.0/24"],
      [
        "system-internal-in-any-self",
        "system-internal-id",
        undefined,
        undefined,
        undefined,
        "system-internal-id",
      ],
    ]);
    expect(byName("app-1-port").inputs.securityGroupIds).toEqual(["app-sg-id", "system-internal-id"]);
  });

  it("弹性IP 来自政务外网地址池，绑定到 bindTo 指定的主机（第 1 台）的端口", () => {
    expect(byName("public-ip-1").inputs.pool).toBe("govnet-ext");
    expect(byName("public-ip-1-assoc").inputs).toMatchObject({
      floatingIp: "59.40.1.11",
      portId: "app-1-port-id",
    });
  });

  it("对象存储桶带配额；stack 输出按资源标识归组", async () => {
    expect(byName("files-1").inputs).toMatchObject({
      name: "szedu-xj-files-1",
      metadata: { "Quota-Bytes": String(2000 * 1024 ** 3) },
    });
    const resources = await outputsOf(program.resources);
    expect(Object.keys(resources).sort()).toEqual(["app", "db", "files", "public-ip"]);
    expect(resources.app).toMatchObject({
      service: "ecs",
      config: {
        vcpu: 12,
        memoryGB: 24,
        systemDisk: { sizeGB: 100, tier: "sas" },
        dataDisks: [{ sizeGB: 200, tier: "sas" }],
      },
    });
    expect(resources.app?.instances[0]).toEqual({
      name: "app-1",
      hostname: "szedu-xj-app-1",
      ip: expect.stringMatching(/^10\.21\.3\./),
      floatingIp: "59.40.1.11",
      cloudId: "app-1-id",
    });
    expect(resources["public-ip"]?.instances).toEqual([
      { name: "public-ip-1", floatingIp: "59.40.1.11", cloudId: "public-ip-1-id" },
    ]);
    expect(resources.files).toEqual({
      service: "obs",
      instances: [{ name: "files-1", cloudId: "files-1-id" }],
      endpoint: "szedu-xj-files-1",
    });
    expect(await outputsOf(pulumi.output(program.govcloud))).toEqual({
      unit: "sz-edu",
      system: "student-registry",
      stack: "sz-edu.student-registry",
      cloud: "x86",
      namePrefix: "szedu-xj",
    });
  });
});
