/**
 * govcloud stage：算出一个 PR 在审查流程中的阶段，并按人看的样子打印（或写回 GitHub）。
 *
 *   govcloud stage --pr N [--write]             读 GitHub（令牌 GITHUB_TOKEN，仓库 GITHUB_REPOSITORY，
 *                                                API 地址 GITHUB_API_URL，可选）
 *   govcloud stage --event payload.json [--context context.json] [--changed-from <引用>]
 *                                                离线：webhook 载荷（pull_request 或 pull_request_review）
 *
 * 离线上下文文件（JSON，各项都可省略）：
 *   {
 *     "files":   [ pulls/{n}/files 的项，或路径字符串 ],     省略时用 --changed-from 的 git 差异
 *     "commits": [ pulls/{n}/commits 的项，或 {"sha", "date", "pushedAt"}（pushedAt：GitHub 记录的推送时间，审查从它起算；提交自己的 date 不用于时限） ],
 *     "reviews": [ pulls/{n}/reviews 的项 ],                 省略时用载荷中的 review（如有）
 *     "teams":   { "组织/团队": ["用户名", …] },
 *     "validation": "passed" | "failed" | "pending" | {"state": "failed", "errors": 2}
 *                                                          省略时在 --root 上运行 govcloud validate
 *   }
 * 单位登记（授权代理人）、服务目录与 .github/govcloud-review.yaml 都从 --root（默认当前目录）读取。
 * 在 CI 中 --root 应是基础分支的检出：授权以已合并的登记为准。
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { nationalCalendar } from "../adapters/calendar-files.ts";
import { repositoryCatalog } from "../adapters/catalog-files.ts";
import { diskFs } from "../adapters/disk-fs.ts";
import {
  createOctokit,
  type GatheredStage,
  GitHubAccessError,
  gatherStage,
  githubClient,
  parseRepo,
  stageInput,
  wantsSource,
  writeStage,
} from "../adapters/github.ts";
import {
  changedFile,
  commit,
  type GitHubCommit,
  type GitHubFile,
  type GitHubPullRequest,
  type GitHubReview,
  labelNames,
  pullRequestInfo,
  review,
} from "../adapters/github-map.ts";
import { loadPool } from "../adapters/load-pool.ts";
import { validate } from "../adapters/repository.ts";
import { beijingDate } from "../core/clock.ts";
import { requestsDir } from "../core/repository/layout.ts";
import {
  parseReviewConfig,
  type ReviewConfig,
  ReviewConfigError,
  reviewConfigPath,
  reviewProfile,
} from "../core/review/config.ts";
import { computeStage } from "../core/review/machine.ts";
import { unitRecords } from "../core/review/registry.ts";
import { renderStage, type StageFormat, stageFormats } from "../core/review/render.ts";
import type { ChangedFile, StageInput, Validation } from "../core/review/types.ts";
import type { Lang } from "../core/text.ts";
import { registeredProfile } from "../profiles/index.ts";
import { cliClock } from "./clock.ts";
import { commandHelp, commandOptions } from "./commands.ts";
import { changedFiles } from "./git.ts";
import { type Io, parseLang, UsageError } from "./options.ts";
import { checkedRepositoryProfile } from "./repository-profile.ts";

/** 运行环境：只有命令行读环境变量和时钟；测试时可替换。 */
export interface StageEnv {
  env?: Record<string, string | undefined>;
  now?: () => Date;
  /** 重试时不真的等待（测试用，见 createOctokit） */
  noWait?: boolean;
}

export async function runStage(args: string[], io: Io, runtime: StageEnv = {}): Promise<number> {
  const env = runtime.env ?? io.env ?? process.env;
  const { values } = parseArgs({
    args,
    options: commandOptions("stage"),
  });
  const lang = parseLang(values.lang);
  if (values.help) {
    io.stdout(commandHelp("stage", lang));
    return 0;
  }
  const format = values.format as StageFormat;
  if (!stageFormats.includes(format))
    throw new UsageError(
      `--format 只能是 ${stageFormats.join("、")}，这里是 ${values.format}。`,
      `--format must be one of ${stageFormats.join(", ")}, not ${values.format}.`,
    );
  if ((values.pr === undefined) === (values.event === undefined))
    throw new UsageError(
      "请给出 --pr <编号>（读 GitHub）或 --event <载荷文件>（离线）之一。",
      "Give either --pr <number> (read GitHub) or --event <payload file> (offline).",
    );
  if (values.write && values.pr === undefined)
    throw new UsageError("--write 只能与 --pr 一起使用。", "--write only works with --pr.");
  const root = resolve(io.cwd, values.root ?? ".");
  const realNow = runtime.now ?? io.now;
  const now = cliClock(values.now, realNow ? { env, now: realNow } : { env }).instant;

  try {
    const config = readConfig(root);
    const profileId = reviewProfile(config, checkedRepositoryProfile(root));
    const catalog = repositoryCatalog(profileId, root);
    const profile = registeredProfile(profileId);
    if (!profile) throw new Error(`profile ${profileId} 没有登记`);
    const base = {
      config,
      profile: catalog.profile,
      review: profile.review,
      calendar: nationalCalendar(root),
      now,
    };
    if (values.pr !== undefined) {
      return await fromGitHub(values.pr, values.write === true, base, root, env, io, {
        format,
        lang,
        ...(values["bot-login"] ? { botLogin: values["bot-login"] } : {}),
        ...(runtime.noWait ? { noWait: true } : {}),
      });
    }
    const input = await offlineInput(
      values.event as string,
      values.context,
      values["changed-from"],
      base,
      root,
      io.cwd,
      lang,
    );
    io.stdout(renderStage(computeStage(input), format, lang, base.review));
    return 0;
  } catch (error) {
    if (error instanceof ReviewConfigError || error instanceof GitHubAccessError) {
      io.stderr(`govcloud: ${error[lang]}\n`);
      return 2;
    }
    throw error;
  }
}

function readConfig(root: string): ReviewConfig {
  let source: string;
  try {
    source = readFileSync(join(root, reviewConfigPath), "utf8");
  } catch {
    throw new ReviewConfigError(
      reviewConfigPath,
      `找不到审查流程配置 ${reviewConfigPath}：请在仓库中建立它（格式见 schemas/review-config.schema.json）。`,
      `The review configuration ${reviewConfigPath} is missing: create it (see schemas/review-config.schema.json).`,
    );
  }
  return parseReviewConfig(source, reviewConfigPath);
}

type Base = Pick<StageInput, "config" | "profile" | "review" | "calendar" | "now">;

/** 基础分支（--root）上的单位登记。 */
function registry(root: string, today: string) {
  const { repo } = validate({
    fs: diskFs(root),
    scope: { kind: "all" },
    lang: "zh",
    today,
    parallelLoader: loadPool,
  });
  return unitRecords(repo);
}

async function fromGitHub(
  prArg: string,
  write: boolean,
  base: Base,
  root: string,
  env: Record<string, string | undefined>,
  io: Io,
  options: { format: StageFormat; lang: Lang; botLogin?: string; noWait?: boolean },
): Promise<number> {
  if (!/^[1-9]\d*$/.test(prArg))
    throw new UsageError(
      `--pr 应为 PR 编号，这里是 ${prArg}。`,
      `--pr must be a pull request number, not ${prArg}.`,
    );
  const repo = parseRepo(env.GITHUB_REPOSITORY ?? "");
  if (!repo)
    throw new UsageError(
      "--pr 需要环境变量 GITHUB_REPOSITORY（形如 owner/repo）。",
      "--pr needs GITHUB_REPOSITORY (owner/repo) in the environment.",
    );
  if (!env.GITHUB_TOKEN)
    throw new UsageError("--pr 需要环境变量 GITHUB_TOKEN。", "--pr needs GITHUB_TOKEN in the environment.");
  const octokit = createOctokit({
    token: env.GITHUB_TOKEN,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    userAgent: "govcloud-stage",
    ...(options.noWait ? { noWait: true } : {}),
  });
  const client = githubClient(octokit, repo);
  const number = Number(prArg);
  const data = await gatherStage(client, number, base.config, wantsSource);
  const result = computeStage(stageInput(data, { ...base, units: registry(root, beijingDate(base.now)) }));
  io.stdout(renderStage(result, options.format, options.lang, base.review));
  if (!write) return 0;
  const runUrl =
    env.GITHUB_SERVER_URL && env.GITHUB_RUN_ID
      ? `${env.GITHUB_SERVER_URL}/${repo.owner}/${repo.repo}/actions/runs/${env.GITHUB_RUN_ID}`
      : undefined;
  const report = await writeStage(
    client,
    { number, headSha: data.pr.headSha, labels: data.labels },
    result,
    base.config,
    base.review,
    {
      lang: options.lang,
      ...(options.botLogin ? { botLogin: options.botLogin } : {}),
      ...(runUrl ? { targetUrl: runUrl } : {}),
    },
  );
  for (const s of report.skipped)
    io.stderr(
      options.lang === "zh"
        ? `govcloud: 没有权限写入${s.action === "labels" ? "标签" : s.action === "status" ? "提交状态" : "评论"}（HTTP ${s.status}）${data.pr.fromFork ? "：来自 fork 的 PR 的工作流令牌是只读的，由定时任务补写" : ""}。\n`
        : `govcloud: no permission to write the ${s.action} (HTTP ${s.status})${data.pr.fromFork ? ": a fork pull request's workflow token is read-only; the scheduled run writes it" : ""}.\n`,
    );
  return 0;
}

interface OfflineContext {
  files?: GitHubFile[];
  commits?: GitHubCommit[];
  reviews?: GitHubReview[];
  teams?: Record<string, string[]>;
  validation?: "passed" | "failed" | "pending" | Validation;
}

function readJson(path: string, cwd: string, what: { zh: string; en: string }): unknown {
  let text: string;
  try {
    text = readFileSync(resolve(cwd, path), "utf8");
  } catch {
    throw new UsageError(`找不到${what.zh} ${path}。`, `${what.en} ${path} not found.`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `${what.zh} ${path} 不是合法的 JSON：${(error as Error).message}`,
      `${what.en} ${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
}

async function offlineInput(
  eventPath: string,
  contextPath: string | undefined,
  changedFrom: string | undefined,
  base: Base,
  root: string,
  cwd: string,
  lang: Lang,
): Promise<StageInput> {
  const payload = readJson(eventPath, cwd, { zh: "事件文件", en: "Event file" }) as {
    pull_request?: GitHubPullRequest;
    review?: GitHubReview;
  };
  if (!payload.pull_request)
    throw new UsageError(
      `${eventPath} 不是 pull_request 或 pull_request_review 事件（没有 pull_request 字段）。`,
      `${eventPath} is not a pull_request or pull_request_review event (no pull_request field).`,
    );
  const context = (
    contextPath ? readJson(contextPath, cwd, { zh: "上下文文件", en: "Context file" }) : {}
  ) as OfflineContext;
  const pr = pullRequestInfo(payload.pull_request);

  let files: ChangedFile[];
  if (context.files) files = context.files.map(changedFile);
  else if (changedFrom !== undefined)
    files = (await changedFiles(root, changedFrom)).map((f) => changedFile(f));
  else
    throw new UsageError(
      "离线模式需要改动的文件：在 --context 中给出 files，或用 --changed-from <引用>。",
      "Offline mode needs the changed files: give files in --context, or --changed-from <ref>.",
    );
  const commits = (context.commits ?? []).map(commit);
  const reviewSource = context.reviews ?? (payload.review ? [payload.review] : []);
  const reviews = reviewSource.map(review).filter((r) => r !== undefined);
  const fs = diskFs(root);
  const readLocal = (path: string) => {
    try {
      return new TextDecoder().decode(fs.readFile(path));
    } catch {
      return undefined;
    }
  };
  const today = beijingDate(base.now);
  // 离线时“最新提交中的文本”就是 --root 下的文件
  const sources = new Map<string, string>();
  for (const f of files) {
    const source = f.status !== "removed" && wantsSource(f.path) ? readLocal(f.path) : undefined;
    if (source !== undefined) sources.set(f.path, source);
  }
  let validation: Validation;
  const v = context.validation;
  if (typeof v === "string") validation = { state: v };
  else if (v) validation = v;
  else {
    const targets = files.map((f) => f.path).filter((p) => p.startsWith(`${requestsDir}/`) && fs.exists(p));
    const { findings } = validate({
      fs,
      scope: { kind: "files", files: targets },
      lang,
      today,
      parallelLoader: loadPool,
    });
    const errors = findings.filter((f) => f.severity === "error").length;
    validation = errors > 0 ? { state: "failed", errors } : { state: "passed" };
  }
  const pull: GatheredStage = {
    pr,
    files,
    commits,
    reviews,
    labels: labelNames(payload.pull_request),
    teams: new Map(Object.entries(context.teams ?? {}).map(([k, v]) => [k, new Set(v)])),
    validation,
    sources,
  };
  return stageInput(pull, { ...base, units: registry(root, today) });
}
