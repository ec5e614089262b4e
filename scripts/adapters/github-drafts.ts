/**
 * 草稿 PR 的 GitHub 适配器（Octokit，由 github.ts 的 createOctokit 建立：5xx 与限流自动重试）。
 * 要做什么由纯函数 planDraftSync（scripts/core/drafts/plan.ts）算出，这里只执行：
 *
 * - 分支与文件用 git 数据接口写（树 = 默认分支的树 + 草稿文件，提交的父提交是默认分支的头），不检出、不运行任何代码；
 * - 新建 PR 不是幂等的，不自动重试：遇到 5xx 时重新列出 PR，按分支找，确认没有建成再建一次；
 * - 请求审查只给单位登记中的 GitHub 账号；对方不是协作者（422）不算失败，正文中照样写出姓名。
 */
import type { Octokit } from "@octokit/rest";
import { type DraftContext, draftBody, draftTitle } from "../core/drafts/body.ts";
import type { DraftAction, ExistingPull } from "../core/drafts/plan.ts";
import { botBranchPrefix, type DraftSubject } from "../core/drafts/subjects.ts";
import { noRetry, type RepoRef } from "./github.ts";

interface HttpError {
  status?: number;
}

/** 本适配器用到的 GitHub 调用。 */
export interface DraftClient {
  /** 分支在 govcloud-bot/ 下的全部 PR（打开与关闭的） */
  listBotPulls(): Promise<ExistingPull[]>;
  /** 默认分支：名字、头提交与它的树 */
  base(): Promise<{ branch: string; commit: string; tree: string }>;
  /** 在 parent 之上写一个提交（树 = baseTree + 一个文件），把分支指向它（新建或强推）；返回提交 sha */
  pushFile(input: {
    branch: string;
    parent: string;
    baseTree: string;
    path: string;
    content: string;
    message: string;
    exists: boolean;
  }): Promise<string>;
  createPull(input: {
    title: string;
    body: string;
    head: string;
    base: string;
  }): Promise<{ number: number; url: string }>;
  updatePull(
    number: number,
    change: { title?: string; body?: string; state?: "open" | "closed" },
  ): Promise<void>;
  /** 请求审查；对方不是协作者等（422）时返回 false */
  requestReviewers(number: number, logins: readonly string[]): Promise<boolean>;
  comment(number: number, body: string): Promise<void>;
  deleteBranch(branch: string): Promise<void>;
}

interface RawPull {
  number: number;
  state: string;
  merged_at?: string | null;
  title: string;
  body?: string | null;
  html_url?: string;
  user: { login: string; type: string } | null;
  head: { ref: string; sha: string; repo?: { full_name?: string } | null };
  base: { repo?: { full_name?: string } | null };
}

export function draftClient(octokit: Octokit, repo: RepoRef): DraftClient {
  const { owner, repo: name } = repo;
  const where = { owner, repo: name };
  return {
    async listBotPulls() {
      const pulls = (await octokit.paginate(octokit.rest.pulls.list, {
        ...where,
        state: "all",
        per_page: 100,
      })) as RawPull[];
      return pulls
        .filter((p) => p.head.ref.startsWith(botBranchPrefix))
        .map((p) => ({
          number: p.number,
          state: p.state === "closed" ? "closed" : "open",
          mergedAt: p.merged_at ?? null,
          headRef: p.head.ref,
          headSha: p.head.sha,
          sameRepo:
            p.head.repo === undefined ||
            (p.head.repo !== null && p.head.repo.full_name === p.base.repo?.full_name),
          body: p.body ?? "",
          title: p.title,
          author: { login: p.user?.login ?? "", type: p.user?.type ?? "" },
        }));
    },
    async base() {
      const { data: info } = await octokit.rest.repos.get(where);
      const branch = info.default_branch;
      const { data: ref } = await octokit.rest.git.getRef({ ...where, ref: `heads/${branch}` });
      const { data: commit } = await octokit.rest.git.getCommit({ ...where, commit_sha: ref.object.sha });
      return { branch, commit: ref.object.sha, tree: commit.tree.sha };
    },
    async pushFile(input) {
      const { data: tree } = await octokit.rest.git.createTree({
        ...where,
        base_tree: input.baseTree,
        tree: [{ path: input.path, mode: "100644", type: "blob", content: input.content }],
      });
      const { data: commit } = await octokit.rest.git.createCommit({
        ...where,
        message: input.message,
        tree: tree.sha,
        parents: [input.parent],
      });
      const force = () =>
        octokit.rest.git.updateRef({ ...where, ref: `heads/${input.branch}`, sha: commit.sha, force: true });
      if (input.exists) await force();
      else
        try {
          await octokit.rest.git.createRef({ ...where, ref: `refs/heads/${input.branch}`, sha: commit.sha });
        } catch (error) {
          // 分支已经在（上次推送了分支、没建成 PR）：机器人的前缀下没有 PR 的分支，改写它
          if ((error as HttpError).status !== 422) throw error;
          await force();
        }
      return commit.sha;
    },
    async createPull(input) {
      const { data } = await octokit.rest.pulls.create({ ...where, ...input, draft: true, ...noRetry });
      return { number: data.number, url: data.html_url };
    },
    async updatePull(number, change) {
      await octokit.rest.pulls.update({ ...where, pull_number: number, ...change });
    },
    async requestReviewers(number, logins) {
      try {
        await octokit.rest.pulls.requestReviewers({ ...where, pull_number: number, reviewers: [...logins] });
        return true;
      } catch (error) {
        if ((error as HttpError).status === 422) return false;
        throw error;
      }
    },
    async comment(number, body) {
      await octokit.rest.issues.createComment({ ...where, issue_number: number, body, ...noRetry });
    },
    async deleteBranch(branch) {
      try {
        await octokit.rest.git.deleteRef({ ...where, ref: `heads/${branch}` });
      } catch (error) {
        // 已经删除了（422）：目的已达到
        if ((error as HttpError).status !== 422 && (error as HttpError).status !== 404) throw error;
      }
    },
  };
}

/** 一个草稿 PR 的结果（供 govcloud notify --from-drafts 通知使用单位）。 */
export interface DraftOutcome {
  key: string;
  action: "created" | "updated" | "closed";
  number: number;
  url?: string;
  unit?: string;
  system?: string;
  file?: string;
  title?: string;
}

export interface DraftSyncReport {
  outcomes: DraftOutcome[];
  unchanged: number;
  suppressed: number;
  deferred: number;
  /** 请求审查被拒（账号不是协作者）的 PR */
  notRequested: number[];
}

/** 执行计划。context(subject) 给出正文的上下文（授权代理人、校验结果），reviewers(subject) 给出要请求审查的 GitHub 账号。 */
export async function applyDraftActions(
  client: DraftClient,
  actions: readonly DraftAction[],
  options: {
    context: (subject: DraftSubject) => DraftContext;
    reviewers: (subject: DraftSubject) => readonly string[];
    htmlUrl: (number: number) => string;
  },
): Promise<DraftSyncReport> {
  const report: DraftSyncReport = {
    outcomes: [],
    unchanged: 0,
    suppressed: 0,
    deferred: 0,
    notRequested: [],
  };
  const needsBase = actions.some((a) => a.kind === "create" || (a.kind === "update" && a.push));
  const base = needsBase ? await client.base() : undefined;
  const about = (s: DraftSubject) => ({ unit: s.unit, system: s.system, file: s.file });
  for (const a of actions) {
    switch (a.kind) {
      case "create": {
        const { subject } = a;
        const b = base as NonNullable<typeof base>;
        const commit = await client.pushFile({
          branch: subject.branch,
          parent: b.commit,
          baseTree: b.tree,
          path: subject.file,
          content: subject.yaml,
          message: `审计草稿：${subject.file}（${subject.key}）`,
          exists: false,
        });
        const logins = options.reviewers(subject);
        const title = draftTitle(subject, options.context(subject).lang);
        const draft = { title, head: subject.branch, base: b.branch };
        let created: { number: number; url: string };
        try {
          created = await client.createPull({
            ...draft,
            body: draftBody(subject, options.context(subject), commit),
          });
        } catch (error) {
          if (((error as HttpError).status ?? 0) < 500) throw error;
          const again = (await client.listBotPulls()).find(
            (p) => p.headRef === subject.branch && p.state === "open",
          );
          created = again
            ? { number: again.number, url: options.htmlUrl(again.number) }
            : await client.createPull({
                ...draft,
                body: draftBody(subject, options.context(subject), commit),
              });
        }
        const requested = logins.length > 0 ? await client.requestReviewers(created.number, logins) : true;
        if (!requested) report.notRequested.push(created.number);
        report.outcomes.push({ key: subject.key, action: "created", ...created, ...about(subject), title });
        break;
      }
      case "update": {
        const { subject } = a;
        let commit = a.commit;
        if (a.push) {
          const b = base as NonNullable<typeof base>;
          commit = await client.pushFile({
            branch: subject.branch,
            parent: b.commit,
            baseTree: b.tree,
            path: subject.file,
            content: subject.yaml,
            message: `审计草稿（更新）：${subject.file}（${subject.key}）`,
            exists: true,
          });
        }
        const context = options.context(subject);
        await client.updatePull(a.number, {
          title: draftTitle(subject, context.lang),
          body: draftBody(subject, context, commit),
        });
        report.outcomes.push({
          key: subject.key,
          action: "updated",
          number: a.number,
          url: options.htmlUrl(a.number),
          ...about(subject),
          title: draftTitle(subject, context.lang),
        });
        break;
      }
      case "close":
        await client.comment(a.number, a.comment);
        await client.updatePull(a.number, { state: "closed" });
        if (a.branch) await client.deleteBranch(a.branch);
        report.outcomes.push({
          key: a.key,
          action: "closed",
          number: a.number,
          url: options.htmlUrl(a.number),
        });
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
  }
  return report;
}
