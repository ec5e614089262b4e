import { lstatSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, isAbsolute, join, relative, resolve, sep } from "node:path";
import { parseArgs } from "node:util";
import { listProfiles, loadCatalog } from "../adapters/catalog-files.ts";
import { loadPool } from "../adapters/load-pool.ts";
import { defaultCatalogs, validateFindings } from "../adapters/repository.ts";
import { openValidateCache } from "../adapters/validate-cache.ts";
import { exitCodeFor } from "../core/finding.ts";
import { type OutputFormat, outputFormats, render } from "../core/report/formats.ts";
import { type RepoFs, walk } from "../core/repository/fs.ts";
import { requestsDir } from "../core/repository/layout.ts";
import { parseRegistrations, type Scope } from "../core/repository/load.ts";
import type { ParsedFile } from "../core/repository/load-file.ts";
import { renderRules } from "../core/rules/listing.ts";
import { SchemaValidator } from "../core/schema/validate.ts";
import { registeredProfiles } from "../profiles/index.ts";
import { cliClock } from "./clock.ts";
import { commandOptions } from "./commands.ts";
import { changedFiles, pendingFiles } from "./git.ts";
import { openMetrics } from "./metrics.ts";
import { type Io, parseLang, repositoryRoot, UsageError } from "./options.ts";
import { checkedRepositoryProfile, repositoryProfile } from "./repository-profile.ts";

/** govcloud validate、rules、schemas。 */

export async function runValidate(args: string[], io: Io): Promise<number> {
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
  let preparsed: Map<string, ParsedFile> | undefined;
  if (values["changed-from"] !== undefined) {
    if (positionals.length > 0)
      throw new UsageError(
        "--changed-from 与路径参数不能同时使用。",
        "--changed-from and paths cannot be combined.",
      );
    // git 在子进程里找改动的文件时（大仓库上要几百毫秒），本进程先载入服务目录与校验函数
    const changing = changedFiles(root, values["changed-from"]);
    changing.catch(() => {}); // 预热出错时不留未处理的拒绝；下面 await 时照常抛出
    preparsed = warmUp(fs);
    const files = (await changing).filter((f) => f.startsWith(`${requestsDir}/`));
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
  // 校验缓存：只用于整个仓库、没有 --metrics 时（见 docs/validate-cache.md）
  const cached =
    scope.kind === "all" && !metrics && !values["no-cache"]
      ? openValidateCache(io.env ?? process.env)
      : undefined;
  const {
    findings,
    fileCount: loaded,
    sources,
  } = validateFindings({
    fs,
    scope,
    lang,
    today,
    parallelLoader: loadPool,
    ...(pending ? { pending } : {}),
    ...(preparsed ? { preparsed } : {}),
    ...(metrics ? { metrics } : {}),
    ...(cached ? { cache: cached.cache } : {}),
  });
  cached?.prune();
  const color = values["no-color"] ? false : (values.color ?? io.colorDefault);
  const fileCount = scope.kind === "all" ? loaded : scope.files.length;
  io.stdout(render(format, findings, { lang, sources, fileCount, color }));
  return exitCodeFor(findings);
}

/**
 * 预先载入本仓库规范的服务目录与 schema 校验函数（它们有缓存，之后的校验直接用），并解析全部单位登记。只为省时间：
 * 出错时什么也不做，校验时会在需要它的地方照常报告。
 */
function warmUp(fs: RepoFs): Map<string, ParsedFile> | undefined {
  try {
    const profile = repositoryProfile(fs);
    const catalog = defaultCatalogs(profile.id);
    if (catalog) SchemaValidator.for(catalog, profile.schema);
    // 单位登记总在上下文里（与改了哪些文件无关）：也先解析
    return parseRegistrations(fs);
  } catch {
    return undefined; // 见上
  }
}

export function runRules(args: string[], io: Io): number {
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
  // --root：只列这个仓库的规范（govcloud.yaml）的规则；不给时列出全部登记的规范
  const only =
    values.root === undefined ? undefined : checkedRepositoryProfile(repositoryRoot(io, values.root).root);
  const profiles = registeredProfiles.filter((p) => only === undefined || p.id === only);
  io.stdout(renderRules(profiles, format, parseLang(values.lang)));
  return 0;
}

export function runSchemas(args: string[], io: Io): number {
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
