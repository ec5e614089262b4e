import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

/**
 * docs/field-mapping.md 中“官方表单字段与 YAML 路径对照”表（<!-- fields:start --> 与 <!-- fields:end --> 之间）的每个
 * YAML 路径，都必须能在对应的 JSON Schema 中找到：文件列 `unit.yaml`、`system.yaml`、`申请` 分别对应
 * unit、system、application 三个 schema。
 *
 * 路径写法：点号分隔字段，`[]` 表示列表项，`[service=ecs]` 表示列表项中 `service` 为 `ecs` 的分支
 * （即 `$defs/service-ecs`）。解析时展开 `$ref`、`oneOf`/`anyOf`/`allOf` 与 `if`/`then`/`else`，
 * 所以申请的顶层字段会在 `oneOf` 的各个申请类型分支中查找。
 */

type SchemaNode = { [key: string]: unknown };

const isNode = (value: unknown): value is SchemaNode =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const readJson = (relative: string): SchemaNode => {
  const parsed: unknown = JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));
  if (!isNode(parsed)) throw new Error(`${relative} 不是 JSON 对象`);
  return parsed;
};

const schemas: Record<string, SchemaNode> = {
  "unit.yaml": readJson("../schemas/shenzhen/unit.schema.json"),
  "system.yaml": readJson("../schemas/shenzhen/system.schema.json"),
  申请: readJson("../schemas/shenzhen/application.schema.json"),
};

// ---------- 路径 ----------

type Step =
  | { kind: "property"; name: string }
  | { kind: "items" }
  | { kind: "select"; key: string; value: string };

const NAME = "[A-Za-z_$][A-Za-z0-9_$-]*";
const TOKEN = new RegExp(`(?:^|\\.)(${NAME})|\\[\\]|\\[(${NAME})=([^\\]\\s]+)\\]`, "y");

/** 把 `resources[service=ecs].dataDisks[].tier` 拆成若干步；格式不对时抛出错误。 */
function parsePath(path: string): Step[] {
  const steps: Step[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < path.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(path);
    if (!m) throw new Error(`路径格式不对，第 ${start + 1} 个字符起无法识别：${path}`);
    if (m[1] !== undefined) steps.push({ kind: "property", name: m[1] });
    else if (m[2] !== undefined && m[3] !== undefined) steps.push({ kind: "select", key: m[2], value: m[3] });
    else steps.push({ kind: "items" });
  }
  if (steps.length === 0) throw new Error("路径为空");
  if (steps[0]?.kind !== "property" || path.startsWith(".")) throw new Error(`路径须以字段名开头：${path}`);
  return steps;
}

// ---------- schema 解析 ----------

const pointer = (root: SchemaNode, ref: string): SchemaNode => {
  if (!ref.startsWith("#")) throw new Error(`不支持外部 $ref：${ref}`);
  let current: unknown = root;
  for (const raw of ref.slice(1).split("/").slice(1)) {
    const key = decodeURIComponent(raw).replace(/~1/g, "/").replace(/~0/g, "~");
    current = isNode(current) ? current[key] : undefined;
  }
  if (!isNode(current)) throw new Error(`$ref 指向不存在的位置：${ref}`);
  return current;
};

/** 一个 schema 节点可能的全部形态：自身，加上 $ref、allOf/oneOf/anyOf、then/else 展开后的节点。 */
const expand = (root: SchemaNode, node: SchemaNode, out: SchemaNode[] = [], seen = new Set<SchemaNode>()) => {
  if (seen.has(node)) return out;
  seen.add(node);
  out.push(node);
  if (typeof node.$ref === "string") expand(root, pointer(root, node.$ref), out, seen);
  for (const keyword of ["allOf", "oneOf", "anyOf"]) {
    const list = node[keyword];
    if (Array.isArray(list)) for (const branch of list) if (isNode(branch)) expand(root, branch, out, seen);
  }
  for (const keyword of ["then", "else"]) {
    const branch = node[keyword];
    if (isNode(branch)) expand(root, branch, out, seen);
  }
  return out;
};

const expandAll = (root: SchemaNode, nodes: SchemaNode[]): SchemaNode[] => {
  const seen = new Set<SchemaNode>();
  const out: SchemaNode[] = [];
  for (const node of nodes) expand(root, node, out, seen);
  return out;
};

/** 分支的判别字段是否固定为 value（`const`，或只有一个值的 `enum`）。 */
const discriminates = (root: SchemaNode, branch: SchemaNode, key: string, value: string): boolean => {
  const props = branch.properties;
  if (!isNode(props) || !isNode(props[key])) return false;
  return expand(root, props[key]).some(
    (n) =>
      (n.const !== undefined && String(n.const) === value) ||
      (Array.isArray(n.enum) && n.enum.length === 1 && String(n.enum[0]) === value),
  );
};

/** 解析路径；能找到返回 null，找不到返回说明原因的文字（包含路径本身）。 */
function resolvePath(root: SchemaNode, path: string): string | null {
  let steps: Step[];
  try {
    steps = parsePath(path);
  } catch (error) {
    return (error as Error).message;
  }
  let current: SchemaNode[] = [root];
  let walked = "";
  for (const step of steps) {
    const here = walked === "" ? "（根）" : walked;
    const forms = expandAll(root, current);
    if (step.kind === "property") {
      const next = forms
        .map((n) => (isNode(n.properties) ? n.properties[step.name] : undefined))
        .filter(isNode);
      if (next.length === 0) return `${path}：${here} 下没有字段 ${step.name}`;
      current = next;
      walked += walked === "" ? step.name : `.${step.name}`;
      continue;
    }
    const items = forms.map((n) => n.items).filter(isNode);
    if (items.length === 0) return `${path}：${here} 不是列表，不能用 []`;
    if (step.kind === "items") {
      current = items;
      walked += "[]";
      continue;
    }
    const branches = expandAll(root, items).filter((n) => discriminates(root, n, step.key, step.value));
    if (branches.length === 0) return `${path}：${here}[] 中没有 ${step.key}=${step.value} 的分支`;
    current = branches;
    walked += `[${step.key}=${step.value}]`;
  }
  return null;
}

// ---------- README 表格 ----------

type Row = { line: number; field: string; file: string; path: string };

const START = "<!-- fields:start -->";
const END = "<!-- fields:end -->";

const splitRow = (line: string): string[] => {
  const body = line
    .trim()
    .replace(/^\|/, "")
    .replace(/(?<!\\)\|$/, "");
  return body.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, "|"));
};

const stripCode = (cell: string): string => cell.replace(/^`+|`+$/g, "").trim();

/** 取出两个标记之间所有表格的数据行（跳过表头与分隔行）。 */
function extractRows(markdown: string): Row[] {
  const start = markdown.indexOf(START);
  const end = markdown.indexOf(END);
  if (start < 0 || end < 0 || end < start)
    throw new Error(`docs/field-mapping.md 中找不到成对的 ${START} 与 ${END} 标记`);
  const before = markdown.slice(0, start).split("\n").length;
  const lines = markdown.slice(start, end).split("\n");
  const rows: Row[] = [];
  lines.forEach((text, index) => {
    if (!text.trim().startsWith("|")) return;
    const cells = splitRow(text);
    if (cells.every((cell) => /^:?-{3,}:?$/.test(cell))) return;
    if (cells[0] === "官方字段") return;
    const line = before + index;
    if (cells.length !== 4)
      throw new Error(`docs/field-mapping.md 第 ${line} 行应有 4 列，实际 ${cells.length} 列：${text}`);
    const [field = "", file = "", path = ""] = cells;
    rows.push({ line, field, file: stripCode(file), path: stripCode(path) });
  });
  return rows;
}

const readmeRows = (): Row[] =>
  extractRows(readFileSync(new URL("../docs/field-mapping.md", import.meta.url), "utf8"));

const problemsOf = (rows: Row[]): string[] =>
  rows.flatMap((row) => {
    const schema = schemas[row.file];
    if (!schema)
      return [
        `第 ${row.line} 行（${row.field}）：文件列须为 unit.yaml、system.yaml 或 申请，这里是 ${row.file}`,
      ];
    if (row.path === "") return [`第 ${row.line} 行（${row.field}）：YAML 路径为空`];
    const problem = resolvePath(schema, row.path);
    return problem === null ? [] : [`第 ${row.line} 行（${row.field}，${row.file}）：${problem}`];
  });

describe("README 官方表单字段对照表", () => {
  it("每个 YAML 路径都能在对应的 JSON Schema 中找到", () => {
    expect(problemsOf(readmeRows())).toEqual([]);
  });

  it("至少有 80 行", () => {
    expect(readmeRows().length).toBeGreaterThanOrEqual(80);
  });
});

describe("路径解析", () => {
  const schemaOf = (file: string): SchemaNode => {
    const schema = schemas[file];
    if (!schema) throw new Error(`没有 ${file} 的 schema`);
    return schema;
  };

  it.each([
    ["unit.yaml", "agents[].scope"],
    ["system.yaml", "owner.inService"],
    ["申请", "unit"],
    ["申请", "resources[].vcpu"],
    ["申请", "resources[service=ecs].dataDisks[].tier"],
    ["申请", "resources[service=dcs].sizeGB"],
    ["申请", "test.period.weeks"],
    ["申请", "estimate.loadTest.scenarios[].cpuPercent"],
    ["申请", "changes[].utilization.cpu.average"],
    ["申请", "ports.rules[].purpose"],
    ["申请", "attachments[]"],
  ])("能解析 %s：%s", (file, path) => {
    expect(resolvePath(schemaOf(file), path)).toBeNull();
  });

  it.each([
    ["unit.yaml", "agents[].nope", "没有字段 nope"],
    ["申请", "resources[service=obs].vcpu", "没有字段 vcpu"],
    ["申请", "resources[service=nope].id", "没有 service=nope 的分支"],
    ["申请", "unit[]", "不是列表"],
    ["申请", "changes..before", "路径格式不对"],
    ["system.yaml", "environment.arm", "没有字段 arm"],
  ])("拒绝错误路径 %s：%s", (file, path, reason) => {
    const problem = resolvePath(schemaOf(file), path);
    expect(problem).toContain(reason);
    expect(problem).toContain(path);
  });

  it("表格解析跳过表头和分隔行，并报告文件列写错的行", () => {
    const markdown = [
      "前言",
      START,
      "| 官方字段 | 文件 | YAML 路径 | 说明 |",
      "| --- | --- | --- | --- |",
      "| 单位名称 | `unit.yaml` | `name` | 全称 |",
      "| 错误 | `other.yaml` | `name` | — |",
      "| 错误路径 | `申请` | `resources[service=ecs].capacityGB` | — |",
      END,
    ].join("\n");
    const rows = extractRows(markdown);
    expect(rows.map((r) => r.path)).toEqual(["name", "name", "resources[service=ecs].capacityGB"]);
    const problems = problemsOf(rows);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toContain("other.yaml");
    expect(problems[1]).toContain("resources[service=ecs].capacityGB");
  });
});
