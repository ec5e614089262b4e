/**
 * 本地 GitHub REST 替身（node:http，127.0.0.1）之审计版：issue 的列出、新建、编辑、评论，打开的 PR 的列表，
 * 以及阶段机读 PR 要用的几个接口。应答取自 GitHub 公布的示例（test/review/fixtures/github/rest 与
 * 本目录 fixtures/github，来源见那里的 README），只改由请求决定的字段，改了哪些写在旁边。
 */
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { restFixture } from "../review/github-server.ts";

type Json = Record<string, unknown>;

export const auditFixture = <T = unknown>(name: string): T =>
  JSON.parse(readFileSync(new URL(`./fixtures/github/${name}.json`, import.meta.url), "utf8")) as T;

export interface PullSeed {
  pull: Json;
  files: Json[];
  commits: Json[];
  reviews: Json[];
  checkRuns: Json[];
  /** commits/{ref}/check-suites 的检查套件（缺省：没有） */
  checkSuites?: Json[];
  /** 路径 → 文本 */
  contents: Record<string, string>;
}

export interface AuditSeed {
  issues: Json[];
  pulls: Record<number, PullSeed>;
  teams: Record<string, string[]>;
}

export interface Recorded {
  method: string;
  path: string;
  query: string;
  body?: unknown;
}

export interface FakeAuditGitHub {
  url: string;
  requests: Recorded[];
  state: AuditSeed & { comments: { issue: number; body: string }[] };
  /** 让接下来匹配的 times 次请求失败；commit 为 true 时先照常处理再报错（模拟“其实已经建成”的 5xx） */
  fail(method: string, path: RegExp, status: number, options?: { times?: number; commit?: boolean }): void;
  close(): Promise<void>;
}

/** 机器人（工作流令牌）建的 issue：issue 示例只改 number、title、body、labels、state、state_reason、user；去掉 pull_request（示例是一个 PR 的 issue 视图）。 */
export function botIssue(fields: {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state?: string;
  state_reason?: string | null;
  user?: Json;
}): Json {
  const template = auditFixture<Json>("issue");
  const { pull_request: _pr, ...rest } = template;
  const label = (auditFixture<Json>("issue").labels as Json[])[0] as Json;
  return {
    ...rest,
    number: fields.number,
    title: fields.title,
    body: fields.body,
    labels: fields.labels.map((name) => ({ ...label, name })),
    state: fields.state ?? "open",
    state_reason: fields.state_reason ?? null,
    user: fields.user ?? { ...(template.user as Json), login: "github-actions[bot]", type: "Bot" },
  };
}

export async function startFakeAuditGitHub(seed: AuditSeed): Promise<FakeAuditGitHub> {
  const requests: Recorded[] = [];
  const state = { ...seed, issues: [...seed.issues], comments: [] as { issue: number; body: string }[] };
  const failures: { method: string; path: RegExp; status: number; left: number; commit: boolean }[] = [];
  let nextNumber = Math.max(100, ...state.issues.map((i) => Number(i.number))) + 1;

  type Route = [string, RegExp, (m: RegExpExecArray, query: URLSearchParams, b: Json) => [number, unknown]];
  const repo = "^/repos/[^/]+/[^/]+";
  const label = () => (auditFixture<Json>("issue").labels as Json[])[0] as Json;
  const routes: Route[] = [
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
        if (!issue) return [404, { message: "Not Found" }];
        if (b.title !== undefined) issue.title = b.title;
        if (b.body !== undefined) issue.body = b.body;
        if (b.state !== undefined) issue.state = b.state;
        if (b.state_reason !== undefined) issue.state_reason = b.state === "open" ? null : b.state_reason;
        if (b.labels !== undefined)
          issue.labels = (b.labels as string[]).map((name) => ({ ...label(), name }));
        return [200, issue];
      },
    ],
    [
      "POST",
      new RegExp(`${repo}/issues/(\\d+)/comments$`),
      (m, _q, b) => {
        state.comments.push({ issue: Number(m[1]), body: String(b.body) });
        // issue-comment，只改 body
        return [201, { ...restFixture<Json>("issue-comment"), body: b.body }];
      },
    ],
    [
      "GET",
      new RegExp(`${repo}/pulls$`),
      () => {
        // pull-request-simple-items[0]，只改 number、head.sha
        const template = (auditFixture<Json[]>("pull-request-simple-items")[0] ?? {}) as Json;
        return [
          200,
          Object.values(state.pulls).map((p) => ({
            ...template,
            number: p.pull.number,
            head: { ...(template.head as Json), sha: (p.pull.head as Json).sha },
          })),
        ];
      },
    ],
    [
      "GET",
      new RegExp(`${repo}/pulls/(\\d+)$`),
      (m) => {
        const p = state.pulls[Number(m[1])];
        return p ? [200, p.pull] : [404, { message: "Not Found" }];
      },
    ],
    [
      "GET",
      new RegExp(`${repo}/pulls/(\\d+)/(files|commits|reviews)$`),
      (m) => {
        const p = state.pulls[Number(m[1])];
        return p ? [200, p[m[2] as "files" | "commits" | "reviews"]] : [404, { message: "Not Found" }];
      },
    ],
    [
      "GET",
      /^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/,
      (m) => {
        const members = state.teams[`${m[1]}/${m[2]}`];
        if (!members) return [404, { message: "Not Found" }];
        // team-member-items[0]，只改 login
        const template = restFixture<Json[]>("team-member-items")[0] as Json;
        return [200, members.map((login) => ({ ...template, login }))];
      },
    ],
    [
      "GET",
      new RegExp(`${repo}/commits/([^/]+)/check-runs$`),
      (m, query) => {
        const p = Object.values(state.pulls).find((x) => (x.pull.head as Json).sha === m[1]);
        const name = query.get("check_name");
        const runs = (p?.checkRuns ?? []).filter((c) => name === null || c.name === name);
        return [200, { total_count: runs.length, check_runs: runs }];
      },
    ],
    [
      "GET",
      new RegExp(`${repo}/commits/([^/]+)/check-suites$`),
      (m) => {
        const p = Object.values(state.pulls).find((x) => (x.pull.head as Json).sha === m[1]);
        const suites = p?.checkSuites ?? [];
        return [200, { total_count: suites.length, check_suites: suites }];
      },
    ],
    [
      "GET",
      new RegExp(`${repo}/contents/(.+)$`),
      (m, query) => {
        const file = decodeURIComponent(m[1] as string);
        const p = Object.values(state.pulls).find((x) => (x.pull.head as Json).sha === query.get("ref"));
        const text = p?.contents[file];
        if (text === undefined) return [404, { message: "Not Found" }];
        // content-file-response-if-content-is-a-file，只改 name、path、size、content
        const template = restFixture<Json>("content-file-response-if-content-is-a-file");
        return [
          200,
          {
            ...template,
            name: file.split("/").pop(),
            path: file,
            size: Buffer.byteLength(text),
            content: Buffer.from(text).toString("base64"),
          },
        ];
      },
    ],
  ];

  const handle = (method: string, path: string, query: URLSearchParams, body: unknown): [number, unknown] => {
    for (const [verb, re, run] of routes) {
      if (verb !== method) continue;
      const m = re.exec(path);
      if (m) return run(m, query, (body ?? {}) as Json);
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
      requests.push({
        method,
        path: url.pathname,
        query: url.search,
        ...(body !== undefined ? { body } : {}),
      });
      const failure = failures.find((f) => f.left > 0 && f.method === method && f.path.test(url.pathname));
      if (failure) {
        failure.left--;
        if (failure.commit) handle(method, url.pathname, url.searchParams, body);
        res.writeHead(failure.status, { "content-type": "application/json" });
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
    fail(method, path, status, options = {}) {
      failures.push({ method, path, status, left: options.times ?? 1, commit: options.commit ?? false });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
