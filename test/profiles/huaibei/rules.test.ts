/**
 * 淮北规则经真实加载器的表驱动用例：test/fixtures/huaibei/rules/<规则>/<条款-情形>.yaml，每个文件是对示例仓库
 * examples/huaibei/ 的一处修改与期望的发现（格式同 test/fixtures/rules/README.md；expect 为空表示通过）。
 * 示例仓库本身没有任何发现。
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { diskFs } from "../../../scripts/adapters/disk-fs.ts";
import { validate } from "../../../scripts/adapters/repository.ts";
import { formatCitation } from "../../../scripts/core/finding.ts";
import { memoryFs, walk } from "../../../scripts/core/repository/fs.ts";
import { huaibeiRules } from "../../../scripts/profiles/huaibei/rules/index.ts";
import { repoRoot, TODAY } from "../../helpers/repo.ts";

interface Fixture {
  rule: string;
  check: string;
  today?: string;
  edits?: { file: string; replace: string; with: string }[];
  files?: Record<string, string>;
  remove?: string[];
  expect: {
    path: string;
    severity?: string;
    message?: string;
    messageContains?: string;
    line?: number;
    column?: number;
  }[];
}

const exampleRoot = join(repoRoot, "examples/huaibei");
const exampleFiles = (): Record<string, string> => {
  const out: Record<string, string> = {};
  const fs = diskFs(exampleRoot);
  for (const f of ["govcloud.yaml", ...walk(fs, "requests")])
    out[f] = readFileSync(join(exampleRoot, f), "utf8");
  return out;
};

const dir = join(repoRoot, "test/fixtures/huaibei/rules");
const fixtures = readdirSync(dir, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) =>
    readdirSync(join(dir, d.name))
      .filter((f) => f.endsWith(".yaml"))
      .map((f) => ({
        name: `${d.name}/${f}`,
        fixture: yaml.load(readFileSync(join(dir, d.name, f), "utf8"), {
          schema: yaml.CORE_SCHEMA,
        }) as Fixture,
      })),
  );

function run(
  f: Pick<Fixture, "edits" | "files" | "remove" | "today">,
  scope?: { kind: "files"; files: string[] },
) {
  const files = exampleFiles();
  for (const e of f.edits ?? []) {
    const current = files[e.file];
    if (current === undefined) throw new Error(`fixture edits a missing file ${e.file}`);
    const count = current.split(e.replace).length - 1;
    if (count !== 1)
      throw new Error(`fixture edit “${e.replace}” occurs ${count} times in ${e.file}, expected once`);
    files[e.file] = current.replace(e.replace, e.with);
  }
  for (const [k, v] of Object.entries(f.files ?? {})) files[k] = v;
  for (const k of f.remove ?? []) delete files[k];
  return validate({
    fs: memoryFs(files),
    scope: scope ?? { kind: "all" },
    ...(scope ? { pending: new Set(scope.files) } : {}),
    lang: "zh",
    today: f.today ?? TODAY,
  }).findings;
}

describe("examples/huaibei", () => {
  it("has no findings at all", () => {
    expect(run({}).map((f) => `${f.file}:${f.line} ${f.severity} ${f.rule} ${f.path} ${f.message}`)).toEqual(
      [],
    );
  });
});

describe.each([...new Set(fixtures.map((f) => f.fixture.rule))])("%s", (ruleId) => {
  it.each(fixtures.filter((f) => f.fixture.rule === ruleId).map((f) => [f.name, f.fixture] as const))(
    "%s",
    (_name, f) => {
      const findings = run(f, { kind: "files", files: [f.check] });
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
        expect(got?.citation && formatCitation(got.citation)).toMatch(/^(第\d+条|附件\d)/);
      });
    },
  );
});

/**
 * 只能由目录数据（而不是申请）触发的规则：示例仓库的目录是完整的，改申请造不出不通过的用例，
 * 不通过的情形在 rules-unit.test.ts 中用普通对象测试。
 */
const failsOnlyOnCatalogData = new Set(["huaibei/catalog-price"]);

describe("every Huaibei rule", () => {
  it.each(huaibeiRules.map((r) => [r.id] as const))(
    "%s has a passing and a failing fixture on the examples",
    (id) => {
      const own = fixtures.filter((f) => f.fixture.rule === id);
      expect(
        own.some((f) => f.fixture.expect.length === 0),
        "a passing fixture",
      ).toBe(true);
      if (!failsOnlyOnCatalogData.has(id))
        expect(
          own.some((f) => f.fixture.expect.length > 0),
          "a failing fixture",
        ).toBe(true);
    },
  );
  it("fixtures name registered rules", () => {
    const ids = new Set(huaibeiRules.map((r) => r.id));
    expect(fixtures.filter((f) => !ids.has(f.fixture.rule)).map((f) => f.name)).toEqual([]);
  });
});
