import { execFileSync } from "node:child_process";
import { rmSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { audit } from "../../scripts/core/audit/audit.ts";
import { shenzhen } from "../../scripts/profiles/shenzhen/index.ts";
import { runCli } from "../helpers/cli.ts";
import { exampleFiles, fixtureRepo } from "../helpers/repo.ts";
import { contextOf } from "./helpers.ts";

/** 实施时限在合并之后（issue 18 第4项；深圳第24、30、36、43、52条）。 */

const CHANGE = "requests/sz-edu/student-registry/0002-change.yaml"; // 关机日 2026-12-05，没有交付记录
const PORTS = "requests/sz-edu/student-registry/0003-ports.yaml"; // 交付记录 2026-11-20，时限 2 个工作日

const late = (mergedOn: Record<string, string>, today: string) =>
  audit(
    { ...contextOf({ files: exampleFiles(), today }), mergedOn: new Map(Object.entries(mergedOn)) },
    shenzhen.audit,
  ).findings.filter((f) => f.check === "implementation-late");

describe("implementation-late", () => {
  it("a delivery after the deadline counts the working days late and cites the implementation article", () => {
    // 周一 11-16 合并，端口开放 2 个工作日：截止周三 11-18；周五 11-20 交付，晚 2 个工作日
    const [f, ...rest] = late({ [PORTS]: "2026-11-16" }, "2026-11-25");
    expect(rest).toEqual([]);
    expect(f?.key).toBe("implementation-late/sz-edu/student-registry/3");
    expect(f?.citation).toEqual({ profile: "shenzhen", article: "第43条" });
    expect(f?.message.zh).toBe(
      "第 3 号申请应合并（2026-11-16）后 2 个工作日内完成，截止 2026-11-18；交付记录的日期是 2026-11-20，晚了 2 个工作日。",
    );
  });

  it("a delivery within the deadline, or before the merge, is no finding", () => {
    expect(late({ [PORTS]: "2026-11-18" }, "2026-11-25")).toEqual([]);
    expect(late({ [PORTS]: "2026-11-24" }, "2026-11-25")).toEqual([]);
  });

  it("a change needing a shutdown is due on its shutdown day; undelivered after it is late", () => {
    expect(late({ [CHANGE]: "2026-11-20" }, "2026-12-05")).toEqual([]);
    const [f] = late({ [CHANGE]: "2026-11-20" }, "2026-12-09");
    expect(f?.citation).toEqual({ profile: "shenzhen", article: "第30条" });
    expect(f?.message.zh).toBe(
      "第 2 号申请应约定的关机日 2026-12-05 当天完成，截止 2026-12-05；到今天（2026-12-09）仍没有交付记录，已超过 3 个工作日。",
    );
  });

  it("without merge dates the check is skipped and the report says so", () => {
    const report = audit(contextOf({ files: exampleFiles(), today: "2026-12-09" }), shenzhen.audit);
    expect(report.findings.some((f) => f.check === "implementation-late")).toBe(false);
    expect(report.notes.map((n) => n.zh)).toContain(
      "没有合并日期（不是 git 仓库，或是浅克隆），未检查合并后的实施时限。",
    );
  });

  it("govcloud audit reads the merge dates from the default branch's history", {
    timeout: 60_000,
  }, async () => {
    const dir = fixtureRepo();
    try {
      const when = "2026-11-20T10:00:00+08:00";
      const env = { ...process.env, GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when };
      const git = (...args: string[]) =>
        execFileSync("git", ["-c", "user.email=t@example.invalid", "-c", "user.name=t", ...args], {
          cwd: dir,
          env,
        });
      git("init", "-q", "-b", "main");
      git("add", ".");
      git("commit", "-qm", "examples");
      const run = await runCli(["audit", "--root", dir, "--now", "2026-12-09", "--format", "json"], {
        cwd: dir,
      });
      expect(run.code).toBe(0);
      const findings = JSON.parse(run.stdout).findings as { check: string; key: string }[];
      expect(findings.filter((f) => f.check === "implementation-late").map((f) => f.key)).toEqual([
        "implementation-late/sz-edu/student-registry/2",
      ]);
      // 浅克隆的历史不全：不猜合并日期，跳过并说明
      const shallow = `${dir}-shallow`;
      execFileSync("git", ["clone", "-q", "--depth", "1", `file://${dir}`, shallow]);
      try {
        const run2 = await runCli(["audit", "--root", shallow, "--now", "2026-12-09", "--format", "json"], {
          cwd: shallow,
        });
        const report = JSON.parse(run2.stdout) as { findings: { check: string }[]; notes: string[] };
        expect(report.findings.some((f) => f.check === "implementation-late")).toBe(false);
        expect(JSON.stringify(report.notes)).toContain("浅克隆");
      } finally {
        rmSync(shallow, { recursive: true, force: true });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
