/**
 * govcloud drafts：把夜间审计起草的申请开成草稿 PR（机器人的分支 govcloud-bot/<检查>/<单位>/<系统>，一个主题一个，
 * 更新而不重复，问题消失后关闭），把漂移报告同步为每个系统一个 issue（一致后关闭）。
 *
 * gather（审计 JSON、漂移 JSON、单位登记、草稿的校验、GitHub 上已有的 PR 与 issue）→ decide（planDraftSync、
 * planIssueSync，纯函数）→ write（适配器，只写差异）→ 报告（文字或 JSON；JSON 供 govcloud notify --from-drafts）。
 * 说明见 docs/drafts.md。
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import yaml from "js-yaml";
import { nationalCalendar } from "../adapters/calendar-files.ts";
import { listProfiles, loadCatalog } from "../adapters/catalog-files.ts";
import { createOctokit, GitHubAccessError, parseRepo } from "../adapters/github.ts";
import { applyDraftActions, type DraftOutcome, draftClient } from "../adapters/github-drafts.ts";
import { applyIssueActions, issueClient } from "../adapters/github-issues.ts";
import { validate } from "../adapters/repository.ts";
import { systemViews } from "../core/audit/audit.ts";
import { AuditConfigError, auditConfigPath, parseAuditConfig } from "../core/audit/config.ts";
import { type ExistingIssue, markerKey, planIssueSync } from "../core/audit/issues.ts";
import type { Catalog } from "../core/catalog/types.ts";
import {
  type DraftContext,
  type DraftProblem,
  draftBody,
  draftTitle,
  parseDraftMarker,
} from "../core/drafts/body.ts";
import { driftDrafts, reverseFlavors } from "../core/drafts/drift-drafts.ts";
import { driftCheck, driftIssues, type StackDriftJson } from "../core/drafts/drift-issues.ts";
import { type DriftReportProblem, parseDriftReport } from "../core/drafts/drift-report.ts";
import { type ExistingPull, planDraftSync } from "../core/drafts/plan.ts";
import { draftSequence, type HeldDraft, numberDrafts } from "../core/drafts/sequence.ts";
import { type DraftSubject, draftSubjects, type ReportFinding } from "../core/drafts/subjects.ts";
import type { RepoFs } from "../core/repository/fs.ts";
import { requestsDir } from "../core/repository/layout.ts";
import type { Lang } from "../core/text.ts";
import { cliClock } from "./clock.ts";
import { commandHelp, commandOptions } from "./commands.ts";
import { type Io, parseLang, repositoryRoot, UsageError } from "./options.ts";
import { repositoryProfile } from "./repository-profile.ts";

/** 运行环境：测试时替换。 */
export interface DraftsRuntime {
  /** 重试时不真的等待（测试用，见 createOctokit） */
  noWait?: boolean;
}

interface AuditJson {
  today?: string;
  findings: ReportFinding[];
  checked: string[];
  undetermined: string[];
}

function readJson(path: string, cwd: string, what: { zh: string; en: string }): unknown {
  try {
    return JSON.parse(readFileSync(resolve(cwd, path), "utf8"));
  } catch (error) {
    throw new UsageError(
      `读不出${what.zh} ${path}：${(error as Error).message}`,
      `Cannot read the ${what.en} ${path}: ${(error as Error).message}`,
    );
  }
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x) => typeof x === "string") : []);

function readAudit(path: string, cwd: string): AuditJson {
  const data = readJson(path, cwd, { zh: "审计报告", en: "audit report" }) as Record<string, unknown> | null;
  if (!data || !Array.isArray(data.findings))
    throw new UsageError(
      `${path} 不是 govcloud audit --format json 的报告（没有 findings）。`,
      `${path} is not a govcloud audit --format json report (no findings).`,
    );
  const findings = data.findings.filter(
    (f): f is ReportFinding =>
      typeof f === "object" &&
      f !== null &&
      typeof f.key === "string" &&
      typeof f.check === "string" &&
      typeof f.unit === "string" &&
      typeof f.title === "string" &&
      typeof f.message === "string" &&
      typeof f.action === "string",
  );
  return {
    ...(typeof data.today === "string" && /^\d{4}-\d{2}-\d{2}$/.test(data.today)
      ? { today: data.today }
      : {}),
    findings,
    checked: strings(data.checked),
    undetermined: strings(data.undetermined),
  };
}

/**
 * 读漂移报告（drift-report.ts 核对形态）：形态不对的 stack 不用（它的 issue 与 PR 保持原状），
 * 每一处写明文件与 JSON 指针，交给调用者报告。
 */
function readDrift(
  paths: readonly string[],
  cwd: string,
): { stacks: StackDriftJson[]; problems: { file: string; problem: DriftReportProblem }[] } {
  const stacks: StackDriftJson[] = [];
  const problems: { file: string; problem: DriftReportProblem }[] = [];
  for (const path of paths) {
    const report = parseDriftReport(readJson(path, cwd, { zh: "漂移报告", en: "drift report" }));
    stacks.push(...report.stacks);
    problems.push(...report.problems.map((problem) => ({ file: path, problem })));
  }
  return { stacks, problems };
}

/** 漂移报告中形态不对的一处：哪个文件、哪一项、应是什么、怎么办。 */
function driftProblemLine(p: { file: string; problem: DriftReportProblem }, lang: Lang): string {
  const { pointer, problem } = p.problem;
  return lang === "zh"
    ? `govcloud drafts：漂移报告 ${p.file} 的 ${pointer}：${problem.zh}。这一项所在的 stack 没有处理（它的 issue 与草稿 PR 保持原状）；请用 govcloud drift --format json 重新生成这份报告。\n`
    : `govcloud drafts: drift report ${p.file} at ${pointer}: ${problem.en}. The stack holding it was skipped (its issue and draft PR are left as they are); regenerate the report with govcloud drift --format json.\n`;
}

/** 单位登记中今天有效的授权代理人（姓名与 GitHub 账号）。读不出时为空。 */
function unitAgents(root: string, unit: string, today: string): { name: string; github: string }[] {
  if (!/^[a-z][a-z0-9-]{0,63}$/.test(unit)) return [];
  let doc: unknown;
  try {
    doc = yaml.load(readFileSync(join(root, requestsDir, unit, "unit.yaml"), "utf8"), {
      schema: yaml.JSON_SCHEMA,
    });
  } catch {
    return [];
  }
  const agents = (doc as { agents?: unknown } | null)?.agents;
  if (!Array.isArray(agents)) return [];
  return agents.flatMap((a: Record<string, unknown>) => {
    const ok =
      typeof a?.name === "string" &&
      typeof a.github === "string" &&
      /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(a.github) &&
      String(a.validFrom ?? "") <= today &&
      today <= String(a.validTo ?? "") &&
      (a.revokedOn === undefined || String(a.revokedOn) > today);
    return ok ? [{ name: a.name as string, github: a.github as string }] : [];
  });
}

/** 磁盘上的仓库，再加一个文件（草稿）：校验草稿时它与已合并的申请一起加载。 */
function withFile(fs: RepoFs, path: string, content: string): RepoFs {
  const bytes = new TextEncoder().encode(content);
  const dir = path.slice(0, path.lastIndexOf("/"));
  const name = path.slice(path.lastIndexOf("/") + 1);
  return {
    readFile: (p) => (p === path ? bytes : fs.readFile(p)),
    read: (p, max) =>
      p === path ? (bytes.length > max ? { tooLarge: bytes.length } : { bytes }) : fs.read(p, max),
    refusal: (p) => (p === path ? undefined : fs.refusal(p)),
    list: (d) => {
      const entries = fs.list(d);
      return d === dir && !entries.some((e) => e.name === name)
        ? [...entries, { name, dir: false }]
        : entries;
    },
    exists: (p) => p === path || p === dir || fs.exists(p),
  };
}

/** 同一系统、序号在前的草稿。 */
function sameSystemBefore(other: DraftSubject, subject: DraftSubject): boolean {
  const a = draftSequence(other.file);
  const b = draftSequence(subject.file);
  return a !== undefined && b !== undefined && a.systemDir === b.systemDir && a.sequence < b.sequence;
}

/** 机器人已打开的草稿 PR 与它们的草稿文件（正文标题行中的位置）。 */
function heldDrafts(existing: readonly ExistingPull[], isOwn: (p: ExistingPull) => boolean): HeldDraft[] {
  return existing.flatMap((p) => {
    const key = p.state === "open" && isOwn(p) ? parseDraftMarker(p.body)?.key : undefined;
    const file = /`(requests\/[a-z0-9-]+\/[a-z0-9-]+\/\d{4}-[a-z-]+\.yaml)`/.exec(p.body)?.[1];
    return key && file ? [{ key, file }] : [];
  });
}

/** 用 govcloud validate 的规则校验一份草稿（与已合并的申请一起）：只返回草稿文件中的错误。 */
function draftProblems(
  fs: RepoFs,
  subject: DraftSubject,
  earlier: readonly DraftSubject[],
  today: string,
  lang: Lang,
  catalogs: (p: string) => Catalog | undefined,
  calendar: ReturnType<typeof nationalCalendar>,
): DraftProblem[] {
  const { findings } = validate({
    fs: [...earlier, subject].reduce((tree, d) => withFile(tree, d.file, d.yaml), fs),
    scope: { kind: "files", files: [subject.file] },
    lang,
    today,
    catalogs,
    calendar,
  });
  // 同一处的几条（如 schema 的类型与取值范围）只列第一条
  const seen = new Set<string>();
  return findings
    .filter((f) => f.file === subject.file && f.severity === "error")
    .filter((f) => !seen.has(`${f.line}:${f.path}`) && Boolean(seen.add(`${f.line}:${f.path}`)))
    .map((f) => ({ line: f.line, column: f.column, path: f.path, message: f.message }));
}

function summary(outcomes: readonly DraftOutcome[], lang: Lang): string {
  const zh = lang === "zh";
  const word = {
    created: zh ? "新建" : "created",
    updated: zh ? "更新" : "updated",
    closed: zh ? "关闭" : "closed",
  };
  return outcomes
    .map((o) => `${word[o.action]}\t#${o.number}\t${o.key}${o.url ? `\t${o.url}` : ""}`)
    .join("\n");
}

/** 漂移 issue 的同步：只看带漂移键的 issue；这次没有检查到的系统（作业失败、preview 出错）的 issue 保持原状。 */
async function syncDriftIssues(
  client: ReturnType<typeof issueClient>,
  drift: ReturnType<typeof driftIssues>,
  options: {
    label: string;
    maxCreate: number;
    isOwn: (author: { login: string; type: string }) => boolean;
    lang: Lang;
    today: string;
  },
) {
  const { lang } = options;
  const existing = (await client.listIssues(options.label)).filter((i: ExistingIssue) =>
    markerKey(i.body)?.startsWith(`${driftCheck}/`),
  );
  const checked = new Set(drift.checked);
  const undetermined = existing.map((i) => markerKey(i.body) as string).filter((k) => !checked.has(k));
  const actions = planIssueSync(drift.desired, existing, {
    checked: [driftCheck],
    undetermined,
    maxCreate: options.maxCreate,
    isOwn: (i) => options.isOwn(i.author),
    lang,
    today: options.today,
  });
  const sync = await applyIssueActions(client, actions, { label: options.label });
  const updated = [...sync.updated, ...sync.reopened];
  return {
    numbers: { created: sync.created, updated, closed: sync.closed },
    line:
      lang === "zh"
        ? `漂移 issue：新建 ${sync.created.length}，更新 ${updated.length}，关闭 ${sync.closed.length}，未变 ${sync.unchanged}。`
        : `Drift issues: created ${sync.created.length}, updated ${updated.length}, closed ${sync.closed.length}, unchanged ${sync.unchanged}.`,
  };
}

/** 审计配置（issue 标签、单次上限）与服务目录（校验草稿用）。 */
function auditSettings(root: string, profile: ReturnType<typeof repositoryProfile>) {
  let configText: string | undefined;
  try {
    configText = readFileSync(join(root, auditConfigPath), "utf8");
  } catch {
    configText = undefined;
  }
  let config: ReturnType<typeof parseAuditConfig>;
  try {
    config = parseAuditConfig(configText, auditConfigPath, profile.audit);
  } catch (error) {
    if (error instanceof AuditConfigError) throw new UsageError(error.zh, error.en);
    throw error;
  }
  const profiles = listProfiles(root);
  const cache = new Map<string, Catalog | undefined>();
  const catalogs = (p: string) => {
    if (!cache.has(p)) cache.set(p, profiles.includes(p) ? loadCatalog(p, root) : undefined);
    return cache.get(p);
  };
  return { config, catalogs };
}

/**
 * 漂移修复的草稿（Profile.audit.driftDraft）：读仓库的状态（系统视图）与站点配置的规格名映射（pulumi/site.yaml），
 * 交给纯的 driftDrafts。站点配置读不出时只认默认的规格名 c{vCPU}m{内存GB}。
 */
function driftRepairs(
  root: string,
  fs: RepoFs,
  stacks: readonly StackDriftJson[],
  options: {
    today: string;
    lang: Lang;
    catalogs: (p: string) => Catalog | undefined;
    calendar: ReturnType<typeof nationalCalendar>;
    draft: Parameters<typeof driftDrafts>[1]["draft"];
  },
) {
  const { repo, histories } = validate({
    fs,
    scope: { kind: "all" },
    lang: options.lang,
    today: options.today,
    catalogs: options.catalogs,
    calendar: options.calendar,
  });
  let site: unknown;
  try {
    site = yaml.load(readFileSync(join(root, "pulumi", "site.yaml"), "utf8"), { schema: yaml.CORE_SCHEMA });
  } catch {
    site = undefined;
  }
  return driftDrafts(stacks, {
    views: systemViews(repo, histories),
    flavors: reverseFlavors(site),
    draft: options.draft,
    today: options.today,
    calendar: options.calendar,
    lang: options.lang,
  });
}

/** --dry-run：会开的草稿 PR（JSON 含正文与校验结果）与会保持的漂移 issue。 */
function renderDryRun(
  drafts: { branch: string; file: string; problems: readonly DraftProblem[] }[],
  driftLines: readonly string[],
  format: string,
): string {
  if (format === "json") return `${JSON.stringify({ drafts, driftIssues: driftLines }, null, 2)}\n`;
  return `${[...drafts.map((d) => `${d.branch}\t${d.file}\t${d.problems.length}`), ...driftLines].join("\n")}\n`;
}

export async function runDrafts(args: string[], io: Io, runtime: DraftsRuntime = {}): Promise<number> {
  const env = io.env ?? process.env;
  const { values } = parseArgs({ args, options: commandOptions("drafts") });
  const lang = parseLang(values.lang);
  if (values.help) {
    io.stdout(commandHelp("drafts", lang));
    return 0;
  }
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format 只能是 text 或 json。`, `--format must be text or json.`);
  const driftFiles = (values.drift as string[] | undefined) ?? [];
  if (!values["from-audit"] && driftFiles.length === 0)
    throw new UsageError(
      "缺少 --from-audit <审计报告.json> 或 --drift <漂移报告.json>。",
      "--from-audit <audit.json> or --drift <drift.json> is missing.",
    );
  const { root, fs } = repositoryRoot(io, values.root);
  const profile = repositoryProfile(fs);
  const dryRun = values["dry-run"] === true;
  const repoRef = parseRepo(env.GITHUB_REPOSITORY ?? "");
  if (!dryRun && (!repoRef || !env.GITHUB_TOKEN))
    throw new UsageError(
      "govcloud drafts 需要环境变量 GITHUB_TOKEN 与 GITHUB_REPOSITORY（形如 owner/repo）；只看会做什么用 --dry-run。",
      "govcloud drafts needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/repo) in the environment; use --dry-run to only see what it would do.",
    );

  // gather
  const audit = values["from-audit"] ? readAudit(values["from-audit"], io.cwd) : undefined;
  const { stacks, problems: reportProblems } = readDrift(driftFiles, io.cwd);
  for (const p of reportProblems) io.stderr(driftProblemLine(p, lang));
  // 输入有错：照常处理其他系统，最后以 1 退出（2 只留给我们自己的故障）
  const exitCode = reportProblems.length > 0 ? 1 : 0;
  const today = audit?.today ?? cliClock(values.now, { env, ...(io.now ? { now: io.now } : {}) }).today;
  const { config, catalogs } = auditSettings(root, profile);
  const calendar = nationalCalendar(root);
  const repair =
    stacks.length > 0
      ? driftRepairs(root, fs, stacks, { today, lang, catalogs, calendar, draft: profile.audit.driftDraft })
      : undefined;
  const found = draftSubjects([...(audit?.findings ?? []), ...(repair?.findings ?? [])]);
  const agents = new Map<string, { name: string; github: string }[]>();
  const problems = new Map<string, DraftProblem[]>();
  /** 序号（sequence.ts：同一系统的几份草稿各一个，机器人其他 PR 占着的让出）→ 校验 → 漂移 issue 的说明 */
  const prepare = (held: readonly HeldDraft[]) => {
    const subjects = numberDrafts(found, held);
    const moved = new Map(
      subjects.flatMap((s) => {
        const before = found.find((f) => f.key === s.key);
        return before && before.file !== s.file ? [[s.key, { from: before.file, to: s.file }] as const] : [];
      }),
    );
    for (const s of subjects) {
      if (!agents.has(s.unit)) agents.set(s.unit, unitAgents(root, s.unit, today));
      // 同一系统序号在前的草稿一起放进仓库再校验：这份草稿合并时它们也在
      const earlier = subjects.filter((o) => o.key !== s.key && sameSystemBefore(o, s));
      problems.set(s.key, draftProblems(fs, s, earlier, today, lang, catalogs, calendar));
    }
    const notes = repair
      ? new Map(
          [...repair.notes].map(([key, lines]) => {
            const m = moved.get(key);
            return [key, m ? lines.map((l) => l.replaceAll(m.from, m.to)) : lines] as const;
          }),
        )
      : undefined;
    const drift = driftIssues(
      stacks,
      { label: config.issues.label, driftLabel: "govcloud-drift" },
      lang,
      notes,
    );
    return { subjects, drift };
  };
  const context = (s: DraftSubject): DraftContext => ({
    today,
    lang,
    agents: (agents.get(s.unit) ?? []).map((a) => a.name),
    problems: problems.get(s.key) ?? [],
  });

  if (dryRun) {
    const { subjects, drift } = prepare([]);
    io.stdout(
      renderDryRun(
        subjects.map((s) => ({
          key: s.key,
          branch: s.branch,
          file: s.file,
          title: draftTitle(s, lang),
          reviewers: (agents.get(s.unit) ?? []).map((a) => a.github),
          problems: problems.get(s.key) ?? [],
          body: draftBody(s, context(s), "0".repeat(40)),
        })),
        drift.desired.map((d) => `${d.key}\t${d.title}`),
        format,
      ),
    );
    return exitCode;
  }

  const ref = repoRef as NonNullable<typeof repoRef>;
  const octokit = createOctokit({
    token: env.GITHUB_TOKEN as string,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    userAgent: "govcloud-drafts",
    ...(runtime.noWait ? { noWait: true } : {}),
  });
  const botLogin = values["bot-login"];
  const isOwn = (author: { login: string; type: string }) =>
    botLogin ? author.login.toLowerCase() === botLogin.toLowerCase() : author.type === "Bot";
  const server = (env.GITHUB_SERVER_URL ?? "https://github.com").replace(/\/+$/, "");
  const htmlUrl = (n: number) => `${server}/${ref.owner}/${ref.repo}/pull/${n}`;

  try {
    let outcomes: DraftOutcome[] = [];
    const lines: string[] = [];
    const client = draftClient(octokit, ref);
    const existing: ExistingPull[] = audit || repair ? await client.listBotPulls() : [];
    const { subjects, drift } = prepare(heldDrafts(existing, (p) => isOwn(p.author)));
    if (audit || repair) {
      // 漂移修复的 PR：这次没有检查到的系统（作业失败、preview 出错）的 PR 保持原状
      const driftChecked = new Set(drift.checked);
      const driftUnchecked = repair
        ? existing
            .map((p) => parseDraftMarker(p.body)?.key)
            .filter((k): k is string => k?.startsWith(`${driftCheck}/`) === true)
            .filter((k) => !driftChecked.has(k.split("/").slice(0, 3).join("/")))
        : [];
      const actions = planDraftSync(subjects, existing, {
        checked: [...(audit?.checked ?? []), ...(repair ? [driftCheck] : [])],
        undetermined: [...(audit?.undetermined ?? []), ...driftUnchecked],
        maxCreate: config.issues.maxCreatePerRun,
        isOwn: (p) => isOwn(p.author),
        body: (s, commit) => draftBody(s, context(s), commit),
        title: (s) => draftTitle(s, lang),
        lang,
        today,
      });
      const sync = await applyDraftActions(client, actions, {
        context,
        reviewers: (s) => (agents.get(s.unit) ?? []).map((a) => a.github),
        htmlUrl,
      });
      outcomes = sync.outcomes;
      for (const n of sync.notRequested)
        lines.push(
          lang === "zh"
            ? `#${n}：GitHub 不接受审查请求（授权代理人的账号不是仓库协作者），正文中写有他们的姓名。`
            : `#${n}: GitHub refused the review request (the agents' accounts are not collaborators); their names are in the body.`,
        );
      lines.push(
        lang === "zh"
          ? `草稿 PR：新建 ${outcomes.filter((o) => o.action === "created").length}，更新 ${outcomes.filter((o) => o.action === "updated").length}，关闭 ${outcomes.filter((o) => o.action === "closed").length}，未变 ${sync.unchanged}，已被关闭或刚合并 ${sync.suppressed}，留待下次 ${sync.deferred}。`
          : `Draft PRs: created ${outcomes.filter((o) => o.action === "created").length}, updated ${outcomes.filter((o) => o.action === "updated").length}, closed ${outcomes.filter((o) => o.action === "closed").length}, unchanged ${sync.unchanged}, dismissed or just merged ${sync.suppressed}, deferred ${sync.deferred}.`,
      );
    }
    const issues =
      driftFiles.length > 0
        ? await syncDriftIssues(issueClient(octokit, ref), drift, {
            label: config.issues.label,
            maxCreate: config.issues.maxCreatePerRun,
            isOwn,
            lang,
            today,
          })
        : undefined;
    if (issues) lines.push(issues.line);
    const result = { today, drafts: outcomes, ...(issues ? { driftIssues: issues.numbers } : {}) };
    if (values.out) writeFileSync(resolve(io.cwd, values.out), `${JSON.stringify(result, null, 2)}\n`);
    io.stdout(
      format === "json"
        ? `${JSON.stringify(result, null, 2)}\n`
        : `${[summary(outcomes, lang), ...lines].filter(Boolean).join("\n")}\n`,
    );
    return exitCode;
  } catch (error) {
    if (error instanceof GitHubAccessError) {
      io.stderr(`govcloud: ${error[lang]}\n`);
      return 2;
    }
    throw error;
  }
}
