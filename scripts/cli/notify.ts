/**
 * govcloud notify --from-audit <报告.json>：把夜间审计报告中的到期提醒（仓库 profile 指定的检查，深圳为
 * 第46条的 test-expiring）发到使用单位在 unit.yaml 的 notify 一节登记的渠道（邮件、企业微信、钉钉）。
 *
 * gather（读报告、单位登记、环境变量）→ decide（哪些发现要提醒、组织通知，纯函数）→ send（适配器）→ 报告结果。
 * 只有这一层读环境变量与文件；密钥不出现在任何输出中。说明见 docs/notify.md。
 */
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import yaml from "js-yaml";
import { createNotifier, type SendResult, smtpFromEnv } from "../adapters/notify/index.ts";
import { type ExpiryFinding, type ExpiryNoticeTexts, expiryReminder } from "../core/notify/compose.ts";
import { type NotifyProblem, parseNotifyConfig } from "../core/notify/config.ts";
import type { NotifyConfig } from "../core/notify/types.ts";
import { requestsDir } from "../core/repository/layout.ts";
import type { Lang } from "../core/text.ts";
import { commandOptions } from "./commands.ts";
import { type Io, parseLang, repositoryRoot, UsageError } from "./options.ts";
import { repositoryProfile } from "./repository-profile.ts";

/** 测试时替换：重试间的等待、钉钉加签的时钟。 */
export interface NotifyRuntime {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

const unitFolder = /^[a-z][a-z0-9-]{0,63}$/;

/** 报告中要提醒的发现：profile 指定的检查（如 test-expiring），且剩余天数在 remindAt 中（undefined 为全部）。 */
export function dueReminders(
  findings: readonly ExpiryFinding[],
  remindAt: ReadonlySet<number> | undefined,
  notices: Pick<ExpiryNoticeTexts, "check">,
) {
  return findings.filter(
    (f) => f.check === notices.check && (remindAt === undefined || remindAt.has(Number(f.params.daysLeft))),
  );
}

function parseRemindAt(value: string | undefined): Set<number> | undefined {
  if (value === "all") return undefined;
  const days = (value ?? "7,3,1").split(",").map((d) => Number(d.trim()));
  if (days.some((d) => !Number.isInteger(d) || d < 0 || d > 7))
    throw new UsageError(
      `--remind-at 应为 0–7 之间的天数，逗号分隔，或 all；这里是 ${value}。`,
      `--remind-at must be days between 0 and 7, comma-separated, or all; not ${value}.`,
    );
  return new Set(days);
}

function readReport(path: string, cwd: string): ExpiryFinding[] {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(resolve(cwd, path), "utf8"));
  } catch (error) {
    throw new UsageError(
      `读不出审计报告 ${path}：${(error as Error).message}`,
      `Cannot read the audit report ${path}: ${(error as Error).message}`,
    );
  }
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

export async function runNotify(argv: string[], io: Io, runtime: NotifyRuntime = {}): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: commandOptions("notify"),
  });
  const lang = parseLang(values.lang);
  const format = values.format ?? "text";
  if (format !== "text" && format !== "json")
    throw new UsageError(`--format 只能是 text 或 json。`, `--format must be text or json.`);
  if (!values["from-audit"])
    throw new UsageError(`缺少 --from-audit <报告.json>。`, `--from-audit <report.json> is missing.`);
  const { root, fs } = repositoryRoot(io, values.root);
  const notices = repositoryProfile(fs).audit.notices;
  const env = io.env ?? process.env;

  // gather
  const due = dueReminders(
    readReport(values["from-audit"], io.cwd),
    parseRemindAt(values["remind-at"]),
    notices,
  );
  const configs = new Map<string, ReturnType<typeof unitNotify>>();
  for (const f of due) if (!configs.has(f.unit)) configs.set(f.unit, unitNotify(root, f.unit));

  // decide + send
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
    for (const f of due) {
      const notice = expiryReminder(f, notices, lang);
      const config = configs.get(f.unit)?.config ?? {};
      if (!notice) continue;
      const sent = await notifier.send(notice, config);
      if (sent.length === 0)
        notes.push(
          lang === "zh"
            ? `${f.unit} 没有登记通知渠道（unit.yaml 的 notify），未发送 ${notice.key}`
            : `${f.unit} has no notify channels in unit.yaml; ${notice.key} not sent`,
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
