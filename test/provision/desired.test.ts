import { describe, expect, it } from "vitest";
import { portRanges, prefixLength } from "../../scripts/core/provision/desired.ts";
import type { DesiredSystem, ResourceSpec } from "../../scripts/core/provision/types.ts";
import {
  changeApp,
  delivered,
  desiredOf,
  ecs,
  exampleDesired,
  newApp,
  portsApp,
  revokeApp,
} from "./helpers.ts";

/** 期望状态里可核对的部分，写成表格行。 */
function summary(d: DesiredSystem) {
  const of = <K extends ResourceSpec["kind"]>(kind: K) =>
    d.specs.filter((s): s is Extract<ResourceSpec, { kind: K }> => s.kind === kind);
  return {
    stack: d.stack,
    cloud: d.cloud,
    instances: of("instance").map((s) => [s.name, s.flavor, s.protect, s.test]),
    volumes: of("volume").map((s) => [s.name, s.sizeGB, s.tier, s.role, s.protect]),
    attachments: of("volume-attachment").map((s) => [s.volume, s.instance]),
    rules: of("security-group-rule").map((s) => [
      s.name,
      s.protocol,
      s.portMin ?? null,
      s.portMax ?? null,
      "cidr" in s.remote ? s.remote.cidr : `sg:${s.remote.group}`,
    ]),
    floatingIps: of("floating-ip").map((s) => [s.name, s.pool]),
    bindings: of("floating-ip-association").map((s) => [
      s.floatingIp,
      "port" in s.target ? s.target.port : s.target.loadBalancer,
    ]),
    containers: of("container").map((s) => [s.name, s.quotaGB, s.protect]),
    manual: d.manual.map((m) => [m.resource, m.packages.join("，")]),
    refusals: d.refusals.map((r) => r.code),
  };
}

const examples = exampleDesired();

describe("示例系统的期望状态", () => {
  it.each([
    {
      key: "sz-edu/student-registry",
      expected: {
        stack: "sz-edu.student-registry",
        cloud: "x86",
        // 变更申请 2 把 app 扩到 12 核 24 GB：规格名随之改变（调整规格），数据盘不变
        instances: [
          ["app-1", "c12m24", true, false],
          ["app-2", "c12m24", true, false],
          ["db-1", "c8m32", true, false],
          ["db-2", "c8m32", true, false],
        ],
        volumes: [
          ["app-1-system", 100, "sas", "system", true],
          ["app-1-data-1", 200, "sas", "data", true],
          ["app-2-system", 100, "sas", "system", true],
          ["app-2-data-1", 200, "sas", "data", true],
          ["db-1-system", 100, "sas", "system", true],
          ["db-1-data-1", 900, "sas", "data", true],
          ["db-2-system", 100, "sas", "system", true],
          ["db-2-data-1", 900, "sas", "data", true],
        ],
        attachments: [
          ["app-1-data-1", "app-1"],
          ["app-2-data-1", "app-2"],
          ["db-1-data-1", "db-1"],
          ["db-2-data-1", "db-2"],
        ],
        rules: [
          ["system-internal-in-any-self", "any", null, null, "sg:system-internal"],
          ["app-sg-in-tcp-443-any", "tcp", 443, 443, "0.0.0.0/0"],
          ["db-sg-in-tcp-5432-10-20-30-0-24", "tcp", 5432, 5432, "10.20.30.0/24"],
        ],
        floatingIps: [["public-ip-1", "govnet"]],
        bindings: [["public-ip-1", "app-1-port"]],
        containers: [["files-1", 2000, true]],
        manual: [
          ["backup", "backup × 3000GB"],
          ["bastion", "bastion.20 × 1"],
          ["db-audit", "db-audit × 1"],
          ["host-security", "hss × 4"],
          ["log-audit", "log-audit.base × 1"],
          ["waf", "waf.base × 1"],
        ],
        refusals: [],
      },
    },
    {
      key: "sz-edu/campus-portal",
      expected: {
        stack: "sz-edu.campus-portal",
        cloud: "arm",
        // cms 已由撤销申请 2 撤销：不在期望状态中
        instances: [
          ["web-1", "c4m8", true, false],
          ["web-2", "c4m8", true, false],
        ],
        volumes: [
          ["web-1-system", 100, "sas", "system", true],
          ["web-2-system", 100, "sas", "system", true],
        ],
        attachments: [],
        rules: [["system-internal-in-any-self", "any", null, null, "sg:system-internal"]],
        floatingIps: [],
        bindings: [],
        containers: [],
        manual: [
          ["cache", "dcs.ha × 4GB"],
          ["tamper", "web-tamper × 2"],
          ["web-security", "hss × 2"],
        ],
        refusals: [],
      },
    },
    {
      key: "sz-edu-exam/exam-registration",
      expected: {
        stack: "sz-edu-exam.exam-registration",
        cloud: "x86",
        instances: [
          ["test-db-1", "c4m8", true, true],
          ["test-web-1", "c4m8", true, true],
        ],
        volumes: [
          ["test-db-1-system", 100, "sata", "system", true],
          ["test-db-1-data-1", 100, "sata", "data", true],
          ["test-web-1-system", 100, "sata", "system", true],
        ],
        attachments: [["test-db-1-data-1", "test-db-1"]],
        rules: [["system-internal-in-any-self", "any", null, null, "sg:system-internal"]],
        floatingIps: [],
        bindings: [],
        containers: [],
        manual: [],
        refusals: [],
      },
    },
  ])("$key", ({ key, expected }) => {
    const d = examples.get(key) as DesiredSystem;
    expect(summary(d)).toEqual(expected);
  });

  it("学籍系统：变更申请 2 尚未交付，发放要调整 app 两台的规格", () => {
    const d = examples.get("sz-edu/student-registry") as DesiredSystem;
    expect(d.lastDelivered).toBe(3);
    expect(d.changes.map((c) => [c.action, c.name, c.detail?.zh])).toEqual([
      ["resize", "app-1", "规格 c8m16 → c12m24（8核16GB → 12核24GB，调整规格时主机重启）"],
      ["resize", "app-2", "规格 c8m16 → c12m24（8核16GB → 12核24GB，调整规格时主机重启）"],
    ]);
    expect(d.releases).toEqual([]);
  });

  it("门户网站：撤销申请 2 写明数据已备份，cms 的主机、系统盘、数据盘解除保护后删除", () => {
    const d = examples.get("sz-edu/campus-portal") as DesiredSystem;
    expect(d.releases).toEqual([
      {
        resource: "cms",
        service: "ecs",
        revokedBy: 2,
        dataBackup: "backed-up",
        names: ["cms-1-system", "cms-1", "cms-1-data-1"],
        urns: [
          "urn:pulumi:sz-edu.campus-portal::govcloud::openstack:blockstorage/volume:Volume::cms-1-system",
          "urn:pulumi:sz-edu.campus-portal::govcloud::openstack:compute/instance:Instance::cms-1",
          "urn:pulumi:sz-edu.campus-portal::govcloud::openstack:blockstorage/volume:Volume::cms-1-data-1",
        ],
      },
    ]);
    expect(d.changes.map((c) => `${c.action} ${c.name}`)).toEqual([
      "delete cms-sg",
      "release cms-1-system",
      "delete cms-1-port",
      "release cms-1",
      "release cms-1-data-1",
      "delete cms-1-data-1-attach",
    ]);
  });

  it("本系统的申请文件坏了（schema 错误）时拒绝发放：缺了的申请会被当成删除", () => {
    const broken = exampleDesired({
      "requests/sz-edu/student-registry/0002-change.yaml":
        "kind: application\nprofile: shenzhen\nsequence: 2\ntype: change\n",
    });
    expect(broken.get("sz-edu/student-registry")?.refusals.map((r) => r.code)).toEqual(["broken-history"]);
    expect(broken.get("sz-edu/campus-portal")?.refusals).toEqual([]);
  });
});

describe("撤销：数据说明与保留的云硬盘", () => {
  const host = ecs("app", { dataDisks: [{ sizeGB: 200, tier: "sas" }] });
  const disk = {
    id: "archive",
    service: "evs",
    purpose: "归档盘",
    capacityGB: 500,
    tier: "sata" as const,
    attachTo: "app",
  };
  const created = [newApp(1, [host, disk])];
  const deliveries = [delivered(1, "2026-01-20")];

  it("交付后：主机、系统盘、自带数据盘、单独的云硬盘都受保护，云硬盘挂到 app-1", () => {
    const d = desiredOf(created, deliveries);
    expect(d.specs.filter((s) => s.protect).map((s) => s.name)).toEqual([
      "app-1-system",
      "app-1",
      "app-1-data-1",
      "archive-1",
    ]);
    expect(d.specs.find((s) => s.name === "archive-1-attach")).toMatchObject({
      instance: "app-1",
      volume: "archive-1",
    });
  });

  it("撤销主机（数据已备份）并保留云硬盘：主机的资源解除保护；云硬盘保留、受保护、不再挂载", () => {
    const d = desiredOf(
      [...created, revokeApp(2, [{ resource: "app", dataBackup: "backed-up", keep: ["archive"] }])],
      deliveries,
    );
    expect(d.refusals).toEqual([]);
    expect(d.releases).toEqual([
      expect.objectContaining({
        resource: "app",
        revokedBy: 2,
        dataBackup: "backed-up",
        names: ["app-1-system", "app-1", "app-1-data-1"],
      }),
    ]);
    expect(d.specs.map((s) => [s.kind, s.name, s.protect])).toEqual([["volume", "archive-1", true]]);
    expect(d.notes.map((n) => n.message.zh)).toEqual([
      "云硬盘 archive 挂载的 app 已不在用（撤销时保留了这块盘）：只保留卷，不挂载。",
    ]);
    expect(d.changes.filter((c) => c.action === "release").map((c) => c.name)).toEqual([
      "app-1-system",
      "app-1",
      "app-1-data-1",
    ]);
  });

  it("撤销交付后不再解除保护（资源已删除）", () => {
    const d = desiredOf(
      [...created, revokeApp(2, [{ resource: "app", dataBackup: "not-needed", keep: ["archive"] }])],
      [...deliveries, delivered(2, "2026-09-10")],
    );
    expect(d.releases).toEqual([]);
    expect(d.refusals).toEqual([]);
  });

  it("承载数据的主机写“不涉及数据”（no-data）撤销：不解除保护，拒绝发放", () => {
    const d = desiredOf(
      [...created, revokeApp(2, [{ resource: "app", dataBackup: "no-data", keep: ["archive"] }])],
      deliveries,
    );
    expect(d.releases).toEqual([]);
    expect(d.refusals.map((r) => [r.code, r.resource])).toEqual([
      ["removed-without-revocation", "app"],
      ["removed-without-revocation", "app"],
      ["removed-without-revocation", "app"],
    ]);
    expect(d.refusals[0]?.message.zh).toBe(
      "app-1-system 已交付、承载数据，但期望状态里没有它，也没有写明数据已备份或无需备份的撤销申请：发放不会删除它。请提交撤销申请，写明 dataBackup。",
    );
  });
});

describe("调整规格与扩容；缩小不能表达", () => {
  const host = ecs("app", { vcpu: 8, memoryGB: 16, dataDisks: [{ sizeGB: 200, tier: "sas" }] });
  const created = [newApp(1, [host])];
  const deliveries = [delivered(1, "2026-01-20")];
  const config = (extra: object) => ({
    vcpu: 8,
    memoryGB: 16,
    systemDisk: { sizeGB: 100, tier: "sas" as const },
    ...extra,
  });

  it("扩容：规格变更 + 卷扩容", () => {
    const d = desiredOf(
      [
        ...created,
        changeApp(2, [
          {
            resource: "app",
            before: config({ dataDisks: [{ sizeGB: 200, tier: "sas" }] }),
            after: config({
              vcpu: 12,
              memoryGB: 24,
              dataDisks: [
                { sizeGB: 500, tier: "sas" },
                { sizeGB: 100, tier: "ssd" },
              ],
            }),
          },
        ]),
      ],
      deliveries,
    );
    expect(d.refusals).toEqual([]);
    expect(d.changes.map((c) => [c.action, c.name, c.detail?.zh])).toEqual([
      ["resize", "app-1", "规格 c8m16 → c12m24（8核16GB → 12核24GB，调整规格时主机重启）"],
      ["extend", "app-1-data-1", "容量 200 → 500 GB"],
      ["create", "app-1-data-2", undefined],
      ["create", "app-1-data-2-attach", undefined],
    ]);
  });

  it("交付过的数据盘缩小：拒绝，指出申请与交付过的容量", () => {
    const d = desiredOf(
      [
        ...created,
        changeApp(2, [
          {
            resource: "app",
            before: config({ dataDisks: [{ sizeGB: 200, tier: "sas" }] }),
            after: config({ dataDisks: [{ sizeGB: 100, tier: "sas" }] }),
          },
        ]),
      ],
      deliveries,
    );
    expect(d.refusals).toEqual([
      {
        code: "shrink",
        resource: "app",
        application: 2,
        message: {
          zh: "app-1-data-1 交付时为 200 GB，期望状态是 100 GB：磁盘和文件存储只能扩容，不能缩小（缩小要新建再迁移数据，发放不会替你删除数据）。请提交变更申请把容量改回不小于 200 GB；确需缩小的，先新增一块小盘迁移数据，再撤销原盘。",
          en: "app-1-data-1 was delivered with 200 GB; the desired state has 100 GB. Disks and file shares can only grow. File a change back to at least 200 GB.",
        },
      },
    ]);
  });

  it("与交付过的最大容量比：扩到 500 并交付后，再改回 300 也是缩小；改回 500 以上就不再拒绝", () => {
    const grow = changeApp(2, [
      {
        resource: "app",
        before: config({ dataDisks: [{ sizeGB: 200, tier: "sas" }] }),
        after: config({ dataDisks: [{ sizeGB: 500, tier: "sas" }] }),
      },
    ]);
    const back = (sequence: number, sizeGB: number) =>
      changeApp(sequence, [
        { resource: "app", before: config({}), after: config({ dataDisks: [{ sizeGB, tier: "sas" }] }) },
      ]);
    const withGrowth = [...deliveries, delivered(2, "2026-06-10")];
    expect(desiredOf([...created, grow, back(3, 300)], withGrowth).refusals.map((r) => r.code)).toEqual([
      "shrink",
    ]);
    expect(desiredOf([...created, grow, back(3, 300), back(4, 600)], withGrowth).refusals).toEqual([]);
    // 扩容尚未交付时，云上还是 200 GB：改成 300 不算缩小
    expect(desiredOf([...created, grow, back(3, 300)], deliveries).refusals).toEqual([]);
  });

  it("换磁盘类型：拒绝（要迁移数据）", () => {
    const d = desiredOf(
      [
        ...created,
        changeApp(2, [
          {
            resource: "app",
            before: config({ dataDisks: [{ sizeGB: 200, tier: "sas" }] }),
            after: config({ dataDisks: [{ sizeGB: 200, tier: "ssd" }] }),
          },
        ]),
      ],
      deliveries,
    );
    expect(d.refusals.map((r) => [r.code, r.application])).toEqual([["tier-change", 2]]);
  });

  it("变更减少数据盘或台数：交付过的承载数据的资源会被删除，拒绝", () => {
    const fewerDisks = desiredOf(
      [...created, changeApp(2, [{ resource: "app", before: config({}), after: config({ dataDisks: [] }) }])],
      deliveries,
    );
    expect(fewerDisks.refusals.map((r) => [r.code, r.message.zh.slice(0, 12)])).toEqual([
      ["data-disk-removed", "app-1-data-1"],
    ]);
    const twoHosts = [newApp(1, [ecs("web", { quantity: 2 })])];
    const fewerHosts = desiredOf(
      [...twoHosts, changeApp(2, [{ resource: "web", before: { quantity: 2 }, after: { quantity: 1 } }])],
      deliveries,
    );
    expect(fewerHosts.refusals.map((r) => [r.code, r.message.zh.split(" ")[0]])).toEqual([
      ["data-disk-removed", "web-2-system"],
      ["data-disk-removed", "web-2"],
    ]);
  });
});

describe("网络：安全组规则、弹性IP、负载均衡、子网", () => {
  it("端口策略：来源可以是 any、网段、IP 或本系统另一个资源；目的可以是资源标识或已交付的 IP", () => {
    const d = desiredOf(
      [
        newApp(1, [ecs("app", { quantity: 2 }), ecs("db")]),
        portsApp(2, [
          {
            source: "any",
            destination: "app",
            protocol: "tcp",
            ports: [443, 80],
            purpose: "new-service",
            description: "网站",
          },
          {
            source: "app",
            destination: "db",
            protocol: "tcp",
            ports: "5432-5433",
            purpose: "new-service",
            description: "数据库",
          },
          {
            source: "10.20.30.7",
            destination: "10.21.3.21",
            protocol: "icmp",
            purpose: "management",
            description: "ping",
          },
          {
            source: "any",
            destination: "10.99.0.1",
            protocol: "udp",
            ports: 53,
            purpose: "new-service",
            description: "DNS",
          },
        ]),
      ],
      [
        delivered(1, "2026-01-20", [
          {
            id: "app",
            instances: [
              { name: "app-1", ip: "10.21.3.11" },
              { name: "app-2", ip: "10.21.3.12" },
            ],
          },
          { id: "db", instances: [{ name: "db-1", ip: "10.21.3.21" }] },
        ]),
      ],
    );
    expect(summary(d).rules).toEqual([
      ["system-internal-in-any-self", "any", null, null, "sg:system-internal"],
      ["app-sg-in-tcp-80-any", "tcp", 80, 80, "0.0.0.0/0"],
      ["app-sg-in-tcp-443-any", "tcp", 443, 443, "0.0.0.0/0"],
      ["db-sg-in-tcp-5432-5433-app", "tcp", 5432, 5433, "sg:app-sg"],
      ["db-sg-in-icmp-10-20-30-7", "icmp", null, null, "10.20.30.7/32"],
    ]);
    expect(d.notes.map((n) => n.message.zh)).toEqual([
      "端口策略（申请 2）的目的 10.99.0.1 不是本系统在用资源的标识或已交付的 IP：这条策略没有落到安全组。",
    ]);
  });

  it("关闭端口的申请删掉对应的规则", () => {
    const rule = {
      source: "any",
      destination: "app",
      protocol: "tcp" as const,
      ports: 443,
      purpose: "new-service" as const,
      description: "网站",
    };
    const d = desiredOf([newApp(1, [ecs("app")]), portsApp(2, [rule]), portsApp(3, [rule], "close")]);
    expect(summary(d).rules.map((r) => r[0])).toEqual(["system-internal-in-any-self"]);
  });

  it("弹性IP 一对一绑定：公网IP 按运营商选地址池；绑定负载均衡时绑到它的 VIP；台数不够时拒绝", () => {
    const d = desiredOf([
      newApp(1, [
        ecs("app", { quantity: 2 }),
        { id: "lb", service: "elb", purpose: "负载均衡" },
        {
          id: "ip-app",
          service: "eip",
          purpose: "公网",
          quantity: 2,
          network: "public",
          carrier: "unicom",
          bindTo: "app",
        },
        { id: "ip-lb", service: "eip", purpose: "政务外网", network: "govnet", bindTo: "lb" },
        { id: "ip-extra", service: "eip", purpose: "多了", quantity: 3, network: "govnet", bindTo: "app" },
      ]),
      portsApp(2, [
        {
          source: "any",
          destination: "lb",
          protocol: "tcp",
          ports: 443,
          purpose: "new-service",
          description: "网站",
        },
      ]),
    ]);
    const s = summary(d);
    expect(s.floatingIps).toEqual([
      ["ip-app-1", "public-unicom"],
      ["ip-app-2", "public-unicom"],
      ["ip-extra-1", "govnet"],
      ["ip-extra-2", "govnet"],
      ["ip-extra-3", "govnet"],
      ["ip-lb-1", "govnet"],
    ]);
    expect(s.bindings).toEqual([
      ["ip-app-1", "app-1-port"],
      ["ip-app-2", "app-2-port"],
      ["ip-extra-1", "app-1-port"],
      ["ip-extra-2", "app-2-port"],
      ["ip-lb-1", "lb-1"],
    ]);
    expect(d.refusals.map((r) => [r.code, r.resource])).toEqual([["bind-target", "ip-extra"]]);
    expect(d.specs.filter((x) => x.kind === "listener" || x.kind === "pool").map((x) => x.name)).toEqual([
      "lb-1-tcp-443",
      "lb-1-tcp-443-pool",
    ]);
  });

  it("系统申请了一个子网：主机与负载均衡放进去；前缀长度由 IP 数推出", () => {
    const d = desiredOf([
      newApp(1, [
        { id: "net", service: "vpc", purpose: "独立 VPC", name: "edu-vpc" },
        { id: "sub", service: "subnet", purpose: "子网", ips: 40 },
        ecs("app"),
      ]),
    ]);
    expect(d.specs.find((s) => s.kind === "subnet")).toMatchObject({
      name: "sub-1",
      network: "net-1",
      prefixLength: 26,
    });
    expect(d.specs.find((s) => s.name === "app-1-port")).toMatchObject({
      network: { kind: "subnet", subnet: "sub-1", network: "net-1" },
    });
  });

  it.each([
    [1, 29],
    [3, 29],
    [4, 28],
    [11, 28],
    [12, 27],
    [59, 26],
    [60, 25],
    [1000, 22],
    [100000, 16],
  ])("子网：%i 个 IP → /%i", (ips, prefix) => {
    expect(prefixLength(ips)).toBe(prefix);
  });

  it("端口：单个、列表（去重排序）、范围；ICMP 没有端口", () => {
    const rule = (ports: number | number[] | string, protocol: "tcp" | "icmp" = "tcp") => ({
      source: "any",
      destination: "app",
      protocol,
      ports,
      purpose: "new-service" as const,
      description: "x",
    });
    expect(portRanges(rule(443))).toEqual([[443, 443]]);
    expect(portRanges(rule([8080, 80, 8080]))).toEqual([
      [80, 80],
      [8080, 8080],
    ]);
    expect(portRanges(rule("8010-8000"))).toEqual([[8000, 8010]]);
    expect(portRanges(rule(0, "icmp"))).toEqual([]);
  });
});

describe("逻辑名稳定", () => {
  it("不取列表位置、用途或显示名：在前面插入资源、改用途都不改变已有资源的名字", () => {
    const before = desiredOf([newApp(1, [ecs("db"), ecs("app", { quantity: 2 })])]);
    const after = desiredOf([
      newApp(1, [ecs("cache-host"), ecs("app", { quantity: 2, purpose: "改了用途" }), ecs("db")]),
    ]);
    const names = (d: DesiredSystem) => d.specs.map((s) => s.name).filter((n) => !n.startsWith("cache-host"));
    expect(names(after).sort()).toEqual(names(before).sort());
  });

  it("两个资源拼出同一个逻辑名时拒绝", () => {
    const d = desiredOf([
      newApp(1, [
        ecs("web", { dataDisks: [{ sizeGB: 100, tier: "sata" }] }),
        { id: "web-1-data", service: "evs", purpose: "数据", capacityGB: 100, tier: "sata" },
      ]),
    ]);
    expect(d.refusals.map((r) => [r.code, r.resource])).toEqual([["name-collision", "web-1-data"]]);
  });
});
