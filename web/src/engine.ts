/**
 * 浏览器里的核心：与命令行同一个 scripts/core/ 与 scripts/profiles/，命令行从磁盘读的数据
 * （服务目录、日历、表单模板、预编译的校验函数）在构建时打包进来（scripts/web/build-data.ts）。
 * 仓库的 requests/ 是一份快照（snapshot/requests.json，或登录后从 GitHub 读）。
 */

import data from "govcloud-web:data";
import { factories, runtime } from "govcloud-web:validators";
import {
  type CalendarSources,
  calendarFromData,
  calendarLayers,
} from "../../scripts/core/calendar/workdays.ts";
import { type CatalogTexts, parseCatalog } from "../../scripts/core/catalog/parse.ts";
import type { Catalog } from "../../scripts/core/catalog/types.ts";
import { beijingDate } from "../../scripts/core/clock.ts";
import type { Finding } from "../../scripts/core/finding.ts";
import { type FormTemplates, formRenderer } from "../../scripts/core/forms/index.ts";
import { formsForFile } from "../../scripts/core/forms/source.ts";
import { findProfile, type Profile } from "../../scripts/core/profile.ts";
import { readRepositoryConfig } from "../../scripts/core/repository/config.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { systemKey } from "../../scripts/core/repository/keys.ts";
import { nextSequence } from "../../scripts/core/scaffold/plan.ts";
import { type CompileCache, useCompileCache } from "../../scripts/core/schema/compile.ts";
import type { JsonSchema } from "../../scripts/core/schema/profile.ts";
import { SchemaValidator } from "../../scripts/core/schema/validate.ts";
import type { SystemState } from "../../scripts/core/state/fold.ts";
import type { Lang } from "../../scripts/core/text.ts";
import { validate } from "../../scripts/core/validate.ts";
import { registeredProfiles } from "../../scripts/profiles/index.ts";

type Factory = (module: { exports: unknown }, exports: unknown, require: (id: string) => unknown) => void;

/** 预编译的校验函数当作编译缓存：键相同（schema、选项、ajv 版本的哈希）才取得到。 */
export const precompiledCache: CompileCache = {
  load: (key) => {
    const factory = (factories as Record<string, Factory>)[key];
    if (!factory) return undefined;
    const module = { exports: {} as unknown };
    const lib = runtime as Record<string, unknown>;
    factory(module, module.exports, (id) => {
      if (!Object.hasOwn(lib, id)) throw new Error(`预编译的校验函数要的 ${id} 没有打包`);
      return lib[id];
    });
    return module.exports as ReturnType<CompileCache["load"]>;
  },
  store: () => {},
};
useCompileCache(precompiledCache);

/** 仓库快照：路径 → 文本（YAML）或 base64（附件）。 */
export type Snapshot = Record<string, { text: string } | { base64: string }>;

const catalogTexts = data.catalogs as Record<string, CatalogTexts>;
const parsed = new Map<string, Catalog>();
export function catalogs(profile: string): Catalog | undefined {
  if (!Object.hasOwn(catalogTexts, profile)) return undefined;
  let catalog = parsed.get(profile);
  if (!catalog) {
    const schema = data.catalogSchemas[profile] as object;
    catalog = parseCatalog(profile, catalogTexts[profile] as CatalogTexts, schema);
    parsed.set(profile, catalog);
  }
  return catalog;
}

export const calendar = calendarFromData(calendarLayers(data.calendar as CalendarSources));
export const profiles: readonly Profile[] = registeredProfiles;
export const renderer = formRenderer(data.templates as FormTemplates);

export function profileById(id: string): Profile | undefined {
  return findProfile(profiles, id);
}

/** 一个 profile 的四个文档 schema（与 govcloud schemas 写出的相同）。 */
export function schemasOf(
  profile: Profile,
): Record<"unit" | "system" | "application" | "delivery", JsonSchema> {
  const catalog = catalogs(profile.id);
  if (!catalog) throw new Error(`没有 ${profile.id} 的服务目录`);
  return SchemaValidator.for(catalog, profile.schema).schemas;
}

function decodeBase64(text: string): Uint8Array {
  const raw = atob(text);
  const bytes = new Uint8Array(raw.length);
  for (let i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
  return bytes;
}

/** 快照加上正在写的文件，成为内存中的仓库。 */
export function repositoryWith(snapshot: Snapshot, extra: Record<string, string> = {}) {
  const files: Record<string, string | Uint8Array> = {};
  for (const [path, entry] of Object.entries(snapshot))
    files[path] = "text" in entry ? entry.text : decodeBase64(entry.base64);
  return memoryFs({ ...files, ...extra });
}

/** 校验正在写的文件：与 govcloud validate <文件> 相同（它是待审的，对照仓库里已合并的一切）。 */
export function validateDraft(
  snapshot: Snapshot,
  path: string,
  text: string,
  options: { today: string; lang: Lang },
): Finding[] {
  const fs = repositoryWith(snapshot, { [path]: text });
  return validate({
    fs,
    scope: { kind: "files", files: [path] },
    lang: options.lang,
    catalogs,
    profiles,
    calendar,
    today: options.today,
  }).findings;
}

/** 官方表单的 HTML（每份一个完整文档）；文件有错误时给出错误而不是表单。 */
export function previewForms(
  snapshot: Snapshot,
  path: string,
  text: string,
  today: string,
): { ok: true; html: string[]; markdown: string } | { ok: false; findings: Finding[] } {
  const fs = repositoryWith(snapshot, { [path]: text });
  const result = formsForFile(fs, path, { today, catalogs, profiles, calendar });
  if (!result.ok) return { ok: false, findings: result.reason === "invalid" ? result.findings : [] };
  const docs = result.forms.map((f) => f.document);
  return { ok: true, html: docs.map((d) => renderer.html(d)), markdown: renderer.markdown(docs) };
}

/** 仓库采用的规范（govcloud.yaml，与 govcloud validate 的取法相同）。 */
export function repositoryProfile(snapshot: Snapshot): string {
  return readRepositoryConfig(repositoryWith(snapshot), profiles).profile;
}

/** 快照中已合并的仓库（单位登记、系统、交付记录），阶段机的授权与提供商取自它。 */
export function snapshotRepository(snapshot: Snapshot, now: string) {
  const fs = repositoryWith(snapshot);
  const today = beijingDate(now);
  return validate({ fs, scope: { kind: "all" }, lang: "zh", catalogs, profiles, calendar, today }).repo;
}

/** 系统的现状（已合并的申请与交付记录折叠的结果）。 */
export function currentState(
  snapshot: Snapshot,
  unit: string,
  system: string,
  today: string,
): SystemState | undefined {
  const fs = repositoryWith(snapshot);
  const result = validate({ fs, scope: { kind: "all" }, lang: "zh", catalogs, profiles, calendar, today });
  return result.histories.get(systemKey(unit, system))?.current;
}

export interface SystemEntry {
  unit: string;
  unitName: string;
  profile: string;
  system: string;
  systemName: string;
  nextSequence: number;
}

const field = (text: string, key: string): string | undefined =>
  new RegExp(`^${key}:\\s*(.+?)\\s*$`, "m").exec(text)?.[1]?.replace(/^["']|["']$/g, "");

/** 快照中的单位与系统（名称取自 unit.yaml、system.yaml），以及每个系统下一份申请的序号。 */
export function systemsOf(snapshot: Snapshot): SystemEntry[] {
  const text = (path: string) => {
    const entry = snapshot[path];
    return entry && "text" in entry ? entry.text : undefined;
  };
  // 单位与系统登记没写 profile 时，用仓库的（govcloud.yaml，与 govcloud validate 的取法相同）
  const fallback = repositoryProfile(snapshot);
  const out: SystemEntry[] = [];
  for (const path of Object.keys(snapshot).sort()) {
    const m = /^requests\/([^/]+)\/([^/]+)\/system\.yaml$/.exec(path);
    if (!m) continue;
    const [, unit, system] = m as unknown as [string, string, string];
    const unitText = text(`requests/${unit}/unit.yaml`) ?? "";
    const systemText = text(path) ?? "";
    const files = Object.keys(snapshot)
      .filter(
        (p) =>
          p.startsWith(`requests/${unit}/${system}/`) &&
          /^[^/]+\.ya?ml$/.test(p.slice(`requests/${unit}/${system}/`.length)),
      )
      .map((p) => ({ name: p.split("/").pop() as string, text: text(p) ?? "" }))
      .filter((f) => f.name !== "system.yaml");
    out.push({
      unit,
      unitName: field(unitText, "name") ?? unit,
      profile: field(unitText, "profile") ?? field(systemText, "profile") ?? fallback,
      system,
      systemName: field(systemText, "name") ?? system,
      nextSequence: nextSequence(files),
    });
  }
  return out;
}
