import { describe, expect, it } from "vitest";
import { progressBar, runAudit } from "../../scripts/cli/audit.ts";
import { examplesRepo, repoRoot } from "../helpers/repo.ts";

async function audit(args: string[], isTTY = false) {
  let stdout = "";
  let stderr = "";
  const code = await runAudit(
    ["--root", examplesRepo(), ...args],
    {
      stdout: (s) => {
        stdout += s;
      },
      stderr: (s) => {
        stderr += s;
      },
      cwd: repoRoot,
      colorDefault: false,
    },
    { env: {}, isTTY },
  );
  return { code, stdout, stderr };
}

describe("govcloud audit", () => {
  it("text report of the example repository on 2026-12-10 with the offline pull requests (golden)", async () => {
    const run = await audit(["--now", "2026-12-10", "--prs", "test/audit/fixtures/open-prs.json"]);
    expect([run.code, run.stderr]).toEqual([0, ""]);
    await expect(run.stdout).toMatchFileSnapshot("golden/audit-2026-12-10.txt");
  });

  it("markdown report (golden)", async () => {
    const run = await audit([
      "--now",
      "2026-12-10",
      "--prs",
      "test/audit/fixtures/open-prs.json",
      "--format",
      "markdown",
    ]);
    await expect(run.stdout).toMatchFileSnapshot("golden/audit-2026-12-10.md");
  });

  it("JSON in English: one language per text, the citation as written in the regulation", async () => {
    const run = await audit(["--now", "2026-12-10", "--format", "json", "--lang", "en"]);
    const report = JSON.parse(run.stdout);
    expect(report.findings.map((f: { key: string }) => f.key)).toEqual([
      "test-expired/sz-edu-exam/exam-registration/test-db",
      "test-expired/sz-edu-exam/exam-registration/test-web",
    ]);
    expect(report.findings[0]).toMatchObject({
      check: "test-expired",
      severity: "error",
      citationText: "第47条",
      message:
        "Test resource test-db expired on 2026-12-08 and was neither renewed nor revoked: 2 day(s) overdue. While the unit holds overdue test resources, new ones are not approved (第51条(3)).",
    });
    expect(report.checked).toEqual(["test-expiring", "test-expired", "offline-not-revoked"]);
  });

  it.each([
    [["--format", "sarif"], "--format 只能是 text、markdown、json，这里是 sarif。"],
    [
      ["--metrics", "influx:x"],
      "--metrics 应写成 file:<路径> 或 prometheus:<地址>（如 prometheus:http://127.0.0.1:9090），这里是 influx:x。",
    ],
    [
      ["--now", "2026-13-01"],
      "--now 应为日期 YYYY-MM-DD 或时间 YYYY-MM-DDTHH:MM[:SS][时区]（不写时区按北京时间），这里是 2026-13-01。",
    ],
    [["--prs", "nope.json"], /^读不出 PR 文件 nope\.json：/],
  ])("usage error %j", async (args, zh) => {
    await expect(audit(args)).rejects.toMatchObject({
      zh: typeof zh === "string" ? zh : expect.stringMatching(zh),
    });
  });

  it("a broken configuration is reported, exit code 2", async () => {
    const run = await audit(["--now", "2026-12-10", "--config", "test/audit/fixtures/README.md"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^govcloud: test\/audit\/fixtures\/README\.md/);
  });

  it("draws a progress bar on a terminal only, and clears it before the report", async () => {
    const tty = await audit(["--now", "2026-12-10"], true);
    expect(tty.stderr).toContain("读取仓库 [");
    expect(tty.stderr.endsWith("\r\x1b[2K")).toBe(true);
    expect((await audit(["--now", "2026-12-10"])).stderr).toBe("");
    expect((await audit(["--now", "2026-12-10", "--no-progress"], true)).stderr).toBe("");
  });

  it("progress bar rendering", () => {
    let out = "";
    let t = 0;
    const bar = progressBar(
      (s) => {
        out += s;
      },
      true,
      () => (t += 200),
    );
    bar.update("利用率", 3, 12);
    expect(out).toBe("\r\x1b[2K利用率 [######------------------] 25% 3/12");
  });
});
