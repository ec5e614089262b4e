/**
 * govcloud new 的纯核心：新文件放在哪里、下一个申请序号、文件内容（由 profile 的 schema 生成）。
 * 读盘、提问、写文件在 scripts/cli/new.ts。
 */
import type { Profile } from "../profile.ts";
import { requestsDir } from "../repository/layout.ts";
import type { ProfileSchemas } from "../schema/profile.ts";
import { branchOf, type Skeleton, skeleton } from "./skeleton.ts";

/** 要新建的文档：使用单位登记、信息系统登记或一份申请。 */
export type ScaffoldTarget =
  | { kind: "unit"; unit: string }
  | { kind: "system"; unit: string; system: string }
  | {
      kind: "application";
      unit: string;
      system: string;
      /** 申请种类（profile.kinds 的键，如 new、change） */
      type: string;
      sequence: number;
      date: string;
      /** unit.yaml 与 system.yaml 中的名称（已有时填入，否则是占位） */
      unitName?: string;
      systemName?: string;
    };

export interface Scaffold extends Skeleton {
  /** 仓库内相对路径 */
  path: string;
}

/** 新文件的路径：requests/<单位>/unit.yaml、requests/<单位>/<系统>/system.yaml、requests/<单位>/<系统>/<NNNN>-<种类>.yaml。 */
export function scaffoldPath(target: ScaffoldTarget): string {
  if (target.kind === "unit") return `${requestsDir}/${target.unit}/unit.yaml`;
  if (target.kind === "system") return `${requestsDir}/${target.unit}/${target.system}/system.yaml`;
  return `${requestsDir}/${target.unit}/${target.system}/${String(target.sequence).padStart(4, "0")}-${target.type}.yaml`;
}

/**
 * 系统目录里下一个申请序号：文件中写的 `sequence:` 与文件名前的编号（0001-…）中最大的加一。
 * files 是系统目录中的 YAML 文件（名称与内容）。
 */
export function nextSequence(files: readonly { name: string; text: string }[]): number {
  let max = 0;
  for (const { name, text } of files) {
    const fromName = /^(\d{1,6})-/.exec(name)?.[1];
    const fromText = /^sequence:\s*(\d{1,6})\s*(#.*)?$/m.exec(text)?.[1];
    for (const n of [fromName, fromText]) if (n !== undefined) max = Math.max(max, Number(n));
  }
  return max + 1;
}

const documentOf = { unit: "unit", system: "system", application: "application" } as const;

/** 生成文件内容。未登记的申请种类：undefined（由调用方报用法错误）。 */
export function scaffold(
  target: ScaffoldTarget,
  profile: Profile,
  schemas: ProfileSchemas,
  /**
   * 这个仓库所用 schema 的目录，相对仓库根目录（/ 分隔，可以 ../ 开头）：默认 schemas/<profile>。
   * --root 指向的仓库没有自己的服务目录时，schema 在本工具的仓库里（见 cli/new.ts）。
   */
  schemaDir = `schemas/${profile.id}`,
): Scaffold | undefined {
  const doc = documentOf[target.kind];
  const root = schemas[doc];
  const schema = target.kind === "application" ? branchOf(root, target.type) : root;
  if (schema === undefined) return undefined;
  const path = scaffoldPath(target);
  // 编辑器按文件所在的目录解析相对路径：先回到仓库根目录，再到 schema 的目录
  const up = path
    .split("/")
    .slice(0, -1)
    .map(() => "..")
    .join("/");
  const modeline = `# yaml-language-server: $schema=${up}/${schemaDir}/${doc}.schema.json`;
  const how =
    "由 govcloud new 生成：把每个 ~ 换成实际的值（注释说明了每个字段），需要的可选字段去掉行首的 # 再填写。";
  const fixed: Record<string, string | number> = { kind: doc, profile: profile.id };
  let title = typeof schema.title === "string" ? schema.title : doc;
  if (target.kind === "application") {
    fixed.sequence = target.sequence;
    fixed.type = target.type;
    fixed.date = target.date;
    if (target.unitName) fixed.unit = target.unitName;
    if (target.systemName) fixed.system = target.systemName;
    title = profile.kinds[target.type as keyof Profile["kinds"]]?.name.zh ?? title;
  }
  const header = [`${title}（${profile.title.zh}）`, how];
  return { path, ...skeleton(root, schema, { modeline, header, fixed }) };
}
