import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { diskFs } from "../scripts/adapters/disk-fs.ts";
import { parseYamlFile } from "../scripts/core/load/parse.ts";
import { SourcePositions } from "../scripts/core/load/positions.ts";
import { inlineText } from "../scripts/core/markup.ts";
import { parallelDefaults } from "../scripts/core/repository/load.ts";
import { runCli } from "./helpers/cli.ts";
import { fixtureRepo } from "./helpers/repo.ts";

/**
 * 拉取请求能放进仓库的敌意输入：符号链接（指向 /dev/zero、仓库外的文件与目录、仓库内的文件）、
 * 命名管道、被链接的目录，非十进制的数字写法，不可见字符，超大的列表。每种都得到定位的发现和
 * 退出码 1：不挂起、不是内部故障（退出码 2），仓库外的内容不出现在任何输出里。
 */

const SYS = "requests/sz-edu/student-registry";
const NEW = `${SYS}/0001-new.yaml`;
const SYSTEM = `${SYS}/system.yaml`;
/** 仓库外文件的内容：它绝不能出现在输出里 */
const SECRET = "outside-secret-7f3a9c";

let dir: string;
let outside: string;

const cli = (...argv: string[]) => runCli(argv, { cwd: dir });

interface JsonFinding {
  rule: string;
  file: string;
  line: number;
  column: number;
  path: string;
  message: string;
}
const findingsOf = (stdout: string): JsonFinding[] => JSON.parse(stdout).findings;

function withParallel<T>(f: () => Promise<T>): Promise<T> {
  const saved = { ...parallelDefaults };
  Object.assign(parallelDefaults, { threshold: 1, workers: 2, batchSize: 3 });
  return f().finally(() => Object.assign(parallelDefaults, saved));
}

const edit = (file: string, from: string, to: string) => {
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  expect(before).toContain(from);
  writeFileSync(path, before.replace(from, to));
  return () => writeFileSync(path, before);
};

beforeAll(() => {
  dir = fixtureRepo({ git: true, prefix: "govcloud-hostile-" });
  outside = mkdtempSync(join(tmpdir(), "govcloud-outside-"));
  writeFileSync(join(outside, "secret.yaml"), `name: ${SECRET}\n`);
  for (const sub of ["system", "unit"]) mkdirSync(join(outside, sub));
  writeFileSync(join(outside, "system", "system.yaml"), `kind: system\nname: ${SECRET}\n`);
  writeFileSync(join(outside, "unit", "unit.yaml"), `kind: unit\nname: ${SECRET}\n`);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

type Make = (path: string) => void;
const link =
  (target: () => string): Make =>
  (path) =>
    symlinkSync(target(), path);
const fifo: Make = (path) => execFileSync("mkfifo", [path]);

/** [名称, 仓库内路径, 怎样造出来, 规则, 提示里的话, git 看得见（--changed-from 会列出）] */
const entries: [string, string, Make, string, string, boolean][] = [
  ["a link to /dev/zero", `${SYS}/0009-zero.yaml`, link(() => "/dev/zero"), "load/symlink", "符号链接", true],
  ["a link to a folder", `${SYS}/0009-folder.yaml`, link(() => outside), "load/symlink", "符号链接", true],
  [
    "a link to a file outside the repository",
    `${SYS}/0009-outside.yaml`,
    link(() => join(outside, "secret.yaml")),
    "load/symlink",
    "符号链接",
    true,
  ],
  [
    "a link to a file inside the repository",
    `${SYS}/0009-inside.yaml`,
    link(() => "0003-ports.yaml"),
    "load/symlink",
    "符号链接",
    true,
  ],
  ["a named pipe", `${SYS}/0009-pipe.yaml`, fifo, "load/special-file", "命名管道（FIFO）", false],
  [
    "a linked system folder",
    "requests/sz-edu/linked-system",
    link(() => join(outside, "system")),
    "load/symlink",
    "符号链接",
    true,
  ],
  [
    "a linked unit folder",
    "requests/linked-unit",
    link(() => join(outside, "unit")),
    "load/symlink",
    "符号链接",
    true,
  ],
  [
    "a link among the attachments",
    `${SYS}/attachments/diagram.png`,
    link(() => join(outside, "secret.yaml")),
    "load/symlink",
    "符号链接",
    true,
  ],
];

/** 造出条目，跑 f，之后删掉 */
async function withEntry(path: string, make: Make, f: () => Promise<void>) {
  const abs = join(dir, path);
  mkdirSync(join(abs, ".."), { recursive: true });
  make(abs);
  try {
    await f();
  } finally {
    unlinkSync(abs);
  }
}

function expectRefused(r: { code: number; stdout: string; stderr: string }, path: string, rule: string) {
  expect(r.stderr).toBe("");
  expect(r.code).toBe(1);
  expect(r.stdout).not.toContain(SECRET);
  expect(r.stdout).toContain(`${path}:1:1 错误 ${path} 是`);
  expect(r.stdout).toContain(`[${rule}]`);
}

describe("links and special files in requests/", () => {
  it.each(entries)(
    "%s: a located finding, exit 1, nothing from outside",
    async (_n, path, make, rule, kind) => {
      await withEntry(path, make, async () => {
        // 整个仓库（文本输出会显示有发现的行：仓库外的内容绝不能出现）
        expectRefused(await cli("validate"), path, rule);
        const json = await cli("validate", "--format", "json");
        expect(json.stdout).not.toContain(SECRET);
        const finding = findingsOf(json.stdout).find((f) => f.file === path);
        expect(finding).toMatchObject({ rule, file: path, line: 1, column: 1, path: "" });
        expect(finding?.message).toContain(`${path} 是${kind}`);
        expect(finding?.message).toMatch(rule === "load/symlink" ? /请把符号链接换成普通/ : /请删除它/);
        // 工作线程读文件时结果相同
        const parallel = await withParallel(() => cli("validate", "--format", "json"));
        expect(parallel.stdout).toBe(json.stdout);
        // 命令行给出的路径
        expectRefused(await cli("validate", path), path, rule);
      });
    },
  );

  it.each(entries.filter((e) => e[5]))(
    "%s: --changed-from and the PR report refuse it too",
    async (_n, path, make, rule) => {
      await withEntry(path, make, async () => {
        expectRefused(await cli("validate", "--changed-from", "HEAD"), path, rule);
        const report = await cli("report", "--changed-from", "HEAD", "--now", "2026-11-25");
        expect(report.stderr).toBe("");
        expect(report.code).toBe(1);
        expect(report.stdout).not.toContain(SECRET);
        expect(report.stdout).toContain(`\`${path}:1:1\``);
        // 报告是 Markdown：消息中的路径按文字转义（点写成字符实体，不会被当成域名自动链接）
        expect(report.stdout).toContain(`${inlineText(path)} 是${rule === "load/symlink" ? "符号链接" : ""}`);
      });
    },
  );

  it("a file inside a linked folder, named on the command line, names the linked folder", async () => {
    await withEntry(
      "requests/sz-edu/linked-system",
      link(() => join(outside, "system")),
      async () => {
        const file = "requests/sz-edu/linked-system/system.yaml";
        const r = await cli("validate", file, "--format", "json");
        expect(r.code).toBe(1);
        expect(r.stdout).not.toContain(SECRET);
        expect(findingsOf(r.stdout)).toEqual([
          expect.objectContaining({
            rule: "load/symlink",
            file,
            line: 1,
            column: 1,
            message: expect.stringContaining(`${file} 所在的目录 requests/sz-edu/linked-system 是符号链接`),
          }),
        ]);
      },
    );
  });

  it("a linked requests/ folder is refused as a whole", async () => {
    const real = join(outside, "requests");
    renameSync(join(dir, "requests"), real);
    writeFileSync(join(real, "sz-edu", "unit.yaml"), `kind: unit\nname: ${SECRET}\n`);
    try {
      symlinkSync(real, join(dir, "requests"));
      const r = await cli("validate");
      expectRefused(r, "requests", "load/symlink");
      expect(await cli("validate", "requests")).toMatchObject({ code: 1 });
    } finally {
      unlinkSync(join(dir, "requests"));
      renameSync(real, join(dir, "requests"));
      execFileSync("git", ["checkout", "--", "requests"], { cwd: dir });
    }
  });

  it("a socket is a special file", async () => {
    const path = `${SYS}/0009-socket.yaml`;
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(join(dir, path), resolve));
    try {
      const r = await cli("validate", "--format", "json");
      expect(r.code).toBe(1);
      expect(findingsOf(r.stdout).find((f) => f.file === path)).toMatchObject({
        rule: "load/special-file",
        line: 1,
        column: 1,
        message: expect.stringContaining(`${path} 是套接字，不是普通文件`),
      });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it("diskFs.read refuses a folder where a file is expected and a file over the limit, before reading", () => {
    const fs = diskFs(dir);
    expect(fs.read(SYS, 1000)).toEqual({ refused: { kind: "directory", at: SYS } });
    const size = readFileSync(join(dir, NEW)).length;
    expect(fs.read(NEW, 100)).toEqual({ tooLarge: size });
    expect(() => fs.readFile(SYS)).toThrow();
  });
});

describe("numbers are decimal", () => {
  const parse = (source: string) => parseYamlFile("requests/u/s/x.yaml", new TextEncoder().encode(source));

  it.each([
    "0x8",
    "0o10",
    "010",
    "0b101",
    "1e3",
    "1.5e3",
    "1_000",
    ".inf",
    "-.inf",
    ".nan",
    "+5",
    "5.",
    ".5",
  ])("%s is a located finding that says 写成十进制数字, on both parsers' positions", (form) => {
    const source = `resources:\n  - name: web\n    vcpu: ${form}\n`;
    const result = parse(source);
    expect(result.problems).toHaveLength(1);
    const [problem] = result.problems;
    expect(problem).toMatchObject({ rule: "load/number-form", path: "/resources/0/vcpu" });
    expect(problem?.message.zh).toContain("写成十进制数字");
    expect(problem?.message.zh).toContain("resources[0].vcpu");
    expect(problem?.message.zh).toContain(form);
    // 定位用的 yaml 库找到的是同一个值
    expect(new SourcePositions(source).locate(problem?.path ?? "")).toEqual({ line: 3, column: 11 });
  });

  it.each([
    ["8", 8],
    ["-3", -3],
    ["0", 0],
    ["0.5", 0.5],
    ["-12.25", -12.25],
    ['"0x8"', "0x8"],
    ["1.2.3", "1.2.3"],
    ["2026-11-25", "2026-11-25"],
  ])("%s is accepted as %s", (form, value) => {
    const result = parse(`a: ${form}\n`);
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual({ a: value });
  });

  it("a key written as a number form is located by both parsers", () => {
    const source = "a:\n  0x8: [1, 0x10]\n";
    const result = parse(source);
    expect(result.problems).toMatchObject([{ rule: "load/number-form", path: "/a/0x8/1" }]);
    expect(new SourcePositions(source).locate("/a/0x8/1")).toEqual({ line: 2, column: 12 });
  });

  it("vcpu: 0x8 through the whole validate path: one finding at the value, not accepted as 8", async () => {
    const restore = edit(NEW, "    vcpu: 8\n", "    vcpu: 0x8\n");
    try {
      const r = await cli("validate", "--format", "json");
      expect(r.code).toBe(1);
      expect(findingsOf(r.stdout)).toEqual([
        expect.objectContaining({ rule: "load/number-form", file: NEW, line: 25, column: 11 }),
      ]);
      const parallel = await withParallel(() => cli("validate", "--format", "json"));
      expect(parallel.stdout).toBe(r.stdout);
    } finally {
      restore();
    }
  });
});

describe("invisible characters", () => {
  const parse = (source: string) => parseYamlFile("requests/u/s/x.yaml", new TextEncoder().encode(source));

  it.each([
    [0x061c, "阿拉伯字母标记"],
    [0x202a, "从左向右嵌入"],
    [0x202e, "从右向左覆盖"],
    [0x2066, "从左向右隔离"],
    [0x2069, "结束方向隔离"],
    [0x200b, "零宽空格"],
    [0x200f, "从右向左标记"],
    [0x2060, "零宽不换行"],
    [0xfeff, "零宽不换行空格（BOM）"],
    [0x01, "控制字符"],
    [0x1b, "控制字符"],
    [0x7f, "控制字符"],
    [0x85, "控制字符"],
    [0x9b, "控制字符"],
  ])("code point %d (%s) in a value, written or escaped, in a key: named and located", (cp, name) => {
    const hex = cp.toString(16).toUpperCase().padStart(4, "0");
    const named = `U+${hex}（${name}）`;
    const char = String.fromCodePoint(cp);
    // 直接写（YAML 不允许的 C0 控制字符 js-yaml 本身就拒绝），双引号里转义
    const raw = parse(`owner:\n  name: "a${char}b"\n`);
    if (cp >= 0x20 && cp !== 0x7f) {
      expect(raw.problems).toMatchObject([{ rule: "load/control-character", path: "/owner/name" }]);
      expect(raw.problems[0]?.message.zh).toContain(named);
    } else expect(raw.problems.length).toBe(1);
    const escaped = parse(`owner:\n  name: "a\\u${hex}b"\n`);
    expect(escaped.problems).toMatchObject([{ rule: "load/control-character", path: "/owner/name" }]);
    expect(escaped.problems[0]?.message.zh).toContain(`字段 owner.name 的值含有不可见字符 ${named}`);
    const key = parse(`owner:\n  "na\\u${hex}me": x\n`);
    expect(key.problems).toMatchObject([
      { rule: "load/control-character", path: `/owner/na${char}me`, atKey: true },
    ]);
    expect(key.problems[0]?.message.zh).toContain(`字段名 owner.na<U+${hex}>me 含有不可见字符 ${named}`);
  });

  it("tab, newline and a leading BOM are fine", () => {
    const result = parse('\ufeffa: "x\\ty"\nb: |\n  one\n  two\n');
    expect(result.problems).toEqual([]);
  });

  it("a system name with U+202E through the whole validate path, located at the name", async () => {
    const source = readFileSync(join(dir, SYSTEM), "utf8");
    const line = source.split("\n").findIndex((l) => l.startsWith("name: ")) + 1;
    expect(line).toBeGreaterThan(0);
    const restore = edit(SYSTEM, "\nname: ", "\nname: \u202e");
    try {
      const r = await cli("validate", "--format", "json");
      expect(r.code).toBe(1);
      const found = findingsOf(r.stdout).filter((f) => f.rule === "load/control-character");
      expect(found).toEqual([expect.objectContaining({ file: SYSTEM, path: "/name", line, column: 7 })]);
      expect(found[0]?.message).toContain("U+202E（从右向左覆盖）");
      const parallel = await withParallel(() => cli("validate", "--format", "json"));
      expect(parallel.stdout).toBe(r.stdout);
    } finally {
      restore();
    }
  });
});

describe("too large collections", () => {
  it("a list of 100,000 items gets its own finding, not the alias one", () => {
    const source = `kind: application\nitems: [${"1,".repeat(99_999)}1]\n`;
    const result = parseYamlFile("requests/u/s/x.yaml", new TextEncoder().encode(source));
    expect(result.data).toBeUndefined();
    expect(result.problems).toMatchObject([{ rule: "load/too-many-values", path: "/items" }]);
    const message = result.problems[0]?.message.zh ?? "";
    expect(message).toContain("items 处的列表，有 100000 项");
    expect(message).not.toContain("别名");
  });

  it("a mapping with too many fields names the mapping", () => {
    const fields = Array.from({ length: 100_001 }, (_, i) => `k${i}: 1`).join(", ");
    const source = `kind: application\nextra: {${fields}}\n`;
    const result = parseYamlFile("requests/u/s/x.yaml", new TextEncoder().encode(source), {
      maxBytes: 4 * 1024 * 1024,
      maxNodes: 100_000,
      maxDepth: 64,
    });
    expect(result.problems).toMatchObject([{ rule: "load/too-many-values", path: "/extra" }]);
    expect(result.problems[0]?.message.zh).toContain("映射，有 100001 个字段");
  });
});
