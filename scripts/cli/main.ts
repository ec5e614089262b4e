import { lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { listProfiles, loadCatalog } from "../adapters/catalog-files.ts";
import { loadPool } from "../adapters/load-pool.ts";
import { validate } from "../adapters/repository.ts";
import { useDiskCompileCache } from "../adapters/schema-cache.ts";
import { exitCodeFor } from "../core/finding.ts";
import { type OutputFormat, outputFormats, render } from "../core/report/formats.ts";
import { walk } from "../core/repository/fs.ts";
import { requestsDir } from "../core/repository/layout.ts";
import type { Scope } from "../core/repository/load.ts";
import { renderRules } from "../core/rules/listing.ts";
import type { Lang } from "../core/text.ts";
import { registeredProfiles } from "../profiles/index.ts";
import { runAnnual } from "./annual.ts";
import { runAudit } from "./audit.ts";
import { runCalendar } from "./calendar.ts";
import { cliClock } from "./clock.ts";
import {
  asksForHelp,
  type CommandName,
  commandHelp,
  commandOptions,
  isCommandName,
  topHelp,
} from "./commands.ts";
import { changedFiles, pendingFiles } from "./git.ts";
import { openMetrics } from "./metrics.ts";
import { runNew } from "./new.ts";
import { runNotify } from "./notify.ts";
import { type Io, langOfArgv, parseLang, processIo, repositoryRoot, UsageError } from "./options.ts";
import { runChecklist, runDeliver, runDrift, runPlan } from "./provision.ts";
import { runRender } from "./render.ts";
import { runReport } from "./report.ts";
import { runSavedPlan } from "./saved-plan.ts";
import { runSchedule } from "./schedule.ts";
import { runStage } from "./stage.ts";

export type { Io } from "./options.ts";

/** 每个命令的实现；名称、说明与选项在 commands.ts。 */
const runners: Record<CommandName, (args: string[], io: Io) => Promise<number> | number> = {
  new: runNew,
  validate: runValidate,
  schemas: runSchemas,
  rules: runRules,
  stage: runStage,
  render: runRender,
  report: runReport,
  plan: runPlan,
  deliver: runDeliver,
  drift: runDrift,
  checklist: runChecklist,
  audit: runAudit,
  calendar: runCalendar,
  notify: runNotify,
  annual: runAnnual,
  schedule: runSchedule,
  "saved-plan": runSavedPlan,
};

/** CLI 入口：返回退出码，从不抛出。 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  useDiskCompileCache();
  let lang: Lang = langOfArgv(argv);
  try {
    // `report annual` 是年度报告（命令 annual）：同一个实现、同一份帮助
    const [command, ...rest] =
      argv[0] === "report" && argv[1] === "annual" ? ["annual", ...argv.slice(2)] : argv;
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      const topic = command === "help" ? rest[0] : undefined;
      if (topic !== undefined && isCommandName(topic)) io.stdout(commandHelp(topic, lang, rest[1]));
      else io.stdout(topHelp(lang));
      return command === undefined ? 2 : 0;
    }
    if (!isCommandName(command)) throw new UsageError(`未知命令 ${command}。`, `Unknown command ${command}.`);
    if (asksForHelp(rest)) {
      io.stdout(
        commandHelp(
          command,
          lang,
          rest.find((a) => !a.startsWith("-")),
        ),
      );
      return 0;
    }
    return await runners[command](rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(
        `govcloud: ${error[lang]}\n${lang === "zh" ? "运行 govcloud help 查看用法。" : "Run govcloud help for usage."}\n`,
      );
      return 2;
    }
    if (error instanceof TypeError && (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      io.stderr(`govcloud: ${error.message}\n`);
      return 2;
    }
    lang = lang ?? "zh";
    io.stderr(
      `govcloud: ${lang === "zh" ? "内部故障（这不是申请的问题，请把以下信息报告给维护人员）" : "internal failure (not a problem of the application; report this to the maintainers)"}: ${
        error instanceof Error ? (process.env.GOVCLOUD_DEBUG ? error.stack : error.message) : String(error)
      }\n`,
    );
    return 2;
  }
}

async function runValidate(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: commandOptions("validate"),
  });
  const lang = parseLang(values.lang);
  const format = values.format as OutputFormat;
  if (!outputFormats.includes(format))
    throw new UsageError(
      `--format 只能是 ${outputFormats.join("、")}，这里是 ${values.format}。`,
      `--format must be one of ${outputFormats.join(", ")}, not ${values.format}.`,
    );
  const { root, fs } = repositoryRoot(io, values.root, { orCatalog: true });

  let scope: Scope = { kind: "all" };
  let pending: ReadonlySet<string> | undefined;
  if (values["changed-from"] !== undefined) {
    if (positionals.length > 0)
      throw new UsageError(
        "--changed-from 与路径参数不能同时使用。",
        "--changed-from and paths cannot be combined.",
      );
    const files = (await changedFiles(root, values["changed-from"])).filter((f) =>
      f.startsWith(`${requestsDir}/`),
    );
    scope = { kind: "files", files };
  } else if (positionals.length > 0) {
    const files: string[] = [];
    for (const p of positionals) {
      const abs = isAbsolute(p) ? p : resolve(io.cwd, p);
      const rel = relative(root, abs).split(sep).join("/");
      if (rel.startsWith("..") || !(rel === requestsDir || rel.startsWith(`${requestsDir}/`)))
        throw new UsageError(
          `路径 ${p} 不在 ${requestsDir}/ 下。申请文件都放在 requests/<单位>/<系统>/ 中。`,
          `Path ${p} is not under ${requestsDir}/.`,
        );
      // 不跟随符号链接：链接、特殊文件照样作为目标交给加载，由它报告
      const stats = lstatSync(abs, { throwIfNoEntry: false });
      if (stats === undefined) throw new UsageError(`找不到路径 ${p}。`, `Path ${p} does not exist.`);
      files.push(...(stats.isDirectory() && fs.refusal(rel) === undefined ? walk(fs, rel) : [rel]));
    }
    scope = { kind: "files", files };
    // 按路径校验：默认分支上已提交的申请是已合并的，只有新增、改动的文件待审
    const changed = await pendingFiles(root);
    if (changed) pending = new Set(files.filter((f) => changed.has(f)));
  }

  const { today } = cliClock(values.now, io);
  const metrics = values.metrics === undefined ? undefined : openMetrics(values.metrics, io.cwd);
  const { findings, repo, sources } = validate({
    fs,
    scope,
    lang,
    today,
    parallelLoader: loadPool,
    ...(pending ? { pending } : {}),
    ...(metrics ? { metrics } : {}),
  });
  const color = values["no-color"] ? false : (values.color ?? io.colorDefault);
  const fileCount = scope.kind === "all" ? repo.fileCount : scope.files.length;
  io.stdout(render(format, findings, { lang, sources, fileCount, color }));
  return exitCodeFor(findings);
}

function runRules(args: string[], io: Io): number {
  const { values } = parseArgs({
    args,
    options: commandOptions("rules"),
  });
  const format = values.format as "text" | "json" | "markdown";
  if (!["text", "json", "markdown"].includes(format))
    throw new UsageError(
      `--format 只能是 text、json 或 markdown，这里是 ${values.format}。`,
      `--format must be text, json or markdown, not ${values.format}.`,
    );
  io.stdout(renderRules(registeredProfiles, format, parseLang(values.lang)));
  return 0;
}

function runSchemas(args: string[], io: Io): number {
  const { values } = parseArgs({ args, options: commandOptions("schemas") });
  const root = resolve(io.cwd, values.root ?? ".");
  let stale = 0;
  let total = 0;
  let written = 0;
  const catalogs = new Set(listProfiles(root));
  for (const { id: profile, catalog, schema } of registeredProfiles) {
    if (!catalogs.has(catalog)) continue;
    const schemas = schema.build(loadCatalog(catalog, root));
    for (const [name, schema] of Object.entries(schemas)) {
      total++;
      const file = join(root, "schemas", profile, `${name}.schema.json`);
      const content = `${JSON.stringify(schema, null, 2)}\n`;
      let current: string | undefined;
      try {
        current = readFileSync(file, "utf8");
      } catch {
        current = undefined;
      }
      if (current === content) continue;
      if (values.check) {
        stale++;
        io.stderr(
          `schemas/${profile}/${name}.schema.json 与服务目录不一致：运行 npm run schemas 重新生成。\n`,
        );
      } else {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, content);
        written++;
        io.stdout(`已写入 schemas/${profile}/${name}.schema.json\n`);
      }
    }
  }
  if (stale > 0) return 1;
  const lang = parseLang(values.lang);
  io.stdout(
    lang === "zh"
      ? `schemas：${total} 个 schema 与服务目录一致${written > 0 ? `（本次写入 ${written} 个）` : ""}。\n`
      : `schemas: ${total} schemas match the catalog${written > 0 ? ` (${written} written now)` : ""}.\n`,
  );
  return 0;
}
