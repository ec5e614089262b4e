import type { Catalog } from "../catalog/types.ts";
import { type ParseLimits, parseYamlFile, tooLargeProblem } from "../load/parse.ts";
import { fileProblem, type Problem } from "../load/problem.ts";
import type { SchemaPart } from "../schema/profile.ts";
import { type DocumentKind, SchemaValidator } from "../schema/validate.ts";
import { type Text, text } from "../text.ts";
import type { ReadResult, Refusal, RefusedKind } from "./fs.ts";
import type { Place } from "./layout.ts";

/**
 * 单个文件的加载（解析、位置与 kind 检查、schema 校验），进程内与工作线程（load-worker.ts）共用，
 * 两条路径因此逐字节给出相同的结果。结果是纯数据（可经 structured clone 传回主线程）。
 */

/** 参与加载的文件位置（不含 ignored）。 */
export type LoadPlace = Exclude<Place, { kind: "ignored" }>;
type DocumentPlace = Exclude<LoadPlace, { kind: "misplaced" }>;

export interface ApplicationHeader {
  file: string;
  profile: string;
  type?: string;
  unit?: string;
  system?: string;
  sequence?: number;
}

/** 一个文件的加载结果，按文件顺序并入 Repository（见 load.ts 的 mergeOutcome）。 */
export interface FileOutcome {
  file: string;
  place: LoadPlace;
  /** 这个文件的全部问题，顺序与进程内加载相同 */
  problems: Problem[];
  /** 有解析问题时的文本 */
  source?: string;
  /** 申请文件的抬头（含未通过 schema 的） */
  header?: ApplicationHeader;
  /** 通过 schema 的文档数据 */
  data?: unknown;
}

/** 第一阶段的结果：解析过、位置与 kind 已核对；`pending` 时还待选定 profile 并做 schema 校验。 */
export interface ParsedFile {
  outcome: FileOutcome;
  pending?: { place: DocumentPlace; data: Record<string, unknown> };
}

/** 第一阶段：解码、解析、位置与 kind 检查。不需要服务目录。 */
export function parseFile(
  file: string,
  place: LoadPlace,
  bytes: Uint8Array,
  limits: ParseLimits,
): ParsedFile {
  const parsed = parseYamlFile(file, bytes, limits);
  const outcome: FileOutcome = { file, place, problems: parsed.problems };
  // 文本只为有加载问题的文件留着；其余文件有发现时再按需读取（见 validate.ts 的 sourcesOf）
  if (parsed.source !== undefined && parsed.problems.length > 0) outcome.source = parsed.source;
  if (place.kind === "misplaced") {
    outcome.problems.push({
      rule: "layout/misplaced",
      severity: "error",
      message: place.why,
      file,
      path: "",
    });
    return { outcome };
  }
  if (parsed.data === undefined) return { outcome };
  const data = parsed.data as Record<string, unknown>;

  const expected: DocumentKind = place.kind;
  if (data.kind !== expected && ["unit", "system", "application", "delivery"].includes(String(data.kind))) {
    outcome.problems.push({
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
    return { outcome };
  }
  return { outcome, pending: { place, data } };
}

/** 第一阶段，从读文件的结果开始：拒绝读的条目与过大的文件直接得到问题，不解析。 */
export function parseRead(
  file: string,
  place: LoadPlace,
  result: ReadResult,
  limits: ParseLimits,
): ParsedFile {
  if ("bytes" in result) return parseFile(file, place, result.bytes, limits);
  const problem =
    "refused" in result
      ? refusalProblem(file, result.refused)
      : tooLargeProblem(file, result.tooLarge, limits.maxBytes);
  return { outcome: { file, place, problems: [problem] } };
}

const kindNames: Record<RefusedKind, Text> = {
  symlink: text("符号链接", "a symbolic link"),
  directory: text("目录", "a directory"),
  fifo: text("命名管道（FIFO）", "a named pipe (FIFO)"),
  socket: text("套接字", "a socket"),
  device: text("设备文件", "a device file"),
  other: text("特殊文件", "a special file"),
};

/**
 * 不读的条目的问题（在第 1 行第 1 列）。提示只说出仓库内的路径，不说链接指向哪里：
 * 仓库外的任何东西都不出现在输出里。
 */
export function refusalProblem(file: string, refusal: Refusal): Problem {
  const { kind, at } = refusal;
  const name = kindNames[kind];
  const self = at === file;
  const zhWhere = self ? `${file} 是${name.zh}` : `${file} 所在的目录 ${at} 是${name.zh}`;
  const enWhere = self ? `${file} is ${name.en}` : `The folder ${at} holding ${file} is ${name.en}`;
  if (kind === "symlink") {
    return fileProblem(
      file,
      "load/symlink",
      text(
        `${zhWhere}。校验从不跟随符号链接（它可能指向仓库外的文件或设备），仓库里的申请、目录都必须是普通文件和普通目录。请把符号链接换成普通${self ? "文件或目录（把内容复制进来）" : "目录"}，或删除它。`,
        `${enWhere}. Validation never follows symbolic links (they can point outside the repository or to a device); applications and their folders must be plain files and folders. Replace the link with a plain ${self ? "file or folder (copy the content in)" : "folder"}, or delete it.`,
      ),
    );
  }
  if (kind === "directory") {
    return fileProblem(
      file,
      "load/special-file",
      text(
        `${zhWhere}，这里应是一个 YAML 文件。请把它换成普通文件，或删除它。`,
        `${enWhere} where a YAML file is expected. Replace it with a plain file, or delete it.`,
      ),
    );
  }
  return fileProblem(
    file,
    "load/special-file",
    text(
      `${zhWhere}，不是普通文件，校验不读它。仓库里只放普通的文本文件：请删除它${self ? "，或换成普通文件" : "，或换成普通目录"}。`,
      `${enWhere}, not a plain file, and validation does not read it. The repository holds plain text files only: delete it${self ? " or replace it with a plain file" : " or replace it with a plain folder"}.`,
    ),
  );
}

/** 文件写的 profile（有服务目录时），否则默认 profile。 */
export function profileOf(
  data: Record<string, unknown>,
  known: (profile: string) => boolean,
  defaultProfile: string,
): string {
  return typeof data.profile === "string" && known(data.profile) ? data.profile : defaultProfile;
}

/** 申请文件的抬头。 */
function headerOf(file: string, profile: string, data: Record<string, unknown>): ApplicationHeader {
  return {
    file,
    profile,
    ...(typeof data.type === "string" ? { type: data.type } : {}),
    ...(typeof data.unit === "string" ? { unit: data.unit } : {}),
    ...(typeof data.system === "string" ? { system: data.system } : {}),
    ...(Number.isInteger(data.sequence) ? { sequence: data.sequence as number } : {}),
  };
}

/** 第二阶段：记抬头，按 profile 的服务目录与 schema 做校验。没有服务目录或 profile 时抛出（内部故障）。 */
export function checkFile(
  parsed: ParsedFile,
  profile: string,
  catalog: Catalog | undefined,
  schema: SchemaPart | undefined,
): FileOutcome {
  const { outcome, pending } = parsed;
  if (!pending) return outcome;
  const { place, data } = pending;
  const file = outcome.file;
  if (place.kind === "application") outcome.header = headerOf(file, profile, data);
  if (!catalog || !schema) throw new Error(`profile ${profile} 没有服务目录或没有登记`);
  const schemaProblems = SchemaValidator.for(catalog, schema).validate(place.kind, file, data);
  outcome.problems.push(...schemaProblems);
  if (schemaProblems.length === 0) outcome.data = data;
  return outcome;
}

/**
 * 已知没有任何问题（解析、位置、kind、schema 都通过）的文件的结果，与 checkFile 给它的完全相同。
 * 工作线程对这样的文件只传回数据，主线程用它补全其余部分。
 */
export function cleanOutcome(
  file: string,
  place: LoadPlace,
  data: Record<string, unknown>,
  profile: string,
): FileOutcome {
  if (place.kind === "misplaced") throw new Error(`${file}：位置不对的文件不会没有问题`);
  const outcome: FileOutcome = { file, place, problems: [] };
  if (place.kind === "application") outcome.header = headerOf(file, profile, data);
  outcome.data = data;
  return outcome;
}
