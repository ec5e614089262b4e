/**
 * 网站的构建数据（npm run build:web 的第一步，在 vite build 之前）：浏览器里跑的是同一个核心，
 * 它不读盘，所以命令行从磁盘读的东西在这里读好，写成 web/.generated/ 下的模块与 JSON：
 *
 * - data.json：每个登记的 profile 的服务目录文本、目录 schema、全国日历的数据、表单模板；
 * - public/：运行时读取的 config.json（仓库、GitHub API 地址、基础分支）与 snapshot/ 下的快照：
 *   requests.json（仓库 requests/，向导从它折叠出系统的现状）、board.json（状态看板）、audit.json（利用率报告）；
 * - validators.js：ajv 预编译的独立校验函数（严格的 CSP 不允许 eval，浏览器不能现场编译 schema）；
 * - templates.js：预编译的 Handlebars 表单模板（同样不需要 eval）；
 * - csp.json：表单预览里 <style> 的 sha256（CSP 的 style-src 只放行这一段）。
 *
 *   node --import tsx scripts/web/build-data.ts [--root <仓库>] [--requests <目录>] [--board <board.json>]
 *        [--audit <audit.json>]… [--repo 所有者/仓库] [--api <GitHub API 地址>] [--out <目录>]
 */
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import Handlebars from "handlebars";
import { readCalendarSources } from "../adapters/calendar-files.ts";
import { catalogSchema, catalogTexts } from "../adapters/catalog-files.ts";
import { precompile } from "../adapters/precompile.ts";
import { readFormTemplates } from "../adapters/templates.ts";
import type { CatalogTexts } from "../core/catalog/parse.ts";
import { formRenderer } from "../core/forms/render.ts";
import { repositoryConfigFile } from "../core/repository/config.ts";
import { reviewConfigPath } from "../core/review/config.ts";
import { registeredProfiles } from "../profiles/index.ts";

const repoRoot = resolve(new URL("../..", import.meta.url).pathname);

/** 快照里每个文件的上限：更大的附件不放进网站（向导只在新申请引用它们时才需要）。 */
const maxSnapshotFile = 1024 * 1024;

/** requests/ 下的文件：YAML 为文本，其余（附件图片、PDF）为 base64。 */
export function snapshotRequests(dir: string): Record<string, { text: string } | { base64: string }> {
  const files: Record<string, { text: string } | { base64: string }> = {};
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && statSync(path).size <= maxSnapshotFile) {
        const key = `requests/${relative(dir, path).split("\\").join("/")}`;
        const bytes = readFileSync(path);
        files[key] = /\.ya?ml$/.test(entry.name)
          ? { text: bytes.toString("utf8") }
          : { base64: bytes.toString("base64") };
      }
    }
  };
  walk(dir);
  return files;
}

/**
 * 网站要的仓库快照：requests/ 下的文件，加上根目录的 govcloud.yaml（仓库采用哪个规范）与
 * .github/govcloud-review.yaml（审查流程；登录后的看板用它），有才放。
 * root 是仓库根目录（如 examples/huaibei），requests 缺省为 root 下的 requests/。
 */
export function snapshotRepository(
  root: string,
  requests: string = join(root, "requests"),
): Record<string, { text: string } | { base64: string }> {
  const files = snapshotRequests(requests);
  // 仓库的规范，与审查流程配置（登录后的看板在浏览器里重算阶段时用）
  for (const file of [repositoryConfigFile, reviewConfigPath]) {
    const path = join(root, file);
    if (statSync(path, { throwIfNoEntry: false })?.isFile())
      files[file] = { text: readFileSync(path, "utf8") };
  }
  return files;
}

/** ajv 独立校验代码（CommonJS）→ ES 模块里的工厂函数，require 换成静态 import 的表。 */
export function validatorsModule(dir: string): string {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cjs"))
    .sort();
  const requires = new Set<string>();
  const bodies = files.map((f) => {
    const code = readFileSync(join(dir, f), "utf8");
    for (const m of code.matchAll(/require\("([^"]+)"\)/g)) requires.add(m[1] as string);
    return `  ${JSON.stringify(f.replace(/\.cjs$/, ""))}: (module, exports, require) => {\n${code}\n  },`;
  });
  const ids = [...requires].sort();
  const imports = ids.map((id, i) => `import m${i} from ${JSON.stringify(`${id}.js`)};`);
  const table = ids.map((id, i) => `  ${JSON.stringify(id)}: m${i},`);
  return [
    "// 由 scripts/web/build-data.ts 生成：ajv 预编译的校验函数（不要手改）",
    ...imports,
    `export const runtime = {\n${table.join("\n")}\n};`,
    `export const factories = {\n${bodies.join("\n")}\n};`,
    "",
  ].join("\n");
}

/** 表单模板的 Handlebars 预编译结果（键为模板文本），与 scripts/core/forms/render.ts 的编译选项相同。 */
export function templatesModule(templates: Record<string, string>): string {
  const entries: string[] = [];
  const add = (source: string, options: object) =>
    entries.push(`  [${JSON.stringify(source)}, ${Handlebars.precompile(source, options)}],`);
  add(templates["form.md.hbs"] as string, { strict: false });
  add(templates["form.html.hbs"] as string, { strict: false, noEscape: true });
  add(templates["print.css.hbs"] as string, { strict: false, noEscape: true });
  for (const name of ["line.html.hbs", "cell.html.hbs", "box.html.hbs", "cols.html.hbs"])
    add((templates[name] as string).trim(), { strict: false, noEscape: true });
  return [
    "// 由 scripts/web/build-data.ts 生成：预编译的表单模板（不要手改）",
    `export const precompiled = new Map([\n${entries.join("\n")}\n]);`,
    "",
  ].join("\n");
}

/** 表单 HTML 中 <style> 的内容的 sha256（CSP 的 style-src 用）。 */
export function formStyleHash(templates: ReturnType<typeof readFormTemplates>): string {
  const html = formRenderer(templates).html({
    name: "申请表" as never,
    variant: "",
    annex: "",
    title: "",
    blocks: [],
  });
  const style = /<style>([\s\S]*?)<\/style>/.exec(html)?.[1] ?? "";
  return `sha256-${createHash("sha256").update(style).digest("base64")}`;
}

function readJson(file: string | undefined): unknown {
  return file === undefined ? null : (JSON.parse(readFileSync(file, "utf8")) as unknown);
}

export function buildData(argv: string[]): string {
  const { values } = parseArgs({
    args: argv,
    options: {
      root: { type: "string", default: repoRoot },
      requests: { type: "string" },
      board: { type: "string" },
      audit: { type: "string", multiple: true },
      repo: { type: "string", default: "govcloud/govcloud-gitops" },
      api: { type: "string", default: "https://api.github.com" },
      base: { type: "string", default: "main" },
      out: { type: "string", default: join(repoRoot, "web", ".generated") },
    },
  });
  const out = resolve(values.out);
  mkdirSync(out, { recursive: true });

  const staging = mkdtempSync(join(tmpdir(), "govcloud-web-"));
  try {
    precompile(staging);
    writeFileSync(join(out, "validators.js"), validatorsModule(staging));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }

  const templates = readFormTemplates();
  writeFileSync(join(out, "templates.js"), templatesModule(templates));

  const catalogs: Record<string, CatalogTexts> = {};
  // 每个 profile 的目录 schema（淮北有自己的 schemas/huaibei/catalog.schema.json，其余用共用的）
  const catalogSchemas: Record<string, object> = {};
  for (const profile of registeredProfiles) {
    const texts = catalogTexts(profile.id);
    catalogs[profile.id] = {
      profile: texts.profile,
      items: texts.items,
      services: texts.services,
      prices: texts.prices,
    };
    catalogSchemas[profile.id] = catalogSchema(profile.id);
  }
  const data = {
    catalogs,
    catalogSchemas,
    calendar: readCalendarSources(),
    templates,
  };
  writeFileSync(join(out, "data.json"), JSON.stringify(data));
  // 运行时取的快照与设置（web/.generated/public/，原样发布）：工作流可以只换这些文件而不重新打包
  const pub = join(out, "public");
  mkdirSync(join(pub, "snapshot"), { recursive: true });
  const config = { repo: values.repo, apiUrl: values.api, base: values.base };
  writeFileSync(join(pub, "config.json"), `${JSON.stringify(config, null, 2)}\n`);
  writeFileSync(
    join(pub, "snapshot", "requests.json"),
    JSON.stringify(
      snapshotRepository(
        resolve(values.root),
        values.requests === undefined ? undefined : resolve(values.requests),
      ),
    ),
  );
  writeFileSync(join(pub, "snapshot", "board.json"), JSON.stringify(readJson(values.board)));
  // 一份审计报告，或几次的（按日期画趋势）
  const audits = (values.audit ?? []).map((file) => readJson(file));
  writeFileSync(
    join(pub, "snapshot", "audit.json"),
    JSON.stringify(audits.length > 1 ? audits : (audits[0] ?? null)),
  );
  const api = new URL(values.api).origin;
  writeFileSync(join(out, "csp.json"), JSON.stringify({ formStyle: formStyleHash(templates), api }));
  return out;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) {
  const out = buildData(process.argv.slice(2));
  process.stdout.write(`网站数据已写到 ${relative(process.cwd(), out) || "."}\n`);
}
