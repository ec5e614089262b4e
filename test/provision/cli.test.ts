import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { type PulumiRunner, runDrift, runPlan } from "../../scripts/cli/provision.ts";
import { examplesRepo } from "../helpers/repo.ts";
import { capture } from "./helpers.ts";

const cli = () => capture(examplesRepo());
const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;

describe("govcloud plan", () => {
  it("JSON：每个系统的 stack、云环境、规格、解除保护的 URN；都可以发放时退出码 0", async () => {
    const run = cli();
    expect(await runPlan(["--format", "json"], run.io)).toBe(0);
    const plan = JSON.parse(run.out.stdout);
    expect(plan.systems.map((s: { stack: string; cloud: string }) => [s.stack, s.cloud])).toEqual([
      ["sz-edu-exam.exam-registration", "x86"],
      ["sz-edu.campus-portal", "arm"],
      ["sz-edu.student-registry", "x86"],
    ]);
    const portal = plan.systems[1];
    expect(portal.releases[0].urns[1]).toBe(
      "urn:pulumi:sz-edu.campus-portal::govcloud::openstack:compute/instance:Instance::cms-1",
    );
    expect(portal.notes).toEqual([]);
  });

  it("文本：一个系统", async () => {
    const run = cli();
    expect(await runPlan(["--system", "sz-edu/student-registry"], run.io)).toBe(0);
    const lines = run.out.stdout.split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "sz-edu/student-registry  深圳市中小学学籍管理系统",
      "  stack sz-edu.student-registry · 云环境 x86 · 最近交付：申请 3",
      "  本次发放（与最近一次交付相比）",
      "    调整规格 instance app-1：规格 c8m16 → c12m24（8核16GB → 12核24GB，调整规格时主机重启）",
      "    调整规格 instance app-2：规格 c8m16 → c12m24（8核16GB → 12核24GB，调整规格时主机重启）",
    ]);
    expect(run.out.stdout).toContain(
      "    🔒 instance                app-1                            c12m24（12核24GB）启动盘 app-1-system 网卡 app-1-port",
    );
    expect(run.out.stdout).toContain(
      "    log-audit 日志审计 1套 基础包 1 个、增量包 0 个 · log-audit.base × 1（非 OpenStack 服务）",
    );
    expect(lines.at(-2)).toBe("1 个系统，都可以发放。");
  });

  it("没有的系统、写错的 --system：用法错误", async () => {
    await expect(runPlan(["--system", "sz-edu/nope"], cli().io)).rejects.toMatchObject({
      zh: "仓库中没有系统 sz-edu/nope（requests/sz-edu/nope/system.yaml）。",
    });
    await expect(runPlan(["--system", "深圳"], cli().io)).rejects.toMatchObject({
      zh: "--system 应为 <单位>/<系统>（目录名），如 sz-edu/student-registry，这里是 深圳。",
    });
  });
});

describe("govcloud drift", () => {
  it("读保存的 preview 输出：有漂移时退出码 1，Markdown 与 golden 相同", async () => {
    const run = cli();
    expect(await runDrift(["--preview-json", fixture("preview-refresh-drift.json")], run.io)).toBe(1);
    expect(run.out.stdout).toBe(
      `${readFileSync(new URL("./golden/drift-student-registry.md", import.meta.url), "utf8")}\n`,
    );
  });

  it("运行 pulumi preview（假的 CLI）：退出码 7 有变化、0 没有、其他是故障", async () => {
    const calls: string[][] = [];
    const runner = (code: number, stdout: string, stderr = ""): PulumiRunner => ({
      preview: async (stack, cwd) => {
        calls.push([stack, cwd]);
        return { code, stdout, stderr };
      },
    });
    const drifted = readFileSync(fixture("preview-refresh-drift.json"), "utf8");
    const clean = readFileSync(fixture("preview-refresh-clean.json"), "utf8");

    const a = cli();
    expect(
      await runDrift(["--stack", "sz-edu.student-registry", "--format", "json"], a.io, runner(7, drifted)),
    ).toBe(1);
    expect(calls[0]).toEqual(["sz-edu.student-registry", `${examplesRepo()}/pulumi`]);
    expect(JSON.parse(a.out.stdout).stacks[0].resources).toHaveLength(5);

    const b = cli();
    expect(await runDrift(["--stack", "sz-edu.student-registry"], b.io, runner(0, clean))).toBe(0);
    expect(b.out.stdout).toContain("云上与仓库一致。");

    const c = cli();
    expect(
      await runDrift(
        ["--stack", "sz-edu.student-registry"],
        c.io,
        runner(255, "", "error: no stack named 'x'"),
      ),
    ).toBe(2);
    expect(c.out.stderr).toBe(
      "govcloud drift：pulumi preview --stack sz-edu.student-registry 失败（退出码 255）：error: no stack named 'x'\n",
    );
  });

  it("不是 preview 输出的文件：退出码 2", async () => {
    const run = cli();
    expect(await runDrift(["--preview-json", fixture("../../../package.json")], run.io)).toBe(2);
    expect(run.out.stderr).toBe(
      "govcloud drift：pulumi preview --json 的输出 /：没有 steps 与 changeSummary：这不是 pulumi preview --json 的输出\n",
    );
  });
});
