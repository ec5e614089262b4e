import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { diskFs } from "../adapters/disk-fs.ts";
import { loadPool } from "../adapters/load-pool.ts";
import { defaultCatalogs, validate } from "../adapters/repository.ts";
import { renderMarkdown } from "../adapters/templates.ts";
import { type PrReport, prReport, type ReportItem } from "../core/report/pr-report.ts";
import { systemKey } from "../core/repository/keys.ts";
import { requestsDir } from "../core/repository/layout.ts";
import { registeredProfile } from "../profiles/index.ts";
import { cliClock } from "./clock.ts";
import { commandOptions } from "./commands.ts";
import { changedFiles } from "./git.ts";
import { type Io, UsageError } from "./options.ts";

/** 拉取请求报告的数据（dangerfile 与命令行共用）。 */
export async function buildReport(options: {
  root: string;
  changedFrom: string;
  today: string;
  stageMarkdown?: string;
  forms: boolean;
}): Promise<PrReport> {
  const fs = diskFs(options.root);
  const files = (await changedFiles(options.root, options.changedFrom)).filter((f) =>
    f.startsWith(`${requestsDir}/`),
  );
  const { findings, repo, histories } = validate({
    fs,
    scope: { kind: "files", files },
    lang: "zh",
    today: options.today,
    parallelLoader: loadPool,
  });
  const targets = new Set(files);
  const items: ReportItem[] = [];
  for (const [key, apps] of repo.applications) {
    const [unitDir] = key.split("/") as [string, string];
    const unit = repo.units.get(unitDir)?.data;
    const system = repo.systems.get(key)?.data;
    const history = histories.get(systemKey(...(key.split("/") as [string, string])));
    for (const { file, data: application } of apps) {
      if (!targets.has(file) || !unit || !system || !history) continue;
      const catalog = defaultCatalogs(application.profile);
      const profile = registeredProfile(application.profile);
      if (!catalog || !profile) continue;
      const before = history.before.get(application.sequence) ?? history.current;
      const formsMarkdown = options.forms
        ? renderMarkdown(profile.forms.forApplication({ application, unit, system, before, catalog }))
        : undefined;
      items.push({
        file,
        application,
        before,
        catalog,
        profile,
        ...(formsMarkdown ? { formsMarkdown } : {}),
      });
    }
  }
  items.sort((a, b) => (a.file < b.file ? -1 : 1));
  return prReport({
    items,
    findings,
    ...(options.stageMarkdown ? { stageMarkdown: options.stageMarkdown } : {}),
  });
}

export async function runReport(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: commandOptions("report"),
  });
  if (values["changed-from"] === undefined)
    throw new UsageError(
      "report 需要 --changed-from <引用>（如 origin/main）。",
      "report needs --changed-from <ref> (e.g. origin/main).",
    );
  if (values.format !== "markdown" && values.format !== "json")
    throw new UsageError(
      `--format 只能是 markdown 或 json，这里是 ${values.format}。`,
      `--format must be markdown or json, not ${values.format}.`,
    );
  const { today } = cliClock(values.now, io);
  let stageMarkdown: string | undefined;
  if (values.stage !== undefined) {
    try {
      stageMarkdown = readFileSync(resolve(io.cwd, values.stage), "utf8");
    } catch {
      throw new UsageError(`读不到阶段文件 ${values.stage}。`, `Cannot read the stage file ${values.stage}.`);
    }
  }
  const report = await buildReport({
    root: resolve(io.cwd, values.root ?? "."),
    changedFrom: values["changed-from"],
    today,
    forms: !values["no-forms"],
    ...(stageMarkdown ? { stageMarkdown } : {}),
  });
  io.stdout(values.format === "json" ? `${JSON.stringify(report, null, 2)}\n` : report.markdown);
  return report.fails.length > 0 ? 1 : 0;
}
