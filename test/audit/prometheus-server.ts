/**
 * 真实的 Prometheus（Debian 的 prometheus 软件包）：把 OpenMetrics 文本用 promtool 回填成历史数据块，
 * 在 127.0.0.1 的空闲端口上启动 prometheus，等它就绪；stop() 停止进程并删除临时目录。
 * 没有安装时：CI（CI=true）中报错并提示运行 scripts/setup/prometheus.sh，本地跳过。
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import yaml from "js-yaml";
import { halt, type Launched, launchOnFreePort } from "../helpers/local-server.ts";

export const setupHint =
  "Prometheus 未安装：请先运行 bash scripts/setup/prometheus.sh（安装 Debian 的 prometheus 软件包）。";

/** prometheus 与 promtool 都在 PATH 上。 */
export function prometheusInstalled(): boolean {
  return ["prometheus", "promtool"].every(
    (tool) => spawnSync(tool, ["--version"], { stdio: "ignore" }).status === 0,
  );
}

/** CI 中不许跳过：没装就失败。返回 true 表示应跳过（本地没装）。 */
export function skipWithoutPrometheus(): boolean {
  if (prometheusInstalled()) return false;
  if (process.env.CI === "true") throw new Error(setupHint);
  return true;
}

export interface RunningPrometheus {
  url: string;
  /** 回填所用的时间（毫秒） */
  backfillMs: number;
  /** 启动到就绪的时间（毫秒），不含回填记录规则 */
  startMs: number;
  /** 回填记录规则（含其间的重启）的时间（毫秒） */
  rulesMs: number;
  pid: number | undefined;
  stop(): Promise<void>;
}

function run(cmd: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${cmd} ${args.join(" ")} 退出码 ${code}：${stderr.slice(-2000)}`)),
    );
  });
}

/** promtool 的数据块按 2 小时对齐（自 Unix 纪元起）。 */
export const blockSeconds = 7200;

/**
 * 把 OpenMetrics 文本按 2 小时的数据块切开：promtool 每生成一个数据块都要把整个输入读一遍，
 * 切开后每份只读一次，回填时间从“块数 × 输入大小”降为“输入大小”。
 */
export function splitByBlock(openMetrics: string): string[] {
  const buckets = new Map<number, { header?: string; lines: string[] }>();
  let header = "";
  for (const line of openMetrics.split("\n")) {
    if (line === "" || line === "# EOF") continue;
    if (line.startsWith("#")) {
      header = line;
      continue;
    }
    const ts = Number(line.slice(line.lastIndexOf(" ") + 1));
    const key = Math.floor(ts / blockSeconds);
    let b = buckets.get(key);
    if (!b) {
      b = { lines: [] };
      buckets.set(key, b);
    }
    if (b.header !== header) {
      b.lines.push(header);
      b.header = header;
    }
    b.lines.push(line);
  }
  return [...buckets.keys()]
    .sort((a, b) => a - b)
    .map((k) => `${(buckets.get(k)?.lines ?? []).join("\n")}\n# EOF\n`);
}

/** 回填：每个文件一次 promtool，同时进行 parallel 个。 */
export async function backfill(
  files: readonly string[],
  data: string,
  cwd: string,
  parallel = 2,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++] as string;
      await run("promtool", ["tsdb", "create-blocks-from", "openmetrics", "--quiet", file, data], cwd);
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, files.length) }, worker));
}

/** 仓库里的记录规则文件（审计的 prometheus.mode: rules 查询它写下的每日序列）。 */
export const rulesFile = fileURLToPath(new URL("../../prometheus/rules/govcloud.yml", import.meta.url));

interface RuleGroup {
  name: string;
  interval?: string;
  rules: { record?: string; alert?: string; expr: string; labels?: Record<string, string> }[];
}

/**
 * 把规则文件按依赖分层：promtool 回填时同一组的规则看不到彼此的结果，引用了别的记录规则的规则要等被引用的
 * 那一层回填、加载之后再回填。每层保留组名与 interval（同一文件路径、同一组名的求值偏移相同）。
 */
export function ruleStages(text: string): string[] {
  const doc = yaml.load(text) as { groups: RuleGroup[] };
  const rules = doc.groups.flatMap((g) => g.rules);
  const records = [...new Set(rules.flatMap((r) => (r.record ? [r.record] : [])))];
  const token = (name: string) =>
    new RegExp(`(?<![\\w:])${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w:])`);
  const refs = new Map(rules.map((r) => [r, records.filter((n) => n !== r.record && token(n).test(r.expr))]));
  // 一条规则的层 = 它引用的记录规则的最高层 + 1；反复传播直到不再变化（规则之间没有环）
  const level = new Map(rules.map((r) => [r, 0]));
  for (let changed = true, rounds = 0; changed && rounds <= rules.length; rounds++) {
    changed = false;
    for (const r of rules) {
      const used = refs.get(r) ?? [];
      const l = Math.max(
        0,
        ...rules.filter((x) => x.record && used.includes(x.record)).map((x) => (level.get(x) ?? 0) + 1),
      );
      if (l !== level.get(r)) {
        level.set(r, l);
        changed = true;
      }
    }
  }
  const top = Math.max(0, ...level.values());
  return Array.from({ length: top + 1 }, (_, k) =>
    yaml.dump({
      groups: doc.groups
        .map((g) => ({ ...g, rules: g.rules.filter((r) => level.get(r) === k) }))
        .filter((g) => g.rules.length > 0),
    }),
  );
}

/** 在空闲端口上启动 prometheus 并等它就绪。 */
const launch = (dir: string, data: string, options: StartOptions): Promise<Launched> =>
  launchOnFreePort({
    name: "Prometheus",
    command: "prometheus",
    args: (port) => [
      `--config.file=${join(dir, "prometheus.yml")}`,
      `--storage.tsdb.path=${data}`,
      // 回填的历史可能早于今天很久：保留期要长于数据的年龄
      "--storage.tsdb.retention.time=3650d",
      `--web.listen-address=127.0.0.1:${port}`,
      ...(options.extraArgs ?? []),
    ],
    cwd: dir,
    readyPath: "/-/ready",
    readyTimeoutMs: options.readyTimeoutMs,
  });

export interface StartOptions {
  extraArgs?: string[];
  readyTimeoutMs?: number;
  parallel?: number;
  /**
   * 记录规则：Prometheus 加载这些文件（rule_files），并用 promtool tsdb create-blocks-from rules 为 days
   * （北京时间日期）按层回填，每层回填后重启 Prometheus，让下一层看得到上一层的结果。审计只读每天 24 点之后
   * 第一次求值的每日结果：最后一层（每日汇总）只回填 [d+1 日 00:00, 00:00 + interval]，前面的层回填
   * [d 日 00:00, d+1 日 00:00 + interval]。promtool 每 2 小时、每条规则查询一次并写一个数据块，只回填要用的
   * 时段，测试与基准都快得多。interval 为规则组的求值间隔（秒）。
   */
  rules?: { files: readonly string[]; days: readonly string[]; interval: number };
}

/**
 * 回填并启动。openMetrics 为 OpenMetrics 文本（自动按数据块切开），或已按 2 小时数据块切好的文件路径；
 * 时间戳为秒，每份以 `# EOF` 结尾。
 */
export async function startPrometheus(
  openMetrics: string | { files: readonly string[] },
  options: StartOptions = {},
): Promise<RunningPrometheus> {
  const dir = mkdtempSync(join(tmpdir(), "govcloud-prometheus-"));
  const data = join(dir, "data");
  let running: Launched | undefined;
  const stop = async () => {
    await halt(running?.child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    writeFileSync(
      join(dir, "prometheus.yml"),
      `${yaml.dump({ global: {}, rule_files: options.rules?.files ?? [] })}`,
    );
    const t0 = performance.now();
    let files: readonly string[];
    if (typeof openMetrics === "string") {
      files = splitByBlock(openMetrics).map((text, i) => {
        const file = join(dir, `history-${i}.om`);
        writeFileSync(file, text);
        return file;
      });
    } else files = openMetrics.files;
    await backfill(files, data, dir, options.parallel ?? Math.max(1, Math.min(4, availableParallelism())));
    if (typeof openMetrics === "string") for (const f of files) rmSync(f);
    const backfillMs = performance.now() - t0;
    const t1 = performance.now();
    running = await launch(dir, data, options);
    let rulesMs = 0;
    if (options.rules) {
      const t2 = performance.now();
      running = await backfillRules(options.rules, running, { dir, data, options });
      rulesMs = performance.now() - t2;
    }
    const startMs = performance.now() - t1 - rulesMs;
    const { url, child } = running;
    return { url, backfillMs, startMs, rulesMs, pid: child.pid, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** 按层回填记录规则：每层写到同一路径（求值偏移不变），promtool 生成数据块，搬进数据目录，重启 Prometheus。 */
async function backfillRules(
  rules: NonNullable<StartOptions["rules"]>,
  running: Launched,
  at: { dir: string; data: string; options: StartOptions },
): Promise<Launched> {
  const perFile = rules.files.map((f) => ruleStages(readFileSync(f, "utf8")));
  const depth = Math.max(0, ...perFile.map((s) => s.length));
  let current = running;
  for (let k = 0; k < depth; k++) {
    const stageFiles = perFile.flatMap((stages, i) => {
      const text = stages[k];
      if (text === undefined) return [];
      const file = join(at.dir, `backfill-${i}.yml`);
      writeFileSync(file, text);
      return [file];
    });
    if (stageFiles.length === 0) continue;
    const out = join(at.dir, `rule-blocks-${k}`);
    for (const day of rules.days) {
      const end = beijing(day) + 86400;
      const start = k === depth - 1 ? end : end - 86400;
      await run(
        "promtool",
        [
          "tsdb",
          "create-blocks-from",
          "rules",
          "--quiet",
          `--start=${start}`,
          // promtool 的 --end 是整秒：求值偏移可以是 interval 内的任意时刻（含小数秒），回填到 00:00 + interval
          `--end=${end + rules.interval}`,
          `--url=${current.url}`,
          `--output-dir=${out}`,
          ...stageFiles,
        ],
        at.dir,
      );
    }
    // 先停下 Prometheus 再搬数据块（不与它的合并、重新加载同时进行），然后重启
    await halt(current.child);
    for (const block of readdirSync(out)) renameSync(join(out, block), join(at.data, block));
    current = await launch(at.dir, at.data, at.options);
  }
  return current;
}

/** 北京时间的 Unix 秒。 */
export const beijing = (date: string, hh = 0, mm = 0): number =>
  Date.parse(`${date}T${String(hh).padStart(2, "0")}:${String(mm).padStart(2, "0")}:00+08:00`) / 1000;

/** OpenMetrics：一个指标族的全部序列放在一起，每条序列的时间戳递增。 */
export function openMetricsText(
  families: {
    name: string;
    type: "gauge" | "counter";
    series: { labels: Record<string, string>; samples: [number, number][] }[];
  }[],
): string {
  const out: string[] = [];
  for (const f of families) {
    out.push(`# TYPE ${f.name} ${f.type}`);
    for (const s of f.series) {
      const labels = Object.entries(s.labels)
        .map(([k, v]) => `${k}="${v}"`)
        .join(",");
      for (const [t, v] of s.samples) out.push(`${f.name}{${labels}} ${v} ${t}`);
    }
  }
  out.push("# EOF", "");
  return out.join("\n");
}
