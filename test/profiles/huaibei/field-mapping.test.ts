import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * docs/huaibei-field-mapping.md：附件1–7 的每一栏 → YAML 路径。表中每个路径都能在 schemas/huaibei/ 对应的 schema 中
 * 找到；每个 schema 的顶层字段都出现在表中（表单的每一栏有去处，每个字段有出处）。
 * 路径写法同 docs/field-mapping.md：点号分隔，`[]` 为列表项，`[service=vm]` 为 `service: vm` 的分支。
 */

type Node = { [key: string]: unknown };
const isNode = (v: unknown): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);
const read = (name: string): Node =>
  JSON.parse(
    readFileSync(new URL(`../../../schemas/huaibei/${name}.schema.json`, import.meta.url), "utf8"),
  ) as Node;

const schemas: Record<string, Node> = {
  "unit.yaml": read("unit"),
  "system.yaml": read("system"),
  申请: read("application"),
  交付记录: read("delivery"),
};

function deref(root: Node, ref: string): Node {
  let current: unknown = root;
  for (const key of ref.replace(/^#\//, "").split("/")) current = isNode(current) ? current[key] : undefined;
  if (!isNode(current)) throw new Error(`bad $ref ${ref}`);
  return current;
}

/** 节点及其 $ref、allOf/oneOf/anyOf、then 展开的全部形态。 */
function forms(root: Node, node: Node, seen = new Set<Node>()): Node[] {
  if (seen.has(node)) return [];
  seen.add(node);
  const out = [node];
  if (typeof node.$ref === "string") out.push(...forms(root, deref(root, node.$ref), seen));
  for (const k of ["allOf", "oneOf", "anyOf"]) {
    const list = node[k];
    if (Array.isArray(list)) for (const b of list) if (isNode(b)) out.push(...forms(root, b, seen));
  }
  if (isNode(node.then)) out.push(...forms(root, node.then, seen));
  return out;
}

const STEP = /(?:^|\.)([A-Za-z_][A-Za-z0-9_]*)|\[\]|\[([A-Za-z]+)=([^\]]+)\]/y;

/** 路径能解析时 null，否则说明哪一步找不到。 */
function resolve(root: Node, path: string): string | null {
  let current = [root];
  STEP.lastIndex = 0;
  while (STEP.lastIndex < path.length) {
    const at = STEP.lastIndex;
    const m = STEP.exec(path);
    if (!m) return `${path}: cannot parse at ${at}`;
    const all = current.flatMap((n) => forms(root, n));
    if (m[1] !== undefined) {
      const name = m[1];
      current = all.map((n) => (isNode(n.properties) ? n.properties[name] : undefined)).filter(isNode);
      if (current.length === 0) return `${path}: no field ${name}`;
    } else {
      const items = all.map((n) => n.items).filter(isNode);
      if (items.length === 0) return `${path}: not a list at ${at}`;
      if (m[2] === undefined) current = items;
      else {
        const [key, value] = [m[2], m[3]];
        current = items
          .flatMap((n) => forms(root, n))
          .filter(
            (n) => isNode(n.properties) && isNode(n.properties[key]) && n.properties[key].const === value,
          );
        if (current.length === 0) return `${path}: no branch ${key}=${value}`;
      }
    }
  }
  return null;
}

const rows = (() => {
  const md = readFileSync(new URL("../../../docs/huaibei-field-mapping.md", import.meta.url), "utf8");
  const body = md.slice(md.indexOf("<!-- fields:start -->"), md.indexOf("<!-- fields:end -->"));
  return body
    .split("\n")
    .filter((l) => l.startsWith("| ") && !l.startsWith("| ---") && !l.startsWith("| 官方字段"))
    .map((l) => {
      const [field = "", file = "", path = ""] = l
        .trim()
        .replace(/^\||\|$/g, "")
        .split("|")
        .map((c) => c.trim().replace(/^`|`$/g, ""));
      return { field, file, path };
    });
})();

describe("docs/huaibei-field-mapping.md", () => {
  it("has rows for every form", () => {
    expect(rows.length).toBeGreaterThan(100);
  });

  it("every YAML path is in the Huaibei schema of its file", () => {
    const problems = rows.flatMap((r) => {
      const schema = schemas[r.file];
      if (!schema) return [`${r.field}: unknown file ${r.file}`];
      const problem = resolve(schema, r.path);
      return problem ? [`${r.field} (${r.file}): ${problem}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it("every top-level field of the four schemas has a row", () => {
    const header = new Set(["$schema", "kind", "profile", "sequence", "type"]);
    const missing = Object.entries(schemas).flatMap(([file, root]) => {
      const fields = new Set(
        forms(root, root).flatMap((n) => (isNode(n.properties) ? Object.keys(n.properties) : [])),
      );
      const mapped = new Set(rows.filter((r) => r.file === file).map((r) => r.path.split(/[.[]/)[0]));
      return [...fields].filter((f) => !header.has(f) && !mapped.has(f)).map((f) => `${file}: ${f}`);
    });
    expect(missing).toEqual([]);
  });

  it("refuses a path that is not in the schema (the check can fail)", () => {
    expect(resolve(schemas.申请 as Node, "resources[service=vm].colour")).toBe(
      "resources[service=vm].colour: no field colour",
    );
  });
});
