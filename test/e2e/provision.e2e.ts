import { randomBytes } from "node:crypto";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parse } from "yaml";
import {
  artifactsDir,
  cleanup,
  type E2eEnv,
  makeRepository,
  merge,
  prepare,
  type Result,
  record,
  repoRoot,
  run,
  timeInto,
} from "./harness.ts";
import { OpenStack, readCloud, type Server, type Volume } from "./openstack-api.ts";

/**
 * 端到端：一个系统的 新增 → pulumi up → 云上的主机、卷、安全组规则、弹性IP 都在（经 OpenStack API 核对）→ 交付记录
 * → 变更（扩容）→ pulumi up 调整规格与容量 → 用 openstack 命令行带外改动 → govcloud drift 恰好报告这一处
 * → 撤销 → 资源都删了，只剩数据说明保留的归档盘。
 *
 * 发放走的是发放流水线的同一个脚本 scripts/provision/up.sh。各步依次运行，后一步依赖前一步。
 */

const system = "sz-edu/grants-portal";
const stack = "sz-edu.grants-portal";
// 每次运行一个名称前缀：上一次中断留下的资源不会混进这次的核对
const prefix = `e2e${randomBytes(3).toString("hex")}-grants`;
const name = (logical: string) => `${prefix}-${logical}`;

let ctx: E2eEnv | undefined;
let skip = "";
let os: OpenStack;

const e = (): E2eEnv => {
  if (!ctx) throw new Error(skip || "端到端环境没有准备好");
  return ctx;
};

const govcloud = (args: string[], label?: string) =>
  run("node", [join(e().root, "scripts/bin/govcloud.js"), ...args], {
    cwd: e().root,
    env: e().env,
    ...(label ? { label } : {}),
  });
const pulumi = (args: string[], label?: string) =>
  run("pulumi", [...args, "--cwd", join(e().root, "pulumi"), "--stack", stack, "--non-interactive"], {
    cwd: e().root,
    env: e().env,
    ...(label ? { label } : {}),
  });

const timed = <T>(step: string, f: () => Promise<T>): Promise<T> => timeInto(e().timings, step, f);

const ok = (r: Result, what: string) => {
  if (r.code !== 0)
    throw new Error(
      `${what} 退出码 ${r.code}\n--- stderr\n${r.stderr.slice(-6000)}\n--- stdout\n${r.stdout.slice(-6000)}`,
    );
  return r;
};

const up = (application: number) =>
  timed(`pulumi up（申请 ${application}）`, async () =>
    ok(
      await run("bash", [join(e().root, "scripts/provision/up.sh"), system, String(application)], {
        cwd: e().root,
        env: { ...e().env, GOVCLOUD_DATE: "2026-11-25" },
        label: `up-${application}`,
      }),
      `scripts/provision/up.sh ${system} ${application}`,
    ),
  );

/** 审批计划：scripts/provision/preview.sh 保存计划、sha256 与阶段评论的一节。 */
const savePlan = (label: string) =>
  timed(`审批计划（${label}）`, async () => {
    ok(
      await run("bash", [join(e().root, "scripts/provision/preview.sh"), system], {
        cwd: e().root,
        env: e().env,
        label: `preview-${label}`,
      }),
      "scripts/provision/preview.sh",
    );
    const file = join(e().root, "out/plans", `${stack}.json`);
    const copy = join(e().root, `plan-${label}.json`);
    cpSync(file, copy);
    cpSync(`${file}.sha256`, `${copy}.sha256`);
    record(`plans/${label}.json`, readFileSync(copy, "utf8"), e().root);
    return { file: copy, markdown: readFileSync(join(e().root, "out/plans", `${stack}.md`), "utf8") };
  });

/** 只运行审批的计划：up.sh --plan（不用 ok：拒绝是要核对的结果）。 */
const upWithPlan = (plan: string, application: number, extra: string[] = []) =>
  timed(`pulumi up --plan（申请 ${application}）`, () =>
    run(
      "bash",
      [join(e().root, "scripts/provision/up.sh"), "--plan", plan, ...extra, system, String(application)],
      {
        cwd: e().root,
        env: { ...e().env, GOVCLOUD_DATE: "2026-11-25" },
        label: `up-plan-${application}`,
      },
    ),
  );

const delivery = (n: number) =>
  parse(
    readFileSync(
      join(e().root, `requests/sz-edu/grants-portal/deliveries/${String(n).padStart(4, "0")}.yaml`),
      "utf8",
    ),
  ) as {
    application: number;
    resources: {
      id: string;
      instances?: { name: string; hostname?: string; ip?: string; floatingIp?: string }[];
    }[];
  };

const byName = <T extends { name: string }>(list: T[]) => new Map(list.map((x) => [x.name, x]));
const fixedIp = (s: Server) => Object.values(s.addresses).flat()[0]?.addr;

/** 保存 preview --json 并解析（--expect-no-changes：有变化时退出码 7，输出照样完整）。 */
async function preview(file: string, refresh: boolean) {
  const r = await pulumi(
    ["preview", "--json", "--expect-no-changes", ...(refresh ? ["--refresh"] : [])],
    `preview-${file}`,
  );
  if (r.code !== 0 && r.code !== 7) ok(r, "pulumi preview");
  record(file, r.stdout, e().root);
  return { code: r.code, json: JSON.parse(r.stdout) as { steps?: { op: string; urn: string }[] } };
}

const changedSteps = (json: { steps?: { op: string; urn: string }[] }) =>
  (json.steps ?? [])
    .filter((s) => !["same", "refresh", "read"].includes(s.op))
    .map((s) => `${s.op} ${s.urn.split("::").pop()}`);

beforeAll(async () => {
  const prepared = await prepare();
  if ("skip" in prepared) {
    if (process.env.CI === "true") throw new Error(prepared.skip);
    skip = prepared.skip;
    return;
  }
  ctx = prepared;
  makeRepository(ctx.root, ctx.cloud);
  os = new OpenStack(readCloud(ctx.cloudsYaml, ctx.cloud));
  await os.login();
  // 名称前缀：stack 先建好并配置，up.sh 选中同一个 stack
  ok(await pulumi(["stack", "init"], "stack-init"), "pulumi stack init");
  ok(await pulumi(["config", "set", "namePrefix", prefix]), "pulumi config set namePrefix");
}, 90 * 60_000);

afterAll(async () => {
  if (!ctx) return;
  // 测试自己的清理（不是产品行为）：解除全部保护后销毁，下次运行的云是干净的
  await pulumi(["state", "unprotect", "--all", "--yes"], "cleanup-unprotect");
  await pulumi(["destroy", "--yes", "--skip-preview"], "cleanup-destroy");
  writeFileSync(join(artifactsDir, "timings.json"), `${JSON.stringify(ctx.timings, null, 2)}\n`);
  cleanup(ctx.root);
}, 20 * 60_000);

describe.sequential("发放端到端：真实的 Pulumi 引擎与 OpenStack", () => {
  test("新增：pulumi up 建出主机、卷、安全组与弹性IP，交付记录与云上一致", async (t) => {
    if (skip) t.skip(skip);
    merge(
      e().root,
      "sz-edu/unit.yaml",
      "sz-edu/grants-portal/system.yaml",
      "sz-edu/grants-portal/0001-new.yaml",
    );
    ok(await govcloud(["validate"]), "govcloud validate");
    await up(1);

    const servers = byName(await os.servers(prefix));
    expect([...servers.keys()]).toEqual([name("db-1"), name("web-1"), name("web-2")]);
    for (const s of servers.values()) expect(s.status).toBe("ACTIVE");
    expect(servers.get(name("web-1"))?.flavor.original_name).toBe("c2m4");
    expect(servers.get(name("db-1"))?.flavor.original_name).toBe("c4m8");
    expect(servers.get(name("db-1"))?.metadata["govcloud-resource"]).toBe("db");

    const volumes = byName(await os.volumes(prefix));
    const vol = (n: string) => volumes.get(name(n)) as Volume;
    expect([...volumes.keys()].sort()).toEqual(
      ["archive-1", "db-1-data-1", "db-1-system", "web-1-system", "web-2-system"].map(name),
    );
    expect([vol("web-1-system").size, vol("web-1-system").volume_type, vol("web-1-system").bootable]).toEqual(
      [40, "SAS", "true"],
    );
    expect([vol("db-1-data-1").size, vol("db-1-data-1").volume_type]).toEqual([100, "SAS"]);
    expect([vol("archive-1").size, vol("archive-1").volume_type]).toEqual([200, "SATA"]);
    const db = servers.get(name("db-1")) as Server;
    for (const v of ["db-1-system", "db-1-data-1", "archive-1"])
      expect(vol(v).attachments.map((a) => a.server_id)).toEqual([db.id]);

    const groups = byName(await os.securityGroups(prefix));
    expect([...groups.keys()].sort()).toEqual(["db-sg", "system-internal", "web-sg"].map(name));

    // 弹性IP：govnet 地址池（govnet-ext）上，绑定在 web-1 的网卡
    const web1 = servers.get(name("web-1")) as Server;
    const ports = byName(await os.ports(prefix));
    const web1Port = ports.get(name("web-1-port"));
    expect(web1Port?.device_id).toBe(web1.id);
    const ext = await os.network("govnet-ext");
    const fips = (await os.floatingIps()).filter((f) => f.port_id === web1Port?.id);
    expect(fips).toHaveLength(1);
    expect(fips[0]?.floating_network_id).toBe(ext.id);

    // 交付记录：主机名、IP、弹性IP 与云上一致，且能通过校验
    const d = delivery(1);
    expect(d.application).toBe(1);
    const rec = new Map(d.resources.map((r) => [r.id, r]));
    for (const s of ["web-1", "web-2", "db-1"]) {
      const inst = [...(rec.get("web")?.instances ?? []), ...(rec.get("db")?.instances ?? [])].find(
        (i) => i.name === s,
      );
      const server = servers.get(name(s)) as Server;
      expect(inst).toMatchObject({ hostname: name(s), ip: fixedIp(server) });
    }
    expect(rec.get("public-ip")?.instances?.[0]?.floatingIp).toBe(fips[0]?.floating_ip_address);
    ok(await govcloud(["validate"]), "govcloud validate（含交付记录）");
    // 主机安全不是 OpenStack 能建的：交付清单
    const checklist = join(e().root, "out/checklists/sz-edu--grants-portal--1.md");
    expect(readFileSync(checklist, "utf8")).toContain("host-security");
    expect(existsSync(join(e().root, "out/notices/sz-edu--grants-portal--1.md"))).toBe(true);

    // 程序与云一致：再 preview 没有任何改动（提供者不会把读回的值当成差异）
    const again = await preview("preview-after-new.json", false);
    expect(changedSteps(again.json)).toEqual([]);
    expect(again.code).toBe(0);
    const clean = await preview("preview-refresh-clean.json", true);
    expect(changedSteps(clean.json)).toEqual([]);
    const drift = await govcloud(["drift", "--stack", stack], "drift-clean");
    expect(drift.code, drift.stderr).toBe(0);
  });

  test("变更：审批计划保存后云上带外改了规格，实施拒绝且一处不动；重新审批的计划照样实施，资源不重建", async (t) => {
    if (skip) t.skip(skip);
    const before = byName(await os.servers(prefix));
    const volsBefore = byName(await os.volumes(prefix));
    merge(e().root, "sz-edu/grants-portal/0002-change.yaml");
    ok(await govcloud(["validate"]), "govcloud validate");

    // 审批：保存计划，阶段评论里是 sha256 与要做的改动
    const reviewed = await savePlan("change-reviewed");
    expect(reviewed.markdown).toContain(
      "- 修改 `db-1`（`openstack:compute/instance:Instance`）：`~flavorName` c8m16",
    );
    expect(reviewed.markdown).toContain(
      "- 修改 `archive-1`（`openstack:blockstorage/volume:Volume`）：`~size` 300",
    );
    expect(reviewed.markdown).toContain(readFileSync(`${reviewed.file}.sha256`, "utf8").slice(0, 64));

    // 被换掉的计划文件（sha256 不符）：退出码 3，pulumi 没有运行
    const tampered = join(e().root, "plan-tampered.json");
    writeFileSync(tampered, readFileSync(reviewed.file, "utf8").replace('"c8m16"', '"c16m32"'));
    const sha = readFileSync(`${reviewed.file}.sha256`, "utf8").slice(0, 64);
    const bad = await upWithPlan(tampered, 2, ["--sha256", sha]);
    expect(bad.code, bad.stderr).toBe(3);
    expect(bad.stderr).toContain(`审批时记录的是 ${sha}。这不是审批的那份计划，不实施。`);

    // 审批之后、实施之前，有人在云上直接给 web-2 换了规格（状态变了）
    const openstack = (args: string[]) =>
      run("openstack", args, { env: e().env, label: `openstack-${args.slice(0, 2).join("-")}` });
    await timed("带外改动（审批之后）", async () => {
      ok(await openstack(["server", "resize", "--flavor", "c4m8", "--wait", name("web-2")]), "resize");
      ok(await openstack(["server", "resize", "confirm", name("web-2")]), "resize confirm");
    });
    const stale = await upWithPlan(reviewed.file, 2);
    expect(stale.code, stale.stderr).toBe(4);
    expect(stale.stderr).toContain(
      `${stack}：审批的计划不再适用（状态或程序在审批之后变了），一处也没有改动。`,
    );
    expect(stale.stderr).toContain(
      "web-2（openstack:compute/instance:Instance）：属性的改动不同。审批时：无；现在：~flavorName=c2m4",
    );
    expect(readFileSync(join(e().root, "out/refusals", `${stack}.md`), "utf8")).toContain("web-2");
    // 一处也没动：db-1 仍是旧规格，卷仍是旧容量，web-2 仍是带外改的规格，没有交付记录
    const untouched = byName(await os.servers(prefix));
    expect(untouched.get(name("db-1"))?.flavor.original_name).toBe("c4m8");
    expect(untouched.get(name("web-2"))?.flavor.original_name).toBe("c4m8");
    const volsUntouched = byName(await os.volumes(prefix));
    expect([
      volsUntouched.get(name("db-1-data-1"))?.size,
      volsUntouched.get(name("archive-1"))?.size,
    ]).toEqual([100, 200]);
    expect(existsSync(join(e().root, "requests/sz-edu/grants-portal/deliveries/0002.yaml"))).toBe(false);

    // 重新审批：新的计划把 web-2 改回申请的规格，这一项在评论里看得见；实施完全按它
    const again = await savePlan("change-again");
    expect(again.markdown).toContain(
      "- 修改 `web-2`（`openstack:compute/instance:Instance`）：`~flavorName` c2m4",
    );
    ok(await upWithPlan(again.file, 2), "scripts/provision/up.sh --plan");

    const servers = byName(await os.servers(prefix));
    const db = servers.get(name("db-1")) as Server;
    expect(db.status).toBe("ACTIVE");
    expect(db.flavor.original_name).toBe("c8m16");
    expect(db.id).toBe(before.get(name("db-1"))?.id);
    expect(servers.get(name("web-1"))?.flavor.original_name).toBe("c2m4");
    expect(servers.get(name("web-2"))?.flavor.original_name).toBe("c2m4");
    expect(servers.get(name("web-2"))?.id).toBe(before.get(name("web-2"))?.id);
    const volumes = byName(await os.volumes(prefix));
    expect(volumes.get(name("db-1-data-1"))?.size).toBe(200);
    expect(volumes.get(name("archive-1"))?.size).toBe(300);
    for (const [n, v] of volumes) expect(v.id, n).toBe(volsBefore.get(n)?.id);
    expect(delivery(2).application).toBe(2);
    const after = await preview("preview-after-change.json", false);
    expect(changedSteps(after.json)).toEqual([]);
  });

  test("端口开放：审批后申请又改了（程序的输入变了），计划被拒绝，引擎自己也拒绝；按合并的申请放行 TCP 443", async (t) => {
    if (skip) t.skip(skip);
    merge(e().root, "sz-edu/grants-portal/0003-ports.yaml");
    ok(await govcloud(["validate"]), "govcloud validate");
    const reviewed = await savePlan("ports-reviewed");
    expect(reviewed.markdown).toContain("- 新建 `web-sg-in-tcp-443-any`");

    // 审批之后申请里的端口改成了 8443：程序算出的输入与计划不同
    const file = join(e().root, "requests/sz-edu/grants-portal/0003-ports.yaml");
    const approved = readFileSync(file, "utf8");
    writeFileSync(file, approved.replace("ports: 443", "ports: 8443"));
    ok(await govcloud(["validate"]), "govcloud validate（8443）");
    const stale = await upWithPlan(reviewed.file, 3);
    expect(stale.code, stale.stderr).toBe(4);
    expect(stale.stderr).toContain(
      "web-sg-in-tcp-443-any（openstack:networking/secGroupRule:SecGroupRule）：审批的计划中有，现在没有",
    );
    expect(stale.stderr).toContain(
      "web-sg-in-tcp-8443-any（openstack:networking/secGroupRule:SecGroupRule）：审批的计划中没有，现在有",
    );
    // 不经比对直接 pulumi up --plan：引擎也拒绝（计划里没有这条规则），云上没有新规则
    const direct = await pulumi(
      ["up", "--yes", "--skip-preview", "--refresh", "--plan", reviewed.file],
      "up-plan-direct",
    );
    expect(direct.code).not.toBe(0);
    expect(direct.stdout + direct.stderr).toMatch(
      /web-sg-in-tcp-8443-any +error: create is not allowed by the plan: no steps were expected for this resource/,
    );
    const groups = byName(await os.securityGroups(prefix));
    const webSg = groups.get(name("web-sg"));
    const ruleList = await os.securityGroupRules(webSg?.id ?? "");
    expect(ruleList.filter((r) => r.port_range_min === 443 || r.port_range_min === 8443)).toEqual([]);

    // 合并的是审批过的申请（443）：照常发放
    writeFileSync(file, approved);
    await up(3);
    const rules = await os.securityGroupRules(webSg?.id ?? "");
    const https = rules.filter((r) => r.direction === "ingress" && r.port_range_min === 443);
    expect(https).toHaveLength(1);
    expect(https[0]).toMatchObject({ protocol: "tcp", port_range_max: 443, remote_ip_prefix: "0.0.0.0/0" });
    expect(delivery(3).application).toBe(3);
  });

  test("漂移：openstack 命令行带外给 web-2 换了规格，govcloud drift 恰好报告这一处", async (t) => {
    if (skip) t.skip(skip);
    const openstack = (args: string[]) =>
      run("openstack", args, { env: e().env, label: `openstack-${args.slice(0, 2).join("-")}` });
    await timed("带外改动（openstack server resize）", async () => {
      ok(
        await openstack(["server", "resize", "--flavor", "c4m8", "--wait", name("web-2")]),
        "openstack server resize",
      );
      ok(await openstack(["server", "resize", "confirm", name("web-2")]), "openstack server resize confirm");
    });
    const servers = byName(await os.servers(prefix));
    expect(servers.get(name("web-2"))?.flavor.original_name).toBe("c4m8");

    const p = await timed("pulumi preview --refresh（漂移）", () =>
      preview("preview-refresh-drift.json", true),
    );
    expect(p.code).toBe(7);
    expect(changedSteps(p.json)).toEqual(["update web-2"]);

    const r = await govcloud(["drift", "--stack", stack, "--format", "json"], "drift-json");
    expect(r.code, r.stderr).toBe(1);
    const report = JSON.parse(r.stdout) as {
      drifted: boolean;
      stacks: {
        stack: string;
        resources: {
          name: string;
          status: string;
          pending: boolean;
          differences: { property: string; repository: unknown; cloud: unknown }[];
        }[];
      }[];
    };
    expect(report.drifted).toBe(true);
    const drifted = report.stacks.flatMap((s) => s.resources);
    expect(drifted.map((x) => [x.name, x.status, x.pending])).toEqual([["web-2", "changed", false]]);
    expect(drifted[0]?.differences.find((x) => x.property === "flavorName")).toMatchObject({
      repository: "c2m4",
      cloud: "c4m8",
    });
    const md = await govcloud(["drift", "--stack", stack], "drift-markdown");
    expect(md.code).toBe(1);
    expect(md.stdout).toContain("web-2");
    expect(md.stdout).toContain("c4m8");
    // 漂移解析器的单元测试用这次的交付记录推出期望状态（test/provision/drift.test.ts）
    for (const n of [1, 2, 3]) {
      const f = `requests/sz-edu/grants-portal/deliveries/${String(n).padStart(4, "0")}.yaml`;
      record(
        f.replace("requests/sz-edu/grants-portal/", ""),
        readFileSync(join(e().root, f), "utf8"),
        e().root,
      );
    }
  });

  test("漂移：再带外删掉一条端口策略，报告为云上缺失", async (t) => {
    if (skip) t.skip(skip);
    const web = byName(await os.securityGroups(prefix)).get(name("web-sg"));
    const https = (await os.securityGroupRules(web?.id ?? "")).find((r) => r.port_range_min === 443);
    ok(
      await run("openstack", ["security", "group", "rule", "delete", https?.id ?? ""], {
        env: e().env,
        label: "openstack-rule-delete",
      }),
      "openstack security group rule delete",
    );
    const p = await preview("preview-refresh-drift-rule-deleted.json", true);
    expect(p.code).toBe(7);
    expect(changedSteps(p.json).sort()).toEqual(["create web-sg-in-tcp-443-any", "update web-2"]);
    const r = await govcloud(["drift", "--stack", stack, "--format", "json"], "drift-json-2");
    expect(r.code, r.stderr).toBe(1);
    const resources = (
      JSON.parse(r.stdout) as { stacks: { resources: { name: string; status: string }[] }[] }
    ).stacks.flatMap((s) => s.resources);
    expect(resources.map((x) => [x.name, x.status]).sort()).toEqual([
      ["web-2", "changed"],
      ["web-sg-in-tcp-443-any", "missing-in-cloud"],
    ]);
  });

  test("撤销：主机、系统盘、数据盘、弹性IP 都删除，只剩数据说明保留的归档盘", async (t) => {
    if (skip) t.skip(skip);
    const archive = byName(await os.volumes(prefix)).get(name("archive-1"));
    merge(e().root, "sz-edu/grants-portal/0004-revoke.yaml");
    ok(await govcloud(["validate"]), "govcloud validate");
    await up(4);

    expect(await os.servers(prefix)).toEqual([]);
    const volumes = await os.volumes(prefix);
    expect(volumes.map((v) => v.name)).toEqual([name("archive-1")]);
    expect(volumes[0]?.id).toBe(archive?.id);
    expect(volumes[0]?.status).toBe("available");
    expect(volumes[0]?.size).toBe(300);
    const ports = await os.ports(prefix);
    expect(ports).toEqual([]);
    expect((await os.floatingIps()).filter((f) => f.fixed_ip_address !== null && f.port_id === null)).toEqual(
      [],
    );
    // 保留的卷仍受保护：只有下一份写明数据情况的撤销才能删除它
    const exported = await pulumi(["stack", "export"], "stack-export");
    const resources = (
      JSON.parse(ok(exported, "pulumi stack export").stdout) as {
        deployment: { resources: { urn: string; protect?: boolean }[] };
      }
    ).deployment.resources;
    const kept = resources.find((r) => r.urn.endsWith("::archive-1"));
    expect(kept?.protect).toBe(true);
    expect(delivery(4).application).toBe(4);
  });
});

// 让失败时也能找到日志
process.on("exit", () => {
  if (ctx) process.stderr.write(`端到端日志：${join(artifactsDir, "logs")}（仓库 ${repoRoot}）\n`);
});
