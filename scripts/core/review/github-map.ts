/**
 * GitHub 的数据形状（REST 响应与 webhook 载荷）→ 阶段机的输入。纯函数，REST 模式（--pr）与离线模式
 * （--event）共用。只取用到的字段，其余一概不管；GitHub 的审查状态在 REST 中为大写、在 webhook 中为小写。
 */
import type { ChangedFile, Commit, PullRequestInfo, Review, ReviewState, Validation } from "./types.ts";

/** PR 对象中用到的字段（REST pulls/{n} 与 webhook 的 pull_request 相同）。 */
export interface GitHubPullRequest {
  number: number;
  state: string;
  draft?: boolean;
  merged?: boolean | null;
  merged_at?: string | null;
  closed_at?: string | null;
  created_at: string;
  user: { login: string } | null;
  labels?: { name?: string }[];
  head: { sha: string; ref?: string; repo: { full_name: string } | null };
  base: { ref?: string; repo: { full_name: string } };
}

export function pullRequestInfo(pr: GitHubPullRequest): PullRequestInfo {
  const headRepo = pr.head.repo?.full_name;
  // merged 为准（GitHub 的示例里 merged 为 false 时 merged_at 也可能有值）；没有 merged 字段时看 merged_at
  const merged =
    typeof pr.merged === "boolean" ? pr.merged : pr.merged_at !== undefined && pr.merged_at !== null;
  return {
    number: pr.number,
    // 作者账号被删除时 GitHub 给出 null：按“ghost”处理（它不会是任何单位的代理人）
    author: pr.user?.login ?? "ghost",
    createdAt: pr.created_at,
    headSha: pr.head.sha,
    draft: pr.draft === true,
    state: pr.state === "closed" ? "closed" : "open",
    merged,
    ...(merged && pr.merged_at ? { mergedAt: pr.merged_at } : {}),
    ...(pr.state === "closed" && pr.closed_at ? { closedAt: pr.closed_at } : {}),
    // head 仓库已删除（null）的 PR 也按 fork 处理：不依赖 head 仓库的任何东西
    fromFork: headRepo === undefined || headRepo.toLowerCase() !== pr.base.repo.full_name.toLowerCase(),
  };
}

export const labelNames = (pr: Pick<GitHubPullRequest, "labels">): string[] =>
  (pr.labels ?? []).map((l) => l.name).filter((n): n is string => typeof n === "string");

/** pulls/{n}/files 的一项；离线上下文里也可以只写路径字符串。 */
export type GitHubFile = { filename: string; status?: string; previous_filename?: string } | string;

const fileStatuses = new Set(["added", "modified", "removed", "renamed", "copied", "changed", "unchanged"]);

export function changedFile(f: GitHubFile): ChangedFile {
  if (typeof f === "string") return { path: f, status: "modified" };
  return {
    path: f.filename,
    status: (fileStatuses.has(f.status ?? "") ? f.status : "modified") as ChangedFile["status"],
    ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
  };
}

/** pulls/{n}/commits 的一项，或离线上下文里的 {sha, date, pushedAt?}。 */
export type GitHubCommit =
  | { sha: string; commit: { committer?: { date?: string } | null; author?: { date?: string } | null } }
  | { sha: string; date: string; pushedAt?: string };

export function commit(c: GitHubCommit): Commit {
  if ("date" in c) return { sha: c.sha, date: c.date, ...(c.pushedAt ? { pushedAt: c.pushedAt } : {}) };
  const date = c.commit.committer?.date ?? c.commit.author?.date;
  return { sha: c.sha, date: date ?? "1970-01-01T00:00:00Z" };
}

/** pulls/{n}/reviews 的一项或 webhook 的 review。 */
export interface GitHubReview {
  user: { login: string } | null;
  state: string;
  commit_id: string | null;
  submitted_at?: string | null;
  body?: string | null;
}

const reviewStates = new Set<ReviewState>([
  "APPROVED",
  "CHANGES_REQUESTED",
  "COMMENTED",
  "DISMISSED",
  "PENDING",
]);

/** 未提交（PENDING）或缺少提交、时间的审查意见返回 undefined。 */
export function review(r: GitHubReview): Review | undefined {
  const state = r.state.toUpperCase() as ReviewState;
  if (!reviewStates.has(state) || state === "PENDING") return undefined;
  if (!r.user || !r.commit_id || !r.submitted_at) return undefined;
  return {
    user: r.user.login,
    state,
    commitId: r.commit_id,
    submittedAt: r.submitted_at,
    ...(r.body ? { body: r.body } : {}),
  };
}

/** commits/{ref}/check-runs 的一项。 */
export interface GitHubCheckRun {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  started_at?: string | null;
}

/** 校验结果：取该名字最新的一次检查。 */
export function validationFromChecks(runs: readonly GitHubCheckRun[], name: string): Validation {
  const mine = runs.filter((r) => r.name === name).sort((a, b) => b.id - a.id);
  const run = mine[0];
  if (!run) return { state: "missing" };
  if (run.status !== "completed") return { state: "pending" };
  if (run.conclusion === "success" || run.conclusion === "neutral") return { state: "passed" };
  if (run.conclusion === "skipped") return { state: "missing" };
  return { state: "failed" };
}
