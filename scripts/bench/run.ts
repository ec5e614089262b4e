/**
 * `npm run bench`：在合成仓库（默认 10,000 个系统、50,000 份申请）上测量
 *   - 只读文件（readFileSync）；
 *   - 只解析：js-yaml `load`（CORE_SCHEMA，校验器的快速路径）与 `yaml` `parseDocument` + LineCounter
 *     （只在有发现时用于定位；慢约 10 倍，默认只测 10 % 的样本再外推）；
 *   - 只做 schema：js-yaml 解析加预编译的 ajv 校验函数（ajv-cli 做的事，不含它的启动与读文件）；
 *   - `govcloud validate --root .bench/tree --format json` 子进程：墙钟时间、文件/秒、峰值 RSS；冷（空的
 *     缓存目录，每个单位都解析、检查）、热（同一个缓存目录，什么都没改）、热且改了一个单位
 *     （docs/validate-cache.md），各自对照同样的目标；
 *   - 改动一个申请文件后的 `--changed-from HEAD`：墙钟时间、峰值 RSS；
 * 并对照目标（--changed-from < 1 秒；help < 0.3 秒；validate 的 CPU ≤ 2 × js-yaml 只解析、≤ 1 × 只做 schema，
 * 冷与热各判一次；墙钟的比值只作参考）给出 PASS/FAIL。
 * 这是报告而不是测试：目标未达到时退出码仍为 0。
 *
 * 用法：npm run bench -- [--systems N] [--applications M] [--deliveries none|test|all] [--sample F] [--runs R] [--json]
 *   --sample F      yaml parseDocument 的抽样比例（默认 0.1）
 *   --runs R        --changed-from 的重复次数，取中位数（默认 3）
 *   --deliveries    交付记录（默认 test：只为测试资源申请写，续期据此核对期限）
 *
 * 合成仓库生成在 .bench/tree（已在 .gitignore 中），只在缺失或规模不同时重新生成；它是一个独立的
 * git 仓库（一次提交），所以 --changed-from 可用。
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import jsYaml from "js-yaml";
import { LineCounter, parseDocument } from "yaml";
import { defaultCatalogs } from "../adapters/catalog-files.ts";
import { diskFs } from "../adapters/disk-fs.ts";
import { walk } from "../core/repository/fs.ts";
import { classify } from "../core/repository/layout.ts";
import { SchemaValidator } from "../core/schema/validate.ts";
import { registeredProfile } from "../profiles/index.ts";
import {
  applicationTypes,
  type DeliveryMode,
  defaultSizes,
  generateTree,
  generatorVersion,
  manifestName,
  parseDeliveries,
  type TreeManifest,
} from "./generate.ts";

const repoRoot = fileURLToPath(new URL("../../", import.meta.url));
const cliPath = join(repoRoot, "scripts", "bin", "govcloud.js");
const treeDir = join(repoRoot, ".bench", "tree");

const targets = {
  changedFromSeconds: 1,
  validateOverParse: 2,
  validateOverSchema: 1,
  helpSeconds: 0.3,
} as const;

// ---------------------------------------------------------------- 工具

const now = () => performance.now();
const seconds = (ms: number) => ms / 1000;
const fmtInt = (n: number) => Math.round(n).toLocaleString("en-US");
const fmtS = (s: number) => (s < 10 ? s.toFixed(2) : s.toFixed(1));
const fmtMiB = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

function log(message: string) {
  process.stderr.write(`bench: ${message}\n`);
}

/** 只在 .bench/tree 自己的仓库里执行 git（GIT_DIR 固定，绝不会落到外层仓库）。 */
function git(...args: string[]): string {
  const result = spawnSync("git", args, {
    cwd: treeDir,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: {
      ...process.env,
      GIT_DIR: join(treeDir, ".git"),
      GIT_WORK_TREE: treeDir,
      GIT_AUTHOR_NAME: "bench",
      GIT_AUTHOR_EMAIL: "bench@example.invalid",
      GIT_COMMITTER_NAME: "bench",
      GIT_COMMITTER_EMAIL: "bench@example.invalid",
    },
  });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${result.stderr}`);
  return result.stdout;
}

function readManifest(): TreeManifest | undefined {
  try {
    return JSON.parse(readFileSync(join(treeDir, manifestName), "utf8")) as TreeManifest;
  } catch {
    return undefined;
  }
}

/** 生成（必要时）并提交合成仓库。 */
function prepareTree(
  systems: number,
  applications: number,
  deliveries: DeliveryMode,
): { manifest: TreeManifest; generated: boolean } {
  let manifest = readManifest();
  let generated = false;
  const fits =
    manifest !== undefined &&
    manifest.version === generatorVersion &&
    manifest.systems === systems &&
    manifest.applications === applications &&
    manifest.systemsPerUnit === defaultSizes.systemsPerUnit &&
    manifest.seed === 1 &&
    manifest.deliveries === deliveries &&
    existsSync(join(treeDir, "requests"));
  if (!fits || !manifest) {
    log(`generating ${fmtInt(systems)} systems / ${fmtInt(applications)} applications into .bench/tree …`);
    rmSync(treeDir, { recursive: true, force: true });
    const t = now();
    manifest = generateTree(treeDir, { systems, applications, deliveries });
    log(`generated ${fmtInt(manifest.files)} files in ${fmtS(seconds(now() - t))} s`);
    generated = true;
  }
  // 独立的 git 仓库，工作区须与 HEAD 一致（上次中断时可能留下改动）
  let clean = false;
  if (!generated && existsSync(join(treeDir, ".git"))) {
    try {
      git("rev-parse", "--verify", "--quiet", "HEAD");
      const dirty = () => git("status", "--porcelain", "--untracked-files=all").trim() !== "";
      // 上次运行中断时可能留下改动过的文件：从 HEAD 恢复
      if (dirty()) git("checkout", "--quiet", "--", ".");
      clean = !dirty();
    } catch {
      clean = false;
    }
  }
  if (!clean) {
    log("committing the tree (git init + commit) …");
    rmSync(join(treeDir, ".git"), { recursive: true, force: true });
    git("init", "--quiet", "--initial-branch=main");
  }
  // 6 万个松散对象会触发后台 gc（git repack），它会在测量期间抢 CPU
  git("config", "gc.auto", "0");
  git("config", "maintenance.auto", "false");
  if (!clean) {
    git("add", "--all");
    git("-c", "commit.gpgsign=false", "commit", "--quiet", "--no-verify", "-m", "bench tree");
  }
  return { manifest, generated };
}

/**
 * 子进程退出时把峰值 RSS（KiB）与 CPU 时间（µs）写到 stderr 的最后一行：不依赖 /usr/bin/time
 * （新装的 Debian 上没有），只要 node 能跑就能量。
 */
const usageHook = `data:text/javascript,${encodeURIComponent(
  'process.on("exit",()=>{const u=process.resourceUsage();process.stderr.write("\\n__bench_usage="+u.maxRSS+","+u.userCPUTime+","+u.systemCPUTime+"\\n")})',
)}`;
const usagePattern = /\n?__bench_usage=(\d+),(\d+),(\d+)\s*$/;

interface ChildRun {
  wallMs: number;
  /** user + system CPU 时间（ms）：机器繁忙时比墙钟时间稳定 */
  cpuMs: number;
  maxRssKb: number;
  status: number | null;
  stdout: string;
  stderr: string;
}

function runCli(args: string[], env: Record<string, string> = {}): ChildRun {
  const t = now();
  const r = spawnSync(process.execPath, ["--import", usageHook, cliPath, ...args], {
    cwd: repoRoot,
    encoding: "utf8",
    maxBuffer: 1024 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: "1", ...env },
  });
  const wallMs = now() - t;
  if (r.error) throw r.error;
  const m = usagePattern.exec(r.stderr);
  return {
    wallMs,
    cpuMs: m ? (Number(m[2]) + Number(m[3])) / 1000 : Number.NaN,
    maxRssKb: m ? Number(m[1]) : Number.NaN,
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr.replace(usagePattern, ""),
  };
}

interface Summary {
  files: number;
  errors: number;
  warnings: number;
}

function summaryOf(run: ChildRun, what: string): Summary {
  try {
    return (JSON.parse(run.stdout) as { summary: Summary }).summary;
  } catch {
    throw new Error(`${what}: exit ${run.status}, no JSON output\n${run.stderr.slice(0, 2000)}`);
  }
}

/** 要改动的文件：树中间一个系统的最后一份申请，优先端口开放申请。 */
function pickTarget(files: string[]): string {
  const last = new Map<string, string>();
  for (const f of files) {
    if (!/\/\d+-[a-z-]+\.ya?ml$/.test(f) || f.split("/").length !== 4) continue;
    last.set(f.slice(0, f.lastIndexOf("/")), f); // files 已排序：序号前缀决定先后
  }
  const candidates = [...last.values()];
  const ports = candidates.filter((f) => /-ports\.ya?ml$/.test(f));
  const pool = ports.length > 0 ? ports : candidates;
  const target = pool[Math.floor(pool.length / 2)];
  if (!target) throw new Error("no application file to modify");
  return target;
}

// ---------------------------------------------------------------- 主流程

interface Row {
  name: string;
  files: number;
  seconds: number;
  /** CPU 时间（秒）：子进程为 user + system，进程内为 process.cpuUsage() 之差 */
  cpuSeconds?: number;
  filesPerSecond: number;
  peakRssMiB?: number;
  note: string;
}

/** js-yaml 解析并用 shenzhen 的 schema 校验每个文件（按位置定 kind），两遍取 CPU 较少的一遍。 */
function schemaOnlyCpuMs(files: readonly string[], sources: readonly string[], options: jsYaml.LoadOptions) {
  const profile = registeredProfile("shenzhen");
  const catalog = defaultCatalogs("shenzhen");
  if (!profile || !catalog) throw new Error("bench: the shenzhen profile or its catalog is missing");
  const validator = SchemaValidator.for(catalog, profile.schema);
  const kinds = files.map((f) => classify(f).kind);
  let best = Number.POSITIVE_INFINITY;
  let invalid = 0;
  for (let pass = 0; pass < 2; pass++) {
    invalid = 0;
    const cpu = process.cpuUsage();
    for (let i = 0; i < sources.length; i++) {
      const kind = kinds[i];
      const data = jsYaml.load(sources[i] as string, options);
      if (kind === "unit" || kind === "system" || kind === "application" || kind === "delivery")
        invalid += validator.validate(kind, files[i] as string, data).length > 0 ? 1 : 0;
    }
    const used = process.cpuUsage(cpu);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  if (invalid > 0) log(`schema-only: ${invalid} files do not pass the schema`);
  return best;
}

function main(): void {
  const { values } = parseArgs({
    args: process.argv.slice(2),
    options: {
      systems: { type: "string" },
      applications: { type: "string" },
      /** yaml parseDocument 的抽样比例（0–1，默认 0.1） */
      sample: { type: "string" },
      /** --changed-from 的重复次数（取中位数，默认 3） */
      runs: { type: "string" },
      /** 完整校验的次数，取最快的一次（默认 1） */
      "full-runs": { type: "string" },
      /** 交付记录：none | test（默认）| all */
      deliveries: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const systems = values.systems === undefined ? defaultSizes.systems : Number(values.systems);
  const applications =
    values.applications === undefined ? defaultSizes.applications : Number(values.applications);
  const sample = values.sample === undefined ? 0.1 : Number(values.sample);
  const runs = values.runs === undefined ? 3 : Number(values.runs);
  const fullRuns = values["full-runs"] === undefined ? 1 : Number(values["full-runs"]);
  if (
    ![systems, applications, runs, fullRuns].every((n) => Number.isInteger(n) && n > 0) ||
    !(sample > 0 && sample <= 1)
  )
    throw new Error(
      "--systems, --applications, --runs and --full-runs take positive integers; --sample a fraction in (0, 1]",
    );

  const loadAtStart = loadavg()[0] ?? 0;
  const { manifest, generated } = prepareTree(systems, applications, parseDeliveries(values.deliveries));
  const rows: Row[] = [];

  // 1. 只读：列目录 + readFileSync（与 diskFs 相同的调用）
  log("reading …");
  const fs = diskFs(treeDir);
  let t = now();
  const files = walk(fs, "requests").filter((f) => /\.ya?ml$/i.test(f));
  const listMs = now() - t;
  t = now();
  const buffers = files.map((f) => readFileSync(join(treeDir, f)));
  const readMs = now() - t;
  const bytes = buffers.reduce((n, b) => n + b.length, 0);
  rows.push({
    name: "read-only (`readFileSync`)",
    files: files.length,
    seconds: seconds(readMs),
    filesPerSecond: files.length / seconds(readMs),
    note: `${fmtMiB(bytes)}, warm page cache; listing the tree took another ${fmtS(seconds(listMs))} s`,
  });

  const decoder = new TextDecoder("utf-8", { fatal: true });
  const sources = buffers.map((b) => decoder.decode(b));

  // 2. 只解析：js-yaml（先在 2 % 上预热 JIT）
  log("parsing with js-yaml …");
  const jsYamlOptions = { schema: jsYaml.CORE_SCHEMA };
  for (let i = 0; i < sources.length; i += 50) jsYaml.load(sources[i] as string, jsYamlOptions);
  const jsYamlPasses: number[] = [];
  let jsYamlCpuMs = Number.POSITIVE_INFINITY;
  for (let pass = 0; pass < 2; pass++) {
    const cpu = process.cpuUsage();
    t = now();
    for (const s of sources) jsYaml.load(s, jsYamlOptions);
    jsYamlPasses.push(now() - t);
    const used = process.cpuUsage(cpu);
    jsYamlCpuMs = Math.min(jsYamlCpuMs, (used.user + used.system) / 1000);
  }
  const jsYamlMs = Math.min(...jsYamlPasses);
  rows.push({
    name: "parse-only js-yaml `load` (CORE_SCHEMA)",
    files: sources.length,
    seconds: seconds(jsYamlMs),
    cpuSeconds: seconds(jsYamlCpuMs),
    filesPerSecond: sources.length / seconds(jsYamlMs),
    note: `in-process, on decoded strings; best of 2 (${jsYamlPasses.map((p) => fmtS(seconds(p))).join(" / ")} s)`,
  });

  // 2b. 只做 schema：js-yaml 解析 + 随构建预编译的 ajv 校验函数（与 validate 用的同一套），进程内。
  //     ajv-cli 做的是同样的事再加上它自己的启动与读文件，所以这是比 ajv-cli 更严的基准。
  log("schema-only (js-yaml + the compiled ajv validators) …");
  const schemaCpuMs = schemaOnlyCpuMs(files, sources, jsYamlOptions);
  rows.push({
    name: "schema-only: js-yaml `load` + the compiled ajv validators",
    files: sources.length,
    seconds: Number.NaN,
    cpuSeconds: seconds(schemaCpuMs),
    filesPerSecond: sources.length / seconds(schemaCpuMs),
    note: "in-process, on decoded strings, best of 2 (CPU); the work ajv-cli does, without its start-up and file reading",
  });

  // 3. 只解析：yaml parseDocument + LineCounter（抽样、外推）
  log("parsing with yaml (sample) …");
  const step = Math.max(1, Math.round(1 / sample));
  const sampled = sources.filter((_, i) => i % step === 0);
  for (let i = 0; i < sampled.length; i += 50)
    parseDocument(sampled[i] as string, { lineCounter: new LineCounter(), uniqueKeys: false });
  t = now();
  for (const s of sampled) parseDocument(s, { lineCounter: new LineCounter(), uniqueKeys: false });
  const yamlSampleMs = now() - t;
  const yamlMs = (yamlSampleMs * sources.length) / sampled.length;
  rows.push({
    name: "parse-only yaml `parseDocument` + LineCounter",
    files: sources.length,
    seconds: seconds(yamlMs),
    filesPerSecond: sources.length / seconds(yamlMs),
    note:
      step === 1
        ? "in-process, all files"
        : `measured on every ${step}th file (${fmtInt(sampled.length)} files, ${fmtS(seconds(yamlSampleMs))} s) and extrapolated`,
  });
  buffers.length = 0;
  sources.length = 0;

  // 4. 完整校验（子进程）。先跑一次 help：构建产物过期时它先重新构建，之后的测量都用新的产物。
  log("warming up the CLI (help) …");
  runCli(["help"]);
  const startup = runCli(["help"]);
  // 冷：每次都用一个空的缓存目录（GOVCLOUD_CACHE_DIR），没有校验缓存可用（这一次把它写满）
  log(`running govcloud validate on the whole tree, cold: empty cache (${fullRuns}×) …`);
  const fullRunsDone: ChildRun[] = [];
  const cacheDirs: string[] = [];
  const validateArgs = ["validate", "--root", treeDir, "--format", "json"];
  for (let i = 0; i < fullRuns; i++) {
    const cacheDir = mkdtempSync(join(tmpdir(), "govcloud-bench-validate-"));
    cacheDirs.push(cacheDir);
    fullRunsDone.push(runCli(validateArgs, { GOVCLOUD_CACHE_DIR: cacheDir }));
  }
  const full = fullRunsDone.reduce((a, b) => (b.wallMs < a.wallMs ? b : a));
  const fullSummary = summaryOf(full, "validate");
  const target = pickTarget(files);
  const today = new Date().toISOString().slice(0, 10);
  const original = readFileSync(join(treeDir, target));
  const changed = original
    .toString("utf8")
    .replace(/^date: \d{4}-\d{2}-\d{2}$/m, `date: ${today}`)
    .concat("# bench: modified\n");
  // 热：同一个缓存目录（冷的那次写满的），什么都没改；再改一个单位里的一个申请文件
  const warmDir = cacheDirs[fullRunsDone.indexOf(full)] as string;
  let warmSame: ChildRun;
  let warmOne: ChildRun;
  try {
    log("running govcloud validate on the whole tree, warm cache, nothing changed …");
    warmSame = runCli(validateArgs, { GOVCLOUD_CACHE_DIR: warmDir });
    summaryOf(warmSame, "validate (warm cache)");
    log(`running govcloud validate on the whole tree, warm cache, one unit changed (${target}) …`);
    writeFileSync(join(treeDir, target), changed);
    warmOne = runCli(validateArgs, { GOVCLOUD_CACHE_DIR: warmDir });
    summaryOf(warmOne, "validate (warm cache, one unit changed)");
  } finally {
    writeFileSync(join(treeDir, target), original);
    for (const d of cacheDirs) rmSync(d, { recursive: true, force: true });
  }
  rows.push({
    name: "`govcloud validate --format json` (child process), **cold: empty validation cache**",
    files: fullSummary.files,
    seconds: seconds(full.wallMs),
    cpuSeconds: seconds(full.cpuMs),
    filesPerSecond: fullSummary.files / seconds(full.wallMs),
    peakRssMiB: full.maxRssKb / 1024,
    note:
      `exit ${full.status}, ${fullSummary.errors} errors, ${fullSummary.warnings} warnings` +
      (fullRuns > 1
        ? `; best of ${fullRuns} (${fullRunsDone.map((r) => fmtS(seconds(r.wallMs))).join(" / ")} s)`
        : "") +
      "; GOVCLOUD_CACHE_DIR is a fresh empty folder, so every unit is parsed and checked (and the cache written)",
  });
  for (const [run, name, note] of [
    [
      warmSame,
      "**warm** validation cache, nothing changed",
      "the cold run's cache: every unit read and hashed, none checked",
    ],
    [
      warmOne,
      "**warm** validation cache, one unit changed",
      `the cold run's cache, ${target} modified: that unit checked again, the others read and hashed`,
    ],
  ] as const) {
    const summary = summaryOf(run, name);
    rows.push({
      name: `\`govcloud validate --format json\` (child process), ${name}`,
      files: summary.files,
      seconds: seconds(run.wallMs),
      cpuSeconds: seconds(run.cpuMs),
      filesPerSecond: summary.files / seconds(run.wallMs),
      peakRssMiB: run.maxRssKb / 1024,
      note: `exit ${run.status}, ${summary.errors} errors; ${note}`,
    });
  }

  // 5. --changed-from HEAD：改动一个申请文件，测完恢复。选一个系统里最后一份、且内容与日期无关的
  //    端口开放申请；待审申请要检查 3 个月有效期，所以把日期改为今天（与 CLI 默认的“今天”同为 UTC 日期）。
  log("warming up the schema compile cache (validate --changed-from HEAD, nothing changed) …");
  const warm = runCli(["validate", "--root", treeDir, "--changed-from", "HEAD", "--format", "json"]);
  summaryOf(warm, "validate --changed-from HEAD (unchanged)");
  const changedRuns: ChildRun[] = [];
  let changedSummary: Summary | undefined;
  let coldRun: ChildRun | undefined;
  log(`running govcloud validate --changed-from HEAD (${runs}×, ${target} modified) …`);
  const coldCache = mkdtempSync(join(tmpdir(), "govcloud-bench-cache-"));
  try {
    writeFileSync(join(treeDir, target), changed);
    for (let i = 0; i < runs; i++) {
      const run = runCli(["validate", "--root", treeDir, "--changed-from", "HEAD", "--format", "json"]);
      changedSummary = summaryOf(run, "validate --changed-from");
      changedRuns.push(run);
    }
    // 同样的运行，但 ajv 编译缓存为空（如 CI 上新装的 node_modules）
    coldRun = runCli(["validate", "--root", treeDir, "--changed-from", "HEAD", "--format", "json"], {
      GOVCLOUD_CACHE_DIR: coldCache,
    });
    summaryOf(coldRun, "validate --changed-from (cold cache)");
  } finally {
    writeFileSync(join(treeDir, target), original);
    rmSync(coldCache, { recursive: true, force: true });
  }
  const changedMs = median(changedRuns.map((r) => r.wallMs));
  const changedCpuMs = median(changedRuns.map((r) => r.cpuMs));
  const changedRss = Math.max(...changedRuns.map((r) => r.maxRssKb));
  rows.push({
    name: "`govcloud validate --changed-from HEAD` (1 file modified)",
    files: changedSummary?.files ?? 0,
    seconds: seconds(changedMs),
    cpuSeconds: seconds(changedCpuMs),
    filesPerSecond: 0, // 一个文件：每秒文件数没有意义
    peakRssMiB: changedRss / 1024,
    note: `median of ${runs} (${changedRuns.map((r) => fmtS(seconds(r.wallMs))).join(" / ")} s), ${changedSummary?.errors ?? "?"} errors`,
  });
  rows.push({
    name: "same, empty schema compile cache",
    files: changedSummary?.files ?? 0,
    seconds: seconds(coldRun.wallMs),
    cpuSeconds: seconds(coldRun.cpuMs),
    filesPerSecond: 0,
    peakRssMiB: coldRun.maxRssKb / 1024,
    note: "GOVCLOUD_CACHE_DIR set to an empty folder (first run after a fresh install)",
  });
  rows.push({
    name: "CLI start-up (`govcloud help`)",
    files: 0,
    seconds: seconds(startup.wallMs),
    cpuSeconds: seconds(startup.cpuMs),
    filesPerSecond: 0,
    peakRssMiB: startup.maxRssKb / 1024,
    note: "node + the built bundle (scripts/dist/cli.mjs) + module loading, no validation",
  });

  // 6. 目标
  const ratio = full.wallMs / jsYamlMs;
  const cpuRatio = full.cpuMs / jsYamlCpuMs;
  const schemaRatio = full.cpuMs / schemaCpuMs;
  /** 热缓存的运行对照同样的目标（CPU）：标明是热的，不与冷的混淆。 */
  const warmChecks = (label: string, run: ChildRun) => [
    {
      name: `${label}: validate / js-yaml parse-only ≤ ${targets.validateOverParse}× on CPU time (**warm**, not the cold target above)`,
      value: `${(run.cpuMs / jsYamlCpuMs).toFixed(1)}× (${fmtS(seconds(run.cpuMs))} s / ${fmtS(seconds(jsYamlCpuMs))} s)`,
      pass: run.cpuMs / jsYamlCpuMs <= targets.validateOverParse,
    },
    {
      name: `${label}: validate / schema-only ≤ ${targets.validateOverSchema}× on CPU time (**warm**)`,
      value: `${(run.cpuMs / schemaCpuMs).toFixed(1)}× (${fmtS(seconds(run.cpuMs))} s / ${fmtS(seconds(schemaCpuMs))} s)`,
      pass: run.cpuMs / schemaCpuMs <= targets.validateOverSchema,
    },
  ];
  const checks = [
    {
      name: `\`--changed-from HEAD\` wall time < ${targets.changedFromSeconds} s`,
      value: `${fmtS(seconds(changedMs))} s`,
      pass: seconds(changedMs) < targets.changedFromSeconds,
    },
    {
      name: `\`govcloud help\` wall time < ${targets.helpSeconds} s`,
      value: `${fmtS(seconds(startup.wallMs))} s (CPU ${fmtS(seconds(startup.cpuMs))} s)`,
      pass: seconds(startup.wallMs) < targets.helpSeconds,
    },
    {
      // issue 16 的目标按 CPU 时间：墙钟取决于核数与机器忙不忙
      name: `validate / js-yaml parse-only ≤ ${targets.validateOverParse}× on CPU time (cold)`,
      value: `${cpuRatio.toFixed(1)}× (${fmtS(seconds(full.cpuMs))} s / ${fmtS(seconds(jsYamlCpuMs))} s)`,
      pass: cpuRatio <= targets.validateOverParse,
    },
    {
      name: "same on wall time (cold; informational: the workers run in parallel, a busy machine inflates it)",
      value: `${ratio.toFixed(1)}× (${fmtS(seconds(full.wallMs))} s / ${fmtS(seconds(jsYamlMs))} s)`,
      pass: ratio <= targets.validateOverParse,
    },
    {
      name: `validate / schema-only (js-yaml + ajv) ≤ ${targets.validateOverSchema}× on CPU time (cold)`,
      value: `${schemaRatio.toFixed(1)}× (${fmtS(seconds(full.cpuMs))} s / ${fmtS(seconds(schemaCpuMs))} s)`,
      pass: schemaRatio <= targets.validateOverSchema,
    },
    ...warmChecks("warm cache, nothing changed", warmSame),
    ...warmChecks("warm cache, one unit changed", warmOne),
    {
      name: "full validate reports 0 errors",
      value: `${fullSummary.errors} errors in ${fmtInt(fullSummary.files)} files`,
      pass: fullSummary.errors === 0 && full.status === 0,
    },
  ];

  const loadAtEnd = loadavg()[0] ?? 0;
  const busy = Math.max(loadAtStart, loadAtEnd) > cpus().length;
  const environment = {
    node: process.version,
    cpu: `${cpus()[0]?.model.trim() ?? "unknown"} × ${cpus().length}`,
    loadAverageAtStart: Number(loadAtStart.toFixed(2)),
    loadAverageAtEnd: Number(loadAtEnd.toFixed(2)),
    tree: {
      units: manifest.units,
      systems: manifest.systems,
      applications: manifest.applications,
      files: manifest.files,
      bytes: manifest.bytes,
      byType: manifest.byType,
      regenerated: generated,
    },
    peakRss: "process.resourceUsage().maxRSS of the child, reported at exit via --import hook",
  };

  if (values.json) {
    process.stdout.write(`${JSON.stringify({ environment, rows, checks, modifiedFile: target }, null, 2)}\n`);
    return;
  }
  const out: string[] = [];
  out.push(
    `### govcloud validate benchmark`,
    "",
    `Tree: ${fmtInt(manifest.units)} units, ${fmtInt(manifest.systems)} systems, ${fmtInt(manifest.applications)} applications ` +
      `(${applicationTypes.map((k) => `${k} ${fmtInt(manifest.byType[k])}`).join(", ")}); ` +
      `${fmtInt(manifest.files)} YAML files incl. ${fmtInt(manifest.deliveryFiles)} delivery records (deliveries: ${manifest.deliveries}), ` +
      `${fmtMiB(manifest.bytes)}, avg ${fmtInt(manifest.bytes / manifest.files)} B.`,
    `Node ${process.version}, ${environment.cpu}, 1-min load average ${loadAtStart.toFixed(2)} at start, ${loadAtEnd.toFixed(2)} at end. ` +
      "Peak RSS and CPU time (user + system) of a child come from its `process.resourceUsage()` at exit. " +
      "Wall times include node start-up.",
    ...(busy
      ? [
          "",
          `**The machine was busy (load above ${cpus().length} cores): wall times are inflated; compare CPU times.**`,
        ]
      : []),
    "",
    "| Measurement | Files | Wall time | CPU time | Files/s | Peak RSS | Notes |",
    "|---|---:|---:|---:|---:|---:|---|",
  );
  for (const r of rows) {
    out.push(
      `| ${r.name} | ${r.files ? fmtInt(r.files) : "–"} | ${Number.isNaN(r.seconds) ? "–" : `${fmtS(r.seconds)} s`} | ${
        r.cpuSeconds === undefined || Number.isNaN(r.cpuSeconds) ? "–" : `${fmtS(r.cpuSeconds)} s`
      } | ${r.filesPerSecond ? fmtInt(r.filesPerSecond) : "–"} | ${
        r.peakRssMiB === undefined || Number.isNaN(r.peakRssMiB) ? "–" : `${r.peakRssMiB.toFixed(0)} MiB`
      } | ${r.note} |`,
    );
  }
  out.push("", "| Target | Value | Result |", "|---|---:|:---:|");
  for (const c of checks) out.push(`| ${c.name} | ${c.value} | ${c.pass ? "PASS" : "FAIL"} |`);
  out.push("");
  process.stdout.write(`${out.join("\n")}\n`);
}

main();
