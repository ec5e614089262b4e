/**
 * 登录后的状态看板：从 GitHub API 重新读打开的 PR，在浏览器里用同一个阶段机重算每个 PR 的阶段。
 * 读法与命令行相同（scripts/core/review/gather.ts 的 gatherStage 与 stageInput，GitHub 的数据形状经
 * scripts/core/review/github-map.ts 映射），这里只是用 fetch 实现它要的 StageReader。
 * 审查流程配置、单位登记与系统（授权、提供商、交付记录）取自网站的仓库快照（snapshot/requests.json），
 * 与命令行在基础分支的检出上读到的相同。
 */
import {
  type BoardPull,
  type BoardSnapshot,
  boardSnapshot,
  systemsOf,
} from "../../scripts/core/review/board.ts";
import { parseReviewConfig, reviewConfigPath, reviewProfile } from "../../scripts/core/review/config.ts";
import { gatherStage, type StageReader, stageInput, wantsSource } from "../../scripts/core/review/gather.ts";
import {
  changedFile,
  commit,
  type GitHubCheckRun,
  type GitHubCommit,
  type GitHubFile,
  type GitHubPullRequest,
  type GitHubReview,
  labelNames,
  pullRequestInfo,
  review,
  validationFromChecks,
} from "../../scripts/core/review/github-map.ts";
import { computeStage } from "../../scripts/core/review/machine.ts";
import { systemRecords, unitRecords } from "../../scripts/core/review/registry.ts";
import type { Review } from "../../scripts/core/review/types.ts";
import {
  calendar,
  catalogs,
  profileById,
  repositoryProfile,
  type Snapshot,
  snapshotRepository,
} from "./engine.ts";
import { fetchWithTimeout, type GitHubConfig, GitHubError } from "./github.ts";

/** 一页最多 100 项；最多读 20 页（防止失控的分页）。 */
const maxPages = 20;

function decodeBase64Utf8(text: string): string {
  const raw = atob(text.replace(/\s/g, ""));
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return new TextDecoder().decode(bytes);
}

/** 经 fetch 读 GitHub REST API（只读）：阶段机要的 StageReader，加上列出打开的 PR。 */
export function fetchReader(config: GitHubConfig, token: string) {
  const api = config.apiUrl.replace(/\/$/, "");
  const repo = `/repos/${config.repo.split("/").map(encodeURIComponent).join("/")}`;
  const request = async (url: string): Promise<Response> => {
    const full = url.startsWith("http") ? url : `${api}${url}`;
    return await fetchWithTimeout(
      config,
      full,
      {
        headers: {
          accept: "application/vnd.github+json",
          authorization: `Bearer ${token}`,
          "x-github-api-version": "2022-11-28",
        },
      },
      `GET ${full.startsWith(api) ? full.slice(api.length) : full}`,
    );
  };
  const get = async <T>(path: string): Promise<T> => {
    const response = await request(path);
    const payload = (await response.json().catch(() => ({}))) as T & { message?: unknown };
    if (!response.ok)
      throw new GitHubError(
        response.status,
        `${path}: ${typeof payload.message === "string" ? payload.message : response.statusText}`,
      );
    return payload;
  };
  /** 按 Link 头的 rel="next" 翻页；items 从每页的响应取出列表。 */
  const paginate = async <T>(path: string, items: (page: unknown) => T[] = (p) => p as T[]): Promise<T[]> => {
    const out: T[] = [];
    let next: string | undefined = `${path}${path.includes("?") ? "&" : "?"}per_page=100`;
    for (let page = 0; next !== undefined && page < maxPages; page++) {
      const response = await request(next);
      const payload = (await response.json().catch(() => ({}))) as { message?: unknown };
      if (!response.ok)
        throw new GitHubError(
          response.status,
          `${path}: ${typeof payload.message === "string" ? payload.message : response.statusText}`,
        );
      out.push(...items(payload));
      next = /<([^>]+)>;\s*rel="next"/.exec(response.headers.get("link") ?? "")?.[1];
    }
    return out;
  };
  const reader: StageReader = {
    async readPullRequest(number) {
      const [pr, files, commits, reviews] = await Promise.all([
        get<GitHubPullRequest>(`${repo}/pulls/${number}`),
        paginate<GitHubFile & object>(`${repo}/pulls/${number}/files`),
        paginate<GitHubCommit & object>(`${repo}/pulls/${number}/commits`),
        paginate<GitHubReview>(`${repo}/pulls/${number}/reviews`),
      ]);
      const headSha = pr.head.sha;
      // 最新提交推送的时间：检查套件的创建时间（与命令行相同，提交自己的时间可以伪造）
      const suites = await paginate<{ created_at?: unknown }>(
        `${repo}/commits/${encodeURIComponent(headSha)}/check-suites`,
        (p) => (p as { check_suites?: { created_at?: unknown }[] }).check_suites ?? [],
      );
      const pushedAt = suites
        .map((s) => s.created_at)
        .filter((t): t is string => typeof t === "string" && !Number.isNaN(Date.parse(t)))
        .sort((a, b) => Date.parse(a) - Date.parse(b))[0];
      return {
        pr: pullRequestInfo(pr),
        labels: labelNames(pr),
        files: files.map((f) => changedFile(f)),
        commits: commits.map((c) => {
          const mapped = commit(c);
          return pushedAt && mapped.sha === headSha ? { ...mapped, pushedAt } : mapped;
        }),
        reviews: reviews.map((r) => review(r)).filter((r): r is Review => r !== undefined),
      };
    },
    async teamMembers(team) {
      const [org, slug] = team.split("/").map(encodeURIComponent) as [string, string];
      const members = await paginate<{ login: string }>(`/orgs/${org}/teams/${slug}/members`);
      return members.map((m) => m.login);
    },
    async validation(sha, checkName) {
      const data = await get<{ check_runs: GitHubCheckRun[] }>(
        `${repo}/commits/${encodeURIComponent(sha)}/check-runs?check_name=${encodeURIComponent(checkName)}&filter=latest&per_page=100`,
      );
      return validationFromChecks(data.check_runs ?? [], checkName);
    },
    async fileText(path, sha) {
      const response = await request(
        `${repo}/contents/${path.split("/").map(encodeURIComponent).join("/")}?ref=${encodeURIComponent(sha)}`,
      );
      if (response.status === 404) return undefined;
      const data = (await response.json().catch(() => ({}))) as { type?: string; content?: string };
      if (!response.ok) throw new GitHubError(response.status, `${path}: ${response.statusText}`);
      return data.type === "file" && typeof data.content === "string"
        ? decodeBase64Utf8(data.content)
        : undefined;
    },
  };
  const openPulls = () =>
    paginate<{ number: number; title: string; html_url: string }>(`${repo}/pulls?state=open`);
  return { reader, openPulls };
}

/**
 * 实时的看板：与 scripts/web/board.ts 的快照同形（generatedAt 为读取的时间），阶段由阶段机在浏览器里算出。
 * now 为 ISO 时间（北京时间由阶段机换算）。
 */
export async function liveBoard(
  config: GitHubConfig,
  token: string,
  snapshot: Snapshot,
  now: string,
): Promise<BoardSnapshot> {
  const review = snapshot[reviewConfigPath];
  if (!review || !("text" in review))
    throw new Error(`网站的仓库快照里没有审查流程配置 ${reviewConfigPath}：请用新版 build-data 重新构建网站`);
  const reviewConfig = parseReviewConfig(review.text, reviewConfigPath);
  const profileId = reviewProfile(reviewConfig, repositoryProfile(snapshot));
  const profile = profileById(profileId);
  const catalog = catalogs(profileId);
  if (!profile || !catalog) throw new Error(`网站里没有规范 ${profileId}`);
  const repo = snapshotRepository(snapshot, now);
  const context = {
    config: reviewConfig,
    profile: catalog.profile,
    review: profile.review,
    calendar,
    now,
    units: unitRecords(repo),
    systems: systemRecords(repo, profile.review.providerField),
  };
  const { reader, openPulls } = fetchReader(config, token);
  const pulls: BoardPull[] = [];
  for (const pull of await openPulls()) {
    const data = await gatherStage(reader, pull.number, reviewConfig, wantsSource);
    pulls.push({
      number: pull.number,
      title: pull.title,
      url: pull.html_url,
      systems: systemsOf(data.files.flatMap((f) => [f.path, ...(f.previousPath ? [f.previousPath] : [])])),
      result: computeStage(stageInput(data, context)),
    });
  }
  return boardSnapshot(now, profileId, pulls);
}
