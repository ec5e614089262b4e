/**
 * 由 JSON Schema 生成一份文档的骨架（YAML 文本）：每个字段前一行中文注释（schema 的 title 与 description），
 * 必填字段写占位值 `~`（使用者必须替换，校验会在这些字段上报错），可选字段注释掉。
 * 不认识任何城市：申请种类、字段与说明都来自 profile 的 schema（govcloud new 用它）。
 */
import type { JsonSchema } from "../schema/profile.ts";

/** 骨架：文本与占位字段的 JSON Pointer（使用者必须填写的地方）。 */
export interface Skeleton {
  text: string;
  placeholders: string[];
}

export interface SkeletonOptions {
  /** 首行的 schema 模式行（yaml-language-server） */
  modeline: string;
  /** 模式行后的说明（每行一条注释） */
  header: readonly string[];
  /** 顶层字段的确定值（kind、profile、序号、日期、单位与系统名称等） */
  fixed: Readonly<Record<string, string | number>>;
}

type Schema = Record<string, unknown>;
const isObject = (v: unknown): v is Schema => v !== null && typeof v === "object" && !Array.isArray(v);

/** 取出 $ref（#/$defs/…）指向的 schema。 */
function resolve(root: Schema, schema: unknown): Schema {
  let s = isObject(schema) ? schema : {};
  for (let i = 0; i < 8 && typeof s.$ref === "string"; i++) {
    const name = s.$ref.replace(/^#\/\$defs\//, "");
    const defs = isObject(root.$defs) ? root.$defs : {};
    s = isObject(defs[name]) ? (defs[name] as Schema) : {};
  }
  return s;
}

/** 申请 schema 中一种申请的分支（oneOf 中 type 为该值的那一支）；没有 oneOf 时就是 schema 本身。 */
export function branchOf(schema: JsonSchema, kind: string): JsonSchema | undefined {
  const oneOf = Array.isArray(schema.oneOf) ? schema.oneOf : undefined;
  if (oneOf === undefined) return schema;
  return oneOf.find((b) => {
    const r = resolve(schema, b);
    const props = isObject(r.properties) ? r.properties : {};
    const type = isObject(props.type) ? props.type : {};
    return type.const === kind;
  }) as JsonSchema | undefined;
}

const oneLine = (s: unknown) => (typeof s === "string" ? s.replace(/\s+/g, " ").trim() : "");

/** 字段的中文说明：标题：描述（可选值）。 */
function describe(s: Schema): string {
  const title = oneLine(s.title);
  const description = oneLine(s.description);
  const enumValues = Array.isArray(s.enum) ? s.enum.map(String) : [];
  const choices =
    enumValues.length > 0 && !enumValues.every((v) => description.includes(v))
      ? `（可选值：${enumValues.slice(0, 12).join("、")}${enumValues.length > 12 ? "…" : ""}）`
      : "";
  const body =
    description === "" || description === title
      ? title
      : description.startsWith(title)
        ? description
        : `${title}：${description}`;
  return `${body}${choices}`;
}

/** YAML 标量：需要时加引号。 */
function scalar(value: unknown): string {
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const s = String(value);
  return /^[\p{L}\p{N}][\p{L}\p{N} ._/（）()-]*$/u.test(s) && !/^(true|false|null|yes|no|on|off|~)$/i.test(s)
    ? s
    : JSON.stringify(s);
}

const pointer = (parent: string, key: string | number) =>
  `${parent}/${String(key).replace(/~/g, "~0").replace(/\//g, "~1")}`;

interface Emit {
  root: Schema;
  lines: string[];
  placeholders: string[];
}

/** 一个对象的字段，缩进 indent 个空格。 */
function emitObject(e: Emit, schema: Schema, indent: number, path: string, fixed: SkeletonOptions["fixed"]) {
  const pad = " ".repeat(indent);
  const props = isObject(schema.properties) ? schema.properties : {};
  const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
  for (const [key, raw] of Object.entries(props)) {
    if (key === "$schema") continue;
    const s = resolve(e.root, raw);
    const note = describe(s);
    if (Object.hasOwn(fixed, key)) {
      e.lines.push(`${pad}# ${note}`, `${pad}${key}: ${scalar(fixed[key])}`);
    } else if (!required.has(key)) {
      e.lines.push(`${pad}# ${key}: ~    # （可选）${note}`);
    } else if ("const" in s) {
      e.lines.push(`${pad}# ${note}`, `${pad}${key}: ${scalar(s.const)}`);
    } else {
      e.lines.push(`${pad}# ${note}`);
      emitValue(e, s, indent, key, pointer(path, key));
    }
  }
}

/** 一个必填字段的值：对象展开必填字段，对象数组给出一项，其余写占位值 ~。 */
function emitValue(e: Emit, s: Schema, indent: number, key: string, path: string) {
  const pad = " ".repeat(indent);
  const depth = path.split("/").length;
  if (isObject(s.properties) && depth < 6) {
    e.lines.push(`${pad}${key}:`);
    const start = e.lines.length;
    emitObject(e, s, indent + 2, path, {});
    // 全是可选字段：值仍为空，去掉一个 # 填写后才算填好
    if (e.lines.slice(start).every((l) => l.trimStart().startsWith("#"))) e.placeholders.push(path);
    return;
  }
  const items = s.type === "array" ? resolve(e.root, s.items) : undefined;
  if (items && isObject(items.properties) && depth < 6) {
    e.lines.push(`${pad}${key}:`);
    const start = e.lines.length;
    emitObject(e, items, indent + 4, pointer(path, 0), {});
    const first = e.lines.findIndex((l, i) => i >= start && !l.trimStart().startsWith("#"));
    if (first >= 0) e.lines[first] = `${pad}  - ${(e.lines[first] as string).trimStart()}`;
    else e.lines.push(`${pad}  - {}`);
    return;
  }
  if (items && !(typeof s.minItems === "number" && s.minItems > 0)) {
    e.lines.push(`${pad}${key}: []`);
    return;
  }
  if (items) {
    e.lines.push(`${pad}${key}:`, `${pad}  - ~`);
    e.placeholders.push(pointer(path, 0));
    return;
  }
  e.lines.push(`${pad}${key}: ~`);
  e.placeholders.push(path);
}

/** 由 schema（一种文档或申请的一支）生成骨架。 */
export function skeleton(root: JsonSchema, schema: JsonSchema, options: SkeletonOptions): Skeleton {
  const e: Emit = {
    root,
    lines: [options.modeline, ...options.header.map((h) => `# ${h}`)],
    placeholders: [],
  };
  emitObject(e, resolve(root, schema), 0, "", options.fixed);
  return { text: `${e.lines.join("\n")}\n`, placeholders: e.placeholders };
}
