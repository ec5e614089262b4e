import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { nationalCalendar } from "../adapters/calendar-files.ts";
import { PdfUnavailableError, withPdfPrinter } from "../adapters/pdf.ts";
import { loadRepositoryState, repositoryProfiles } from "../adapters/repository.ts";
import { annualReport } from "../core/report/annual.ts";
import { annualHtml, annualMarkdown } from "../core/report/annual-render.ts";
import { registeredProfile } from "../profiles/index.ts";
import { cliClock } from "./clock.ts";
import { commandHelp, commandOptions } from "./commands.ts";
import { openMetrics } from "./metrics.ts";
import { type Io, parseLang, repositoryRoot, UsageError } from "./options.ts";

const formats = ["markdown", "json", "html", "pdf"] as const;

/** govcloud report annual：返回退出码；用法错误抛出 UsageError。 */
export async function runAnnual(args: string[], io: Io): Promise<number> {
  const { values } = parseArgs({
    args,
    options: commandOptions("annual"),
  });
  if (values.help) {
    io.stdout(commandHelp("annual", parseLang(values.lang)));
    return 0;
  }
  const lang = parseLang(values.lang);
  const clock = cliClock(values.now, io);
  const year = Number(values.year ?? clock.today.slice(0, 4));
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new UsageError(
      `--year 应为四位年份，如 2026，这里是 ${values.year}。`,
      `--year must be a year such as 2026, not ${values.year}.`,
    );
  const format = values.format as (typeof formats)[number];
  if (!formats.includes(format))
    throw new UsageError(
      `--format 只能是 ${formats.join("、")}，这里是 ${values.format}。`,
      `--format must be one of ${formats.join(", ")}, not ${values.format}.`,
    );
  if (format === "pdf" && !values.out)
    throw new UsageError("PDF 须用 --out <文件> 指定写到哪里。", "PDF output needs --out <file>.");
  const { fs } = repositoryRoot(io, values.root);
  const { repo } = loadRepositoryState(fs, repositoryProfiles);
  const profile = registeredProfile(repo.profile);
  const part = profile?.annual;
  if (!profile || !part) {
    io.stderr(`govcloud report annual：本仓库的规范（${repo.profile}）没有年度报告的口径。\n`);
    return 1;
  }
  if (values.unit !== undefined && !repo.units.has(values.unit))
    throw new UsageError(
      `仓库里没有单位 ${values.unit}（requests/${values.unit}/unit.yaml）。`,
      `No unit ${values.unit} in the repository.`,
    );
  const report = annualReport({
    year,
    repo,
    catalogs: repositoryProfiles.catalogs,
    calendar: nationalCalendar(),
    part,
    ...(values.unit !== undefined ? { unit: values.unit } : {}),
    ...(values.metrics !== undefined ? { metrics: openMetrics(values.metrics, io.cwd) } : {}),
  });
  const output =
    format === "json"
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === "markdown"
        ? annualMarkdown(report, part, lang)
        : annualHtml(report, part, lang);
  if (format !== "pdf") {
    if (values.out) writeFileSync(resolve(io.cwd, values.out), output);
    else io.stdout(output);
    return 0;
  }
  try {
    await withPdfPrinter(async (printer) => {
      writeFileSync(resolve(io.cwd, values.out as string), await printer.htmlToPdf(output));
    });
  } catch (error) {
    if (error instanceof PdfUnavailableError) {
      io.stderr(`govcloud report annual：${error.message}\n`);
      return 2;
    }
    throw error;
  }
  return 0;
}
