/**
 * 淮北的审计在真实的仓库树上（test/fixtures/huaibei/audit，govcloud.yaml 写 profile: huaibei），经 govcloud audit
 * 命令运行：没有利用率时只按记录判断；利用率来自真实的 Prometheus（Debian 的 prometheus，回填 node exporter 的
 * 历史，加载仓库的记录规则 prometheus/rules/govcloud.yml），近 5 个工作日是 2026-11-18 至 11-24。
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nationalCalendar } from "../../../scripts/adapters/calendar-files.ts";
import {
  beijing,
  openMetricsText,
  type RunningPrometheus,
  rulesFile,
  skipWithoutPrometheus,
  startPrometheus,
} from "../../audit/prometheus-server.ts";
import { runCli } from "../../helpers/cli.ts";
import { repoRoot } from "../../helpers/repo.ts";

const TODAY = "2026-11-25";
const WINDOW = nationalCalendar().workdaysBefore(TODAY, 5);
const STEP = 300;

interface Finding {
  key: string;
  check: string;
  severity: string;
  params: Record<string, unknown>;
  message: { zh: string; en: string };
  draft?: { type: string; file: string; yaml: string };
}
interface Report {
  findings: Finding[];
  notes: string[];
  checked: string[];
}

let root: string;

/** 测试仓库的副本：fixture 的 requests 与 govcloud.yaml，加上服务目录与可选的审计配置。 */
function repo(auditConfig?: string): string {
  const dir = mkdtempSync(join(tmpdir(), "govcloud-hb-audit-"));
  cpSync(join(repoRoot, "test/fixtures/huaibei/audit"), dir, { recursive: true });
  cpSync(join(repoRoot, "catalog"), join(dir, "catalog"), { recursive: true });
  if (auditConfig !== undefined) {
    mkdirSync(join(dir, ".github"));
    writeFileSync(join(dir, ".github/govcloud-audit.yaml"), auditConfig);
  }
  return dir;
}

async function audit(dir: string, ...extra: string[]): Promise<Report> {
  const r = await runCli(["audit", "--root", dir, "--now", TODAY, "--format", "json", ...extra], {
    cwd: repoRoot,
  });
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as Report;
}

/**
 * 把报告中起草的申请写进仓库副本再校验：只在留给使用单位填写的地方出错（公函文号、退出单位确认、数据备份）。
 */
async function draftsValidate(report: Report, auditConfig?: string): Promise<string[]> {
  const dir = repo(auditConfig);
  try {
    const drafts = report.findings.flatMap((f) => (f.draft ? [f.draft] : []));
    expect(drafts.length).toBeGreaterThan(0);
    for (const d of drafts) writeFileSync(join(dir, d.file), d.yaml);
    const r = await runCli(["validate", "--root", dir, "--now", TODAY, "--format", "json"], {
      cwd: repoRoot,
    });
    const findings = (JSON.parse(r.stdout) as { findings: { file: string; message: string }[] }).findings;
    return findings.map((f) => `${f.file}: ${f.message.split("（")[0]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const summary = (r: Report) => r.findings.map((f) => `${f.check}:${f.severity}:${f.key}`);

beforeAll(() => {
  root = repo();
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
});

describe("govcloud audit on a Huaibei repository, without utilization", () => {
  it("judges from the records: undeployed (unmeasured), the temporary reminder, the migration and opening checks", async () => {
    const report = await audit(root);
    expect(summary(report)).toEqual([
      "undeployed:warning:undeployed/hb-edu/new-platform",
      "temporary-expiring:warning:temporary-expiring/hb-health/emergency/1",
      "migration-keep:info:migration-keep/hb-edu/exam-system",
      "cutover-missing:warning:cutover-missing/hb-health/archive",
      "opening-unconfirmed:warning:opening-unconfirmed/hb-health/clinic",
    ]);
    expect(report.checked).not.toContain("zombie");
    expect(report.notes).toContain(
      "没有给出利用率来源（--metrics）：未判定僵尸系统、使用率长期较低与占有率过大过小（第19条）；第14条无部署进展只按记录判断。",
    );
  });

  it("the temporary resources end on 2026-12-05; the extension is due by 2026-11-26", async () => {
    const f = (await audit(root)).findings.find((x) => x.check === "temporary-expiring");
    expect(f?.params).toMatchObject({
      expiresOn: "2026-12-05",
      extensionDeadline: "2026-11-26",
      extensionInTime: true,
      workdaysLeft: 1,
    });
  });

  it("the drafted exit application fails validation only where the unit must fill in", async () => {
    expect(await draftsValidate(await audit(root))).toEqual([
      "requests/hb-edu/new-platform/0002-revoke.yaml: 字段 number",
      "requests/hb-edu/new-platform/0002-revoke.yaml: 字段 statement",
      "requests/hb-edu/new-platform/0002-revoke.yaml: 字段 dataBackup",
      "requests/hb-edu/new-platform/0002-revoke.yaml: 字段 dataBackup",
    ]);
  });

  it("runs on the bundled Huaibei example repository", async () => {
    const r = await runCli(["audit", "--root", join(repoRoot, "examples/huaibei"), "--now", TODAY], {
      cwd: repoRoot,
    });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("renders Markdown in English without failing", async () => {
    const r = await runCli(
      ["audit", "--root", root, "--now", TODAY, "--format", "markdown", "--lang", "en"],
      {
        cwd: repoRoot,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("No deployment progress");
  });

  it("a broken notice in the audit configuration stops with exit code 2 and says where", async () => {
    const dir = repo("notices:\n  - finding: zombie/hb-edu/smart-edu\n    date: 2026-13-01\n");
    try {
      const r = await runCli(["audit", "--root", dir, "--now", TODAY], { cwd: repoRoot });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(".github/govcloud-audit.yaml：notices[0].date 应为日期 YYYY-MM-DD");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** 北京时间的日期。 */
const dateOf = (t: number) => new Date((t + 8 * 3600) * 1000).toISOString().slice(0, 10);
const hourOf = (t: number) => new Date((t + 8 * 3600) * 1000).getUTCHours();
const minuteOf = (t: number) => new Date((t + 8 * 3600) * 1000).getUTCMinutes();
const inWindow = (t: number) => WINDOW.includes(dateOf(t));

/** 有数据的日子：窗口的 5 天与各段窗口之后的一天（每天的最后一个取值点在次日 00:00）。 */
const dataDays = new Set([
  "2026-11-18",
  "2026-11-19",
  "2026-11-20",
  "2026-11-21",
  "2026-11-23",
  "2026-11-24",
  "2026-11-25",
]);
const times: number[] = [];
for (let t = beijing("2026-11-18"); t < beijing(TODAY) + 3600; t += STEP)
  if (dataDays.has(dateOf(t))) times.push(t);

/** 每台主机的 CPU 占用（0–1）与内存占用；窗口外一律很忙（算错窗口就看得出来）。 */
const hosts: { ip: string; busy: (t: number) => number; mem: number }[] = [
  // 第14条：交付后空转
  ...["10.60.1.11", "10.60.1.12"].map((ip) => ({ ip, busy: () => 0.005, mem: 0.1 })),
  // 第19条：僵尸系统
  ...["10.60.2.11", "10.60.2.12"].map((ip) => ({ ip, busy: () => 0.01, mem: 0.15 })),
  // 第19条：应用服务器占有率过大（平均约 2.7%，每天 10:00–10:30 峰值 35%）
  ...["10.60.3.11", "10.60.3.12"].map((ip) => ({
    ip,
    busy: (t: number) => (hourOf(t) === 10 && minuteOf(t) < 30 ? 0.35 : 0.02),
    mem: 0.5,
  })),
  // 第19条：数据库服务器占有率过小（80%）
  { ip: "10.60.3.21", busy: () => 0.8, mem: 0.5 },
  // 其余系统正常使用
  ...["10.60.4.11", "10.60.4.12", "10.60.5.11"].map((ip) => ({ ip, busy: () => 0.35, mem: 0.5 })),
];

function history(): string {
  const GB = 2 ** 30;
  const counter = (rate: (t: number) => number): [number, number][] => {
    let total = 0;
    return times.map((t, i) => {
      if (i > 0) total += STEP * rate(times[i - 1] as number);
      return [t, Math.round(total * 1000) / 1000];
    });
  };
  const busy = (h: (typeof hosts)[number]) => (t: number) => (inWindow(t) ? h.busy(t) : 0.95);
  return openMetricsText([
    {
      name: "node_cpu_seconds_total",
      type: "counter",
      series: hosts.map((h) => ({
        labels: { instance: `${h.ip}:9100`, job: "node", cpu: "0", mode: "idle" },
        samples: counter((t) => 1 - busy(h)(t)),
      })),
    },
    {
      name: "node_memory_MemAvailable_bytes",
      type: "gauge",
      series: hosts.map((h) => ({
        labels: { instance: `${h.ip}:9100`, job: "node" },
        samples: times.map((t) => [t + 30, (inWindow(t) ? 1 - h.mem : 0.05) * 16 * GB] as [number, number]),
      })),
    },
    {
      name: "node_memory_MemTotal_bytes",
      type: "gauge",
      series: hosts.map((h) => ({
        labels: { instance: `${h.ip}:9100`, job: "node" },
        samples: times.map((t) => [t + 30, 16 * GB] as [number, number]),
      })),
    },
  ]);
}

const skip = skipWithoutPrometheus();
let prom: RunningPrometheus | undefined;

describe.skipIf(skip)("govcloud audit on a Huaibei repository against a real Prometheus", () => {
  beforeAll(async () => {
    prom = await startPrometheus(history(), { rules: { files: [rulesFile], days: WINDOW, interval: STEP } });
  }, 240_000);
  afterAll(async () => {
    await prom?.stop();
  });
  const metrics = () => ["--metrics", `prometheus:${(prom as RunningPrometheus).url}`];

  it("the window is 2026-11-18 to 11-24 (the weekend left out)", () => {
    expect(WINDOW).toEqual(["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24"]);
  });

  it("measured: idle test-zone hosts are reclaimable, the zombie gets a notice, the app is too large and the database too small", async () => {
    const report = await audit(root, ...metrics());
    expect(summary(report)).toEqual([
      "undeployed:error:undeployed/hb-edu/new-platform",
      "temporary-expiring:warning:temporary-expiring/hb-health/emergency/1",
      "migration-keep:info:migration-keep/hb-edu/exam-system",
      "cutover-missing:warning:cutover-missing/hb-health/archive",
      "opening-unconfirmed:warning:opening-unconfirmed/hb-health/clinic",
      "zombie:warning:zombie/hb-edu/smart-edu",
      "oversized:warning:oversized/hb-health/portal/app",
      "undersized:warning:undersized/hb-health/portal/db",
    ]);
    const byCheck = new Map(report.findings.map((f) => [f.check, f]));
    expect(byCheck.get("undeployed")?.params).toMatchObject({ measured: "idle", cpuAverage: 0.5 });
    expect(byCheck.get("zombie")?.params).toMatchObject({ step: "notify", hosts: 2, cpuAverage: 1 });
    expect(byCheck.get("oversized")?.params).toMatchObject({ vcpu: 8, memoryGB: 16, suggestedMemoryGB: 16 });
    expect(Number(byCheck.get("oversized")?.params.suggestedVcpu)).toBeLessThan(8);
    expect(byCheck.get("undersized")?.params).toMatchObject({ vcpu: 4, suggestedVcpu: 8, cpuAverage: 80 });
    expect(byCheck.get("undersized")?.draft?.file).toBe("requests/hb-health/portal/0002-change.yaml");
    // 变更申请草稿只缺公函文号（同一系统的两份草稿取同一个序号，后写的覆盖先写的）
    expect(await draftsValidate(report)).toEqual([
      "requests/hb-edu/new-platform/0002-revoke.yaml: 字段 number",
      "requests/hb-edu/new-platform/0002-revoke.yaml: 字段 statement",
      "requests/hb-edu/new-platform/0002-revoke.yaml: 字段 dataBackup",
      "requests/hb-edu/new-platform/0002-revoke.yaml: 字段 dataBackup",
      "requests/hb-health/portal/0002-change.yaml: 字段 number",
    ]);
  });

  it("with the rectification notice recorded and its deadline passed, the zombie is to be reclaimed", async () => {
    const dir = repo(
      "notices:\n  - finding: zombie/hb-edu/smart-edu\n    date: 2026-10-20\n    document: 淮数资函〔2026〕41号\n",
    );
    try {
      const f = (await audit(dir, ...metrics())).findings.find((x) => x.check === "zombie");
      // 20 个工作日：2026-10-20 之后第 20 个工作日是 11-17
      expect(f).toMatchObject({ severity: "error", params: { step: "reclaim", deadline: "2026-11-17" } });
      expect(f?.draft?.type).toBe("revoke");
      expect(f?.draft?.yaml).toContain("revocations:\n  - resource: app\n");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
