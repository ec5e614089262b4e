/**
 * 夜间审计的基准：N 台云主机、近 5 个工作日的利用率，
 *   - file：每日汇总的 CSV 导出（N × 5 行）→ 解析 → 审计（判定、建议配置、起草申请）→ JSON 报告；
 *   - prometheus：真实的 Prometheus（127.0.0.1）。准备（不计入）：记录规则第 1 层的点（每台主机每个取值点一个，
 *     govcloud_host 标签）写成 OpenMetrics、用 promtool tsdb create-blocks-from openmetrics 回填；Prometheus 加载
 *     prometheus/rules/govcloud.yml 的每日规则，用 promtool tsdb create-blocks-from rules 回填；等 Prometheus 空闲。
 *     然后单独起一个审计进程：查询（默认只查每日序列，prometheus.mode: rules）→ 审计 → JSON 报告，报告它的
 *     墙钟时间、CPU 时间与峰值 RSS，对照目标（< 60 s、< 1 GiB）给出 PASS/FAIL。
 *     这是报告而不是测试：目标未达到时退出码仍为 0。
 * 主机按系统分组：每个系统 5 项云主机资源、每项 2 台，交付于 2026-03-02，配置 8 核 16 GB；
 * 三分之一的主机空闲（判为低负载、起草缩容申请），其余忙。
 *
 * 用法：npm run bench:audit -- [--hosts N] [--prometheus-hosts N1,N2,…] [--interval 1h] [--mode rules|expressions] [--json]
 *   --hosts              file 来源的主机数（默认 100000）；0 跳过
 *   --prometheus-hosts   prometheus 来源的主机数，逗号分隔（默认 10000,100000）；0 跳过
 *   --interval           原始采样与规则求值的间隔，也是审计的 step（默认 1h：每天 24 个点。审计的查询量与它无关，
 *                        每台主机每天一个点；它只决定准备阶段回填多少数据）
 *   --mode               rules（默认）只查每日序列；expressions 直接取第 1 层的全部点（选择器，旧的方式，作对照）
 * 没有安装 prometheus 时跳过该项（运行 scripts/setup/prometheus.sh 安装）。
 */

import { spawnSync } from "node:child_process";
import { createWriteStream, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import yaml from "js-yaml";
import { nationalCalendar } from "../adapters/calendar-files.ts";
import { loadCatalog } from "../adapters/catalog-files.ts";
import { prometheusSource } from "../adapters/prometheus.ts";
import { useDiskCompileCache } from "../adapters/schema-cache.ts";
import { audit } from "../core/audit/audit.ts";
import { defaultAuditConfig, type PrometheusMode } from "../core/audit/config.ts";
import { auditHosts } from "../core/audit/metrics.ts";
import { durationSeconds } from "../core/audit/promql.ts";
import { renderAudit } from "../core/audit/render.ts";
import type { SystemView } from "../core/audit/types.ts";
import type { System } from "../core/model.ts";
import { metricsFromDaily, parseMetrics } from "../core/rules/metrics-file.ts";
import type { ResourceState, SystemState } from "../core/state/fold.ts";
import { shenzhen } from "../profiles/shenzhen/index.ts";

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
      deliveries: [],
      lastSequence: 1,
    });
  }
  return views;
}

/** 审计配置：step 为基准的采样间隔；rules 模式查每日序列，expressions 模式直接取第 1 层的点（选择器，原始采样）。 */
const config = (interval: string) => ({
  ...defaultAuditConfig,
  prometheus: {
    ...defaultAuditConfig.prometheus,
    step: interval,
    hostLabel: "govcloud_host",
    hostPattern: "^(.+)$",
    expressions: {
      cpu: "govcloud_host:cpu_utilization_percent",
      memory: "govcloud_host:memory_utilization_percent",
    },
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
  const report = audit(
    {
      today: TODAY,
      now: `${TODAY}T02:00:00+08:00`,
      calendar,
      catalogs,
      config: config("15m"),
      systems,
      metrics,
    },
    shenzhen.audit,
  );
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

/** 仓库规则文件 node 组的每日规则（第 2 层，原样），求值间隔改为基准的 interval。 */
function benchRules(interval: string): string {
  const file = fileURLToPath(new URL("../../prometheus/rules/govcloud.yml", import.meta.url));
  const doc = yaml.load(readFileSync(file, "utf8")) as {
    groups: { name: string; interval: string; rules: { record: string; expr: string }[] }[];
  };
  const node = doc.groups.find((g) => g.name === "govcloud-node");
  if (!node) throw new Error("prometheus/rules/govcloud.yml 没有 govcloud-node 组");
  return yaml.dump({
    groups: [{ ...node, interval, rules: node.rules.filter((r) => r.record.endsWith("_1d")) }],
  });
}

/**
 * 准备：第 1 层记录规则的输出（每台主机每个对齐时刻一个点，govcloud_host 标签）直接写成 OpenMetrics，
 * 按 promtool 的 2 小时数据块分文件（北京时间 0 点是 UTC 16 点，与 2 小时对齐），每个文件只被读一次。
 * 第 1 层对原始指标的求值由 test/audit/prometheus.test.ts 在真实的 Prometheus 上验证；10 万台主机时
 * 用 promtool 回填它要几十分钟，基准只回填第 2 层（每日规则）。
 */
async function writeHistory(hosts: number, dir: string, window: readonly string[], step: number) {
  const beijing = (date: string) => Date.parse(`${date}T00:00:00+08:00`) / 1000;
  const files: string[] = [];
  let lines = 0;
  let bytes = 0;
  const families = [
    ["govcloud_host:cpu_utilization_percent", (i: number, peak: boolean) => figures(i)[peak ? 1 : 0]],
    ["govcloud_host:memory_utilization_percent", (i: number, peak: boolean) => figures(i)[peak ? 3 : 2]],
  ] as const;
  for (const d of window) {
    const start = beijing(d);
    // 这一天的取值点 d 00:00+step … d+1 00:00；最后一个点落在次日的第一个数据块里
    for (let b = 0; b <= 12; b++) {
      const from = start + b * 7200;
      const points: number[] = [];
      for (let t = Math.max(from, start + step); t < Math.min(from + 7200, start + 86400 + 1); t += step)
        points.push(t);
      const file = join(dir, `history-${d}-${b}.om`);
      const stream = createWriteStream(file);
      const w = (x: string) => stream.write(x);
      for (const [name, pick] of families) {
        await drainable(w, `# TYPE ${name} gauge\n`, stream);
        for (let i = 0; i < hosts; i++) {
          // 每天 10:00 一个峰值点
          const labels = `{govcloud_exporter="node",govcloud_host="${hostIp(i)}"}`;
          const text = `${points.map((t) => `${name}${labels} ${pick(i, t - start === 36000)} ${t}`).join("\n")}\n`;
          lines += points.length;
          bytes += text.length;
          await drainable(w, text, stream);
        }
      }
      await drainable(w, "# EOF\n", stream);
      await new Promise<void>((resolve) => stream.end(resolve));
      files.push(file);
    }
  }
  return { files, lines, bytes };
}

/** 等 Prometheus 空闲（重启后它会合并回填的小数据块）：连续 3 秒 CPU 不到 5%，最多等 10 分钟。 */
async function waitIdle(pid: number | undefined) {
  if (!pid) return;
  const cpu = () => {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return Number(fields[11]) + Number(fields[12]);
  };
  const deadline = Date.now() + 600_000;
  let quiet = 0;
  let last = cpu();
  while (quiet < 3 && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
    const now = cpu();
    quiet = now - last < 5 ? quiet + 1 : 0;
    last = now;
  }
}

/** 审计进程（单独计量）：查询 Prometheus、审计、渲染 JSON 报告。 */
async function workerAudit(hosts: number, url: string, interval: string, mode: PrometheusMode) {
  const t0 = performance.now();
  const { calendar, systems, window, catalogs } = context(hosts);
  const settings = { ...config(interval).prometheus, mode };
  const t1 = performance.now();
  const metrics = await prometheusSource({ url, settings }).prefetch(
    auditHosts(systems, defaultAuditConfig),
    [window],
  );
  const t2 = performance.now();
  const report = audit(
    {
      today: TODAY,
      now: `${TODAY}T02:00:00+08:00`,
      calendar,
      catalogs,
      config: config(interval),
      systems,
      metrics,
    },
    shenzhen.audit,
  );
  const t3 = performance.now();
  const json = renderAudit(report, "json", "zh");
  const t4 = performance.now();
  const usage = process.resourceUsage();
  return {
    hosts,
    prepareMs: t1 - t0,
    queryMs: t2 - t1,
    auditMs: t3 - t2,
    renderMs: t4 - t3,
    reportBytes: json.length,
    findings: report.findings.length,
    measured: report.summary.reduce((n, s) => n + s.measuredHosts, 0),
    cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000,
    peakRssMiB: usage.maxRSS / 1024,
  };
}

/** Prometheus 来源：准备数据与服务器（不计入），再单独计量审计进程。 */
async function benchPrometheus(hosts: number, dir: string, interval: string, mode: PrometheusMode) {
  const { window } = context(0);
  const step = durationSeconds(interval);
  const tg = performance.now();
  const history = await writeHistory(hosts, dir, window, step);
  const rules = join(dir, "bench-rules.yml");
  writeFileSync(rules, benchRules(interval));
  const generateMs = performance.now() - tg;
  const { startPrometheus } = await import("../../test/audit/prometheus-server.ts");
  const prom = await startPrometheus(
    { files: history.files },
    { readyTimeoutMs: 600_000, rules: { files: [rules], days: window, interval: step } },
  );
  for (const f of history.files) rmSync(f);
  try {
    await waitIdle(prom.pid);
    const t0 = performance.now();
    const worker = child([
      "audit",
      "--hosts",
      String(hosts),
      "--url",
      prom.url,
      "--interval",
      interval,
      "--mode",
      mode,
    ]);
    const wallMs = performance.now() - t0;
    const status = readFileSync(`/proc/${prom.pid}/status`, "utf8");
    const promPeak = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    return {
      hosts,
      mode,
      samples: history.lines,
      openMetricsMiB: history.bytes / 1024 / 1024,
      generateMs,
      backfillMs: prom.backfillMs,
      rulesMs: prom.rulesMs,
      startMs: prom.startMs,
      wallMs,
      ...worker,
      prometheusPeakRssMiB: promPeak,
    };
  } finally {
    await prom.stop();
  }
}

function child(args: string[]): Record<string, number | string> {
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

/** 目标（issue 16）：10 万台主机的审计进程 < 60 s、< 1 GiB。 */
const targets = { wallMs: 60_000, peakRssMiB: 1024 };
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

function reportPrometheus(p: Record<string, number | string>) {
  const n = (k: string) => p[k] as number;
  process.stderr.write(
    `prometheus  ${n("hosts")} 台，${p.mode}（准备：${n("samples")} 个原始采样点、${n("openMetricsMiB").toFixed(0)} MiB OpenMetrics，生成 ${s(n("generateMs"))}，回填 ${s(n("backfillMs"))}，回填记录规则 ${s(n("rulesMs"))}）\n` +
      `            审计进程：墙钟 ${s(n("wallMs"))}（查询 ${s(n("queryMs"))}，审计 ${s(n("auditMs"))}，JSON ${s(n("renderMs"))}），CPU ${s(n("cpuMs"))}，峰值 RSS ${mib(n("peakRssMiB"))}；` +
      `${n("findings")} 条发现，${n("measured")} 台有数据；Prometheus 峰值 RSS ${mib(n("prometheusPeakRssMiB"))}\n` +
      `            目标：墙钟 < 60 s ${verdict(n("wallMs") < targets.wallMs)}，峰值 RSS < 1 GiB ${verdict(n("peakRssMiB") < targets.peakRssMiB)}\n`,
  );
}

async function main() {
  useDiskCompileCache();
  const { values } = parseArgs({
    options: {
      worker: { type: "string" },
      hosts: { type: "string", default: "100000" },
      "prometheus-hosts": { type: "string", default: "10000,100000" },
      interval: { type: "string", default: "1h" },
      mode: { type: "string", default: "rules" },
      url: { type: "string" },
      dir: { type: "string" },
      json: { type: "boolean" },
    },
  });
  const mode = values.mode as PrometheusMode;
  if (mode !== "rules" && mode !== "expressions")
    throw new Error(`--mode 只能是 rules 或 expressions：${mode}`);
  if (values.worker) {
    const hosts = Number(values.hosts);
    const result =
      values.worker === "file"
        ? await workerFile(hosts, values.dir as string)
        : await workerAudit(hosts, values.url as string, values.interval as string, mode);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "govcloud-bench-audit-"));
  const results: Record<string, unknown>[] = [];
  try {
    process.stderr.write(
      `机器：${cpus().length} 核 ${cpus()[0]?.model ?? ""}，Node ${process.version}，负载 ${loadavg()
        .map((l) => l.toFixed(1))
        .join(" ")}\n`,
    );
    if (Number(values.hosts) > 0) {
      const file = child(["file", "--hosts", values.hosts as string, "--dir", dir]);
      results.push({ source: "file", ...file });
      process.stderr.write(
        `file        ${file.hosts} 台：解析 ${s(file.parseMs as number)}，审计 ${s(file.auditMs as number)}，JSON ${s(file.renderMs as number)}，合计 ${s(file.totalMs as number)}；峰值 RSS ${mib(file.peakRssMiB as number)}；${file.findings} 条发现\n`,
      );
    }
    const installed = spawnSync("promtool", ["--version"], { stdio: "ignore" }).status === 0;
    const sizes = (values["prometheus-hosts"] as string)
      .split(",")
      .map(Number)
      .filter((n) => n > 0);
    if (!installed && sizes.length)
      process.stderr.write("没有安装 prometheus：跳过（bash scripts/setup/prometheus.sh）\n");
    for (const n of installed ? sizes : []) {
      const p = await benchPrometheus(n, dir, values.interval as string, mode);
      results.push({ source: "prometheus", interval: values.interval, ...p });
      reportPrometheus(p);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (values.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
}

await main();
