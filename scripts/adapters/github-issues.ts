/**
 * GitHub issue 适配器（Octokit）：审计的每条发现一个 issue。要做什么由纯函数 planIssueSync
 * （scripts/core/audit/issues.ts）算出，这里只执行，并读打开的 PR 供阶段检查使用。
 *
 * - Octokit 由 github.ts 的 createOctokit 建立（5xx 与限流自动重试）；但新建 issue、新建评论不是幂等的，不自动重试（noRetry）：
 *   新建 issue 遇到 5xx 时先重新列出，确认没有建成（按隐藏标记找）再建一次；
 * - 只列出带审计标签的 issue（state=all），其中不是机器人建的一概不动。
 */
import type { Octokit } from "@octokit/rest";
import { type ExistingIssue, type IssueAction, markerKey } from "../core/audit/issues.ts";
import type { ReviewConfig } from "../core/review/config.ts";
import { type GatheredStage, gatherStage, githubClient, noRetry, type RepoRef } from "./github.ts";

interface HttpError {
  status?: number;
}

/** 本适配器用到的 GitHub 调用。 */
export interface IssueClient {
  /** 带该标签的全部 issue（打开与关闭的；不含 PR）；不给标签时列出全部 issue */
  listIssues(label?: string): Promise<ExistingIssue[]>;
  createIssue(issue: { title: string; body: string; labels: string[] }): Promise<number>;
  updateIssue(
    number: number,
    change: {
      title?: string;
      body?: string;
      labels?: string[];
      state?: "open" | "closed";
      stateReason?: "completed" | "not_planned" | "reopened";
    },
  ): Promise<void>;
  comment(number: number, body: string): Promise<void>;
  /** 打开的 PR 的编号 */
  openPullRequests(): Promise<number[]>;
}

interface RawIssue {
  number: number;
  title: string;
  body?: string | null;
  state: string;
  state_reason?: string | null;
  labels: (string | { name?: string })[];
  user: { login: string; type: string } | null;
  pull_request?: unknown;
}

export function issueClient(octokit: Octokit, repo: RepoRef): IssueClient {
  const { owner, repo: name } = repo;
  return {
    async listIssues(label) {
      const issues = (await octokit.paginate(octokit.rest.issues.listForRepo, {
        owner,
        repo: name,
        state: "all",
        ...(label ? { labels: label } : {}),
        per_page: 100,
      })) as RawIssue[];
      return issues
        .filter((i) => !i.pull_request)
        .map((i) => ({
          number: i.number,
          title: i.title,
          body: i.body ?? "",
          state: i.state === "closed" ? "closed" : "open",
          stateReason: i.state_reason ?? null,
          labels: i.labels.map((l) => (typeof l === "string" ? l : (l.name ?? ""))).filter(Boolean),
          author: { login: i.user?.login ?? "", type: i.user?.type ?? "" },
        }));
    },
    async createIssue(issue) {
      const { data } = await octokit.rest.issues.create({ owner, repo: name, ...issue, ...noRetry });
      return data.number;
    },
    async updateIssue(number, change) {
      await octokit.rest.issues.update({
        owner,
        repo: name,
        issue_number: number,
        ...(change.title !== undefined ? { title: change.title } : {}),
        ...(change.body !== undefined ? { body: change.body } : {}),
        ...(change.labels !== undefined ? { labels: change.labels } : {}),
        ...(change.state !== undefined ? { state: change.state } : {}),
        ...(change.stateReason !== undefined ? { state_reason: change.stateReason } : {}),
      });
    },
    async comment(number, body) {
      await octokit.rest.issues.createComment({ owner, repo: name, issue_number: number, body, ...noRetry });
    },
    async openPullRequests() {
      const pulls = await octokit.paginate(octokit.rest.pulls.list, {
        owner,
        repo: name,
        state: "open",
        per_page: 100,
      });
      return pulls.map((p) => p.number);
    },
  };
}

export interface SyncReport {
  created: number[];
  updated: number[];
  reopened: number[];
  closed: number[];
  unchanged: number;
  /** 被人以“不计划处理”关闭、不再打开的 */
  suppressed: number;
  /** 超过单次新建上限、留到下次的 */
  deferred: number;
}

/**
 * 执行同步计划。关闭时先评论说明原因再关闭；新建遇到 5xx 时，按标记核对是否已经建成，没有才重建一次。
 */
export async function applyIssueActions(
  client: IssueClient,
  actions: readonly IssueAction[],
  options: { label: string; progress?: (done: number, total: number) => void },
): Promise<SyncReport> {
  const report: SyncReport = {
    created: [],
    updated: [],
    reopened: [],
    closed: [],
    unchanged: 0,
    suppressed: 0,
    deferred: 0,
  };
  const total = actions.length;
  let done = 0;
  for (const a of actions) {
    switch (a.kind) {
      case "create": {
        let number: number;
        try {
          number = await client.createIssue({ title: a.title, body: a.body, labels: a.labels });
        } catch (error) {
          if (((error as HttpError).status ?? 0) < 500) throw error;
          const again = (await client.listIssues(options.label)).find((i) => markerKey(i.body) === a.key);
          number = again
            ? again.number
            : await client.createIssue({ title: a.title, body: a.body, labels: a.labels });
        }
        report.created.push(number);
        break;
      }
      case "update":
        await client.updateIssue(a.number, {
          ...(a.title !== undefined ? { title: a.title } : {}),
          ...(a.body !== undefined ? { body: a.body } : {}),
          ...(a.labels !== undefined ? { labels: a.labels } : {}),
          ...(a.reopen ? { state: "open" as const, stateReason: "reopened" as const } : {}),
        });
        (a.reopen ? report.reopened : report.updated).push(a.number);
        break;
      case "close":
        await client.comment(a.number, a.comment);
        await client.updateIssue(a.number, { state: "closed", stateReason: a.reason });
        report.closed.push(a.number);
        break;
      case "unchanged":
        report.unchanged++;
        break;
      case "suppressed":
        report.suppressed++;
        break;
      case "deferred":
        report.deferred++;
        break;
    }
    options.progress?.(++done, total);
  }
  return report;
}

/** 打开的 PR 的阶段机原始数据（与 govcloud stage --pr 读的相同）。 */
export async function gatherOpenPulls(
  octokit: Octokit,
  repo: RepoRef,
  config: ReviewConfig,
  wantSource: (path: string) => boolean,
  progress?: (done: number, total: number) => void,
): Promise<GatheredStage[]> {
  const numbers = await issueClient(octokit, repo).openPullRequests();
  const client = githubClient(octokit, repo);
  const out: GatheredStage[] = [];
  progress?.(0, numbers.length);
  for (const n of numbers) {
    out.push(await gatherStage(client, n, config, wantSource));
    progress?.(out.length, numbers.length);
  }
  return out;
}
