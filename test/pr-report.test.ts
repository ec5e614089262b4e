import { describe, expect, it } from "vitest";
import { loadCatalog } from "../scripts/adapters/catalog-files.ts";
import { validate } from "../scripts/adapters/repository.ts";
import type { Application } from "../scripts/core/model.ts";
import { prReport } from "../scripts/core/report/pr-report.ts";
import { changeRows, describeConfig, summarize } from "../scripts/core/report/summary.ts";
import { memoryFs } from "../scripts/core/repository/fs.ts";
import { huaibei } from "../scripts/profiles/huaibei/index.ts";
import { shenzhen } from "../scripts/profiles/shenzhen/index.ts";
import { exampleFiles, TODAY } from "./helpers/repo.ts";

const catalog = loadCatalog("shenzhen");
const result = validate({ fs: memoryFs(exampleFiles()), scope: { kind: "all" }, lang: "zh", today: TODAY });
const item = (key: string, seq: number) => {
  const app = result.repo.applications.get(key)?.find((a) => a.data.sequence === seq);
  const before = result.histories.get(key)?.before.get(seq);
  if (!app || !before) throw new Error(`${key} ${seq}`);
  return { file: app.file, application: app.data, before, catalog, profile: shenzhen };
};

describe("what a merge will do, in plain Chinese", () => {
  it.each([
    [
      "sz-edu/student-registry",
      2,
      ["变更云主机 app（2 台）：vCPU 8→12 核，内存 16→24 GB，需关机（2026-12-05）"],
    ],
    [
      "sz-edu/student-registry",
      3,
      [
        "开放 TCP 443 至 app（来源 任意地址，政务公共网）",
        "开放 TCP 5432 至 db（来源 10.20.30.0/24，政务公共网）",
      ],
    ],
    [
      "sz-edu-exam/exam-registration",
      2,
      [
        "测试资源 test-web 续期 1 个月（到期日 2026-11-08 → 2026-12-08）",
        "测试资源 test-db 续期 1 个月（到期日 2026-11-08 → 2026-12-08）",
      ],
    ],
  ] as const)("%s #%i", (key, seq, lines) => {
    const i = item(key, seq);
    expect(summarize(i.application, i.before, catalog, shenzhen)).toEqual(lines);
  });

  it("the revocation names what goes and the data statement", () => {
    const i = item("sz-edu/campus-portal", 2);
    expect(summarize(i.application, i.before, catalog, shenzhen)[0]).toBe(
      "撤销云主机 cms（1 台，4核8GB，系统盘 100GB 高IO，数据盘 300GB 普通IO），数据已备份",
    );
    expect(changeRows(i.application, i.before, catalog)[0]).toEqual({
      resource: "cms",
      service: "云主机",
      before: "1 × 4核8GB，系统盘 100GB 高IO，数据盘 300GB 普通IO",
      after: "撤销",
    });
  });
});

describe("disk types named by the profile's catalog", () => {
  const config = {
    vcpu: 4,
    memoryGB: 8,
    systemDisk: { sizeGB: 100, tier: "sas" as const },
    dataDisks: [{ sizeGB: 500, tier: "ssd" as const }],
  };
  it("uses each city's own names (Shenzhen 高IO, Huaibei SAS硬盘), never another city's", () => {
    expect(describeConfig(config, loadCatalog("shenzhen").profile.diskTiers)).toBe(
      "4核8GB，系统盘 100GB 高IO，数据盘 500GB 超高IO",
    );
    const huaibei = describeConfig(config, loadCatalog("huaibei").profile.diskTiers);
    expect(huaibei).toBe("4核8GB，系统盘 100GB SAS硬盘，数据盘 500GB SSD硬盘");
    expect(huaibei).not.toMatch(/IO/);
  });
  it("calls test resources by the profile's own name (Huaibei 临时资源)", () => {
    const app = {
      kind: "application",
      profile: "huaibei",
      type: "test",
      sequence: 2,
      resources: [{ id: "tmp-1", service: "ecs", quantity: 1, vcpu: 4, memoryGB: 8 }],
      test: { months: 3 },
    } as unknown as Application;
    const before = { resources: new Map() } as unknown as Parameters<typeof summarize>[1];
    const [line] = summarize(app, before, loadCatalog("huaibei"), huaibei);
    expect(line).toMatch(/^新增临时资源 1 台/);
    expect(summarize(app, before, loadCatalog("shenzhen"), shenzhen)[0]).toMatch(/^新增测试资源 1 台/);
  });
  it("says the network of a port rule only when the application names one (Huaibei's filing has none)", () => {
    const rules = [{ source: "10.55.1.0/24", destination: "app", protocol: "tcp", ports: 22 }];
    const before = { resources: new Map() } as unknown as Parameters<typeof summarize>[1];
    const filing = { kind: "application", profile: "huaibei", type: "ports", sequence: 3, ports: { rules } };
    expect(summarize(filing as unknown as Application, before, loadCatalog("huaibei"), huaibei)).toEqual([
      "开放 TCP 22 至 app（来源 10.55.1.0/24）",
    ]);
    const shenzhenPorts = { ...filing, profile: "shenzhen", ports: { rules, network: "public" } };
    expect(
      summarize(shenzhenPorts as unknown as Application, before, loadCatalog("shenzhen"), shenzhen),
    ).toEqual(["开放 TCP 22 至 app（来源 10.55.1.0/24，政务公共网）"]);
  });
  it("writes the tier's id when the catalog does not name it", () => {
    expect(describeConfig(config)).toBe("4核8GB，系统盘 100GB sas，数据盘 500GB ssd");
  });
});

describe("prReport", () => {
  it("escapes what users wrote and turns findings into inline failures with the article", () => {
    const i = item("sz-edu/campus-portal", 1);
    const app = structuredClone(i.application) as Application & { type: "new" };
    app.resources[0] = {
      ...app.resources[0],
      purpose: "<script>alert(1)</script> **x** | y",
    } as (typeof app.resources)[0];
    const report = prReport({
      items: [{ ...i, application: app }],
      findings: [
        {
          rule: "schema",
          severity: "error",
          message: "字段 vcpu 为 7",
          file: i.file,
          line: 3,
          column: 5,
          path: "/x",
          citation: { profile: "shenzhen", attachment: "附件5", note: "3" },
        },
      ],
    });
    expect(report.markdown).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &#42;&#42;x&#42;&#42; &#124; y");
    expect(report.markdown).not.toContain("<script>");
    expect(report.fails).toEqual([{ message: "〔附件5 注3〕字段 vcpu 为 7", file: i.file, line: 3 }]);
    expect(report.markdown).toContain("❌ 1 个错误，0 个警告：改正错误后才能进入审查。");
    expect(report.markdown.startsWith("<!-- govcloud:report -->")).toBe(true);
  });
});
