/**
 * GitHub 适配器（Octokit）：读 PR、改动文件、提交、审查意见、标签、团队成员、校验检查、申请文件内容；
 * 写阶段标签（只改差异）、提交状态（固定名字）和一条持续更新的评论（按隐藏标记找到并编辑，从不重复发）。
 *
 * - 只用基础仓库的接口和提交 sha，不碰 head 分支和 head 仓库：head 分支已删除、来自 fork、
 *   fork 已删除（head.repo 为 null）的 PR 都照常处理；
 * - 5xx 和限流自动重试（createOctokit：@octokit/plugin-retry 与 plugin-throttling，限流最多等 60 秒）；
 *   新建评论不是幂等的，不自动重试：5xx 时先重新列出评论确认没有发出去再重发；
 * - fork PR 的工作流令牌是只读的：写入被拒（403）时不算故障，报告为“跳过”。
 */
import { retry } from "@octokit/plugin-retry";
import { throttling } from "@octokit/plugin-throttling";
import { Octokit } from "@octokit/rest";
import Bottleneck from "bottleneck";
import type { ChecklistComment } from "../core/provision/checklist.ts";
import type { ReviewConfig } from "../core/review/config.ts";
import { commitStatus, labelChanges } from "../core/review/effects.ts";
import {
  type GatheredStage,
  gatherStage,
  type PullRequestData,
  type StageContext,
  type StageReader,
  stageInput,
  wantsSource,
} from "../core/review/gather.ts";
import type { ReviewPart } from "../core/review/profile.ts";
import { commentMarker, renderStage } from "../core/review/render.ts";
import type { Review, StageResult } from "../core/review/types.ts";
import type { Lang } from "../core/text.ts";
import {
  changedFile,
  commit,
  type GitHubCheckRun,
  type GitHubPullRequest,
  labelNames,
  pullRequestInfo,
  review,
  validationFromChecks,
} from "./github-map.ts";

// 阶段机要的数据怎样从 GitHub 读出（只依赖 StageReader，浏览器里的看板也用它）在纯核心里
export {
  type GatheredStage,
  gatherStage,
  type PullRequestData,
  type StageContext,
  type StageReader,
  stageInput,
  wantsSource,
};

export interface RepoRef {
  owner: string;
  repo: string;
}

/** GITHUB_REPOSITORY 的 `owner/repo`。 */
export function parseRepo(value: string): RepoRef | undefined {
  const m = /^([A-Za-z0-9-]+)\/([A-Za-z0-9._-]+)$/.exec(value);
  return m ? { owner: m[1] as string, repo: m[2] as string } : undefined;
}

/** 访问 GitHub 失败（不是申请的问题）：zh/en 两种说明。 */
export class GitHubAccessError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
    readonly status?: number,
  ) {
    super(zh);
  }
}

export interface OctokitOptions {
  token?: string;
  /** API 地址（GitHub Enterprise 或测试服务器）；默认 GitHub */
  baseUrl?: string;
  /** User-Agent（默认 govcloud） */
  userAgent?: string;
  /** 5xx 与限流各自最多重试几次（默认 3） */
  retries?: number;
  /** 限流时最多等几秒（默认 60）：要等更久时直接报错，不把 CI 挂一个小时 */
  maxWaitSeconds?: number;
  /** 不真的等待（测试用）：退避、限流的等待和 GitHub 建议的写入间隔都为 0，重试次数与等待上限照旧 */
  noWait?: boolean;
}

interface HttpError {
  status?: number;
}

/** 不自动重试的请求（新建评论、新建 issue 不是幂等的：调用方先重新列出核对，再决定是否重发）。 */
export const noRetry = { request: { retries: 0 } } as const;

const RetryingOctokit = Octokit.plugin(retry, throttling);

/**
 * 建立带重试与限流的 Octokit（@octokit/plugin-retry 与 @octokit/plugin-throttling）：
 * 5xx（501 除外）按插件的退避重试；限流（x-ratelimit-remaining 为 0，或 GitHub 的“secondary rate limit”）
 * 等到 GitHub 说的时间再重试，但要等超过 maxWaitSeconds 时抛出 GitHubAccessError，说明要等多久。
 * 429 只交给限流插件处理（按 GitHub 给的时间等），不再按 5xx 的退避重试。
 */
export function createOctokit(options: OctokitOptions = {}): Octokit {
  const retries = options.retries ?? 3;
  const maxWait = options.maxWaitSeconds ?? 60;
  const noWait = options.noWait === true;
  // 超过上限、不再等待的请求 → 要等的秒数（限流插件的回调只能答“重试/不重试”，说明在外层补上）
  const tooLong = new WeakMap<object, number>();
  const onLimit = (retryAfter: number, request: object, _octokit: unknown, retryCount: number) => {
    if (retryAfter > maxWait) {
      tooLong.set(request, retryAfter);
      return false;
    }
    return retryCount < retries;
  };
  const immediate = () => new Bottleneck.Group({ maxConcurrent: 1 });
  const octokit = new RetryingOctokit({
    ...(options.token ? { auth: options.token } : {}),
    ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
    userAgent: options.userAgent ?? "govcloud",
    log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
    retry: {
      retries,
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451, 501],
      ...(noWait ? { retryAfterBaseValue: 0 } : {}),
    },
    throttle: {
      onRateLimit: onLimit,
      onSecondaryRateLimit: onLimit,
      ...(noWait
        ? { retryAfterBaseValue: 0, write: immediate(), notifications: immediate(), search: immediate() }
        : {}),
    },
  });
  octokit.hook.error("request", (error, request) => {
    const wait = tooLong.get(request);
    if (wait === undefined) throw error;
    throw new GitHubAccessError(
      `GitHub 的 API 限流要 ${wait} 秒后才解除，超过了本次运行最多等待的 ${maxWait} 秒（${request.method} ${request.url}）：请稍后重新运行。`,
      `GitHub's API rate limit lifts in ${wait} s, more than the ${maxWait} s this run waits (${request.method} ${request.url}); run it again later.`,
    );
  });
  return octokit;
}

/** 本适配器用到的 GitHub 调用（和 prow 的插件一样只声明用到的）。测试中可以换成假的实现。 */
export interface GitHubClient extends StageReader {
  listComments(number: number): Promise<{ id: number; body: string; login: string; type: string }[]>;
  createComment(number: number, body: string): Promise<number>;
  updateComment(id: number, body: string): Promise<void>;
  addLabels(number: number, labels: string[]): Promise<void>;
  removeLabel(number: number, label: string): Promise<void>;
  currentStatus(sha: string, context: string): Promise<{ state: string; description: string } | undefined>;
  createStatus(
    sha: string,
    status: { context: string; state: string; description: string; targetUrl?: string },
  ): Promise<void>;
}

export function githubClient(octokit: Octokit, repo: RepoRef): GitHubClient {
  const { owner, repo: name } = repo;
  return {
    async readPullRequest(number) {
      const [{ data: pr }, files, commits, reviews] = await Promise.all([
        octokit.rest.pulls.get({ owner, repo: name, pull_number: number }),
        octokit.paginate(octokit.rest.pulls.listFiles, {
          owner,
          repo: name,
          pull_number: number,
          per_page: 100,
        }),
        octokit.paginate(octokit.rest.pulls.listCommits, {
          owner,
          repo: name,
          pull_number: number,
          per_page: 100,
        }),
        octokit.paginate(octokit.rest.pulls.listReviews, {
          owner,
          repo: name,
          pull_number: number,
          per_page: 100,
        }),
      ]);
      // 最新提交推送的时间：GitHub 为它建立的检查套件的创建时间（提交自己的时间可以伪造，不用）
      const suites = await octokit.paginate(octokit.rest.checks.listSuitesForRef, {
        owner,
        repo: name,
        ref: pr.head.sha,
        per_page: 100,
      });
      const pushedAt = suites
        .map((s) => s.created_at)
        .filter((t): t is string => typeof t === "string" && !Number.isNaN(Date.parse(t)))
        .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
      return {
        pr: pullRequestInfo(pr as GitHubPullRequest),
        labels: labelNames(pr as GitHubPullRequest),
        files: files.map((f) => changedFile(f)),
        commits: commits.map((c) => {
          const mapped = commit(c);
          return pushedAt && mapped.sha === pr.head.sha ? { ...mapped, pushedAt } : mapped;
        }),
        reviews: reviews.map((r) => review(r)).filter((r): r is Review => r !== undefined),
      };
    },
    async teamMembers(team) {
      const [org, slug] = team.split("/") as [string, string];
      try {
        const members = await octokit.paginate(octokit.rest.teams.listMembersInOrg, {
          org,
          team_slug: slug,
          per_page: 100,
        });
        return members.map((m) => m.login);
      } catch (error) {
        const status = (error as HttpError).status;
        if (status === 403 || status === 404)
          throw new GitHubAccessError(
            `读不到团队 ${team} 的成员（HTTP ${status}）：工作流自带的 GITHUB_TOKEN 不能读组织的团队，请改用有 members:read 权限的 GitHub App 令牌，或在 .github/govcloud-review.yaml 中直接列出用户。`,
            `Cannot read the members of team ${team} (HTTP ${status}): the workflow's GITHUB_TOKEN cannot read organization teams; use a GitHub App token with members:read, or list users in .github/govcloud-review.yaml.`,
            status,
          );
        throw error;
      }
    },
    async validation(sha, checkName) {
      const { data } = await octokit.rest.checks.listForRef({
        owner,
        repo: name,
        ref: sha,
        check_name: checkName,
        filter: "latest",
        per_page: 100,
      });
      return validationFromChecks(data.check_runs as GitHubCheckRun[], checkName);
    },
    async fileText(path, sha) {
      try {
        const { data } = await octokit.rest.repos.getContent({ owner, repo: name, path, ref: sha });
        if (Array.isArray(data) || data.type !== "file" || !("content" in data)) return undefined;
        return Buffer.from(data.content, "base64").toString("utf8");
      } catch (error) {
        if ((error as HttpError).status === 404) return undefined;
        throw error;
      }
    },
    async listComments(number) {
      const comments = await octokit.paginate(octokit.rest.issues.listComments, {
        owner,
        repo: name,
        issue_number: number,
        per_page: 100,
      });
      return comments.map((c) => ({
        id: c.id,
        body: c.body ?? "",
        login: c.user?.login ?? "",
        type: c.user?.type ?? "",
      }));
    },
    async createComment(number, body) {
      const { data } = await octokit.rest.issues.createComment({
        owner,
        repo: name,
        issue_number: number,
        body,
        ...noRetry,
      });
      return data.id;
    },
    async updateComment(id, body) {
      await octokit.rest.issues.updateComment({ owner, repo: name, comment_id: id, body });
    },
    async addLabels(number, labels) {
      await octokit.rest.issues.addLabels({ owner, repo: name, issue_number: number, labels });
    },
    async removeLabel(number, label) {
      try {
        await octokit.rest.issues.removeLabel({ owner, repo: name, issue_number: number, name: label });
      } catch (error) {
        // 已经没有这个标签：目标状态已达成
        if ((error as HttpError).status !== 404) throw error;
      }
    },
    async currentStatus(sha, context) {
      const { data } = await octokit.rest.repos.getCombinedStatusForRef({
        owner,
        repo: name,
        ref: sha,
        per_page: 100,
      });
      const s = data.statuses.find((x) => x.context === context);
      return s ? { state: s.state, description: s.description ?? "" } : undefined;
    },
    async createStatus(sha, status) {
      await octokit.rest.repos.createCommitStatus({
        owner,
        repo: name,
        sha,
        context: status.context,
        state: status.state as "success" | "pending" | "failure" | "error",
        description: status.description,
        ...(status.targetUrl ? { target_url: status.targetUrl } : {}),
      });
    },
  };
}

/** 一次写入的结果：做了什么、因权限跳过了什么。 */
export interface WriteReport {
  labelsAdded: string[];
  labelsRemoved: string[];
  status: "created" | "unchanged";
  comment: "created" | "updated" | "unchanged";
  commentId?: number;
  /** 因令牌只读（fork PR）等原因被拒的写入 */
  skipped: { action: string; status: number }[];
}

export interface WriteOptions {
  lang?: Lang;
  /** 本机器人的用户名；未给出时认 Bot 类型的账号（如 github-actions[bot]） */
  botLogin?: string;
  /** 状态的详情链接（如工作流运行页面） */
  targetUrl?: string;
}

/**
 * 写回阶段结果：先算差异再写，什么都没变就什么都不写。
 * 写入被拒（403/404，常见于 fork PR 的只读令牌）时记入 skipped，不抛出。
 */
export async function writeStage(
  client: GitHubClient,
  current: { number: number; headSha: string; labels: readonly string[] },
  result: StageResult,
  config: ReviewConfig,
  names: ReviewPart,
  options: WriteOptions = {},
): Promise<WriteReport> {
  const lang = options.lang ?? "zh";
  const report: WriteReport = {
    labelsAdded: [],
    labelsRemoved: [],
    status: "unchanged",
    comment: "unchanged",
    skipped: [],
  };
  const guarded = async (action: string, write: () => Promise<void>): Promise<boolean> => {
    try {
      await write();
      return true;
    } catch (error) {
      const status = (error as HttpError).status;
      if (status === 403 || status === 404) {
        report.skipped.push({ action, status });
        return false;
      }
      throw error;
    }
  };

  const changes = labelChanges(current.labels, result, config);
  if (
    changes.add.length > 0 &&
    (await guarded("labels", () => client.addLabels(current.number, changes.add)))
  )
    report.labelsAdded = changes.add;
  for (const label of changes.remove)
    if (await guarded("labels", () => client.removeLabel(current.number, label)))
      report.labelsRemoved.push(label);

  const status = commitStatus(result, config, names, lang);
  const existing = await client.currentStatus(current.headSha, status.context);
  if (!existing || existing.state !== status.state || existing.description !== status.description) {
    if (
      await guarded("status", () =>
        client.createStatus(current.headSha, {
          ...status,
          ...(options.targetUrl ? { targetUrl: options.targetUrl } : {}),
        }),
      )
    )
      report.status = "created";
  }

  const body = renderStage(result, "markdown", lang, names);
  const ensured = await ensureComment(client, current.number, body, options.botLogin, guarded);
  report.comment = ensured.outcome;
  if (ensured.id !== undefined) report.commentId = ensured.id;
  return report;
}

/** 找到机器人自己带标记的评论：有则（内容变了才）编辑，无则新建；从不发第二条。 */
async function ensureComment(
  client: GitHubClient,
  number: number,
  body: string,
  botLogin: string | undefined,
  guarded: (action: string, write: () => Promise<void>) => Promise<boolean>,
): Promise<{ outcome: WriteReport["comment"]; id?: number }> {
  const own = (c: { body: string; login: string; type: string }) =>
    c.body.includes(commentMarker) &&
    (botLogin ? c.login.toLowerCase() === botLogin.toLowerCase() : c.type === "Bot");
  const find = async () => (await client.listComments(number)).find(own);
  const found = await find();
  if (found) {
    if (found.body.trim() === body.trim()) return { outcome: "unchanged", id: found.id };
    await guarded("comment", () => client.updateComment(found.id, body));
    return { outcome: "updated", id: found.id };
  }
  let id: number | undefined;
  try {
    await guarded("comment", async () => {
      id = await client.createComment(number, body);
    });
  } catch (error) {
    const status = (error as HttpError).status ?? 0;
    if (status < 500) throw error;
    // 5xx：评论可能已经发出去了。先核对，确实没有再发一次
    const again = await find();
    if (again) return { outcome: "created", id: again.id };
    await guarded("comment", async () => {
      id = await client.createComment(number, body);
    });
  }
  return id === undefined ? { outcome: "unchanged" } : { outcome: "created", id };
}

// ---------------------------------------------------------------- 交付清单评论：谁编辑过

/** 读取的评论：正文、作者、编辑历史，以及它所在的仓库与 PR（核对不是别处的评论）。 */
export interface ReadComment extends ChecklistComment {
  repository: string;
  issueNumber: number | null;
}

interface GraphqlActor {
  __typename: string;
  login: string;
}
interface GraphqlIssueComment {
  __typename: "IssueComment";
  body: string;
  author: GraphqlActor | null;
  editor: GraphqlActor | null;
  lastEditedAt: string | null;
  repository: { nameWithOwner: string };
  issue: { number: number } | null;
  userContentEdits: {
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: ({ editedAt: string; editor: GraphqlActor | null } | null)[] | null;
  } | null;
}

/** GraphQL：REST 的评论没有编辑者（editor）与编辑历史（userContentEdits）。 */
export const checklistCommentQuery = `query ($id: ID!, $after: String) {
  node(id: $id) {
    __typename
    ... on IssueComment {
      body
      author { __typename login }
      editor { __typename login }
      lastEditedAt
      repository { nameWithOwner }
      issue { number }
      userContentEdits(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor }
        nodes { editedAt editor { __typename login } }
      }
    }
  }
}`;

const actor = (a: GraphqlActor | null) => (a ? { login: a.login, type: a.__typename } : null);

/**
 * 一条评论（REST 的数字 id 或 GraphQL 的 node id）的正文与全部编辑者。编辑历史分页读取，最多 maxPages 页；
 * 读取期间评论又被编辑（lastEditedAt 变了）或读不完时 complete 为 false。评论不存在时为 undefined。
 */
export async function readChecklistComment(
  octokit: Octokit,
  repo: RepoRef,
  id: string,
  maxPages = 10,
): Promise<ReadComment | undefined> {
  let nodeId = id;
  if (/^\d+$/.test(id)) {
    try {
      const { data } = await octokit.rest.issues.getComment({
        owner: repo.owner,
        repo: repo.repo,
        comment_id: Number(id),
      });
      nodeId = data.node_id;
    } catch (error) {
      if ((error as HttpError).status === 404) return undefined;
      throw error;
    }
  }
  let first: GraphqlIssueComment | undefined;
  const edits: ChecklistComment["edits"] = [];
  let after: string | null = null;
  let complete = false;
  for (let page = 0; page < maxPages; page++) {
    let response: { node: GraphqlIssueComment | { __typename: string } | null };
    try {
      response = await octokit.graphql(checklistCommentQuery, { id: nodeId, after });
    } catch (error) {
      // GitHub 对不存在的 id 应答 data.node 为 null 并带 errors[].type NOT_FOUND
      const errors = (error as { errors?: { type?: string }[] }).errors;
      if (errors?.some((e) => e.type === "NOT_FOUND")) return undefined;
      throw error;
    }
    const node = response.node;
    if (node?.__typename !== "IssueComment") return undefined;
    const comment = node as GraphqlIssueComment;
    if (first && comment.lastEditedAt !== first.lastEditedAt) break;
    first ??= comment;
    for (const e of comment.userContentEdits?.nodes ?? [])
      if (e) edits.push({ editedAt: e.editedAt, editor: actor(e.editor) });
    const info = comment.userContentEdits?.pageInfo;
    if (!info?.hasNextPage || !info.endCursor) {
      complete = true;
      break;
    }
    after = info.endCursor;
  }
  if (!first) return undefined;
  return {
    body: first.body,
    author: actor(first.author),
    editor: actor(first.editor),
    lastEditedAt: first.lastEditedAt,
    edits,
    complete,
    repository: first.repository.nameWithOwner,
    issueNumber: first.issue?.number ?? null,
  };
}
