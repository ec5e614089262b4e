import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadCalendarLayers } from "../scripts/adapters/calendar-files.ts";
import { diskFs } from "../scripts/adapters/disk-fs.ts";
import { inlineLoader, loadPool } from "../scripts/adapters/load-pool.ts";
import { defaultCatalogs, validateFindings } from "../scripts/adapters/repository.ts";
import {
  diskUnitStore,
  pruneUnitStore,
  sha256Digest,
  validateCacheDir,
} from "../scripts/adapters/validate-cache.ts";
import { generateTree } from "../scripts/bench/generate.ts";
import { calendarFromData } from "../scripts/core/calendar/workdays.ts";
import type { Catalog } from "../scripts/core/catalog/types.ts";
import { memoryFs, walk } from "../scripts/core/repository/fs.ts";
import { parallelDefaults } from "../scripts/core/repository/load.ts";
import type { ParallelLoader } from "../scripts/core/repository/parallel.ts";
import {
  type CachedUnit,
  depsHold,
  recordingFs,
  type UnitResultStore,
} from "../scripts/core/repository/unit-cache.ts";
import type { ValidateOptions } from "../scripts/core/validate.ts";
import { runCli } from "./helpers/cli.ts";
import { examplesRoot, repoRoot, TODAY } from "./helpers/repo.ts";

/**
 * 校验缓存（docs/validate-cache.md）：整个仓库的 validate 按单位缓存结果。这里在合成仓库（与基准
 * 同一个生成器）加上示例（有附件）与有错的示例上证明
 *   - 冷、热、改动一个单位之后的输出与 --no-cache 逐字节相同（json、text、sarif），进程内、工作线程两条路径；
 *   - 每一种输入变了，缓存都不再回答：改 YAML、增删文件、改附件、改日期、改服务目录、改日历、改代码标识
 *     （每种情况既数重新检查的单位，也比对发现）；
 *   - 损坏、不是本格式的项当作没有；--no-cache、按路径、--changed-from、--metrics 不用缓存。
 */

const dir = mkdtempSync(join(tmpdir(), "govcloud-cache-"));
// 二十来份副本：机器忙时删除要几秒以上
afterAll(() => rmSync(dir, { recursive: true, force: true }), 120_000);

const APP = "requests/sz-edu/student-registry/0001-new.yaml";
const PICTURE = "requests/sz-edu/student-registry/attachments/部署架构图.png";

/** 基准的生成器（小规模）+ 示例 + 有错的示例，写在 base 下（只读，每个用例复制一份）。 */
const base = join(dir, "base");
{
  const gen = join(dir, "generated");
  generateTree(gen, { systems: 30, applications: 150, systemsPerUnit: 3 });
  const failing = join(repoRoot, "test/fixtures/failing-examples");
  for (const from of [gen, examplesRoot, failing])
    for (const f of walk(diskFs(from), "requests")) {
      mkdirSync(dirname(join(base, f)), { recursive: true });
      writeFileSync(join(base, f), readFileSync(join(from, f)));
    }
  for (const d of ["catalog"]) cpSync(join(repoRoot, d), join(base, d), { recursive: true });
  cpSync(join(repoRoot, "govcloud.yaml"), join(base, "govcloud.yaml"));
}

let copies = 0;
/** base 的一份副本（可以随意改）。 */
function tree(): string {
  const root = join(dir, `tree-${copies++}`);
  cpSync(base, root, { recursive: true });
  return root;
}

/** 内存里的存储（项经 structuredClone，与磁盘上一样不共享对象），数一数存了几次（= 重新检查的单位数）。 */
function countingStore(): UnitResultStore & { sets: number; entries: Map<string, CachedUnit> } {
  const entries = new Map<string, CachedUnit>();
  const store = {
    sets: 0,
    entries,
    get: (key: string) => {
      const e = entries.get(key);
      return e && structuredClone(e);
    },
    set: (key: string, entry: CachedUnit) => {
      store.sets++;
      entries.set(key, structuredClone(entry));
    },
  };
  return store;
}

type Inputs = Partial<Pick<ValidateOptions, "today" | "catalogs" | "calendar" | "metrics" | "pending">> & {
  buildId?: string;
  loader?: ParallelLoader;
};

/** 校验整个仓库（有 store 时用缓存），返回发现的 JSON 与这次重新检查的单位数。 */
function check(root: string, store: ReturnType<typeof countingStore> | undefined, inputs: Inputs = {}) {
  const { buildId = "build-1", loader, ...rest } = inputs;
  const before = store?.sets ?? 0;
  const result = validateFindings({
    fs: diskFs(root),
    scope: { kind: "all" },
    lang: "zh",
    today: TODAY,
    ...rest,
    ...(loader ? { parallelLoader: loader } : {}),
    ...(store ? { cache: { store, digest: sha256Digest, buildId } } : {}),
  });
  return { json: JSON.stringify(result.findings), rechecked: (store?.sets ?? 0) - before };
}

/** 不用缓存的结果（对照）。 */
const uncached = (root: string, inputs: Inputs = {}) => check(root, undefined, inputs).json;

describe("the cache answers only when nothing a unit depends on changed (in process)", () => {
  /** 冷的一次：每个单位都检查并存下；返回存储与单位数。 */
  function cold(root: string, inputs: Inputs = {}) {
    const store = countingStore();
    const first = check(root, store, inputs);
    expect(first.json).toBe(uncached(root, inputs));
    expect(first.rechecked).toBeGreaterThan(10);
    return { store, units: first.rechecked, json: first.json };
  }

  it("nothing changed: no unit is checked again, findings identical", () => {
    const root = tree();
    const { store, json } = cold(root);
    const warm = check(root, store);
    expect(warm.rechecked).toBe(0);
    expect(warm.json).toBe(json);
    expect(JSON.parse(json).length).toBeGreaterThan(3); // 有错的示例有发现
  });

  it("a YAML file edited: only its unit is checked again, and the new finding is there", () => {
    const root = tree();
    const { store, json } = cold(root);
    const file = join(root, APP);
    writeFileSync(file, readFileSync(file, "utf8").replace(/^sequence: 1$/m, "sequence: 1\nbogus: 1"));
    const warm = check(root, store);
    expect(warm.rechecked).toBe(1);
    expect(warm.json).toBe(uncached(root));
    expect(warm.json).not.toBe(json);
    expect(warm.json).toContain(APP);
  });

  it("a file added or removed: only its unit is checked again", () => {
    const root = tree();
    const { store, json } = cold(root);
    const added = APP.replace("0001-new", "0099-ports");
    writeFileSync(join(root, added), "kind: application\n");
    const withAdded = check(root, store);
    expect(withAdded.rechecked).toBe(1);
    expect(withAdded.json).toBe(uncached(root));
    expect(withAdded.json).toContain(added);
    unlinkSync(join(root, added));
    unlinkSync(join(root, "requests/sz-edu/campus-portal/system.yaml"));
    const removed = check(root, store);
    expect(removed.rechecked).toBe(1);
    expect(removed.json).toBe(uncached(root));
    expect(removed.json).not.toBe(json);
  });

  it("an attachment changed: its unit is checked again and the attachment finding appears", () => {
    const root = tree();
    const { store, json } = cold(root);
    expect(json).not.toContain("部署架构图");
    writeFileSync(join(root, PICTURE), "not a picture");
    const warm = check(root, store);
    expect(warm.rechecked).toBe(1);
    expect(warm.json).toBe(uncached(root));
    expect(warm.json).toContain("部署架构图");
  });

  it("another day (--now): every unit is checked again", () => {
    const root = tree();
    const { store, units } = cold(root);
    const later = check(root, store, { today: "2028-11-24" });
    expect(later.rechecked).toBe(units);
    expect(later.json).toBe(uncached(root, { today: "2028-11-24" }));
  });

  it("a catalog changed: every unit is checked again", () => {
    const root = tree();
    const { store, units } = cold(root);
    const catalogs = (profile: string): Catalog | undefined => {
      const catalog = defaultCatalogs(profile);
      if (!catalog) return catalog;
      const copy = structuredClone(catalog);
      copy.profile.reviewAuthority = `${copy.profile.reviewAuthority}（改）`;
      return copy;
    };
    const changed = check(root, store, { catalogs });
    expect(changed.rechecked).toBe(units);
    expect(changed.json).toBe(uncached(root, { catalogs }));
  });

  it("the calendar changed: every unit is checked again", () => {
    const root = tree();
    const { store, units } = cold(root);
    const layers = loadCalendarLayers();
    const calendar = calendarFromData({
      ...layers,
      package: { ...layers.package, holidays: [...layers.package.holidays, "2026-11-24"].sort() },
    });
    const changed = check(root, store, { calendar });
    expect(changed.rechecked).toBe(units);
    expect(changed.json).toBe(uncached(root, { calendar }));
  });

  it("the code changed (build id): every unit is checked again", () => {
    const root = tree();
    const { store, units } = cold(root);
    expect(check(root, store, { buildId: "build-2" }).rechecked).toBe(units);
  });

  it("with --metrics or pending files the cache is not used", () => {
    const root = tree();
    const store = countingStore();
    check(root, store, { metrics: { label: "test", window: () => undefined } });
    check(root, store, { pending: new Set([APP]) });
    expect(store.sets).toBe(0);
  });

  it.each([0, 40])(
    "the parallel path (in-process loader, recheckOnMain %i) caches the same way",
    (recheckOnMain) => {
      const root = tree();
      const saved = { ...parallelDefaults };
      Object.assign(parallelDefaults, {
        threshold: 1,
        workers: 2,
        batchSize: 40,
        mainHelps: true,
        recheckOnMain,
      });
      let started = 0;
      const loader: ParallelLoader = {
        workers: 2,
        start: (setup) => {
          started++;
          return inlineLoader.start(setup);
        },
      };
      try {
        const store = countingStore();
        const first = check(root, store, { loader });
        expect(first.json).toBe(uncached(root));
        expect(first.rechecked).toBeGreaterThan(10);
        expect(started).toBe(1); // 冷：起了工作线程
        expect(check(root, store, { loader }).rechecked).toBe(0);
        // 热：默认主线程先查，全部查到就不起工作线程
        expect(started).toBe(recheckOnMain === 0 ? 2 : 1);
        writeFileSync(join(root, PICTURE), "not a picture");
        const changed = check(root, store, { loader });
        expect(changed.rechecked).toBe(1);
        expect(changed.json).toBe(uncached(root));
      } finally {
        Object.assign(parallelDefaults, saved);
      }
    },
  );
});

describe("recorded reads", () => {
  const files = { "requests/a/s/attachments/x.png": "png", "requests/a/unit.yaml": "kind: unit\n" };

  it("hold while every call gives the same result, and fail when any one differs", () => {
    const recorder = recordingFs(memoryFs(files), sha256Digest);
    recorder.fs.read("requests/a/s/attachments/x.png", 100);
    recorder.fs.exists("requests/a/s/system.yaml");
    recorder.fs.list("requests/a");
    expect(() => recorder.fs.read("requests/a/s/attachments/gone.png", 100)).toThrow();
    recorder.fs.read("requests/a/s/attachments/x.png", 100); // 同一调用只记一次
    const deps = recorder.deps();
    expect(deps.map(([op, path]) => `${op} ${path}`)).toEqual([
      "read requests/a/s/attachments/x.png",
      "exists requests/a/s/system.yaml",
      "list requests/a",
      "read requests/a/s/attachments/gone.png",
    ]);
    expect(depsHold(memoryFs(files), deps, sha256Digest)).toBe(true);
    const changes: Record<string, string>[] = [
      { ...files, "requests/a/s/attachments/x.png": "png!" },
      { ...files, "requests/a/s/system.yaml": "kind: system\n" },
      { ...files, "requests/a/b.txt": "" },
      { ...files, "requests/a/s/attachments/gone.png": "back" },
    ];
    for (const changed of changes) expect(depsHold(memoryFs(changed), deps, sha256Digest)).toBe(false);
  });
});

describe("the disk store", () => {
  const entry: CachedUnit = {
    deps: [["exists", "requests/a/unit.yaml", 0, "x"]],
    shard: { problems: [], checks: [], units: [], mismatches: [], sources: [["f", "text"]] },
  };
  const key = "a".repeat(64);

  it("stores and reads back an entry", () => {
    const store = diskUnitStore(join(dir, "store-1"));
    expect(store.get(key)).toBeUndefined();
    store.set(key, entry);
    expect(store.get(key)).toEqual(entry);
    expect(readdirSync(join(dir, "store-1"))).toEqual([`${key}.bin`]); // 没有留下临时文件
  });

  it("treats a corrupt, truncated or foreign entry as missing", () => {
    const at = join(dir, "store-2");
    const store = diskUnitStore(at);
    store.set(key, entry);
    const file = join(at, `${key}.bin`);
    const good = readFileSync(file);
    const flipped = Buffer.from(good);
    flipped[flipped.length - 2] = (flipped[flipped.length - 2] as number) ^ 1;
    for (const bad of [good.subarray(0, good.length - 3), flipped, Buffer.from("garbage"), Buffer.alloc(0)]) {
      writeFileSync(file, bad);
      expect(store.get(key)).toBeUndefined();
    }
    // 另一个键的项改名成这个键：文件头里的键不符
    const other = "b".repeat(64);
    store.set(other, entry);
    cpSync(join(at, `${other}.bin`), file);
    expect(store.get(key)).toBeUndefined();
    expect(store.get("../../etc/passwd")).toBeUndefined();
  });

  it("prunes the oldest entries beyond the bound", () => {
    const at = join(dir, "store-3");
    const store = diskUnitStore(at);
    for (let i = 0; i < 12; i++) store.set(i.toString(16).padStart(64, "0"), entry);
    expect(pruneUnitStore(at, 8)).toBe(6); // 留下 3/4
    expect(readdirSync(at)).toHaveLength(6);
    expect(pruneUnitStore(at, 8)).toBe(0);
  });

  it("never fails a run when it cannot write", () => {
    const at = join(dir, "store-4");
    writeFileSync(at, "a file where the folder should be");
    const store = diskUnitStore(at);
    store.set(key, entry);
    expect(store.get(key)).toBeUndefined();
  });
});

describe("govcloud validate with the cache (byte-identical to --no-cache)", () => {
  const entriesIn = (cacheDir: string): string[] => {
    try {
      return readdirSync(validateCacheDir({ GOVCLOUD_CACHE_DIR: cacheDir })).sort();
    } catch {
      return [];
    }
  };
  /** 项的内容，按文件名：比较两次之间写了几项（新的或改写的）。 */
  const contents = (cacheDir: string): Map<string, string> => {
    const at = validateCacheDir({ GOVCLOUD_CACHE_DIR: cacheDir });
    return new Map(entriesIn(cacheDir).map((e) => [e, readFileSync(join(at, e)).toString("base64")]));
  };
  const written = (before: Map<string, string>, after: Map<string, string>) =>
    [...after].filter(([name, content]) => before.get(name) !== content).length;
  const cli = (root: string, cacheDir: string, args: string[]) =>
    runCli(["validate", "--root", root, ...args], { cwd: root, env: { GOVCLOUD_CACHE_DIR: cacheDir } });

  it.each(["json", "text", "sarif"])("--format %s: cold, warm and after one change", async (format) => {
    const root = tree();
    const cacheDir = join(dir, `cli-${format}`);
    const args = ["--format", format, "--now", "2026-11-25"];
    const reference = await cli(root, cacheDir, [...args, "--no-cache"]);
    expect(entriesIn(cacheDir)).toEqual([]);
    expect(reference.code).toBe(1);
    const coldRun = await cli(root, cacheDir, args);
    expect(coldRun).toEqual(reference);
    const afterCold = contents(cacheDir);
    expect(afterCold.size).toBeGreaterThan(10);
    const warm = await cli(root, cacheDir, args);
    expect(warm).toEqual(reference);
    expect(written(afterCold, contents(cacheDir))).toBe(0); // 全部查到：什么也没写
    writeFileSync(join(root, PICTURE), "not a picture");
    const changed = await cli(root, cacheDir, args);
    expect(changed).toEqual(await cli(root, cacheDir, [...args, "--no-cache"]));
    expect(changed).not.toEqual(reference);
    // 附件不在键里（检查时读它，记下并在取用前核对）：同一个键的项被改写
    expect(written(afterCold, contents(cacheDir))).toBe(1);
  });

  it("another --now misses every unit", async () => {
    const root = tree();
    const cacheDir = join(dir, "cli-now");
    await cli(root, cacheDir, ["--format", "json"]);
    const units = entriesIn(cacheDir).length;
    const later = await cli(root, cacheDir, ["--format", "json", "--now", "2028-11-24"]);
    expect(later).toEqual(
      await cli(root, cacheDir, ["--format", "json", "--now", "2028-11-24", "--no-cache"]),
    );
    expect(entriesIn(cacheDir)).toHaveLength(2 * units);
  });

  it("paths and --changed-from do not use the cache", async () => {
    const root = tree();
    const cacheDir = join(dir, "cli-paths");
    await cli(root, cacheDir, ["requests/sz-edu", "--format", "json"]);
    expect(entriesIn(cacheDir)).toEqual([]);
  });

  it("a corrupt cache gives the same findings", async () => {
    const root = tree();
    const cacheDir = join(dir, "cli-corrupt");
    const reference = await cli(root, cacheDir, ["--format", "json", "--no-cache"]);
    await cli(root, cacheDir, ["--format", "json"]);
    const at = validateCacheDir({ GOVCLOUD_CACHE_DIR: cacheDir });
    for (const [i, name] of entriesIn(cacheDir).entries())
      if (i % 2 === 0) writeFileSync(join(at, name), i % 4 === 0 ? "" : "govcloud-validate-cache 1\nzz\n");
    expect(await cli(root, cacheDir, ["--format", "json"])).toEqual(reference);
  });

  it("on worker threads: cold, warm and after one change", { timeout: 120_000 }, async () => {
    const root = tree();
    const cacheDir = join(dir, "cli-workers");
    const saved = { ...parallelDefaults };
    // recheckOnMain 0：查缓存也在工作线程上（默认是主线程先查，查到的多就不起工作线程）
    Object.assign(parallelDefaults, {
      threshold: 1,
      workers: 2,
      batchSize: 40,
      mainHelps: false,
      recheckOnMain: 0,
    });
    try {
      expect(loadPool.workers).toBeGreaterThanOrEqual(1);
      const args = ["--format", "json", "--now", "2026-11-25"];
      const reference = await cli(root, cacheDir, [...args, "--no-cache"]);
      expect(await cli(root, cacheDir, args)).toEqual(reference);
      const afterCold = contents(cacheDir);
      expect(afterCold.size).toBeGreaterThan(10);
      expect(await cli(root, cacheDir, args)).toEqual(reference);
      expect(written(afterCold, contents(cacheDir))).toBe(0);
      const file = join(root, APP);
      writeFileSync(file, readFileSync(file, "utf8").replace(/^sequence: 1$/m, "sequence: 1\nbogus: 1"));
      const changed = await cli(root, cacheDir, args);
      expect(changed).toEqual(await cli(root, cacheDir, [...args, "--no-cache"]));
      expect(changed).not.toEqual(reference);
      expect(written(afterCold, contents(cacheDir))).toBe(1);
    } finally {
      Object.assign(parallelDefaults, saved);
    }
  });
});
