/**
 * Prometheus 来源对真实的 Prometheus（Debian 2.42）：回填 2026 年国庆前后两周的历史，按近 5 个工作日
 * （09-30、10-08、10-09、调休上班的周六 10-10、10-12）在 Prometheus 里算平均与峰值。
 * 假期与周日的数字很高：算错窗口就看得出来。
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrometheusError, prometheusSource } from "../../scripts/adapters/prometheus.ts";
import { runAudit } from "../../scripts/cli/audit.ts";
import {
  defaultAuditConfig,
  type PrometheusSettings,
  parseAuditConfig,
} from "../../scripts/core/audit/config.ts";
import { dailyQuery, windowQuery } from "../../scripts/core/audit/promql.ts";
import type { MetricsSource } from "../../scripts/core/rules/metrics.ts";
import { metricsFromDaily, parseMetrics } from "../../scripts/core/rules/metrics-file.ts";
import { examplesRepo, repoRoot } from "../helpers/repo.ts";
import { calendar } from "./helpers.ts";
import {
  beijing,
  openMetricsText,
  type RunningPrometheus,
  rulesFile,
  skipWithoutPrometheus,
  startPrometheus,
} from "./prometheus-server.ts";
import {
  type RunningVictoriaMetrics,
  skipWithoutVictoriaMetrics,
  startVictoriaMetrics,
} from "./victoria-metrics-server.ts";

const TODAY = "2026-10-13";
const WINDOW = calendar.workdaysBefore(TODAY, 5);
const STEP = 300;
const FROM = beijing("2026-09-29");
const TO = beijing(TODAY) + 3600;
/** 北京时间的日期。 */
const dateOf = (t: number) => new Date((t + 8 * 3600) * 1000).toISOString().slice(0, 10);
/**
 * 有数据的日子：窗口的 5 天，与每一段窗口相邻的非工作日（09-29、10-01、10-07、周日 10-11）以及 10-13 的第一个小时。
 * 10-02 至 10-06 不必有数据：promtool 按 2 小时一块回填，少回填几天，测试快很多。
 */
const dataDays = new Set([
  "2026-09-29",
  "2026-09-30",
  "2026-10-01",
  "2026-10-07",
  "2026-10-08",
  "2026-10-09",
  "2026-10-10",
  "2026-10-11",
  "2026-10-12",
  "2026-10-13",
]);
const times: number[] = [];
for (let t = FROM; t < TO; t += STEP) if (dataDays.has(dateOf(t))) times.push(t);
const inWindow = (t: number) => WINDOW.includes(dateOf(t));
const hourOf = (t: number) => new Date((t + 8 * 3600) * 1000).getUTCHours();
const minuteOf = (t: number) => new Date((t + 8 * 3600) * 1000).getUTCMinutes();

/** 空闲主机的 CPU 占用（0–1）：工作日 2%，10:00–10:30 高峰 35%；窗口外 90%。 */
const idleBusy = (t: number) => (!inWindow(t) ? 0.9 : hourOf(t) === 10 && minuteOf(t) < 30 ? 0.35 : 0.02);
const busyBusy = (t: number) => (inWindow(t) ? 0.5 : 0.9);

/** 计数器：按占用率累加空闲（node）或忙碌（libvirt）秒数。 */
function counter(rate: (t: number) => number): [number, number][] {
  let total = 0;
  return times.map((t, i) => {
    if (i > 0) total += STEP * rate(times[i - 1] as number);
    return [t, Math.round(total * 1000) / 1000];
  });
}

/** 精确比较用的百分数序列：每天不同（日序号），每天 10:00 一个尖峰。 */
function gaugeCpu(t: number, host: number): number {
  if (!inWindow(t)) return 90;
  const day = WINDOW.indexOf(dateOf(t));
  return hourOf(t) === 10 && minuteOf(t) === 0 ? 30 + day : 1 + day * 0.5 + host * 0.25;
}
const gaugeMem = (t: number) => (inWindow(t) ? 15 + WINDOW.indexOf(dateOf(t)) : 95);
/** 采集时刻不在整点上（晚 30 秒，如同真实的抓取）；第二台主机缺调休上班日 10-10 的数据 */
const gaugeTimes = (host: number) =>
  times.map((t) => t + 30).filter((t) => !(host === 1 && dateOf(t) === "2026-10-10"));

const GB = 2 ** 30;
function history(): string {
  // 10.21.3.31 缺调休上班日 10-10 的全部数据（不在示例仓库里，只用来比较两种查询方式的天数）
  const nodeHosts: { instance: string; busy: (t: number) => number; mem: number; gap?: string }[] = [
    { instance: "10.21.3.11:9100", busy: idleBusy, mem: 0.2 },
    { instance: "10.21.3.12:9100", busy: idleBusy, mem: 0.22 },
    { instance: "10.21.3.21:9100", busy: busyBusy, mem: 0.6 },
    { instance: "10.21.3.22:9100", busy: busyBusy, mem: 0.6 },
    { instance: "10.21.3.31:9100", busy: idleBusy, mem: 0.3, gap: "2026-10-10" },
  ];
  const kept = (h: { gap?: string }) => (s: [number, number]) => dateOf(s[0]) !== h.gap;
  const libvirt = [
    { domain: "szedu-xj-app-1", busy: idleBusy },
    { domain: "szedu-xj-app-2", busy: idleBusy },
  ];
  return openMetricsText([
    {
      name: "node_cpu_seconds_total",
      type: "counter",
      series: nodeHosts.flatMap((h) =>
        ["0", "1"].map((cpu) => ({
          labels: { instance: h.instance, job: "node", cpu, mode: "idle" },
          samples: counter((t) => 1 - h.busy(t)).filter(kept(h)),
        })),
      ),
    },
    {
      name: "node_memory_MemAvailable_bytes",
      type: "gauge",
      series: nodeHosts.map((h) => ({
        labels: { instance: h.instance, job: "node" },
        samples: times
          .map((t) => [t + 30, (inWindow(t) ? 1 - h.mem : 0.05) * 24 * GB] as [number, number])
          .filter(kept(h)),
      })),
    },
    {
      name: "node_memory_MemTotal_bytes",
      type: "gauge",
      series: nodeHosts.map((h) => ({
        labels: { instance: h.instance, job: "node" },
        samples: times.map((t) => [t + 30, 24 * GB] as [number, number]).filter(kept(h)),
      })),
    },
    {
      name: "libvirt_domain_info_cpu_time_seconds_total",
      type: "counter",
      series: libvirt.map((d) => ({
        labels: { domain: d.domain, job: "libvirt" },
        samples: counter((t) => 12 * d.busy(t)),
      })),
    },
    {
      name: "libvirt_domain_info_virtual_cpus",
      type: "gauge",
      series: libvirt.map((d) => ({
        labels: { domain: d.domain, job: "libvirt" },
        samples: times.map((t) => [t, 12] as [number, number]),
      })),
    },
    {
      name: "libvirt_domain_info_memory_usage_bytes",
      type: "gauge",
      series: libvirt.map((d) => ({
        labels: { domain: d.domain, job: "libvirt" },
        samples: times.map((t) => [t + 30, (inWindow(t) ? 0.2 : 0.95) * 24 * GB] as [number, number]),
      })),
    },
    {
      name: "libvirt_domain_info_maximum_memory_bytes",
      type: "gauge",
      series: libvirt.map((d) => ({
        labels: { domain: d.domain, job: "libvirt" },
        samples: times.map((t) => [t + 30, 24 * GB] as [number, number]),
      })),
    },
    {
      name: "govcloud_test_cpu_percent",
      type: "gauge",
      series: [0, 1].map((host) => ({
        labels: { instance: `10.9.0.${host + 1}:9100` },
        samples: gaugeTimes(host).map((t) => [t, gaugeCpu(t, host)] as [number, number]),
      })),
    },
    {
      name: "govcloud_test_mem_percent",
      type: "gauge",
      series: [0, 1].map((host) => ({
        labels: { instance: `10.9.0.${host + 1}:9100` },
        samples: gaugeTimes(host).map((t) => [t, gaugeMem(t)] as [number, number]),
      })),
    },
  ]);
}

/** govcloud audit 对示例仓库、以给定地址为利用率来源，返回 JSON 报告。 */
async function auditJson(metricsUrl: string) {
  let out = "";
  const io = {
    stdout: (s: string) => {
      out += s;
    },
    stderr: () => {},
    cwd: repoRoot,
    colorDefault: false,
  };
  const code = await runAudit(
    ["--root", examplesRepo(), "--metrics", `prometheus:${metricsUrl}`, "--now", TODAY, "--format", "json"],
    io,
    { isTTY: false },
  );
  expect(code).toBe(0);
  return JSON.parse(out) as {
    findings: { key: string; params: Record<string, unknown> }[];
    metricsSource: string;
  };
}

/** 两个来源对同一批主机的数字相同（浮点到 1e-9）。 */
async function expectSameFigures(a: MetricsSource, b: MetricsSource, hosts: readonly string[]) {
  for (const h of hosts) {
    const x = a.window([h], WINDOW);
    const y = b.window([h], WINDOW);
    expect(x, h).toBeDefined();
    expect(x?.days, h).toBe(y?.days);
    for (const metric of ["cpu", "memory"] as const)
      for (const figure of ["average", "peak"] as const)
        expect(x?.[metric]?.[figure], `${h} ${metric} ${figure}`).toBeCloseTo(
          y?.[metric]?.[figure] as number,
          9,
        );
  }
}

const nodeHosts = ["10.21.3.11", "10.21.3.12", "10.21.3.21", "10.21.3.22", "10.21.3.31"];
const libvirtHosts = ["szedu-xj-app-1", "szedu-xj-app-2"];

const skip = skipWithoutPrometheus();
let prom: RunningPrometheus | undefined;
const url = () => (prom as RunningPrometheus).url;

describe.skipIf(skip)("Prometheus source against a real Prometheus", () => {
  beforeAll(async () => {
    prom = await startPrometheus(history(), { rules: { files: [rulesFile], days: WINDOW, interval: STEP } });
  }, 240_000);
  afterAll(async () => {
    await prom?.stop();
  });

  it("the window is the 5 working days around National Day 2026", () => {
    expect(WINDOW).toEqual(["2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10", "2026-10-12"]);
  });

  it("average and peak over the exact working-day windows equal the file source's figures from the same samples", async () => {
    const settings: PrometheusSettings = {
      ...defaultAuditConfig.prometheus,
      mode: "expressions",
      expressions: { cpu: "govcloud_test_cpu_percent", memory: "govcloud_test_mem_percent" },
    };
    const hosts = ["10.9.0.1", "10.9.0.2"];
    const source = await prometheusSource({ url: url(), settings }).prefetch(hosts, [WINDOW]);
    // 同样的采样点写成导出文件（采样点形式，时间戳带 +08:00），由文件来源按日汇总
    const csv = [
      "host,timestamp,cpu,memory",
      ...[0, 1].flatMap((host) =>
        gaugeTimes(host).map(
          (t) =>
            `${hosts[host]},${new Date((t + 8 * 3600) * 1000).toISOString().slice(0, 19)}+08:00,${gaugeCpu(t, host)},${gaugeMem(t)}`,
        ),
      ),
    ].join("\n");
    const file = metricsFromDaily("文件", parseMetrics(csv, "csv"));
    for (const h of hosts) {
      const p = source.window([h], WINDOW);
      const f = file.window([h], WINDOW);
      expect(p?.days).toBe(f?.days);
      expect(p?.cpu?.average).toBeCloseTo(f?.cpu?.average as number, 9);
      expect(p?.cpu?.peak).toBeCloseTo(f?.cpu?.peak as number, 9);
      expect(p?.memory?.average).toBeCloseTo(f?.memory?.average as number, 9);
      expect(p?.memory?.peak).toBeCloseTo(f?.memory?.peak as number, 9);
    }
    expect(source.window(["10.9.0.1"], WINDOW)).toEqual({
      days: 5,
      cpu: { average: expect.closeTo(2 + (30 + 2 - 2 - 0) / 288, 9), peak: 34 },
      memory: { average: 17, peak: 19 },
    });
    expect(source.window(["10.9.0.2"], WINDOW)?.days).toBe(4);
    // 两台合并：与文件来源相同（按天数加权的平均，峰值取最大）
    const both = source.window(hosts, WINDOW);
    expect(both?.cpu?.peak).toBe(34);
    expect(both?.cpu?.average).toBeCloseTo(file.window(hosts, WINDOW)?.cpu?.average as number, 9);
    // 不在要求中的主机不保留
    expect(source.window(["10.21.3.11"], WINDOW)).toBeUndefined();
  });

  it("node exporter defaults: rate of the idle counter, MemAvailable / MemTotal, instance without the port", async () => {
    const source = await prometheusSource({ url: url(), settings: defaultAuditConfig.prometheus }).prefetch(
      ["10.21.3.11", "10.21.3.21"],
      [WINDOW],
    );
    const idle = source.window(["10.21.3.11"], WINDOW);
    expect(idle?.days).toBe(5);
    // 2% 全天、10:00–10:30 35%：288 个取值点中 6 个在高峰，日平均 2.6875%，峰值 35%；假期的 90% 不进窗口
    expect(idle?.cpu?.average).toBeCloseTo(2 + (33 * 6) / 288, 6);
    expect(idle?.cpu?.peak).toBeCloseTo(35, 6);
    expect(idle?.memory?.average).toBeCloseTo(20, 6);
    expect(source.window(["10.21.3.21"], WINDOW)?.cpu?.average).toBeCloseTo(50, 0);
  });

  it("libvirt defaults: per-domain CPU time over virtual CPUs, matched by host name", async () => {
    const settings = parseAuditConfig("prometheus:\n  preset: libvirt\n").prometheus;
    const source = await prometheusSource({ url: url(), settings }).prefetch(["szedu-xj-app-1"], [WINDOW]);
    const u = source.window(["szedu-xj-app-1"], WINDOW);
    expect(u?.days).toBe(5);
    expect(u?.cpu?.average).toBeCloseTo(2 + (33 * 6) / 288, 6);
    expect(u?.cpu?.peak).toBeCloseTo(35, 6);
    expect(u?.memory?.average).toBeCloseTo(20, 6);
  });

  it("rules mode (recorded daily series) gives the same figures as expressions mode, node and libvirt", async () => {
    for (const [preset, hosts] of [
      ["node", nodeHosts],
      ["libvirt", libvirtHosts],
    ] as const) {
      const settings = parseAuditConfig(`prometheus:\n  preset: ${preset}\n`).prometheus;
      expect(settings.mode).toBe("rules");
      const recorded = await prometheusSource({ url: url(), settings }).prefetch(hosts, [WINDOW]);
      const computed = await prometheusSource({
        url: url(),
        settings: { ...settings, mode: "expressions" },
      }).prefetch(hosts, [WINDOW]);
      await expectSameFigures(recorded, computed, hosts);
    }
    // 缺一天的主机：两种方式都只数到 4 天
    const settings = defaultAuditConfig.prometheus;
    const gap = await prometheusSource({ url: url(), settings }).prefetch(["10.21.3.31"], [WINDOW]);
    expect(gap.window(["10.21.3.31"], WINDOW)?.days).toBe(4);
  });

  it("rules mode without recorded series says to load the rules file or switch to expressions", async () => {
    const before = calendar.workdaysBefore("2026-08-10", 5);
    const source = prometheusSource({ url: url(), settings: defaultAuditConfig.prometheus });
    await expect(source.prefetch(["10.21.3.11"], [before])).rejects.toThrow(
      `Prometheus 127.0.0.1:${new URL(url()).port} 在 2026-08-03 至 2026-08-07 没有记录规则的每日序列（govcloud_host:cpu_utilization_percent:avg_1d、govcloud_host:memory_utilization_percent:avg_1d）。请在 Prometheus 中加载 prometheus/rules/govcloud.yml（历史数据可用 promtool tsdb create-blocks-from rules 回填，见 docs/audit-scale.md），或在 .github/govcloud-audit.yaml 中设 prometheus.mode: expressions 按表达式逐点计算。`,
    );
  });

  it("govcloud audit --metrics prometheus:URL finds the idle app hosts, not the busy database", async () => {
    const report = await auditJson(url());
    expect(report.metricsSource).toMatch(/^Prometheus 127\.0\.0\.1:\d+$/);
    expect(report.findings.map((f) => f.key)).toEqual(["low-load/sz-edu/student-registry/app"]);
    expect(report.findings[0]?.params).toMatchObject({
      from: "2026-09-30",
      to: "2026-10-12",
      cpuMet: true,
      memoryMet: true,
    });
  });

  it("a broken expression is reported as a Prometheus error, not a crash", async () => {
    const settings = {
      ...defaultAuditConfig.prometheus,
      mode: "expressions" as const,
      expressions: { cpu: "rate(", memory: "up" },
    };
    await expect(prometheusSource({ url: url(), settings }).prefetch(["x"], [WINDOW])).rejects.toThrow(
      PrometheusError,
    );
    await expect(prometheusSource({ url: url(), settings }).prefetch(["x"], [WINDOW])).rejects.toThrow(
      /Prometheus 查询失败（HTTP 400，bad_data）/,
    );
  });

  it("the query computes inside Prometheus: one series per host, no raw samples", () => {
    const settings = defaultAuditConfig.prometheus;
    // 表达式：子查询，取值点 00:05 … 次日 00:00
    expect(windowQuery("100 * rate(m[5m])", "average", ["2026-10-12"], settings)).toBe(
      'avg by (govcloud_host) (max by (govcloud_host, govcloud_day) (label_replace(label_replace(avg_over_time((100 * rate(m[5m]))[86100s:5m] @ 1791820800), "govcloud_day", "2026-10-12", "", ""), "govcloud_host", "$1", "instance", "^(.+?)(?::[0-9]+)?$")))',
    );
    // 有数据的天：至少一半取值点（288 个中的 144 个）有数据
    expect(windowQuery("100 * rate(m[5m])", "days", ["2026-10-12"], settings)).toContain(
      "[86100s:5m] @ 1791820800) >= 144,",
    );
    // 记录规则的每日序列：次日 00:00 之后第一次求值的点（[00:00, 00:05) 中最后一个）
    expect(dailyQuery("cpu", "average", ["2026-10-12"], settings)).toBe(
      'avg by (govcloud_host) (max by (govcloud_host, govcloud_day) (label_replace(last_over_time(govcloud_host:cpu_utilization_percent:avg_1d[5m] @ 1791821099.999), "govcloud_day", "2026-10-12", "", "")))',
    );
    expect(dailyQuery("memory", "days", ["2026-10-09", "2026-10-12"], settings)).toBe(
      'count by (govcloud_host) (max by (govcloud_host, govcloud_day) (label_replace(last_over_time(govcloud_host:memory_utilization_percent:count_1d[5m] @ 1791561899.999) >= 144, "govcloud_day", "2026-10-09", "", "")) or max by (govcloud_host, govcloud_day) (label_replace(last_over_time(govcloud_host:memory_utilization_percent:count_1d[5m] @ 1791821099.999) >= 144, "govcloud_day", "2026-10-12", "", "")))',
    );
    // 指标选择器（记录规则）：直接取这一天的原始采样 [00:00, 次日 00:00)
    expect(windowQuery('m{job="node"}', "peak", ["2026-10-12"], settings)).toBe(
      'max by (govcloud_host) (max by (govcloud_host, govcloud_day) (label_replace(label_replace(max_over_time(m{job="node"}[86399999ms] @ 1791820799.999), "govcloud_day", "2026-10-12", "", ""), "govcloud_host", "$1", "instance", "^(.+?)(?::[0-9]+)?$")))',
    );
  });

  it("the subquery path and the selector path agree on the same samples", async () => {
    const hosts = ["10.9.0.1", "10.9.0.2"];
    const of = (cpu: string, memory: string) =>
      prometheusSource({
        url: url(),
        settings: { ...defaultAuditConfig.prometheus, mode: "expressions", expressions: { cpu, memory } },
      }).prefetch(hosts, [WINDOW]);
    const selector = await of("govcloud_test_cpu_percent", "govcloud_test_mem_percent");
    const subquery = await of("govcloud_test_cpu_percent * 1", "govcloud_test_mem_percent * 1");
    for (const h of hosts) {
      const a = selector.window([h], WINDOW);
      const b = subquery.window([h], WINDOW);
      expect(b?.days).toBe(a?.days);
      expect(b?.cpu?.average).toBeCloseTo(a?.cpu?.average as number, 9);
      expect(b?.cpu?.peak).toBeCloseTo(a?.cpu?.peak as number, 9);
      expect(b?.memory?.average).toBeCloseTo(a?.memory?.average as number, 9);
    }
  });
  describe.skipIf(skipWithoutVictoriaMetrics())("the same queries against VictoriaMetrics", () => {
    let vm: RunningVictoriaMetrics | undefined;
    const vmUrl = () => (vm as RunningVictoriaMetrics).url;
    beforeAll(async () => {
      vm = await startVictoriaMetrics();
      // Prometheus 记录下的全部 govcloud_host:* 序列（原样的采样与时间戳）导入 VictoriaMetrics
      const query = new URLSearchParams({
        query: '{__name__=~"govcloud_host:.+"}[30d]',
        time: String(TO + 86400),
      });
      const body = (await (await fetch(`${url()}/api/v1/query?${query}`)).json()) as {
        data: {
          resultType: string;
          result: { metric: Record<string, string>; values: [number, string][] }[];
        };
      };
      expect(body.data.resultType).toBe("matrix");
      await vm.load(
        body.data.result.map((s) => ({
          metric: s.metric,
          values: s.values.map(([, v]) => Number(v)),
          timestamps: s.values.map(([t]) => Math.round(t * 1000)),
        })),
      );
    }, 120_000);
    afterAll(async () => {
      await vm?.stop();
    });

    it("the audit's daily-series queries give the same figures as against Prometheus", async () => {
      for (const [preset, hosts] of [
        ["node", nodeHosts],
        ["libvirt", libvirtHosts],
      ] as const) {
        const settings = parseAuditConfig(`prometheus:\n  preset: ${preset}\n`).prometheus;
        const fromVm = await prometheusSource({ url: vmUrl(), settings }).prefetch(hosts, [WINDOW]);
        const fromProm = await prometheusSource({ url: url(), settings }).prefetch(hosts, [WINDOW]);
        await expectSameFigures(fromVm, fromProm, hosts);
      }
    });

    it("govcloud audit against VictoriaMetrics finds the same idle app hosts", async () => {
      const [a, b] = [await auditJson(vmUrl()), await auditJson(url())];
      expect(a.findings.map((f) => f.key)).toEqual(["low-load/sz-edu/student-registry/app"]);
      expect(a.findings.map((f) => f.params)).toEqual(b.findings.map((f) => f.params));
    });
  });
});

describe("Prometheus unreachable", () => {
  it("says which address could not be reached", async () => {
    const source = prometheusSource({
      url: "http://127.0.0.1:9/prom",
      settings: defaultAuditConfig.prometheus,
    });
    await expect(source.prefetch(["x"], [WINDOW])).rejects.toThrow(
      /^连不上 Prometheus http:\/\/127\.0\.0\.1:9\/prom：/,
    );
  });
});
