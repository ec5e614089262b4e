import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import {
  AuditConfigError,
  auditConfigPath,
  defaultAuditConfig,
  parseAuditConfig,
} from "../../scripts/core/audit/config.ts";
import { scalar } from "../../scripts/core/audit/drafts.ts";
import { ceilTo, projected, suggestSize } from "../../scripts/core/audit/sizing.ts";
import { shenzhen } from "../../scripts/profiles/shenzhen/index.ts";
import { repoRoot } from "../helpers/repo.ts";

const granularity = { vcpu: { multiple: 2, min: 2 }, memoryGB: { multiple: 4, min: 4 } };
const headroom = defaultAuditConfig.headroom;

/** 可重复的伪随机数（线性同余），用于性质测试。 */
function* random(seed: number, n: number) {
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2 ** 31;
    yield x / 2 ** 31;
  }
}

describe("suggested size (property tests over 2,000 random hosts)", () => {
  it("fits the catalog granularity, never grows, keeps the observed load under the headroom and the scale-up lines", () => {
    const r = random(42, 20000);
    const next = () => r.next().value as number;
    for (let i = 0; i < 2000; i++) {
      const current = {
        vcpu: 2 * (1 + Math.floor(next() * 32)),
        memoryGB: 4 * (1 + Math.floor(next() * 64)),
      };
      const observed = {
        cpuAverage: next() * 4,
        cpuPeak: next() * 40,
        memoryAverage: next() * 25,
        memoryPeak: 25 + next() * 75,
      };
      const s = suggestSize(current, observed, { cpu: true, memory: true }, granularity, headroom);
      expect(s.vcpu % 2).toBe(0);
      expect(s.memoryGB % 4).toBe(0);
      expect(s.vcpu).toBeGreaterThanOrEqual(2);
      expect(s.memoryGB).toBeGreaterThanOrEqual(4);
      expect(s.vcpu).toBeLessThanOrEqual(current.vcpu);
      expect(s.memoryGB).toBeLessThanOrEqual(current.memoryGB);
      const eps = 1e-9;
      if (s.vcpu < current.vcpu) {
        expect(projected(current.vcpu, s.vcpu, observed.cpuPeak)).toBeLessThanOrEqual(
          headroom.cpuPeakPercent + eps,
        );
        expect(projected(current.vcpu, s.vcpu, observed.cpuAverage)).toBeLessThan(10);
      }
      if (s.memoryGB < current.memoryGB) {
        expect(projected(current.memoryGB, s.memoryGB, observed.memoryPeak)).toBeLessThanOrEqual(
          headroom.memoryPeakPercent + eps,
        );
        expect(projected(current.memoryGB, s.memoryGB, observed.memoryAverage)).toBeLessThan(70);
      }
      // 再小一档就会超出余量（不是随便缩一点）
      if (s.vcpu > 2 && s.vcpu < current.vcpu)
        expect(
          projected(current.vcpu, s.vcpu - 2, observed.cpuPeak) > headroom.cpuPeakPercent ||
            projected(current.vcpu, s.vcpu - 2, observed.cpuAverage) > headroom.cpuAveragePercent,
        ).toBe(true);
    }
  });

  it("only the criterion that is met shrinks", () => {
    const observed = { cpuAverage: 1, cpuPeak: 10, memoryAverage: 10, memoryPeak: 20 };
    expect(
      suggestSize({ vcpu: 16, memoryGB: 64 }, observed, { cpu: false, memory: true }, granularity, headroom),
    ).toEqual({
      vcpu: 16,
      memoryGB: 16,
    });
  });

  it("rounds up to the multiple, tolerating float noise", () => {
    expect([ceilTo(4.000000000001, 2), ceilTo(4.1, 2), ceilTo(0.1, 4)]).toEqual([4, 6, 4]);
  });
});

describe("audit configuration (.github/govcloud-audit.yaml)", () => {
  it("the repository's file parses, and matches the defaults for the node exporter", () => {
    const source = readFileSync(`${repoRoot}/.github/govcloud-audit.yaml`, "utf8");
    expect(parseAuditConfig(source)).toEqual(defaultAuditConfig);
  });

  it("no file means the defaults", () => {
    expect(parseAuditConfig(undefined)).toBe(defaultAuditConfig);
  });

  it("queries the recorded daily series unless told to compute from the expressions", () => {
    expect(parseAuditConfig("profile: shenzhen\n").prometheus.mode).toBe("rules");
    expect(parseAuditConfig("prometheus:\n  mode: expressions\n").prometheus.mode).toBe("expressions");
  });

  it("the libvirt preset", () => {
    const c = parseAuditConfig("prometheus:\n  preset: libvirt\n");
    expect([c.prometheus.hostLabel, c.prometheus.expressions.cpu]).toEqual([
      "domain",
      "100 * rate(libvirt_domain_info_cpu_time_seconds_total[5m]) / on (domain) libvirt_domain_info_virtual_cpus",
    ]);
  });

  it.each([
    [
      "prometheus:\n  preset: zabbix\n",
      '.github/govcloud-audit.yaml：prometheus.preset 只能是 node 或 libvirt，这里是 "zabbix"。',
    ],
    [
      "prometheus:\n  step: 5 minutes\n",
      ".github/govcloud-audit.yaml：prometheus.step 应为时长，如 1m、5m，这里是 5 minutes。",
    ],
    [
      "prometheus:\n  mode: recorded\n",
      '.github/govcloud-audit.yaml：prometheus.mode 只能是 rules（查询记录规则的每日序列）或 expressions（按表达式逐点计算），这里是 "recorded"。',
    ],
    ["headroom:\n  cpuAveragePercent: 12\n", /会让缩容后的主机立即满足扩容条件/],
    ["prometheus:\n  expresions: {}\n", /prometheus\.expresions 不是可用的配置项/],
    ["issues:\n  checkLabels: { low: x }\n", /issues\.checkLabels\.low 不是审计检查/],
  ])("refuses %j", (source, message) => {
    expect(() => parseAuditConfig(source, auditConfigPath, shenzhen.audit)).toThrow(AuditConfigError);
    expect(() => parseAuditConfig(source, auditConfigPath, shenzhen.audit)).toThrow(message);
  });
});

describe("YAML scalars in drafts", () => {
  it.each(["深圳市教育局", "a: b", "yes", "123", "- x", "#x", "x #y", "", "含“引号”的名称"])(
    "%j round-trips",
    (value) => {
      expect(yaml.load(`v: ${scalar(value)}`, { schema: yaml.JSON_SCHEMA })).toEqual({ v: value });
    },
  );
});
