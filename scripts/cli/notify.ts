/**
 * govcloud notify：把通知发到使用单位在 unit.yaml 的 notify 一节登记的渠道（邮件、企业微信、钉钉）：
 * - --from-audit <报告.json>：到期提醒（profile 指定的检查，深圳为第46条的 test-expiring）与超时的阶段、实施；
 * - --from-drafts <结果.json>：审计新开的草稿 PR（govcloud drafts --out）；
 * - --schedule <日程.json>：需要关机的申请的停机通知（govcloud schedule --format json）；
 * - --deliveries <交付记录.yaml>…：交付通知（第25条）。
 *
 * gather（读报告、单位登记、环境变量）→ decide（哪些要通知、组织通知，纯函数）→ send（适配器）→ 报告结果。
 * 只有这一层读环境变量与文件；密钥不出现在任何输出中。说明见 docs/notify.md。
 */
import { readFileSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import yaml from "js-yaml";
import { nationalCalendar } from "../adapters/calendar-files.ts";
import { createNotifier, type SendResult, smtpFromEnv } from "../adapters/notify/index.ts";
import {
  type ExpiryFinding,
  type ExpiryNoticeTexts,
  expiryReminder,
  remindByOf,
} from "../core/notify/compose.ts";
import { type NotifyProblem, parseNotifyConfig, secretNamePattern } from "../core/notify/config.ts";
import {
  type DeliveryRecord,
  deliveryNotice,
  draftNotice,
  dueFindings,
  dueShutdowns,
  type FindingForNotice,
  findingNotice,
  type NoticeTexts,
  type ShutdownEntry,
  shutdownNotice,
} from "../core/notify/notices.ts";
import type { Notice, NotifyConfig } from "../core/notify/types.ts";
import { requestsDir } from "../core/repository/layout.ts";
import type { Lang } from "../core/text.ts";
import { cliClock } from "./clock.ts";
import { commandOptions } from "./commands.ts";
import { type Io, parseLang, repositoryRoot, UsageError } from "./options.ts";
import { repositoryProfile } from "./repository-profile.ts";

/** 测试时替换：重试间的等待、钉钉加签的时钟。 */
export interface NotifyRuntime {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const unitFolder = /^[a-z][a-z0-9-]{0,63}$/;

/**
 * 报告中要提醒的发现：profile 指定的检查（如 test-expiring），且 profile 指定的参数（缺省为剩余天数 daysLeft；
 * 也可以是期满前的工作日数）在 remindAt 中（undefined 为全部）。
 */
export function dueReminders(
  findings: readonly ExpiryFinding[],
  remindAt: ReadonlySet<number> | undefined,
  notices: Pick<ExpiryNoticeTexts, "check" | "remindBy">,
) {
  const { param } = remindByOf(notices);
  return findings.filter(
    (f) => f.check === notices.check && (remindAt === undefined || remindAt.has(Number(f.params[param]))),
  );
}

function parseRemindAt(value: string | undefined, notices: Pick<ExpiryNoticeTexts, "remindBy">) {
  if (value === "all") return undefined;
  return parseDays("--remind-at", value ?? remindByOf(notices).defaults.join(","), 60);
}

/** 逗号分隔的天数（0–max）。 */
function parseDays(option: string, value: string, max: number): Set<number> {
  const days = value.split(",").map((d) => Number(d.trim()));
  if (days.some((d) => !Number.isInteger(d) || d < 0 || d > max))
    throw new UsageError(
      `${option} 应为 0–${max} 之间的天数，逗号分隔${option === "--remind-at" ? "，或 all" : ""}；这里是 ${value}。`,
      `${option} must be days between 0 and ${max}, comma-separated${option === "--remind-at" ? ", or all" : ""}; not ${value}.`,
    );
  return new Set(days);
}

function readJsonFile(path: string, cwd: string, what: { zh: string; en: string }): unknown {
  try {
    return JSON.parse(readFileSync(resolve(cwd, path), "utf8"));
  } catch (error) {
    throw new UsageError(
      `读不出${what.zh} ${path}：${(error as Error).message}`,
      `Cannot read the ${what.en} ${path}: ${(error as Error).message}`,
    );
  }
}

function readReport(path: string, cwd: string): ExpiryFinding[] {
  const data = readJsonFile(path, cwd, { zh: "审计报告", en: "audit report" });
  const findings = (data as { findings?: unknown })?.findings;
  if (!Array.isArray(findings))
    throw new UsageError(
      `${path} 不是 govcloud audit --format json 的报告（没有 findings）。`,
      `${path} is not a govcloud audit --format json report (no findings).`,
    );
  return findings.filter(
    (f): f is ExpiryFinding =>
      typeof f === "object" &&
      f !== null &&
      typeof f.key === "string" &&
      typeof f.unit === "string" &&
      typeof f.params === "object",
  );
}

/** 单位登记中的 notify 一节；读不出或目录名不合规时为空配置并附问题。 */
function unitNotify(root: string, unit: string): { config: NotifyConfig; problems: NotifyProblem[] } {
  if (!unitFolder.test(unit)) return { config: {}, problems: [] };
  let doc: unknown;
  try {
    doc = yaml.load(readFileSync(join(root, requestsDir, unit, "unit.yaml"), "utf8"));
  } catch {
    return { config: {}, problems: [] };
  }
  return parseNotifyConfig((doc as { notify?: unknown } | null)?.notify);
}

const statusText: Record<SendResult["status"], { zh: string; en: string }> = {
  sent: { zh: "已发送", en: "sent" },
  failed: { zh: "失败", en: "failed" },
  skipped: { zh: "跳过", en: "skipped" },
  "dry-run": { zh: "演练（未发送）", en: "dry run (not sent)" },
};

function renderText(results: readonly SendResult[], notes: readonly string[], lang: Lang): string {
  const out = results.map(
    (r) =>
      `${statusText[r.status][lang]}\t${r.channel}\t${r.unit}\t${r.key}${r.attempts > 1 ? `\t(${r.attempts})` : ""}${r.detail ? `\n${r.detail}` : ""}`,
  );
  return `${[...notes, ...out].join("\n")}\n`;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
const dirName = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** 仓库内申请文件的路径（通知中当作我们的文字显示，所以先核对形状） */
const applicationPath = /^requests\/[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*\/[0-9]{4}-[a-z-]+\.yaml$/;

/** 单位全称与系统名称（单位登记、系统登记）；读不出时不给。 */
function displayNames(
  root: string,
  unit: string,
  system?: string,
): { unitName?: string; systemName?: string } {
  const nameIn = (path: string) => {
    try {
      return str(
        (
          yaml.load(readFileSync(join(root, path), "utf8"), { schema: yaml.JSON_SCHEMA }) as {
            name?: unknown;
          }
        )?.name,
      );
    } catch {
      return undefined;
    }
  };
  if (!dirName.test(unit) || (system !== undefined && !dirName.test(system))) return {};
  const unitName = nameIn(join(requestsDir, unit, "unit.yaml"));
  const systemName = system ? nameIn(join(requestsDir, unit, system, "system.yaml")) : undefined;
  return { ...(unitName ? { unitName } : {}), ...(systemName ? { systemName } : {}) };
}

/** 审计报告中要通知的发现（超时的阶段等，由 profile 列出），已组织成通知。 */
function findingNotices(
  path: string,
  cwd: string,
  texts: NoticeTexts["findings"],
  at: Set<number>,
  lang: Lang,
): Notice[] {
  if (!texts) return [];
  const data = readJsonFile(path, cwd, { zh: "审计报告", en: "audit report" }) as { findings?: unknown };
  const findings = (Array.isArray(data?.findings) ? data.findings : []).filter(
    (f): f is FindingForNotice & { params?: Record<string, string | number | boolean> } =>
      isObject(f) &&
      ["key", "check", "unit", "title", "message", "action"].every((k) => typeof f[k] === "string"),
  );
  return dueFindings(findings, texts, at).map((f) => findingNotice(f, texts, lang));
}

/** 草稿 PR 的结果中新开的 PR（地址须是本仓库 PR 的形状）。 */
function draftNotices(path: string, cwd: string, texts: NoticeTexts["draft"], lang: Lang): Notice[] {
  if (!texts) return [];
  const data = readJsonFile(path, cwd, { zh: "草稿 PR 的结果", en: "draft PR result" }) as {
    drafts?: unknown;
  };
  if (!Array.isArray(data?.drafts))
    throw new UsageError(
      `${path} 不是 govcloud drafts --out 的结果（没有 drafts）。`,
      `${path} is not a govcloud drafts --out result (no drafts).`,
    );
  const pullUrl = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?\/[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+\/pull\/\d+$/;
  return data.drafts
    .filter(
      (d): d is Record<string, unknown> =>
        isObject(d) &&
        d.action === "created" &&
        typeof d.key === "string" &&
        typeof d.unit === "string" &&
        dirName.test(d.unit) &&
        Number.isInteger(d.number) &&
        typeof d.url === "string" &&
        pullUrl.test(d.url),
    )
    .map((d) =>
      draftNotice(
        {
          key: d.key as string,
          number: d.number as number,
          url: d.url as string,
          unit: d.unit as string,
          ...(str(d.system) ? { system: d.system as string } : {}),
          ...(str(d.file) && applicationPath.test(d.file as string) ? { file: d.file as string } : {}),
          ...(str(d.title) ? { title: d.title as string } : {}),
        },
        texts,
        lang,
      ),
    );
}

/** 实施日程中今天要发的停机通知。 */
function shutdownNotices(
  path: string,
  io: Pick<Io, "cwd">,
  root: string,
  context: { today: string; at: Set<number> },
  texts: NoticeTexts["shutdown"],
  lang: Lang,
): Notice[] {
  if (!texts) return [];
  const data = readJsonFile(path, io.cwd, { zh: "实施日程", en: "schedule" }) as {
    entries?: unknown;
    window?: unknown;
  };
  if (!Array.isArray(data?.entries))
    throw new UsageError(
      `${path} 不是 govcloud schedule --format json 的输出（没有 entries）。`,
      `${path} is not the output of govcloud schedule --format json (no entries).`,
    );
  const entries = data.entries.filter(
    (e): e is ShutdownEntry =>
      isObject(e) &&
      typeof e.unit === "string" &&
      typeof e.system === "string" &&
      Number.isInteger(e.application) &&
      typeof e.file === "string" &&
      applicationPath.test(e.file) &&
      typeof e.dueDate === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(e.dueDate) &&
      typeof e.state === "string" &&
      typeof e.reason === "string",
  );
  const calendar = nationalCalendar(root);
  const window = str(data.window) ?? "";
  return dueShutdowns(entries, context.today, (a, b) => calendar.workdaysBetween(a, b), context.at).map(
    ({ entry, workdaysLeft }) =>
      shutdownNotice(
        { ...entry, ...displayNames(root, entry.unit, entry.system) },
        { window, workdaysLeft },
        texts,
        lang,
      ),
  );
}

/** 交付记录（requests/<单位>/<系统>/deliveries/*.yaml）的交付通知。 */
function deliveryNotices(
  paths: readonly string[],
  io: Pick<Io, "cwd">,
  root: string,
  texts: NoticeTexts["delivery"],
  lang: Lang,
): Notice[] {
  if (!texts) return [];
  const out: Notice[] = [];
  for (const path of paths) {
    const file = relative(root, resolve(io.cwd, path)).split(sep).join("/");
    const m = /^requests\/([a-z0-9][a-z0-9-]*)\/([a-z0-9][a-z0-9-]*)\/deliveries\/[^/]+\.yaml$/.exec(file);
    if (!m)
      throw new UsageError(
        `${path} 不是交付记录（应在 requests/<单位>/<系统>/deliveries/ 中）。`,
        `${path} is not a delivery record (they live in requests/<unit>/<system>/deliveries/).`,
      );
    let doc: unknown;
    try {
      doc = yaml.load(readFileSync(join(root, file), "utf8"), { schema: yaml.JSON_SCHEMA });
    } catch (error) {
      throw new UsageError(
        `读不出交付记录 ${path}：${(error as Error).message}`,
        `Cannot read the delivery record ${path}: ${(error as Error).message}`,
      );
    }
    if (!isObject(doc) || !Number.isInteger(doc.application) || typeof doc.date !== "string")
      throw new UsageError(
        `${path} 不是交付记录（没有 application 或 date）。`,
        `${path} is not a delivery record (no application or date).`,
      );
    const resources = (Array.isArray(doc.resources) ? doc.resources : []).filter(isObject).map((r) => ({
      id: String(r.id ?? ""),
      instances: (Array.isArray(r.instances) ? r.instances : []).filter(isObject).map((i) => ({
        name: String(i.name ?? ""),
        ...(str(i.ip) ? { ip: i.ip as string } : {}),
        ...(str(i.hostname) ? { hostname: i.hostname as string } : {}),
      })),
    }));
    const [unit, system] = [m[1] as string, m[2] as string];
    const record: DeliveryRecord = {
      file,
      unit,
      system,
      ...displayNames(root, unit, system),
      application: doc.application as number,
      date: doc.date,
      resources,
    };
    out.push(deliveryNotice(record, texts, lang));
  }
  return out;
}

/** 一个 Actions secret 装下全部机器人的地址与密钥：JSON 对象，键是单位登记中写的变量名。 */
export const secretBundleVariable = "GOVCLOUD_NOTIFY_SECRETS";

/**
 * 把 GOVCLOUD_NOTIFY_SECRETS（JSON 对象：变量名 → 值）并入环境变量（直接设置的同名变量优先）。
 * 工作流只需传这一个 secret，不必为每个单位在 env 中列一行。不是 JSON 对象时是用法错误，说明中不复述内容。
 */
export function withSecretBundle(
  env: Record<string, string | undefined>,
): Record<string, string | undefined> {
  const raw = env[secretBundleVariable];
  if (!raw?.trim()) return env;
  let bundle: unknown;
  try {
    bundle = JSON.parse(raw);
  } catch {
    bundle = undefined;
  }
  if (!isObject(bundle) || !Object.values(bundle).every((v) => typeof v === "string"))
    throw new UsageError(
      `环境变量 ${secretBundleVariable} 应为 JSON 对象，键是单位登记中写的变量名，值是 webhook 地址或加签密钥（内容不在此显示）。`,
      `${secretBundleVariable} must be a JSON object mapping the variable names of the unit registry to webhook addresses or signing secrets (its content is not shown here).`,
    );
  const merged: Record<string, string | undefined> = { ...env };
  for (const [name, value] of Object.entries(bundle as Record<string, string>))
    if (new RegExp(secretNamePattern).test(name) && merged[name] === undefined) merged[name] = value;
  return merged;
}

export async function runNotify(argv: string[], io: Io, runtime: NotifyRuntime = {}): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: commandOptions("notify"),
  });
  const lang = parseLang(values.lang);
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format 只能是 text 或 json。`, `--format must be text or json.`);
  const deliveries = (values.deliveries as string[] | undefined) ?? [];
  if (!values["from-audit"] && !values["from-drafts"] && !values.schedule && deliveries.length === 0)
    throw new UsageError(
      `缺少 --from-audit <报告.json>（或 --from-drafts、--schedule、--deliveries）。`,
      `--from-audit <report.json> (or --from-drafts, --schedule, --deliveries) is missing.`,
    );
  const { root, fs } = repositoryRoot(io, values.root);
  const audit = repositoryProfile(fs).audit;
  const notices = audit.notices;
  const texts = audit.noticeTexts ?? {};
  const env = withSecretBundle(io.env ?? process.env);
  const remindAt = parseRemindAt(values["remind-at"], notices);
  const lateAt = parseDays("--late-at", values["late-at"] ?? "1,3,5,10", 60);
  const shutdownAt = parseDays("--shutdown-at", values["shutdown-at"] ?? "3,1", 30);
  const { today } = cliClock(values.now, { env, ...(io.now ? { now: io.now } : {}) });

  // gather + decide：每个来源的通知
  const items: Notice[] = [];
  if (values["from-audit"]) {
    const due = dueReminders(readReport(values["from-audit"], io.cwd), remindAt, notices);
    for (const f of due) {
      const notice = expiryReminder(f, notices, lang);
      if (notice) items.push(notice);
    }
    items.push(...findingNotices(values["from-audit"], io.cwd, texts.findings, lateAt, lang));
  }
  if (values["from-drafts"]) items.push(...draftNotices(values["from-drafts"], io.cwd, texts.draft, lang));
  if (values.schedule)
    items.push(
      ...shutdownNotices(values.schedule, io, root, { today, at: shutdownAt }, texts.shutdown, lang),
    );
  items.push(...deliveryNotices(deliveries, io, root, texts.delivery, lang));
  const configs = new Map<string, ReturnType<typeof unitNotify>>();
  for (const n of items) if (!configs.has(n.unit)) configs.set(n.unit, unitNotify(root, n.unit));

  // send
  const smtp = smtpFromEnv(env);
  const notifier = createNotifier({
    env,
    ...(smtp ? { smtp } : {}),
    ...(values["dry-run"] ? { dryRun: true } : {}),
    ...(runtime.sleep ? { sleep: runtime.sleep } : {}),
    ...(runtime.now ? { now: runtime.now } : {}),
  });
  const notes: string[] = [];
  const results: SendResult[] = [];
  try {
    for (const [unit, { problems }] of configs)
      for (const p of problems) notes.push(`${requestsDir}/${unit}/unit.yaml ${p.message[lang]}`);
    for (const notice of items) {
      const config = configs.get(notice.unit)?.config ?? {};
      const sent = await notifier.send(notice, config);
      if (sent.length === 0)
        notes.push(
          lang === "zh"
            ? `${notice.unit} 没有登记通知渠道（unit.yaml 的 notify），未发送 ${notice.key}`
            : `${notice.unit} has no notify channels in unit.yaml; ${notice.key} not sent`,
        );
      results.push(...sent);
    }
  } finally {
    notifier.close();
  }

  // report
  io.stdout(
    format === "json" ? `${JSON.stringify({ results, notes }, null, 2)}\n` : renderText(results, notes, lang),
  );
  return results.some((r) => r.status === "failed") ? 1 : 0;
}
