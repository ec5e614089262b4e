import { describe, expect, it } from "vitest";
import { parseYamlFile } from "../scripts/core/load/parse.ts";
import { exampleFiles, exampleText, run } from "./helpers/repo.ts";

const enc = new TextEncoder();
const parse = (s: string | Uint8Array, limits?: Parameters<typeof parseYamlFile>[2]) =>
  parseYamlFile("requests/u/s/x.yaml", typeof s === "string" ? enc.encode(s) : s, limits);
const APP = "requests/sz-edu/student-registry/0003-ports.yaml";

describe("parseYamlFile: bad input gives a finding, never a crash", () => {
  it.each([
    ["syntax error", "a: [1, 2\n", "load/syntax", 2, 1],
    ["duplicate key", "kind: application\nkind: unit\n", "load/duplicate-key", 2, 1],
    ["custom tag", "a: !foo 1\n", "load/custom-tag", 1, 10],
    ["binary tag", "a: !!binary aGVsbG8=\n", "load/custom-tag", 1, 21],
    ["several documents", "a: 1\n---\nb: 2\n", "load/multiple-documents", 2, 1],
    ["tab indentation", "a:\n\tb: 1\n", "load/syntax", 2, 1],
    ["empty file", "", "load/empty", 1, 1],
    ["a list at the top", "- a\n- b\n", "load/not-a-mapping", 1, 1],
    ["a scalar at the top", "hello\n", "load/not-a-mapping", 1, 1],
  ])("%s", (_name, input, rule, line, column) => {
    const result = parse(input);
    expect(result.data).toBeUndefined();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ rule, line, column, severity: "error" });
  });

  it("explains duplicate keys in Chinese with the fix", () => {
    const [p] = parse("a: 1\na: 2\n").problems;
    expect(p?.message.zh).toBe(
      "同一层级出现了重复的字段名。YAML 中后一个会悄悄覆盖前一个，请删除或合并重复的字段。",
    );
  });

  it("stops an alias bomb (billion laughs) quickly with a clear finding", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${Array(10).fill(`*${prev}`).join(",")}]`);
    }
    const result = parse(`${lines.join("\n")}\n`);
    expect(result.data).toBeUndefined();
    expect(result.problems.map((p) => p.rule)).toEqual(["load/alias-bomb"]);
    expect(result.problems[0]?.message.zh).toContain("别名");
  });

  it("accepts a few ordinary aliases", () => {
    const result = parse("a: &d { sizeGB: 100, tier: sas }\nb: *d\n");
    expect(result.problems).toEqual([]);
    expect(result.data).toEqual({ a: { sizeGB: 100, tier: "sas" }, b: { sizeGB: 100, tier: "sas" } });
  });

  it("refuses a file over the size limit without reading it as YAML", () => {
    const result = parse("a: 1\n".repeat(100), { maxBytes: 100, maxNodes: 1000, maxDepth: 10 });
    expect(result.problems).toMatchObject([{ rule: "load/too-large", line: 1, column: 1 }]);
    expect(result.problems[0]?.message.zh).toContain("超过上限");
  });

  it("refuses very deep nesting", () => {
    const result = parse(`${"[".repeat(80)}${"]".repeat(80)}`.replace(/^/, "a: "));
    expect(result.problems.map((p) => p.rule)).toEqual(["load/too-deep"]);
  });

  it("names the line of invalid UTF-8 (a GBK file)", () => {
    const gbk = new Uint8Array([...enc.encode("kind: application\nunit: "), 0xc9, 0xee, 0xdb, 0xda, 0x0a]); // “深圳” in GBK
    const [p] = parse(gbk).problems;
    expect(p).toMatchObject({ rule: "load/encoding", line: 2, column: 7 });
    expect(p?.message.zh).toContain("GBK");
  });

  it("refuses UTF-16 and NUL bytes, accepts a UTF-8 BOM", () => {
    expect(parse(new Uint8Array([0xff, 0xfe, 0x61, 0x00])).problems[0]?.rule).toBe("load/encoding");
    expect(parse(new Uint8Array([0x61, 0x3a, 0x00, 0x0a])).problems[0]?.rule).toBe("load/encoding");
    const bom = parse(new Uint8Array([0xef, 0xbb, 0xbf, ...enc.encode("a: 1\n")]));
    expect(bom.problems).toEqual([]);
    expect(bom.data).toEqual({ a: 1 });
  });

  it.each(["__proto__", "constructor", "prototype"])(
    "rejects the key %s and never pollutes prototypes",
    (key) => {
      const result = parse(`a:\n  ${key}:\n    polluted: yes\n    toString: 1\nb: 2\n`);
      expect(result.problems).toMatchObject([{ rule: "load/forbidden-key", path: `/a/${key}`, atKey: true }]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.hasOwn(Object.prototype, "polluted")).toBe(false);
      const a = (result.data as { a: object }).a;
      expect(Object.keys(a)).toEqual([]);
      expect(Object.getPrototypeOf(a)).toBe(Object.prototype);
    },
  );

  it("keeps dates as strings (YAML 1.2 core schema)", () => {
    expect(parse("date: 2026-11-25\nn: 010\nb: yes\n").data).toEqual({ date: "2026-11-25", n: 10, b: "yes" });
  });
});

describe("validate: bad files in the repository", () => {
  it("reports a __proto__ key at its line through the whole pipeline", () => {
    const text = exampleText(APP).replace("ports:\n", "ports:\n  __proto__: { isAdmin: true }\n");
    const findings = run(exampleFiles({ [APP]: text }), { kind: "files", files: [APP] });
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: "load/forbidden-key",
        file: APP,
        path: "/ports/__proto__",
        line: 12,
        column: 3,
      }),
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
  });

  it.each([
    ["requests/stray.yaml", "直接放在 requests/ 下"],
    ["requests/sz-edu/0009-new.yaml", "单位目录下只放 unit.yaml"],
    ["requests/sz-edu/student-registry/old/0009-new.yaml", "嵌套太深"],
    ["requests/SZ_Edu/sys/0001-new.yaml", "目录名 SZ_Edu 不合规"],
  ])("a file in the wrong place (%s) is reported with the layout", (path, words) => {
    const findings = run(exampleFiles({ [path]: exampleText(APP) }));
    const f = findings.find((x) => x.file === path);
    expect(f?.rule).toBe("layout/misplaced");
    expect(f?.message).toContain(words);
  });

  it("a document of the wrong kind for its place", () => {
    const path = "requests/sz-edu/student-registry/system.yaml";
    const findings = run(exampleFiles({ [path]: exampleText(APP) }), { kind: "files", files: [path] });
    expect(findings).toMatchObject([{ rule: "layout/kind", file: path, path: "/kind" }]);
  });

  it("an unknown field gets a suggestion: 未知字段 vpcu，是否为 vcpu？", () => {
    const path = "requests/sz-edu/student-registry/0001-new.yaml";
    const text = exampleText(path).replace(
      "    vcpu: 8\n    memoryGB: 16\n",
      "    vpcu: 8\n    vcpu: 8\n    memoryGB: 16\n",
    );
    const findings = run(exampleFiles({ [path]: text }), { kind: "files", files: [path] });
    expect(findings).toEqual([
      {
        rule: "schema",
        severity: "error",
        message: "未知字段 vpcu，是否为 vcpu？",
        file: path,
        line: 25,
        column: 5,
        path: "/resources/0/vpcu",
      },
    ]);
  });
});
