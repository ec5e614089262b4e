import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import { nationalCalendar } from "../scripts/adapters/calendar-files.ts";
import { cancellable, runNew } from "../scripts/cli/new.ts";
import type { Io } from "../scripts/cli/options.ts";
import { UsageError } from "../scripts/cli/options.ts";
import { memoryFs } from "../scripts/core/repository/fs.ts";
import { nextSequence, type ScaffoldTarget, scaffold } from "../scripts/core/scaffold/plan.ts";
import { validate } from "../scripts/core/validate.ts";
import { shenzhen } from "../scripts/profiles/shenzhen/index.ts";
import { stubCatalogs, stubProfile } from "./fixtures/profiles/stub.ts";
import { runCli } from "./helpers/cli.ts";
import { fixtureRepo, repoRoot, TODAY } from "./helpers/repo.ts";

/** 文件中值为空（~）的字段：使用者还要填写的地方。 */
function nullPaths(text: string): string[] {
  const out: string[] = [];
  const walk = (node: unknown, path: string) => {
    if (isMap(node))
      for (const p of node.items) walk(p.value, `${path}/${String((p.key as { value: unknown }).value)}`);
    else if (isSeq(node)) for (const [i, n] of node.items.entries()) walk(n, `${path}/${i}`);
    else if (node === null || (isScalar(node) && node.value === null)) out.push(path);
  };
  walk(parseDocument(text).contents, "");
  return out.sort();
}

const kinds = Object.keys(shenzhen.kinds);

describe("govcloud new: every kind of the profile, scaffolded into a fixture repository", () => {
  let root: string;
  const written: Record<string, string> = {};
  beforeAll(async () => {
    root = fixtureRepo({ prefix: "govcloud-new-" });
    // 与本仓库同样的布局：服务目录与由它生成的 schema 都在仓库里
    cpSync(join(repoRoot, "schemas"), join(root, "schemas"), { recursive: true });
    const cli = (...argv: string[]) =>
      runCli(["new", ...argv, "--root", root, "--now", TODAY], { cwd: root });
    expect((await cli("unit", "--unit", "sz-new")).code).toBe(0);
    expect((await cli("system", "--unit", "sz-edu", "--system", "payroll")).code).toBe(0);
    written.unit = "requests/sz-new/unit.yaml";
    written.system = "requests/sz-edu/payroll/system.yaml";
    for (const kind of kinds) {
      const r = await cli(kind, "--unit", "sz-edu", "--system", "student-registry");
      expect(r.code, r.stderr).toBe(0);
      const path = /已写入 (\S+)：/.exec(r.stdout)?.[1];
      expect(path).toBeDefined();
      written[kind] = path as string;
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("puts each file in its place, with the next sequence numbers and the schema modeline", () => {
    expect(Object.values(written).slice(2)).toEqual(
      kinds.map((k, i) => `requests/sz-edu/student-registry/${String(4 + i).padStart(4, "0")}-${k}.yaml`),
    );
    const application = readFileSync(join(root, written.new as string), "utf8");
    expect(application.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../../schemas/shenzhen/application.schema.json",
    );
    expect(application).toContain("unit: 深圳市教育局\n");
    expect(application).toContain("system: 深圳市中小学学籍管理系统\n");
    expect(application).toContain("# 预计上线时间﹡（格式 YYYY-MM-DD）\n  expectedLaunch: ~\n");
    expect(application).toMatch(/^# remark: ~ {4}# （可选）备注/m);
    expect(readFileSync(join(root, written.unit as string), "utf8").split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../schemas/shenzhen/unit.schema.json",
    );
  });

  it.each(["unit", "system", ...kinds])(
    "%s: validate fails only on the placeholders still to fill, and on each of them",
    async (kind) => {
      const file = written[kind] as string;
      const r = await runCli(["validate", file, "--format", "json", "--now", TODAY], { cwd: root });
      const findings = (
        JSON.parse(r.stdout) as { findings: { file: string; path: string }[] }
      ).findings.filter((f) => f.file === file);
      const placeholders = nullPaths(readFileSync(join(root, file), "utf8"));
      expect(placeholders.length).toBeGreaterThan(0);
      expect([...new Set(findings.map((f) => f.path))].sort()).toEqual(placeholders);
    },
  );

  it("never overwrites an existing file", async () => {
    const r = await runCli(["new", "system", "--unit", "sz-edu", "--system", "payroll", "--root", root], {
      cwd: root,
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("requests/sz-edu/payroll/system.yaml 已存在，不覆盖");
  });
});

describe("govcloud new: usage", () => {
  let root: string;
  beforeAll(() => {
    root = fixtureRepo({ prefix: "govcloud-new-usage-" });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const cli = (...argv: string[]) => runCli(["new", ...argv, "--root", root], { cwd: root });

  it.each([
    [["bogus", "--unit", "a", "--system", "b"], "不认识的种类 bogus：可以是 unit | system | new"],
    [["new", "--system", "b"], "缺少 --unit"],
    [["new", "--unit", "sz-edu"], "缺少 --system"],
    [["new", "--unit", "SZ_EDU", "--system", "b"], "--unit SZ_EDU 不合规"],
    [["new", "--unit", "sz-edu", "--system", "x", "--date", "2026-13-45"], "--date 应为日期"],
    [[], "缺少 --type"],
  ])("%j exits 2 and says what is missing", async (argv, words) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(words);
  });

  it("takes the kind by its Chinese name, and --date", async () => {
    const r = await cli("变更", "--unit", "sz-edu", "--system", "campus-portal", "--date", "2026-12-01");
    expect(r.code, r.stderr).toBe(0);
    const text = readFileSync(join(root, "requests/sz-edu/campus-portal/0003-change.yaml"), "utf8");
    expect(text).toContain("type: change\n");
    expect(text).toContain("date: 2026-12-01\n");
  });

  it("asks in a terminal for what the flags leave out", async () => {
    const asked: string[] = [];
    let out = "";
    const io: Io = {
      stdout: (s) => (out += s),
      stderr: () => {},
      cwd: root,
      colorDefault: false,
      env: {},
      interactive: true,
    };
    const code = await runNew(["--root", root, "--now", TODAY], io, {
      select: async (message, choices) => {
        asked.push(message);
        return message === "新建什么"
          ? "ports"
          : (choices.find((c) => c.value === "sz-edu-exam" || c.value === "exam-registration")?.value ?? "");
      },
      input: async (message) => {
        asked.push(message);
        return "x";
      },
    });
    expect(code).toBe(0);
    expect(asked).toEqual(["新建什么", "单位目录名（如 sz-edu）", "系统目录名（如 student-registry）"]);
    expect(out).toContain("requests/sz-edu-exam/exam-registration/0003-ports.yaml");
  });
});

describe("scaffolding is profile-agnostic", () => {
  it.each(Object.keys(stubProfile.kinds))("stub profile %s: validates except on its placeholders", (type) => {
    const catalog = stubCatalogs(stubProfile.catalog);
    if (catalog === undefined) throw new Error("stub catalog missing");
    const schemas = stubProfile.schema.build(catalog);
    const targets: ScaffoldTarget[] = [
      { kind: "unit", unit: "sl-data" },
      { kind: "system", unit: "sl-data", system: "portal" },
      { kind: "application", unit: "sl-data", system: "portal", type, sequence: 1, date: TODAY },
    ];
    const files: Record<string, string> = { "govcloud.yaml": "profile: stub\n" };
    for (const t of targets) {
      const s = scaffold(t, stubProfile, schemas);
      if (s === undefined) throw new Error(`no scaffold for ${t.kind}`);
      files[s.path] = s.text;
    }
    const { findings } = validate({
      fs: memoryFs(files),
      scope: { kind: "all" },
      lang: "zh",
      profiles: [stubProfile],
      catalogs: stubCatalogs,
      calendar: nationalCalendar(),
      today: TODAY,
    });
    for (const [file, text] of Object.entries(files)) {
      if (file === "govcloud.yaml") continue;
      const paths = [...new Set(findings.filter((f) => f.file === file).map((f) => f.path))].sort();
      expect(paths, file).toEqual(nullPaths(text));
    }
  });
});

describe("nextSequence", () => {
  it.each([
    [[], 1],
    [[{ name: "0001-new.yaml", text: "sequence: 1\n" }], 2],
    [[{ name: "0002-change.yaml", text: "sequence: 7\n" }], 8],
    [[{ name: "expansion.yaml", text: "kind: application\nsequence: 3 # 第三份\n" }], 4],
  ])("%j → %i", (files, next) => {
    expect(nextSequence(files)).toBe(next);
  });
});

it("writes nothing when the target exists even as a file the helper did not make", async () => {
  const root = fixtureRepo({ prefix: "govcloud-new-exists-" });
  try {
    writeFileSync(join(root, "requests/sz-edu/student-registry/0004-ports.yaml"), "keep\n");
    const r = await runCli(
      ["new", "ports", "--unit", "sz-edu", "--system", "student-registry", "--root", root],
      {
        cwd: root,
      },
    );
    expect(r.code).toBe(0);
    expect(readFileSync(join(root, "requests/sz-edu/student-registry/0004-ports.yaml"), "utf8")).toBe(
      "keep\n",
    );
    expect(existsSync(join(root, "requests/sz-edu/student-registry/0005-ports.yaml"))).toBe(true);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

it("a prompt closed by Ctrl-C or end of input is a cancellation, not an internal failure", async () => {
  const closed = Object.assign(new Error("User force closed the prompt with EOF"), {
    name: "ExitPromptError",
  });
  await expect(cancellable(Promise.reject(closed))).rejects.toEqual(
    new UsageError("已取消，没有写任何文件。", "Cancelled; nothing was written."),
  );
  const other = new Error("boom");
  await expect(cancellable(Promise.reject(other))).rejects.toBe(other);
});

describe("govcloud new: the $schema modeline resolves from the written file to the schema the repository uses", () => {
  /** 写出的文件第一行的 $schema，按文件所在的目录解析成绝对路径 */
  const schemaOf = (root: string, path: string) => {
    const href = /^# yaml-language-server: \$schema=(\S+)$/m.exec(
      readFileSync(join(root, path), "utf8"),
    )?.[1];
    return { href, resolved: resolve(dirname(join(root, path)), href ?? "") };
  };
  const written = (stdout: string) => /(?:已写入|Wrote) (\S+?)[：:]/.exec(stdout)?.[1] as string;

  it.each([
    ["with its own catalog and generated schemas: the repository's", true],
    ["with its own catalog, schemas not generated: the tool's", false],
  ])("Shenzhen repository %s", async (_, ownSchemas) => {
    const root = fixtureRepo({ prefix: "govcloud-new-schema-" });
    try {
      if (ownSchemas) cpSync(join(repoRoot, "schemas"), join(root, "schemas"), { recursive: true });
      const base = ownSchemas ? root : repoRoot;
      for (const [argv, doc] of [
        [["unit", "--unit", "sz-new"], "unit"],
        [["system", "--unit", "sz-edu", "--system", "payroll"], "system"],
        [["new", "--unit", "sz-edu", "--system", "student-registry"], "application"],
      ] as const) {
        const r = await runCli(["new", ...argv, "--root", root, "--now", TODAY], { cwd: root });
        expect(r.code, r.stderr).toBe(0);
        const { href, resolved } = schemaOf(root, written(r.stdout));
        expect(resolved).toBe(join(base, "schemas", "shenzhen", `${doc}.schema.json`));
        expect(existsSync(resolved)).toBe(true);
        if (ownSchemas)
          expect(href).toBe(`${doc === "unit" ? "../.." : "../../.."}/schemas/shenzhen/${doc}.schema.json`);
      }
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it("--root examples/huaibei (no catalog of its own): the tool's schemas/huaibei, as the bundled example files write it", async () => {
    // 与 examples/huaibei 同样深的一份副本（不改动示例本身）
    const root = mkdtempSync(join(repoRoot, "test", ".new-huaibei-"));
    try {
      cpSync(join(repoRoot, "examples", "huaibei"), root, { recursive: true });
      const app = await runCli(
        ["new", "new", "--unit", "hb-edu", "--system", "smart-edu", "--root", root, "--now", TODAY],
        { cwd: repoRoot },
      );
      expect(app.code, app.stderr).toBe(0);
      const { href, resolved } = schemaOf(root, written(app.stdout));
      expect(href).toBe("../../../../../schemas/huaibei/application.schema.json");
      expect(href).toBe(
        /\$schema=(\S+)/.exec(
          readFileSync(join(root, "requests/hb-edu/smart-edu/0001-new.yaml"), "utf8"),
        )?.[1],
      );
      expect(resolved).toBe(join(repoRoot, "schemas", "huaibei", "application.schema.json"));
      expect(existsSync(resolved)).toBe(true);
      const unit = await runCli(["new", "unit", "--unit", "hb-new", "--root", root, "--now", TODAY], {
        cwd: repoRoot,
      });
      expect(unit.code, unit.stderr).toBe(0);
      const u = schemaOf(root, written(unit.stdout));
      expect([u.href, existsSync(u.resolved)]).toEqual([
        "../../../../schemas/huaibei/unit.schema.json",
        true,
      ]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
