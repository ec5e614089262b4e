/**
 * 记录规则文件 prometheus/rules/govcloud.yml：promtool 认可它；它记录的每日序列正是审计（prometheus.mode: rules）
 * 查询的名字；第 1 层的表达式与 expressions 模式的预设相同（两种方式算的是同一个数）；按依赖分层回填。
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { presets } from "../../scripts/core/audit/config.ts";
import { recordedDaily } from "../../scripts/core/audit/promql.ts";
import { ruleStages, rulesFile, skipWithoutPrometheus } from "./prometheus-server.ts";

interface Rule {
  record: string;
  expr: string;
  labels?: Record<string, string>;
}
const groups = (text: string) =>
  (yaml.load(text) as { groups: { name: string; interval: string; rules: Rule[] }[] }).groups;
const file = groups(readFileSync(rulesFile, "utf8"));
const squash = (s: string) => s.replace(/\s+/g, " ").replace(/\( /g, "(").replace(/ \)/g, ")").trim();

describe.skipIf(skipWithoutPrometheus())("promtool check rules", () => {
  it("accepts the rules file, lint included", () => {
    const r = spawnSync("promtool", ["check", "rules", "--lint=all", "--lint-fatal", rulesFile], {
      encoding: "utf8",
    });
    expect(`${r.stdout}${r.stderr}`).toContain("SUCCESS: 16 rules found");
    expect(r.status).toBe(0);
  });

  it("rejects a broken copy (the check can fail)", () => {
    const r = spawnSync("promtool", ["check", "rules", "/dev/stdin"], {
      input: "groups:\n  - name: x\n    rules:\n      - record: a:b\n        expr: avg_over_time(x[1d]\n",
      encoding: "utf8",
    });
    expect(r.status).not.toBe(0);
  });
});

describe("prometheus/rules/govcloud.yml", () => {
  it("has a node and a libvirt group, both evaluated every 5m like the audit's default step", () => {
    expect(file.map((g) => [g.name, g.interval])).toEqual([
      ["govcloud-node", "5m"],
      ["govcloud-libvirt", "5m"],
    ]);
  });

  it.each(["node", "libvirt"] as const)(
    "the %s group records every daily series the audit queries",
    (preset) => {
      const group = file.find((g) => g.name === `govcloud-${preset}`);
      const records = group?.rules.map((r) => r.record);
      for (const metric of ["cpu", "memory"] as const)
        for (const name of Object.values(recordedDaily[metric])) expect(records).toContain(name);
      // 每条规则都带本组的 govcloud_exporter 标签；每日规则只汇总本组的点
      for (const r of group?.rules ?? []) {
        expect(r.labels).toEqual({ govcloud_exporter: preset });
        if (r.record.endsWith("_1d")) expect(r.expr).toContain(`{govcloud_exporter="${preset}"}[86399s]`);
      }
    },
  );

  it.each(["node", "libvirt"] as const)(
    "the %s group's per-point rules use the preset's expressions and host pattern",
    (preset) => {
      const group = file.find((g) => g.name === `govcloud-${preset}`);
      const p = presets[preset];
      for (const metric of ["cpu", "memory"] as const) {
        const rule = group?.rules.find((r) => r.record === `govcloud_host:${metric}_utilization_percent`);
        expect(squash(rule?.expr ?? "")).toBe(
          squash(
            `last_over_time((max by (govcloud_host) (label_replace(${p.expressions[metric]}, "govcloud_host", "$1", "${p.hostLabel}", ${JSON.stringify(p.hostPattern)})))[5m:5m])`,
          ),
        );
      }
    },
  );

  it("splits into two backfill stages: the per-point rules, then the daily rules that read them", () => {
    const stages = ruleStages(readFileSync(rulesFile, "utf8")).map(groups);
    const records = (k: number) => (stages[k] ?? []).flatMap((g) => g.rules.map((r) => r.record));
    expect(stages).toHaveLength(2);
    expect(records(0)).toEqual([
      "govcloud_host:cpu_utilization_percent",
      "govcloud_host:memory_utilization_percent",
      "govcloud_host:cpu_utilization_percent",
      "govcloud_host:memory_utilization_percent",
    ]);
    const daily = [...Object.values(recordedDaily.cpu), ...Object.values(recordedDaily.memory)];
    expect(records(1)).toEqual([...daily, ...daily]);
    // 每层保留组名与 interval（同一路径、同一组名的求值偏移不变）
    expect(stages.map((s) => s.map((g) => [g.name, g.interval]))).toEqual([
      [
        ["govcloud-node", "5m"],
        ["govcloud-libvirt", "5m"],
      ],
      [
        ["govcloud-node", "5m"],
        ["govcloud-libvirt", "5m"],
      ],
    ]);
  });
});
