/**
 * govcloud drafts 从头到尾：审计的 JSON 报告 → 草稿 PR（机器人的分支、草稿文件、正文、请求审查）；
 * 第二次运行不动、证据变了只改正文、草稿变了强推分支、别人推送过不再改写、主题消失后关闭；漂移 → 每个系统一个 issue。
 * GitHub 是本地替身（test/helpers/github-server.ts，应答取自 GitHub 公布的示例）。
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { renderAudit } from "../../scripts/core/audit/render.ts";
import { APP_HOSTS, daily, runAuditOn } from "../audit/helpers.ts";
import { runCli } from "../helpers/cli.ts";
import { exampleSeed, type FakeGitHub, type Json, startFakeGitHub } from "../helpers/github-server.ts";
import { exampleFiles, fixtureRepo, repoRoot } from "../helpers/repo.ts";

const EXAM = "requests/sz-edu-exam/exam-registration";
const BRANCH = "govcloud-bot/test-expired/sz-edu-exam/exam-registration";
const FILE = `${EXAM}/0003-revoke.yaml`;

let repo: string;
let tmp: string;
let github: FakeGitHub;

beforeAll(() => {
  repo = fixtureRepo({ prefix: "govcloud-drafts-" });
  tmp = mkdtempSync(join(tmpdir(), "govcloud-drafts-out-"));
});
afterAll(() => {
  rmSync(repo, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
});
afterEach(async () => {
  await github?.close();
});

/** 审计报告（JSON）写到临时文件；edit 可以改动解析后的报告。 */
function auditJson(today: string, name: string, edit: (r: Json) => void = () => {}, metrics = false): string {
  const WINDOW = ["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24"];
  const report = runAuditOn({
    files: exampleFiles(),
    today,
    ...(metrics
      ? { metrics: APP_HOSTS.flatMap((h) => daily(h, WINDOW, { cpu: [2.5, 30], mem: [20, 24] })) }
      : {}),
  });
  const json = JSON.parse(renderAudit(report, "json", "zh")) as Json;
  edit(json);
  const path = join(tmp, name);
  writeFileSync(path, JSON.stringify(json));
  return path;
}

const env = () => ({
  GITHUB_TOKEN: "ghs_test-token-drafts",
  GITHUB_REPOSITORY: "octocat/Hello-World",
  GITHUB_API_URL: github.url,
});

const drafts = (...args: string[]) =>
  runCli(["drafts", "--root", repo, ...args], { cwd: repoRoot, env: env() });

/** 运行期间的写请求（GET 以外） */
async function writes(run: () => Promise<unknown>): Promise<string[]> {
  const before = github.requests.length;
  await run();
  return github.requests
    .slice(before)
    .filter((r) => r.method !== "GET")
    .map((r) => `${r.method} ${r.path.replace(/^\/repos\/octocat\/Hello-World/, "")}`);
}

const botPull = () =>
  Object.values(github.state.pulls).find((p) => (p.pull.head as Json).ref === BRANCH)?.pull as Json;

describe("govcloud drafts: draft pull requests on bot branches", () => {
  it("first run creates the branch, the file and a draft PR asking the unit's agent; the file validates apart from what the unit fills in", async () => {
    github = await startFakeGitHub({ ...exampleSeed(), collaborators: ["wang-lei-exam"] });
    const report = auditJson("2026-12-10", "a.json");
    const out = join(tmp, "drafts.json");
    let run: Awaited<ReturnType<typeof drafts>> | undefined;
    const done = await writes(async () => {
      run = await drafts("--from-audit", report, "--out", out);
    });
    expect([run?.code, run?.stderr]).toEqual([0, ""]);
    expect(done).toEqual([
      "POST /git/trees",
      "POST /git/commits",
      "POST /git/refs",
      "POST /pulls",
      `POST /pulls/${botPull().number}/requested_reviewers`,
    ]);
    const pull = botPull();
    expect(pull).toMatchObject({ draft: true, state: "open", base: { ref: "main" } });
    expect((pull.requested_reviewers as Json[]).map((r) => r.login)).toEqual(["wang-lei-exam"]);
    expect(pull.title).toBe(
      "[审计草稿] 测试资源已于 2026-12-08 到期未回收：深圳市教育考试院考试报名系统 test-db",
    );
    const body = String(pull.body);
    expect(body).toMatch(
      /^<!-- govcloud-draft: test-expired\/sz-edu-exam\/exam-registration digest=[0-9a-f]{16} commit=[0-9a-f]{40} -->\n/,
    );
    expect(body).toContain(
      "- **测试资源已于 2026-12-08 到期未回收：深圳市教育考试院考试报名系统 test-web**（第47条）",
    );
    expect(body).toContain("- [ ] 为 2 项承载数据的资源填写 dataBackup");
    expect(body).toContain("请使用单位的授权代理人审查：王磊");
    expect(body).not.toContain("@wang-lei-exam");
    expect(run?.stdout).toContain(`新建\t#${pull.number}\t${"test-expired/sz-edu-exam/exam-registration"}`);

    // 分支上的文件就是草稿；放进仓库用 govcloud validate 校验：只有留给单位的 dataBackup 两行
    const yaml = github.filesAt(BRANCH)?.[FILE] as string;
    expect(yaml).toContain("type: revoke");
    const target = join(repo, FILE);
    try {
      writeFileSync(target, yaml);
      const check = await runCli(["validate", FILE, "--now", "2026-12-10", "--format", "json"], {
        cwd: repo,
      });
      const found = JSON.parse(check.stdout).findings as { path: string; line: number }[];
      expect(check.code).toBe(1);
      expect([...new Set(found.map((f) => f.path))]).toEqual([
        "/revocations/0/dataBackup",
        "/revocations/1/dataBackup",
      ]);
      // 正文里列出的正是这几处
      for (const f of found) expect(body).toContain(`${FILE}:${f.line}:`);
      writeFileSync(target, yaml.replaceAll("    dataBackup:\n", "    dataBackup: backed-up\n"));
      const filled = await runCli(["validate", FILE, "--now", "2026-12-10"], { cwd: repo });
      expect([filled.code, filled.stdout]).toMatchObject([0, expect.any(String)]);
    } finally {
      rmSync(target, { force: true });
    }

    // --out：供 govcloud notify --from-drafts
    const result = JSON.parse((await import("node:fs")).readFileSync(out, "utf8"));
    expect(result.drafts).toEqual([
      {
        key: "test-expired/sz-edu-exam/exam-registration",
        action: "created",
        number: pull.number,
        url: `https://github.com/octocat/Hello-World/pull/${pull.number}`,
        unit: "sz-edu-exam",
        system: "exam-registration",
        file: FILE,
        title: pull.title,
      },
    ]);

    // 第二次运行：什么都不写
    expect(await writes(() => drafts("--from-audit", report))).toEqual([]);

    // 第二天：证据（逾期天数）变了、草稿的日期变了，实质内容没变：只改正文，不动分支
    const head = github.refs.get(BRANCH);
    expect(await writes(() => drafts("--from-audit", auditJson("2026-12-11", "b.json")))).toEqual([
      `PATCH /pulls/${pull.number}`,
    ]);
    expect(github.refs.get(BRANCH)).toBe(head);
    expect(String(botPull().body)).toContain("已逾期 3 天");
  });

  it("a changed draft is force-pushed; after someone else pushes, the branch is left alone; gone → closed", async () => {
    github = await startFakeGitHub({ ...exampleSeed(), collaborators: [] });
    await drafts("--from-audit", auditJson("2026-12-10", "c.json"));
    const pull = botPull();
    // 不是协作者：请求审查被拒（422），照样建成，正文中写有姓名
    expect(pull.requested_reviewers).toEqual([]);
    const changed = auditJson("2026-12-10", "d.json", (r) => {
      for (const f of r.findings as Json[])
        if (f.draft) (f.draft as Json).yaml = `${(f.draft as Json).yaml}# 多一行\n`;
    });
    expect(await writes(() => drafts("--from-audit", changed))).toEqual([
      "POST /git/trees",
      "POST /git/commits",
      "PATCH /git/refs/heads%2Fgovcloud-bot%2Ftest-expired%2Fsz-edu-exam%2Fexam-registration",
      `PATCH /pulls/${pull.number}`,
    ]);
    expect(github.filesAt(BRANCH)?.[FILE]).toMatch(/# 多一行\n$/);

    // 使用单位在分支上填了 dataBackup：之后草稿再变，也不再强推
    github.pushAs(BRANCH, { [FILE]: "filled by the unit\n" }, "wang-lei-exam");
    const again = auditJson("2026-12-10", "e.json", (r) => {
      for (const f of r.findings as Json[])
        if (f.draft) (f.draft as Json).yaml = `${(f.draft as Json).yaml}# 又一行\n`;
    });
    const done = await writes(() => drafts("--from-audit", again));
    expect(done.filter((w) => w.includes("/git/"))).toEqual([]);
    expect(github.filesAt(BRANCH)?.[FILE]).toBe("filled by the unit\n");

    // 主题消失（检查运行了，没有这条发现）：评论、关闭；分支上有别人的提交，保留分支
    const gone = auditJson("2026-12-10", "f.json", (r) => {
      r.findings = [];
    });
    expect(await writes(() => drafts("--from-audit", gone))).toEqual([
      `POST /issues/${pull.number}/comments`,
      `PATCH /pulls/${pull.number}`,
    ]);
    expect(botPull().state).toBe("closed");
    expect(github.refs.has(BRANCH)).toBe(true);
    // 被关闭的主题再出现：不再新建
    expect(await writes(() => drafts("--from-audit", auditJson("2026-12-10", "g.json")))).toEqual([]);
  });

  it("closing a PR whose branch is still the bot's deletes the branch; a check that did not run closes nothing", async () => {
    github = await startFakeGitHub(exampleSeed());
    await drafts("--from-audit", auditJson("2026-12-10", "h.json"));
    const number = botPull().number;
    const notRun = auditJson("2026-12-10", "i.json", (r) => {
      r.findings = [];
      r.checked = ["test-expiring"];
    });
    expect(await writes(() => drafts("--from-audit", notRun))).toEqual([]);
    const gone = auditJson("2026-12-10", "j.json", (r) => {
      r.findings = [];
    });
    expect(await writes(() => drafts("--from-audit", gone))).toEqual([
      `POST /issues/${number}/comments`,
      `PATCH /pulls/${number}`,
      `DELETE /git/refs/${encodeURIComponent(`heads/${BRANCH}`)}`,
    ]);
    expect(github.refs.has(BRANCH)).toBe(false);
  });

  it("a leftover bot branch without a PR (an earlier run stopped half-way) is rewritten, then the PR opened", async () => {
    github = await startFakeGitHub(exampleSeed());
    github.pushAs(BRANCH, { "requests/x.yaml": "left over\n" }, "github-actions[bot]");
    const run = await drafts("--from-audit", auditJson("2026-12-10", "m.json"));
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(botPull()).toMatchObject({ draft: true, state: "open" });
    expect(github.filesAt(BRANCH)?.["requests/x.yaml"]).toBeUndefined();
    expect(github.filesAt(BRANCH)?.[FILE]).toContain("type: revoke");
  });

  it("a drafted scale-down (第19条) validates outright", async () => {
    github = await startFakeGitHub(exampleSeed());
    const run = await drafts(
      "--from-audit",
      auditJson("2026-11-25", "k.json", () => {}, true),
    );
    expect(run.code).toBe(0);
    const branch = "govcloud-bot/low-load/sz-edu/student-registry";
    const pull = Object.values(github.state.pulls).find((p) => (p.pull.head as Json).ref === branch)?.pull;
    expect(String(pull?.body)).toContain("`govcloud validate` 通过");
    const file = "requests/sz-edu/student-registry/0004-change.yaml";
    const target = join(repo, file);
    try {
      writeFileSync(target, github.filesAt(branch)?.[file] as string);
      const check = await runCli(["validate", file, "--now", "2026-11-25"], { cwd: repo });
      expect([check.code, check.stdout]).toEqual([0, expect.any(String)]);
    } finally {
      rmSync(target, { force: true });
    }
  });

  it("--dry-run needs no GitHub and shows the body; no token is printed anywhere", async () => {
    const run = await runCli(
      [
        "drafts",
        "--root",
        repo,
        "--from-audit",
        auditJson("2026-12-10", "l.json"),
        "--dry-run",
        "--format",
        "json",
      ],
      { cwd: repoRoot, env: { GITHUB_TOKEN: "ghs_secret-should-not-show" } },
    );
    expect(run.code).toBe(0);
    const plan = JSON.parse(run.stdout);
    expect(plan.drafts.map((d: Json) => [d.branch, d.file, d.reviewers])).toEqual([
      [BRANCH, FILE, ["wang-lei-exam"]],
    ]);
    expect(run.stdout + run.stderr).not.toContain("ghs_secret");
  });

  it("usage errors", async () => {
    const none = await runCli(["drafts", "--root", repo], { cwd: repoRoot });
    expect([none.code, none.stderr]).toEqual([2, expect.stringContaining("缺少 --from-audit")]);
    const noToken = await runCli(["drafts", "--root", repo, "--from-audit", "x.json"], { cwd: repoRoot });
    expect([noToken.code, noToken.stderr]).toEqual([2, expect.stringContaining("GITHUB_TOKEN")]);
    const bad = await runCli(["drafts", "--root", repo, "--from-audit", "package.json", "--dry-run"], {
      cwd: repoRoot,
    });
    expect([bad.code, bad.stderr]).toEqual([
      2,
      expect.stringContaining("不是 govcloud audit --format json 的报告"),
    ]);
  });
});

describe("govcloud drafts --drift: one issue per system", () => {
  const driftJson = async (preview: string, name: string) => {
    const run = await runCli(
      [
        "drift",
        "--root",
        repo,
        "--preview-json",
        join(repoRoot, `test/provision/fixtures/recorded/${preview}.json`),
        "--format",
        "json",
      ],
      { cwd: repoRoot },
    );
    const path = join(tmp, name);
    writeFileSync(path, run.stdout);
    return path;
  };

  it("opens an issue for a drifted system, leaves it on the next run, closes it when clean", async () => {
    github = await startFakeGitHub(exampleSeed());
    const drifted = await driftJson("preview-refresh-drift", "drift.json");
    const first = await drafts("--drift", drifted);
    expect(first.code).toBe(0);
    expect(github.state.issues).toHaveLength(1);
    const issue = github.state.issues[0] as Json;
    expect(issue.title).toBe("[漂移] sz-edu/grants-portal：1 个资源与仓库不一致");
    expect(String(issue.body)).toMatch(
      /^<!-- govcloud-audit: drift\/sz-edu\/grants-portal -->\n## 漂移：sz-edu\/grants-portal\n/,
    );
    expect(String(issue.body)).toContain("| 规格（flavorName） | c2m4 | c4m8 |");
    expect(github.labels(Number(issue.number))).toEqual(["govcloud-audit", "govcloud-drift"]);
    expect(await writes(() => drafts("--drift", drifted))).toEqual([]);
    // 另一个 stack 的报告：这个系统没有检查到，issue 保持原状
    const other = join(tmp, "other.json");
    writeFileSync(
      other,
      JSON.stringify({
        drifted: false,
        stacks: [
          { stack: "sz-edu.x", unit: "sz-edu", system: "x", drifted: false, resources: [], errors: [] },
        ],
      }),
    );
    expect(await writes(() => drafts("--drift", other))).toEqual([]);
    const clean = await driftJson("preview-refresh-clean", "clean.json");
    expect(await writes(() => drafts("--drift", clean))).toEqual([
      `POST /issues/${issue.number}/comments`,
      `PATCH /issues/${issue.number}`,
    ]);
    expect(issue.state).toBe("closed");
  });
});

describe("govcloud drafts --drift: a malformed drift report is refused entry by entry, never a crash", () => {
  const good = async () => {
    const run = await runCli(
      [
        "drift",
        "--root",
        repo,
        "--preview-json",
        join(repoRoot, "test/provision/fixtures/recorded/preview-refresh-drift.json"),
        "--format",
        "json",
      ],
      { cwd: repoRoot },
    );
    return JSON.parse(run.stdout) as { stacks: Json[] };
  };
  const resource0 = (r: { stacks: Json[] }) => ((r.stacks[0] as Json).resources as Json[])[0] as Json;

  it.each([
    [
      "differences missing",
      (r: { stacks: Json[] }) => {
        delete resource0(r).differences;
      },
      "/stacks/0/resources/0/differences：应为数组",
    ],
    [
      "differences not an array",
      (r: { stacks: Json[] }) => {
        resource0(r).differences = "none";
      },
      "/stacks/0/resources/0/differences：应为数组",
    ],
    [
      "an entry that is not an object",
      (r: { stacks: Json[] }) => {
        (r.stacks[0]?.resources as unknown[])[0] = null;
      },
      "/stacks/0/resources/0：应为对象",
    ],
    [
      "an unknown status",
      (r: { stacks: Json[] }) => {
        resource0(r).status = "gone";
      },
      "/stacks/0/resources/0/status：应为 changed、replaced、missing-in-cloud 或 not-in-repository",
    ],
    [
      "no stacks at all",
      (r: { stacks: Json[] }) => {
        (r as Json).stacks = {};
      },
      "/stacks：没有 stacks 数组",
    ],
  ])("%s: names the file and the entry, exit 1, nothing written", async (_, edit, where) => {
    github = await startFakeGitHub(exampleSeed());
    const report = await good();
    edit(report);
    const path = join(tmp, "malformed.json");
    writeFileSync(path, JSON.stringify(report));
    for (const dry of [[], ["--dry-run"]]) {
      const run = await drafts("--drift", path, ...dry);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`govcloud drafts：漂移报告 ${path} 的 ${where}`);
      expect(run.stderr).toContain("请用 govcloud drift --format json 重新生成这份报告");
      expect(run.stderr).not.toMatch(/内部故障|\n\s+at /);
    }
    expect(github.requests.filter((r) => r.method !== "GET")).toEqual([]);
    expect(github.state.issues).toEqual([]);
  });

  it("skips only the malformed stack: the other system gets its issue; --lang en", async () => {
    github = await startFakeGitHub(exampleSeed());
    const report = await good();
    const bad = structuredClone(report.stacks[0]) as Json;
    bad.system = "student-registry";
    delete ((bad.resources as Json[])[0] as Json).differences;
    report.stacks.unshift(bad);
    const path = join(tmp, "mixed.json");
    writeFileSync(path, JSON.stringify(report));
    const run = await drafts("--drift", path, "--lang", "en");
    expect([run.code, run.stderr]).toEqual([
      1,
      `govcloud drafts: drift report ${path} at /stacks/0/resources/0/differences: must be an array. The stack holding it was skipped (its issue and draft PR are left as they are); regenerate the report with govcloud drift --format json.\n`,
    ]);
    expect(github.state.issues.map((i) => (i as Json).title)).toEqual([
      "[drift] sz-edu/grants-portal：1 resource(s) differ from the repository",
    ]);
  });
});

describe("govcloud drafts --drift: drift repair as a draft PR", () => {
  const DRIFT_BRANCH = "govcloud-bot/drift/sz-edu/student-registry";
  const DRIFT_FILE = "requests/sz-edu/student-registry/0004-change.yaml";
  const STACK = "sz-edu.student-registry";
  const host = (n: number, cloud: string) => ({
    urn: `urn:pulumi:${STACK}::govcloud::openstack:compute/instance:Instance::db-${n}`,
    type: "openstack:compute/instance:Instance",
    name: `db-${n}`,
    kind: "instance",
    resource: "db",
    status: "changed",
    pending: false,
    protected: true,
    differences: [
      { property: "flavorName", label: "规格", kind: "update", replace: false, repository: "c8m32", cloud },
    ],
  });
  const disk = (n: number) => ({
    ...host(n, ""),
    urn: `urn:pulumi:${STACK}::govcloud::openstack:blockstorage/volume:Volume::db-${n}-data-1`,
    type: "openstack:blockstorage/volume:Volume",
    name: `db-${n}-data-1`,
    kind: "volume",
    differences: [
      { property: "size", label: "容量（GB）", kind: "update", replace: false, repository: 900, cloud: 1000 },
    ],
  });
  const rule = {
    ...host(1, ""),
    urn: `urn:pulumi:${STACK}::govcloud::openstack:networking/secGroupRule:SecGroupRule::app-sg-in-tcp-443-any`,
    type: "openstack:networking/secGroupRule:SecGroupRule",
    name: "app-sg-in-tcp-443-any",
    kind: "security-group-rule",
    resource: "app",
    status: "missing-in-cloud",
    differences: [],
  };
  const report = (name: string, resources: Json[]) => {
    const path = join(tmp, name);
    const stack = { stack: STACK, unit: "sz-edu", system: "student-registry", resources, errors: [] };
    writeFileSync(
      path,
      JSON.stringify({
        drifted: resources.length > 0,
        stacks: [{ ...stack, drifted: resources.length > 0 }],
      }),
    );
    return path;
  };
  const driftPull = () =>
    Object.values(github.state.pulls).find((p) => (p.pull.head as Json).ref === DRIFT_BRANCH)?.pull as Json;

  it("drafts a change accepting the cloud's state, validated apart from the unit's estimate; idempotent; closed once clean", async () => {
    github = await startFakeGitHub({ ...exampleSeed(), collaborators: ["zhang-xiaoming"] });
    const drifted = report("repair.json", [host(1, "c16m64"), host(2, "c16m64"), disk(1), disk(2), rule]);
    const first = await drafts("--drift", drifted, "--now", "2026-12-10");
    expect([first.code, first.stderr]).toEqual([0, ""]);
    const pull = driftPull();
    expect(pull).toMatchObject({ draft: true, state: "open", base: { ref: "main" } });
    expect((pull.requested_reviewers as Json[]).map((r) => r.login)).toEqual(["zhang-xiaoming"]);
    expect(pull.title).toBe("[审计草稿] 云上的配置与仓库不同：深圳市中小学学籍管理系统 db");
    const body = String(pull.body);
    expect(body).toMatch(/^<!-- govcloud-draft: drift\/sz-edu\/student-registry digest=[0-9a-f]{16} /);
    expect(body).toContain("db-1 flavorName：仓库 c8m32，云上 c16m64（16核64GB）");
    expect(body).toContain("db-2-data-1 size：仓库 900 GB，云上 1000 GB");
    expect(body).toContain("用发放流程重新应用仓库（会把云改回去，主机调整规格时重启），然后关闭这个 PR");
    expect(body).toContain("- [ ] 扩容须由使用单位补上测算报告（estimate，第27条）");

    // 漂移 issue 照旧，写明起草了哪个分支、哪些没有起草及原因
    expect(github.state.issues).toHaveLength(1);
    const issue = github.state.issues[0] as Json;
    expect(String(issue.body)).toContain(`（机器人的分支 \`${DRIFT_BRANCH}\`）`);
    expect(String(issue.body)).toContain("- `app-sg-in-tcp-443-any`：云上没有这个资源");

    // 分支上的文件：before 是仓库，after 是云上；validate 只差测算报告与利用率，补上后通过
    const yaml = github.filesAt(DRIFT_BRANCH)?.[DRIFT_FILE] as string;
    expect(yaml).toContain(
      [
        "  - resource: db",
        "    before:",
        "      vcpu: 8",
        "      memoryGB: 32",
        "      dataDisks:",
        "        - { sizeGB: 900, tier: sas }",
        "    after:",
        "      vcpu: 16",
        "      memoryGB: 64",
        "      dataDisks:",
        "        - { sizeGB: 1000, tier: sas }",
      ].join("\n"),
    );
    const target = join(repo, DRIFT_FILE);
    try {
      writeFileSync(target, yaml);
      const check = await runCli(["validate", DRIFT_FILE, "--now", "2026-12-10", "--format", "json"], {
        cwd: repo,
      });
      const found = JSON.parse(check.stdout).findings as { path: string; line: number; severity: string }[];
      expect(check.code).toBe(1);
      expect([...new Set(found.filter((f) => f.severity === "error").map((f) => f.path))]).toEqual([
        "/changes/0",
        "/changes/0/after",
      ]);
      for (const f of found.filter((f) => f.severity === "error"))
        expect(body).toContain(`${DRIFT_FILE}:${f.line}:`);
      const filled = yaml
        .replace(
          "    remark:",
          [
            "    utilization:",
            "      window: { from: 2026-12-03, to: 2026-12-09 }",
            "      cpu: { average: 71, peak: 96 }",
            "      memory: { average: 80, peak: 95 }",
            "      storage: { usedPercent: 88 }",
            "      evidence:",
            "        - attachments/变更前-应用-CPU.png",
            "    remark:",
          ].join("\n"),
        )
        .concat(
          [
            "estimate:",
            "  explanation: 期末成绩录入期间数据库负载高，提供商临时扩容；按近 5 个工作日的利用率测算，保留 16 核 64GB 与 1000 GB 数据盘。",
            "  evidence:",
            "    - attachments/变更前-应用-CPU.png",
            "",
          ].join("\n"),
        );
      writeFileSync(target, filled);
      const ok = await runCli(["validate", DRIFT_FILE, "--now", "2026-12-10", "--format", "json"], {
        cwd: repo,
      });
      expect(JSON.parse(ok.stdout).findings.filter((f: Json) => f.severity === "error")).toEqual([]);
    } finally {
      rmSync(target, { force: true });
    }

    // 第二次运行：什么都不写
    expect(await writes(() => drafts("--drift", drifted, "--now", "2026-12-10"))).toEqual([]);
    // 没有检查到这个系统（别的 stack 的报告）：PR 保持原状
    const other = join(tmp, "repair-other.json");
    writeFileSync(
      other,
      JSON.stringify({
        drifted: false,
        stacks: [
          { stack: "sz-edu.x", unit: "sz-edu", system: "x", drifted: false, resources: [], errors: [] },
        ],
      }),
    );
    expect(await writes(() => drafts("--drift", other, "--now", "2026-12-10"))).toEqual([]);
    // 云上改回去了：PR 评论后关闭，机器人的分支删除，issue 关闭
    const clean = report("repair-clean.json", []);
    const done = await writes(() => drafts("--drift", clean, "--now", "2026-12-11"));
    expect(done).toEqual([
      `POST /issues/${pull.number}/comments`,
      `PATCH /pulls/${pull.number}`,
      `DELETE /git/refs/${encodeURIComponent(`heads/${DRIFT_BRANCH}`)}`,
      `POST /issues/${issue.number}/comments`,
      `PATCH /issues/${issue.number}`,
    ]);
    expect(pull.state).toBe("closed");
    expect(issue.state).toBe("closed");
  });

  it("an audit draft and a drift repair for the same system on the same night take distinct sequences, stable, and validate together", async () => {
    github = await startFakeGitHub(exampleSeed());
    const LOW_LOAD = "govcloud-bot/low-load/sz-edu/student-registry";
    const audit = auditJson("2026-11-25", "seq-audit.json", () => {}, true);
    const drifted = report("seq-drift.json", [host(1, "c16m64"), host(2, "c16m64"), disk(1), disk(2)]);
    // 一次运行两份：按主题的键排序依次取号（drift/… 在 low-load/… 之前）
    const both = await runCli(
      ["drafts", "--root", repo, "--from-audit", audit, "--drift", drifted, "--dry-run", "--format", "json"],
      { cwd: repoRoot },
    );
    expect(both.code).toBe(0);
    expect(
      (JSON.parse(both.stdout).drafts as Json[])
        .filter((d) => String(d.file).startsWith("requests/sz-edu/student-registry/"))
        .map((d) => [d.branch, d.file]),
    ).toEqual([
      [DRIFT_BRANCH, "requests/sz-edu/student-registry/0004-change.yaml"],
      [LOW_LOAD, "requests/sz-edu/student-registry/0005-change.yaml"],
    ]);

    // 审计与漂移分开运行（两个工作流）：后来的让出先开的 PR 占着的序号
    expect((await drafts("--from-audit", audit)).code).toBe(0);
    expect(Object.keys(github.filesAt(LOW_LOAD) ?? {})).toContain(
      "requests/sz-edu/student-registry/0004-change.yaml",
    );
    const run = await drafts("--drift", drifted, "--now", "2026-11-25");
    expect([run.code, run.stderr]).toEqual([0, ""]);
    const FIVE = "requests/sz-edu/student-registry/0005-change.yaml";
    const repair = github.filesAt(DRIFT_BRANCH)?.[FIVE] as string;
    expect(repair).toMatch(/^sequence: 5$/m);
    expect(Object.keys(github.filesAt(DRIFT_BRANCH) ?? {})).not.toContain(DRIFT_FILE);
    expect(String(driftPull().body)).toContain(
      "- [ ] 序号 5 接在主分支上本系统的申请与机器人为本系统起草的其他草稿之后",
    );
    expect(String((github.state.issues[0] as Json).body)).toContain(`已起草变更申请 \`${FIVE}\``);
    // 第二夜：两边都不动（序号一旦分出就不变）
    expect(await writes(() => drafts("--from-audit", audit))).toEqual([]);
    expect(await writes(() => drafts("--drift", drifted, "--now", "2026-11-25"))).toEqual([]);

    // 两份都放进仓库：govcloud validate 没有序号的问题，缩容的草稿照样通过，修复的只差使用单位补的测算与利用率
    const four = join(repo, "requests/sz-edu/student-registry/0004-change.yaml");
    const five = join(repo, FIVE);
    try {
      writeFileSync(
        four,
        github.filesAt(LOW_LOAD)?.["requests/sz-edu/student-registry/0004-change.yaml"] as string,
      );
      writeFileSync(five, repair);
      // 每份草稿是一个 PR：各自校验（另一份也在仓库里）
      const errors = async (file: string) => {
        const check = await runCli(["validate", file, "--now", "2026-11-25", "--format", "json"], {
          cwd: repo,
        });
        const found = JSON.parse(check.stdout).findings as Json[];
        expect(found.filter((f) => String(f.rule).startsWith("registry/"))).toEqual([]);
        return [...new Set(found.filter((f) => f.severity === "error").map((f) => f.path))];
      };
      expect(await errors("requests/sz-edu/student-registry/0004-change.yaml")).toEqual([]);
      expect(await errors(FIVE)).toEqual(["/changes/0", "/changes/0/after"]);
    } finally {
      rmSync(four, { force: true });
      rmSync(five, { force: true });
    }
  });

  it("drafts no PR for drift an application cannot express; the issue says why", async () => {
    github = await startFakeGitHub(exampleSeed());
    const partial = report("partial.json", [host(1, "c16m64"), rule]);
    const run = await drafts("--drift", partial, "--now", "2026-12-10");
    expect([run.code, run.stderr]).toEqual([0, ""]);
    expect(driftPull()).toBeUndefined();
    const body = String((github.state.issues[0] as Json).body);
    expect(body).toContain("没有起草 PR：这些不一致不能写成把云上状态接受进仓库的申请");
    expect(body).toContain("- `db`：资源 db 只有部分主机");
    const dry = await drafts("--drift", partial, "--dry-run", "--now", "2026-12-10");
    expect(dry.stdout).not.toContain("govcloud-bot/");
  });
});
