import type { ApplicationType, Catalog, ProfileCitation } from "../catalog/types.ts";
import type { Citation } from "../finding.ts";
import type { KindInfo } from "../profile.ts";
import type { DocumentKind, JsonSchema } from "./profile.ts";

/**
 * 生成 schema 的工具（引擎一侧，不认识任何城市）：基本节点（文字、日期、整数、百分比、对象、列表）、
 * 共用定义（$defs，用 $ref 引用）、条款引用（`x-citation`）、文档头（$schema、kind、profile）与 $id，
 * 以及把申请 schema 组装成按 `type` 区分的联合（分支取自 profile 的申请种类）。
 * 一个城市的字段、措辞与引用在 `scripts/profiles/<id>/schema/`，用这里的工具拼出来。
 */

/** 各 schema 的 $id 前缀：`<schemaBase>/<profile>/<document>.schema.json`。 */
export const schemaBase = "https://govcloud-gitops.example/schemas";

/** JSON Schema 2020-12 的元 schema 地址。 */
const draft = "https://json-schema.org/draft/2020-12/schema";

type Json = JsonSchema;

/** 申请的一种（`type` 的一个取值）特有的字段。 */
export interface KindBranch {
  /** 这种申请特有的字段（接在共同字段之后） */
  properties: Json;
  /** 这种申请特有的必填字段 */
  required: readonly string[];
  /** 分支上的其他关键字，如 x-citation、x-required-by */
  extra?: Json;
}

/** 申请 schema 的组成：profile 提供，{@link SchemaKit.application} 组装。 */
export interface ApplicationParts {
  /** 申请 schema 的标题与说明 */
  title: string;
  description: string;
  /** profile 登记的申请种类（顺序即 `type` 枚举与分支的顺序）及其名称 */
  kinds: Readonly<Partial<Record<ApplicationType, KindInfo>>>;
  /** 各种申请共有的字段（接在 $schema、kind、profile、sequence、type 之后）及其中必填的 */
  common: Json;
  commonRequired: readonly string[];
  /** 一种申请特有的部分；登记了的种类都须有 */
  branch(type: ApplicationType): KindBranch;
  /** profile 自己的共用定义（排在工具的 $defs 之后），如按服务区分的云服务需求 */
  defs?: Json;
}

/**
 * 一份 schema 的工具：每份文档新建一个（$defs 各自独立）。
 */
export class SchemaKit {
  /** profile 标识：文档的 `profile` 字段与每条引用都写它 */
  readonly profile: string;
  /** 当前 schema 的 $defs：共用的字段定义只写一次，用 $ref 引用（顺序即首次用到的顺序） */
  private readonly defs: Json = {};

  constructor(readonly catalog: Catalog) {
    this.profile = catalog.profile.id;
  }

  /** 约束出自某条款时标在节点上：校验发现会带上这条引用。 */
  cite(c: ProfileCitation): { "x-citation": Citation } {
    return { "x-citation": { profile: this.profile, ...c } as Citation };
  }

  /** 一份文档 schema 的 $id。 */
  id(document: DocumentKind): string {
    return `${schemaBase}/${this.profile}/${document}.schema.json`;
  }

  /** 共用定义：第一次用到时建立，之后都返回同一个 $ref。 */
  def(name: string, build: () => Json): Json {
    if (!(name in this.defs)) this.defs[name] = build();
    return { $ref: `#/$defs/${name}` };
  }

  // ---------- 基本节点 ----------
  str(title: string, description?: string, extra: Json = {}): Json {
    return { type: "string", minLength: 1, title, ...(description ? { description } : {}), ...extra };
  }
  date(title: string, description: string): Json {
    return { type: "string", format: "date", title, description: `${description}（格式 YYYY-MM-DD）` };
  }
  int(title: string, description: string, extra: Json = {}): Json {
    return { type: "integer", title, description, ...extra };
  }
  percent(title: string): Json {
    return { type: "number", minimum: 0, maximum: 100, title, description: `${title}，单位 %，0–100` };
  }
  /** 对象：不允许未列出的字段。 */
  obj(title: string, description: string, properties: Json, required: string[] = [], extra: Json = {}): Json {
    return {
      type: "object",
      title,
      description,
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
      ...extra,
    };
  }
  list(title: string, description: string, items: Json, extra: Json = {}): Json {
    return { type: "array", title, description, items, ...extra };
  }
  /** 取值为 目录中带 id、label 的一组选项之一，说明列出每个选项（如 云环境、磁盘类型）。 */
  choice(title: string, options: readonly { id: string; label: string }[], extra: Json = {}): Json {
    return {
      type: "string",
      title,
      description: options.map((o) => `${o.id}：${o.label}`).join("；"),
      enum: options.map((o) => o.id),
      ...extra,
    };
  }

  /** 条件约束：数据符合 `condition` 时还须符合 `then`（JSON Schema 的 if/then）。 */
  when(condition: Json, then: Json): Json {
    return { if: condition, then };
  }

  // ---------- 文档 ----------
  /**
   * 文档头的三个字段：编辑器用的 $schema、固定的文档类型 kind、固定的规范 profile。
   * `kindNote` 补在“固定为 <kind>”之后，`profileDescription` 默认为规范全称。
   */
  header(
    kind: DocumentKind,
    options: { kindNote?: string; profileDescription?: string } = {},
  ): Record<"$schema" | "kind" | "profile", Json> {
    return {
      $schema: this.str("Schema", "编辑器使用的 schema 地址"),
      kind: { const: kind, title: "文档类型", description: `固定为 ${kind}${options.kindNote ?? ""}` },
      profile: {
        const: this.profile,
        title: "规范",
        description: options.profileDescription ?? this.catalog.profile.title,
      },
    };
  }

  /**
   * 一份文档的 schema：$schema、$id，然后是文档本身（标题与说明排在最前，取自文档对象）；
   * 用到共用定义时附上 $defs。
   */
  document(kind: DocumentKind, body: Json): Json {
    return {
      $schema: draft,
      $id: this.id(kind),
      title: body.title,
      description: body.description,
      ...body,
      ...(Object.keys(this.defs).length ? { $defs: this.defs } : {}),
    };
  }

  /**
   * 申请 schema：按 `type` 区分的联合（discriminator），每种申请一个分支。分支的属性依次为
   * 文档头、申请序号、申请类型（该分支的常量）、共同字段、这种申请特有的字段。
   */
  application(parts: ApplicationParts): Json {
    const types = Object.keys(parts.kinds) as ApplicationType[];
    const name = (type: ApplicationType) => parts.kinds[type]?.name.zh ?? type;
    const common: Json = {
      ...this.header("application", {
        kindNote: "（申请）",
        profileDescription: `适用的规范：${this.catalog.profile.title}`,
      }),
      sequence: this.int("申请序号", "本系统内申请的顺序号，从 1 起连续递增；决定申请的先后，不看文件名", {
        minimum: 1,
      }),
      type: {
        type: "string",
        title: "申请类型",
        description: types.map((t) => `${t}：${name(t)}`).join("；"),
        enum: types,
      },
      ...parts.common,
    };
    const required = ["kind", "profile", "sequence", "type", ...parts.commonRequired];
    const branch = (type: ApplicationType): Json => {
      const own = parts.branch(type);
      return {
        type: "object",
        title: name(type),
        properties: {
          ...common,
          type: { const: type, title: "申请类型", description: name(type) },
          ...own.properties,
        },
        required: [...required, ...own.required],
        additionalProperties: false,
        ...own.extra,
      };
    };
    const oneOf = types.map(branch);
    return {
      $schema: draft,
      $id: this.id("application"),
      title: parts.title,
      description: parts.description,
      type: "object",
      required: ["type"],
      properties: { type: common.type },
      discriminator: { propertyName: "type" },
      oneOf,
      $defs: { ...this.defs, ...parts.defs },
    };
  }
}
