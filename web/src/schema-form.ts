/**
 * 由 profile 的 JSON Schema 生成表单：标题作标签，说明作提示，枚举作下拉框，oneOf 按判别字段
 * （如 service）选分支，数组可增删项；必填字段直接显示，可选字段收在“可选字段”里。
 * 表单只维护一个值（与 YAML 文件的内容相同），每次改动回调 onChange；校验由核心做（见 wizard.ts），
 * 发现按 JSON Pointer 标到对应的字段旁。
 */
import type { Finding } from "../../scripts/core/finding.ts";
import { type Child, h, replace } from "./dom.ts";
import { lang, t } from "./i18n.ts";

export type Schema = Record<string, unknown>;
type Path = (string | number)[];

const isObject = (v: unknown): v is Schema => v !== null && typeof v === "object" && !Array.isArray(v);

/** 取出 $ref（#/$defs/…）指向的 schema。 */
export function resolveRef(root: Schema, schema: unknown): Schema {
  let s = isObject(schema) ? schema : {};
  for (let i = 0; i < 8 && typeof s.$ref === "string"; i++) {
    const defs = isObject(root.$defs) ? root.$defs : {};
    const target = defs[s.$ref.replace(/^#\/\$defs\//, "")];
    s = isObject(target) ? target : {};
  }
  return s;
}

export const pointerOf = (path: Path): string =>
  path.map((p) => `/${String(p).replace(/~/g, "~0").replace(/\//g, "~1")}`).join("");

const idOf = (path: Path): string =>
  `f${path.map((p) => `-${String(p).replace(/[^A-Za-z0-9_]/g, "_")}`).join("")}`;

export function getAt(value: unknown, path: Path): unknown {
  let v = value;
  for (const p of path) v = isObject(v) || Array.isArray(v) ? (v as Record<string, unknown>)[p] : undefined;
  return v;
}

/** 写入一个值；undefined 删除该键（数组中的项保留位置）。缺的中间层按需建立。 */
export function setAt(value: Record<string, unknown>, path: Path, next: unknown): void {
  let v: Record<string | number, unknown> = value;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i] as string | number;
    if (!isObject(v[key]) && !Array.isArray(v[key])) v[key] = typeof path[i + 1] === "number" ? [] : {};
    v = v[key] as Record<string | number, unknown>;
  }
  const last = path[path.length - 1] as string | number;
  if (next === undefined && !Array.isArray(v)) delete v[last];
  else v[last] = next;
}

/** 说明中的“值：含义；值：含义”写法（如 grading：等级测评报告；special：安全专项检测）→ 枚举值的中文名。 */
export function enumLabels(description: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof description !== "string") return out;
  for (const m of description.matchAll(/([A-Za-z0-9][\w-]*)：([^；;。]+)/g))
    out.set(m[1] as string, (m[2] as string).trim());
  return out;
}

const longText = /description|explanation|summary|conclusion|remark|reason|basis|result/i;

export interface SchemaFormOptions {
  /** 整个 schema（$defs 从这里取） */
  root: Schema;
  /** 要填写的那一支（如新增申请） */
  schema: Schema;
  /** 初始值（固定字段已填） */
  value: Record<string, unknown>;
  /** 顶层不显示的字段（固定值：kind、profile、序号、类型、日期、单位、系统） */
  hidden: ReadonlySet<string>;
  onChange(value: Record<string, unknown>): void;
  /** 字段的候选值（如 resource：系统现有的资源标识） */
  suggest?(path: Path): string[] | undefined;
  /** 字段值被用户改动之后（如选了要变更的资源：从现状填入“变更前”） */
  afterInput?(path: Path, value: Record<string, unknown>): boolean;
}

export class SchemaForm {
  readonly element: HTMLElement;
  value: Record<string, unknown>;
  private readonly branches = new Map<string, number>();

  constructor(private readonly options: SchemaFormOptions) {
    this.value = options.value;
    this.element = h("div", { class: "schema-form" });
    this.render();
  }

  /** 整个表单重画（结构改变时：增删项、换分支）；之后把焦点放回原来的元素。 */
  render(): void {
    const focused = document.activeElement?.id;
    replace(this.element, this.objectFields(this.options.schema, [], true));
    if (focused) document.getElementById(focused)?.focus();
  }

  private changed(path: Path): void {
    if (this.options.afterInput?.(path, this.value)) this.render();
    this.options.onChange(this.value);
  }

  /** 把发现标到字段旁：路径完全相同的字段，找不到时标到最近的上一层。返回没有位置的发现。 */
  showFindings(findings: readonly Finding[]): Finding[] {
    for (const el of this.element.querySelectorAll("[data-error-for]")) replace(el as HTMLElement);
    for (const el of this.element.querySelectorAll("[aria-invalid]")) el.removeAttribute("aria-invalid");
    const unplaced: Finding[] = [];
    for (const f of findings) {
      const target = this.placeOf(f.path);
      if (!target) {
        unplaced.push(f);
        continue;
      }
      const box = this.element.querySelector(`[data-error-for="${CSS.escape(target)}"]`);
      box?.appendChild(h("span", { class: `finding ${f.severity}` }, f.message));
      const el = document.getElementById(target);
      el?.setAttribute("aria-invalid", "true");
      // 缺的字段多半在“可选字段”里（按条件必填）：打开它
      if (el?.matches("fieldset") && f.path !== "")
        el.querySelector(":scope > details.optional")?.setAttribute("open", "");
    }
    return unplaced;
  }

  /** 有错误提示位置的最近的字段 id。 */
  placeOf(pointer: string): string | undefined {
    const parts = pointer === "" ? [] : pointer.slice(1).split("/");
    for (let n = parts.length; n >= 1; n--) {
      const id = idOf(parts.slice(0, n).map((p) => p.replace(/~1/g, "/").replace(/~0/g, "~")));
      if (this.element.querySelector(`[data-error-for="${CSS.escape(id)}"]`)) return id;
    }
    return undefined;
  }

  private objectFields(raw: Schema, path: Path, top = false): Child[] {
    const schema = resolveRef(this.options.root, raw);
    const discriminator = isObject(schema.discriminator)
      ? String(schema.discriminator.propertyName)
      : undefined;
    const oneOf = Array.isArray(schema.oneOf)
      ? schema.oneOf.map((b) => resolveRef(this.options.root, b))
      : [];
    const out: Child[] = [];
    let props: Schema = isObject(schema.properties) ? schema.properties : {};
    let required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    if (oneOf.length > 0) {
      const chosen = this.branchOf(oneOf, path, discriminator);
      out.push(this.branchSelect(oneOf, path, discriminator, props));
      if (chosen) {
        props = { ...props, ...(isObject(chosen.properties) ? chosen.properties : {}) };
        for (const r of Array.isArray(chosen.required) ? chosen.required : []) required.add(String(r));
      } else required = new Set();
    }
    const keys = Object.keys(props).filter(
      (k) => k !== "$schema" && k !== discriminator && !(top && this.options.hidden.has(k)),
    );
    const field = (k: string) => this.field(props[k] as Schema, [...path, k], required.has(k));
    for (const k of keys) {
      const s = resolveRef(this.options.root, props[k]);
      if ("const" in s) setAt(this.value, [...path, k], s.const);
    }
    out.push(...keys.filter((k) => required.has(k)).map(field));
    const optional = keys.filter(
      (k) => !required.has(k) && !("const" in resolveRef(this.options.root, props[k])),
    );
    if (optional.length > 0) {
      const open = optional.some((k) => getAt(this.value, [...path, k]) !== undefined);
      out.push(
        h(
          "details",
          { class: "optional", open },
          h("summary", {}, t(`可选字段（${optional.length}）`, `Optional fields (${optional.length})`)),
          optional.map(field),
        ),
      );
    }
    return out;
  }

  private branchOf(oneOf: Schema[], path: Path, discriminator: string | undefined): Schema | undefined {
    if (discriminator) {
      const current = getAt(this.value, [...path, discriminator]);
      return oneOf.find(
        (b) => resolveRef(this.options.root, (b.properties as Schema)?.[discriminator]).const === current,
      );
    }
    const index = this.branches.get(pointerOf(path));
    return index === undefined ? undefined : oneOf[index];
  }

  /** 选分支的下拉框：有判别字段时它就是那个字段（如 服务），否则按分支的标题选。 */
  private branchSelect(
    oneOf: Schema[],
    path: Path,
    discriminator: string | undefined,
    props: Schema,
  ): HTMLElement {
    const fieldPath = discriminator ? [...path, discriminator] : [...path, "(oneOf)"];
    const id = idOf(fieldPath);
    const own = discriminator ? resolveRef(this.options.root, props[discriminator]) : {};
    const label = typeof own.title === "string" ? own.title : t("类别", "Kind");
    const options = oneOf.map((b, i) => {
      const constValue = discriminator
        ? resolveRef(this.options.root, (b.properties as Schema)?.[discriminator]).const
        : i;
      const title = typeof b.title === "string" ? b.title : String(constValue);
      return { value: String(constValue), text: discriminator ? `${title}（${String(constValue)}）` : title };
    });
    const current = discriminator ? getAt(this.value, fieldPath) : this.branches.get(pointerOf(path));
    const select = h(
      "select",
      {
        id,
        "aria-describedby": `${id}-error`,
        onchange: (e: Event) => {
          const v = (e.target as HTMLSelectElement).value;
          if (discriminator) {
            const kept = getAt(this.value, path);
            const next: Record<string, unknown> = { [discriminator]: v === "" ? undefined : v };
            if (isObject(kept))
              for (const k of ["id", "purpose", "quantity"]) if (k in kept) next[k] = kept[k];
            setAt(this.value, path, v === "" ? {} : next);
          } else {
            if (v === "") this.branches.delete(pointerOf(path));
            else this.branches.set(pointerOf(path), Number(v));
            setAt(this.value, path, {});
          }
          this.render();
          this.options.onChange(this.value);
        },
      },
      h("option", { value: "" }, t("（请选择）", "(choose)")),
      options.map((o) => h("option", { value: o.value, selected: String(current) === o.value }, o.text)),
    );
    return h(
      "div",
      { class: "field" },
      h(
        "label",
        { for: id },
        label,
        discriminator && lang() === "en" ? ` [${discriminator}]` : "",
        h("span", { class: "req", "aria-hidden": "true" }, " *"),
      ),
      select,
      h("p", { class: "errors", id: `${id}-error`, "data-error-for": id, "aria-live": "polite" }),
    );
  }

  private field(raw: Schema, path: Path, required: boolean): HTMLElement {
    const schema = resolveRef(this.options.root, raw);
    const id = idOf(path);
    const key = String(path[path.length - 1]);
    const title = typeof schema.title === "string" ? schema.title : key;
    const description = typeof schema.description === "string" ? schema.description : "";
    const labelText: Child[] = [
      title,
      lang() === "en" ? ` [${key}]` : "",
      required ? h("span", { class: "req", "aria-hidden": "true" }, " *") : "",
    ];
    const help = description ? h("p", { class: "help", id: `${id}-help` }, description) : null;
    const errors = h("p", {
      class: "errors",
      id: `${id}-error`,
      "data-error-for": id,
      "aria-live": "polite",
    });
    const describedBy = [help ? `${id}-help` : "", `${id}-error`].filter(Boolean).join(" ");
    const type = schema.type;
    if (type === "object" || schema.oneOf || schema.properties)
      return h(
        "fieldset",
        { id, class: "group", "data-path": pointerOf(path) },
        h("legend", {}, labelText),
        help,
        errors,
        this.objectFields(schema, path),
      );
    if (type === "array") return this.arrayField(schema, path, id, labelText, help, errors);
    const input = this.input(schema, path, id, key, required, describedBy);
    return h("div", { class: "field" }, h("label", { for: id }, labelText), input, help, errors);
  }

  private input(
    schema: Schema,
    path: Path,
    id: string,
    key: string,
    required: boolean,
    describedBy: string,
  ): HTMLElement {
    const current = getAt(this.value, path);
    const common = {
      id,
      name: id,
      "aria-describedby": describedBy,
      "aria-required": required ? "true" : undefined,
    };
    const store = (v: unknown) => {
      setAt(this.value, path, v);
      this.changed(path);
    };
    if (Array.isArray(schema.enum) || schema.type === "boolean") {
      const values = schema.type === "boolean" ? [true, false] : (schema.enum as unknown[]);
      const labels = enumLabels(schema.description);
      const text = (v: unknown) =>
        v === true
          ? t("是", "yes")
          : v === false
            ? t("否", "no")
            : labels.has(String(v))
              ? `${labels.get(String(v))}（${String(v)}）`
              : String(v);
      return h(
        "select",
        {
          ...common,
          onchange: (e: Event) =>
            store(values.find((v) => String(v) === (e.target as HTMLSelectElement).value)),
        },
        h("option", { value: "" }, t("（请选择）", "(choose)")),
        values.map((v) => h("option", { value: String(v), selected: current === v }, text(v))),
      );
    }
    const numeric = schema.type === "integer" || schema.type === "number";
    const parse = (raw: string): unknown => {
      if (raw.trim() === "") return undefined;
      if (numeric && /^-?\d+(\.\d+)?$/.test(raw.trim())) return Number(raw.trim());
      return raw;
    };
    const shown = current === undefined ? "" : String(current);
    const suggestions = this.options.suggest?.(path);
    const listId = suggestions ? `${id}-list` : undefined;
    const onInput = (e: Event) => store(parse((e.target as HTMLInputElement).value));
    const control =
      !numeric && longText.test(key)
        ? h("textarea", { ...common, rows: 3, oninput: onInput }, shown)
        : h("input", {
            ...common,
            type: "text",
            placeholder: schema.format === "date" ? "YYYY-MM-DD" : undefined,
            inputmode: numeric ? "numeric" : undefined,
            list: listId,
            value: shown,
            autocomplete: "off",
            oninput: onInput,
          });
    if (!suggestions) return control;
    return h(
      "span",
      {},
      control,
      h(
        "datalist",
        { id: listId },
        suggestions.map((s) => h("option", { value: s })),
      ),
    );
  }

  private arrayField(
    schema: Schema,
    path: Path,
    id: string,
    labelText: Child[],
    help: Child,
    errors: Child,
  ): HTMLElement {
    const items = getAt(this.value, path);
    const list = Array.isArray(items) ? items : [];
    const itemSchema = resolveRef(this.options.root, schema.items);
    const scalar = !(itemSchema.type === "object" || itemSchema.oneOf || itemSchema.properties);
    const rows = list.map((_, i) =>
      h(
        "div",
        { class: "item" },
        scalar
          ? this.field(itemSchema, [...path, i], true)
          : h(
              "fieldset",
              { id: idOf([...path, i]), class: "group" },
              h("legend", {}, t(`第 ${i + 1} 项`, `Item ${i + 1}`)),
              h("p", { class: "errors", "data-error-for": idOf([...path, i]), "aria-live": "polite" }),
              this.objectFields(itemSchema, [...path, i]),
            ),
        h(
          "button",
          {
            type: "button",
            class: "remove",
            id: `${idOf([...path, i])}-remove`,
            onclick: () => {
              list.splice(i, 1);
              setAt(this.value, path, list.length > 0 ? list : undefined);
              this.render();
              this.options.onChange(this.value);
            },
          },
          t(`删除第 ${i + 1} 项`, `Remove item ${i + 1}`),
        ),
      ),
    );
    const add = h(
      "button",
      {
        type: "button",
        class: "add",
        id: `${id}-add`,
        onclick: () => {
          setAt(this.value, path, [...list, scalar ? undefined : {}]);
          this.render();
          this.options.onChange(this.value);
          // 焦点放到新的一项的第一个字段上（标量项：它自己）
          const added = document.getElementById(idOf([...path, list.length]));
          (added?.matches("input, select, textarea")
            ? added
            : added?.querySelector<HTMLElement>("input, select, textarea")
          )?.focus();
        },
      },
      t("添加一项：", "Add: "),
      typeof itemSchema.title === "string" ? itemSchema.title : "",
    );
    return h(
      "fieldset",
      { id, class: "group array", "data-path": pointerOf(path) },
      h("legend", {}, labelText),
      help,
      errors,
      rows,
      add,
    );
  }
}
