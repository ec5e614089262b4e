import { readdirSync, readFileSync } from "node:fs";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { validate } from "../scripts/adapters/repository.ts";
import { formatCitation } from "../scripts/core/finding.ts";
import { memoryFs } from "../scripts/core/repository/fs.ts";
import { metricsFromDaily, parseMetrics } from "../scripts/core/rules/metrics-file.ts";
import { shenzhen } from "../scripts/profiles/shenzhen/index.ts";
import { exampleFiles, repoRoot, TODAY } from "./helpers/repo.ts";

/**
 * 规则的表驱动测试：test/fixtures/rules/<规则>/<条款-情形>.yaml，每个文件是对仓库示例的一处修改
 * 与期望的发现（expect 为空表示通过）。见 test/fixtures/rules/README.md。
 */
interface Fixture {
  rule: string;
  check: string;
  today?: string;
  metrics?: string;
  edits?: { file: string; replace: string; with: string }[];
  files?: Record<string, string>;
  remove?: string[];
  /** 与 check 一起待审（同一个拉取请求中）的其他文件 */
  pending?: string[];
  expect: {
    path: string;
    severity?: string;
    message?: string;
    messageContains?: string;
    line?: number;
    column?: number;
  }[];
}

const dir = `${repoRoot}/test/fixtures/rules`;
const fixtures = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(`${dir}/${d.name}`)
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => ({
        name: `${d.name}/${f}`,
        fixture: yaml.load(readFileSync(`${dir}/${d.name}/${f}`, "utf8"), {
          schema: yaml.CORE_SCHEMA,
        }) as Fixture,
      })),
  );

function runFixture(f: Fixture) {
  const overrides: Record<string, string | null> = {};
  const files = exampleFiles();
  for (const e of f.edits ?? []) {
    const current = overrides[e.file] ?? (files[e.file] ? String(files[e.file]) : undefined);
    if (current === undefined) throw new Error(`fixture edits a missing file ${e.file}`);
    const count = current.split(e.replace).length - 1;
    if (count !== 1)
      throw new Error(`fixture edit “${e.replace}” occurs ${count} times in ${e.file}, expected once`);
    overrides[e.file] = current.replace(e.replace, e.with);
  }
  for (const [k, v] of Object.entries(f.files ?? {})) overrides[k] = v;
  for (const k of f.remove ?? []) overrides[k] = null;
  const metrics = f.metrics
    ? metricsFromDaily("文件 metrics.csv", parseMetrics(f.metrics, "csv"))
    : undefined;
  return validate({
    fs: memoryFs(exampleFiles(overrides)),
    scope: { kind: "files", files: [f.check] },
    ...(f.pending ? { pending: new Set([f.check, ...f.pending]) } : {}),
    lang: "zh",
    today: f.today ?? TODAY,
    ...(metrics ? { metrics } : {}),
  }).findings;
}

describe.each([...new Set(fixtures.map((f) => f.fixture.rule))])("%s", (ruleId) => {
  it.each(fixtures.filter((f) => f.fixture.rule === ruleId).map((f) => [f.name, f.fixture] as const))(
    "%s",
    (_name, f) => {
      const findings = runFixture(f);
      // 其他规则不应因这处修改而报错（保证用例只测它自己的条款）
      expect(findings.filter((x) => x.rule !== f.rule && x.severity === "error")).toEqual([]);
      const own = findings.filter((x) => x.rule === f.rule);
      expect(own.map((x) => ({ path: x.path, severity: x.severity }))).toEqual(
        f.expect.map((e) => ({ path: e.path, severity: e.severity ?? "error" })),
      );
      f.expect.forEach((e, i) => {
        const got = own[i];
        if (e.message !== undefined) expect(got?.message).toBe(e.message);
        if (e.messageContains !== undefined) expect(got?.message).toContain(e.messageContains);
        if (e.line !== undefined) expect(got?.line).toBe(e.line);
        if (e.column !== undefined) expect(got?.column).toBe(e.column);
        expect(got?.file).toBe(f.check);
      });
    },
  );
});

describe("every finding carries its citation", () => {
  it("no finding in any rule fixture (rules, schema, registry) lacks an article or attachment note", () => {
    const missing = fixtures.flatMap((f) =>
      runFixture(f.fixture)
        .filter((x) => x.citation === undefined)
        .map((x) => `${f.name}: ${x.rule} ${x.path}`),
    );
    expect(missing).toEqual([]);
  });
});

describe("every rule", () => {
  const rules = shenzhen.rules;
  const readme = readFileSync(`${repoRoot}/README.md`, "utf8");
  it.each(rules.map((r) => [r.id, r] as const))(
    "%s has a citation, passing and failing fixtures, and a README line",
    (id, rule) => {
      expect(formatCitation(rule.citation)).toMatch(/^(第\d+条|附件\d)/);
      const own = fixtures.filter((f) => f.fixture.rule === id);
      expect(
        own.some((f) => f.fixture.expect.length === 0),
        "a passing fixture",
      ).toBe(true);
      expect(
        own.some((f) => f.fixture.expect.length > 0),
        "a failing fixture",
      ).toBe(true);
      expect(readme, "README rules table").toContain(`\`${id}\``);
    },
  );
  it("fixtures name existing rules", () => {
    const ids = new Set(rules.map((r) => r.id));
    expect(fixtures.filter((f) => !ids.has(f.fixture.rule)).map((f) => f.name)).toEqual([]);
  });
});

describe("README", () => {
  it("embeds the current rules table (npm run readme)", async () => {
    const { withRulesTable } = await import("../scripts/readme.ts");
    const readme = readFileSync(`${repoRoot}/README.md`, "utf8");
    expect(readme).toBe(withRulesTable(readme));
  });
});
