import { execFile } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { defaultCatalogs, schemaDirectory } from "../adapters/catalog-files.ts";
import { diskFs } from "../adapters/disk-fs.ts";
import {
  createOctokit,
  GitHubAccessError,
  type GitHubClient,
  githubClient,
  parseRepo,
  readChecklistComment,
} from "../adapters/github.ts";
import { loadPool } from "../adapters/load-pool.ts";
import { loadRepositoryState, repositoryProfiles } from "../adapters/repository.ts";
import { findOnPath, missingTool } from "../adapters/tools.ts";
import type { Catalog } from "../core/catalog/types.ts";
import type { Application, Delivery, Loaded } from "../core/model.ts";
import { defaultProvision } from "../core/provision/binding.ts";
import {
  checklistCommentVerdict,
  checklistItems,
  checklistRefusalText,
  deliveryFromChecklist,
  parseChecklist,
  renderChecklist,
} from "../core/provision/checklist.ts";
import {
  deliveryFromOutputs,
  deliveryPath,
  deliveryYaml,
  mergeDelivery,
  pendingMove,
  renderNotification,
  zoneAfterProvision,
} from "../core/provision/delivery.ts";
import { desiredSystem } from "../core/provision/desired.ts";
import {
  driftExitCode,
  driftOf,
  parsePreview,
  renderDriftJson,
  renderDriftMarkdown,
  type StackDrift,
} from "../core/provision/drift.ts";
import { provisionInputs } from "../core/provision/input.ts";
import type { RepositoryState } from "../core/provision/load.ts";
import { parseStackName } from "../core/provision/naming.ts";
import { parseStackOutputs } from "../core/provision/outputs.ts";
import { planExitCode, renderPlanJson, renderPlanText } from "../core/provision/render.ts";
import type { DesiredSystem } from "../core/provision/types.ts";
import { systemKey } from "../core/repository/keys.ts";
import { requestsDir } from "../core/repository/layout.ts";
import type { Repository } from "../core/repository/load.ts";
import { parseReviewConfig, reviewConfigPath } from "../core/review/config.ts";
import { SchemaValidator } from "../core/schema/validate.ts";
import { foldSystem, type SystemHistory } from "../core/state/fold.ts";
import { type Lang, type Text, text } from "../core/text.ts";
import { registeredProfile } from "../profiles/index.ts";
import { cliClock } from "./clock.ts";
import { commandOptions } from "./commands.ts";
import { changedFiles } from "./git.ts";
import { type Io, parseLang, repositoryRoot, UsageError } from "./options.ts";

/** --date：交付日期，默认今天（北京时间，按 --now / GOVCLOUD_NOW / 系统时钟）。 */
function parseDate(value: string | undefined, today: string): string {
  if (value === undefined) return today;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`)))
    throw new UsageError(
      `--date 应为日期 YYYY-MM-DD，这里是 ${value}。`,
      `--date must be YYYY-MM-DD, not ${value}.`,
    );
  return value;
}

function parseSystem(value: string | undefined, option = "--system"): { unit: string; system: string } {
  const m = value === undefined ? null : /^([a-z][a-z0-9-]*)\/([a-z][a-z0-9-]*)$/.exec(value);
  if (!m)
    throw new UsageError(
      `${option} 应为 <单位>/<系统>（目录名），如 sz-edu/student-registry${value === undefined ? "" : `，这里是 ${value}`}。`,
      `${option} must be <unit>/<system> (folder names), like sz-edu/student-registry.`,
    );
  return { unit: m[1] as string, system: m[2] as string };
}

function parseApplication(value: string | undefined): number {
  if (value === undefined || !/^[1-9]\d*$/.test(value))
    throw new UsageError(
      `--application 应为申请序号（正整数）${value === undefined ? "" : `，这里是 ${value}`}。`,
      "--application must be the application sequence (a positive integer).",
    );
  return Number(value);
}

/**
 * 仓库的状态（加载、schema 与折叠，不运行规则：发放读状态，不读规则的结论）。
 * 期望状态与日期无关；`--now`（或 GOVCLOUD_NOW）照样像每个命令一样核对写法，写错时是用法错误。
 */
function loadRepo(
  io: Io,
  rootOption: string | undefined,
  nowOption: string | undefined,
): RepositoryState & { root: string } {
  const { root, fs } = repositoryRoot(io, rootOption);
  cliClock(nowOption, io);
  return { root, ...loadRepositoryState(fs, repositoryProfiles, loadPool) };
}

function readText(io: Io, path: string, option: string): string {
  try {
    return readFileSync(resolve(io.cwd, path), "utf8");
  } catch {
    throw new UsageError(`找不到 ${option} 指定的文件 ${path}。`, `File ${path} (${option}) not found.`);
  }
}

function readJson(io: Io, path: string, option: string): unknown {
  const source = readText(io, path, option);
  try {
    return JSON.parse(source);
  } catch (error) {
    throw new UsageError(
      `${path}（${option}）不是 JSON：${(error as Error).message}`,
      `${path} (${option}) is not JSON: ${(error as Error).message}`,
    );
  }
}

// ---------------------------------------------------------------- plan

export interface PlanEntry extends DesiredSystem {
  /** --changed-from 时：改动过的申请序号（流水线按它们写交付记录、贴交付清单） */
  changedApplications?: number[];
}

export async function runPlan(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: commandOptions("plan"),
  });
  const lang = parseLang(values.lang);
  const format = values.format;
  if (format !== "text" && format !== "json")
    throw new UsageError(
      `--format 只能是 text 或 json，这里是 ${format}。`,
      `--format must be text or json, not ${format}.`,
    );
  const { root, repo, histories } = loadRepo(io, values.root, values.now);
  const inputs = provisionInputs(repo, histories, defaultCatalogs, provisionOf);
  const wanted = new Set(
    (values.system ?? []).map((s) => {
      const { unit, system } = parseSystem(s);
      return systemKey(unit, system);
    }),
  );
  for (const key of wanted)
    if (!inputs.some((i) => systemKey(i.unit, i.system) === key))
      throw new UsageError(
        `仓库中没有系统 ${key}（requests/${key}/system.yaml）。`,
        `No system ${key} in the repository (requests/${key}/system.yaml).`,
      );
  const changed = new Map<string, number[]>();
  if (values["changed-from"] !== undefined) {
    const files = (await changedFiles(root, values["changed-from"])).filter((f) =>
      f.startsWith(`${requestsDir}/`),
    );
    for (const f of files) {
      const parts = f.split("/");
      if (parts.length < 4 || parts[3] === "attachments") continue;
      const key = systemKey(parts[1] as string, parts[2] as string);
      // 交付记录由流水线写，不触发发放；人工补上转生产（production.date）而云上还在测试区的除外（第14条）：
      // 那份申请要重新发放并写交付记录（zone: production）
      const record =
        parts[3] === "deliveries" ? repo.deliveries.get(key)?.find((d) => d.file === f) : undefined;
      if (parts[3] === "deliveries" && !(record && pendingMove(record.data))) continue;
      const sequences = changed.get(key) ?? [];
      const app = record
        ? repo.applications.get(key)?.find((a) => a.data.sequence === record.data.application)
        : repo.applications.get(key)?.find((a) => a.file === f);
      if (app && !sequences.includes(app.data.sequence)) sequences.push(app.data.sequence);
      changed.set(
        key,
        sequences.sort((a, b) => a - b),
      );
    }
  }
  const entries: PlanEntry[] = inputs
    .filter((i) => wanted.size === 0 || wanted.has(systemKey(i.unit, i.system)))
    .filter((i) => values["changed-from"] === undefined || changed.has(systemKey(i.unit, i.system)))
    .map((i) => {
      const d = desiredSystem(i);
      const apps = changed.get(systemKey(i.unit, i.system));
      return apps ? { ...d, changedApplications: apps } : d;
    });
  io.stdout(format === "json" ? renderPlanJson(entries, lang) : renderPlanText(entries, lang));
  return planExitCode(entries);
}

/** 系统所属 profile 的发放部分。 */
const provisionOf = (profile: string) => registeredProfile(profile)?.provision;

// ---------------------------------------------------------------- deliver

function findApplication(repo: Repository, key: string, sequence: number): Loaded<Application> {
  const app = repo.applications.get(key)?.find((a) => a.data.sequence === sequence);
  if (!app)
    throw new UsageError(
      `系统 ${key} 没有序号为 ${sequence} 的申请（或它没有通过校验：先运行 govcloud validate）。`,
      `System ${key} has no (valid) application ${sequence}.`,
    );
  return app;
}

export async function runDeliver(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: commandOptions("deliver"),
  });
  const { unit, system } = parseSystem(values.system);
  const sequence = parseApplication(values.application);
  const date = parseDate(values.date, cliClock(values.now, io).today);
  if (values.outputs === undefined && values.checklist === undefined)
    throw new UsageError(
      "请给出 --outputs（pulumi stack output --json）或 --checklist（勾选的交付清单），或两者。",
      "Give --outputs (pulumi stack output --json), --checklist (the ticked checklist), or both.",
    );
  const { root, repo } = loadRepo(io, values.root, values.now);
  const key = systemKey(unit, system);
  const registration = repo.systems.get(key)?.data;
  const unitRecord = repo.units.get(unit)?.data;
  if (!registration || !unitRecord)
    throw new UsageError(
      `仓库中没有系统 ${key}（requests/${key}/system.yaml）。`,
      `No system ${key} in the repository.`,
    );
  const { data: application } = findApplication(repo, key, sequence);
  const catalog = defaultCatalogs(registration.profile) as Catalog;
  const file = deliveryPath(unit, system, sequence);
  const existing = repo.deliveries.get(key)?.find((d) => d.data.application === sequence)?.data;

  // 有测试区与生产区之分的规范：发放之后申请的资源所在的区（转生产的那次发放写 production，第14条）
  const inService = foldSystem(repo.applications.get(key) ?? [], repo.deliveries.get(key) ?? []).current;
  const touched = (
    application.type === "new" || application.type === "test"
      ? application.resources.map((r) => r.id)
      : application.type === "change"
        ? [...application.changes.map((c) => c.resource), ...(application.additions ?? []).map((r) => r.id)]
        : []
  ).flatMap((id) => inService.resources.get(id) ?? []);
  const zone = zoneAfterProvision(touched, registeredProfile(registration.profile)?.provision);
  const zoned = (d: Delivery): Delivery => (zone ? { ...d, zone } : d);
  let delivery: Delivery | undefined = existing;
  const failures: string[] = [];
  if (values.outputs !== undefined) {
    let outputs: ReturnType<typeof parseStackOutputs>;
    try {
      outputs = parseStackOutputs(
        readJson(io, values.outputs, "--outputs"),
        (registeredProfile(registration.profile)?.provision ?? defaultProvision).sites,
      );
    } catch (error) {
      if (error instanceof UsageError) throw error;
      io.stderr(`govcloud deliver：${(error as Error).message}\n`);
      return 1;
    }
    if (outputs.govcloud.unit !== unit || outputs.govcloud.system !== system) {
      io.stderr(
        `govcloud deliver：stack 输出属于 ${outputs.govcloud.unit}/${outputs.govcloud.system}（stack ${outputs.govcloud.stack}），不是 ${key}。\n`,
      );
      return 1;
    }
    const provision = registeredProfile(registration.profile)?.provision;
    const part = deliveryFromOutputs({
      application,
      outputs,
      date,
      catalog,
      ...(provision ? { provision } : {}),
    });
    for (const id of part.missing)
      failures.push(`资源 ${id} 由 OpenStack 发放，却不在 stack 输出中：pulumi up 是否成功完成？`);
    delivery = mergeDelivery(delivery, zoned(part.delivery));
  }
  if (values.checklist !== undefined) {
    const parsed = parseChecklist(readText(io, values.checklist, "--checklist"));
    if (!parsed) {
      io.stderr(`govcloud deliver：${values.checklist} 不是交付清单（没有 govcloud-checklist 标记）。\n`);
      return 1;
    }
    if (parsed.unit !== unit || parsed.system !== system || parsed.application !== sequence) {
      io.stderr(
        `govcloud deliver：清单属于 ${parsed.unit}/${parsed.system} 申请 ${parsed.application}，不是 ${key} 申请 ${sequence}。\n`,
      );
      return 1;
    }
    for (const p of parsed.problems) failures.push(`清单第 ${p.line} 行“${p.text}”：${p.why}`);
    const part = deliveryFromChecklist(parsed, { date, profile: registration.profile });
    if (part.unticked.length > 0)
      failures.push(
        `清单还有 ${part.unticked.length} 项没有勾选：${part.unticked.join("、")}。全部开通后再写交付记录。`,
      );
    delivery = mergeDelivery(delivery, zoned(part.delivery));
  }
  if (!delivery) return 1;
  const profile = registeredProfile(registration.profile);
  if (!profile) throw new Error(`profile ${registration.profile} 没有登记`);
  for (const p of SchemaValidator.for(catalog, profile.schema).validate("delivery", file, delivery))
    failures.push(`交付记录${p.path ? ` ${p.path}` : ""}：${p.message.zh}`);
  if (failures.length > 0) {
    io.stderr(`govcloud deliver：没有写入 ${file}：\n${failures.map((f) => `  - ${f}`).join("\n")}\n`);
    return 1;
  }

  // $schema 从交付记录出发，指向这个仓库实际所用的 schema（--root 的仓库可能用本工具的）
  const content = deliveryYaml(delivery, relative(root, schemaDirectory(profile, root)).split(sep).join("/"));
  if (values["dry-run"]) io.stdout(content);
  else {
    const path = resolve(root, file);
    let current: string | undefined;
    try {
      current = readFileSync(path, "utf8");
    } catch {
      current = undefined;
    }
    if (current === content) io.stderr(`${file} 没有变化。\n`);
    else {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, content);
      io.stderr(`已写入 ${file}\n`);
    }
  }

  // 第25条通知：叠加这份交付记录之后的状态
  const deliveries: Loaded<Delivery>[] = [
    ...(repo.deliveries.get(key) ?? []).filter((d) => d.data.application !== sequence),
    { file, data: delivery },
  ];
  const state = foldSystem(repo.applications.get(key) ?? [], deliveries).current;
  const delivered = new Set((delivery.resources ?? []).map((r) => r.id));
  const before = foldSystem(
    (repo.applications.get(key) ?? []).filter((a) => a.data.sequence < sequence),
    deliveries,
  ).current;
  const pendingManual = checklistItems(application, before, catalog, profile.provision)
    .filter((i) => i.action === "open" && !delivered.has(i.resource))
    .map((i) => i.resource);
  const notification = renderNotification({
    unit: unitRecord,
    registration,
    application,
    delivery,
    state,
    catalog,
    profile,
    pendingManual,
  });
  if (values.notification !== undefined) writeFileSync(resolve(io.cwd, values.notification), notification);
  else if (!values["dry-run"]) io.stdout(notification);
  return 0;
}

// ---------------------------------------------------------------- checklist

/** 命令行的运行环境（测试时替换）：环境变量；noWait 时重试不等待。 */
export interface ChecklistRuntime {
  env?: Record<string, string | undefined>;
  noWait?: boolean;
}

export async function runChecklist(args: string[], io: Io, runtime: ChecklistRuntime = {}): Promise<number> {
  const { values } = parseArgs({
    args,
    options: commandOptions("checklist"),
  });
  if (values.comment !== undefined) return verifyChecklistComment(values, io, runtime);
  const { unit, system } = parseSystem(values.system);
  const sequence = parseApplication(values.application);
  const { repo, histories } = loadRepo(io, values.root, values.now);
  const key = systemKey(unit, system);
  const registration = repo.systems.get(key)?.data;
  if (!registration) throw new UsageError(`仓库中没有系统 ${key}。`, `No system ${key} in the repository.`);
  const { data: application } = findApplication(repo, key, sequence);
  const catalog = defaultCatalogs(registration.profile) as Catalog;
  const profile = registeredProfile(registration.profile);
  if (!profile) throw new Error(`profile ${registration.profile} 没有登记`);
  const history = histories.get(key) as SystemHistory;
  const before = history.before.get(sequence) ?? history.current;
  const items = checklistItems(application, before, catalog, profile.provision);
  if (items.length === 0) {
    io.stderr(`${key} 申请 ${sequence} 没有需要人工交付的服务。\n`);
    return 0;
  }
  io.stdout(
    renderChecklist(
      {
        unit,
        system,
        systemName: registration.name,
        application: sequence,
        applicationType: application.type,
        items,
      },
      profile,
    ),
  );
  return 0;
}

/** 提供商实施工程师：配置中 implementers 的用户与团队成员（小写 login）。 */
async function providerEngineers(root: string, client: GitHubClient): Promise<Set<string>> {
  let source: string;
  try {
    source = readFileSync(resolve(root, reviewConfigPath), "utf8");
  } catch {
    throw new UsageError(
      `找不到审查流程配置 ${reviewConfigPath}：核对交付清单要用其中的 roles.implementers。`,
      `The review configuration ${reviewConfigPath} is missing: checking a checklist needs its roles.implementers.`,
    );
  }
  const { teams, users } = parseReviewConfig(source, reviewConfigPath).roles.implementers;
  const members = await Promise.all(teams.map((t) => client.teamMembers(t)));
  return new Set([...users, ...members.flat()].map((login) => login.toLowerCase()));
}

/** --comment：从 API 读清单评论及其编辑历史，只有机器人与提供商工程师写过的正文才交给 deliver。 */
async function verifyChecklistComment(
  values: { comment?: string; out?: string; root?: string; "bot-login"?: string; lang?: string },
  io: Io,
  runtime: ChecklistRuntime,
): Promise<number> {
  const env = runtime.env ?? process.env;
  const lang: Lang = values.lang === "en" ? "en" : "zh";
  const id = values.comment ?? "";
  if (!/^(\d+|[A-Za-z0-9_=+/-]{4,200})$/.test(id))
    throw new UsageError(
      `--comment 应为评论的数字 id 或 node id，这里是 ${id.slice(0, 80)}。`,
      "--comment must be the comment's numeric id or node id.",
    );
  const repo = parseRepo(env.GITHUB_REPOSITORY ?? "");
  if (!repo || !env.GITHUB_TOKEN)
    throw new UsageError(
      "--comment 需要环境变量 GITHUB_TOKEN 与 GITHUB_REPOSITORY（形如 owner/repo）。",
      "--comment needs GITHUB_TOKEN and GITHUB_REPOSITORY (owner/repo) in the environment.",
    );
  const octokit = createOctokit({
    token: env.GITHUB_TOKEN,
    ...(env.GITHUB_API_URL ? { baseUrl: env.GITHUB_API_URL } : {}),
    ...(runtime.noWait ? { noWait: true } : {}),
  });
  const say = (t: Text) => io.stderr(`govcloud checklist：${t[lang]}\n`);
  let comment: Awaited<ReturnType<typeof readChecklistComment>>;
  let engineers: Set<string>;
  try {
    comment = await readChecklistComment(octokit, repo, id);
    engineers = await providerEngineers(resolve(io.cwd, values.root ?? "."), githubClient(octokit, repo));
  } catch (error) {
    if (!(error instanceof GitHubAccessError)) throw error;
    say(text(error.zh, error.en));
    return 2;
  }
  const here = `${repo.owner}/${repo.repo}`;
  if (!comment || comment.repository.toLowerCase() !== here.toLowerCase()) {
    say(
      text(
        `仓库 ${here} 中没有评论 ${id}：没有写交付记录。`,
        `There is no comment ${id} in ${here}: no delivery record was written.`,
      ),
    );
    return 1;
  }
  const verdict = checklistCommentVerdict(comment, {
    bot: values["bot-login"] ?? "github-actions",
    engineers,
  });
  if (!verdict.accepted) {
    say(checklistRefusalText(verdict.refusal));
    return 1;
  }
  if (!parseChecklist(comment.body)) {
    say(
      text(
        `评论 ${id} 不是交付清单（没有 govcloud-checklist 标记）：没有写交付记录。`,
        `Comment ${id} is not a checklist (no govcloud-checklist marker): no delivery record was written.`,
      ),
    );
    return 1;
  }
  if (values.out === undefined) io.stdout(comment.body);
  else
    writeFileSync(
      resolve(io.cwd, values.out),
      comment.body.endsWith("\n") ? comment.body : `${comment.body}\n`,
    );
  say(
    text(
      `评论 ${id} 最后由提供商工程师 ${verdict.editor} 编辑，编辑历史中没有别人：可以写交付记录。`,
      `Comment ${id} was last edited by provider engineer ${verdict.editor}, and nobody else edited it: the delivery record may be written.`,
    ),
  );
  return 0;
}

// ---------------------------------------------------------------- drift

/** 运行 pulumi 的小接口：测试换成假的，流水线里是真的 CLI。 */
export interface PulumiRunner {
  preview(stack: string, cwd: string): Promise<{ code: number; stdout: string; stderr: string }>;
}

export const pulumiCli: PulumiRunner = {
  preview: (stack, cwd) =>
    new Promise((done) => {
      execFile(
        "pulumi",
        ["preview", "--refresh", "--json", "--expect-no-changes", "--non-interactive", "--stack", stack],
        { cwd, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === "number" ? error.code : 127) : 0;
          done({ code, stdout, stderr: stderr || (error && !stdout ? error.message : "") });
        },
      );
    }),
};

export async function runDrift(args: string[], io: Io, pulumi: PulumiRunner = pulumiCli): Promise<number> {
  const { values } = parseArgs({
    args,
    options: commandOptions("drift"),
  });
  const lang = parseLang(values.lang);
  const format = values.format;
  if (format !== "markdown" && format !== "json")
    throw new UsageError(
      `--format 只能是 markdown 或 json，这里是 ${format}。`,
      `--format must be markdown or json, not ${format}.`,
    );
  const files = values["preview-json"] ?? [];
  const stacks = values.stack ?? [];
  if (files.length === 0 && stacks.length === 0)
    throw new UsageError(
      "请给出 --preview-json <文件>（保存的 pulumi preview --refresh --json 输出）或 --stack <stack>。",
      "Give --preview-json <file> (saved pulumi preview --refresh --json output) or --stack <stack>.",
    );
  const root = resolve(io.cwd, values.root ?? ".");
  if (
    files.length === 0 &&
    pulumi === pulumiCli &&
    findOnPath("pulumi", io.env ?? process.env) === undefined
  ) {
    const why = missingTool(
      "pulumi",
      text("drift --stack（运行 pulumi preview）", "drift --stack (runs pulumi preview)"),
    );
    io.stderr(`govcloud drift: ${why[lang]}\n`);
    return 2;
  }

  // 仓库可读时用期望状态标出资源标识与尚未发放的改动；读不到也照样报告
  let desired: DesiredSystem[] = [];
  if (diskFs(root).exists(requestsDir)) {
    const { repo, histories } = loadRepo(io, values.root, values.now);
    desired = provisionInputs(repo, histories, defaultCatalogs, provisionOf).map(desiredSystem);
  }
  const desiredFor = (stack: string) => {
    const named = parseStackName(stack);
    return named ? desired.find((d) => d.unit === named.unit && d.system === named.system) : undefined;
  };

  const reports: StackDrift[] = [];
  const report = (json: unknown, stack: string | undefined) => {
    const digest = parsePreview(json);
    const first = driftOf(digest, stack ? { stack } : {});
    const d = desiredFor(first.stack);
    reports.push(d ? driftOf(digest, { stack: first.stack, desired: d }) : first);
  };
  try {
    for (const f of files)
      report(
        readJson(io, f, "--preview-json"),
        files.length === 1 && stacks.length === 1 ? stacks[0] : undefined,
      );
    if (files.length === 0)
      for (const stack of stacks) {
        const result = await pulumi.preview(stack, resolve(root, "pulumi"));
        // --expect-no-changes：有变化时退出码 7，输出照样是完整的 JSON
        if (result.code !== 0 && result.code !== 7) {
          let json: unknown;
          try {
            json = JSON.parse(result.stdout);
          } catch {
            json = undefined;
          }
          if (json === undefined) {
            io.stderr(
              `govcloud drift：pulumi preview --stack ${stack} 失败（退出码 ${result.code}）：${result.stderr.trim()}\n`,
            );
            return 2;
          }
          report(json, stack);
          continue;
        }
        report(JSON.parse(result.stdout), stack);
      }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    io.stderr(`govcloud drift：${(error as Error).message}\n`);
    return 2;
  }
  io.stdout(format === "json" ? renderDriftJson(reports, lang) : `${renderDriftMarkdown(reports, lang)}\n`);
  return driftExitCode(reports);
}
