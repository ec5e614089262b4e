/**
 * 本地 GitHub 替身（node:http，127.0.0.1）：只会适配器用到的几个 REST 接口与 GraphQL 的 node 查询，应答取自 GitHub 公布的示例
 * （fixtures/github/rest，见那里的 README）。每个应答只改由请求决定的字段，改了哪些写在旁边。
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

const dir = new URL("./fixtures/github/", import.meta.url);
export const restFixture = <T = unknown>(name: string): T =>
  JSON.parse(readFileSync(new URL(`rest/${name}.json`, dir), "utf8")) as T;
export const webhookFixture = <T = unknown>(name: string): T =>
  JSON.parse(readFileSync(new URL(`webhooks/${name}.json`, dir), "utf8")) as T;
export const graphqlFixture = <T = unknown>(name: string): T =>
  JSON.parse(readFileSync(new URL(`graphql/${name}.json`, dir), "utf8")) as T;

type Json = Record<string, unknown>;

export interface Seed {
  pull: Json;
  files: Json[];
  commits: Json[];
  reviews: Json[];
  /** `组织/团队` → 成员用户名；不在其中的团队应答 404 */
  teams: Record<string, string[]>;
  checkRuns: Json[];
  /** commits/{ref}/check-suites 的检查套件（head_sha 换成请求的 ref） */
  checkSuites: Json[];
  /** 路径 → 文本（任何 ref 都给同一份） */
  contents: Record<string, string>;
  comments: Json[];
  statuses: Json[];
  /** GraphQL 的节点（node id → 节点，如 graphql/issue-comment-edited.json）；`node(id:)` 查询从这里应答 */
  nodes?: Record<string, Json>;
}

export interface Recorded {
  method: string;
  path: string;
  body?: unknown;
}

export interface FakeGitHub {
  url: string;
  requests: Recorded[];
  state: Seed & { labels: string[] };
  /** 让接下来匹配的 times 次请求失败 */
  fail(method: string, path: RegExp, status: number, headers?: Record<string, string>, times?: number): void;
  close(): Promise<void>;
}

/** 默认种子：全部来自示例，原样。 */
export function exampleSeed(): Seed {
  return {
    pull: restFixture<Json>("pull-request"),
    files: restFixture<Json[]>("diff-entry-items"),
    commits: restFixture<Json[]>("commit-items"),
    reviews: restFixture<Json[]>("pull-request-review-items"),
    teams: { "sz-govcloud/reviewers": ["octocat"] },
    checkRuns: restFixture<{ check_runs: Json[] }>("check-run-paginated").check_runs,
    checkSuites: restFixture<{ check_suites: Json[] }>("check-suite-paginated").check_suites,
    contents: {},
    comments: restFixture<Json[]>("issue-comment-items"),
    statuses: restFixture<{ statuses: Json[] }>("combined-commit-status").statuses,
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

export async function startFakeGitHub(seed: Seed): Promise<FakeGitHub> {
  const requests: Recorded[] = [];
  const state = {
    ...seed,
    labels: ((seed.pull.labels as { name: string }[]) ?? []).map((l) => l.name),
  };
  const failures: {
    method: string;
    path: RegExp;
    status: number;
    headers: Record<string, string>;
    left: number;
  }[] = [];
  let nextCommentId = 9000;

  const handle = (method: string, path: string, query: URLSearchParams, body: unknown): [number, unknown] => {
    const repo = "/repos/([^/]+)/([^/]+)";
    const route = (verb: string, re: RegExp) => (method === verb ? re.exec(path) : null);
    const pull = route("GET", new RegExp(`^${repo}/pulls/(\\d+)$`));
    const team = route("GET", /^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/);
    const content = route("GET", new RegExp(`^${repo}/contents/(.+)$`));
    const editComment = route("PATCH", /\/issues\/comments\/(\d+)$/);
    const deleteLabel = route("DELETE", /\/issues\/\d+\/labels\/(.+)$/);
    if (pull) return [200, state.pull];
    if (method === "GET" && /\/pulls\/\d+\/files$/.test(path)) return [200, state.files];
    if (method === "GET" && /\/pulls\/\d+\/commits$/.test(path)) return [200, state.commits];
    if (method === "GET" && /\/pulls\/\d+\/reviews$/.test(path)) return [200, state.reviews];
    if (team) {
      const members = state.teams[`${team[1]}/${team[2]}`];
      if (!members) return [404, { message: "Not Found" }];
      // team-member-items[0]，只改 login
      const template = restFixture<Json[]>("team-member-items")[0] as Json;
      return [200, members.map((login) => ({ ...template, login }))];
    }
    if (method === "GET" && /\/commits\/[^/]+\/check-runs$/.test(path)) {
      const name = query.get("check_name");
      const runs = state.checkRuns.filter((r) => name === null || r.name === name);
      return [200, { total_count: runs.length, check_runs: runs }];
    }
    const suites = route("GET", /\/commits\/([^/]+)\/check-suites$/);
    if (suites) {
      // check-suite-paginated：只把 head_sha 换成请求的提交
      const list = state.checkSuites.map((s) => ({
        ...s,
        head_sha: decodeURIComponent(suites[1] as string),
      }));
      return [200, { total_count: list.length, check_suites: list }];
    }
    if (method === "GET" && /\/commits\/[^/]+\/status$/.test(path)) {
      const combined = restFixture<Json>("combined-commit-status");
      return [200, { ...combined, statuses: state.statuses, total_count: state.statuses.length }];
    }
    if (content) {
      const file = decodeURIComponent(content[3] as string);
      const text = state.contents[file];
      if (text === undefined) return [404, { message: "Not Found" }];
      // content-file-response-if-content-is-a-file，只改 name、path、size、content
      const template = restFixture<Json>("content-file-response-if-content-is-a-file");
      const encoded = Buffer.from(text, "utf8").toString("base64");
      return [
        200,
        {
          ...template,
          name: file.split("/").pop(),
          path: file,
          size: Buffer.byteLength(text),
          content: encoded,
        },
      ];
    }
    if (method === "GET" && /\/issues\/\d+\/comments$/.test(path)) return [200, state.comments];
    const oneComment = route("GET", /\/issues\/comments\/(\d+)$/);
    if (oneComment) {
      const comment = state.comments.find((c) => c.id === Number(oneComment[1]));
      return comment ? [200, comment] : [404, { message: "Not Found" }];
    }
    if (method === "POST" && path === "/graphql")
      return [200, graphqlNode(state.nodes ?? {}, body as GraphqlRequest)];
    if (method === "POST" && /\/issues\/\d+\/comments$/.test(path)) {
      // issue-comment，只改 id 与 body；作者换成机器人账号（评论由工作流令牌发出）
      const template = restFixture<Json>("issue-comment");
      const comment = {
        ...template,
        id: nextCommentId++,
        body: (body as { body: string }).body,
        user: { ...(template.user as Json), login: "github-actions[bot]", type: "Bot" },
      };
      state.comments.push(comment);
      return [201, comment];
    }
    if (editComment) {
      const comment = state.comments.find((c) => c.id === Number(editComment[1]));
      if (!comment) return [404, { message: "Not Found" }];
      comment.body = (body as { body: string }).body;
      return [200, comment];
    }
    if (method === "POST" && /\/issues\/\d+\/labels$/.test(path)) {
      for (const l of (body as { labels: string[] }).labels)
        if (!state.labels.includes(l)) state.labels.push(l);
      // label-items[0]，只改 name
      const template = restFixture<Json[]>("label-items")[0] as Json;
      return [200, state.labels.map((name) => ({ ...template, name }))];
    }
    if (deleteLabel) {
      const name = decodeURIComponent(deleteLabel[1] as string);
      if (!state.labels.includes(name)) return [404, { message: "Label does not exist" }];
      state.labels = state.labels.filter((l) => l !== name);
      const template = restFixture<Json[]>("label-items-2")[0] as Json;
      return [200, state.labels.map((n) => ({ ...template, name: n }))];
    }
    if (method === "POST" && /\/statuses\/[0-9a-f]+$/.test(path)) {
      // status，只改 state、description、context、target_url
      const b = body as Json;
      const status = { ...restFixture<Json>("status"), ...b };
      state.statuses = [status, ...state.statuses.filter((s) => s.context !== b.context)];
      return [201, status];
    }
    return [404, { message: "Not Found", documentation_url: "https://docs.github.com/rest" }];
  };

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const method = req.method ?? "GET";
      const raw = Buffer.concat(chunks).toString("utf8");
      const body = raw ? (JSON.parse(raw) as unknown) : undefined;
      requests.push({ method, path: url.pathname, ...(body !== undefined ? { body } : {}) });
      const failure = failures.find((f) => f.left > 0 && f.method === method && f.path.test(url.pathname));
      if (failure) {
        failure.left--;
        res.writeHead(failure.status, { "content-type": "application/json", ...failure.headers });
        res.end(JSON.stringify({ message: `injected ${failure.status}` }));
        return;
      }
      const [status, payload] = handle(method, url.pathname, url.searchParams, body);
      res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
      res.end(JSON.stringify(payload));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    state,
    fail(method, path, status, headers = {}, times = 1) {
      failures.push({ method, path, status, headers, left: times });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
