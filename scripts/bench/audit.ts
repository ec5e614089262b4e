/**
 * 夜间审计的基准：N 台云主机（默认 100,000）、近 5 个工作日的利用率，
 *   - file：每日汇总的 CSV 导出（N × 5 行）→ 解析 → 审计（判定、建议配置、起草申请）→ JSON 报告；
 *   - prometheus：OpenMetrics 回填（promtool）→ 启动真实的 Prometheus（127.0.0.1）→ 审计的查询
 *     （平均、峰值与天数在 Prometheus 内按工作日窗口计算）→ 审计。
 * 每一项在单独的子进程中运行，报告墙钟时间与峰值 RSS（Prometheus 另报它自己的峰值 RSS）。
 * 主机按系统分组：每个系统 5 项云主机资源、每项 2 台，交付于 2026-03-02，配置 8 核 16 GB；
 * 三分之一的主机空闲（判为低负载、起草缩容申请），其余忙。
 *
 * 用法：npm run bench:audit -- [--hosts N] [--prometheus-hosts N1,N2,…] [--interval 15m] [--json]
 *   --hosts              file 来源的主机数（默认 100000）
 *   --prometheus-hosts   prometheus 来源的主机数，逗号分隔（默认 1000,10000；100000 约需 20 分钟、8 GB 内存）；0 跳过
 *   --interval           回填的采样间隔，也是子查询的步长（默认 15m：一天 96 个点）
 *   --subquery           表达式写成 `bench_cpu_percent * 1`，走子查询（默认的 node/libvirt 表达式就是这样）；
 *                        不给时是指标选择器（记录规则），直接取原始采样
 * 没有安装 prometheus 时跳过该项（运行 scripts/setup/prometheus.sh 安装）。
 */
import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { nationalCalendar } from "../adapters/calendar-files.ts";
import { loadCatalog } from "../adapters/catalog-files.ts";
import { prometheusSource } from "../adapters/prometheus.ts";
import { useDiskCompileCache } from "../adapters/schema-cache.ts";
import { audit } from "../core/audit/audit.ts";
import { defaultAuditConfig } from "../core/audit/config.ts";
import { auditHosts } from "../core/audit/metrics.ts";
import { durationSeconds } from "../core/audit/promql.ts";
import { renderAudit } from "../core/audit/render.ts";
import type { SystemView } from "../core/audit/types.ts";
import type { System } from "../core/model.ts";
import { metricsFromDaily, parseMetrics } from "../core/rules/metrics-file.ts";
import type { ResourceState, SystemState } from "../core/state/fold.ts";

const TODAY = "2026-11-25";
const HOSTS_PER_SYSTEM = 10;
const self = fileURLToPath(import.meta.url);

const hostIp = (i: number) => `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}`;
/** 每项资源（2 台）一起空闲或一起忙：三分之一的资源空闲 */
const idle = (i: number) => Math.floor(i / 2) % 3 === 0;

/** N 台主机的系统（内存中，不经 YAML：仓库加载另有 npm run bench）。 */
export function syntheticSystems(hosts: number): SystemView[] {
  const views: SystemView[] = [];
  const system: System = {
    kind: "system",
    profile: "shenzhen",
    name: "",
    owner: { name: "张三", email: "a@example.gov.cn", mobile: "13800000000" },
    technicalContact: { name: "李四", email: "b@example.gov.cn", mobile: "13800000001" },
    environment: "x86",
    protectionLevel: 2,
    classified: false,
    commercial: false,
  };
  for (let s = 0; s * HOSTS_PER_SYSTEM < hosts; s++) {
    const resources = new Map<string, ResourceState>();
    for (let r = 0; r < 5; r++) {
      const base = s * HOSTS_PER_SYSTEM + r * 2;
      if (base >= hosts) break;
      const id = `app-${r + 1}`;
      resources.set(id, {
        id,
        service: "ecs",
        config: { quantity: 2, vcpu: 8, memoryGB: 16 },
        kind: "production",
        createdBy: 1,
        changedBy: [],
        deliveredOn: "2026-03-02",
        instances: [0, 1]
          .filter((k) => base + k < hosts)
          .map((k) => ({ name: `${id}-${k + 1}`, hostname: `bench-${base + k}`, ip: hostIp(base + k) })),
      });
    }
    const current: SystemState = { resources, revoked: new Map(), ports: [], applied: [1] };
    const unitDir = `unit-${Math.floor(s / 10)}`;
    views.push({
      key: `${unitDir}/system-${s}`,
      unitDir,
      systemDir: `system-${s}`,
      system: { ...system, name: `基准系统${s}` },
      history: { before: new Map(), current },
      applications: [],
      lastSequence: 1,
    });
  }
  return views;
}

/** 选择器（如记录规则）走原始采样的快路径；subquery 时写成表达式，走子查询（如 node exporter 的默认表达式）。 */
const config = (interval: string, subquery = false) => ({
  ...defaultAuditConfig,
  prometheus: {
    ...defaultAuditConfig.prometheus,
    step: interval,
    expressions: subquery
      ? { cpu: "bench_cpu_percent * 1", memory: "bench_memory_percent * 1" }
      : { cpu: "bench_cpu_percent", memory: "bench_memory_percent" },
  },
});

function context(hosts: number) {
  const calendar = nationalCalendar();
  const catalog = loadCatalog("shenzhen");
  return {
    calendar,
    systems: syntheticSystems(hosts),
    window: calendar.workdaysBefore(TODAY, 5),
    catalogs: (p: string) => (p === "shenzhen" ? catalog : undefined),
  };
}

/** 每台主机每个工作日的数字：空闲主机 CPU 2%/峰值 25%、内存 15%/20%；其余 40%/85%、60%/75%。 */
const figures = (i: number) => (idle(i) ? [2, 25, 15, 20] : [40, 85, 60, 75]);

async function writeLines(path: string, lines: (write: (s: string) => boolean) => Promise<void>) {
  const out = createWriteStream(path);
  const write = (s: string) => out.write(s);
  await lines(write);
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

async function drainable(out: (s: string) => boolean, s: string, stream: NodeJS.WritableStream) {
  if (!out(s)) await new Promise((resolve) => stream.once("drain", resolve));
}

/** 子进程：file 来源。 */
async function workerFile(hosts: number, dir: string) {
  const { calendar, systems, window, catalogs } = context(hosts);
  const csv = join(dir, "metrics.csv");
  const rows: string[] = ["host,date,cpu_avg,cpu_peak,mem_avg,mem_peak"];
  for (let i = 0; i < hosts; i++) {
    const [ca, cp, ma, mp] = figures(i);
    for (const d of window) rows.push(`${hostIp(i)},${d},${ca},${cp},${ma},${mp}`);
  }
  await writeLines(csv, async (w) => void w(`${rows.join("\n")}\n`));
  rows.length = 0;
  const t0 = performance.now();
  const metrics = metricsFromDaily("文件 metrics.csv", parseMetrics(readFileSync(csv, "utf8"), "csv"));
  const t1 = performance.now();
  const report = audit({
    today: TODAY,
    now: `${TODAY}T02:00:00+08:00`,
    calendar,
    catalogs,
    config: config("15m"),
    systems,
    metrics,
  });
  const t2 = performance.now();
  const json = renderAudit(report, "json", "zh");
  const t3 = performance.now();
  return {
    hosts,
    findings: report.findings.length,
    parseMs: t1 - t0,
    auditMs: t2 - t1,
    renderMs: t3 - t2,
    totalMs: t3 - t0,
    reportBytes: json.length,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

/** 子进程：Prometheus 来源（回填、启动、查询、审计、停止）。 */
async function workerPrometheus(hosts: number, dir: string, interval: string, subquery: boolean) {
  const { calendar, systems, window, catalogs } = context(hosts);
  const step = durationSeconds(interval);
  const beijing = (date: string) => Date.parse(`${date}T00:00:00+08:00`) / 1000;
  const tg = performance.now();
  // 直接按 promtool 的 2 小时数据块写文件（北京时间 0 点是 UTC 16 点，与 2 小时对齐）：每个文件只被读一次
  const files: string[] = [];
  let lines = 0;
  let bytes = 0;
  const families = [
    ["bench_cpu_percent", (i: number, peak: boolean) => (peak ? figures(i)[1] : figures(i)[0])],
    ["bench_memory_percent", (i: number, peak: boolean) => (peak ? figures(i)[3] : figures(i)[2])],
  ] as const;
  for (const d of window) {
    for (let b = 0; b < 12; b++) {
      const from = beijing(d) + b * 7200;
      const file = join(dir, `history-${d}-${b}.om`);
      const stream = createWriteStream(file);
      const w = (x: string) => stream.write(x);
      for (const [name, pick] of families) {
        await drainable(w, `# TYPE ${name} gauge\n`, stream);
        for (let i = 0; i < hosts; i++) {
          const chunk: string[] = [];
          // 采集时刻在每个取值点之前 30 秒（在 Prometheus 的 5 分钟回看之内）；每天 10:00 前后一个峰值点
          for (let t = from + step - 30; t < from + 7200; t += step)
            chunk.push(
              `${name}{instance="${hostIp(i)}:9100"} ${pick(i, t - beijing(d) === 36000 + step - 30)} ${t}`,
            );
          lines += chunk.length;
          const text = `${chunk.join("\n")}\n`;
          bytes += text.length;
          await drainable(w, text, stream);
        }
      }
      await drainable(w, "# EOF\n", stream);
      await new Promise<void>((resolve) => stream.end(resolve));
      files.push(file);
    }
  }
  const generateMs = performance.now() - tg;
  const { startPrometheus } = await import("../../test/audit/prometheus-server.ts");
  const t0 = performance.now();
  const prom = await startPrometheus(
    { files },
    { readyTimeoutMs: 600_000, extraArgs: ["--query.max-samples=500000000", "--query.timeout=30m"] },
  );
  const startedMs = performance.now() - t0;
  try {
    const t1 = performance.now();
    const source = prometheusSource({
      url: prom.url,
      settings: { ...config(interval, subquery).prometheus, timeoutSeconds: 1800 },
      concurrency: 2,
    });
    const metrics = await source.prefetch(auditHosts(systems, defaultAuditConfig), [window]);
    const t2 = performance.now();
    const report = audit({
      today: TODAY,
      now: `${TODAY}T02:00:00+08:00`,
      calendar,
      catalogs,
      config: config(interval),
      systems,
      metrics,
    });
    const t3 = performance.now();
    const status = readFileSync(`/proc/${prom.pid}/status`, "utf8");
    const promPeak = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    return {
      hosts,
      samples: lines,
      openMetricsMiB: bytes / 1024 / 1024,
      generateMs,
      backfillMs: prom.backfillMs,
      startMs: prom.startMs,
      backfillAndStartMs: startedMs,
      queryMs: t2 - t1,
      auditMs: t3 - t2,
      findings: report.findings.length,
      measured: report.summary.reduce((n, s) => n + s.measuredHosts, 0),
      peakRssMiB: process.resourceUsage().maxRSS / 1024,
      prometheusPeakRssMiB: promPeak,
    };
  } finally {
    await prom.stop();
  }
}

function child(args: string[]): Record<string, number> {
  const r = spawnSync(process.execPath, ["--import", "tsx", self, "--worker", ...args], {
    encoding: "utf8",
    maxBuffer: 1 << 26,
    stdio: ["ignore", "pipe", "inherit"],
  });
  if (r.status !== 0) throw new Error(`基准子进程失败（退出码 ${r.status}）`);
  return JSON.parse(r.stdout.trim().split("\n").pop() as string);
}

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mib = (m: number) => `${Math.round(m)} MiB`;

async function main() {
  useDiskCompileCache();
  const { values } = parseArgs({
    options: {
      worker: { type: "string" },
      hosts: { type: "string", default: "100000" },
      "prometheus-hosts": { type: "string", default: "1000,10000" },
      interval: { type: "string", default: "15m" },
      dir: { type: "string" },
      json: { type: "boolean" },
      subquery: { type: "boolean" },
    },
  });
  if (values.worker) {
    const hosts = Number(values.hosts);
    const result =
      values.worker === "file"
        ? await workerFile(hosts, values.dir as string)
        : await workerPrometheus(
            hosts,
            values.dir as string,
            values.interval as string,
            values.subquery === true,
          );
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "govcloud-bench-audit-"));
  const results: Record<string, unknown>[] = [];
  try {
    process.stderr.write(`机器：${cpus().length} 核 ${cpus()[0]?.model ?? ""}，Node ${process.version}\n`);
    const file = child(["file", "--hosts", values.hosts as string, "--dir", dir]);
    results.push({ source: "file", ...file });
    process.stderr.write(
      `file        ${file.hosts} 台：解析 ${s(file.parseMs as number)}，审计 ${s(file.auditMs as number)}，JSON ${s(file.renderMs as number)}，合计 ${s(file.totalMs as number)}；峰值 RSS ${mib(file.peakRssMiB as number)}；${file.findings} 条发现\n`,
    );
    const installed = spawnSync("promtool", ["--version"], { stdio: "ignore" }).status === 0;
    const sizes = (values["prometheus-hosts"] as string)
      .split(",")
      .map(Number)
      .filter((n) => n > 0);
    if (!installed && sizes.length)
      process.stderr.write("没有安装 prometheus：跳过（bash scripts/setup/prometheus.sh）\n");
    for (const n of installed ? sizes : []) {
      const p = child([
        "prometheus",
        "--hosts",
        String(n),
        "--dir",
        dir,
        "--interval",
        values.interval as string,
      ]);
      results.push({ source: "prometheus", interval: values.interval, ...p });
      process.stderr.write(
        `prometheus  ${n} 台（${p.samples} 个采样点，${(p.openMetricsMiB as number).toFixed(0)} MiB OpenMetrics）：回填 ${s(p.backfillMs as number)}，启动 ${s(p.startMs as number)}，查询 ${s(p.queryMs as number)}，审计 ${s(p.auditMs as number)}；峰值 RSS：审计 ${mib(p.peakRssMiB as number)}，Prometheus ${mib(p.prometheusPeakRssMiB as number)}；${p.findings} 条发现，${p.measured} 台有数据\n`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

await main();
