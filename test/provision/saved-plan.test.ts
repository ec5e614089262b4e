import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  comparePlans,
  isPlanParseError,
  parseSavedPlan,
  plannedChanges,
  renderPlanMarkdown,
  type SavedPlan,
} from "../../scripts/core/provision/saved-plan.ts";
import { runCli } from "../helpers/cli.ts";

/**
 * 审批计划：真实引擎写出的计划（端到端测试中 `pulumi preview --refresh --save-plan`：变更申请把 db-1 换成 c8m16，
 * 同时把带外改了规格的 web-2 改回 c2m4），以及在它上面做的改动。
 */
const fixture = new URL("./fixtures/saved-plan/change-db-1.json", import.meta.url).pathname;
const text = readFileSync(fixture, "utf8");
const stackUrn = (type: string, name: string) =>
  `urn:pulumi:sz-edu.grants-portal::govcloud::${type}::${name}`;
const db1 = stackUrn("openstack:compute/instance:Instance", "db-1");
const web2 = stackUrn("openstack:compute/instance:Instance", "web-2");

const load = (json: unknown): SavedPlan => {
  const p = parseSavedPlan(JSON.stringify(json));
  if (isPlanParseError(p)) throw new Error(p.error);
  return p;
};
interface ResourcePlanJson {
  steps: string[];
  seed?: string;
  goal: { inputDiff?: { updates?: Record<string, unknown> }; protect?: boolean; dependencies?: string[] };
}
type Json = {
  config: Record<string, unknown>;
  manifest: Record<string, unknown>;
  resourcePlans: Record<string, ResourcePlanJson>;
};
const json = (): Json => JSON.parse(text);
const resourcePlan = (j: Json, urn: string): ResourcePlanJson => {
  const rp = j.resourcePlans[urn];
  if (!rp) throw new Error(`计划中没有 ${urn}`);
  return rp;
};

describe("审批计划的读取与改动列表", () => {
  it("列出要改动的资源与属性（same 不列）", () => {
    const plan = load(json());
    expect(plannedChanges(plan)).toEqual([
      {
        urn: db1,
        name: "db-1",
        type: "openstack:compute/instance:Instance",
        ops: ["update"],
        changes: [{ property: "flavorName", op: "~", value: "c8m16" }],
      },
      {
        urn: web2,
        name: "web-2",
        type: "openstack:compute/instance:Instance",
        ops: ["update"],
        changes: [{ property: "flavorName", op: "~", value: "c2m4" }],
      },
    ]);
  });

  it.each([
    ["不是 JSON", "{", /不是 JSON/],
    ["没有 resourcePlans", "{}", /没有 resourcePlans/],
    ["resourcePlans 的项不是对象", '{"resourcePlans":{"x":1}}', /不是对象/],
  ])("坏的计划文件不抛出：%s", (_, input, message) => {
    const p = parseSavedPlan(input);
    expect(isPlanParseError(p) && p.error).toMatch(message);
  });

  it("阶段评论的一节：隐藏标记带 stack 与 sha256，资源名按文字显示", () => {
    const j = json();
    const evil = stackUrn("openstack:compute/instance:Instance", "x](http://evil)<b>@team");
    j.resourcePlans[evil] = { steps: ["create"], goal: {} };
    const md = renderPlanMarkdown(load(j), { stack: "sz-edu.grants-portal", sha256: "ab".repeat(32) }, "zh");
    expect(md.split("\n").slice(0, 3)).toEqual([
      `<!-- govcloud-plan sz-edu.grants-portal sha256=${"ab".repeat(32)} -->`,
      "### 审批计划 `sz-edu.grants-portal`",
      "",
    ]);
    expect(md).toContain("- 修改 `db-1`（`openstack:compute/instance:Instance`）：`~flavorName` c8m16");
    expect(md).toContain("- 新建 `x](http://evil)<b>@team`");
    expect(md).not.toContain("](http://evil)<b>@team`）：");
  });
});

describe("审批的计划与实施前的计划比对", () => {
  it("同一状态、同一程序再做一次计划：时间、随机种子、机密的密文、依赖的顺序不同也算一致", () => {
    const again = json();
    again.manifest.time = "2030-01-01T00:00:00Z";
    for (const rp of Object.values(again.resourcePlans)) {
      rp.seed = "AAAA";
      if (Array.isArray(rp.goal.dependencies)) rp.goal.dependencies = [...rp.goal.dependencies].reverse();
    }
    const withSecret = JSON.stringify(again).replace(/"ciphertext":"[^"]*"/g, '"ciphertext":"v1:other"');
    expect(text).toMatch(/"ciphertext"/);
    expect(comparePlans(load(json()), load(JSON.parse(withSecret)))).toEqual([]);
  });

  it("程序的输入在审批后变了（规格改成另一个）：属性的改动不同", () => {
    const moved = json();
    resourcePlan(moved, db1).goal.inputDiff = { updates: { flavorName: "c16m32" } };
    expect(comparePlans(load(json()), load(moved))).toEqual([
      {
        urn: db1,
        name: "db-1",
        type: "openstack:compute/instance:Instance",
        kind: "inputs",
        reviewed: "~flavorName=c8m16",
        current: "~flavorName=c16m32",
      },
    ]);
  });

  it("状态在审批后变了（已经有人改过 db-1）：操作与改动都不同；新出现的资源、配置也报告", () => {
    const moved = json();
    const rp = resourcePlan(moved, db1);
    rp.steps = ["same"];
    rp.goal.inputDiff = {};
    moved.resourcePlans[stackUrn("openstack:blockstorage/volume:Volume", "db-1-data-2")] = {
      steps: ["create"],
      goal: {},
    };
    moved.config["govcloud:namePrefix"] = "other";
    const d = comparePlans(load(json()), load(moved));
    expect(d.map((x) => [x.name, x.kind])).toEqual([
      ["govcloud:namePrefix", "config"],
      ["db-1-data-2", "only-current"],
      ["db-1", "ops"],
      ["db-1", "inputs"],
    ]);
  });

  it("保护标记不同是资源选项的不同", () => {
    const moved = json();
    resourcePlan(moved, web2).goal.protect = false;
    expect(comparePlans(load(json()), load(moved))).toMatchObject([
      { name: "web-2", kind: "options", reviewed: "protect=true", current: "protect=false" },
    ]);
  });
});

describe("govcloud saved-plan", () => {
  const dir = mkdtempSync(join(tmpdir(), "saved-plan-"));
  const reviewed = join(dir, "reviewed.json");
  writeFileSync(reviewed, text);
  const sha = "e7c5d1b8d5b5b8f1c1e4f1a5f39b1b0e7b4d8a2c9f0e1d2c3b4a5968778695a4";

  it("verify：sha256 不符时退出码 1，说明不是审批的那份", async () => {
    const r = await runCli(["saved-plan", "verify", "--plan", reviewed, "--sha256", sha, "--stack", "s"], {
      cwd: dir,
    });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(
      /^s：计划文件的 sha256 是 [0-9a-f]{64}，审批时记录的是 e7c5d1b8.*这不是审批的那份计划，不实施。/,
    );
  });

  it("verify 与 show：同一份文件的 sha256 一致", async () => {
    const show = await runCli(
      ["saved-plan", "show", "--plan", reviewed, "--stack", "a.b", "--format", "json"],
      { cwd: dir },
    );
    expect(show.code).toBe(0);
    const { sha256 } = JSON.parse(show.stdout) as { sha256: string };
    const r = await runCli(["saved-plan", "verify", "--plan", reviewed, "--sha256", sha256], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, ""]);
  });

  it("compare：一致退出码 0；不一致退出码 1，逐项说明（英文在 --lang en 后）", async () => {
    const current = join(dir, "current.json");
    writeFileSync(current, text.replace('"flavorName":"c8m16"', '"flavorName":"c16m32"'));
    const same = await runCli(
      ["saved-plan", "compare", "--reviewed", reviewed, "--current", reviewed, "--stack", "a.b"],
      {
        cwd: dir,
      },
    );
    expect([same.code, same.stdout]).toEqual([0, ""]);
    const zh = await runCli(
      ["saved-plan", "compare", "--reviewed", reviewed, "--current", current, "--stack", "a.b"],
      {
        cwd: dir,
      },
    );
    expect(zh.code).toBe(1);
    expect(zh.stdout.split("\n").slice(0, 2)).toEqual([
      "a.b：审批的计划不再适用（状态或程序在审批之后变了），一处也没有改动。不同之处：",
      "  - db-1（openstack:compute/instance:Instance）：属性的改动不同。审批时：~flavorName=c8m16；现在：~flavorName=c16m32",
    ]);
    const en = await runCli(
      [
        "saved-plan",
        "compare",
        "--reviewed",
        reviewed,
        "--current",
        current,
        "--stack",
        "a.b",
        "--lang",
        "en",
        "--format",
        "json",
      ],
      { cwd: dir },
    );
    expect(JSON.parse(en.stdout)).toMatchObject({
      stack: "a.b",
      applies: false,
      differences: [{ name: "db-1", kind: "inputs" }],
    });
  });

  it("坏的计划文件是用法错误（退出码 2），不崩溃", async () => {
    const bad = join(dir, "bad.json");
    writeFileSync(bad, "not json");
    const r = await runCli(
      ["saved-plan", "compare", "--reviewed", bad, "--current", reviewed, "--stack", "a.b"],
      { cwd: dir },
    );
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("不是 Pulumi 更新计划（不是 JSON");
  });
});
