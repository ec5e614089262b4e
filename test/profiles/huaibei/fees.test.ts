import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../../scripts/adapters/catalog-files.ts";
import { diskFs } from "../../../scripts/adapters/disk-fs.ts";
import { validate } from "../../../scripts/adapters/repository.ts";
import { feeGrowthPercent, monthlyFee, type PricedResource } from "../../../scripts/core/catalog/prices.ts";
import type { PriceBook } from "../../../scripts/core/catalog/types.ts";
import { foldSystem } from "../../../scripts/core/state/fold.ts";
import { carrierFee, feeGrowth } from "../../../scripts/profiles/huaibei/fees.ts";
import { repoRoot } from "../../helpers/repo.ts";

/**
 * 云服务费（第16条“云服务费增长超过50%”）：资源 + 价格表 → 月费用，纯函数。
 * 价格取自 catalog/huaibei/prices/telecom.yaml 的示例价格（vCPU 30 元/核、内存 15 元/GB、SATA 0.3、SAS 0.5 元/GB、
 * 公网地址 50 元/个、中配裸金属 2500 元/台）。
 */

const catalog = loadCatalog("huaibei");
const fee = (resources: PricedResource[]) => {
  const f = carrierFee(catalog, "telecom", resources);
  if (!f) throw new Error("no telecom price book");
  return f;
};

const app: PricedResource = {
  id: "app",
  service: "vm",
  vcpu: 8,
  memoryGB: 16,
  systemDisk: { sizeGB: 100, tier: "sas" },
  dataDisks: [{ sizeGB: 500, tier: "sas" }],
  quantity: 2,
};

describe("monthly fee from the price book", () => {
  it.each<[string, PricedResource[], number]>([
    ["two servers: CPU, memory and SAS disks, times the quantity", [app], 2 * (8 * 30 + 16 * 15 + 600 * 0.5)],
    [
      "a disk without a tier is priced as the default SATA",
      [
        {
          id: "web",
          service: "vm",
          vcpu: 4,
          memoryGB: 8, // 淮北的磁盘可以不写类型（默认 SATA）；引擎的 Disk 类型要求 tier
          systemDisk: { sizeGB: 100 } as unknown as PricedResource["systemDisk"],
          quantity: 1,
        },
      ],
      4 * 30 + 8 * 15 + 100 * 0.3,
    ],
    [
      "a quantity of 0 (注3: not needed) costs nothing",
      [{ id: "ip", service: "ip-internet", quantity: 0 }],
      0,
    ],
    ["a count service without quantity counts one", [{ id: "lb", service: "slb-l7" }], 150],
    ["bandwidth by Mbps", [{ id: "line", service: "bandwidth-line", bandwidthMbps: 20 }], 20 * 60],
    ["bare metal by its grade", [{ id: "bm", service: "bare-metal", grade: "medium", quantity: 1 }], 2500],
    [
      "hosted devices by their U",
      [{ id: "d", service: "hosted-device", units: 2, quantity: 4 }],
      2 * 4 * 150,
    ],
    [
      "1U/2U/4U device hosting by its size",
      [{ id: "d", service: "device-hosting", units: 4, quantity: 2 }],
      2 * 650,
    ],
  ])("%s", (_what, resources, total) => {
    const f = fee(resources);
    expect(f.totalYuan).toBe(Math.round(total * 100) / 100);
    expect(f.unpriced).toEqual([]);
    expect(f.example).toBe(true);
  });

  it("lists each priced line with its measure", () => {
    expect(fee([app]).lines).toEqual([
      { resource: "app", service: "vm", measure: "vcpu", amount: 16, yuan: 30, fee: 480 },
      { resource: "app", service: "vm", measure: "memoryGB", amount: 32, yuan: 15, fee: 480 },
      { resource: "app", service: "vm", measure: "disk:sas", amount: 1200, yuan: 0.5, fee: 600 },
    ]);
  });

  it("names resources whose service has no price", () => {
    const book: PriceBook = { lines: [{ service: "vm", per: "vcpu", yuan: 1 }] };
    const f = monthlyFee([app, { id: "nat", service: "nat-gateway" }], book);
    expect(f).toEqual({
      totalYuan: 16,
      lines: [{ resource: "app", service: "vm", measure: "vcpu", amount: 16, yuan: 1, fee: 16 }],
      unpriced: ["nat"],
      example: false,
    });
  });

  it("is additive: the fee of two lists is the sum of their fees", () => {
    const pool: PricedResource[] = [];
    for (let n = 0; n < 24; n++)
      pool.push({
        id: `r${n}`,
        service: ["vm", "ip-govnet", "object-storage", "bandwidth-internet"][n % 4] as string,
        vcpu: 2 + (n % 5) * 2,
        memoryGB: 4 * (1 + (n % 3)),
        quantity: n % 4,
        capacityGB: 100 * n,
        bandwidthMbps: 10 * (n % 7),
      });
    for (let cut = 0; cut <= pool.length; cut += 5) {
      const whole = fee(pool).totalYuan;
      const parts = fee(pool.slice(0, cut)).totalYuan + fee(pool.slice(cut)).totalYuan;
      expect(Math.abs(whole - parts)).toBeLessThan(0.011);
    }
  });
});

describe("fee growth (第16条: more than 50 % is a major change)", () => {
  it.each([
    [1000, 1500, 50],
    [1000, 1501, 50.1],
    [1000, 500, -50],
    [0, 0, 0],
    [0, 10, Number.POSITIVE_INFINITY],
  ])("%d → %d is %d %%", (before, after, percent) => {
    expect(feeGrowthPercent(before, after)).toBeCloseTo(percent, 10);
  });

  it("compares two states of the example system: the scale-up adds 2 × (8 vCPU + 16 GB)", () => {
    const root = join(repoRoot, "examples/huaibei");
    const { repo } = validate({ fs: diskFs(root), scope: { kind: "all" }, lang: "zh", today: "2026-12-03" });
    const key = "hb-edu/smart-edu";
    const history = foldSystem(repo.applications.get(key) ?? [], repo.deliveries.get(key) ?? []);
    const before = history.before.get(2);
    if (!before) throw new Error("no state before the change");
    const growth = feeGrowth(catalog, "telecom", before, history.current);
    expect(growth).toBeDefined();
    expect((growth?.after.totalYuan ?? 0) - (growth?.before.totalYuan ?? 0)).toBeCloseTo(
      2 * (8 * 30 + 16 * 15),
      6,
    );
    expect(growth?.percent).toBeGreaterThan(0);
    expect(growth?.percent).toBeLessThan(50);
  });
});
