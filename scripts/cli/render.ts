import { mkdirSync, statSync, writeFileSync } from "node:fs";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { loadPool } from "../adapters/load-pool.ts";
import { PdfUnavailableError, withPdfPrinter } from "../adapters/pdf.ts";
import { popplerPdfPages } from "../adapters/pdf-pages.ts";
import { formsForFile } from "../adapters/repository.ts";
import { renderHtml, renderMarkdown } from "../adapters/templates.ts";
import { requestsDir } from "../core/repository/layout.ts";
import { cliClock } from "./clock.ts";
import { commandHelp, commandOptions } from "./commands.ts";
import { type Io, repositoryRoot, UsageError } from "./options.ts";

const formats = ["md", "html", "pdf"] as const;
type Format = (typeof formats)[number];

/** govcloud render：返回退出码；用法错误抛出 UsageError（由 main 转成退出码 2）。 */
export async function runRender(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: commandOptions("render"),
  });
  if (values.help) {
    io.stdout(commandHelp("render", "zh"));
    return 0;
  }
  const format = values.to as Format;
  if (!formats.includes(format))
    throw new UsageError(
      `--to 只能是 md、html 或 pdf，这里是 ${values.to}。`,
      `--to must be md, html or pdf, not ${values.to}.`,
    );
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? "请给出一个申请文件或 unit.yaml，如 govcloud render requests/sz-edu/student-registry/0001-new.yaml --to pdf。"
        : `一次只能生成一个文件的表单，这里给了 ${positionals.length} 个。`,
      positionals.length === 0 ? "Give one application file or unit.yaml." : "Give exactly one file.",
    );

  const { root, fs } = repositoryRoot(io, values.root);
  const given = positionals[0] as string;
  const abs = isAbsolute(given) ? given : resolve(io.cwd, given);
  const rel = relative(root, abs).split(sep).join("/");
  if (rel.startsWith("..") || !rel.startsWith(`${requestsDir}/`))
    throw new UsageError(
      `文件 ${given} 不在 ${requestsDir}/ 下。申请文件在 requests/<单位>/<系统>/ 中，单位登记是 requests/<单位>/unit.yaml。`,
      `File ${given} is not under ${requestsDir}/.`,
    );
  let isFile = false;
  try {
    isFile = statSync(abs).isFile();
  } catch {
    isFile = false;
  }
  if (!isFile) throw new UsageError(`找不到文件 ${given}。`, `File ${given} does not exist.`);

  if (values.agent !== undefined && !rel.endsWith("/unit.yaml"))
    throw new UsageError(
      "--agent 只用于 unit.yaml（授权委托书）。",
      "--agent applies only to unit.yaml (authorization letters).",
    );

  const result = formsForFile(fs, rel, {
    today: cliClock(values.now, io).today,
    parallelLoader: loadPool,
    // 打印件（html、pdf）上 PDF 附件的前几页也印成图片；Markdown 只写路径，不必转换
    ...(format !== "md" ? { pdfPages: popplerPdfPages() } : {}),
    ...(values.agent !== undefined ? { agent: values.agent } : {}),
  });
  if (!result.ok) {
    switch (result.reason) {
      case "not-found":
        throw new UsageError(`找不到文件 ${given}。`, `File ${given} does not exist.`);
      case "not-a-form":
        throw new UsageError(
          `${rel} 没有对应的官方表单：只有申请文件（生成申请表、测算报告、端口开放申请表）和 unit.yaml（生成授权委托书）可以生成。`,
          `${rel} has no official form: only application files and unit.yaml do.`,
        );
      case "no-agent":
        throw new UsageError(
          `${rel} 中没有 GitHub 账号为 ${result.agent} 的代理人。可选：${result.agents.join("、")}。`,
          `${rel} has no agent ${result.agent}. Choose one of ${result.agents.join(", ")}.`,
        );
      case "invalid":
        io.stderr(
          `govcloud render：${rel}${result.findings.length > 0 ? ` 有 ${result.findings.length} 个错误` : " 或它的单位、系统登记未通过校验"}，不能生成表单。请先运行 govcloud validate ${rel} 查看并改正。\n`,
        );
        return 1;
    }
  }

  const forms = result.forms;
  if (forms.length === 0)
    throw new UsageError(
      `${rel} 没有对应的官方表单：它所在仓库的规范没有为这类文件规定表单（如淮北的延期申请、高危端口备案与 unit.yaml）。`,
      `${rel} has no official form: its regulation prescribes none for this kind of file.`,
    );
  if (format === "md" && values.out === undefined) {
    io.stdout(renderMarkdown(forms.map((f) => f.document)));
    return 0;
  }
  const outDir = resolve(io.cwd, values.out ?? ".");
  mkdirSync(outDir, { recursive: true });
  const shown = (path: string) => {
    const r = relative(io.cwd, path);
    return r.startsWith("..") || isAbsolute(r) ? path : r.split(sep).join("/");
  };
  const write = (name: string, data: string | Uint8Array) => {
    const path = join(outDir, name);
    writeFileSync(path, data);
    io.stdout(`已写入 ${shown(path)}\n`);
  };

  if (format === "md") {
    for (const f of forms) write(`${f.fileName}.md`, renderMarkdown(f.document));
    return 0;
  }
  if (format === "html") {
    for (const f of forms) write(`${f.fileName}.html`, renderHtml(f.document));
    return 0;
  }
  try {
    await withPdfPrinter(async (printer) => {
      for (const f of forms) write(`${f.fileName}.pdf`, await printer.htmlToPdf(renderHtml(f.document)));
    });
  } catch (error) {
    if (error instanceof PdfUnavailableError) {
      io.stderr(`govcloud render：${error.message}\n`);
      return 2;
    }
    throw error;
  }
  return 0;
}
