/**
 * govcloud audit：夜间审计。读仓库（系统状态、交付记录）、利用率（文件或 Prometheus）与打开的 PR，
 * 报告低负载云主机、到期与逾期的测试资源、下线未撤销的系统、超时的阶段与过期的申请，以及各单位的利用率汇总；
 * --open-issues 时每条发现在 GitHub 上保持一个 issue。
 *
 * 只有这一层读环境变量、令牌、时钟与终端；审计本身（scripts/core/audit/）是纯函数。
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { nationalCalendar } from "../adapters/calendar-files.ts";
import { defaultCatalogs, listProfiles, loadCatalog } from "../adapters/catalog-files.ts";
import {
  createOctokit,
  type GatheredStage,
  GitHubAccessError,
  parseRepo,
  stageInput,
  wantsSource,
} from "../adapters/github.ts";
import { applyIssueActions, gatherOpenPulls, issueClient } from "../adapters/github-issues.ts";
import type { GitHubCommit, GitHubFile, GitHubPullRequest, GitHubReview } from "../adapters/github-map.ts";
import { changedFile, commit, labelNames, pullRequestInfo, review } from "../adapters/github-map.ts";
import { loadPool } from "../adapters/load-pool.ts";
import { PrometheusError, prometheusSource } from "../adapters/prometheus.ts";
import { validate } from "../adapters/repository.ts";
import { auditWindow } from "../core/audit/assess.ts";
import { audit, systemViews } from "../core/audit/audit.ts";
import {
  type AuditConfig,
  AuditConfigError,
  auditConfigPath,
  parseAuditConfig,
} from "../core/audit/config.ts";
import { desiredIssues, type ExistingIssue, planIssueSync } from "../core/audit/issues.ts";
import { type AuditMetricsSource, auditHosts, inMemorySource } from "../core/audit/metrics.ts";
import type { AuditPart } from "../core/audit/profile.ts";
import { type AuditFormat, auditFormats, renderAudit } from "../core/audit/render.ts";
import type { AuditContext } from "../core/audit/types.ts";
import { CalendarRangeError } from "../core/calendar/workdays.ts";
import type { Catalog, CatalogProfile } from "../core/catalog/types.ts";
import type { Profile } from "../core/profile.ts";
import { repositoryConfigFile } from "../core/repository/config.ts";
import {
  parseReviewConfig,
  type ReviewConfig,
  ReviewConfigError,
  reviewConfigPath,
  reviewProfile,
} from "../core/review/config.ts";
import { unitRecords } from "../core/review/registry.ts";
import type { StageInput, Validation } from "../core/review/types.ts";
import { type Text, text } from "../core/text.ts";
import { cliClock } from "./clock.ts";
import { commandHelp, commandOptions } from "./commands.ts";
import { mergedDates } from "./git.ts";
import { openMetrics } from "./metrics.ts";
import { type Io, parseLang, repositoryRoot, UsageError } from "./options.ts";
import { repositoryProfile } from "./repository-profile.ts";

/** 运行环境：测试时替换。 */
export interface AuditRuntime {
  env?: Record<string, string | undefined>;
  now?: () => Date;
  /** stderr 是不是终端（进度条只在终端上画） */
  isTTY?: boolean;
  /** 重试时不真的等待（测试用，见 createOctokit） */
  noWait?: boolean;
  fetch?: typeof fetch;
}

/** 终端上的进度条（stderr）：阶段名、百分比；不是终端时什么也不画。 */
export function progressBar(write: (s: string) => void, enabled: boolean, clock: () => number = Date.now) {
  let last = 0;
  let drawn = false;
  return {
    update(label: string, done: number, total: number) {
      if (!enabled) return;
      const now = clock();
      if (done < total && now - last < 100) return;
      last = now;
      const ratio = total > 0 ? Math.min(1, done / total) : 1;
      const width = 24;
      const filled = Math.round(ratio * width);
      write(
        `\r\x1b[2K${label} [${"#".repeat(filled)}${"-".repeat(width - filled)}] ${Math.round(ratio * 100)}% ${done}/${total}`,
      );
      drawn = true;
    },
    done() {
      if (enabled && drawn) write("\r\x1b[2K");
      drawn = false;
    },
  };
}

function readOptional(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** --metrics 的来源。 */
function openSource(
  spec: string,
  cwd: string,
  config: AuditConfig,
  env: Record<string, string | undefined>,
  fetchImpl?: typeof fetch,
): AuditMetricsSource {
  if (spec.startsWith("file:")) return inMemorySource(openMetrics(spec, cwd));
  const m = /^prometheus:(https?:\/\/.+)$/.exec(spec);
  if (!m)
    throw new UsageError(
      `--metrics 应写成 file:<路径> 或 prometheus:<地址>（如 prometheus:http://127.0.0.1:9090），这里是 ${spec}。`,
      `--metrics must be file:<path> or prometheus:<url> (e.g. prometheus:http://127.0.0.1:9090), not ${spec}.`,
    );
  try {
    new URL(m[1] as string);
  } catch {
    throw new UsageError(
      `--metrics 中的地址不合法：${m[1]}。`,
      `The address in --metrics is not a URL: ${m[1]}.`,
    );
  }
  return prometheusSource({
    url: m[1] as string,
    settings: config.prometheus,
    ...(env.GOVCLOUD_PROMETHEUS_TOKEN ? { token: env.GOVCLOUD_PROMETHEUS_TOKEN } : {}),
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
}

interface OfflinePull {
  pull_request: GitHubPullRequest;
  files?: GitHubFile[];
  commits?: GitHubCommit[];
  reviews?: GitHubReview[];
  /** PR 最新提交中申请与单位登记文件的文本：路径 → 文本 */
  contents?: Record<string, string>;
  teams?: Record<string, string[]>;
  validation?: "passed" | "failed" | "pending" | Validation;
}

/** 离线的打开 PR 列表（--prs 文件）：数组，或 {"pulls": [...]}；每项的字段同 govcloud stage 的上下文。 */
function readOfflinePulls(path: string, cwd: string): GatheredStage[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolve(cwd, path), "utf8"));
  } catch (error) {
    throw new UsageError(
      `读不出 PR 文件 ${path}：${(error as Error).message}`,
      `Cannot read the pull request file ${path}: ${(error as Error).message}`,
    );
  }
  const list = (Array.isArray(data) ? data : (data as { pulls?: unknown })?.pulls) as
    | OfflinePull[]
    | undefined;
  if (!Array.isArray(list) || !list.every((p) => p && typeof p === "object" && p.pull_request))
    throw new UsageError(
      `${path} 应为 PR 的数组（或 {"pulls": [...]}），每项有 pull_request 字段。`,
      `${path} must be an array of pull requests (or {"pulls": [...]}), each with a pull_request field.`,
    );
  return list.map((p) => {
    const v = p.validation;
    return {
      pr: pullRequestInfo(p.pull_request),
      labels: labelNames(p.pull_request),
      files: (p.files ?? []).map(changedFile),
      commits: (p.commits ?? []).map(commit),
      reviews: (p.reviews ?? []).map(review).filter((r) => r !== undefined),
      teams: new Map(Object.entries(p.teams ?? {}).map(([k, members]) => [k, new Set(members)])),
      validation: typeof v === "string" ? { state: v } : (v ?? { state: "missing" }),
      sources: new Map(Object.entries(p.contents ?? {})),
    };
  });
}

/** 审计配置：解析、按 profile 的扩容线核对余量；旧写法的 `profile:` 须与 govcloud.yaml 的相同。 */
function readAuditConfig(source: string | undefined, file: string, profile: Profile): AuditConfig {
  const config = parseAuditConfig(source, file, profile.audit);
  if (config.profile !== undefined && config.profile !== profile.id)
    throw new AuditConfigError(
      `${file}：profile 为 ${config.profile}，与 ${repositoryConfigFile} 的 ${profile.id} 不同：仓库的 profile 由 ${repositoryConfigFile} 决定，请删去 ${file} 中的 profile 一行。`,
      `${file}: profile is ${config.profile}, but ${repositoryConfigFile} says ${profile.id}: the repository's profile is chosen in ${repositoryConfigFile}; remove the profile line from ${file}.`,
    );
  return config;
}

function readReviewConfig(root: string): ReviewConfig {
  const source = readOptional(join(root, reviewConfigPath));
  if (source === undefined)
    throw new ReviewConfigError(
      reviewConfigPath,
      `检查阶段时限需要审查流程配置 ${reviewConfigPath}。`,
      `Checking stage clocks needs the review configuration ${reviewConfigPath}.`,
    );
  return parseReviewConfig(source, reviewConfigPath);
}

export async function runAudit(args: string[], io: Io, runtime: AuditRuntime = {}): Promise<number> {
  const env = runtime.env ?? io.env ?? process.env;
  const clock = runtime.now ?? io.now ?? (() => new Date());
  const { values } = parseArgs({
    args,
    options: commandOptions("audit"),
  });
  const lang = parseLang(values.lang);
  if (values.help) {
    io.stdout(commandHelp("audit", lang));
    return 0;
  }
  const format = values.format as AuditFormat;
  if (!auditFormats.includes(format))
    throw new UsageError(
      `--format 只能是 ${auditFormats.join("、")}，这里是 ${values.format}。`,
      `--format must be one of ${auditFormats.join(", ")}, not ${values.format}.`,
    );
  const { root, fs } = repositoryRoot(io, values.root);
  const { today, instant: now } = cliClock(values.now, { env, now: clock });
  const bar = progressBar(
    io.stderr,
    (runtime.isTTY ?? process.stderr.isTTY === true) && !values["no-progress"],
  );
  const openIssues = values["open-issues"] === true;
  const prsSpec = values.prs ?? (openIssues ? "github" : undefined);
  const repoRef = parseRepo(env.GITHUB_REPOSITORY ?? "");
  if ((openIssues || prsSpec === "github") && (!repoRef || !env.GITHUB_TOKEN))
    throw new UsageError(
      "--open-issues 与 --prs github 需要环境变量 GITHUB_TOKEN 与 GITHUB_REPOSITORY（形如 owner/repo）。",
      "--open-issues and --prs github need GITHUB_TOKEN and GITHUB_REPOSITORY (owner/repo) in the environment.",
    );

  try {
    // --config 相对当前目录（命令行上的路径）；缺省的配置在仓库根目录下，没有时用默认值
    const configFile = values.config ?? auditConfigPath;
    const configText = readOptional(
      values.config === undefined ? resolve(root, configFile) : resolve(io.cwd, configFile),
    );
    if (values.config !== undefined && configText === undefined)
      throw new UsageError(
        `读不到审计配置 ${configFile}。`,
        `Cannot read the audit configuration ${configFile}.`,
      );
    const profile = repositoryProfile(fs);
    const part: AuditPart = profile.audit;
    const config = readAuditConfig(configText, configFile, profile);
    const calendar = nationalCalendar(root);
    const profiles = listProfiles(root);
    const catalogCache = new Map<string, Catalog | undefined>();
    const catalogs = (p: string) => {
      if (!catalogCache.has(p))
        catalogCache.set(p, profiles.includes(p) ? loadCatalog(p, root) : defaultCatalogs(p));
      return catalogCache.get(p);
    };

    bar.update(lang === "zh" ? "读取仓库" : "loading", 0, 1);
    const { repo, histories } = validate({
      fs,
      scope: { kind: "all" },
      lang,
      today,
      catalogs,
      parallelLoader: loadPool,
    });
    const systems = systemViews(repo, histories);
    bar.update(lang === "zh" ? "读取仓库" : "loading", 1, 1);

    let metrics: AuditContext["metrics"];
    if (values.metrics !== undefined) {
      const source = openSource(values.metrics, io.cwd, config, env, runtime.fetch);
      const window = auditWindow({ calendar, today });
      metrics = await source.prefetch(auditHosts(systems, config), window.length ? [window] : [], (d, t) =>
        bar.update(lang === "zh" ? "利用率" : "utilization", d, t),
      );
    }

    const octokit =
      repoRef && env.GITHUB_TOKEN && (openIssues || prsSpec === "github")
        ? createOctokit({
            token: env.GITHUB_TOKEN,
            ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
            userAgent: "govcloud-audit",
            ...(runtime.noWait ? { noWait: true } : {}),
          })
        : undefined;

    let pulls: StageInput[] | undefined;
    let skippedPulls: Text | undefined;
    let review: ReviewConfig | undefined;
    let catalogProfile: CatalogProfile | undefined;
    let gathered: GatheredStage[] | undefined;
    if (prsSpec !== undefined) {
      review = readReviewConfig(root);
      const profileId = reviewProfile(review, profile.id);
      catalogProfile = catalogs(profileId)?.profile;
      if (!catalogProfile)
        throw new UsageError(
          `${reviewConfigPath} 的 profile ${profileId} 没有服务目录。`,
          `The profile ${profileId} of ${reviewConfigPath} has no catalog.`,
        );
      if (prsSpec !== "github") gathered = readOfflinePulls(prsSpec, io.cwd);
      else
        try {
          gathered = await gatherOpenPulls(
            octokit as NonNullable<typeof octokit>,
            repoRef as NonNullable<typeof repoRef>,
            review,
            wantsSource,
            (d, t) => bar.update(lang === "zh" ? "读取 PR" : "pull requests", d, t),
          );
        } catch (error) {
          // 读不了团队成员等：其余检查照做，阶段检查跳过（它们的 issue 保持原状）
          if (!(error instanceof GitHubAccessError)) throw error;
          bar.done();
          io.stderr(`govcloud: ${error[lang]}\n`);
          skippedPulls = text(
            `读不到打开的 PR（${error.zh}），未检查阶段时限与申请有效期。`,
            `Could not read the open pull requests (${error.en}); stage clocks and application validity were not checked.`,
          );
        }
    }
    if (gathered && review && catalogProfile) {
      const units = unitRecords(repo);
      const context = {
        config: review,
        profile: catalogProfile,
        review: profile.review,
        calendar,
        now,
        units,
      };
      pulls = gathered.map((g) => stageInput(g, context));
    }

    // 合并日期（实施时限检查用）：默认分支的 git 历史；不是 git 仓库时这项检查跳过
    const mergedOn = await mergedDates(root);
    const report = audit(
      {
        today,
        now,
        calendar,
        catalogs,
        config,
        systems,
        ...(metrics ? { metrics } : {}),
        ...(pulls ? { pulls } : {}),
        ...(mergedOn ? { mergedOn } : {}),
      },
      part,
    );
    if (skippedPulls)
      report.notes = [skippedPulls, ...report.notes.filter((n) => !n.zh.startsWith("没有打开的 PR 数据"))];
    bar.done();
    io.stdout(renderAudit(report, format, lang, part));

    if (openIssues && octokit && repoRef) {
      const client = issueClient(octokit, repoRef);
      const botLogin = values["bot-login"];
      const desired = desiredIssues(report, config.issues, lang, part);
      const plan = (existing: ExistingIssue[]) =>
        planIssueSync(desired, existing, {
          checked: report.checked,
          undetermined: report.undetermined,
          maxCreate: config.issues.maxCreatePerRun,
          isOwn: (i) =>
            botLogin ? i.author.login.toLowerCase() === botLogin.toLowerCase() : i.author.type === "Bot",
          lang,
          today,
        });
      let actions = plan(await client.listIssues(config.issues.label));
      // 要新建时先查全部 issue：审计标签被人摘掉的旧 issue 仍按标记找回（并补回标签），不重复新建
      if (actions.some((a) => a.kind === "create")) actions = plan(await client.listIssues());
      const sync = await applyIssueActions(client, actions, {
        label: config.issues.label,
        progress: (d, t) => bar.update("issues", d, t),
      });
      bar.done();
      io.stderr(
        lang === "zh"
          ? `govcloud audit：issue 新建 ${sync.created.length}，更新 ${sync.updated.length}，重新打开 ${sync.reopened.length}，关闭 ${sync.closed.length}，未变 ${sync.unchanged}${sync.suppressed ? `，已确认不处理 ${sync.suppressed}` : ""}${sync.deferred ? `，超过单次上限留待下次 ${sync.deferred}` : ""}。\n`
          : `govcloud audit: issues created ${sync.created.length}, updated ${sync.updated.length}, reopened ${sync.reopened.length}, closed ${sync.closed.length}, unchanged ${sync.unchanged}${sync.suppressed ? `, dismissed ${sync.suppressed}` : ""}${sync.deferred ? `, deferred past the per-run limit ${sync.deferred}` : ""}.\n`,
      );
    }
    return 0;
  } catch (error) {
    bar.done();
    if (
      error instanceof AuditConfigError ||
      error instanceof PrometheusError ||
      error instanceof ReviewConfigError ||
      error instanceof GitHubAccessError
    ) {
      io.stderr(`govcloud: ${error[lang]}\n`);
      return 2;
    }
    if (error instanceof CalendarRangeError) {
      io.stderr(`govcloud: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
