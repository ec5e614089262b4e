import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { listProfiles, loadCatalog } from "../scripts/adapters/catalog-files.ts";
import type { CatalogItem, CatalogService } from "../scripts/core/catalog/types.ts";

const repoRoot = fileURLToPath(new URL("../", import.meta.url));
const catalog = loadCatalog("shenzhen");

const service = (id: string): CatalogService => {
  const found = catalog.serviceById.get(id);
  if (!found) throw new Error(`缺少服务 ${id}`);
  return found;
};
const item = (id: string): CatalogItem => {
  const found = catalog.itemById.get(id);
  if (!found) throw new Error(`缺少条目 ${id}`);
  return found;
};

/** 附件1 序号 → 条目 id → 所属服务。 */
const itemTable: [number, string, string][] = [
  [1, "ecs.kunpeng-2c4g", "ecs"],
  [2, "ecs.custom-vcpu", "ecs"],
  [3, "ecs.custom-memory", "ecs"],
  [4, "ecs.custom-4c8g", "ecs"],
  [5, "bms", "bms"],
  [6, "ai-compute", "ai-compute"],
  [7, "image", "image"],
  [8, "autoscaling", "autoscaling"],
  [9, "evs.sata", "evs"],
  [10, "evs.sas", "evs"],
  [11, "evs.ssd", "evs"],
  [12, "obs", "obs"],
  [13, "sfs", "sfs"],
  [14, "vpc", "vpc"],
  [15, "security-group", "security-group"],
  [16, "elb", "elb"],
  [17, "eip.public", "eip"],
  [18, "eip.govnet", "eip"],
  [19, "ipsec-vpn", "ipsec-vpn"],
  [20, "ssl-vpn.ops", "ssl-vpn"],
  [21, "ssl-vpn.business", "ssl-vpn"],
  [22, "backup", "backup"],
  [23, "dcs.single", "dcs"],
  [24, "dcs.ha", "dcs"],
  [25, "dcs.cluster", "dcs"],
  [26, "microservice", "microservice"],
  [27, "cce", "cce"],
  [28, "asm", "asm"],
  [29, "roma.base", "roma"],
  [30, "roma.increment", "roma"],
  [31, "apm", "apm"],
  [32, "cfw.100mbps", "cfw"],
  [33, "cfw.200mbps", "cfw"],
  [34, "kms", "kms"],
  [35, "dew", "dew"],
  [36, "situation.5gb", "situation"],
  [37, "situation.30gb", "situation"],
  [38, "hss", "hss"],
  [39, "container-security", "container-security"],
  [40, "vulnerability-scan", "vulnerability-scan"],
  [41, "log-audit.base", "log-audit"],
  [42, "log-audit.increment", "log-audit"],
  [43, "db-audit", "db-audit"],
  [44, "bastion.20", "bastion"],
  [45, "bastion.50", "bastion"],
  [46, "bastion.100", "bastion"],
  [47, "bastion.200", "bastion"],
  [48, "bastion.500", "bastion"],
  [49, "waf.base", "waf"],
  [50, "waf.increment", "waf"],
  [51, "web-tamper", "web-tamper"],
  [52, "crypto-kms", "crypto-kms"],
  [53, "crypto-encryption", "crypto-encryption"],
  [54, "crypto-signature", "crypto-signature"],
  [55, "crypto-e-seal", "crypto-e-seal"],
  [56, "crypto-cosign", "crypto-cosign"],
  [57, "crypto-tde", "crypto-tde"],
  [58, "crypto-timestamp", "crypto-timestamp"],
  [59, "crypto-sslvpn-gateway", "crypto-sslvpn-gateway"],
];

/** 附件2 全部行（按原表顺序）：服务 id、三级服务、是否允许变更（新增、撤销均为 √）。 */
const annex2: [string, string, boolean][] = [
  ["ecs", "云主机服务", true],
  ["bms", "裸金属服务", true],
  ["ai-compute", "AI算力服务", true],
  ["image", "镜像服务", true],
  ["autoscaling", "弹性伸缩服务", true],
  ["evs", "云硬盘存储", true],
  ["obs", "对象存储", true],
  ["sfs", "文件存储", true],
  ["vpc", "虚拟私有云", false],
  ["security-group", "安全组服务", false],
  ["elb", "负载均衡", true],
  ["eip", "弹性IP", true],
  ["ipsec-vpn", "虚拟专用网络-IPSec VPN", true],
  ["ssl-vpn", "虚拟专用网络-SSL VPN", true],
  ["backup", "数据备份", true],
  ["ecs-dr", "云主机容灾", true],
  ["bms-dr", "裸金属容灾", true],
  ["dcs", "分布式缓存", true],
  ["microservice", "微服务", true],
  ["cce", "容器服务", true],
  ["asm", "应用服务网格", true],
  ["roma", "应用与数据集成平台服务", true],
  ["apm", "APM应用性能管理", true],
  ["cfw", "云防火墙服务", false],
  ["kms", "云密钥管理服务", false],
  ["dew", "数据加解密服务", false],
  ["situation", "安全态势感知服务", true],
  ["hss", "主机安全服务", false],
  ["container-security", "容器安全服务", false],
  ["vulnerability-scan", "漏洞扫描服务", false],
  ["log-audit", "日志审计服务", true],
  ["db-audit", "数据库审计服务", true],
  ["bastion", "云堡垒机服务", true],
  ["waf", "Web应用防火墙服务", true],
  ["web-tamper", "云安全网页防篡改服务", false],
  ["crypto-kms", "密钥管理服务", true],
  ["crypto-encryption", "加解密服务", true],
  ["crypto-signature", "签名验签服务", true],
  ["crypto-e-seal", "电子签章服务（服务端）", true],
  ["crypto-cosign", "协同签名服务", true],
  ["crypto-tde", "数据库透明加密服务", true],
  ["crypto-timestamp", "时间戳服务", true],
  ["crypto-sslvpn-gateway", "SSL VPN安全网关服务", true],
];

describe("附件1 服务目录", () => {
  it("共 59 项，序号 1..59 依次排列", () => {
    expect(catalog.items).toHaveLength(59);
    expect(catalog.items.map((i) => i.no)).toEqual(Array.from({ length: 59 }, (_, i) => i + 1));
  });

  it("条目 id 与对照表完全一致", () => {
    expect(catalog.items.map((i) => i.id)).toEqual(itemTable.map(([, id]) => id));
  });

  it.each(itemTable)("第 %i 项 %s 属于服务 %s", (no, id, serviceId) => {
    const found = item(id);
    expect(found.no).toBe(no);
    expect(found.service).toBe(serviceId);
    expect(catalog.serviceById.has(serviceId)).toBe(true);
  });

  it.each([
    [5, true],
    [6, true],
    [11, true],
    [1, false],
    [9, false],
    [10, false],
  ])("第 %i 项 consultation = %s", (no, expected) => {
    expect(catalog.items[no - 1]?.consultation).toBe(expected);
  });

  it("只有第 5、6、11 项须事先沟通", () => {
    expect(catalog.items.filter((i) => i.consultation).map((i) => i.no)).toEqual([5, 6, 11]);
  });

  it("只有容器安全服务标注规划中", () => {
    expect(catalog.items.filter((i) => i.planned).map((i) => i.id)).toEqual(["container-security"]);
    expect(item("container-security").config).toContain("（规划中）");
  });

  it.each([
    ["ecs.kunpeng-2c4g", "IaaS", "计算", "云主机服务-类型1", "鲲鹏云主机：2核、4GB内存", "台"],
    ["ecs.custom-vcpu", "IaaS", "计算", "云主机服务-类型1", "定制化虚拟机服务（2核/单位）", "2核"],
    ["ecs.custom-memory", "IaaS", "计算", "云主机服务-类型1", "定制化虚拟机服务（4G内存/单位）", "4GB"],
    ["ecs.custom-4c8g", "IaaS", "计算", "云主机服务-类型2", "定制型云主机：4核、8GB内存", "台"],
    ["evs.sata", "IaaS", "存储", "云硬盘存储", "普通IO云硬盘(SATA)，100GB", "100GB"],
    ["backup", "灾备", "灾备服务", "数据备份", undefined, "TB"],
    ["dcs.cluster", "PaaS", "分布式缓存", "分布式缓存", "集群版，1GB", "GB"],
    ["vulnerability-scan", "安全", "租户安全服务", "漏洞扫描服务", undefined, "次"],
    ["crypto-tde", "安全", "密码服务", "数据库透明加密服务", undefined, "实例"],
    ["crypto-sslvpn-gateway", "安全", "密码服务", "SSL VPN安全网关服务", undefined, "套"],
  ])("%s：%s / %s / %s", (id, level1, level2, level3, config, unit) => {
    const found = item(id);
    expect([found.level1, found.level2, found.level3, found.unit]).toEqual([level1, level2, level3, unit]);
    if (config !== undefined) expect(found.config).toBe(config);
  });

  it("多行服务配置保留原文换行", () => {
    expect(item("roma.base").config).toBe(
      "基础包25个连接：\n提供轻量化消息、数据、API、设备等集成能力，支持云上云下、跨区域集成等功能",
    );
    expect(item("crypto-cosign").config.split("\n")).toHaveLength(3);
  });
});

describe("附件2 云服务申请类型", () => {
  it("服务顺序与附件2 一致，表单专有服务在后", () => {
    const ids = catalog.services.map((s) => s.id);
    expect(ids.slice(0, annex2.length)).toEqual(annex2.map(([id]) => id));
    expect(ids.slice(annex2.length)).toEqual(["cce-node", "private-ip", "subnet"]);
  });

  it.each(annex2)("%s（%s）变更 = %s，新增与撤销均允许", (id, level3, change) => {
    const s = service(id);
    expect(s.level3).toBe(level3);
    expect(s.changeTypes).toEqual({ new: true, change, revoke: true });
    expect(s.formOnly).toBeUndefined();
  });

  it.each(["cce-node", "private-ip", "subnet"])("表单专有服务 %s：formOnly，三种申请类型均允许", (id) => {
    const s = service(id);
    expect(s.formOnly).toBe(true);
    expect(s.changeTypes).toEqual({ new: true, change: true, revoke: true });
    expect(catalog.items.some((i) => i.service === id)).toBe(false);
  });

  it("容器计算节点须与容器管理搭配", () => {
    expect(service("cce-node")).toMatchObject({ shape: "compute", requires: "cce", level3: "容器计算节点" });
    expect(service("cce").name).toBe("容器管理");
  });

  it.each(["ecs-dr", "bms-dr"])("%s 只在附件2 中出现，目录中无条目", (id) => {
    expect(catalog.items.some((i) => i.service === id)).toBe(false);
  });

  it("每个服务都有目录条目，除附件2 的容灾两项与表单专有服务", () => {
    const withItems = new Set(catalog.items.map((i) => i.service));
    const without = catalog.services.filter((s) => !withItems.has(s.id)).map((s) => s.id);
    expect(without).toEqual(["ecs-dr", "bms-dr", "cce-node", "private-ip", "subnet"]);
  });

  it.each([
    ["bms", { cpuFixed: true }, "不可变更CPU"],
    ["ai-compute", { noOnlineChange: true }, "不可在线变更"],
    ["evs", { noShrink: true }, "不可缩容变更"],
    ["sfs", { noShrink: true }, "不可缩容变更"],
  ])("%s 变更限制 %o（备注：%s）", (id, limits, remark) => {
    expect(service(id).changeLimits).toEqual(limits);
    expect(service(id).remark).toBe(remark);
  });

  it("只有上述四项有变更限制", () => {
    expect(catalog.services.filter((s) => s.changeLimits).map((s) => s.id)).toEqual([
      "bms",
      "ai-compute",
      "evs",
      "sfs",
    ]);
  });

  it.each([
    ["holdsData", ["ecs", "bms", "ai-compute", "evs", "obs", "sfs", "backup", "dcs", "cce-node"]],
    ["hostBound", ["cfw", "hss", "web-tamper"]],
    ["consultation", ["bms", "ai-compute"]],
  ] as const)("%s 标记：%j", (flag, ids) => {
    expect(catalog.services.filter((s) => s[flag]).map((s) => s.id)).toEqual(ids);
  });

  it("漏洞扫描每月最多两次", () => {
    expect(service("vulnerability-scan").maxPerMonth).toBe(2);
  });
});

describe("配置形态", () => {
  it.each([
    ["ecs", "compute"],
    ["bms", "compute"],
    ["ai-compute", "compute"],
    ["cce-node", "compute"],
    ["evs", "capacity"],
    ["obs", "capacity"],
    ["sfs", "capacity"],
    ["backup", "capacity"],
    ["microservice", "vcpu"],
    ["cce", "vcpu"],
    ["asm", "vcpu"],
    ["dcs", "cache"],
    ["roma", "package"],
    ["log-audit", "package"],
    ["waf", "package"],
    ["cfw", "choice"],
    ["situation", "choice"],
    ["bastion", "choice"],
    ["ssl-vpn", "connections"],
    ["vpc", "count"],
    ["db-audit", "count"],
    ["crypto-timestamp", "count"],
  ])("%s 的形态为 %s", (id, shape) => {
    expect(service(id).shape).toBe(shape);
  });

  it.each([
    ["roma", "roma.base", "roma.increment", 25, "connections", "个"],
    ["log-audit", "log-audit.base", "log-audit.increment", 50, "logSources", "个"],
    ["waf", "waf.base", "waf.increment", 25, "bandwidthMbps", "Mbps"],
  ])("%s 套餐：%s + %s，每 %i", (id, baseItem, incrementItem, amount, field, unit) => {
    expect(service(id).package).toMatchObject({
      baseItem,
      incrementItem,
      baseAmount: amount,
      incrementAmount: amount,
      measure: { field, unit },
    });
  });

  it.each([
    ["bastion", "assets", [20, 50, 100, 200, 500]],
    ["cfw", "bandwidthMbps", [100, 200]],
    ["situation", "dailyGB", [5, 30]],
  ])("%s 可选 %s：%j", (id, field, values) => {
    const choice = service(id).choice;
    expect(choice?.field).toBe(field);
    expect(choice?.options.map((o) => o.value)).toEqual(values);
    for (const option of choice?.options ?? []) expect(item(option.item).service).toBe(id);
  });

  it.each([
    ["single", "单机版", "dcs.single", [2, 4, 8, 16, 32, 64]],
    ["ha", "主备版", "dcs.ha", [2, 4, 8, 16, 32, 64]],
    ["cluster", "集群版", "dcs.cluster", [64, 128, 256]],
  ])("分布式缓存 %s（%s）→ %s 容量 %j", (id, label, itemId, sizes) => {
    expect(service("dcs").cache?.find((c) => c.id === id)).toEqual({
      id,
      label,
      item: itemId,
      sizesGB: sizes,
    });
  });
});

describe("profile", () => {
  const { profile } = catalog;

  it("基本信息与云环境", () => {
    expect(profile.id).toBe("shenzhen");
    expect(profile.title).toBe("深圳市政务云服务申请规范");
    expect(profile.environments).toEqual([
      { id: "arm", label: "国产环境（ARM）" },
      { id: "x86", label: "非国产环境（X86）" },
    ]);
  });

  it("附件5 注3 数量粒度", () => {
    expect(profile.granularity).toEqual({
      vcpu: { multiple: 2, min: 2 },
      memoryGB: { multiple: 4, min: 4 },
      capacityGB: { multiple: 100, min: 100 },
      systemDiskGB: { default: 100 },
      sslVpnConnections: { multiple: 10 },
    });
  });

  it("磁盘类型对应第 9–11 项，超高IO 须沟通", () => {
    expect(profile.diskTiers.map((t) => [t.id, t.label, t.item, t.consultation])).toEqual([
      ["sata", "普通IO", "evs.sata", false],
      ["sas", "高IO", "evs.sas", false],
      ["ssd", "超高IO", "evs.ssd", true],
    ]);
  });

  it("有效期与测试资源", () => {
    expect(profile.applicationValidityMonths).toBe(3);
    expect(profile.testResources).toEqual({
      maxPeriodMonths: 3,
      maxTotalMonths: 6,
      periods: [
        { weeks: 1 },
        { weeks: 2 },
        { weeks: 3 },
        { weeks: 4 },
        { months: 1 },
        { months: 2 },
        { months: 3 },
      ],
    });
  });

  it.each([
    ["new", 1, 3, 3, undefined],
    ["change", 1, 3, 3, "shutdown-day"],
    ["revoke", 1, 2, "shutdown-day", undefined],
    ["ports", 1, 2, 2, undefined],
    ["test", 1, 3, 3, undefined],
    ["test-renewal", 1, 3, 3, undefined],
  ] as const)(
    "%s 时限：审查 %s、审批 %s、实施 %s",
    (type, review, approval, implementation, withShutdown) => {
      const clock = profile.clocks[type];
      expect([clock.review, clock.approval, clock.implementation]).toEqual([
        review,
        approval,
        implementation,
      ]);
      expect(clock.implementationWithShutdown).toBe(withShutdown);
      expect(clock.citation).toMatch(/^第/);
    },
  );

  /** 第5–9章各章的发起、审查、审批、实施条款；咨询评估见第23、29、51条与第14条(1)；过期见附件5 注5、附件8 注4。 */
  it.each([
    ["new", "第21条", "第22条", "第23条", "第23条", "第24条", "附件5"],
    ["change", "第27条", "第28条", "第29条", "第29条", "第30条", "附件5"],
    ["revoke", "第33条", "第34条", "第14条(1)", "第35条", "第36条", "附件5"],
    ["ports", "第40条", "第41条", "第14条(1)", "第42条", "第43条", "附件8"],
    ["test", "第49条", "第50条", "第51条", "第51条", "第52条", "附件5"],
    ["test-renewal", "第49条", "第50条", "第51条", "第51条", "第52条", "附件5"],
  ] as const)(
    "%s 各阶段的条款：发起 %s、审查 %s、咨询评估 %s、审批 %s、实施 %s、过期 %s",
    (type, initiation, review, consultation, approval, implementation, expired) => {
      const c = profile.clocks[type].citations;
      const show = (x: (typeof c)["review"]) =>
        "article" in x ? `${x.article}${x.clause ?? ""}` : x.attachment;
      expect(
        [c.initiation, c.review, c.consultation, c.approval, c.implementation, c.expired].map(show),
      ).toEqual([initiation, review, consultation, approval, implementation, expired]);
      expect(c.expired).toEqual({ attachment: expired, note: type === "ports" ? "4" : "5" });
    },
  );

  it("审查流程的其余条款（审批职责、授权、授权委托书）与审批机构", () => {
    expect(profile.reviewCitations).toEqual({
      approvalAuthority: { article: "第11条", clause: "(2)" },
      authorization: { article: "第17条" },
      authorizationLetter: { attachment: "附件3" },
    });
    expect(profile.reviewAuthority).toBe("市大数据资源管理中心");
  });
});

describe("loadCatalog / listProfiles", () => {
  it("按 (root, profile) 缓存", () => {
    expect(loadCatalog("shenzhen")).toBe(catalog);
    expect(loadCatalog("shenzhen", repoRoot)).toBe(catalog);
  });

  it("索引覆盖全部条目与服务", () => {
    expect(catalog.itemById.size).toBe(catalog.items.length);
    expect(catalog.serviceById.size).toBe(catalog.services.length);
  });

  it("listProfiles 包含 shenzhen", () => {
    expect(listProfiles()).toContain("shenzhen");
  });

  it("拒绝不合法的 profile 名", () => {
    expect(() => loadCatalog("../shenzhen")).toThrow(/profile/);
  });
});

describe("loadCatalog 拒绝损坏的目录", () => {
  const source = join(repoRoot, "catalog", "shenzhen");
  const tmp = mkdtempSync(join(tmpdir(), "catalog-test-"));
  let counter = 0;

  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  type Doc = Record<string, unknown> & {
    items: Record<string, unknown>[];
    services: Record<string, unknown>[];
  };
  type Mutation = (docs: { profile: Record<string, unknown>; items: Doc; services: Doc }) => void;

  /** 复制一份目录到临时 root，按 mutate 修改后加载。 */
  function loadBroken(mutate: Mutation): () => unknown {
    const root = join(tmp, `case-${++counter}`);
    const dir = join(root, "catalog", "shenzhen");
    cpSync(source, dir, { recursive: true });
    const readDoc = (name: string) => parse(readFileSync(join(dir, name), "utf8"));
    const docs = {
      profile: readDoc("profile.yaml"),
      items: readDoc("items.yaml"),
      services: readDoc("services.yaml"),
    };
    mutate(docs);
    writeFileSync(join(dir, "profile.yaml"), stringify(docs.profile));
    writeFileSync(join(dir, "items.yaml"), stringify(docs.items));
    writeFileSync(join(dir, "services.yaml"), stringify(docs.services));
    return () => loadCatalog("shenzhen", root);
  }

  const at = <T>(list: T[], index: number): T => {
    const value = list[index];
    if (value === undefined) throw new Error(`index ${index} out of range`);
    return value;
  };

  it("未修改的副本可以加载", () => {
    const load = loadBroken(() => {});
    expect(load()).not.toBe(catalog);
    expect((load() as typeof catalog).items).toHaveLength(59);
  });

  it.each<[string, Mutation, RegExp]>([
    [
      "条目引用未知服务",
      ({ items }) => {
        at(items.items, 6).service = "no-such-service";
      },
      /items\.yaml.*\/items\/6\/service.*未知服务 no-such-service/,
    ],
    [
      "条目 id 重复",
      ({ items }) => {
        at(items.items, 1).id = "ecs.kunpeng-2c4g";
      },
      /items\.yaml.*条目 id 重复：ecs\.kunpeng-2c4g/,
    ],
    [
      "序号重复",
      ({ items }) => {
        at(items.items, 2).no = 2;
      },
      /序号重复：2[\s\S]*缺少 3/,
    ],
    [
      "序号不连续",
      ({ items }) => {
        at(items.items, 58).no = 60;
      },
      /序号须为 1\.\.59 连续，缺少 59，超出范围 60/,
    ],
    [
      "服务 id 重复",
      ({ services }) => {
        at(services.services, 1).id = "ecs";
      },
      /services\.yaml.*服务 id 重复：ecs/,
    ],
    [
      "requires 指向未知服务",
      ({ services }) => {
        const node = services.services.find((s) => s.id === "cce-node");
        if (node) node.requires = "k8s";
      },
      /依赖未知服务 k8s/,
    ],
    [
      "套餐引用不存在的条目",
      ({ services }) => {
        const waf = services.services.find((s) => s.id === "waf") as { package: { incrementItem: string } };
        waf.package.incrementItem = "waf.extra";
      },
      /服务 waf 引用了不存在的条目 waf\.extra/,
    ],
    [
      "规格引用其他服务的条目",
      ({ services }) => {
        const bastion = services.services.find((s) => s.id === "bastion") as {
          choice: { options: { item: string }[] };
        };
        at(bastion.choice.options, 0).item = "cfw.100mbps";
      },
      /服务 bastion 引用的条目 cfw\.100mbps 属于服务 cfw/,
    ],
    [
      "缓存版本引用不存在的条目",
      ({ services }) => {
        const dcs = services.services.find((s) => s.id === "dcs") as { cache: { item: string }[] };
        at(dcs.cache, 2).item = "dcs.huge";
      },
      /服务 dcs 引用了不存在的条目 dcs\.huge/,
    ],
    [
      "磁盘类型引用不存在的条目",
      ({ profile }) => {
        at(profile.diskTiers as { item: string }[], 2).item = "evs.nvme";
      },
      /profile\.yaml.*磁盘类型 ssd 引用了不存在的条目 evs\.nvme/,
    ],
    [
      "schema：条目多出字段",
      ({ items }) => {
        at(items.items, 0).price = 100;
      },
      /items\.yaml: \/items\/0 must NOT have additional properties：price/,
    ],
    [
      "schema：changeTypes 不是布尔值",
      ({ services }) => {
        at(services.services, 8).changeTypes = { new: true, change: "-", revoke: true };
      },
      /services\.yaml: \/services\/8\/changeTypes\/change must be boolean/,
    ],
    [
      "schema：package 形态缺少 package",
      ({ services }) => {
        const roma = services.services.find((s) => s.id === "roma");
        if (roma) delete roma.package;
      },
      /services\.yaml: \/services\/21 must have required property 'package'/,
    ],
    [
      "schema：profile 粒度为 0",
      ({ profile }) => {
        (profile.granularity as { vcpu: { min: number } }).vcpu.min = 0;
      },
      /profile\.yaml: \/profile\/granularity\/vcpu\/min must be >= 1/,
    ],
    [
      "schema：某类申请缺少一个阶段的条款",
      ({ profile }) => {
        const clocks = profile.clocks as Record<string, { citations: Record<string, unknown> }>;
        delete clocks.ports?.citations.consultation;
      },
      /profile\.yaml: \/profile\/clocks\/ports\/citations must have required property 'consultation'/,
    ],
    [
      "schema：款写进了条",
      ({ profile }) => {
        (profile.reviewCitations as { approvalAuthority: unknown }).approvalAuthority = {
          article: "第11条(2)",
        };
      },
      /profile\.yaml: \/profile\/reviewCitations\/approvalAuthority\/article must match pattern/,
    ],
    [
      "schema：缺少审查流程的其余条款",
      ({ profile }) => {
        delete profile.reviewCitations;
      },
      /profile\.yaml: \/profile must have required property 'reviewCitations'/,
    ],
    [
      "顶层多出键",
      ({ items }) => {
        items.extra = [];
      },
      /items\.yaml：顶层只允许 `items`/,
    ],
  ])("%s", (_name, mutate, message) => {
    expect(loadBroken(mutate)).toThrow(message);
  });

  it("YAML 语法错误时指明文件", () => {
    const root = join(tmp, "bad-yaml");
    const dir = join(root, "catalog", "shenzhen");
    cpSync(source, dir, { recursive: true });
    writeFileSync(join(dir, "services.yaml"), "services: [\n");
    expect(() => loadCatalog("shenzhen", root)).toThrow(/catalog\/shenzhen\/services\.yaml：YAML 解析失败/);
  });

  it("缺少文件时指明文件", () => {
    const root = join(tmp, "missing");
    expect(() => loadCatalog("shenzhen", root)).toThrow(/catalog\/shenzhen\/profile\.yaml：无法读取/);
  });
});
