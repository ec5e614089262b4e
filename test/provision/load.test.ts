import { readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { loadDesiredSystem, loadDesiredSystems, validate } from "../../scripts/adapters/repository.ts";
import { runChecklist, runPlan } from "../../scripts/cli/provision.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { runRules } from "../../scripts/core/rules/engine.ts";
import { exampleFiles, examplesRepo, exampleText, repoRoot, TODAY } from "../helpers/repo.ts";
import { capture, exampleDesired } from "./helpers.ts";

/** 规则引擎换成记录调用的替身（行为不变）：发放的加载一次也不能调用它。 */
vi.mock("../../scripts/core/rules/engine.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../../scripts/core/rules/engine.ts")>();
  return { ...actual, runRules: vi.fn(actual.runRules) };
});

const spy = vi.mocked(runRules);
beforeEach(() => {
  spy.mockClear();
});

/** 变更前配置与在用的不符：规则报错，但已合并的申请照样生效，期望状态不受影响。 */
const change = "requests/sz-edu/student-registry/0002-change.yaml";
const wrongBefore = exampleText(change).replace(
  "    before:\n      vcpu: 8\n      memoryGB: 16",
  "    before:\n      vcpu: 6\n      memoryGB: 12",
);

describe("发放读状态，不读规则的结论", () => {
  it("期望状态的加载不运行规则，结果与经 validate 加载的相同", () => {
    const systems = loadDesiredSystems(memoryFs(exampleFiles()));
    expect(spy).not.toHaveBeenCalled();
    const viaValidate = [...exampleDesired().values()];
    expect(spy).toHaveBeenCalledTimes(1);
    expect(systems).toEqual(viaValidate);
    expect(systems.map((d) => d.stack)).toEqual([
      "sz-edu-exam.exam-registration",
      "sz-edu.campus-portal",
      "sz-edu.student-registry",
    ]);
  });

  it("申请有规则错误时，期望状态照样算出，与没有错误时相同", () => {
    expect(wrongBefore).not.toBe(exampleText(change));
    const fs = memoryFs(exampleFiles({ [change]: wrongBefore }));
    const errors = validate({ fs, scope: { kind: "all" }, lang: "zh", today: TODAY }).findings.filter(
      (f) => f.severity === "error" && f.file === change,
    );
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((f) => !f.rule.startsWith("schema"))).toBe(true);
    spy.mockClear();

    const desired = loadDesiredSystem(fs, "sz-edu", "student-registry");
    expect(spy).not.toHaveBeenCalled();
    expect(desired?.refusals).toEqual([]);
    expect(desired).toEqual(exampleDesired().get("sz-edu/student-registry"));
  });

  it("govcloud plan、checklist 也只读状态", async () => {
    const plan = capture(examplesRepo());
    expect(await runPlan(["--format", "json"], plan.io)).toBe(0);
    const checklist = capture(examplesRepo());
    expect(
      await runChecklist(["--system", "sz-edu/student-registry", "--application", "1"], checklist.io),
    ).toBe(0);
    expect(checklist.out.stdout).toContain("govcloud-checklist");
    expect(spy).not.toHaveBeenCalled();
  });

  it("没有这个系统：undefined", () => {
    expect(loadDesiredSystem(memoryFs(exampleFiles()), "sz-edu", "nope")).toBeUndefined();
    expect(spy).not.toHaveBeenCalled();
  });
});

/** 从一个模块出发，沿相对路径的（非 type）导入能到达的全部模块。 */
function importsOf(entry: string): string[] {
  const seen = new Set<string>();
  const walk = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"(\.[^"]+)"/gms))
      walk(resolve(dirname(file), m[1] as string));
  };
  walk(entry);
  return [...seen].map((f) => relative(repoRoot, f));
}

describe("Pulumi 程序的导入", () => {
  it("不导入规则、validate 与命令行（只有加载、schema、折叠与期望状态）", () => {
    const modules = importsOf(join(repoRoot, "pulumi/index.ts"));
    expect(modules).toContain("scripts/core/provision/load.ts");
    expect(modules).toContain("scripts/core/state/histories.ts");
    expect(modules.filter((m) => /^scripts\/(core\/rules\/|core\/validate\.ts|cli\/)/.test(m))).toEqual([]);
  });
});
