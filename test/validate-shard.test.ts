import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diskFs } from "../scripts/adapters/disk-fs.ts";
import { inlineLoader, loadPool } from "../scripts/adapters/load-pool.ts";
import { validate, validateFindings } from "../scripts/adapters/repository.ts";
import { generateTree } from "../scripts/bench/generate.ts";
import { memoryFs, type RepoFs, walk } from "../scripts/core/repository/fs.ts";
import {
  batchBounds,
  parallelDefaults,
  parseRegistrations,
  type Scope,
} from "../scripts/core/repository/load.ts";
import type { ParallelLoader } from "../scripts/core/repository/parallel.ts";
import type { MetricsSource } from "../scripts/core/rules/metrics.ts";
import { exampleFiles, exampleText, repoRoot, TODAY } from "./helpers/repo.ts";

/**
 * 按单位分片校验（issue 16 第 2 项）：文件多时，折叠与规则在解析它们的工作线程上按单位做，
 * 主线程只合并发现。这里在一个较小的合成仓库（与基准同一个生成器）加上示例、有错的示例和
 * 各种跨文件、跨单位的错误上，对照在一个线程里校验整个仓库（validate）的发现：必须完全相同。
 * 用两个日期：今天（几乎没有规则发现）与两年后（测试资源逾期、申请过期等，含单位一级的规则）。
 */

const dir = mkdtempSync(join(tmpdir(), "govcloud-shard-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const LATER = "2028-11-24";
const APP = "requests/sz-edu/student-registry/0003-ports.yaml";
const SYS = "requests/sz-edu/student-registry";

function files(): Record<string, string | Uint8Array> {
  const gen = join(dir, "generated");
  generateTree(gen, { systems: 60, applications: 300, systemsPerUnit: 6 });
  const out: Record<string, string | Uint8Array> = {};
  const failing = join(repoRoot, "test/fixtures/failing-examples");
  for (const f of walk(diskFs(failing), "requests")) out[f] = readFileSync(join(failing, f));
  Object.assign(out, exampleFiles());
  const generated = walk(diskFs(gen), "requests");
  for (const f of generated) out[f] = readFileSync(join(gen, f));
  const app = exampleText(APP);
  const unitOf = (f: string) => f.split("/")[1] as string;
  const otherUnit = unitOf(generated.find((f) => f.endsWith("/unit.yaml")) as string);
  const otherUnitName = /^name: (.*)$/m.exec(String(out[`requests/${otherUnit}/unit.yaml`]))?.[1];
  return {
    ...out,
    // 语法错误、schema 错误、写错的 kind、未知的 profile（这一片由主线程检查）
    [`${SYS}/0004-ports.yaml`]: app.replace("sequence: 3", "sequence: 4").replace("ports:\n", "ports: [\n"),
    [`${SYS}/0005-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 5")
      .replace("network: public", "network: 公网"),
    [`${SYS}/0006-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 6")
      .replace("kind: application", "kind: system"),
    [`${SYS}/0007-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 7")
      .replace("profile: shenzhen", "profile: beijing"),
    // 单位名称写成另一个单位的（要看全部单位才知道它登记在哪里）、写成不存在的单位、序号重复
    [`${SYS}/0008-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 8")
      .replace(/^unit: .*$/m, `unit: ${otherUnitName}`),
    [`${SYS}/0009-ports.yaml`]: app
      .replace("sequence: 3", "sequence: 9")
      .replace(/^unit: .*$/m, "unit: 不存在的单位"),
    [`${SYS}/0010-ports.yaml`]: app.replace("sequence: 3", "sequence: 9"),
    // 另一个单位登记了同一个全称、主管单位不存在；系统缺登记；文件放错位置
    "requests/zz-copy/unit.yaml": String(out[`requests/${otherUnit}/unit.yaml`]).replace(
      /^name: .*$/m,
      `name: ${otherUnitName}\nsupervisor: nowhere`,
    ),
    "requests/zz-copy/lonely/0001-ports.yaml": app.replace("sequence: 3", "sequence: 1"),
    "requests/stray.yaml": app,
  };
}

const sample = files();
const root = join(dir, "disk");
for (const [f, content] of Object.entries(sample)) {
  mkdirSync(dirname(join(root, f)), { recursive: true });
  writeFileSync(join(root, f), content);
}

/** 记下每批是在工作线程上检查完的一片，还是逐个文件交回主线程。 */
function counting(loader: ParallelLoader) {
  const counts = { shard: 0, files: 0 };
  const counted: ParallelLoader = {
    workers: loader.workers,
    start: (setup) => {
      const run = loader.start(setup);
      return {
        run: (job, local, deliver) =>
          run.run(job, local, (b, result) => {
            counts["shard" in result ? "shard" : "files"]++;
            deliver(b, result);
          }),
        close: () => run.close(),
      };
    },
  };
  return { counts, loader: counted };
}

function withParallel<T>(options: Partial<typeof parallelDefaults>, f: () => T): T {
  const saved = { ...parallelDefaults };
  Object.assign(parallelDefaults, options);
  try {
    return f();
  } finally {
    Object.assign(parallelDefaults, saved);
  }
}

/**
 * 多个小批次（按单位对齐后仍有十几批），两个工作线程。主线程不帮忙：否则工作线程还在载入
 * 代码（测试里经 tsx）时主线程就把大部分批次做完了。
 */
const inWorkers = { threshold: 1, workers: 2, batchSize: 40, mainHelps: false };

/**
 * 待审的文件：合成仓库的申请都已合并，规则几乎没有发现；把其中每三份当作待审（如一个大的拉取
 * 请求），两年后的日期下它们都过了有效期，“一个拉取请求一份申请”也都报出来。
 */
const pending = new Set(
  Object.keys(sample).filter((f, i) => i % 3 === 0 && /\/\d{4}-[a-z-]+\.yaml$/.test(f)),
);

interface Case {
  today: string;
  metrics?: MetricsSource;
  pending?: ReadonlySet<string>;
  scope?: Scope;
}

const single = (fs: RepoFs, c: Case) =>
  withParallel({ threshold: Number.POSITIVE_INFINITY }, () =>
    validate({ fs, scope: { kind: "all" }, lang: "zh", ...c }),
  );

const sharded = (fs: RepoFs, c: Case, loader?: ParallelLoader) =>
  withParallel(inWorkers, () =>
    validateFindings({
      fs,
      scope: { kind: "all" },
      lang: "zh",
      ...c,
      ...(loader ? { parallelLoader: loader } : {}),
    }),
  );

describe("fold and rules per unit on the workers", () => {
  it.each<[string, Case]>([
    ["all merged, today", { today: TODAY }],
    ["a third pending, two years later", { today: LATER, pending }],
  ])("gives exactly the single-threaded findings (%s)", (_, c) => {
    const fs = diskFs(root);
    const expected = single(fs, c);
    const { counts, loader } = counting(loadPool);
    const result = sharded(fs, c, loader);
    expect(result.findings).toStrictEqual(expected.findings);
    expect(result.fileCount).toBe(expected.repo.fileCount);
    // 确实在工作线程上检查了分片，也有一片（写了未知 profile 的文件所在的）交回主线程检查
    expect(counts.shard).toBeGreaterThan(3);
    expect(counts.files).toBeGreaterThan(0);
    // 这些错误确实出现了：跨单位的、单位之内的、加载的、规则的
    const rules = new Set(expected.findings.map((f) => f.rule));
    for (const rule of [
      "load/syntax",
      "layout/kind",
      "layout/misplaced",
      "schema",
      "registry/unit-folder",
      "registry/unit-name",
      "registry/duplicate-unit",
      "registry/supervisor",
      "registry/missing-system",
      "registry/sequence",
    ])
      expect(rules, rule).toContain(rule);
    const ruleFindings = expected.findings.filter((f) => f.rule.startsWith("shenzhen/")).length;
    expect(ruleFindings).toBeGreaterThan(c.pending ? 100 : 0);
  });

  it("gives the same findings when the main thread checks shards alongside one worker", () => {
    // 默认：主线程一直帮忙，工作线程少起一个（2 个并行 = 1 个工作线程 + 主线程）
    const fs = diskFs(root);
    const c: Case = { today: LATER, pending };
    const expected = single(fs, c).findings;
    const { counts, loader } = counting(loadPool);
    const result = withParallel({ ...inWorkers, mainHelps: true }, () =>
      validateFindings({ fs, scope: { kind: "all" }, lang: "zh", ...c, parallelLoader: loader }),
    );
    expect(result.findings).toStrictEqual(expected);
    // 主线程自己做的批次逐个文件交付（在主线程上检查）；工作线程做完的作为分片交回（测试里工作线程
    // 经 tsx 载入代码，慢，主线程可能先做完全部批次，所以不断言分片数）
    expect(counts.files).toBeGreaterThan(1);
  });

  it("gives the same findings when the main thread checks the shards", () => {
    // 内存仓库：工作线程读不到附件，分片都交回主线程检查；进程内的替身；没有并行加载器
    const fs = memoryFs(sample);
    const c: Case = { today: LATER, pending };
    const expected = single(fs, c).findings;
    const { counts, loader } = counting(loadPool);
    expect(sharded(fs, c, loader).findings).toStrictEqual(expected);
    expect(counts.shard).toBe(0);
    expect(counts.files).toBeGreaterThan(3);
    expect(sharded(fs, c, inlineLoader).findings).toStrictEqual(expected);
    expect(sharded(fs, c).findings).toStrictEqual(expected);
  });

  it("checks every shard on the main thread when there are utilization metrics", () => {
    // 利用率来源是函数，不能传给工作线程；工作线程若不带它跑规则，发现就会不同
    const metrics: MetricsSource = { label: "测试数据", window: () => undefined };
    const fs = diskFs(root);
    const c: Case = { today: TODAY, metrics };
    const expected = single(fs, c).findings;
    expect(expected.filter((f) => f.message.includes("测试数据")).length).toBeGreaterThan(0);
    const { counts, loader } = counting(loadPool);
    expect(sharded(fs, c, loader).findings).toStrictEqual(expected);
    expect(counts.shard).toBe(0);
    expect(counts.files).toBeGreaterThan(3);
  });

  it("gives the same findings for a few files (the PR check) as validate", () => {
    const fs = diskFs(root);
    const c: Case = {
      today: LATER,
      scope: { kind: "files", files: [`${SYS}/0008-ports.yaml`, `${SYS}/0010-ports.yaml`] },
    };
    const expected = single(fs, c).findings;
    expect(expected.length).toBeGreaterThan(0);
    expect(sharded(fs, c).findings).toStrictEqual(expected);
  });
});

describe("unit registrations parsed ahead (validate --changed-from parses them while git runs)", () => {
  it("gives exactly the findings of parsing them in the loader, and uses every one", () => {
    const fs = diskFs(root);
    const files = [`${SYS}/0008-ports.yaml`, `${SYS}/0010-ports.yaml`, "requests/zz-copy/unit.yaml"];
    const c: Case = { today: LATER, scope: { kind: "files", files } };
    const expected = sharded(fs, c).findings;
    // 单位之间的问题（重名、主管单位不存在）与申请的问题都在
    expect(expected.some((f) => f.file === "requests/zz-copy/unit.yaml")).toBe(true);
    expect(expected.some((f) => f.file === `${SYS}/0008-ports.yaml`)).toBe(true);
    const preparsed = parseRegistrations(fs);
    expect(preparsed.size).toBeGreaterThan(5);
    const result = validateFindings({ fs, scope: c.scope as Scope, lang: "zh", today: LATER, preparsed });
    expect(result.findings).toStrictEqual(expected);
    expect(preparsed.size).toBe(0);
  });
});

describe("batchBounds", () => {
  const files = [
    "requests/a/s/1.yaml",
    "requests/a/s/2.yaml",
    "requests/a/unit.yaml",
    "requests/b/s/1.yaml",
    "requests/b/unit.yaml",
    "requests/c.yaml",
    "requests/d/unit.yaml",
  ];
  it("cuts every size files when not sharding", () => {
    expect(batchBounds(files, 2, false)).toStrictEqual([0, 2, 4, 6]);
  });
  it("cuts only where the unit changes when sharding", () => {
    expect(batchBounds(files, 2, true)).toStrictEqual([0, 3, 5]);
    expect(batchBounds(files, 1, true)).toStrictEqual([0, 3, 5, 6]);
    expect(batchBounds(files, 100, true)).toStrictEqual([0]);
    expect(batchBounds([], 2, true)).toStrictEqual([]);
  });
});
