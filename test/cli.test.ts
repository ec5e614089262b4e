import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../scripts/cli/main.ts";
import { runCli } from "./helpers/cli.ts";
import { examplesRoot } from "./helpers/repo.ts";

let dir: string;
const NEW = "requests/sz-edu/student-registry/0001-new.yaml";
const PORTS = "requests/sz-edu/student-registry/0003-ports.yaml";

const cli = (...argv: string[]) => runCli(argv, { cwd: dir });
const git = (...args: string[]) => execFileSync("git", args, { cwd: dir, encoding: "utf8" });
const edit = (file: string, from: string, to: string) => {
  const path = join(dir, file);
  writeFileSync(path, readFileSync(path, "utf8").replace(from, to));
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "govcloud-cli-"));
  cpSync(join(examplesRoot, "requests"), join(dir, "requests"), { recursive: true });
  git("init", "-q", "-b", "main");
  git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "add", ".");
  git("-c", "user.email=t@example.invalid", "-c", "user.name=t", "commit", "-qm", "examples");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("govcloud validate", () => {
  it("exits 0 on the examples and says how many files it checked", async () => {
    const r = await cli("validate");
    expect(r).toEqual({ code: 0, stdout: "检查了 17 个文件：0 个错误，0 个警告。\n", stderr: "" });
  });

  it("exits 1 with file:line:col, the offending line, the citation and the fix", async () => {
    edit(NEW, "vcpu: 8", "vcpu: 7");
    try {
      const r = await cli("validate");
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(
        [
          `${NEW}:25:11 错误 字段 vcpu（vCPU（核））为 7，须为 2 的倍数（不足的部分向上取整）。请改为 8。 〔附件5 注3〕 [schema]`,
          "   25 |     vcpu: 7",
          "                  ^",
          "检查了 17 个文件：1 个错误，0 个警告。",
          "",
        ].join("\n"),
      );
    } finally {
      edit(NEW, "vcpu: 7", "vcpu: 8");
    }
  });

  it("json: every finding has rule, severity, message, file, line, column, path and citation", async () => {
    edit(NEW, "vcpu: 8", "vcpu: 7");
    try {
      const r = await cli("validate", "--format", "json", "--lang", "en");
      const out = JSON.parse(r.stdout);
      expect(out.summary).toEqual({ files: 17, errors: 1, warnings: 0, infos: 0 });
      expect(out.findings).toEqual([
        {
          rule: "schema",
          severity: "error",
          message: "field vcpu (vCPU（核）) is 7 and must be a multiple of 2 (round up). Change it to 8.",
          file: NEW,
          line: 25,
          column: 11,
          path: "/resources/0/vcpu",
          citation: { profile: "shenzhen", attachment: "附件5", note: "3" },
        },
      ]);
    } finally {
      edit(NEW, "vcpu: 7", "vcpu: 8");
    }
  });

  it("github: workflow annotations with escaped properties and data", async () => {
    edit(
      PORTS,
      "description: 学籍系统 HTTPS 服务",
      'description: 学籍系统 HTTPS 服务\n      "x%\\n::error::y": 1',
    );
    try {
      const r = await cli("validate", "--format", "github");
      expect(r.code).toBe(1);
      expect(r.stdout).toBe(
        `::error file=${PORTS},line=29,col=7,title=schema::未知字段 x%25 ::error::y。这里允许的字段：source、destination、protocol、ports、purpose、description。请删除或改正它。\n`,
      );
    } finally {
      git("checkout", "--", PORTS);
    }
  });

  it("sarif 2.1.0 with a result per finding", async () => {
    edit(NEW, "vcpu: 8", "vcpu: 7");
    try {
      const sarif = JSON.parse((await cli("validate", "--format", "sarif")).stdout);
      expect(sarif.version).toBe("2.1.0");
      expect(sarif.runs[0].results).toEqual([
        expect.objectContaining({
          ruleId: "schema",
          level: "error",
          locations: [
            expect.objectContaining({
              physicalLocation: {
                artifactLocation: { uri: NEW, uriBaseId: "%SRCROOT%" },
                region: { startLine: 25, startColumn: 11 },
              },
            }),
          ],
          properties: {
            path: "/resources/0/vcpu",
            citation: { profile: "shenzhen", attachment: "附件5", note: "3" },
          },
        }),
      ]);
    } finally {
      edit(NEW, "vcpu: 7", "vcpu: 8");
    }
  });

  it("--changed-from reports only changed files, checked against the unchanged ones", async () => {
    const added = "requests/sz-edu/student-registry/0004-change.yaml";
    writeFileSync(
      join(dir, added),
      readFileSync(join(dir, "requests/sz-edu/student-registry/0002-change.yaml"), "utf8").replace(
        "sequence: 2",
        "sequence: 3",
      ),
    );
    edit("requests/sz-edu/campus-portal/0001-new.yaml", "vcpu: 4", "vcpu: 3"); // 已提交文件中的错误：改动后也要报告
    try {
      const all = JSON.parse((await cli("validate", "--format", "json")).stdout);
      expect(all.findings.map((f: { file: string }) => f.file)).toEqual([
        "requests/sz-edu/campus-portal/0001-new.yaml",
        added,
      ]);
      git("stash", "-q", "--", "requests/sz-edu/campus-portal/0001-new.yaml");
      const changed = JSON.parse(
        (await cli("validate", "--format", "json", "--changed-from", "main")).stdout,
      );
      expect(changed.summary.files).toBe(1);
      expect(changed.findings).toMatchObject([
        { file: added, rule: "registry/sequence", message: expect.stringContaining("0003-ports.yaml") },
      ]);
    } finally {
      rmSync(join(dir, added));
      git("checkout", "--", ".");
      git("stash", "drop", "-q");
    }
  });

  it("paths: validates only the given folder", async () => {
    const r = await cli("validate", "requests/sz-edu-exam", "--format", "json");
    expect(JSON.parse(r.stdout).summary.files).toBe(6);
    expect(r.code).toBe(0);
  });

  it("paths: committed applications on the default branch are merged; a year later they still pass", async () => {
    // 0001-new 的申请日期 2026-05-11：待审的话早已过了 3 个月有效期（附件5 注5）
    const r = await cli("validate", "requests/sz-edu", "--now", "2027-11-25", "--format", "json");
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("paths: only new or changed files are pending (their validity is checked)", async () => {
    const RENEWAL = "requests/sz-edu-exam/exam-registration/0002-test-renewal.yaml";
    edit(RENEWAL, "# 测试资源续期", "# 测试资源续期（改动）");
    try {
      const r = await cli("validate", "requests/sz-edu-exam", "--now", "2027-03-01", "--format", "json");
      expect(
        JSON.parse(r.stdout).findings.map((f: { file: string; rule: string }) => [f.file, f.rule]),
      ).toEqual([[RENEWAL, "shenzhen/application-validity"]]);
    } finally {
      git("checkout", "--", RENEWAL);
    }
  });

  describe("one clock: --now and GOVCLOUD_NOW in Beijing time", () => {
    const validityMessages = (stdout: string) =>
      (JSON.parse(stdout).findings as { rule: string; message: string }[])
        .filter((f) => f.rule === "shenzhen/application-validity")
        .map((f) => f.message);
    const RENEWAL = "requests/sz-edu-exam/exam-registration/0002-test-renewal.yaml";
    const validity = async (...argv: string[]) => {
      edit(RENEWAL, "date: 2026-10-26", "date: 2026-12-03");
      try {
        const r = await cli("validate", RENEWAL, "--format", "json", ...argv);
        return validityMessages(r.stdout);
      } finally {
        git("checkout", "--", RENEWAL);
      }
    };
    it("01:00 in Beijing on 12-03 is 12-03, though UTC still says 12-02", async () => {
      expect(await validity("--now", "2026-12-02T17:00:00Z")).toEqual([]);
      expect(await validity("--now", "2026-12-03T01:00")).toEqual([]);
      expect(await validity("--now", "2026-12-02T15:00:00Z")).toEqual([
        "申请日期 2026-12-03 在今天（2026-12-02）之后。请填写实际提交申请的日期。",
      ]);
    });
    it("GOVCLOUD_NOW is the clock when --now is absent; --now wins", async () => {
      const withEnv = async (value: string, ...argv: string[]) => {
        let stdout = "";
        edit(RENEWAL, "date: 2026-10-26", "date: 2026-12-03");
        try {
          await main(["validate", RENEWAL, "--format", "json", ...argv], {
            stdout: (s) => {
              stdout += s;
            },
            stderr: () => {},
            cwd: dir,
            colorDefault: false,
            env: { GOVCLOUD_NOW: value },
            now: () => new Date("2026-11-25T02:00:00Z"),
          });
        } finally {
          git("checkout", "--", RENEWAL);
        }
        return validityMessages(stdout);
      };
      expect(await withEnv("2026-12-02")).toEqual([
        "申请日期 2026-12-03 在今天（2026-12-02）之后。请填写实际提交申请的日期。",
      ]);
      expect(await withEnv("2026-12-02", "--now", "2026-12-03")).toEqual([]);
    });
  });

  it.each([
    [["validate", "--format", "xml"], "--format 只能是"],
    [["validate", "--lang", "fr"], "--lang 只能是 zh 或 en"],
    [["validate", "--changed-from", "no-such-ref"], "找不到 git 引用 no-such-ref"],
    [["validate", "elsewhere.yaml"], "不在 requests/ 下"],
    [["validate", "requests/nope"], "找不到路径"],
    [["validate", "--bogus"], "Unknown option"],
    [["frobnicate"], "未知命令 frobnicate"],
  ])("usage errors exit 2: %j", async (argv, words) => {
    const r = await cli(...argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(words);
  });

  it("a directory that is not the repository exits 2", async () => {
    const r = await cli("validate", "--root", tmpdir());
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不是申请仓库");
  });
});
