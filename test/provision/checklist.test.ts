import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOctokit, readChecklistComment } from "../../scripts/adapters/github.ts";
import { validate } from "../../scripts/adapters/repository.ts";
import { runChecklist, runDeliver } from "../../scripts/cli/provision.ts";
import {
  type ChecklistComment,
  checklistCommentVerdict,
  checklistItems,
  checklistRefusalText,
  deliveryFromChecklist,
  parseChecklist,
  renderChecklist,
} from "../../scripts/core/provision/checklist.ts";
import { mergeDelivery } from "../../scripts/core/provision/delivery.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { SchemaValidator } from "../../scripts/core/schema/validate.ts";
import { apply, emptyState } from "../../scripts/core/state/fold.ts";
import { shenzhen } from "../../scripts/profiles/shenzhen/index.ts";
import { exampleFiles, examplesRoot, TODAY } from "../helpers/repo.ts";
import { exampleSeed, type FakeGitHub, graphqlFixture, startFakeGitHub } from "../review/github-server.ts";
import { configYaml } from "../review/helpers.ts";
import { capture, catalog, changeApp, newApp } from "./helpers.ts";

const { repo, histories } = validate({
  fs: memoryFs(exampleFiles()),
  scope: { kind: "all" },
  lang: "zh",
  today: TODAY,
});
const appOf = (key: string, seq: number) =>
  repo.applications.get(key)?.find((a) => a.data.sequence === seq)?.data as NonNullable<
    ReturnType<typeof repo.applications.get>
  >[number]["data"];
const beforeOf = (key: string, seq: number) => histories.get(key)?.before.get(seq) ?? emptyState;

const checklist = () =>
  renderChecklist(
    {
      unit: "sz-edu",
      system: "student-registry",
      systemName: "深圳市中小学学籍管理系统",
      application: 1,
      applicationType: "new",
      items: checklistItems(
        appOf("sz-edu/student-registry", 1),
        beforeOf("sz-edu/student-registry", 1),
        catalog,
      ),
    },
    shenzhen,
  );

/** 工程师开通后勾选并写详情（照着清单上的说明写）。 */
const ticked = () =>
  checklist()
    .replace(/^- \[ \]/gm, "- [x]")
    .replace(
      "`bastion` 云堡垒机 · 开通 · 1套 · 20 资产 · 目录条目 bastion.20 × 1\n",
      "`bastion` 云堡垒机 · 开通 · 1套 · 20 资产 · 目录条目 bastion.20 × 1\n  - 实例: bastion-1 10.21.3.40 szedu-xj-bastion id=6f1c-77\n  - 地址: https://10.21.3.40\n  - 备注: 管理员账号已发给技术负责人\n",
    )
    .replace(
      "`host-security` 主机安全 · 开通 · 4虚机 · 目录条目 hss × 4\n",
      "`host-security` 主机安全 · 开通 · 4虚机 · 目录条目 hss × 4\n  - 备注: 已为 app-1、app-2、db-1、db-2 安装客户端\n",
    );

describe("交付清单", () => {
  it("学籍系统申请 1：一项一个人工交付的服务，写明数量、配置与目录条目（审阅过的 golden 文件）", async () => {
    await expect(checklist()).toMatchFileSnapshot("./golden/checklist-student-registry-0001.md");
  });

  it("撤销、变更、续期也进清单；OpenStack 发放的服务不进", () => {
    expect(
      checklistItems(appOf("sz-edu/campus-portal", 2), beforeOf("sz-edu/campus-portal", 2), catalog).map(
        (i) => [i.resource, i.action, i.summary],
      ),
    ).toEqual([["cms-security", "revoke", "1虚机 · 目录条目 hss × 1 · 不涉及数据"]]);
    const cache = { id: "cache", service: "dcs", purpose: "缓存", edition: "ha" as const, sizeGB: 4 };
    const before = apply(emptyState, newApp(1, [cache]));
    expect(
      checklistItems(
        changeApp(2, [{ resource: "cache", before: { sizeGB: 4 }, after: { sizeGB: 8 } }]),
        before,
        catalog,
      ).map((i) => [i.action, i.summary]),
    ).toEqual([["change", "主备版，4GB → 主备版，8GB · 目录条目 dcs.ha × 8GB"]]);
    expect(checklistItems(appOf("sz-edu-exam/exam-registration", 1), emptyState, catalog)).toEqual([]);
  });

  it("往返：勾选并写详情的清单 → 交付记录（通过校验），与 Pulumi 写的部分合并", () => {
    const parsed = parseChecklist(ticked());
    expect(parsed?.problems).toEqual([]);
    const { delivery, unticked } = deliveryFromChecklist(parsed as NonNullable<typeof parsed>, {
      date: "2026-05-22",
      profile: "shenzhen",
    });
    expect(unticked).toEqual([]);
    expect(delivery).toEqual({
      kind: "delivery",
      profile: "shenzhen",
      application: 1,
      date: "2026-05-22",
      resources: [
        { id: "backup" },
        { id: "host-security", remark: "已为 app-1、app-2、db-1、db-2 安装客户端" },
        { id: "log-audit" },
        { id: "waf" },
        {
          id: "bastion",
          instances: [
            { name: "bastion-1", hostname: "szedu-xj-bastion", ip: "10.21.3.40", cloudId: "6f1c-77" },
          ],
          endpoint: "https://10.21.3.40",
          remark: "管理员账号已发给技术负责人",
        },
        { id: "db-audit" },
      ],
    });
    expect(SchemaValidator.for(catalog, shenzhen.schema).validate("delivery", "x.yaml", delivery)).toEqual(
      [],
    );
    const merged = mergeDelivery(
      {
        kind: "delivery",
        profile: "shenzhen",
        application: 1,
        date: "2026-05-20",
        resources: [{ id: "app" }],
      },
      delivery,
    );
    expect(merged.date).toBe("2026-05-22");
    expect(merged.resources?.map((r) => r.id)).toEqual([
      "app",
      "backup",
      "host-security",
      "log-audit",
      "waf",
      "bastion",
      "db-audit",
    ]);
  });

  it("未勾选的项与看不懂的详情行都报告出来", () => {
    const text = checklist()
      .replace("- [ ] `waf`", "- [x] `waf`")
      .replace(
        "目录条目 waf&#46;base × 1\n",
        "目录条目 waf&#46;base × 1\n  - 实例: WAF-1 10.0.0.1\n  - 实例: waf-1 10.0.0.1 10.0.0.2 10.0.0.3\n  - 端口: 443\n  - 实例: waf-1 ip=10.0.0.300\n",
      );
    const parsed = parseChecklist(text);
    expect(parsed?.problems).toEqual([
      {
        line: 11,
        text: "- 实例: WAF-1 10.0.0.1",
        why: "实例名须在最前，只用小写字母、数字与连字符，以字母开头（如 cache-1）",
      },
      { line: 12, text: "- 实例: waf-1 10.0.0.1 10.0.0.2 10.0.0.3", why: "多了一个 IP 10.0.0.3" },
      { line: 13, text: "- 端口: 443", why: "不认识的键（实例、地址、备注）" },
      { line: 14, text: "- 实例: waf-1 ip=10.0.0.300", why: "ip 10.0.0.300 不是 IPv4 地址" },
    ]);
    const { unticked } = deliveryFromChecklist(parsed as NonNullable<typeof parsed>, {
      date: TODAY,
      profile: "shenzhen",
    });
    expect(unticked).toEqual(["backup", "host-security", "log-audit", "bastion", "db-audit"]);
    expect(parseChecklist("没有标记的评论")).toBeUndefined();
  });
});

describe("govcloud checklist / deliver --checklist", () => {
  let root: string;
  const cap = () => capture(root);
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "govcloud-checklist-"));
    cpSync(join(examplesRoot, "requests"), join(root, "requests"), { recursive: true });
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it("打印清单；没有人工交付项时不输出", async () => {
    const run = cap();
    expect(await runChecklist(["--system", "sz-edu/student-registry", "--application", "1"], run.io)).toBe(0);
    expect(run.out.stdout).toBe(checklist());
    const none = cap();
    expect(await runChecklist(["--system", "sz-edu/student-registry", "--application", "3"], none.io)).toBe(
      0,
    );
    expect(none.out.stdout).toBe("");
    expect(none.out.stderr).toBe("sz-edu/student-registry 申请 3 没有需要人工交付的服务。\n");
  });

  it("勾选完的清单并入已有的交付记录；没勾完时不写", async () => {
    const file = join(root, "requests/sz-edu/student-registry/deliveries/0001.yaml");
    const original = readFileSync(file, "utf8");
    writeFileSync(join(root, "half.md"), checklist().replace("- [ ] `waf`", "- [x] `waf`"));
    const half = cap();
    expect(
      await runDeliver(
        [
          "--system",
          "sz-edu/student-registry",
          "--application",
          "1",
          "--checklist",
          "half.md",
          "--date",
          "2026-05-22",
        ],
        half.io,
      ),
    ).toBe(1);
    expect(half.out.stderr).toContain(
      "清单还有 5 项没有勾选：backup、host-security、log-audit、bastion、db-audit。",
    );
    expect(readFileSync(file, "utf8")).toBe(original);

    writeFileSync(join(root, "done.md"), ticked());
    const done = cap();
    expect(
      await runDeliver(
        [
          "--system",
          "sz-edu/student-registry",
          "--application",
          "1",
          "--checklist",
          "done.md",
          "--date",
          "2026-05-22",
          "--notification",
          "n.md",
        ],
        done.io,
      ),
    ).toBe(0);
    const written = readFileSync(file, "utf8");
    expect(written).toContain("  - id: app\n");
    expect(written).toContain("  - id: bastion\n");
    expect(written).toContain("date: 2026-05-22\n");
    expect(existsSync(join(root, "n.md"))).toBe(true);
    const { findings } = validate({
      fs: memoryFs({ ...exampleFiles(), "requests/sz-edu/student-registry/deliveries/0001.yaml": written }),
      scope: { kind: "files", files: ["requests/sz-edu/student-registry/deliveries/0001.yaml"] },
      lang: "zh",
      today: TODAY,
    });
    expect(findings).toEqual([]);
  });

  it("清单属于另一份申请：不写", async () => {
    writeFileSync(join(root, "other.md"), ticked());
    const run = cap();
    expect(
      await runDeliver(
        ["--system", "sz-edu/student-registry", "--application", "3", "--checklist", "other.md"],
        run.io,
      ),
    ).toBe(1);
    expect(run.out.stderr).toBe(
      "govcloud deliver：清单属于 sz-edu/student-registry 申请 1，不是 sz-edu/student-registry 申请 3。\n",
    );
  });
});

// ---------------------------------------------------------------- 谁编辑了清单评论

const bot = { login: "github-actions", type: "Bot" };
const engineer = { login: "Gong-Cheng", type: "User" };
const agent = { login: "dai-li-ren", type: "User" };
const trust = { bot: "github-actions[bot]", engineers: new Set(["gong-cheng"]) };
const comment = (over: Partial<ChecklistComment> = {}): ChecklistComment => ({
  body: "<!-- govcloud-checklist sz-edu/student-registry#1 -->",
  author: bot,
  editor: engineer,
  lastEditedAt: "2026-11-25T08:00:00Z",
  edits: [
    { editor: engineer, editedAt: "2026-11-25T08:00:00Z" },
    { editor: bot, editedAt: "2026-11-24T02:00:00Z" },
  ],
  complete: true,
  ...over,
});

describe("清单评论：只认机器人贴出、只由提供商工程师编辑过的正文", () => {
  it.each([
    ["工程师勾选", comment(), { accepted: true, editor: "Gong-Cheng" }],
    [
      "最后编辑者不是工程师（评论作者仍是机器人）",
      comment({
        editor: agent,
        edits: [
          { editor: agent, editedAt: "2026-11-25T09:00:00Z" },
          { editor: engineer, editedAt: "2026-11-25T08:00:00Z" },
          { editor: bot, editedAt: "2026-11-24T02:00:00Z" },
        ],
      }),
      { accepted: false, refusal: { code: "editor-not-engineer", params: { editor: "dai-li-ren" } } },
    ],
    [
      "单位代理人先改了详情，工程师后来只勾选",
      comment({
        edits: [
          { editor: engineer, editedAt: "2026-11-25T08:00:00Z" },
          { editor: agent, editedAt: "2026-11-24T20:00:00Z" },
          { editor: bot, editedAt: "2026-11-24T02:00:00Z" },
        ],
      }),
      {
        accepted: false,
        refusal: {
          code: "earlier-editor-not-engineer",
          params: { editor: "dai-li-ren", editedAt: "2026-11-24T20:00:00Z" },
        },
      },
    ],
    [
      "editor 字段是工程师，但最新一次编辑不是（两者都要核对）",
      comment({ edits: [{ editor: agent, editedAt: "2026-11-25T09:00:00Z" }] }),
      { accepted: false, refusal: { code: "editor-not-engineer", params: { editor: "dai-li-ren" } } },
    ],
    [
      "已删除账号的编辑",
      comment({ edits: [...comment().edits, { editor: null, editedAt: "2026-11-24T03:00:00Z" }] }),
      {
        accepted: false,
        refusal: {
          code: "earlier-editor-not-engineer",
          params: { editor: "（已删除的账号）", editedAt: "2026-11-24T03:00:00Z" },
        },
      },
    ],
    [
      "同名的机器人不是工程师",
      comment({ editor: { login: "gong-cheng", type: "Bot" } }),
      { accepted: false, refusal: { code: "editor-not-engineer", params: { editor: "gong-cheng" } } },
    ],
    [
      "不是机器人贴的",
      comment({ author: engineer }),
      { accepted: false, refusal: { code: "author-not-bot", params: { author: "Gong-Cheng" } } },
    ],
    [
      "没人编辑过",
      comment({ editor: null, lastEditedAt: null, edits: [] }),
      { accepted: false, refusal: { code: "not-edited", params: {} } },
    ],
    [
      "编辑历史没读全",
      comment({ complete: false }),
      { accepted: false, refusal: { code: "history-incomplete", params: {} } },
    ],
  ])("%s", (_name, input, expected) => {
    expect(checklistCommentVerdict(input, trust)).toEqual(expected);
  });

  it("拒绝的说明：谁、错在哪、怎么办（中英）", () => {
    const t = checklistRefusalText({ code: "editor-not-engineer", params: { editor: "dai-li-ren" } });
    expect(t.zh).toBe(
      "交付清单最后由 dai-li-ren 编辑，此人不是提供商实施工程师（.github/govcloud-review.yaml 的 roles.implementers）：没有写交付记录。请提供商工程师本人核对并重新保存这条评论。",
    );
    expect(t.en).toContain("last edited by dai-li-ren, who is not a provider engineer");
  });
});

describe("govcloud checklist --comment（本地 GitHub 替身：REST 示例与 GraphQL 的 IssueComment）", () => {
  let root: string;
  let server: FakeGitHub | undefined;
  const nodeId = "MDEyOklzc3VlQ29tbWVudDE=";
  type Json = Record<string, unknown>;
  const edited = () => graphqlFixture<Json>("issue-comment-edited");
  const body = () => ticked();
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), "govcloud-comment-"));
    mkdirSync(join(root, ".github"));
    writeFileSync(join(root, ".github/govcloud-review.yaml"), configYaml);
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    rmSync(root, { recursive: true, force: true });
  });
  async function verify(node: Json, extra: string[] = [], engineers = ["octocat"]) {
    const seed = exampleSeed();
    seed.teams = { "sz-govcloud/provider-engineers": engineers };
    seed.nodes = { [nodeId]: node };
    server = await startFakeGitHub(seed);
    const run = capture(root);
    const env = {
      GITHUB_TOKEN: "test-token",
      GITHUB_REPOSITORY: "octocat/Hello-World",
      GITHUB_API_URL: server.url,
    };
    const code = await runChecklist(["--comment", nodeId, "--out", "checklist.md", ...extra], run.io, {
      env,
      noWait: true,
    });
    return { code, ...run.out, written: existsSync(join(root, "checklist.md")) };
  }

  it("工程师（provider-engineers 团队成员）编辑过：把 API 读到的正文写到 --out", async () => {
    const result = await verify({ ...edited(), body: body() });
    expect(result).toMatchObject({ code: 0, written: true });
    expect(readFileSync(join(root, "checklist.md"), "utf8")).toBe(body());
    expect(result.stderr).toContain("最后由提供商工程师 octocat 编辑");
    const graphql = server?.requests.filter((r) => r.path === "/graphql") ?? [];
    expect(graphql).toHaveLength(1);
    expect(graphql[0]?.body).toMatchObject({ variables: { id: nodeId, after: null } });
  });

  it("编辑者不在提供商团队：拒绝，说明原因，什么都不写", async () => {
    const result = await verify({ ...edited(), body: body() }, [], ["Gong-Cheng"]);
    expect(result).toMatchObject({ code: 1, written: false, stdout: "" });
    expect(result.stderr).toBe(
      "govcloud checklist：交付清单最后由 octocat 编辑，此人不是提供商实施工程师（.github/govcloud-review.yaml 的 roles.implementers）：没有写交付记录。请提供商工程师本人核对并重新保存这条评论。\n",
    );
  });

  it("--lang en", async () => {
    const result = await verify({ ...edited(), body: body() }, ["--lang", "en"], []);
    expect(result.stderr).toContain("was last edited by octocat, who is not a provider engineer");
  });

  it("编辑历史分页读完（150 次编辑，其中最早的一次出自别人）：拒绝", async () => {
    const nodes = [
      ...Array.from({ length: 149 }, (_, i) => ({
        editedAt: `2026-11-25T08:${String(59 - Math.floor(i / 3)).padStart(2, "0")}:0${i % 3}Z`,
        editor: { __typename: "User", login: "octocat" },
      })),
      { editedAt: "2026-11-24T00:00:00Z", editor: { __typename: "User", login: "dai-li-ren" } },
    ];
    const node = { ...edited(), body: body(), userContentEdits: { pageInfo: {}, nodes } };
    const result = await verify(node);
    expect(result).toMatchObject({ code: 1, written: false });
    expect(result.stderr).toContain("在 2026-11-24T00:00:00Z 被 dai-li-ren 编辑过");
    expect(server?.requests.filter((r) => r.path === "/graphql")).toHaveLength(2);
  });

  it("读不完的编辑历史算没读全", async () => {
    const seed = exampleSeed();
    const nodes = Array.from({ length: 250 }, () => ({
      editedAt: "2026-11-25T08:00:00Z",
      editor: { __typename: "User", login: "octocat" },
    }));
    seed.nodes = { [nodeId]: { ...edited(), userContentEdits: { pageInfo: {}, nodes } } };
    server = await startFakeGitHub(seed);
    const octokit = createOctokit({ token: "t", baseUrl: server.url, noWait: true });
    const read = await readChecklistComment(octokit, { owner: "octocat", repo: "Hello-World" }, nodeId, 2);
    expect(read).toMatchObject({ complete: false, repository: "octocat/Hello-World", issueNumber: 1347 });
    expect(read?.edits).toHaveLength(200);
  });

  it("REST 的数字 id 先换成 node id；别的仓库的评论、不存在的评论：拒绝", async () => {
    const seed = exampleSeed();
    seed.nodes = { [nodeId]: edited() };
    server = await startFakeGitHub(seed);
    const octokit = createOctokit({ token: "t", baseUrl: server.url, noWait: true });
    const repo = { owner: "octocat", repo: "Hello-World" };
    // issue-comment-items[0] 的 id 为 1，node_id 即 nodeId
    expect(await readChecklistComment(octokit, repo, "1")).toMatchObject({
      author: { login: "github-actions", type: "Bot" },
      editor: { login: "octocat", type: "User" },
      lastEditedAt: "2011-04-14T16:30:12Z",
      complete: true,
    });
    expect(await readChecklistComment(octokit, repo, "424242")).toBeUndefined();
    expect(await readChecklistComment(octokit, repo, "MDEyOklzc3VlQ29tbWVudDI=")).toBeUndefined();
    await server.close();
    server = undefined;

    const elsewhere = await verify({ ...edited(), body: body(), repository: { nameWithOwner: "evil/fork" } });
    expect(elsewhere).toMatchObject({ code: 1, written: false });
    expect(elsewhere.stderr).toContain("仓库 octocat/Hello-World 中没有评论");
  });

  it("不是交付清单的评论（作者与编辑者都可信）：拒绝", async () => {
    const result = await verify(edited());
    expect(result).toMatchObject({ code: 1, written: false });
    expect(result.stderr).toContain("不是交付清单");
  });

  it("没有令牌：用法错误（退出码 2 由 main 给出），不访问网络", async () => {
    const run = capture(root);
    await expect(runChecklist(["--comment", nodeId], run.io, { env: {} })).rejects.toThrow("GITHUB_TOKEN");
  });
});
