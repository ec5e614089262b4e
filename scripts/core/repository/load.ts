import type { Catalog } from "../catalog/types.ts";
import { defaultLimits, type ParseLimits, parseYamlFile } from "../load/parse.ts";
import type { Problem } from "../load/problem.ts";
import type { Application, Delivery, Loaded, System, Unit } from "../model.ts";
import { type DocumentKind, SchemaValidator } from "../schema/validate.ts";
import { text } from "../text.ts";
import { type RepoFs, walk } from "./fs.ts";
import { classify, requestsDir } from "./layout.ts";

/** 加载范围：整个 requests/，或只为若干目标文件加载它们的规则所需的上下文。 */
export type Scope = { kind: "all" } | { kind: "files"; files: string[] };

export interface Repository {
  /** 按单位目录名 */
  units: Map<string, Loaded<Unit>>;
  /** 键为 `单位/系统` */
  systems: Map<string, Loaded<System>>;
  /** 键为 `单位/系统`，按申请序号排序 */
  applications: Map<string, Loaded<Application>[]>;
  /** 键为 `单位/系统`，交付记录 */
  deliveries: Map<string, Loaded<Delivery>[]>;
  /**
   * 每个申请文件的抬头（单位、系统、序号），含未通过 schema 的文件：名称与序号的一致性检查
   * 不必等用户先改完 schema 错误。键为 `单位/系统`。
   */
  headers: Map<string, ApplicationHeader[]>;
  /** 有加载问题的文件的文本（其余文件的文本按需重读，不常驻内存） */
  sources: Map<string, string>;
  /** 加载、位置、schema 的问题 */
  problems: Problem[];
  /** 加载过的文件数 */
  fileCount: number;
}

export interface ApplicationHeader {
  file: string;
  profile: string;
  type?: string;
  unit?: string;
  system?: string;
  sequence?: number;
}

export interface LoadOptions {
  catalogs: (profile: string) => Catalog | undefined;
  defaultProfile: string;
  limits?: ParseLimits;
}

export const systemKey = (unit: string, system: string) => `${unit}/${system}`;

/** 目标文件需要的上下文：所有单位登记，目标所在单位的所有系统登记，目标所在系统目录下的所有文件。 */
function filesFor(fs: RepoFs, scope: Scope): string[] {
  if (scope.kind === "all") return walk(fs, requestsDir);
  const set = new Set<string>();
  const unitDirs = fs.list(requestsDir).filter((e) => e.dir);
  for (const u of unitDirs) {
    const p = `${requestsDir}/${u.name}/unit.yaml`;
    if (fs.exists(p)) set.add(p);
  }
  const systemDirs = new Set<string>();
  const unitsTouched = new Set<string>();
  for (const file of scope.files) {
    const place = classify(file);
    if (place.kind === "ignored") continue;
    if (fs.exists(file)) set.add(file);
    if (place.kind === "system" || place.kind === "application" || place.kind === "delivery") {
      systemDirs.add(`${requestsDir}/${place.unit}/${place.system}`);
      unitsTouched.add(place.unit);
    }
  }
  // 目标所在单位的全部系统：单位范围的规则（如第51条(3) 名下逾期的测试资源）要看到它们的状态
  for (const unit of unitsTouched)
    for (const s of fs.list(`${requestsDir}/${unit}`).filter((e) => e.dir && e.name !== "attachments"))
      systemDirs.add(`${requestsDir}/${unit}/${s.name}`);
  for (const dir of systemDirs) {
    for (const e of fs.list(dir)) if (!e.dir) set.add(`${dir}/${e.name}`);
    for (const e of fs.list(`${dir}/deliveries`)) if (!e.dir) set.add(`${dir}/deliveries/${e.name}`);
  }
  return [...set].sort();
}

export function loadRepository(fs: RepoFs, scope: Scope, options: LoadOptions): Repository {
  const repo: Repository = {
    units: new Map(),
    systems: new Map(),
    applications: new Map(),
    deliveries: new Map(),
    headers: new Map(),
    sources: new Map(),
    problems: [],
    fileCount: 0,
  };
  const validatorFor = (profile: string): SchemaValidator => {
    const catalog = options.catalogs(profile);
    if (!catalog) throw new Error(`profile ${profile} 没有服务目录`);
    return SchemaValidator.for(catalog);
  };

  for (const file of filesFor(fs, scope)) {
    const place = classify(file);
    if (place.kind === "ignored") continue;
    repo.fileCount++;
    const parsed = parseYamlFile(file, fs.readFile(file), options.limits ?? defaultLimits);
    // 文本只为有加载问题的文件留着；其余文件有发现时再按需读取（见 validate.ts 的 sourcesOf）
    if (parsed.source !== undefined && parsed.problems.length > 0) repo.sources.set(file, parsed.source);
    repo.problems.push(...parsed.problems);
    if (place.kind === "misplaced") {
      repo.problems.push({ rule: "layout/misplaced", severity: "error", message: place.why, file, path: "" });
      continue;
    }
    if (parsed.data === undefined) continue;
    const data = parsed.data as Record<string, unknown>;

    const expected: DocumentKind = place.kind;
    if (data.kind !== expected && ["unit", "system", "application", "delivery"].includes(String(data.kind))) {
      repo.problems.push({
        rule: "layout/kind",
        severity: "error",
        message: text(
          `这个位置应是 ${expected} 文档，文件却写着 kind: ${String(data.kind)}。${
            expected === "application"
              ? "系统目录下除 system.yaml 外都是申请文件。"
              : `文件名 ${expected}.yaml 只用于${expected === "unit" ? "单位登记" : "系统登记"}。`
          }请把文件移到正确位置或改正 kind。`,
          `A ${expected} document belongs here, but the file says kind: ${String(data.kind)}. Move the file or correct its kind.`,
        ),
        file,
        path: "/kind",
      });
      continue;
    }
    const profile =
      typeof data.profile === "string" && options.catalogs(data.profile)
        ? data.profile
        : options.defaultProfile;
    if (place.kind === "application") {
      const key = systemKey(place.unit, place.system);
      const list = repo.headers.get(key) ?? [];
      list.push({
        file,
        profile,
        ...(typeof data.type === "string" ? { type: data.type } : {}),
        ...(typeof data.unit === "string" ? { unit: data.unit } : {}),
        ...(typeof data.system === "string" ? { system: data.system } : {}),
        ...(Number.isInteger(data.sequence) ? { sequence: data.sequence as number } : {}),
      });
      repo.headers.set(key, list);
    }
    const schemaProblems = validatorFor(profile).validate(expected, file, data);
    repo.problems.push(...schemaProblems);
    if (schemaProblems.length > 0) continue;

    if (place.kind === "unit") repo.units.set(place.unit, { file, data: data as unknown as Unit });
    else if (place.kind === "system")
      repo.systems.set(systemKey(place.unit, place.system), { file, data: data as unknown as System });
    else if (place.kind === "delivery") {
      const key = systemKey(place.unit, place.system);
      const list = repo.deliveries.get(key) ?? [];
      list.push({ file, data: data as unknown as Delivery });
      repo.deliveries.set(key, list);
    } else {
      const key = systemKey(place.unit, place.system);
      const list = repo.applications.get(key) ?? [];
      list.push({ file, data: data as unknown as Application });
      repo.applications.set(key, list);
    }
  }
  for (const list of repo.deliveries.values()) list.sort((a, b) => a.data.application - b.data.application);
  for (const list of repo.applications.values())
    list.sort((a, b) => a.data.sequence - b.data.sequence || (a.file < b.file ? -1 : 1));
  return repo;
}
