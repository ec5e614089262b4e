import { createRequire } from "node:module";
import type { ErrorObject, ValidateFunction } from "ajv";
import { closest, distance } from "fastest-levenshtein";
import type { Catalog } from "../catalog/types.ts";
import type { Citation } from "../finding.ts";
import { type Problem, parsePointer, pointer } from "../load/problem.ts";
import { quote, type Text, text } from "../text.ts";
import { compileCached } from "./compile.ts";
import type { DocumentKind, SchemaPart } from "./profile.ts";

const require = createRequire(import.meta.url);
type Localize = (errors?: ErrorObject[] | null) => void;
const localize = require("ajv-i18n") as { zh: Localize; en: Localize };

export type { DocumentKind };

type Json = Record<string, unknown>;

/**
 * 一个 profile 一个 Ajv 实例，三个 schema 只编译一次。`allErrors` 一次报全；
 * 不用 useDefaults / coerceTypes / removeAdditional：校验不改数据。
 */
export class SchemaValidator {
  private static readonly cache = new WeakMap<SchemaPart, WeakMap<Catalog, SchemaValidator>>();

  /** 每个 profile 的每份目录只编译一次（编译约需数百毫秒）。 */
  static for(catalog: Catalog, schema: SchemaPart): SchemaValidator {
    let byCatalog = SchemaValidator.cache.get(schema);
    if (!byCatalog) {
      byCatalog = new WeakMap();
      SchemaValidator.cache.set(schema, byCatalog);
    }
    let v = byCatalog.get(catalog);
    if (!v) {
      v = new SchemaValidator(catalog, schema);
      byCatalog.set(catalog, v);
    }
    return v;
  }

  private readonly validators: Record<DocumentKind, ValidateFunction>;
  readonly schemas: Record<DocumentKind, Json>;

  constructor(
    private readonly catalog: Catalog,
    private readonly part: SchemaPart,
  ) {
    this.schemas = { ...part.build(catalog) };
    const compile = (kind: DocumentKind) =>
      compileCached(this.schemas[kind], {
        name: `${kind}-${catalog.profile.id}`,
        ajv: { allErrors: true, strict: true, strictRequired: false, discriminator: true, verbose: true },
        annotations: ["x-citation", "x-required-by", "x-secret"],
      });
    this.validators = {
      unit: compile("unit"),
      system: compile("system"),
      application: compile("application"),
      delivery: compile("delivery"),
    };
  }

  validate(kind: DocumentKind, file: string, data: unknown): Problem[] {
    const validate = this.validators[kind];
    if (validate(data)) return [];
    const root = this.schemas[kind];
    const errors = prune(validate.errors ?? [], root);
    return errors.map((e) => this.toProblem(kind, file, e));
  }

  private toProblem(kind: DocumentKind, file: string, e: ErrorObject): Problem {
    const root = this.schemas[kind];
    const { message, path, atKey } = describe(e, this.catalog, root, this.part.catalogName);
    const fallback = this.part.requiredCitation?.[kind];
    return {
      rule: "schema",
      severity: "error",
      message,
      file,
      path,
      atKey,
      citation:
        citationFor(root, e) ??
        (e.keyword === "required" && fallback
          ? ({ profile: this.catalog.profile.id, ...fallback } as Citation)
          : undefined),
    };
  }
}

/**
 * 去掉不给用户看的“组合”错误，一个错误只说一次：
 * - if 的“must match then”；
 * - 不是 discriminator 的 oneOf/anyOf（如测试期限“按月或按周”）：若恰好有一个分支在结构上吻合（没有缺字段、
 *   多字段、类型不对），只报这个分支里的具体错误（如 months 为 4，不能大于 3），否则只报 oneOf 本身
 *   （“不符合任何一种允许的形式”，列出要求），各分支的错误都不报——它们多半是误导（“缺少 weeks”）；
 * - discriminator 已说明未知的服务/类型时，同一字段的 enum 错误；同一位置同一关键字的重复。
 */
function prune(errors: ErrorObject[], root: Json): ErrorObject[] {
  const isDiscriminatedPath = discriminatedIn(root);
  const chosen = chooseBranches(errors, isDiscriminatedPath);
  const out: ErrorObject[] = [];
  for (const e of errors) {
    if (e.keyword === "if") continue;
    if ((e.keyword === "oneOf" || e.keyword === "anyOf") && !isDiscriminatedPath(e.schemaPath)) {
      if (!chosen.has(`${e.schemaPath}|${e.instancePath}`)) out.push(e);
      continue;
    }
    if (e.keyword === "oneOf" || e.keyword === "anyOf") {
      out.push(e);
      continue;
    }
    if (!inKeptBranches(e, chosen, isDiscriminatedPath)) continue;
    out.push(e);
  }
  const discriminated = new Set(
    out.filter((e) => e.keyword === "discriminator").map((e) => `${e.instancePath}/${String(e.params.tag)}`),
  );
  const seen = new Set<string>();
  return out.filter((e) => {
    if (e.keyword === "enum" && discriminated.has(e.instancePath)) return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const structural = new Set(["required", "additionalProperties", "type", "const", "discriminator", "not"]);

/** 每个“oneOf/anyOf 位置|数据位置” → 结构上唯一吻合的分支路径前缀（如 …/oneOf/1/）。 */
function chooseBranches(
  errors: readonly ErrorObject[],
  isDiscriminatedPath: (combinatorPath: string) => boolean,
): Map<string, string> {
  const chosen = new Map<string, string>();
  for (const c of errors) {
    if ((c.keyword !== "oneOf" && c.keyword !== "anyOf") || isDiscriminatedPath(c.schemaPath)) continue;
    const branches = new Map<string, boolean>();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(`${c.schemaPath}/`) || !e.instancePath.startsWith(c.instancePath))
        continue;
      const m = /^\/(\d+)\//.exec(e.schemaPath.slice(c.schemaPath.length));
      if (!m) continue;
      const branch = `${c.schemaPath}/${m[1]}/`;
      // 分支中结构性的错误（只看分支自己这一层的数据，不看更深的）说明这个分支不是用户想写的形式
      const shallow = e.instancePath === c.instancePath || e.keyword === "additionalProperties";
      branches.set(branch, (branches.get(branch) ?? true) && !(structural.has(e.keyword) && shallow));
    }
    const fitting = [...branches].filter(([, fits]) => fits).map(([b]) => b);
    if (fitting.length === 1) chosen.set(`${c.schemaPath}|${c.instancePath}`, fitting[0] as string);
  }
  return chosen;
}

/** 错误路径上的每个非 discriminator 的 oneOf/anyOf 分支都必须是被选中的那个。 */
function inKeptBranches(
  e: ErrorObject,
  chosen: ReadonlyMap<string, string>,
  isDiscriminatedPath: (combinatorPath: string) => boolean,
): boolean {
  for (const m of e.schemaPath.matchAll(/\/(oneOf|anyOf)\/\d+\//g)) {
    const combinator = e.schemaPath.slice(0, (m.index ?? 0) + (m[1] as string).length + 1);
    if (isDiscriminatedPath(combinator)) continue;
    const branch = e.schemaPath.slice(0, (m.index ?? 0) + m[0].length);
    let picked: string | undefined;
    for (const [key, value] of chosen) {
      const [path, instance] = key.split("|") as [string, string];
      if (path === combinator && e.instancePath.startsWith(instance)) picked = value;
    }
    if (picked !== branch) return false;
  }
  return true;
}

/**
 * 以 /oneOf 或 /anyOf 结尾的路径是不是 discriminator 的（所在节点带 discriminator），如申请类型（#/oneOf）
 * 与服务（…/$defs/resource/oneOf）。它们选中的分支里的错误就是用户要改的地方。
 */
function discriminatedIn(root: Json): (combinatorPath: string) => boolean {
  return (combinatorPath) => {
    const before = combinatorPath.replace(/\/(oneOf|anyOf)$/, "");
    const node = lookup(root, before) as Json | undefined;
    return node !== null && typeof node === "object" && node.discriminator !== undefined;
  };
}

function lookup(root: Json, schemaPath: string): unknown {
  let node: unknown = root;
  for (const seg of parsePointer(schemaPath.replace(/^#/, ""))) {
    if (node === null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[seg];
  }
  return node;
}

function citationFor(root: Json, e: ErrorObject): Citation | undefined {
  if (e.keyword === "required") {
    // 要求这个字段的条款（x-required-by）优先：如新增申请缺测算报告引第21条
    const requiredBy = (e.parentSchema as Json | undefined)?.["x-required-by"] as Json | undefined;
    const by = requiredBy?.[String(e.params.missingProperty)] as Citation | undefined;
    if (by) return by;
    // 缺的字段自己带引用（如 dataBackup → 附件5 注6）时用它
    let missing = ((e.parentSchema as Json | undefined)?.properties as Json | undefined)?.[
      String(e.params.missingProperty)
    ] as Json | undefined;
    if (typeof missing?.$ref === "string") missing = lookup(root, missing.$ref) as Json | undefined;
    const c = missing?.["x-citation"] as Citation | undefined;
    if (c) return c;
  }
  const own = (e.parentSchema as Json | undefined)?.["x-citation"] as Citation | undefined;
  if (own) return own;
  // 向上找最近的带引用的节点（如 if/then 所在的对象）
  const segs = parsePointer(e.schemaPath.replace(/^#/, ""));
  for (let i = segs.length - 1; i > 0; i--) {
    if (segs[i - 1] === "properties") break;
    const node = lookup(root, pointer(...segs.slice(0, i)));
    const c = (node as Json | undefined)?.["x-citation"] as Citation | undefined;
    if (c) return c;
  }
  return undefined;
}

const typeNames: Record<string, Text> = {
  string: text("文字", "text"),
  integer: text("整数", "an integer"),
  number: text("数字", "a number"),
  boolean: text("true 或 false", "true or false"),
  object: text("字段映射", "a mapping"),
  array: text("列表", "a list"),
  null: text("空值", "null"),
};

function actualType(v: unknown): Text {
  if (v === null) return typeNames.null as Text;
  if (Array.isArray(v)) return typeNames.array as Text;
  if (typeof v === "number")
    return Number.isInteger(v) ? (typeNames.integer as Text) : (typeNames.number as Text);
  return typeNames[typeof v] ?? text(typeof v, typeof v);
}

function label(path: string, schema: Json | undefined): Text {
  const segs = parsePointer(path);
  const last = segs[segs.length - 1];
  const field =
    last === undefined
      ? text("文件", "the file")
      : /^\d+$/.test(last)
        ? text(`第 ${Number(last) + 1} 项`, `item ${Number(last) + 1}`)
        : text(last, last);
  const title = typeof schema?.title === "string" ? schema.title : undefined;
  return title && last !== undefined && !/^\d+$/.test(last)
    ? text(`字段 ${field.zh}（${title}）`, `field ${field.en} (${title})`)
    : text(field.zh, field.en);
}

const list = (values: readonly unknown[], lang: "zh" | "en") =>
  values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(lang === "zh" ? "、" : ", ");

function suggest(value: unknown, candidates: string[]): string | undefined {
  if (typeof value !== "string" || candidates.length === 0) return undefined;
  const best = closest(value, candidates);
  return distance(value, best) <= Math.max(2, Math.floor(value.length / 3)) ? best : undefined;
}

type Described = { message: Text; path: string; atKey?: boolean };

/** 缺必填字段：字段的标题与说明（$ref 时取定义）。 */
function describeRequired(e: ErrorObject, at: Text, root: Json): Described {
  const schema = e.parentSchema as Json | undefined;
  const p = e.params as Record<string, unknown>;
  const prop = String(p.missingProperty);
  let propSchema = ((schema?.properties as Json | undefined)?.[prop] ?? {}) as Json;
  if (typeof propSchema.$ref === "string") propSchema = (lookup(root, propSchema.$ref) ?? {}) as Json;
  const title = typeof propSchema.title === "string" ? `（${propSchema.title}）` : "";
  const hint =
    typeof propSchema.description === "string"
      ? `说明：${propSchema.description.replace(/[。.]$/, "")}。`
      : "";
  const where = e.instancePath === "" ? text("文件顶层", "the top level") : at;
  return {
    path: e.instancePath,
    message: text(
      `${where.zh}缺少必填字段 ${prop}${title}。${hint}请补上这个字段。`,
      `${where.en} lacks the required field ${prop}${title}. Add it.`,
    ),
  };
}

/** 未知字段：最接近的字段名，或这里允许的全部字段。 */
function describeAdditional(e: ErrorObject): Described {
  const schema = e.parentSchema as Json | undefined;
  const p = e.params as Record<string, unknown>;
  const raw = String(p.additionalProperty);
  // 字段名来自用户：去掉控制字符，免得打乱终端、注释与注解
  // biome-ignore lint/suspicious/noControlCharactersInRegex: 正是要去掉控制字符
  const prop = raw.replace(/[\u0000-\u001f\u007f]/g, " ");
  const allowed = Object.keys((schema?.properties as Json | undefined) ?? {}).filter((k) => k !== "$schema");
  const guess = suggest(prop, allowed);
  const path = `${e.instancePath}/${raw.replace(/~/g, "~0").replace(/\//g, "~1")}`;
  return {
    path,
    atKey: true,
    message: guess
      ? text(`未知字段 ${prop}，是否为 ${guess}？`, `Unknown field ${prop}; did you mean ${guess}?`)
      : text(
          `未知字段 ${prop}。这里允许的字段：${list(allowed, "zh")}。请删除或改正它。`,
          `Unknown field ${prop}. Allowed here: ${list(allowed, "en")}. Remove or correct it.`,
        ),
  };
}

/** discriminator 取值未知：服务列出目录中可新增的服务，其余列出 schema 中该字段的枚举。 */
function describeDiscriminator(e: ErrorObject, catalog: Catalog, catalogName: Text): Described {
  const schema = e.parentSchema as Json | undefined;
  const p = e.params as Record<string, unknown>;
  const tag = String(p.tag);
  const value = (e.data as Record<string, unknown> | undefined)?.[tag];
  const path = `${e.instancePath}/${tag}`;
  if (tag === "service") {
    const ids = catalog.services.filter((s) => s.changeTypes.new).map((s) => s.id);
    const guess = suggest(value, ids);
    return {
      path,
      message: text(
        `未知的服务 ${quote(value)}${guess ? `，是否为 ${guess}？` : "。"}服务须取自${catalogName.zh}，可用的服务标识：${ids.join("、")}。`,
        `Unknown service ${quote(value)}${guess ? `; did you mean ${guess}?` : "."} Services come from ${catalogName.en}: ${ids.join(", ")}.`,
      ),
    };
  }
  // 允许的取值即 schema 中这个字段的枚举（申请类型：profile 登记的种类）
  const tagSchema = (schema?.properties as Json | undefined)?.[tag] as Json | undefined;
  const types = Array.isArray(tagSchema?.enum) ? tagSchema.enum.map(String) : [];
  const guess = suggest(value, types);
  return {
    path,
    message: text(
      `未知的${tag === "type" ? "申请类型" : tag} ${quote(value)}${guess ? `，是否为 ${guess}？` : "。"}允许：${types.join("、")}。`,
      `Unknown ${tag} ${quote(value)}${guess ? `; did you mean ${guess}?` : "."} Allowed: ${types.join(", ")}.`,
    ),
  };
}

/** ajv 错误 → 用户能照着改的话：问题、允许的值、怎么改。 */
function describe(
  e: ErrorObject,
  catalog: Catalog,
  root: Json,
  catalogName: Text = text("服务目录", "the catalog"),
): Described {
  const schema = e.parentSchema as Json | undefined;
  const at = label(e.instancePath, schema);
  const desc = typeof schema?.description === "string" ? schema.description.replace(/[。.]$/, "") : "";
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case "required":
      return describeRequired(e, at, root);
    case "additionalProperties":
      return describeAdditional(e);
    case "type": {
      const want = typeNames[String(p.type)] ?? text(String(p.type), String(p.type));
      const got = actualType(e.data);
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}应为${want.zh}，这里是${got.zh} ${quote(e.data)}。${desc ? `说明：${desc}。` : ""}`,
          `${at.en} must be ${want.en}, not ${got.en} ${quote(e.data)}.`,
        ),
      };
    }
    case "enum": {
      const allowed = (p.allowedValues as unknown[]) ?? [];
      const guess = suggest(
        e.data,
        allowed.filter((v): v is string => typeof v === "string"),
      );
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}的值 ${quote(e.data)} 不在允许范围内${guess ? `，是否为 ${guess}？` : "。"}允许：${list(allowed, "zh")}。${desc ? `说明：${desc}。` : ""}`,
          `${at.en} has value ${quote(e.data)}, which is not allowed${guess ? `; did you mean ${guess}?` : "."} Allowed: ${list(allowed, "en")}.`,
        ),
      };
    }
    case "const":
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}必须是 ${JSON.stringify(p.allowedValue)}，这里是 ${quote(e.data)}。${desc ? `说明：${desc}。` : ""}`,
          `${at.en} must be ${JSON.stringify(p.allowedValue)}, not ${quote(e.data)}.`,
        ),
      };
    case "multipleOf": {
      const m = Number(p.multipleOf);
      const v = Number(e.data);
      const min = typeof schema?.minimum === "number" ? schema.minimum : m;
      // 附件5 注3：不足一个倍数的部分向上取整——只给向上取整的值，不给更小的值（不能少申请）
      const upper = Math.max(min, Math.ceil(v / m) * m);
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}为 ${v}，须为 ${m} 的倍数（不足的部分向上取整）。请改为 ${upper}。`,
          `${at.en} is ${v} and must be a multiple of ${m} (round up). Change it to ${upper}.`,
        ),
      };
    }
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum": {
      const isMin = e.keyword.endsWith("inimum");
      const limit = Number(p.limit);
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}为 ${quote(e.data)}，${isMin ? "不能小于" : "不能大于"} ${limit}。${desc ? `说明：${desc}。` : ""}`,
          `${at.en} is ${quote(e.data)}; it must be ${isMin ? "at least" : "at most"} ${limit}.`,
        ),
      };
    }
    case "minLength":
      return { path: e.instancePath, message: text(`${at.zh}不能为空。`, `${at.en} must not be empty.`) };
    case "pattern":
      if ((e.parentSchema as Json | undefined)?.["x-secret"] !== undefined)
        return {
          path: e.instancePath,
          message: text(
            `${at.zh}只能写环境变量名（如 GOVCLOUD_NOTIFY_SZ_EDU_WECOM），这里写的不是——所填内容已隐去，不在任何输出中重复。如果这是 webhook 地址或密钥，请删除它，把它存为仓库的 Actions secret，这里只写它的名字；已经提交过的密钥请到机器人设置中重置。${desc ? `说明：${desc}。` : ""}`,
            `${at.en} must be an environment variable name (like GOVCLOUD_NOTIFY_SZ_EDU_WECOM); the value written here is not, and it is not repeated in any output. If it is a webhook address or key, delete it, store it as an Actions secret and write its name here; reset a key that was already committed.`,
          ),
        };
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}的写法不对：${quote(e.data)}。${desc ? `要求：${desc}。` : ""}`,
          `${at.en} is not written correctly: ${quote(e.data)}.`,
        ),
      };
    case "format": {
      const fmt = String(p.format);
      const how: Record<string, Text> = {
        date: text("日期，格式 YYYY-MM-DD，如 2026-11-25", "a date in the form YYYY-MM-DD, like 2026-11-25"),
        email: text("电子邮箱地址，如 name@example.gov.cn", "an e-mail address, like name@example.gov.cn"),
        ipv4: text("IPv4 地址，如 10.1.2.3", "an IPv4 address, like 10.1.2.3"),
      };
      const h = how[fmt] ?? text(fmt, fmt);
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}应为${h.zh}，这里是 ${quote(e.data)}。`,
          `${at.en} must be ${h.en}, not ${quote(e.data)}.`,
        ),
      };
    }
    case "minItems":
      return {
        path: e.instancePath,
        message: text(`${at.zh}至少要有 ${p.limit} 项。`, `${at.en} needs at least ${p.limit} item(s).`),
      };
    case "discriminator":
      return describeDiscriminator(e, catalog, catalogName);
    case "oneOf":
    case "anyOf":
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}的写法不符合任何一种允许的形式。${desc ? `要求：${desc}。` : ""}`,
          `${at.en} matches none of the allowed forms.${desc ? ` (${desc})` : ""}`,
        ),
      };
    default: {
      const zh = [{ ...e }];
      const en = [{ ...e }];
      localize.zh(zh);
      localize.en(en);
      return {
        path: e.instancePath,
        message: text(`${at.zh}${zh[0]?.message ?? ""}`, `${at.en} ${en[0]?.message ?? ""}`),
      };
    }
  }
}
