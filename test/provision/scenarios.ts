import type { CloudSite } from "../../pulumi/settings.ts";
import type { Application, Resource } from "../../scripts/core/model.ts";
import type { DesiredSystem } from "../../scripts/core/provision/types.ts";
import { changeApp, delivered, desiredOf, ecs, newApp, portsApp, revokeApp } from "./helpers.ts";

/**
 * 手写的历史，合起来用到每一种由 OpenStack 创建的服务（云主机、云硬盘、对象存储、文件存储、弹性IP、安全组、
 * 负载均衡、VPC、子网）和每一种拒绝与提醒。golden 测试（plan-golden、pulumi-golden）记下它们的期望状态与
 * Pulumi 资源，重构前后逐字节比较。
 */

const testApp = (sequence: number, resources: Resource[]): Application => ({
  kind: "application",
  profile: "shenzhen",
  unit: "测试单位",
  system: "测试系统",
  sequence,
  date: "2026-02-01",
  type: "test",
  test: { period: { months: 1 }, expectedLaunch: "2026-03-01" },
  resources,
  estimate: {},
});

const hostConfig = (extra: object) => ({
  vcpu: 8,
  memoryGB: 16,
  systemDisk: { sizeGB: 100, tier: "sas" as const },
  ...extra,
});

/** 每种服务都有：VPC 与一个子网、两台应用主机、数据库、云硬盘、桶、文件共享、弹性IP、负载均衡、安全组、人工服务。 */
function everyService(): DesiredSystem {
  const created = newApp(1, [
    { id: "net", service: "vpc", purpose: "VPC", name: "edu-vpc" },
    { id: "sub", service: "subnet", purpose: "子网", ips: 40 },
    ecs("app", { quantity: 2, vcpu: 8, memoryGB: 16, dataDisks: [{ sizeGB: 200, tier: "sas" }] }),
    ecs("db", { vcpu: 8, memoryGB: 32 }),
    { id: "disk", service: "evs", purpose: "数据盘", capacityGB: 300, tier: "ssd", attachTo: "db" },
    { id: "files", service: "obs", purpose: "附件", capacityGB: 100 },
    { id: "share", service: "sfs", purpose: "共享", capacityGB: 500 },
    {
      id: "ip-app",
      service: "eip",
      purpose: "公网",
      quantity: 2,
      network: "public",
      carrier: "unicom",
      bindTo: "app",
    },
    { id: "lb", service: "elb", purpose: "负载均衡" },
    { id: "ip-lb", service: "eip", purpose: "政务外网", network: "govnet", bindTo: "lb" },
    { id: "sg", service: "security-group", purpose: "安全组", quantity: 2 },
    { id: "cache", service: "dcs", purpose: "缓存", edition: "ha", sizeGB: 4 },
  ]);
  const ports = portsApp(2, [
    {
      source: "any",
      destination: "lb",
      protocol: "tcp",
      ports: [443, 80],
      purpose: "new-service",
      description: "网站",
    },
    {
      source: "app",
      destination: "db",
      protocol: "tcp",
      ports: 5432,
      purpose: "new-service",
      description: "库",
    },
    {
      source: "10.0.0.0/8",
      destination: "sg",
      protocol: "udp",
      ports: "1000-1010",
      purpose: "new-service",
      description: "u",
    },
    {
      source: "10.20.30.7",
      destination: "10.21.3.11",
      protocol: "icmp",
      purpose: "management",
      description: "ping",
    },
    {
      source: "2001:db8::/32",
      destination: "app",
      protocol: "tcp",
      ports: 22,
      purpose: "management",
      description: "v6",
    },
    {
      source: "any",
      destination: "cache",
      protocol: "tcp",
      ports: 6379,
      purpose: "new-service",
      description: "缓存",
    },
    {
      source: "any",
      destination: "10.99.0.1",
      protocol: "udp",
      ports: 53,
      purpose: "new-service",
      description: "DNS",
    },
  ]);
  const grow = changeApp(3, [
    {
      resource: "app",
      before: hostConfig({ dataDisks: [{ sizeGB: 200, tier: "sas" }] }),
      after: hostConfig({
        vcpu: 12,
        memoryGB: 24,
        dataDisks: [
          { sizeGB: 500, tier: "sas" },
          { sizeGB: 100, tier: "ssd" },
        ],
      }),
    },
    { resource: "share", before: { capacityGB: 500 }, after: { capacityGB: 800 } },
  ]);
  const trial = testApp(4, [ecs("trial", { systemDisk: { sizeGB: 60, tier: "sata" } })]);
  const revoke = revokeApp(5, [{ resource: "db", dataBackup: "backed-up", keep: ["disk"] }]);
  return desiredOf(
    [created, ports, grow, trial, revoke],
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
      delivered(2, "2026-01-25"),
    ],
  );
}

/** 没有子网、没有交付记录的最小系统：主机放在站点网络里，全部新建。 */
function siteNetwork(): DesiredSystem {
  return desiredOf([
    newApp(1, [ecs("web", { quantity: 2 }), { id: "lb", service: "elb", purpose: "负载均衡", quantity: 2 }]),
    portsApp(2, [
      {
        source: "any",
        destination: "lb",
        protocol: "udp",
        ports: 53,
        purpose: "new-service",
        description: "d",
      },
    ]),
  ]);
}

/** 拒绝与提醒：缩小、换类型、删掉数据盘、没有写明数据的撤销、绑定与挂载目标、重名、多个子网。 */
function refusals(): DesiredSystem {
  const host = ecs("app", {
    vcpu: 8,
    memoryGB: 16,
    dataDisks: [
      { sizeGB: 200, tier: "sas" },
      { sizeGB: 50, tier: "sata" },
    ],
  });
  return desiredOf(
    [
      newApp(1, [
        host,
        ecs("web", { dataDisks: [{ sizeGB: 100, tier: "sata" }] }),
        { id: "web-1-data", service: "evs", purpose: "重名", capacityGB: 100, tier: "sata" },
        { id: "sub-a", service: "subnet", purpose: "子网", ips: 10 },
        { id: "sub-b", service: "subnet", purpose: "子网", ips: 100, quantity: 2 },
        { id: "files", service: "obs", purpose: "桶", capacityGB: 10 },
        { id: "ip", service: "eip", purpose: "绑桶", network: "govnet", bindTo: "files" },
        { id: "ip-none", service: "eip", purpose: "绑不存在", network: "govnet", bindTo: "ghost" },
        { id: "ip-many", service: "eip", purpose: "多了", network: "govnet", quantity: 2, bindTo: "web" },
        { id: "d-obs", service: "evs", purpose: "挂桶", capacityGB: 10, tier: "sata", attachTo: "files" },
        {
          id: "d-many",
          service: "evs",
          purpose: "多了",
          capacityGB: 10,
          tier: "sata",
          quantity: 2,
          attachTo: "web",
        },
        { id: "gone", service: "ecs", purpose: "将撤销", vcpu: 2, memoryGB: 4 },
      ]),
      changeApp(2, [
        {
          resource: "app",
          before: hostConfig({}),
          after: hostConfig({ dataDisks: [{ sizeGB: 100, tier: "ssd" }] }),
        },
      ]),
      revokeApp(3, [{ resource: "gone", dataBackup: "no-data" }]),
    ],
    [delivered(1, "2026-01-20")],
  );
}

export const scenarios = (): Record<string, DesiredSystem> => ({
  "every-service": everyService(),
  "site-network": siteNetwork(),
  refusals: refusals(),
});

/** 覆盖程序每个分支的站点：子网池、文件存储网络与类型、对象存储地址、负载均衡提供者、可用区、规格映射。 */
export const fullSite: CloudSite = {
  region: "x86-region",
  cloud: "govcloud-x86",
  network: "govnet-x86",
  image: "govcloud-base-x86",
  availabilityZone: "az1",
  volumeTypes: { sata: "SATA", sas: "SAS", ssd: "SSD" },
  floatingIpPools: { govnet: "govnet-ext", "public-unicom": "public-unicom" },
  flavors: { c12m24: "s6.3xlarge.2" },
  objectStorageEndpoint: "https://obs.example.invalid/",
  shareNetwork: "share-net",
  shareType: "nfs-default",
  subnetPool: "pool-x86",
  loadBalancerProvider: "amphora",
};
