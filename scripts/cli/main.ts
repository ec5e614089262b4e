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
import { annualUsage, runAnnual } from "./annual.ts";
import { auditUsage, runAudit } from "./audit.ts";
import { calendarUsage, runCalendar } from "./calendar.ts";
import { cliClock } from "./clock.ts";
import { changedFiles, pendingFiles } from "./git.ts";
import { openMetrics } from "./metrics.ts";
import { notifyUsage, runNotify } from "./notify.ts";
import { type Io, langOfArgv, parseLang, processIo, repositoryRoot, UsageError } from "./options.ts";
import { provisionUsage, runChecklist, runDeliver, runDrift, runPlan } from "./provision.ts";
import { renderUsage, runRender } from "./render.ts";
import { reportUsage, runReport } from "./report.ts";
import { runSavedPlan, savedPlanUsage } from "./saved-plan.ts";
import { runSchedule, scheduleUsage } from "./schedule.ts";
import { runStage, stageUsage } from "./stage.ts";

const usage = {
  zh: `用法：govcloud <命令> [选项]

命令：
  validate [路径…]        校验申请（默认整个 requests/）
      --changed-from <引用>  只报告相对该 git 引用改动过的文件（仍对照整个仓库检查）
      --format <格式>        text（默认）| json | github | sarif
      --lang <语言>          zh（默认）| en
      --root <目录>          仓库根目录（默认当前目录）
      --now <时间>           以该时刻为“现在”（YYYY-MM-DD 或 ISO 8601，北京时间；默认 GOVCLOUD_NOW 或系统时钟）
      --metrics file:<路径>  利用率导出（JSON 或 CSV），核对变更申请中填写的近 5 个工作日利用率
      --no-color             不输出颜色
  rules [--format text|json|markdown] [--lang zh|en]
                          列出每条规则、它的条款出处和检查的内容
  schemas [--check]       由服务目录生成 schemas/<profile>/*.schema.json；--check 只比对
  help                    显示本帮助

退出码：0 无错误，1 有错误，2 用法错误或内部故障。`,
  en: `Usage: govcloud <command> [options]

Commands:
  validate [paths…]       validate applications (default: all of requests/)
      --changed-from <ref>   report only files changed since the git ref (still checked against the whole repository)
      --format <format>      text (default) | json | github | sarif
      --lang <lang>          zh (default) | en
      --root <dir>           repository root (default: current directory)
      --now <time>           take this time as now (YYYY-MM-DD or ISO 8601, Beijing time; default GOVCLOUD_NOW or the system clock)
      --metrics file:<path>  utilization export (JSON or CSV) to check the stated 5-working-day figures against
      --no-color             no colours
  rules [--format text|json|markdown] [--lang zh|en]
                          list every rule with its article and what it checks
  schemas [--check]       generate schemas/<profile>/*.schema.json from the catalog; --check only compares
  help                    show this help

Exit codes: 0 no errors, 1 errors, 2 usage error or internal failure.`,
};

export type { Io } from "./options.ts";

/** CLI 入口：返回退出码，从不抛出。 */
export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  useDiskCompileCache();
  let lang: Lang = langOfArgv(argv);
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case "validate":
        return await runValidate(rest, io);
      case "schemas":
        return runSchemas(rest, io);
      case "rules":
        return runRules(rest, io);
      case "stage":
        return await runStage(rest, io);
      case "render":
        return await runRender(rest, io);
      case "report":
        return rest[0] === "annual" ? await runAnnual(rest.slice(1), io) : await runReport(rest, io);
      case "plan":
        return await runPlan(rest, io);
      case "deliver":
        return await runDeliver(rest, io);
      case "drift":
        return await runDrift(rest, io);
      case "checklist":
        return await runChecklist(rest, io);
      case "audit":
        return await runAudit(rest, io);
      case "calendar":
        return await runCalendar(rest, io);
      case "notify":
        return await runNotify(rest, io);
      case "saved-plan":
        return await runSavedPlan(rest, io);
      case "schedule":
        return await runSchedule(rest, io);
      case undefined:
      case "help":
      case "--help":
      case "-h":
        io.stdout(
          `${usage[lang]}\n\n${stageUsage[lang]}\n\n${renderUsage}\n\n${reportUsage}\n\n${annualUsage}\n\n${provisionUsage}\n\n${auditUsage[lang]}\n\n${notifyUsage[lang]}\n\n${calendarUsage[lang]}\n\n${savedPlanUsage[lang]}\n\n${scheduleUsage[lang]}\n`,
        );
        return command === undefined ? 2 : 0;
      default:
        throw new UsageError(`未知命令 ${command}。`, `Unknown command ${command}.`);
    }
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
    options: {
      "changed-from": { type: "string" },
      format: { type: "string", default: "text" },
      lang: { type: "string" },
      root: { type: "string" },
      now: { type: "string" },
      metrics: { type: "string" },
      color: { type: "boolean" },
      "no-color": { type: "boolean" },
    },
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
    options: { format: { type: "string", default: "text" }, lang: { type: "string" } },
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
  const { values } = parseArgs({ args, options: { check: { type: "boolean" }, root: { type: "string" } } });
  const root = resolve(io.cwd, values.root ?? ".");
  let stale = 0;
  const catalogs = new Set(listProfiles(root));
  for (const { id: profile, catalog, schema } of registeredProfiles) {
    if (!catalogs.has(catalog)) continue;
    const schemas = schema.build(loadCatalog(catalog, root));
    for (const [name, schema] of Object.entries(schemas)) {
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
        io.stdout(`已写入 schemas/${profile}/${name}.schema.json\n`);
      }
    }
  }
  return stale > 0 ? 1 : 0;
}
