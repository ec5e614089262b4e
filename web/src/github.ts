/**
 * 经 GitHub REST API 开拉取请求（浏览器里的 fetch）：取基础分支的提交 → 建分支 → 提交文件 → 开 PR。
 * 令牌是用户自己的细粒度令牌（fine-grained personal access token），只放在本标签页的 sessionStorage 中；
 * 站点里没有任何共用的密钥。接口与字段见 GitHub 的 REST 文档（git/refs、contents、pulls）。
 */
import { t } from "./i18n.ts";

export interface GitHubConfig {
  /** 所有者/仓库 */
  repo: string;
  /** API 地址，如 https://api.github.com */
  apiUrl: string;
  /** 基础分支 */
  base: string;
  /** 每个 GitHub API 请求最多等几秒（默认 30）：不应答时停下并在页面上说明，页面照常可用 */
  timeoutSeconds?: number;
}

/** 默认的请求超时（秒）。 */
export const defaultTimeoutSeconds = 30;

/** GitHub 在限定的时间内没有应答（网络断开、GitHub 不可用、代理吞掉了请求）。 */
export class GitHubTimeoutError extends Error {
  constructor(
    readonly seconds: number,
    what: string,
  ) {
    super(
      t(
        `GitHub 在 ${seconds} 秒内没有应答（${what}）：网络或 GitHub 可能暂时不可用，请稍后重试。`,
        `GitHub did not answer within ${seconds} s (${what}): the network or GitHub may be unavailable for now; try again later.`,
      ),
    );
  }
}

/** 带超时的 fetch（AbortSignal.timeout）：超时变成 GitHubTimeoutError，其他错误原样抛出。 */
export async function fetchWithTimeout(
  config: Pick<GitHubConfig, "timeoutSeconds">,
  url: string,
  init: RequestInit,
  what: string,
): Promise<Response> {
  const configured = config.timeoutSeconds;
  const seconds =
    typeof configured === "number" && Number.isFinite(configured) && configured > 0
      ? configured
      : defaultTimeoutSeconds;
  try {
    return await fetch(url, { ...init, signal: AbortSignal.timeout(seconds * 1000) });
  } catch (error) {
    if (error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError"))
      throw new GitHubTimeoutError(seconds, what);
    throw error;
  }
}

export class GitHubError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const tokenKey = "govcloud-github-token";

export const savedToken = (): string => sessionStorage.getItem(tokenKey) ?? "";
export function saveToken(token: string): void {
  if (token) sessionStorage.setItem(tokenKey, token);
  else sessionStorage.removeItem(tokenKey);
}

function base64Utf8(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let raw = "";
  for (const b of bytes) raw += String.fromCharCode(b);
  return btoa(raw);
}

async function call(config: GitHubConfig, token: string, method: string, path: string, body?: unknown) {
  const response = await fetchWithTimeout(
    config,
    `${config.apiUrl.replace(/\/$/, "")}${path}`,
    {
      method,
      headers: {
        accept: "application/vnd.github+json",
        authorization: `Bearer ${token}`,
        "x-github-api-version": "2022-11-28",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    },
    `${method} ${path}`,
  );
  const payload = (await response.json().catch(() => ({}))) as Record<string, unknown>;
  if (!response.ok)
    throw new GitHubError(
      response.status,
      typeof payload.message === "string" ? payload.message : response.statusText,
    );
  return payload;
}

export interface PullRequestDraft {
  branch: string;
  title: string;
  body: string;
  files: { path: string; text: string }[];
  message: string;
}

export interface OpenedPull {
  number: number;
  url: string;
}

/** 建分支、逐个提交文件、开 PR。 */
export async function openPullRequest(
  config: GitHubConfig,
  token: string,
  draft: PullRequestDraft,
): Promise<OpenedPull> {
  const repo = `/repos/${config.repo.split("/").map(encodeURIComponent).join("/")}`;
  const ref = await call(config, token, "GET", `${repo}/git/ref/heads/${encodeURIComponent(config.base)}`);
  const sha = String((ref.object as { sha?: string } | undefined)?.sha ?? "");
  await call(config, token, "POST", `${repo}/git/refs`, { ref: `refs/heads/${draft.branch}`, sha });
  for (const file of draft.files) {
    const path = file.path.split("/").map(encodeURIComponent).join("/");
    await call(config, token, "PUT", `${repo}/contents/${path}`, {
      message: draft.message,
      content: base64Utf8(file.text),
      branch: draft.branch,
    });
  }
  const pull = await call(config, token, "POST", `${repo}/pulls`, {
    title: draft.title,
    head: draft.branch,
    base: config.base,
    body: draft.body,
  });
  return { number: Number(pull.number), url: String(pull.html_url ?? "") };
}
