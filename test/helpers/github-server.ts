/**
 * 本地 GitHub 替身（node:http，127.0.0.1）：适配器用到的 REST 接口（PR、改动文件、提交、审查意见、团队成员、
 * 检查、文件内容、评论、标签、提交状态、issue）与 GraphQL 的 node 查询。阶段（test/review）、审计（test/audit）
 * 与交付清单（test/provision）的测试共用。
 *
 * 应答取自 GitHub 公布的示例（test/review/fixtures/github，来源见那里的 README），只改由请求决定的字段，
 * 改了哪些写在旁边。种子是一个仓库：若干 PR、issue、评论、提交状态与团队。
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const dir = new URL("../review/fixtures/github/", import.meta.url);
export const restFixture = <T = unknown>(name: string): T =>
  JSON.parse(readFileSync(new URL(`rest/${name}.json`, dir), "utf8")) as T;
export const webhookFixture = <T = unknown>(name: string): T =>
  JSON.parse(readFileSync(new URL(`webhooks/${name}.json`, dir), "utf8")) as T;
export const graphqlFixture = <T = unknown>(name: string): T =>
  JSON.parse(readFileSync(new URL(`graphql/${name}.json`, dir), "utf8")) as T;

export type Json = Record<string, unknown>;

/** 一个 PR 及其最新提交上的东西。 */
export interface PullSeed {
  pull: Json;
  files: Json[];
  commits: Json[];
  reviews: Json[];
  /** 最新提交的检查（commits/{ref}/check-runs） */
  checkRuns: Json[];
  /** 最新提交的检查套件（commits/{ref}/check-suites，head_sha 换成请求的 ref） */
  checkSuites: Json[];
  /** 最新提交中的文件：路径 → 文本 */
  contents: Record<string, string>;
}

export interface Seed {
  /** PR 编号 → PR；提交按 head.sha（或它的前缀，GitHub 也认短的 sha）找到所属的 PR */
  pulls: Record<number, PullSeed>;
  /** `组织/团队` → 成员用户名；不在其中的团队应答 404 */
  teams: Record<string, string[]>;
  /** issue 与 PR 的评论（issue-comment 的形状；属于哪个由 issue_url 的编号决定） */
  comments: Json[];
  /** 提交状态（commits/{ref}/status 列出全部） */
  statuses: Json[];
  /** issue（issue 的形状，不含 PR） */
  issues: Json[];
  /** 仓库的协作者（可以请求审查的人）；请求其他人审查时 422，与 GitHub 相同 */
  collaborators?: string[];
  /** GraphQL 的节点（node id → 节点，如 graphql/issue-comment-edited.json）；`node(id:)` 查询从这里应答 */
  nodes?: Record<string, Json>;
  /** 仓库的默认分支与其上的文件（git 数据接口：引用、提交、树；默认 main，没有文件） */
  git?: { defaultBranch: string; files?: Record<string, string> };
}

/** 经 API 新开的 PR（网站的申请向导、机器人的草稿）：PR 本身与它的分支相对基础分支改动的文件（路径 → 文本）。 */
export interface OpenedPull {
  pull: Json;
  files: Record<string, string>;
}

/** git 数据接口背后的一次提交：树是完整的文件表（路径 → 文本）。 */
export interface FakeCommit {
  sha: string;
  tree: string;
  parents: string[];
  message: string;
  author: { name: string; email: string };
}

export interface Recorded {
  method: string;
  path: string;
  query: string;
  body?: unknown;
}

export interface Failure {
  /** 失败几次（默认 1） */
  times?: number;
  /** 应答头，如 retry-after、x-ratelimit-remaining、x-ratelimit-reset */
  headers?: Record<string, string>;
  /** 应答的 message（默认 `injected <状态码>`）；限流时用 GitHub 的原话 */
  message?: string;
  /** 先照常处理再报错（模拟“其实已经做成”的 5xx） */
  commit?: boolean;
}

export interface FakeGitHub {
  url: string;
  requests: Recorded[];
  state: Seed;
  /** 该 issue 或 PR 现在的标签名 */
  labels(number: number): string[];
  /** 该 issue 或 PR 上的评论 */
  commentsOn(number: number): Json[];
  /** 经 POST …/pulls 新开的 PR，带分支上改动的文件 */
  opened: OpenedPull[];
  /** 分支（refs/heads/ 之后的名字）→ 提交 sha */
  refs: Map<string, string>;
  /** 提交 sha → 提交 */
  commits: Map<string, FakeCommit>;
  /** 分支上的文件（路径 → 文本）；没有这个分支时 undefined */
  filesAt(branch: string): Record<string, string> | undefined;
  /** 像有人在 GitHub 上推送了一次提交：返回新提交的 sha */
  pushAs(branch: string, files: Record<string, string>, author: string): string;
  /** 让接下来匹配的请求失败 */
  fail(method: string, path: RegExp, status: number, options?: Failure): void;
  /** 下 times 次（默认 1）匹配的请求不应答（连接挂着，直到替身关闭）：测客户端的超时 */
  hang(method: string, path: RegExp, times?: number): void;
  close(): Promise<void>;
}

/** 示例中的 PR 1347，全部原样。 */
export function examplePull(): PullSeed {
  return {
    pull: restFixture<Json>("pull-request"),
    files: restFixture<Json[]>("diff-entry-items"),
    commits: restFixture<Json[]>("commit-items"),
    reviews: restFixture<Json[]>("pull-request-review-items"),
    checkRuns: restFixture<{ check_runs: Json[] }>("check-run-paginated").check_runs,
    checkSuites: restFixture<{ check_suites: Json[] }>("check-suite-paginated").check_suites,
    contents: {},
  };
}

/** 默认种子：PR 1347 与它的评论、提交状态，全部来自示例，原样；一个团队；没有 issue。 */
export function exampleSeed(): Seed {
  return {
    pulls: { 1347: examplePull() },
    teams: { "sz-govcloud/reviewers": ["octocat"] },
    comments: restFixture<Json[]>("issue-comment-items"),
    statuses: restFixture<{ statuses: Json[] }>("combined-commit-status").statuses,
    issues: [],
  };
}

/** label-items[0]，只改 name。 */
const labelObject = (name: string): Json => ({ ...(restFixture<Json[]>("label-items")[0] as Json), name });

/** 机器人（工作流令牌）的账号：示例的 user 只改 login 与 type。 */
const botUser = (template: Json): Json => ({ ...template, login: "github-actions[bot]", type: "Bot" });

/**
 * issue 示例只改 number、title、body、labels（名字）、state、state_reason、user（默认机器人，它建的）；
 * 去掉 pull_request（示例是一个 PR 的 issue 视图，POST …/issues 建的不是 PR）。
 */
export function botIssue(fields: {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state?: string;
  state_reason?: string | null;
  user?: Json;
}): Json {
  const { pull_request: _pr, ...template } = restFixture<Json>("issue");
  return {
    ...template,
    number: fields.number,
    title: fields.title,
    body: fields.body,
    labels: fields.labels.map(labelObject),
    state: fields.state ?? "open",
    state_reason: fields.state_reason ?? null,
    user: fields.user ?? botUser(template.user as Json),
  };
}

interface GraphqlRequest {
  query: string;
  variables?: { id?: string; after?: string | null };
}

/**
 * `node(id:)` 查询：应答种子中的节点；`userContentEdits` 按查询中的 `first` 与变量 `after` 分页
 * （游标是序号，GitHub 的游标同样不透明）。未知 id：`data.node` 为 null，`errors[].type` 为 NOT_FOUND，与 GitHub 相同。
 */
function graphqlNode(nodes: Record<string, Json>, request: GraphqlRequest): Json {
  const id = request.variables?.id ?? "";
  const node = nodes[id];
  if (!node)
    return {
      data: { node: null },
      errors: [
        {
          type: "NOT_FOUND",
          path: ["node"],
          locations: [{ line: 2, column: 3 }],
          message: `Could not resolve to a node with the global id of '${id}'`,
        },
      ],
    };
  const edits = node.userContentEdits as { nodes: Json[] } | undefined;
  if (!edits) return { data: { node } };
  const first = Number(/userContentEdits\(first:\s*(\d+)/.exec(request.query)?.[1] ?? 100);
  const start = request.variables?.after ? Number(request.variables.after) : 0;
  const page = edits.nodes.slice(start, start + first);
  const end = start + page.length;
  const hasNextPage = end < edits.nodes.length;
  return {
    data: {
      node: {
        ...node,
        userContentEdits: {
          pageInfo: { hasNextPage, endCursor: page.length ? String(end) : null },
          nodes: page,
        },
      },
    },
  };
}

const issueNumberOf = (comment: Json) => Number(/\/issues\/(\d+)$/.exec(String(comment.issue_url))?.[1]);
const notFound: [number, Json] = [
  404,
  { message: "Not Found", documentation_url: "https://docs.github.com/rest" },
];

type Handler = (m: RegExpExecArray, query: URLSearchParams, body: Json) => [number, unknown];

export async function startFakeGitHub(seed: Seed): Promise<FakeGitHub> {
  const requests: Recorded[] = [];
  const state: Seed = { ...seed, issues: [...seed.issues], comments: [...seed.comments] };
  const failures: (Required<Omit<Failure, "times">> & {
    method: string;
    path: RegExp;
    status: number;
    left: number;
  })[] = [];
  const hangs: { method: string; path: RegExp; left: number }[] = [];
  /** 挂着不应答的请求：关闭时断开 */
  const held = new Set<ServerResponse>();
  let nextCommentId = 9000;
  /** 经 POST …/pulls 新开的 PR 与它的分支相对基础分支改动的文件 */
  const opened: OpenedPull[] = [];
  let nextNumber = Math.max(100, ...state.issues.map((i) => Number(i.number))) + 1;

  // ---- git 数据：树是完整的文件表，sha 由内容算出（与 GitHub 一样是 40 位十六进制，但不是 git 的算法）
  const sha1 = (value: unknown) => createHash("sha1").update(JSON.stringify(value)).digest("hex");
  const trees = new Map<string, Record<string, string>>();
  const commits = new Map<string, FakeCommit>();
  const refs = new Map<string, string>();
  const putTree = (files: Record<string, string>) => {
    const sha = sha1(files);
    trees.set(sha, files);
    return sha;
  };
  const putCommit = (c: Omit<FakeCommit, "sha">) => {
    const sha = sha1(c);
    commits.set(sha, { ...c, sha });
    return sha;
  };
  const defaultBranch = seed.git?.defaultBranch ?? "main";
  refs.set(
    defaultBranch,
    putCommit({
      tree: putTree(seed.git?.files ?? {}),
      parents: [],
      message: "initial",
      author: { name: "octocat", email: "octocat@example.invalid" },
    }),
  );
  /** 路径中的引用（Octokit 把 heads/x 编码为 heads%2Fx）→ 分支名 */
  const headsOf = (ref: string) => decodeURIComponent(ref).replace(/^heads\//, "");
  const filesAt = (branch: string) => {
    const head = refs.get(branch);
    return head ? trees.get(commits.get(head)?.tree ?? "") : undefined;
  };
  /** git-commit 示例，只改 sha、tree、parents、message、author、committer 的名字 */
  const commitJson = (c: FakeCommit): Json => {
    const template = restFixture<Json>("git-commit");
    const who = { ...(template.author as Json), name: c.author.name, email: c.author.email };
    return {
      ...template,
      sha: c.sha,
      message: c.message,
      author: who,
      committer: who,
      tree: { ...(template.tree as Json), sha: c.tree },
      parents: c.parents.map((p) => ({ ...((template.parents as Json[])[0] as Json), sha: p })),
    };
  };
  /** git-ref 示例，只改 ref 与 object.sha */
  const refJson = (branch: string): Json => {
    const template = restFixture<Json>("git-ref");
    return {
      ...template,
      ref: `refs/heads/${branch}`,
      object: { ...(template.object as Json), sha: refs.get(branch) },
    };
  };
  /** PR 列表项：pull-request-simple-items[0]，改 number、state、title、body、draft、user、html_url、head（ref、sha）、base.ref、merged_at、requested_reviewers */
  const simplePull = (pull: Json): Json => {
    const template = restFixture<Json[]>("pull-request-simple-items")[0] as Json;
    const head = pull.head as Json;
    return {
      ...template,
      number: pull.number,
      state: pull.state,
      title: pull.title,
      body: pull.body,
      draft: pull.draft,
      user: pull.user,
      html_url: pull.html_url,
      merged_at: pull.merged_at ?? null,
      requested_reviewers: pull.requested_reviewers,
      head: { ...(template.head as Json), ref: head.ref, sha: head.sha },
      base: { ...(template.base as Json), ref: (pull.base as Json).ref },
    };
  };

  /** 提交所属的 PR：ref 是它最新提交的 sha 或其前缀 */
  const pullAt = (ref: string | null) =>
    ref
      ? Object.values(state.pulls).find((p) => String((p.pull.head as Json).sha).startsWith(ref))
      : undefined;
  /** issue 或 PR（标签与评论两者共用 issues/{n} 的接口） */
  const labelled = (n: number): Json | undefined =>
    state.pulls[n]?.pull ?? state.issues.find((i) => i.number === n);
  const labelsOf = (n: number) => ((labelled(n)?.labels ?? []) as Json[]).map((l) => String(l.name));

  const repo = "^/repos/[^/]+/[^/]+";
  const routes: [string, RegExp, Handler][] = [
    // ---------------------------------------------------------------- PR
    [
      "GET",
      new RegExp(`${repo}/pulls$`),
      (_m, query) => {
        // 按 state 筛选（默认 open）；字段见 simplePull
        const wanted = query.get("state") ?? "open";
        return [
          200,
          Object.values(state.pulls)
            .filter((p) => wanted === "all" || p.pull.state === wanted)
            .map((p) => simplePull(p.pull)),
        ];
      },
    ],
    ["GET", new RegExp(`${repo}/pulls/(\\d+)$`), (m) => pullPart(m, "pull")],
    [
      "GET",
      new RegExp(`${repo}/pulls/(\\d+)/(files|commits|reviews)$`),
      (m) => pullPart(m, m[2] as "files" | "commits" | "reviews"),
    ],
    [
      "GET",
      new RegExp(`${repo}/commits/([^/]+)/check-runs$`),
      (m, query) => {
        const name = query.get("check_name");
        const runs = (pullAt(decodeURIComponent(m[1] as string))?.checkRuns ?? []).filter(
          (r) => name === null || r.name === name,
        );
        return [200, { total_count: runs.length, check_runs: runs }];
      },
    ],
    [
      "GET",
      new RegExp(`${repo}/commits/([^/]+)/check-suites$`),
      (m) => {
        // check-suite-paginated：只把 head_sha 换成请求的提交
        const ref = decodeURIComponent(m[1] as string);
        const list = (pullAt(ref)?.checkSuites ?? []).map((s) => ({ ...s, head_sha: ref }));
        return [200, { total_count: list.length, check_suites: list }];
      },
    ],
    [
      "GET",
      new RegExp(`${repo}/contents/(.+)$`),
      (m, query) => {
        const file = decodeURIComponent(m[1] as string);
        const text = pullAt(query.get("ref"))?.contents[file];
        if (text === undefined) return notFound;
        // content-file-response-if-content-is-a-file，只改 name、path、size、content
        const template = restFixture<Json>("content-file-response-if-content-is-a-file");
        return [
          200,
          {
            ...template,
            name: file.split("/").pop(),
            path: file,
            size: Buffer.byteLength(text),
            content: Buffer.from(text, "utf8").toString("base64"),
          },
        ];
      },
    ],
    [
      "POST",
      new RegExp(`${repo}/pulls$`),
      (_m, _q, b) => {
        // pull-request 示例，改 number、title、body、draft、state、user（机器人）、head、base、html_url、requested_reviewers
        const head = refs.get(String(b.head));
        if (!head || !refs.has(String(b.base)))
          return [
            422,
            { message: "Validation Failed", errors: [{ resource: "PullRequest", code: "invalid" }] },
          ];
        const template = restFixture<Json>("pull-request");
        const number = nextNumber++;
        const pull: Json = {
          ...template,
          number,
          title: String(b.title),
          body: b.body === undefined ? null : String(b.body),
          draft: b.draft === true,
          state: "open",
          merged: false,
          merged_at: null,
          closed_at: null,
          user: botUser(template.user as Json),
          html_url: String(template.html_url).replace(/\d+$/, String(number)),
          requested_reviewers: [],
          labels: [],
          head: { ...(template.head as Json), ref: String(b.head), sha: head },
          base: { ...(template.base as Json), ref: String(b.base) },
        };
        state.pulls[number] = {
          pull,
          files: [],
          commits: [],
          reviews: [],
          checkRuns: [],
          checkSuites: [],
          contents: filesAt(String(b.head)) ?? {},
        };
        const baseFiles = filesAt(String(b.base)) ?? {};
        const changed = Object.entries(filesAt(String(b.head)) ?? {}).filter(([p, t]) => baseFiles[p] !== t);
        opened.push({ pull, files: Object.fromEntries(changed) });
        return [201, pull];
      },
    ],
    [
      "PATCH",
      new RegExp(`${repo}/pulls/(\\d+)$`),
      (m, _q, b) => {
        const p = state.pulls[Number(m[1])];
        if (!p) return notFound;
        for (const k of ["title", "body", "state"] as const) if (b[k] !== undefined) p.pull[k] = b[k];
        if (b.state === "closed") p.pull.closed_at = "2026-12-10T00:00:00Z";
        return [200, p.pull];
      },
    ],
    [
      "POST",
      new RegExp(`${repo}/pulls/(\\d+)/requested_reviewers$`),
      (m, _q, b) => {
        const p = state.pulls[Number(m[1])];
        if (!p) return notFound;
        // pull-request 示例的 requested_reviewers[0]，只改 login
        const template = (restFixture<Json>("pull-request").requested_reviewers as Json[])[0] as Json;
        const logins = (b.reviewers as string[]) ?? [];
        // GitHub：请求的人不是协作者时 422
        const unknown = logins.filter((l) => !(state.collaborators ?? []).includes(l));
        if (unknown.length)
          return [
            422,
            {
              message:
                "Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the octocat/Hello-World repository.",
            },
          ];
        p.pull.requested_reviewers = logins.map((login) => ({ ...template, login }));
        return [201, p.pull];
      },
    ],
    // ---------------------------------------------------------------- git 数据
    [
      "GET",
      /^\/repos\/[^/]+\/[^/]+$/,
      () => [200, { ...restFixture<Json>("full-repository"), default_branch: defaultBranch }],
    ],
    [
      "GET",
      new RegExp(`${repo}/git/ref/(.+)$`),
      (m) => {
        const branch = headsOf(m[1] as string);
        return refs.has(branch) ? [200, refJson(branch)] : notFound;
      },
    ],
    [
      "GET",
      new RegExp(`${repo}/git/commits/([0-9a-f]{40})$`),
      (m) => {
        const c = commits.get(m[1] as string);
        return c ? [200, commitJson(c)] : notFound;
      },
    ],
    [
      "POST",
      new RegExp(`${repo}/git/trees$`),
      (_m, _q, b) => {
        // git-tree 示例，改 sha 与 tree（只列出这次写的条目）；只支持带 content 的 blob 条目
        const base = b.base_tree ? trees.get(String(b.base_tree)) : {};
        if (!base) return [422, { message: "Invalid base_tree" }];
        const files = { ...base };
        for (const e of b.tree as Json[]) {
          if (e.content === undefined) files[String(e.path)] = files[String(e.path)] ?? "";
          else files[String(e.path)] = String(e.content);
          if (e.sha === null) delete files[String(e.path)];
        }
        const sha = putTree(files);
        const template = restFixture<Json>("git-tree");
        const entry = (template.tree as Json[])[0] as Json;
        return [
          201,
          {
            ...template,
            sha,
            truncated: false,
            tree: (b.tree as Json[]).map((e) => ({ ...entry, path: e.path, mode: e.mode, type: e.type })),
          },
        ];
      },
    ],
    [
      "POST",
      new RegExp(`${repo}/git/commits$`),
      (_m, _q, b) => {
        if (!trees.has(String(b.tree))) return [422, { message: "Tree SHA does not exist" }];
        const author = (b.author as { name: string; email: string } | undefined) ?? {
          name: "github-actions[bot]",
          email: "41898282+github-actions[bot]@users.noreply.github.com",
        };
        const sha = putCommit({
          tree: String(b.tree),
          parents: (b.parents as string[]) ?? [],
          message: String(b.message),
          author: { name: author.name, email: author.email },
        });
        return [201, commitJson(commits.get(sha) as FakeCommit)];
      },
    ],
    [
      "POST",
      new RegExp(`${repo}/git/refs$`),
      (_m, _q, b) => {
        const branch = String(b.ref).replace(/^refs\/heads\//, "");
        if (refs.has(branch)) return [422, { message: "Reference already exists" }];
        if (!commits.has(String(b.sha))) return [422, { message: "Object does not exist" }];
        refs.set(branch, String(b.sha));
        return [201, refJson(branch)];
      },
    ],
    [
      "PATCH",
      new RegExp(`${repo}/git/refs/(.+)$`),
      (m, _q, b) => {
        const branch = headsOf(m[1] as string);
        const old = refs.get(branch);
        if (!old) return [422, { message: "Reference does not exist" }];
        const next = commits.get(String(b.sha));
        if (!next) return [422, { message: "Object does not exist" }];
        if (b.force !== true && !next.parents.includes(old))
          return [422, { message: "Update is not a fast forward" }];
        refs.set(branch, next.sha);
        syncPullHeads(branch);
        return [200, refJson(branch)];
      },
    ],
    [
      "PUT",
      new RegExp(`${repo}/contents/(.+)$`),
      (m, _q, b) => {
        // 在分支上提交一个文件（网站的申请向导）：新提交的树 = 分支的树 + 这个文件
        const path = decodeURIComponent(m[1] as string);
        const branch = String(b.branch ?? defaultBranch);
        const parent = refs.get(branch);
        if (!parent || typeof b.content !== "string" || typeof b.message !== "string")
          return [422, { message: "Invalid request.", documentation_url: "https://docs.github.com/rest" }];
        const sha = putCommit({
          tree: putTree({ ...filesAt(branch), [path]: Buffer.from(b.content, "base64").toString("utf8") }),
          parents: [parent],
          message: b.message,
          author: { name: "octocat", email: "octocat@example.invalid" },
        });
        refs.set(branch, sha);
        syncPullHeads(branch);
        // file-commit 示例，只改 content 的 name、path 与 commit 的 sha、message
        const template = restFixture<Json>("file-commit");
        return [
          201,
          {
            ...template,
            content: { ...(template.content as Json), name: path.split("/").pop(), path },
            commit: { ...(template.commit as Json), sha, message: b.message },
          },
        ];
      },
    ],
    [
      "DELETE",
      new RegExp(`${repo}/git/refs/(.+)$`),
      (m) => {
        const branch = headsOf(m[1] as string);
        if (!refs.delete(branch)) return [422, { message: "Reference does not exist" }];
        return [204, undefined];
      },
    ],
    // ---------------------------------------------------------------- 团队
    [
      "GET",
      /^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/,
      (m) => {
        const members = state.teams[`${m[1]}/${m[2]}`];
        if (!members) return notFound;
        // team-member-items[0]，只改 login
        const template = restFixture<Json[]>("team-member-items")[0] as Json;
        return [200, members.map((login) => ({ ...template, login }))];
      },
    ],
    // ---------------------------------------------------------------- 提交状态
    [
      "GET",
      new RegExp(`${repo}/commits/[^/]+/status$`),
      () => {
        const combined = restFixture<Json>("combined-commit-status");
        return [200, { ...combined, statuses: state.statuses, total_count: state.statuses.length }];
      },
    ],
    [
      "POST",
      new RegExp(`${repo}/statuses/[0-9a-f]+$`),
      (_m, _q, b) => {
        // status，只改 state、description、context、target_url
        const status = { ...restFixture<Json>("status"), ...b };
        state.statuses = [status, ...state.statuses.filter((s) => s.context !== b.context)];
        return [201, status];
      },
    ],
    // ---------------------------------------------------------------- 评论
    [
      "GET",
      new RegExp(`${repo}/issues/(\\d+)/comments$`),
      (m) => [200, state.comments.filter((c) => issueNumberOf(c) === Number(m[1]))],
    ],
    [
      "GET",
      new RegExp(`${repo}/issues/comments/(\\d+)$`),
      (m) => {
        const comment = state.comments.find((c) => c.id === Number(m[1]));
        return comment ? [200, comment] : notFound;
      },
    ],
    [
      "POST",
      new RegExp(`${repo}/issues/(\\d+)/comments$`),
      (m, _q, b) => {
        // issue-comment，只改 id、body、issue_url（评论的 issue）；作者换成机器人账号（评论由工作流令牌发出）
        const template = restFixture<Json>("issue-comment");
        const comment = {
          ...template,
          id: nextCommentId++,
          body: String(b.body),
          issue_url: String(template.issue_url).replace(/\/issues\/\d+$/, `/issues/${m[1]}`),
          user: botUser(template.user as Json),
        };
        state.comments.push(comment);
        return [201, comment];
      },
    ],
    [
      "PATCH",
      new RegExp(`${repo}/issues/comments/(\\d+)$`),
      (m, _q, b) => {
        const comment = state.comments.find((c) => c.id === Number(m[1]));
        if (!comment) return notFound;
        comment.body = b.body;
        return [200, comment];
      },
    ],
    // ---------------------------------------------------------------- 标签
    [
      "POST",
      new RegExp(`${repo}/issues/(\\d+)/labels$`),
      (m, _q, b) => {
        const target = labelled(Number(m[1]));
        if (!target) return notFound;
        const names = labelsOf(Number(m[1]));
        for (const l of b.labels as string[]) if (!names.includes(l)) names.push(l);
        // label-items[0]，只改 name
        target.labels = names.map(labelObject);
        return [200, target.labels];
      },
    ],
    [
      "DELETE",
      new RegExp(`${repo}/issues/(\\d+)/labels/(.+)$`),
      (m) => {
        const target = labelled(Number(m[1]));
        const name = decodeURIComponent(m[2] as string);
        if (!target || !labelsOf(Number(m[1])).includes(name))
          return [404, { message: "Label does not exist" }];
        target.labels = (target.labels as Json[]).filter((l) => l.name !== name);
        // label-items-2[0]，只改 name
        const template = restFixture<Json[]>("label-items-2")[0] as Json;
        return [200, labelsOf(Number(m[1])).map((n) => ({ ...template, name: n }))];
      },
    ],
    // ---------------------------------------------------------------- issue
    [
      "GET",
      new RegExp(`${repo}/issues$`),
      (_m, query) => {
        const wanted = query.get("state") ?? "open";
        const labels = (query.get("labels") ?? "").split(",").filter(Boolean);
        return [
          200,
          state.issues.filter(
            (i) =>
              (wanted === "all" || i.state === wanted) &&
              labels.every((l) => (i.labels as Json[]).some((x) => x.name === l)),
          ),
        ];
      },
    ],
    [
      "POST",
      new RegExp(`${repo}/issues$`),
      (_m, _q, b) => {
        const issue = botIssue({
          number: nextNumber++,
          title: String(b.title),
          body: String(b.body ?? ""),
          labels: (b.labels as string[]) ?? [],
        });
        state.issues.push(issue);
        return [201, issue];
      },
    ],
    [
      "PATCH",
      new RegExp(`${repo}/issues/(\\d+)$`),
      (m, _q, b) => {
        const issue = state.issues.find((i) => i.number === Number(m[1]));
        if (!issue) return notFound;
        if (b.title !== undefined) issue.title = b.title;
        if (b.body !== undefined) issue.body = b.body;
        if (b.state !== undefined) issue.state = b.state;
        if (b.state_reason !== undefined) issue.state_reason = b.state === "open" ? null : b.state_reason;
        if (b.labels !== undefined) issue.labels = (b.labels as string[]).map(labelObject);
        return [200, issue];
      },
    ],
    // ---------------------------------------------------------------- GraphQL
    [
      "POST",
      /^\/graphql$/,
      (_m, _q, b) => [200, graphqlNode(state.nodes ?? {}, b as unknown as GraphqlRequest)],
    ],
  ];

  /** 分支移动后，以它为 head 的打开的 PR 的 head.sha 与文件随之改变 */
  function syncPullHeads(branch: string) {
    for (const p of Object.values(state.pulls)) {
      const head = p.pull.head as Json;
      if (head.ref !== branch || p.pull.state !== "open") continue;
      head.sha = refs.get(branch);
      p.contents = filesAt(branch) ?? {};
    }
  }

  function pullPart(m: RegExpExecArray, part: "pull" | "files" | "commits" | "reviews"): [number, unknown] {
    const p = state.pulls[Number(m[1])];
    return p ? [200, p[part]] : notFound;
  }

  const handle = (method: string, path: string, query: URLSearchParams, body: unknown): [number, unknown] => {
    for (const [verb, re, run] of routes) {
      if (verb !== method) continue;
      const m = re.exec(path);
      if (m) return run(m, query, (body ?? {}) as Json);
    }
    return notFound;
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    // 浏览器（网站）跨源调用：GitHub 的 API 同样允许任何源（令牌在 authorization 头中，不用 cookie）
    res.setHeader("access-control-allow-origin", "*");
    if (req.method === "OPTIONS") {
      res.writeHead(204, {
        "access-control-allow-methods": "GET, POST, PATCH, PUT, DELETE",
        "access-control-allow-headers": "authorization, content-type, accept, x-github-api-version",
        "access-control-max-age": "600",
      });
      res.end();
      return;
    }
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const method = req.method ?? "GET";
      const raw = Buffer.concat(chunks).toString("utf8");
      const body = raw ? (JSON.parse(raw) as unknown) : undefined;
      requests.push({
        method,
        path: url.pathname,
        query: url.search,
        ...(body !== undefined ? { body } : {}),
      });
      const hang = hangs.find((f) => f.left > 0 && f.method === method && f.path.test(url.pathname));
      if (hang) {
        hang.left--;
        held.add(res);
        return;
      }
      const failure = failures.find((f) => f.left > 0 && f.method === method && f.path.test(url.pathname));
      if (failure) {
        failure.left--;
        if (failure.commit) handle(method, url.pathname, url.searchParams, body);
        res.writeHead(failure.status, {
          "content-type": "application/json; charset=utf-8",
          ...failure.headers,
        });
        res.end(
          JSON.stringify({ message: failure.message, documentation_url: "https://docs.github.com/rest" }),
        );
        return;
      }
      const [status, payload] = handle(method, url.pathname, url.searchParams, body);
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(payload === undefined ? "" : JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    state,
    opened,
    labels: labelsOf,
    commentsOn: (n) => state.comments.filter((c) => issueNumberOf(c) === n),
    refs,
    commits,
    filesAt,
    pushAs(branch, files, author) {
      const parent = refs.get(branch);
      const base = filesAt(branch) ?? {};
      const sha = putCommit({
        tree: putTree({ ...base, ...files }),
        parents: parent ? [parent] : [],
        message: `edit by ${author}`,
        author: { name: author, email: `${author}@example.invalid` },
      });
      refs.set(branch, sha);
      syncPullHeads(branch);
      return sha;
    },
    fail(method, path, status, options = {}) {
      failures.push({
        method,
        path,
        status,
        left: options.times ?? 1,
        headers: options.headers ?? {},
        message: options.message ?? `injected ${status}`,
        commit: options.commit ?? false,
      });
    },
    hang(method, path, times = 1) {
      hangs.push({ method, path, left: times });
    },
    close: () => {
      for (const res of held) res.destroy();
      held.clear();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
