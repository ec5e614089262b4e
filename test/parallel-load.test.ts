import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, afterEach, describe, expect, it } from "vitest";
import { diskFs } from "../scripts/adapters/disk-fs.ts";
import { inlineLoader, loadPool } from "../scripts/adapters/load-pool.ts";
import { defaultCatalogs, validate } from "../scripts/adapters/repository.ts";
import { generateTree } from "../scripts/bench/generate.ts";
import type { Catalog } from "../scripts/core/catalog/types.ts";
import { memoryFs, type RepoFs, walk } from "../scripts/core/repository/fs.ts";
import { loadRepository, parallelDefaults, type Repository } from "../scripts/core/repository/load.ts";
import type { ValidateResult } from "../scripts/core/validate.ts";
import { registeredProfiles } from "../scripts/profiles/index.ts";
import { exampleFiles, exampleText, TODAY } from "./helpers/repo.ts";

/**
 * 工作线程上的加载（loadRepository 在文件多时走的路径）必须与进程内加载给出完全相同的结果：
 * 同样的发现（同样的顺序）、同样的仓库内容、抬头与有问题文件的文本。这里把阈值调低，在小仓库上
 * 对照两条路径。
 */

const APP = "requests/sz-edu/student-registry/0003-ports.yaml";
const dir = mkdtempSync(join(tmpdir(), "govcloud-parallel-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** 合成仓库（50 个系统、200 份申请）+ 自带示例 + 各种坏文件。 */
function files(): Record<string, string | Uint8Array> {
  const gen = join(dir, "generated");
  generateTree(gen, { systems: 50, applications: 200 });
  const out: Record<string, string | Uint8Array> = exampleFiles();
  for (const f of walk(diskFs(gen), "requests")) out[f] = readFileSync(join(gen, f));
  const app = exampleText(APP);
  const sys = "requests/sz-edu/student-registry";
  return {
    ...out,
    // 语法错误、schema 错误、禁止的键名
    [`${sys}/0004-ports.yaml`]: app.replace("sequence: 3", "sequence: 4").replace("ports:\n", "ports: [\n"),
    [`${sys}/0005-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 5")
      .replace("network: public", "network: 公网"),
    [`${sys}/0006-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 6")
      .replace("ports:\n", "ports:\n  __proto__: { isAdmin: true }\n"),
    // 未知字段（schema 错误带 atKey）、锚点（没有问题的文件也整个传回）与别名、.inf、未知的 profile、
    // 写错的 kind
    [`${sys}/0007-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 7")
      .replace("ports:\n", "portz: 1\nports:\n"),
    [`${sys}/0008-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 8")
      .replace("  contact:\n", "  contact: &c\n"),
    [`${sys}/0015-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 15")
      .replace("  contact:\n", "  contact: &c\n")
      .replace("ports:\n", "x-contact: *c\nports:\n"),
    [`${sys}/0009-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 9")
      .replace("ports: 443", "ports: .inf"),
    [`${sys}/0010-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 10")
      .replace("profile: shenzhen", "profile: beijing"),
    [`${sys}/0011-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 11")
      .replace("kind: application", "kind: system"),
    // 空文件、多文档、UTF-16、放错位置
    [`${sys}/0012-ports.yaml`]: "",
    [`${sys}/0013-ports.yaml`]: `${app}---\nkind: application\n`,
    [`${sys}/0014-ports.yaml`]: new Uint8Array([0xff, 0xfe, 0x61, 0x00]),
    "requests/stray.yaml": app,
    "requests/Bad_Unit/unit.yaml": exampleText("requests/sz-edu/unit.yaml"),
  };
}

const sample = files();

function withParallel<T>(options: Partial<typeof parallelDefaults>, f: () => T): T {
  const saved = { ...parallelDefaults };
  Object.assign(parallelDefaults, options);
  try {
    return f();
  } finally {
    Object.assign(parallelDefaults, saved);
  }
}
afterEach(() => expect(parallelDefaults.threshold).toBeGreaterThan(1));

const inProcess = { threshold: Number.POSITIVE_INFINITY };
/** 小批次：多个批次、乱序返回，检验按顺序交付 */
const inWorkers = { threshold: 1, workers: 2, batchSize: 37 };

const check = (fs: RepoFs) =>
  validate({ fs, scope: { kind: "all" }, lang: "zh", today: TODAY, parallelLoader: loadPool });

function expectSameRepo(a: Repository, b: Repository) {
  expect(b.fileCount).toBe(a.fileCount);
  expect(b.problems).toStrictEqual(a.problems);
  for (const key of ["units", "systems", "applications", "deliveries", "headers", "sources"] as const) {
    // 内容与插入顺序都一样
    expect([...b[key].keys()], key).toStrictEqual([...a[key].keys()]);
    expect(b[key], key).toStrictEqual(a[key]);
  }
}

function expectSame(a: ValidateResult, b: ValidateResult) {
  expect(b.findings).toStrictEqual(a.findings);
  expectSameRepo(a.repo, b.repo);
  expect([...b.histories.keys()]).toStrictEqual([...a.histories.keys()]);
}

describe("loading on worker threads", () => {
  it("gives exactly the in-process result (files read by the main thread)", () => {
    const fs = memoryFs(sample);
    const a = withParallel(inProcess, () => check(fs));
    const b = withParallel(inWorkers, () => check(fs));
    // 坏文件都报出来了（两条路径确实走过这些分支）
    const rules = new Set(a.findings.map((f) => f.rule));
    for (const rule of [
      "load/syntax",
      "load/forbidden-key",
      "load/empty",
      "load/multiple-documents",
      "load/encoding",
      "layout/misplaced",
      "layout/kind",
      "schema",
    ])
      expect(rules, rule).toContain(rule);
    expect(a.repo.fileCount).toBeGreaterThan(250);
    expectSame(a, b);
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it("gives exactly the in-process result (files read by the workers)", () => {
    const root = join(dir, "disk");
    for (const [f, content] of Object.entries(sample)) {
      mkdirSync(dirname(join(root, f)), { recursive: true });
      writeFileSync(join(root, f), content);
    }
    const fs = diskFs(root);
    const a = withParallel(inProcess, () => check(fs));
    const b = withParallel({ ...inWorkers, batchSize: 500 }, () => check(fs));
    expectSame(a, b);
    // 与内存仓库的结果也相同
    expectSame(
      withParallel(inProcess, () => check(memoryFs(sample))),
      b,
    );
  });

  it("keeps the same result when the main thread does not help", () => {
    const fs = memoryFs(sample);
    const a = loadRepository(
      fs,
      { kind: "all" },
      { catalogs: defaultCatalogs, profiles: registeredProfiles },
    );
    const b = loadRepository(
      fs,
      { kind: "all" },
      {
        catalogs: defaultCatalogs,
        profiles: registeredProfiles,
        parallelLoader: loadPool,
        parallel: { ...inWorkers, mainHelps: false, batchSize: 100 },
      },
    );
    expectSameRepo(a, b);
  });

  it("turns an error inside a worker into a thrown Error naming the file", () => {
    const broken = { profile: { id: "shenzhen" } } as unknown as Catalog;
    const load = () =>
      loadRepository(
        memoryFs(sample),
        { kind: "all" },
        {
          catalogs: (p) => (p === "shenzhen" ? broken : undefined),
          profiles: registeredProfiles,
          parallelLoader: loadPool,
          parallel: { ...inWorkers, mainHelps: false },
        },
      );
    expect(load).toThrow(/加载 requests\/\S+\.yaml 时工作线程出错/);
  });

  it("gives the same result through the in-process fake loader", () => {
    const fs = memoryFs(sample);
    const options = { catalogs: defaultCatalogs, profiles: registeredProfiles };
    const a = loadRepository(fs, { kind: "all" }, options);
    const b = loadRepository(
      fs,
      { kind: "all" },
      { ...options, parallelLoader: inlineLoader, parallel: { threshold: 1, batchSize: 7 } },
    );
    expectSameRepo(a, b);
  });

  it("stays in-process with one worker", () => {
    const fs = memoryFs(sample);
    const a = loadRepository(
      fs,
      { kind: "all" },
      { catalogs: defaultCatalogs, profiles: registeredProfiles },
    );
    const b = loadRepository(
      fs,
      { kind: "all" },
      {
        catalogs: defaultCatalogs,
        profiles: registeredProfiles,
        parallelLoader: loadPool,
        parallel: { threshold: 1, workers: 1 },
      },
    );
    expectSameRepo(a, b);
  });
});
