import { describe, expect, it } from "vitest";
import { validate } from "../../scripts/adapters/repository.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { metricsFromDaily, parseMetrics } from "../../scripts/core/rules/metrics-file.ts";
import { exampleFiles, exampleText } from "../helpers/repo.ts";
import { APP_HOSTS, calendar, DB_HOSTS, daily, runAuditOn } from "./helpers.ts";

const TODAY = "2026-11-25";
const WINDOW = ["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24"];
const DELIVERY = "requests/sz-edu/student-registry/deliveries/0001.yaml";

/** 学籍系统的交付日改为 date（其余交付记录不变）。 */
const deliveredOn = (date: string) =>
  exampleFiles({ [DELIVERY]: exampleText(DELIVERY).replace("date: 2026-05-20", `date: ${date}`) });

const idle = { cpu: [2.5, 30] as [number, number], mem: [20, 24] as [number, number] };
const busy = { cpu: [50, 90] as [number, number], mem: [60, 70] as [number, number] };
const appIdle = () => APP_HOSTS.flatMap((h) => daily(h, WINDOW, idle));
const dbBusy = () => DB_HOSTS.flatMap((h) => daily(h, WINDOW, busy));

describe("low-load hosts (第19条(2))", () => {
  it("the whole finding: evidence per host, a suggested size and a drafted scale-down", () => {
    const report = runAuditOn({ files: exampleFiles(), today: TODAY, metrics: [...appIdle(), ...dbBusy()] });
    const found = report.findings.filter((f) => f.check === "low-load");
    expect(found).toHaveLength(1);
    const f = found[0];
    expect({ ...f, draft: undefined, evidence: undefined }).toEqual({
      key: "low-load/sz-edu/student-registry/app",
      check: "low-load",
      severity: "warning",
      citation: { profile: "shenzhen", article: "第19条", clause: "(2)" },
      title: {
        zh: "低负载云主机：深圳市中小学学籍管理系统 app（12 核 24 GB × 2）",
        en: "Low-load host: 深圳市中小学学籍管理系统 app (12 vCPU / 24 GB × 2)",
      },
      unit: "sz-edu",
      unitName: "深圳市教育局",
      system: "student-registry",
      systemName: "深圳市中小学学籍管理系统",
      resource: "app",
      message: {
        zh: "云主机 app（2 台，每台 12 核 24 GB）于 2026-05-20 交付，已超过 3 个月；近 5 个工作日（2026-11-18 至 2026-11-24）每台主机都满足缩容指标：CPU 平均 2.5%、峰值 30%（vCPU 缩容指标：平均 < 4% 且峰值 < 40%）；内存平均 20%（内存缩容指标：平均 < 25%）。判定为低负载云主机（第19条(2)）。",
        en: "Cloud host app (2 host(s), 12 vCPU / 24 GB each) was delivered on 2026-05-20, more than 3 months ago; over the last 5 working days (2026-11-18 to 2026-11-24) every host meets a scale-down threshold: CPU average 2.5%, peak 30% (vCPU threshold: average < 4 % and peak < 40 %); memory average 20% (memory threshold: average < 25 %). It is a low-load host (第19条(2)).",
      },
      action: {
        zh: "建议缩容为 6 核 8 GB：按各台主机的观测值，缩容后 CPU 峰值约 60%、内存峰值约 72%，留有余量且不触及扩容条件。已起草变更申请 requests/sz-edu/student-registry/0004-change.yaml（见下）：请核对、与提供商确认关机日期后提交。业务有周期性高峰不宜缩容的，请在此说明原因。",
        en: "Scale down to 6 vCPU / 8 GB: from each host's observed figures the CPU peak would be about 60% and the memory peak about 72%, with headroom and below the scale-up thresholds. The change application requests/sz-edu/student-registry/0004-change.yaml is drafted below: check it, agree the shutdown day with the provider and submit it. If the system has periodic peaks, explain here why it keeps its size.",
      },
      params: {
        resource: "app",
        hosts: 2,
        vcpu: 12,
        memoryGB: 24,
        deliveredOn: "2026-05-20",
        from: "2026-11-18",
        to: "2026-11-24",
        cpuMet: true,
        memoryMet: true,
        cpuAverage: 2.5,
        cpuPeak: 30,
        memoryAverage: 20,
        memoryPeak: 24,
        suggestedVcpu: 6,
        suggestedMemoryGB: 8,
      },
    });
    expect(f?.evidence?.window).toEqual(WINDOW);
    expect(f?.evidence?.hosts.map((h) => [h.name, h.ip, h.utilization?.days])).toEqual([
      ["app-1", "10.21.3.11", 5],
      ["app-2", "10.21.3.12", 5],
    ]);
    expect(f?.draft?.file).toBe("requests/sz-edu/student-registry/0004-change.yaml");
  });

  it("the drafted scale-down validates with govcloud validate, figures checked against the same metrics", () => {
    const rows = [...appIdle(), ...dbBusy()];
    const report = runAuditOn({ files: exampleFiles(), today: TODAY, metrics: rows });
    const draft = report.findings[0]?.draft;
    expect(draft?.type).toBe("change");
    const files = exampleFiles({ [draft?.file as string]: draft?.yaml as string });
    const { findings } = validate({
      fs: memoryFs(files),
      scope: { kind: "files", files: [draft?.file as string] },
      lang: "zh",
      today: TODAY,
      metrics: metricsFromDaily("文件 metrics.csv", rows),
    });
    expect(findings).toEqual([]);
  });

  it.each([
    ["delivered exactly 3 months ago: not yet “more than 3 months”", "2026-08-25", 0],
    ["delivered 3 months and a day ago", "2026-08-24", 1],
  ])("%s", (_name, date, count) => {
    const report = runAuditOn({ files: deliveredOn(date), today: TODAY, metrics: appIdle() });
    expect(report.findings.filter((f) => f.check === "low-load")).toHaveLength(count);
  });

  it.each([
    ["CPU average exactly 4 %, memory average 30 %", { cpu: [4, 20], mem: [30, 40] }, false],
    ["CPU average 3.9 %, peak 39.9 %", { cpu: [3.9, 39.9], mem: [30, 40] }, true],
    ["CPU peak exactly 40 %", { cpu: [1, 40], mem: [30, 40] }, false],
    ["memory average exactly 25 %", { cpu: [10, 50], mem: [25, 30] }, false],
    ["memory average 24.9 %", { cpu: [10, 50], mem: [24.9, 30] }, true],
  ] as const)("thresholds: %s → %s", (_name, figures, low) => {
    const metrics = APP_HOSTS.flatMap((h) =>
      daily(h, WINDOW, {
        cpu: [...figures.cpu] as [number, number],
        mem: [...figures.mem] as [number, number],
      }),
    );
    const report = runAuditOn({ files: exampleFiles(), today: TODAY, metrics });
    expect(report.findings.some((f) => f.key === "low-load/sz-edu/student-registry/app")).toBe(low);
  });

  it("only the met criterion shrinks: CPU idle but memory busy keeps the memory", () => {
    const metrics = APP_HOSTS.flatMap((h) => daily(h, WINDOW, { cpu: [1, 10], mem: [50, 60] }));
    const f = runAuditOn({ files: exampleFiles(), today: TODAY, metrics }).findings[0];
    expect([f?.params.suggestedVcpu, f?.params.suggestedMemoryGB]).toEqual([2, 24]);
    expect(f?.draft?.yaml).toContain("    before:\n      vcpu: 12\n    after:\n      vcpu: 2\n");
    expect(f?.draft?.yaml).not.toContain("memoryGB");
  });

  it("one busy host keeps the resource out: its configuration applies to every host", () => {
    const metrics = [...daily(APP_HOSTS[0], WINDOW, idle), ...daily(APP_HOSTS[1], WINDOW, busy)];
    expect(runAuditOn({ files: exampleFiles(), today: TODAY, metrics }).findings).toEqual([]);
  });

  it("a low-load host whose peaks leave no smaller size still is a finding, without a draft", () => {
    const metrics = APP_HOSTS.flatMap((h) => daily(h, WINDOW, { cpu: [10, 70], mem: [24, 95] }));
    const f = runAuditOn({ files: exampleFiles(), today: TODAY, metrics }).findings[0];
    expect(f?.key).toBe("low-load/sz-edu/student-registry/app");
    expect(f?.draft).toBeUndefined();
    expect(f?.action.zh).toMatch(/^按观测到的峰值，留出余量后已无法再缩小配置/);
  });

  it("4 vCPU / 8 GB and below is the minimum configuration: exempt (campus-portal web)", () => {
    const metrics = ["10.21.5.11", "10.21.5.12"].flatMap((h) =>
      daily(h, WINDOW, { cpu: [0.5, 2], mem: [5, 8] }),
    );
    const report = runAuditOn({ files: exampleFiles(), today: TODAY, metrics });
    expect(report.findings).toEqual([]);
    const portal = report.summary.find((s) => s.unit === "sz-edu");
    expect(portal?.measuredHosts).toBe(2);
    expect(portal?.lowLoadHosts).toBe(0);
  });

  it("incomplete data (4 of 5 working days) is not judged, and the note says so; its issue stays as it is", () => {
    const metrics = APP_HOSTS.flatMap((h) => daily(h, WINDOW.slice(1), idle));
    const report = runAuditOn({ files: exampleFiles(), today: TODAY, metrics });
    expect(report.findings).toEqual([]);
    expect(report.undetermined).toContain("low-load/sz-edu/student-registry/app");
    expect(report.notes[0]?.zh).toMatch(/没有完整的 5 个工作日数据/);
  });

  it("without --metrics the check does not run and says so", () => {
    const report = runAuditOn({ files: exampleFiles(), today: TODAY });
    expect(report.checked).not.toContain("low-load");
    expect(report.notes[0]?.zh).toBe("没有给出利用率来源（--metrics），未判定低负载云主机（第19条）。");
  });

  it("National Day 2026: the window skips 10-01..10-07 and Sunday 10-11, and takes the make-up Saturday 10-10", () => {
    const today = "2026-10-13";
    const window = calendar.workdaysBefore(today, 5);
    expect(window).toEqual(["2026-09-30", "2026-10-08", "2026-10-09", "2026-10-10", "2026-10-12"]);
    const holidays = ["2026-10-01", "2026-10-02", "2026-10-05", "2026-10-07", "2026-10-11"];
    // 假期里的数字很高：若被算进窗口，就不是低负载
    const csv = [
      "host,date,cpu_avg,cpu_peak,mem_avg,mem_peak",
      ...APP_HOSTS.flatMap((h) => [
        ...window.map((d) => `${h},${d},2,20,10,15`),
        ...holidays.map((d) => `${h},${d},90,99,90,99`),
      ]),
    ].join("\n");
    const metrics = metricsFromDaily("文件 metrics.csv", parseMetrics(csv, "csv"));
    const report = runAuditOn({ files: exampleFiles(), today, metrics });
    const f = report.findings.find((x) => x.check === "low-load");
    expect(f?.evidence?.window).toEqual(window);
    expect([f?.params.cpuAverage, f?.params.cpuPeak, f?.params.memoryAverage]).toEqual([2, 20, 10]);
    expect(f?.draft?.yaml).toContain("window: { from: 2026-09-30, to: 2026-10-12 }");
    // 缺了调休上班日 10-10 的数据：不完整，不判定
    const withoutMakeUp = metricsFromDaily(
      "文件 metrics.csv",
      parseMetrics(
        csv
          .split("\n")
          .filter((l) => !l.includes("2026-10-10"))
          .join("\n"),
        "csv",
      ),
    );
    expect(runAuditOn({ files: exampleFiles(), today, metrics: withoutMakeUp }).findings).toEqual([]);
  });

  it("in 2027, before its holidays are published: assessed on the provisional calendar, the draft proposes a shutdown day", () => {
    // 暂定日历：2027-02-05（除夕）至 02-08（初三）放假，初一、初二逢周末补休 02-09、02-10
    const today = "2027-02-10";
    const window = calendar.workdaysBefore(today, 5);
    expect(window).toEqual(["2027-01-29", "2027-02-01", "2027-02-02", "2027-02-03", "2027-02-04"]);
    const csv = [
      "host,date,cpu_avg,cpu_peak,mem_avg,mem_peak",
      ...APP_HOSTS.flatMap((h) => window.map((d) => `${h},${d},2,20,10,15`)),
    ].join("\n");
    const metrics = metricsFromDaily("文件 metrics.csv", parseMetrics(csv, "csv"));
    const report = runAuditOn({ files: exampleFiles(), today, metrics });
    const f = report.findings.find((x) => x.check === "low-load");
    expect(f?.evidence?.window).toEqual(window);
    expect(f?.draft?.yaml).toContain("shutdown:\n  required: true\n");
    expect(report.notes.map((n) => n.zh)).toContainEqual(expect.stringContaining("用到了 2027 年的暂定日历"));
  });

  it("the per-unit summary for the yearly report (第8条)", () => {
    const report = runAuditOn({ files: exampleFiles(), today: TODAY, metrics: [...appIdle(), ...dbBusy()] });
    expect(report.summary).toEqual([
      {
        unit: "sz-edu",
        unitName: "深圳市教育局",
        systems: 2,
        hosts: 6,
        vcpu: 48,
        memoryGB: 128,
        measuredHosts: 4,
        cpuAverage: 26.25,
        memoryAverage: 40,
        lowLoadHosts: 2,
        reclaimableVcpu: 12,
        reclaimableMemoryGB: 32,
        testResources: 0,
        expiredTestResources: 0,
      },
      {
        unit: "sz-edu-exam",
        unitName: "深圳市教育考试院",
        systems: 1,
        hosts: 0,
        vcpu: 0,
        memoryGB: 0,
        measuredHosts: 0,
        lowLoadHosts: 0,
        reclaimableVcpu: 0,
        reclaimableMemoryGB: 0,
        testResources: 2,
        expiredTestResources: 0,
      },
    ]);
  });
});
