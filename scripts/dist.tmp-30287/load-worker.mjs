// scripts/adapters/load-worker-main.ts
import { workerData } from "node:worker_threads";

// scripts/core/text.ts
var text = (zh, en) => ({ zh, en });
function quote(value) {
  const s = typeof value === "string" ? value : JSON.stringify(value);
  const clean = (s ?? String(value)).replace(/[\u0000-\u001f\u007f]/g, " ");
  return `\u201C${clean.length > 80 ? `${clean.slice(0, 77)}\u2026` : clean}\u201D`;
}

// scripts/core/repository/layout.ts
var requestsDir = "requests";
var folderPattern = /^[a-z][a-z0-9-]{0,63}$/;
var isYaml = (name) => /\.ya?ml$/i.test(name);
function classify(path) {
  const parts = path.split("/");
  if (parts[0] !== requestsDir) return { kind: "ignored" };
  const rest = parts.slice(1);
  const name = rest[rest.length - 1] ?? "";
  if (rest.includes("attachments")) return { kind: "ignored" };
  if (!isYaml(name)) return { kind: "ignored" };
  const badFolder = rest.slice(0, -1).find((f) => !folderPattern.test(f));
  if (badFolder !== void 0) {
    return {
      kind: "misplaced",
      why: text(
        `\u76EE\u5F55\u540D ${badFolder} \u4E0D\u5408\u89C4\uFF1A\u5355\u4F4D\u548C\u7CFB\u7EDF\u76EE\u5F55\u540D\u53EA\u7528\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u548C\u8FDE\u5B57\u7B26\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934\uFF08\u5982 sz-edu\u3001student-registry\uFF09\u3002\u4E2D\u6587\u540D\u79F0\u5199\u5728 unit.yaml / system.yaml \u7684 name \u5B57\u6BB5\u91CC\u3002`,
        `Folder name ${badFolder} is not allowed: unit and system folders use lower-case letters, digits and hyphens, starting with a letter (like sz-edu). The Chinese name goes into the name field of unit.yaml / system.yaml.`
      )
    };
  }
  if (rest.length === 2 && name === "unit.yaml") return { kind: "unit", unit: rest[0] };
  if (rest.length === 3 && name === "system.yaml")
    return { kind: "system", unit: rest[0], system: rest[1] };
  if (rest.length === 3) return { kind: "application", unit: rest[0], system: rest[1] };
  if (rest.length === 4 && rest[2] === "deliveries")
    return { kind: "delivery", unit: rest[0], system: rest[1] };
  const layout2 = text(
    "\u6587\u4EF6\u653E\u9519\u4E86\u4F4D\u7F6E\u3002\u5E03\u5C40\u662F\uFF1Arequests/<\u5355\u4F4D>/unit.yaml\u3001requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/system.yaml\u3001requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/<\u7533\u8BF7>.yaml\u3002",
    "The file is in the wrong place. The layout is requests/<unit>/unit.yaml, requests/<unit>/<system>/system.yaml, requests/<unit>/<system>/<application>.yaml."
  );
  if (rest.length === 1)
    return {
      kind: "misplaced",
      why: text(
        `${layout2.zh}\u8FD9\u4E2A\u6587\u4EF6\u76F4\u63A5\u653E\u5728 requests/ \u4E0B\uFF0C\u8BF7\u79FB\u5230\u5BF9\u5E94\u7684\u5355\u4F4D\u548C\u7CFB\u7EDF\u76EE\u5F55\u4E2D\u3002`,
        `${layout2.en} This file sits directly in requests/: move it into its unit and system folder.`
      )
    };
  if (rest.length === 2)
    return {
      kind: "misplaced",
      why: text(
        `${layout2.zh}\u5355\u4F4D\u76EE\u5F55\u4E0B\u53EA\u653E unit.yaml\uFF1B\u7533\u8BF7\u8BF7\u653E\u5230\u7CFB\u7EDF\u76EE\u5F55 requests/${rest[0]}/<\u7CFB\u7EDF>/ \u4E2D\u3002`,
        `${layout2.en} A unit folder holds only unit.yaml; put applications into a system folder requests/${rest[0]}/<system>/.`
      )
    };
  return {
    kind: "misplaced",
    why: text(
      `${layout2.zh}\u8FD9\u4E2A\u6587\u4EF6\u5D4C\u5957\u592A\u6DF1\uFF0C\u8BF7\u79FB\u5230 requests/${rest[0]}/${rest[1]}/ \u4E2D\u3002`,
      `${layout2.en} This file is nested too deep: move it into requests/${rest[0]}/${rest[1]}/.`
    )
  };
}

// scripts/core/load/parse.ts
import { isUtf8 } from "node:buffer";
import yaml2 from "js-yaml";

// scripts/core/load/characters.ts
var forbiddenRanges = [
  [0, 8],
  [11, 31],
  [127, 159],
  [1564, 1564],
  [8203, 8207],
  [8234, 8238],
  [8288, 8288],
  [8294, 8297],
  [65279, 65279]
];
var u = (cp) => `\\u${cp.toString(16).padStart(4, "0")}`;
var characterClass = (ranges, extra = "") => `[${ranges.map(([from, to]) => from === to ? u(from) : `${u(from)}-${u(to)}`).join("")}${extra}]`;
var forbidden = new RegExp(characterClass(forbiddenRanges));
var forbiddenAll = new RegExp(characterClass(forbiddenRanges), "g");
var hint = new RegExp(
  characterClass(
    forbiddenRanges.flatMap(
      ([from, to]) => from <= 13 && 13 <= to ? [
        [from, 12],
        [14, to]
      ] : [[from, to]]
    ),
    "\\\\"
  )
);
var visible = (value) => value.replace(
  forbiddenAll,
  (c) => `<U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}>`
);
var mayHoldForbiddenCharacters = (source) => hint.test(source);
function forbiddenCharacter(value) {
  const m = forbidden.exec(value);
  return m ? m[0].codePointAt(0) : void 0;
}
var names = /* @__PURE__ */ new Map([
  [1564, text("\u963F\u62C9\u4F2F\u5B57\u6BCD\u6807\u8BB0", "arabic letter mark")],
  [8203, text("\u96F6\u5BBD\u7A7A\u683C", "zero width space")],
  [8204, text("\u96F6\u5BBD\u4E0D\u8FDE\u5B57", "zero width non-joiner")],
  [8205, text("\u96F6\u5BBD\u8FDE\u5B57", "zero width joiner")],
  [8206, text("\u4ECE\u5DE6\u5411\u53F3\u6807\u8BB0", "left-to-right mark")],
  [8207, text("\u4ECE\u53F3\u5411\u5DE6\u6807\u8BB0", "right-to-left mark")],
  [8234, text("\u4ECE\u5DE6\u5411\u53F3\u5D4C\u5165", "left-to-right embedding")],
  [8235, text("\u4ECE\u53F3\u5411\u5DE6\u5D4C\u5165", "right-to-left embedding")],
  [8236, text("\u7ED3\u675F\u65B9\u5411\u683C\u5F0F", "pop directional formatting")],
  [8237, text("\u4ECE\u5DE6\u5411\u53F3\u8986\u76D6", "left-to-right override")],
  [8238, text("\u4ECE\u53F3\u5411\u5DE6\u8986\u76D6", "right-to-left override")],
  [8288, text("\u96F6\u5BBD\u4E0D\u6362\u884C", "word joiner")],
  [8294, text("\u4ECE\u5DE6\u5411\u53F3\u9694\u79BB", "left-to-right isolate")],
  [8295, text("\u4ECE\u53F3\u5411\u5DE6\u9694\u79BB", "right-to-left isolate")],
  [8296, text("\u9996\u5F3A\u5B57\u7B26\u9694\u79BB", "first strong isolate")],
  [8297, text("\u7ED3\u675F\u65B9\u5411\u9694\u79BB", "pop directional isolate")],
  [65279, text("\u96F6\u5BBD\u4E0D\u6362\u884C\u7A7A\u683C\uFF08BOM\uFF09", "zero width no-break space (BOM)")]
]);
function describeCodePoint(cp) {
  const hex = `U+${cp.toString(16).toUpperCase().padStart(4, "0")}`;
  const name = names.get(cp) ?? text("\u63A7\u5236\u5B57\u7B26", "control character");
  return text(`${hex}\uFF08${name.zh}\uFF09`, `${hex} (${name.en})`);
}

// scripts/core/load/number-form.ts
import yaml from "js-yaml";
var NumberForm = class {
  constructor(source, value) {
    this.source = source;
    this.value = value;
  }
  source;
  value;
  /** 在映射的键里时（js-yaml 用 String() 得到键名）按原文作键名，与 yaml 库定位时一致 */
  get [Symbol.toStringTag]() {
    return "NumberForm";
  }
  toString() {
    return this.source;
  }
};
var decimalInteger = /^-?(?:0|[1-9][0-9]*)$/;
var decimalFraction = /^-?(?:0|[1-9][0-9]*)\.[0-9]+$/;
var numberLike = /^[-+]?(?:0b[01_]+|0o[0-7_]+|0x[0-9a-fA-F_]+|[0-9][0-9_]*(?:\.[0-9_]*)?(?:[eE][-+]?[0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+]?[0-9]+)?|\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var builtin = yaml.types;
var coreValue = (source) => {
  const value = yaml.load(source, { schema: yaml.CORE_SCHEMA });
  return typeof value === "number" ? value : source;
};
var integerType = new yaml.Type("tag:yaml.org,2002:int", {
  kind: "scalar",
  resolve: (data) => typeof data === "string" && decimalInteger.test(data),
  construct: (data) => Number(data)
});
var floatType = new yaml.Type("tag:yaml.org,2002:float", {
  kind: "scalar",
  resolve: (data) => typeof data === "string" && decimalFraction.test(data),
  construct: (data) => Number(data)
});
var numberFormType = new yaml.Type("tag:govcloud,2026:number-form", {
  kind: "scalar",
  resolve: (data) => typeof data === "string" && numberLike.test(data),
  construct: (data) => new NumberForm(data, coreValue(data))
});
var loadSchema = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [builtin.null, builtin.bool, integerType, floatType, numberFormType]
});

// scripts/core/load/problem.ts
var escapePointer = (segment) => String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
var pointer = (...segments) => segments.length === 0 ? "" : `/${segments.map(escapePointer).join("/")}`;
function parsePointer(p) {
  if (p === "") return [];
  return p.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}
var fileProblem = (file, rule, message, line2 = 1, column = 1) => ({
  rule,
  severity: "error",
  message,
  file,
  path: "",
  line: line2,
  column
});

// scripts/core/load/inspect.ts
var fatalRules = /* @__PURE__ */ new Set(["load/alias-bomb", "load/too-many-values", "load/too-deep"]);
var forbiddenKeys = /* @__PURE__ */ new Set(["__proto__", "constructor", "prototype"]);
function pathOf(frame) {
  const out = [];
  for (let f = frame; f?.key !== void 0; f = f.parent) out.push(f.key);
  return out.reverse();
}
function fieldName(path) {
  let out = "";
  for (const segment of path)
    out += typeof segment === "number" ? `[${segment}]` : `${out === "" ? "" : "."}${visible(segment)}`;
  return out === "" ? text("\u9876\u5C42", "top level") : text(out, out);
}
function inspectTree(file, root, limits, checkText) {
  const problems = [];
  let visited = 0;
  const stack = [{ value: root, depth: 0, parent: void 0, key: void 0 }];
  while (stack.length > 0) {
    const frame = stack.pop();
    const { value, depth } = frame;
    if (++visited > limits.maxNodes) return [tooManyValues(file, root, limits.maxNodes)];
    if (depth > limits.maxDepth) {
      return [
        fileProblem(
          file,
          "load/too-deep",
          text(
            `\u5D4C\u5957\u8D85\u8FC7 ${limits.maxDepth} \u5C42\u3002\u7533\u8BF7\u6587\u4EF6\u7684\u7ED3\u6784\u6CA1\u6709\u8FD9\u4E48\u6DF1\uFF0C\u8BF7\u68C0\u67E5\u7F29\u8FDB\u3002`,
            `Nesting exceeds ${limits.maxDepth} levels; no application is that deep. Check the indentation.`
          )
        )
      ];
    }
    if (typeof value === "string") {
      if (checkText) {
        const cp = forbiddenCharacter(value);
        if (cp !== void 0) problems.push(characterProblem(file, pathOf(frame), cp, false));
      }
    } else if (value instanceof NumberForm) {
      const path = pathOf(frame);
      problems.push(numberFormProblem(file, path, value.source));
      (frame.parent?.value)[frame.key] = value.value;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], depth: depth + 1, parent: frame, key: i });
    } else if (value !== null && typeof value === "object") {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i];
        if (forbiddenKeys.has(key)) {
          problems.push(forbiddenKeyProblem(file, [...pathOf(frame), key], key));
          Reflect.deleteProperty(value, key);
          continue;
        }
        if (checkText) {
          const cp = forbiddenCharacter(key);
          if (cp !== void 0) problems.push(characterProblem(file, [...pathOf(frame), key], cp, true));
        }
        stack.push({ value: value[key], depth: depth + 1, parent: frame, key });
      }
    }
  }
  return problems;
}
function forbiddenKeyProblem(file, path, key) {
  return {
    rule: "load/forbidden-key",
    severity: "error",
    message: text(
      `\u5B57\u6BB5\u540D ${quote(key)} \u4E0D\u5141\u8BB8\u4F7F\u7528\uFF08\u5B83\u4F1A\u89E6\u78B0\u7A0B\u5E8F\u5BF9\u8C61\u7684\u539F\u578B\uFF09\u3002\u8BF7\u5220\u9664\u8FD9\u4E2A\u5B57\u6BB5\u3002`,
      `The field name ${quote(key)} is not allowed (it touches the program's object prototype). Remove the field.`
    ),
    file,
    path: pointer(...path),
    atKey: true
  };
}
function numberFormProblem(file, path, source) {
  const field = fieldName(path);
  return {
    rule: "load/number-form",
    severity: "error",
    message: text(
      `\u5B57\u6BB5 ${field.zh} \u7684\u503C ${source} \u4E0D\u662F\u5341\u8FDB\u5236\u6570\u5B57\u5199\u6CD5\uFF08\u5341\u516D\u8FDB\u5236\u3001\u516B\u8FDB\u5236\u3001\u524D\u5BFC\u96F6\u3001\u79D1\u5B66\u8BA1\u6570\u3001\u4E0B\u5212\u7EBF\u3001.inf\u3001.nan\u3001\u6B63\u53F7\u7B49\u5199\u6CD5\u5728\u4E0D\u540C\u8F6F\u4EF6\u91CC\u8BFB\u6CD5\u4E0D\u4E00\uFF09\u3002\u6570\u5B57\u8BF7\u5199\u6210\u5341\u8FDB\u5236\u6570\u5B57\uFF0C\u5982 8\u30010.5\uFF1B\u5982\u679C\u8FD9\u662F\u4E00\u6BB5\u6587\u5B57\uFF08\u5982\u7F16\u53F7\uFF09\uFF0C\u8BF7\u52A0\u5F15\u53F7\uFF0C\u5982 "${source}"\u3002`,
      `The value ${source} of field ${field.en} is not written as a decimal number (hexadecimal, octal, leading zeros, exponents, underscores, .inf, .nan and plus signs are read differently by different software). Write numbers as decimal numbers, like 8 or 0.5; if this is text (like a number code), quote it: "${source}".`
    ),
    file,
    path: pointer(...path)
  };
}
function characterProblem(file, path, cp, atKey) {
  const field = fieldName(path);
  const name = describeCodePoint(cp);
  return {
    rule: "load/control-character",
    severity: "error",
    message: atKey ? text(
      `\u5B57\u6BB5\u540D ${field.zh} \u542B\u6709\u4E0D\u53EF\u89C1\u5B57\u7B26 ${name.zh}\u3002\u8FD9\u7C7B\u5B57\u7B26\uFF08\u53CC\u5411\u63A7\u5236\u7B26\u3001\u96F6\u5BBD\u5B57\u7B26\u3001\u63A7\u5236\u5B57\u7B26\uFF09\u4F1A\u8BA9\u663E\u793A\u7684\u6587\u5B57\u4E0E\u5B9E\u9645\u5185\u5BB9\u4E0D\u4E00\u81F4\u3002\u8BF7\u5220\u9664\u8FD9\u4E2A\u5B57\u7B26\uFF0C\u91CD\u65B0\u8F93\u5165\u5B57\u6BB5\u540D\u3002`,
      `The field name ${field.en} contains the invisible character ${name.en}. Such characters (bidirectional controls, zero-width and control characters) make the text shown differ from its content. Delete the character and retype the field name.`
    ) : text(
      `\u5B57\u6BB5 ${field.zh} \u7684\u503C\u542B\u6709\u4E0D\u53EF\u89C1\u5B57\u7B26 ${name.zh}\u3002\u8FD9\u7C7B\u5B57\u7B26\uFF08\u53CC\u5411\u63A7\u5236\u7B26\u3001\u96F6\u5BBD\u5B57\u7B26\u3001\u63A7\u5236\u5B57\u7B26\uFF09\u4F1A\u8BA9\u663E\u793A\u7684\u6587\u5B57\u4E0E\u5B9E\u9645\u5185\u5BB9\u4E0D\u4E00\u81F4\u3002\u8BF7\u5220\u9664\u8FD9\u4E2A\u5B57\u7B26\uFF08\u53EF\u5728\u7F16\u8F91\u5668\u4E2D\u6253\u5F00\u201C\u663E\u793A\u4E0D\u53EF\u89C1\u5B57\u7B26\u201D\u627E\u5230\u5B83\uFF09\uFF0C\u6216\u91CD\u65B0\u8F93\u5165\u8FD9\u4E2A\u503C\u3002`,
      `The value of field ${field.en} contains the invisible character ${name.en}. Such characters (bidirectional controls, zero-width and control characters) make the text shown differ from its content. Delete the character (turn on "show invisible characters" in the editor to find it) or retype the value.`
    ),
    file,
    path: pointer(...path),
    ...atKey ? { atKey: true } : {}
  };
}
function tooManyValues(file, root, maxNodes) {
  const seen = /* @__PURE__ */ new Set();
  let distinct = 0;
  let largest;
  const stack = [{ value: root, depth: 0, parent: void 0, key: void 0 }];
  while (stack.length > 0 && distinct <= maxNodes) {
    const frame = stack.pop();
    distinct++;
    const { value } = frame;
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    const entries = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    if (!largest || entries.length > largest.size)
      largest = { frame, size: entries.length, list: Array.isArray(value) };
    for (const [key, child] of entries) stack.push({ value: child, depth: 0, parent: frame, key });
  }
  if (distinct <= maxNodes || !largest) {
    return fileProblem(
      file,
      "load/alias-bomb",
      text(
        `\u6587\u4EF6\u5C55\u5F00\u540E\u8D85\u8FC7 ${maxNodes} \u4E2A\u8282\u70B9\uFF0C\u591A\u534A\u662F\u522B\u540D\uFF08*name\uFF09\u5C42\u5C42\u5F15\u7528\u9020\u6210\u7684\u6307\u6570\u81A8\u80C0\u3002\u8BF7\u76F4\u63A5\u5199\u51FA\u5185\u5BB9\uFF0C\u4E0D\u8981\u5D4C\u5957\u4F7F\u7528\u951A\u70B9\u548C\u522B\u540D\u3002`,
        `The file expands to more than ${maxNodes} nodes, most likely through nested aliases (*name). Write the content out instead of nesting anchors and aliases.`
      )
    );
  }
  const { size, list: list2 } = largest;
  const field = fieldName(pathOf(largest.frame));
  return {
    rule: "load/too-many-values",
    severity: "error",
    message: text(
      `\u6587\u4EF6\u4E2D\u7684\u503C\u8D85\u8FC7 ${maxNodes} \u4E2A\uFF0C\u7533\u8BF7\u6587\u4EF6\u4E0D\u4F1A\u6709\u8FD9\u4E48\u591A\u5185\u5BB9\uFF1B\u6700\u5927\u7684\u662F ${field.zh} \u5904\u7684${list2 ? `\u5217\u8868\uFF0C\u6709 ${size} \u9879` : `\u6620\u5C04\uFF0C\u6709 ${size} \u4E2A\u5B57\u6BB5`}\u3002\u8BF7\u68C0\u67E5\u662F\u5426\u8BEF\u8D34\u4E86\u6570\u636E\uFF1A\u7533\u8BF7\u91CC\u53EA\u5199\u9700\u8981\u7684\u5185\u5BB9\uFF0C\u5927\u91CF\u6570\u636E\uFF08\u5982\u6E05\u5355\u3001\u65E5\u5FD7\uFF09\u8BF7\u4F5C\u4E3A\u9644\u4EF6\u653E\u5728 attachments/ \u4E0B\u3002`,
      `The file holds more than ${maxNodes} values; no application has that much content. The largest is the ${list2 ? `list at ${field.en} with ${size} items` : `mapping at ${field.en} with ${size} fields`}. Check for pasted data: write only what the application needs, and put bulk data (lists, logs) as attachments under attachments/.`
    ),
    file,
    path: pointer(...pathOf(largest.frame))
  };
}

// scripts/core/load/parse.ts
var defaultLimits = { maxBytes: 512 * 1024, maxNodes: 1e5, maxDepth: 64 };
function decodeUtf8(file, bytes) {
  if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
    return {
      problem: fileProblem(
        file,
        "load/encoding",
        text(
          "\u6587\u4EF6\u7F16\u7801\u4E3A UTF-16\u3002\u8BF7\u7528\u7F16\u8F91\u5668\u5C06\u6587\u4EF6\u53E6\u5B58\u4E3A UTF-8 \u7F16\u7801\uFF08\u4E0D\u5E26 BOM\uFF09\u540E\u518D\u63D0\u4EA4\u3002",
          "The file is encoded as UTF-16. Save it as UTF-8 (without BOM) and commit again."
        )
      )
    };
  }
  const start = bytes.length >= 3 && bytes[0] === 239 && bytes[1] === 187 && bytes[2] === 191 ? 3 : 0;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start);
  try {
    if (!isUtf8(body)) throw new Error("not utf-8");
    const source = body.toString("utf8");
    const nul = source.indexOf("\0");
    if (nul >= 0) {
      const { line: line2, column } = lineColumnAt(source, nul);
      return {
        problem: fileProblem(
          file,
          "load/encoding",
          text(
            "\u6587\u4EF6\u4E2D\u542B\u6709 NUL \u5B57\u7B26\uFF0C\u4E0D\u662F\u6587\u672C\u6587\u4EF6\u3002\u8BF7\u786E\u8BA4\u63D0\u4EA4\u7684\u662F YAML \u6587\u672C\u800C\u4E0D\u662F\u4E8C\u8FDB\u5236\u6587\u4EF6\u3002",
            "The file contains NUL characters and is not a text file. Commit the YAML text, not a binary file."
          ),
          line2,
          column
        )
      };
    }
    return { source };
  } catch {
    const offset = firstInvalidUtf8(bytes, start);
    const prefix = new TextDecoder("utf-8").decode(bytes.subarray(start, offset));
    const { line: line2, column } = lineColumnAt(prefix, prefix.length);
    return {
      problem: fileProblem(
        file,
        "load/encoding",
        text(
          `\u6587\u4EF6\u4E0D\u662F\u6709\u6548\u7684 UTF-8 \u7F16\u7801\uFF08\u7B2C ${line2} \u884C\u7B2C ${column} \u5217\u9644\u8FD1\uFF0C\u5B57\u8282\u504F\u79FB ${offset}\uFF09\uFF0C\u5E38\u89C1\u4E8E\u7528 GBK/GB2312 \u4FDD\u5B58\u7684\u6587\u4EF6\u3002\u8BF7\u5C06\u6587\u4EF6\u53E6\u5B58\u4E3A UTF-8 \u7F16\u7801\u540E\u518D\u63D0\u4EA4\u3002`,
          `The file is not valid UTF-8 (near line ${line2}, column ${column}, byte offset ${offset}); GBK/GB2312 files look like this. Save it as UTF-8 and commit again.`
        ),
        line2,
        column
      )
    };
  }
}
function firstInvalidUtf8(bytes, start) {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 128) {
      i++;
      continue;
    }
    let need2;
    let min;
    let cp;
    if (b >= 194 && b <= 223) [need2, min, cp] = [1, 128, b & 31];
    else if (b >= 224 && b <= 239) [need2, min, cp] = [2, 2048, b & 15];
    else if (b >= 240 && b <= 244) [need2, min, cp] = [3, 65536, b & 7];
    else return i;
    for (let k = 1; k <= need2; k++) {
      const c = bytes[i + k];
      if (c === void 0 || (c & 192) !== 128) return i;
      cp = cp << 6 | c & 63;
    }
    if (cp < min || cp > 1114111 || cp >= 55296 && cp <= 57343) return i;
    i += need2 + 1;
  }
  return i;
}
function lineColumnAt(source, index) {
  let line2 = 1;
  let lastBreak = -1;
  for (let i = 0; i < index && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line2++;
      lastBreak = i;
    }
  }
  return { line: line2, column: index - lastBreak };
}
function explainYamlError(reason) {
  if (reason.startsWith("duplicated mapping key"))
    return text(
      "\u540C\u4E00\u5C42\u7EA7\u51FA\u73B0\u4E86\u91CD\u590D\u7684\u5B57\u6BB5\u540D\u3002YAML \u4E2D\u540E\u4E00\u4E2A\u4F1A\u6084\u6084\u8986\u76D6\u524D\u4E00\u4E2A\uFF0C\u8BF7\u5220\u9664\u6216\u5408\u5E76\u91CD\u590D\u7684\u5B57\u6BB5\u3002",
      "A field name appears twice at the same level; the second would silently override the first. Remove or merge the duplicate."
    );
  if (reason.startsWith("unknown tag"))
    return text(
      `\u4E0D\u652F\u6301 YAML \u6807\u7B7E ${reason.slice("unknown tag ".length)}\u3002\u7533\u8BF7\u6587\u4EF6\u53EA\u80FD\u4F7F\u7528\u666E\u901A\u7684\u5B57\u7B26\u4E32\u3001\u6570\u5B57\u3001\u5E03\u5C14\u503C\u3001\u5217\u8868\u548C\u6620\u5C04\uFF0C\u8BF7\u5220\u9664\u4EE5 ! \u5F00\u5934\u7684\u6807\u7B7E\u3002`,
      `YAML tag ${reason.slice("unknown tag ".length)} is not supported. Application files use plain strings, numbers, booleans, lists and mappings: remove the tag starting with !.`
    );
  if (reason.startsWith("unidentified alias"))
    return text(
      `\u5F15\u7528\u4E86\u672A\u5B9A\u4E49\u7684\u951A\u70B9 ${reason.slice("unidentified alias ".length)}\u3002\u8BF7\u5148\u7528 &\u540D\u79F0 \u5B9A\u4E49\u951A\u70B9\uFF0C\u6216\u76F4\u63A5\u5199\u51FA\u5185\u5BB9\u3002`,
      `Alias ${reason.slice("unidentified alias ".length)} refers to an anchor that is not defined. Define it with &name first, or write the content out.`
    );
  if (reason.includes("bad indentation"))
    return text(
      "\u7F29\u8FDB\u4E0D\u6B63\u786E\uFF1A\u540C\u4E00\u5C42\u7EA7\u7684\u5B57\u6BB5\u5FC5\u987B\u5BF9\u9F50\uFF0C\u4E14\u53EA\u80FD\u7528\u7A7A\u683C\u7F29\u8FDB\uFF08\u4E0D\u80FD\u7528 Tab\uFF09\u3002\u8BF7\u68C0\u67E5\u8FD9\u4E00\u884C\u4E0E\u4E0A\u4E00\u884C\u7684\u7F29\u8FDB\u3002",
      "Bad indentation: fields of one level must line up, indented with spaces only (no tabs). Compare this line with the one above."
    );
  if (reason.includes("tab character") || reason.includes("tabulation"))
    return text(
      "YAML \u4E0D\u5141\u8BB8\u7528 Tab \u7F29\u8FDB\u3002\u8BF7\u628A Tab \u6362\u6210\u7A7A\u683C\u3002",
      "YAML does not allow tabs for indentation. Replace the tab with spaces."
    );
  return text(
    `YAML \u8BED\u6CD5\u9519\u8BEF\uFF1A${reason}\u3002\u8BF7\u68C0\u67E5\u8FD9\u4E00\u4F4D\u7F6E\u9644\u8FD1\u7684\u5192\u53F7\u3001\u5F15\u53F7\u3001\u62EC\u53F7\u548C\u7F29\u8FDB\u3002`,
    `YAML syntax error: ${reason}. Check the colons, quotes, brackets and indentation around this place.`
  );
}
function tooLargeProblem(file, size, maxBytes) {
  return fileProblem(
    file,
    "load/too-large",
    text(
      `\u6587\u4EF6\u5927\u5C0F ${formatBytes(size)}\uFF0C\u8D85\u8FC7\u4E0A\u9650 ${formatBytes(maxBytes)}\u3002\u7533\u8BF7\u6587\u4EF6\u53EA\u653E\u7ED3\u6784\u5316\u5185\u5BB9\uFF1B\u622A\u56FE\u3001\u67B6\u6784\u56FE\u7B49\u9644\u4EF6\u8BF7\u4F5C\u4E3A\u5355\u72EC\u7684\u6587\u4EF6\u653E\u5728\u7CFB\u7EDF\u76EE\u5F55\u7684 attachments/ \u4E0B\uFF0C\u5728\u7533\u8BF7\u4E2D\u5199\u8DEF\u5F84\u5F15\u7528\u3002`,
      `The file is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}. Keep only structured content in the application; put screenshots and diagrams as separate files under the system's attachments/ folder and reference their paths.`
    )
  );
}
function parseYamlFile(file, bytes, limits = defaultLimits) {
  if (bytes.length > limits.maxBytes)
    return { problems: [tooLargeProblem(file, bytes.length, limits.maxBytes)] };
  const decoded = decodeUtf8(file, bytes);
  if (decoded.problem) return { problems: [decoded.problem] };
  const source = decoded.source ?? "";
  let data;
  try {
    data = yaml2.load(source, { schema: loadSchema, filename: file });
  } catch (error) {
    if (!(error instanceof yaml2.YAMLException)) throw error;
    const reason = error.reason ?? error.message;
    if (reason.startsWith("expected a single document")) {
      const m = /^(---|\.\.\.)/m.exec(source.replace(/^---[^\n]*\n/, (s) => " ".repeat(s.length)));
      const { line: line3, column: column2 } = lineColumnAt(source, m?.index ?? 0);
      return {
        source,
        problems: [
          fileProblem(
            file,
            "load/multiple-documents",
            text(
              "\u4E00\u4E2A\u6587\u4EF6\u53EA\u80FD\u5305\u542B\u4E00\u4E2A YAML \u6587\u6863\uFF0C\u8FD9\u91CC\u51FA\u73B0\u4E86\u7B2C\u4E8C\u4E2A\u6587\u6863\uFF08--- \u5206\u9694\uFF09\u3002\u4E00\u4EFD\u7533\u8BF7\u4E00\u4E2A\u6587\u4EF6\uFF1A\u8BF7\u628A\u7B2C\u4E8C\u90E8\u5206\u79FB\u5230\u65B0\u6587\u4EF6\u4E2D\u3002",
              "A file holds exactly one YAML document; a second one starts here (---). One application per file: move the second part into a new file."
            ),
            line3,
            column2
          )
        ]
      };
    }
    const line2 = (error.mark?.line ?? 0) + 1;
    const column = (error.mark?.column ?? 0) + 1;
    const rule = reason.startsWith("duplicated mapping key") ? "load/duplicate-key" : reason.startsWith("unknown tag") ? "load/custom-tag" : "load/syntax";
    return { source, problems: [fileProblem(file, rule, explainYamlError(reason), line2, column)] };
  }
  if (data === void 0 || data === null) {
    return {
      source,
      problems: [
        fileProblem(
          file,
          "load/empty",
          text(
            "\u6587\u4EF6\u662F\u7A7A\u7684\u3002\u8BF7\u6309\u6A21\u677F\u586B\u5199\uFF0C\u6216\u5220\u9664\u8FD9\u4E2A\u6587\u4EF6\u3002",
            "The file is empty. Fill it in from the template, or delete it."
          )
        )
      ]
    };
  }
  if (typeof data !== "object" || Array.isArray(data) || data instanceof NumberForm) {
    return {
      source,
      problems: [
        fileProblem(
          file,
          "load/not-a-mapping",
          text(
            "\u6587\u4EF6\u9876\u5C42\u5FC5\u987B\u662F\u5B57\u6BB5\u6620\u5C04\uFF08\u5982 kind: application\uFF09\uFF0C\u800C\u4E0D\u662F\u5217\u8868\u6216\u5355\u4E2A\u503C\u3002",
            "The top level must be a mapping of fields (like kind: application), not a list or a single value."
          )
        )
      ]
    };
  }
  const problems = inspectTree(file, data, limits, mayHoldForbiddenCharacters(source));
  if (problems.some((p) => fatalRules.has(p.rule))) return { source, problems };
  return { data, source, problems };
}
function formatBytes(n) {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}

// scripts/core/schema/validate.ts
import { createRequire as createRequire2 } from "node:module";
import { closest, distance } from "fastest-levenshtein";

// scripts/core/schema/compile.ts
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";
var require2 = createRequire(import.meta.url);
var ajvVersion = require2("ajv/package.json").version;
var installed;
function useCompileCache(cache) {
  installed = cache;
}
function newAjv(options, source) {
  const ajv = new Ajv2020({ ...options.ajv, ...source ? { code: { source: true } } : {} });
  addFormats.default(ajv);
  for (const keyword of options.annotations ?? []) ajv.addKeyword({ keyword, schemaType: "object" });
  return ajv;
}
function compileCached(schema, options) {
  const hash = createHash("sha256").update(JSON.stringify([schema, options.ajv, options.annotations ?? [], ajvVersion])).digest("hex").slice(0, 20);
  const key = `${options.name}-${hash}`;
  const cache = installed;
  const cached = cache?.load(key);
  if (cached) return cached;
  const ajv = newAjv(options, cache !== void 0);
  const validate = ajv.compile(schema);
  if (cache) {
    try {
      cache.store(key, standaloneCode.default(ajv, validate));
    } catch {
    }
  }
  return validate;
}

// scripts/core/schema/validate.ts
var require3 = createRequire2(import.meta.url);
var localize = require3("ajv-i18n");
var SchemaValidator = class _SchemaValidator {
  constructor(catalog, schema) {
    this.catalog = catalog;
    this.schemas = { ...schema.build(catalog) };
    const compile = (kind) => compileCached(this.schemas[kind], {
      name: `${kind}-${catalog.profile.id}`,
      ajv: { allErrors: true, strict: true, strictRequired: false, discriminator: true, verbose: true },
      annotations: ["x-citation", "x-required-by", "x-secret"]
    });
    this.validators = {
      unit: compile("unit"),
      system: compile("system"),
      application: compile("application"),
      delivery: compile("delivery")
    };
  }
  catalog;
  static cache = /* @__PURE__ */ new WeakMap();
  /** 每个 profile 的每份目录只编译一次（编译约需数百毫秒）。 */
  static for(catalog, schema) {
    let byCatalog = _SchemaValidator.cache.get(schema);
    if (!byCatalog) {
      byCatalog = /* @__PURE__ */ new WeakMap();
      _SchemaValidator.cache.set(schema, byCatalog);
    }
    let v = byCatalog.get(catalog);
    if (!v) {
      v = new _SchemaValidator(catalog, schema);
      byCatalog.set(catalog, v);
    }
    return v;
  }
  validators;
  schemas;
  validate(kind, file, data) {
    const validate = this.validators[kind];
    if (validate(data)) return [];
    const errors = prune(validate.errors ?? []);
    return errors.map((e) => this.toProblem(kind, file, e));
  }
  toProblem(kind, file, e) {
    const root = this.schemas[kind];
    const { message, path, atKey } = describe(e, this.catalog, root);
    return {
      rule: "schema",
      severity: "error",
      message,
      file,
      path,
      atKey,
      citation: citationFor(root, e, kind, this.catalog.profile.id)
    };
  }
};
function prune(errors) {
  const chosen = chooseBranches(errors);
  const out = [];
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
    if (!inKeptBranches(e, chosen)) continue;
    out.push(e);
  }
  const discriminated = new Set(
    out.filter((e) => e.keyword === "discriminator").map((e) => `${e.instancePath}/${String(e.params.tag)}`)
  );
  const seen = /* @__PURE__ */ new Set();
  return out.filter((e) => {
    if (e.keyword === "enum" && discriminated.has(e.instancePath)) return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
var structural = /* @__PURE__ */ new Set(["required", "additionalProperties", "type", "const", "discriminator", "not"]);
function chooseBranches(errors) {
  const chosen = /* @__PURE__ */ new Map();
  for (const c of errors) {
    if (c.keyword !== "oneOf" && c.keyword !== "anyOf" || isDiscriminatedPath(c.schemaPath)) continue;
    const branches = /* @__PURE__ */ new Map();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(`${c.schemaPath}/`) || !e.instancePath.startsWith(c.instancePath))
        continue;
      const m = /^\/(\d+)\//.exec(e.schemaPath.slice(c.schemaPath.length));
      if (!m) continue;
      const branch = `${c.schemaPath}/${m[1]}/`;
      const shallow = e.instancePath === c.instancePath || e.keyword === "additionalProperties";
      branches.set(branch, (branches.get(branch) ?? true) && !(structural.has(e.keyword) && shallow));
    }
    const fitting = [...branches].filter(([, fits]) => fits).map(([b]) => b);
    if (fitting.length === 1) chosen.set(`${c.schemaPath}|${c.instancePath}`, fitting[0]);
  }
  return chosen;
}
function inKeptBranches(e, chosen) {
  for (const m of e.schemaPath.matchAll(/\/(oneOf|anyOf)\/\d+\//g)) {
    const combinator = e.schemaPath.slice(0, (m.index ?? 0) + m[1].length + 1);
    if (isDiscriminatedPath(combinator)) continue;
    const branch = e.schemaPath.slice(0, (m.index ?? 0) + m[0].length);
    let picked;
    for (const [key, value] of chosen) {
      const [path, instance] = key.split("|");
      if (path === combinator && e.instancePath.startsWith(instance)) picked = value;
    }
    if (picked !== branch) return false;
  }
  return true;
}
function isDiscriminatedPath(combinatorPath) {
  const before = combinatorPath.replace(/\/(oneOf|anyOf)$/, "");
  return before === "#" || before.endsWith("/$defs/resource");
}
function lookup(root, schemaPath) {
  let node = root;
  for (const seg of parsePointer(schemaPath.replace(/^#/, ""))) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[seg];
  }
  return node;
}
function citationFor(root, e, kind, profile) {
  if (e.keyword === "required") {
    const requiredBy = e.parentSchema?.["x-required-by"];
    const by = requiredBy?.[String(e.params.missingProperty)];
    if (by) return by;
    let missing = e.parentSchema?.properties?.[String(e.params.missingProperty)];
    if (typeof missing?.$ref === "string") missing = lookup(root, missing.$ref);
    const c = missing?.["x-citation"];
    if (c) return c;
  }
  const own = e.parentSchema?.["x-citation"];
  if (own) return own;
  const segs = parsePointer(e.schemaPath.replace(/^#/, ""));
  for (let i = segs.length - 1; i > 0; i--) {
    if (segs[i - 1] === "properties") break;
    const node = lookup(root, pointer(...segs.slice(0, i)));
    const c = node?.["x-citation"];
    if (c) return c;
  }
  if (e.keyword === "required" && kind === "application") return { profile, attachment: "\u9644\u4EF65", note: "1" };
  return void 0;
}
var typeNames = {
  string: text("\u6587\u5B57", "text"),
  integer: text("\u6574\u6570", "an integer"),
  number: text("\u6570\u5B57", "a number"),
  boolean: text("true \u6216 false", "true or false"),
  object: text("\u5B57\u6BB5\u6620\u5C04", "a mapping"),
  array: text("\u5217\u8868", "a list"),
  null: text("\u7A7A\u503C", "null")
};
function actualType(v) {
  if (v === null) return typeNames.null;
  if (Array.isArray(v)) return typeNames.array;
  if (typeof v === "number")
    return Number.isInteger(v) ? typeNames.integer : typeNames.number;
  return typeNames[typeof v] ?? text(typeof v, typeof v);
}
function label(path, schema) {
  const segs = parsePointer(path);
  const last = segs[segs.length - 1];
  const field = last === void 0 ? text("\u6587\u4EF6", "the file") : /^\d+$/.test(last) ? text(`\u7B2C ${Number(last) + 1} \u9879`, `item ${Number(last) + 1}`) : text(last, last);
  const title = typeof schema?.title === "string" ? schema.title : void 0;
  return title && last !== void 0 && !/^\d+$/.test(last) ? text(`\u5B57\u6BB5 ${field.zh}\uFF08${title}\uFF09`, `field ${field.en} (${title})`) : text(field.zh, field.en);
}
var list = (values, lang) => values.map((v) => typeof v === "string" ? v : JSON.stringify(v)).join(lang === "zh" ? "\u3001" : ", ");
function suggest(value, candidates) {
  if (typeof value !== "string" || candidates.length === 0) return void 0;
  const best = closest(value, candidates);
  return distance(value, best) <= Math.max(2, Math.floor(value.length / 3)) ? best : void 0;
}
function describe(e, catalog, root) {
  const schema = e.parentSchema;
  const at = label(e.instancePath, schema);
  const desc = typeof schema?.description === "string" ? schema.description.replace(/[。.]$/, "") : "";
  const p = e.params;
  switch (e.keyword) {
    case "required": {
      const prop = String(p.missingProperty);
      let propSchema = schema?.properties?.[prop] ?? {};
      if (typeof propSchema.$ref === "string") propSchema = lookup(root, propSchema.$ref) ?? {};
      const title = typeof propSchema.title === "string" ? `\uFF08${propSchema.title}\uFF09` : "";
      const hint2 = typeof propSchema.description === "string" ? `\u8BF4\u660E\uFF1A${propSchema.description.replace(/[。.]$/, "")}\u3002` : "";
      const where = e.instancePath === "" ? text("\u6587\u4EF6\u9876\u5C42", "the top level") : at;
      return {
        path: e.instancePath,
        message: text(
          `${where.zh}\u7F3A\u5C11\u5FC5\u586B\u5B57\u6BB5 ${prop}${title}\u3002${hint2}\u8BF7\u8865\u4E0A\u8FD9\u4E2A\u5B57\u6BB5\u3002`,
          `${where.en} lacks the required field ${prop}${title}. Add it.`
        )
      };
    }
    case "additionalProperties": {
      const raw = String(p.additionalProperty);
      const prop = raw.replace(/[\u0000-\u001f\u007f]/g, " ");
      const allowed = Object.keys(schema?.properties ?? {}).filter(
        (k) => k !== "$schema"
      );
      const guess = suggest(prop, allowed);
      const path = `${e.instancePath}/${raw.replace(/~/g, "~0").replace(/\//g, "~1")}`;
      return {
        path,
        atKey: true,
        message: guess ? text(`\u672A\u77E5\u5B57\u6BB5 ${prop}\uFF0C\u662F\u5426\u4E3A ${guess}\uFF1F`, `Unknown field ${prop}; did you mean ${guess}?`) : text(
          `\u672A\u77E5\u5B57\u6BB5 ${prop}\u3002\u8FD9\u91CC\u5141\u8BB8\u7684\u5B57\u6BB5\uFF1A${list(allowed, "zh")}\u3002\u8BF7\u5220\u9664\u6216\u6539\u6B63\u5B83\u3002`,
          `Unknown field ${prop}. Allowed here: ${list(allowed, "en")}. Remove or correct it.`
        )
      };
    }
    case "type": {
      const want = typeNames[String(p.type)] ?? text(String(p.type), String(p.type));
      const got = actualType(e.data);
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u5E94\u4E3A${want.zh}\uFF0C\u8FD9\u91CC\u662F${got.zh} ${quote(e.data)}\u3002${desc ? `\u8BF4\u660E\uFF1A${desc}\u3002` : ""}`,
          `${at.en} must be ${want.en}, not ${got.en} ${quote(e.data)}.`
        )
      };
    }
    case "enum": {
      const allowed = p.allowedValues ?? [];
      const guess = suggest(
        e.data,
        allowed.filter((v) => typeof v === "string")
      );
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u7684\u503C ${quote(e.data)} \u4E0D\u5728\u5141\u8BB8\u8303\u56F4\u5185${guess ? `\uFF0C\u662F\u5426\u4E3A ${guess}\uFF1F` : "\u3002"}\u5141\u8BB8\uFF1A${list(allowed, "zh")}\u3002${desc ? `\u8BF4\u660E\uFF1A${desc}\u3002` : ""}`,
          `${at.en} has value ${quote(e.data)}, which is not allowed${guess ? `; did you mean ${guess}?` : "."} Allowed: ${list(allowed, "en")}.`
        )
      };
    }
    case "const":
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u5FC5\u987B\u662F ${JSON.stringify(p.allowedValue)}\uFF0C\u8FD9\u91CC\u662F ${quote(e.data)}\u3002${desc ? `\u8BF4\u660E\uFF1A${desc}\u3002` : ""}`,
          `${at.en} must be ${JSON.stringify(p.allowedValue)}, not ${quote(e.data)}.`
        )
      };
    case "multipleOf": {
      const m = Number(p.multipleOf);
      const v = Number(e.data);
      const min = typeof schema?.minimum === "number" ? schema.minimum : m;
      const upper = Math.max(min, Math.ceil(v / m) * m);
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u4E3A ${v}\uFF0C\u987B\u4E3A ${m} \u7684\u500D\u6570\uFF08\u4E0D\u8DB3\u7684\u90E8\u5206\u5411\u4E0A\u53D6\u6574\uFF09\u3002\u8BF7\u6539\u4E3A ${upper}\u3002`,
          `${at.en} is ${v} and must be a multiple of ${m} (round up). Change it to ${upper}.`
        )
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
          `${at.zh}\u4E3A ${quote(e.data)}\uFF0C${isMin ? "\u4E0D\u80FD\u5C0F\u4E8E" : "\u4E0D\u80FD\u5927\u4E8E"} ${limit}\u3002${desc ? `\u8BF4\u660E\uFF1A${desc}\u3002` : ""}`,
          `${at.en} is ${quote(e.data)}; it must be ${isMin ? "at least" : "at most"} ${limit}.`
        )
      };
    }
    case "minLength":
      return { path: e.instancePath, message: text(`${at.zh}\u4E0D\u80FD\u4E3A\u7A7A\u3002`, `${at.en} must not be empty.`) };
    case "pattern":
      if (e.parentSchema?.["x-secret"] !== void 0)
        return {
          path: e.instancePath,
          message: text(
            `${at.zh}\u53EA\u80FD\u5199\u73AF\u5883\u53D8\u91CF\u540D\uFF08\u5982 GOVCLOUD_NOTIFY_SZ_EDU_WECOM\uFF09\uFF0C\u8FD9\u91CC\u5199\u7684\u4E0D\u662F\u2014\u2014\u6240\u586B\u5185\u5BB9\u5DF2\u9690\u53BB\uFF0C\u4E0D\u5728\u4EFB\u4F55\u8F93\u51FA\u4E2D\u91CD\u590D\u3002\u5982\u679C\u8FD9\u662F webhook \u5730\u5740\u6216\u5BC6\u94A5\uFF0C\u8BF7\u5220\u9664\u5B83\uFF0C\u628A\u5B83\u5B58\u4E3A\u4ED3\u5E93\u7684 Actions secret\uFF0C\u8FD9\u91CC\u53EA\u5199\u5B83\u7684\u540D\u5B57\uFF1B\u5DF2\u7ECF\u63D0\u4EA4\u8FC7\u7684\u5BC6\u94A5\u8BF7\u5230\u673A\u5668\u4EBA\u8BBE\u7F6E\u4E2D\u91CD\u7F6E\u3002${desc ? `\u8BF4\u660E\uFF1A${desc}\u3002` : ""}`,
            `${at.en} must be an environment variable name (like GOVCLOUD_NOTIFY_SZ_EDU_WECOM); the value written here is not, and it is not repeated in any output. If it is a webhook address or key, delete it, store it as an Actions secret and write its name here; reset a key that was already committed.`
          )
        };
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u7684\u5199\u6CD5\u4E0D\u5BF9\uFF1A${quote(e.data)}\u3002${desc ? `\u8981\u6C42\uFF1A${desc}\u3002` : ""}`,
          `${at.en} is not written correctly: ${quote(e.data)}.`
        )
      };
    case "format": {
      const fmt = String(p.format);
      const how = {
        date: text("\u65E5\u671F\uFF0C\u683C\u5F0F YYYY-MM-DD\uFF0C\u5982 2026-11-25", "a date in the form YYYY-MM-DD, like 2026-11-25"),
        email: text("\u7535\u5B50\u90AE\u7BB1\u5730\u5740\uFF0C\u5982 name@example.gov.cn", "an e-mail address, like name@example.gov.cn"),
        ipv4: text("IPv4 \u5730\u5740\uFF0C\u5982 10.1.2.3", "an IPv4 address, like 10.1.2.3")
      };
      const h = how[fmt] ?? text(fmt, fmt);
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u5E94\u4E3A${h.zh}\uFF0C\u8FD9\u91CC\u662F ${quote(e.data)}\u3002`,
          `${at.en} must be ${h.en}, not ${quote(e.data)}.`
        )
      };
    }
    case "minItems":
      return {
        path: e.instancePath,
        message: text(`${at.zh}\u81F3\u5C11\u8981\u6709 ${p.limit} \u9879\u3002`, `${at.en} needs at least ${p.limit} item(s).`)
      };
    case "discriminator": {
      const tag = String(p.tag);
      const value = e.data?.[tag];
      const path = `${e.instancePath}/${tag}`;
      if (tag === "service") {
        const ids = catalog.services.filter((s) => s.changeTypes.new).map((s) => s.id);
        const guess2 = suggest(value, ids);
        return {
          path,
          message: text(
            `\u672A\u77E5\u7684\u670D\u52A1 ${quote(value)}${guess2 ? `\uFF0C\u662F\u5426\u4E3A ${guess2}\uFF1F` : "\u3002"}\u670D\u52A1\u987B\u53D6\u81EA\u670D\u52A1\u76EE\u5F55\uFF08\u9644\u4EF61\uFF09\uFF0C\u53EF\u7528\u7684\u670D\u52A1\u6807\u8BC6\uFF1A${ids.join("\u3001")}\u3002`,
            `Unknown service ${quote(value)}${guess2 ? `; did you mean ${guess2}?` : "."} Services come from the catalog (\u9644\u4EF61): ${ids.join(", ")}.`
          )
        };
      }
      const types = ["new", "change", "revoke", "ports", "test", "test-renewal"];
      const guess = suggest(value, types);
      return {
        path,
        message: text(
          `\u672A\u77E5\u7684${tag === "type" ? "\u7533\u8BF7\u7C7B\u578B" : tag} ${quote(value)}${guess ? `\uFF0C\u662F\u5426\u4E3A ${guess}\uFF1F` : "\u3002"}\u5141\u8BB8\uFF1A${types.join("\u3001")}\u3002`,
          `Unknown ${tag} ${quote(value)}${guess ? `; did you mean ${guess}?` : "."} Allowed: ${types.join(", ")}.`
        )
      };
    }
    case "oneOf":
    case "anyOf":
      return {
        path: e.instancePath,
        message: text(
          `${at.zh}\u7684\u5199\u6CD5\u4E0D\u7B26\u5408\u4EFB\u4F55\u4E00\u79CD\u5141\u8BB8\u7684\u5F62\u5F0F\u3002${desc ? `\u8981\u6C42\uFF1A${desc}\u3002` : ""}`,
          `${at.en} matches none of the allowed forms.${desc ? ` (${desc})` : ""}`
        )
      };
    default: {
      const zh = [{ ...e }];
      const en = [{ ...e }];
      localize.zh(zh);
      localize.en(en);
      return {
        path: e.instancePath,
        message: text(`${at.zh}${zh[0]?.message ?? ""}`, `${at.en} ${en[0]?.message ?? ""}`)
      };
    }
  }
}

// scripts/core/repository/load-file.ts
function parseFile(file, place, bytes, limits) {
  const parsed = parseYamlFile(file, bytes, limits);
  const outcome = { file, place, problems: parsed.problems };
  if (parsed.source !== void 0 && parsed.problems.length > 0) outcome.source = parsed.source;
  if (place.kind === "misplaced") {
    outcome.problems.push({
      rule: "layout/misplaced",
      severity: "error",
      message: place.why,
      file,
      path: ""
    });
    return { outcome };
  }
  if (parsed.data === void 0) return { outcome };
  const data = parsed.data;
  const expected = place.kind;
  if (data.kind !== expected && ["unit", "system", "application", "delivery"].includes(String(data.kind))) {
    outcome.problems.push({
      rule: "layout/kind",
      severity: "error",
      message: text(
        `\u8FD9\u4E2A\u4F4D\u7F6E\u5E94\u662F ${expected} \u6587\u6863\uFF0C\u6587\u4EF6\u5374\u5199\u7740 kind: ${String(data.kind)}\u3002${expected === "application" ? "\u7CFB\u7EDF\u76EE\u5F55\u4E0B\u9664 system.yaml \u5916\u90FD\u662F\u7533\u8BF7\u6587\u4EF6\u3002" : `\u6587\u4EF6\u540D ${expected}.yaml \u53EA\u7528\u4E8E${expected === "unit" ? "\u5355\u4F4D\u767B\u8BB0" : "\u7CFB\u7EDF\u767B\u8BB0"}\u3002`}\u8BF7\u628A\u6587\u4EF6\u79FB\u5230\u6B63\u786E\u4F4D\u7F6E\u6216\u6539\u6B63 kind\u3002`,
        `A ${expected} document belongs here, but the file says kind: ${String(data.kind)}. Move the file or correct its kind.`
      ),
      file,
      path: "/kind"
    });
    return { outcome };
  }
  return { outcome, pending: { place, data } };
}
function parseRead(file, place, result, limits) {
  if ("bytes" in result) return parseFile(file, place, result.bytes, limits);
  const problem = "refused" in result ? refusalProblem(file, result.refused) : tooLargeProblem(file, result.tooLarge, limits.maxBytes);
  return { outcome: { file, place, problems: [problem] } };
}
var kindNames = {
  symlink: text("\u7B26\u53F7\u94FE\u63A5", "a symbolic link"),
  directory: text("\u76EE\u5F55", "a directory"),
  fifo: text("\u547D\u540D\u7BA1\u9053\uFF08FIFO\uFF09", "a named pipe (FIFO)"),
  socket: text("\u5957\u63A5\u5B57", "a socket"),
  device: text("\u8BBE\u5907\u6587\u4EF6", "a device file"),
  other: text("\u7279\u6B8A\u6587\u4EF6", "a special file")
};
function refusalProblem(file, refusal) {
  const { kind, at } = refusal;
  const name = kindNames[kind];
  const self = at === file;
  const zhWhere = self ? `${file} \u662F${name.zh}` : `${file} \u6240\u5728\u7684\u76EE\u5F55 ${at} \u662F${name.zh}`;
  const enWhere = self ? `${file} is ${name.en}` : `The folder ${at} holding ${file} is ${name.en}`;
  if (kind === "symlink") {
    return fileProblem(
      file,
      "load/symlink",
      text(
        `${zhWhere}\u3002\u6821\u9A8C\u4ECE\u4E0D\u8DDF\u968F\u7B26\u53F7\u94FE\u63A5\uFF08\u5B83\u53EF\u80FD\u6307\u5411\u4ED3\u5E93\u5916\u7684\u6587\u4EF6\u6216\u8BBE\u5907\uFF09\uFF0C\u4ED3\u5E93\u91CC\u7684\u7533\u8BF7\u3001\u76EE\u5F55\u90FD\u5FC5\u987B\u662F\u666E\u901A\u6587\u4EF6\u548C\u666E\u901A\u76EE\u5F55\u3002\u8BF7\u628A\u7B26\u53F7\u94FE\u63A5\u6362\u6210\u666E\u901A${self ? "\u6587\u4EF6\u6216\u76EE\u5F55\uFF08\u628A\u5185\u5BB9\u590D\u5236\u8FDB\u6765\uFF09" : "\u76EE\u5F55"}\uFF0C\u6216\u5220\u9664\u5B83\u3002`,
        `${enWhere}. Validation never follows symbolic links (they can point outside the repository or to a device); applications and their folders must be plain files and folders. Replace the link with a plain ${self ? "file or folder (copy the content in)" : "folder"}, or delete it.`
      )
    );
  }
  if (kind === "directory") {
    return fileProblem(
      file,
      "load/special-file",
      text(
        `${zhWhere}\uFF0C\u8FD9\u91CC\u5E94\u662F\u4E00\u4E2A YAML \u6587\u4EF6\u3002\u8BF7\u628A\u5B83\u6362\u6210\u666E\u901A\u6587\u4EF6\uFF0C\u6216\u5220\u9664\u5B83\u3002`,
        `${enWhere} where a YAML file is expected. Replace it with a plain file, or delete it.`
      )
    );
  }
  return fileProblem(
    file,
    "load/special-file",
    text(
      `${zhWhere}\uFF0C\u4E0D\u662F\u666E\u901A\u6587\u4EF6\uFF0C\u6821\u9A8C\u4E0D\u8BFB\u5B83\u3002\u4ED3\u5E93\u91CC\u53EA\u653E\u666E\u901A\u7684\u6587\u672C\u6587\u4EF6\uFF1A\u8BF7\u5220\u9664\u5B83${self ? "\uFF0C\u6216\u6362\u6210\u666E\u901A\u6587\u4EF6" : "\uFF0C\u6216\u6362\u6210\u666E\u901A\u76EE\u5F55"}\u3002`,
      `${enWhere}, not a plain file, and validation does not read it. The repository holds plain text files only: delete it${self ? " or replace it with a plain file" : " or replace it with a plain folder"}.`
    )
  );
}
function headerOf(file, profile, data) {
  return {
    file,
    profile,
    ...typeof data.type === "string" ? { type: data.type } : {},
    ...typeof data.unit === "string" ? { unit: data.unit } : {},
    ...typeof data.system === "string" ? { system: data.system } : {},
    ...Number.isInteger(data.sequence) ? { sequence: data.sequence } : {}
  };
}
function checkFile(parsed, profile, catalog, schema) {
  const { outcome, pending } = parsed;
  if (!pending) return outcome;
  const { place, data } = pending;
  const file = outcome.file;
  if (place.kind === "application") outcome.header = headerOf(file, profile, data);
  if (!catalog || !schema) throw new Error(`profile ${profile} \u6CA1\u6709\u670D\u52A1\u76EE\u5F55\u6216\u6CA1\u6709\u767B\u8BB0`);
  const schemaProblems = SchemaValidator.for(catalog, schema).validate(place.kind, file, data);
  outcome.problems.push(...schemaProblems);
  if (schemaProblems.length === 0) outcome.data = data;
  return outcome;
}

// scripts/core/profile.ts
var findProfile = (profiles, id) => profiles.find((p) => p.id === id);

// scripts/core/forms/common.ts
var line = (text2) => ({ text: text2 });
var cell = (...texts) => ({
  lines: texts.filter((t) => t !== void 0 && t !== "").map(line)
});
var cellOf = (lines) => ({ lines });
var label2 = (...texts) => ({ lines: texts.map(line), label: true });
var choice = (text2, checked) => ({ label: text2, checked });
var choicesLine = (choices, text2, after) => ({
  ...text2 !== void 0 ? { text: text2 } : {},
  choices,
  ...after !== void 0 ? { after } : {}
});
function formatDate(date) {
  if (!date) return "";
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  return `${m[1]}\u5E74${Number(m[2])}\u6708${Number(m[3])}\u65E5`;
}
function serviceOf(catalog, id) {
  return catalog.serviceById.get(id);
}
function serviceName(catalog, id) {
  return serviceOf(catalog, id)?.name ?? id;
}
function countUnit(catalog, serviceId) {
  const service = serviceOf(catalog, serviceId);
  if (service?.shape === "compute") return "\u53F0";
  for (const item of catalog.items) {
    if (item.service !== serviceId) continue;
    if (/\d|GB|TB|vCPU|连接/.test(item.unit) || item.unit === "\u6309\u9700\u7533\u8BF7") continue;
    return item.unit;
  }
  if (service?.id === "private-ip" || service?.id === "subnet") return "\u4E2A";
  return "";
}
var tierLabel = (catalog, tier) => catalog.profile.diskTiers.find((t) => t.id === tier)?.label ?? tier;
var diskText = (catalog, disk2) => `${disk2.sizeGB}GB\uFF08${tierLabel(catalog, disk2.tier)}\uFF09`;
var editionLabel = (service, edition) => service?.cache?.find((e) => e.id === edition)?.label ?? edition;
var eipNetwork = { public: "\u516C\u7F51IP", govnet: "\u653F\u52A1\u5916\u7F51IP" };
var carriers = { telecom: "\u7535\u4FE1", unicom: "\u8054\u901A", mobile: "\u79FB\u52A8" };
var sslUsage = { ops: "\u8FD0\u7EF4", business: "\u4E1A\u52A1" };
function configLines(catalog, serviceId, config, form, refName = (id) => id) {
  const service = serviceOf(catalog, serviceId);
  const out = [];
  const compute = () => {
    if (config.vcpu !== void 0) out.push(`vCPU\uFF1A${config.vcpu}\u6838`);
    if (config.memoryGB !== void 0) out.push(`\u5185\u5B58\uFF1A${config.memoryGB}GB`);
    if (config.gpus !== void 0) out.push(`\u52A0\u901F\u5361\uFF1A${config.gpus}\u5757`);
    if (config.systemDisk) out.push(`\u7CFB\u7EDF\u76D8\uFF1A${diskText(catalog, config.systemDisk)}`);
    if (config.dataDisks && config.dataDisks.length > 0)
      for (const d of config.dataDisks) out.push(`\u6570\u636E\u76D8\uFF1A${diskText(catalog, d)}`);
    else if (form === "new") out.push("\u6570\u636E\u76D8\uFF1A\u65E0");
  };
  switch (service?.shape) {
    case "compute":
      compute();
      break;
    case "capacity":
      if (config.capacityGB !== void 0)
        out.push(
          `\u5BB9\u91CF\uFF1A${config.capacityGB}GB${config.tier ? `\uFF08${tierLabel(catalog, config.tier)}\uFF09` : ""}`
        );
      if (config.attachTo !== void 0) out.push(`\u6302\u8F7D\u5230\uFF1A${refName(config.attachTo)}`);
      break;
    case "vcpu":
      if (config.vcpu !== void 0)
        out.push(form === "new" ? `${config.vcpu} vCPU` : `vCPU\uFF1A${config.vcpu}\u6838`);
      break;
    case "cache":
      if (config.edition !== void 0 || config.sizeGB !== void 0)
        out.push(
          [
            config.edition !== void 0 ? editionLabel(service, config.edition) : "",
            config.sizeGB !== void 0 ? `${config.sizeGB}GB` : ""
          ].filter(Boolean).join("\uFF0C")
        );
      break;
    case "package": {
      const pkg = service?.package;
      if (config.base !== void 0) out.push(`\u57FA\u7840\u5305\uFF1A${config.base}\u4E2A`);
      if (config.increments !== void 0 && (config.increments > 0 || form === "change"))
        out.push(`\u589E\u91CF\u5305\uFF1A${config.increments}\u4E2A`);
      if (pkg) {
        const value = config[pkg.measure.field];
        if (typeof value === "number") out.push(`${pkg.measure.label}\uFF1A${value}${pkg.measure.unit}`);
      }
      if (config.domains !== void 0) out.push(`\u4FDD\u62A4\u57DF\u540D\uFF1A${config.domains}\u4E2A`);
      break;
    }
    case "choice": {
      const c = service?.choice;
      if (c) {
        const value = config[c.field];
        if (typeof value === "number")
          out.push(service?.id === "bastion" ? `\u652F\u6301${value}\u8D44\u4EA7\u7BA1\u7406` : `${c.label}\uFF1A${value}${c.unit}`);
      }
      break;
    }
    case "connections":
      if (config.connections !== void 0)
        out.push(
          `SSL VPN\uFF08${config.connections}\u8FDE\u63A5${config.usage ? `\uFF0C${sslUsage[config.usage] ?? config.usage}` : ""}\uFF09`
        );
      break;
    default:
      break;
  }
  switch (serviceId) {
    case "eip":
      if (config.network !== void 0)
        out.push(
          `${eipNetwork[config.network] ?? config.network}${config.carrier ? `\uFF08${carriers[config.carrier] ?? config.carrier}\uFF09` : ""}`
        );
      if (config.bindTo !== void 0) out.push(`\u6620\u5C04\uFF1A${refName(config.bindTo)}`);
      break;
    case "private-ip":
      if (config.ips !== void 0) out.push(`\u7CFB\u7EDF\u5171\u8BA1\u9700\u8981${config.ips}\u4E2A\u653F\u52A1\u4E91\u79C1\u7F51IP`);
      break;
    case "subnet":
      if (config.ips !== void 0) out.push(`\u72EC\u7ACB\u5B50\u7F51\uFF1A\u7CFB\u7EDF\u5171\u9700\u8981${config.ips}\u4E2A\u653F\u52A1\u4E91\u79C1\u7F51IP`);
      break;
    case "vpc":
      if (config.name !== void 0) out.push(`\u72EC\u7ACBVPC\uFF1A${config.name}`);
      break;
    case "vulnerability-scan":
      if (config.timesPerMonth !== void 0) out.push(`\u6BCF\u6708${config.timesPerMonth}\u6B21`);
      break;
    default:
      if (service?.shape === "count" && config.name !== void 0) out.push(config.name);
  }
  if (form === "change" && config.quantity !== void 0 && service?.shape !== "compute")
    out.push(`\u6570\u91CF\uFF1A${config.quantity}${countUnit(catalog, serviceId)}`);
  return out;
}
function quantityText(catalog, serviceId, quantity) {
  return `${quantity ?? 1}${countUnit(catalog, serviceId)}`;
}
function ipsOf(resource) {
  if (!resource) return [];
  const out = [];
  for (const i of resource.instances) {
    if (i.ip) out.push(i.ip);
    if (i.floatingIp) out.push(i.floatingIp);
  }
  return out;
}
function stateResource(state, id) {
  return state.resources.get(id) ?? state.revoked.get(id)?.resource;
}
function environmentChoices(environment) {
  return [
    choice("\u56FD\u4EA7\u73AF\u5883\uFF08ARM\uFF09", environment === "arm"),
    choice("\u975E\u56FD\u4EA7\u73AF\u5883\uFF08X86)", environment === "x86")
  ];
}

// scripts/core/forms/authorization.ts
var authorizationTitle = "\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u6388\u6743\u59D4\u6258\u4E66";
var authorizationNotes = {
  title: "\u8BF4\u660E\uFF1A",
  items: [
    { text: "1.\u4EE3\u7406\u4EBA\u5E94\u4E3A\u8BE5\u5355\u4F4D\u7684\u5728\u5C97\u516C\u804C\u4EBA\u5458\uFF1B" },
    {
      text: "2.\u5982\u524D\u671F\u5DF2\u83B7\u5F97\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\u53EF\u81EA\u884C\u7533\u8BF7\u653F\u52A1\u4E91\u670D\u52A1\uFF0C\u672C\u59D4\u6258\u4E66\u76D6\u672C\u5355\u4F4D\u516C\u7AE0\uFF1B\u5982\u524D\u671F\u672A\u7ECF\u6388\u6743\uFF0C\u672C\u59D4\u6258\u4E66\u987B\u76D6\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0\uFF1B"
    },
    { text: "3.\u59D4\u6258\u4E66\u5185\u5BB9\u9700\u586B\u5199\u6E05\u695A\uFF0C\u6D82\u6539\u65E0\u6548\u3002" }
  ]
};
function authorizationForm(ctx, agent) {
  const { unit, supervisor } = ctx;
  const supervisorName = supervisor?.name ?? unit.supervisor ?? "";
  const blocks = [
    { kind: "text", style: "salutation", lines: [line("\u6DF1\u5733\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\uFF1A")] },
    {
      kind: "text",
      style: "body",
      lines: [
        line(
          `\u5179\u6388\u6743 ${agent.name} \u4E3A\u6211\u5355\u4F4D\u7684\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u4EE3\u7406\u4EBA\uFF0C\u4EE3\u8868\u6211\u5355\u4F4D\u5728\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u7EDF\u4E00\u7BA1\u7406\u5E73\u53F0\uFF08\u4E91\u7BA1\u5E73\u53F0\uFF09\u529E\u7406\u4E91\u670D\u52A1\u6709\u5173\u7533\u8BF7\u3002\u4EE3\u7406\u4EBA\u7684\u884C\u4E3A\u6548\u529B\u7B49\u540C\u4E8E\u6211\u5355\u4F4D\uFF0C\u7531\u4EE3\u7406\u4EBA\u884C\u4E3A\u5BFC\u81F4\u7684\u98CE\u9669\uFF0C\u6211\u5355\u4F4D\u5168\u6743\u8D1F\u8D23\u3002`
        ),
        line("\u5177\u4F53\u60C5\u51B5\u5982\u4E0B\uFF1A")
      ]
    },
    {
      kind: "grid",
      columns: 4,
      widths: [18, 34, 14, 34],
      rows: [
        [label2("\u5355\u4F4D\u540D\u79F0"), cell(unit.name)],
        [label2("\u4E3B\u7BA1\u5355\u4F4D"), cell(supervisorName)],
        [label2("\u4EE3\u7406\u4EBA\u59D3\u540D"), cell(agent.name), label2("\u804C\u4F4D"), cell(agent.position)],
        [label2("\u8BC1\u4EF6\u53F7\u7801"), cell(agent.idNumber), label2("\u8054\u7CFB\u7535\u8BDD"), cell(agent.phone)],
        [
          label2("\u6388\u6743\u8303\u56F4"),
          cellOf([choicesLine([choice("\u6388\u6743\u4EE3\u7406\u672C\u5355\u4F4D\u653F\u52A1\u4E91\u7533\u8BF7", agent.scope === "own")])]),
          {
            ...cellOf([
              choicesLine([
                choice("\u6388\u6743\u4EE3\u7406\u4E3B\u7BA1\u5355\u4F4D\u53CA\u672C\u5355\u4F4D\u7684\u653F\u52A1\u4E91\u7533\u8BF7", agent.scope === "supervisor-and-own")
              ])
            ]),
            span: 2
          }
        ],
        [label2("\u6709\u6548\u671F\u9650"), cell(`${formatDate(agent.validFrom)}\u81F3${formatDate(agent.validTo)}`)]
      ]
    }
  ];
  const hints = [];
  if (unit.supervisorAuthorized)
    hints.push(
      `\u524D\u671F\u5DF2\u83B7\u5F97\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\uFF1A${formatDate(unit.supervisorAuthorized.date)}\uFF0C${unit.supervisorAuthorized.document}`
    );
  if (agent.revokedOn)
    hints.push(`\u8BE5\u6388\u6743\u5DF2\u4E8E${formatDate(agent.revokedOn)}\u6CE8\u9500\uFF08\u7B2C17\u6761\uFF09\uFF0C\u672C\u59D4\u6258\u4E66\u4EC5\u4F9B\u5B58\u6863\u3002`);
  if (hints.length > 0) blocks.push({ kind: "text", style: "hint", lines: hints.map(line) });
  const stamp = agent.stampedBy === "supervisor" ? `${supervisorName}\uFF08\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0\uFF09` : `${unit.name}\uFF08\u672C\u5355\u4F4D\u516C\u7AE0\uFF09`;
  return {
    name: "\u6388\u6743\u59D4\u6258\u4E66",
    variant: agent.github,
    annex: "\u9644\u4EF63",
    title: authorizationTitle,
    blocks,
    notes: authorizationNotes,
    signature: {
      lines: [
        { label: "\u5355\u4F4D/\u4E3B\u7BA1\u5355\u4F4D\u76D6\u7AE0\uFF1A", value: stamp },
        { label: "\u65E5 \u671F\uFF1A", value: "" }
      ]
    }
  };
}
function authorizationForms(ctx, github) {
  return ctx.unit.agents.filter((a) => github === void 0 || a.github === github).map((a) => authorizationForm(ctx, a));
}

// scripts/core/calendar/workdays.ts
import yaml3 from "js-yaml";

// scripts/core/calendar/statutory.ts
import chineseDays from "chinese-days";

// scripts/core/calendar/workdays.ts
var DAY = 864e5;
var isoPattern = /^\d{4}-\d{2}-\d{2}$/;
function toDay(date) {
  if (!isoPattern.test(date)) throw new RangeError(`\u65E5\u671F\u683C\u5F0F\u5E94\u4E3A YYYY-MM-DD\uFF1A${date}`);
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date)
    throw new RangeError(`\u4E0D\u5B58\u5728\u7684\u65E5\u671F\uFF1A${date}`);
  return t / DAY;
}
var fromDay = (day) => new Date(day * DAY).toISOString().slice(0, 10);
var addDays = (date, n) => fromDay(toDay(date) + n);
function addMonths(date, months) {
  const [y, m, d] = date.split("-").map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total % 12 + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(Math.min(d, last)).padStart(2, "0")}`;
}

// scripts/core/forms/application.ts
var applicationTitle = "\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u8868";
var applicationNotes = {
  title: "\u6CE8\uFF1A",
  items: [
    { text: "1. \u6807\u201C\uFE61\u201D\u7684\u4E3A\u5FC5\u586B\u9009\u9879\uFF0C\u8BF7\u6839\u636E\u8981\u6C42\u586B\u5199\u3002" },
    {
      text: "2. \u6B64\u7533\u8BF7\u8868\u4EC5\u4F9B1\u5957\u4FE1\u606F\u7CFB\u7EDF\u586B\u5199\uFF0C\u82E5\u6709\u591A\u5957\u4FE1\u606F\u7CFB\u7EDF\uFF0C\u8BF7\u5206\u5F00\u586B\u5199\u3002\u65B0\u589E\u548C\u53D8\u66F4\u7533\u8BF7\u9700\u8981\u63D0\u4EA4\u300A\u4E91\u670D\u52A1\u6D4B\u7B97\u62A5\u544A\u300B\u3002\u4E91\u670D\u52A1\u540D\u79F0\u548C\u7C7B\u578B\u8BF7\u6309\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u76EE\u5F55\u300B\u586B\u5199\u3002"
    },
    {
      text: "3. \u4E91\u4E3B\u673A\u7684vCPU\u6838\u6570\u987B\u4EE52\u7684\u500D\u6570\u586B\u5199\uFF0C\u6700\u5C0F\u4E3A2\u6838\uFF1B\u5185\u5B58\u987B\u4EE54\u7684\u500D\u6570\u586B\u5199\uFF0C\u6700\u5C0F\u4E3A4GB\u3002\u6570\u636E\u76D8\u3001\u5BF9\u8C61\u5B58\u50A8\u3001\u6587\u4EF6\u5B58\u50A8\u548C\u5907\u4EFD\u670D\u52A1\u7684\u5BB9\u91CF\u987B\u4EE5100GB\u7684\u500D\u6570\u586B\u5199\uFF0C\u4E0D\u8DB3100GB\u7684\u90E8\u5206\u5411\u4E0A\u53D6\u6574\u3002"
    },
    { text: "4. \u7533\u8BF7\u5355\u4F4D\u83B7\u5206\u914D\u7684\u8D44\u6E90\u9996\u6B21\u767B\u9646\u540E\u5E94\u53CA\u65F6\u4FEE\u6539\u5BC6\u7801\uFF0C\u505A\u597D\u7CFB\u7EDF\u3001\u6570\u636E\u5B89\u5168\u7BA1\u7406\u3002" },
    {
      text: "5. \u7CFB\u7EDF\u8D1F\u8D23\u4EBA\u987B\u4E3A\u4E91\u670D\u52A1\u4F7F\u7528\u5355\u4F4D\u7684\u5728\u5C97\u516C\u804C\u4EBA\u5458\u3002\u6280\u672F\u8D1F\u8D23\u4EBA\u987B\u4E3A\u8D1F\u8D23\u8BE5\u7CFB\u7EDF\u7684\u7684\u6280\u672F\u4EBA\u5458\u3002\u672C\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D773\u4E2A\u6708\u5185\u6709\u6548\uFF0C\u5982\u56E0\u7533\u8BF7\u5355\u4F4D\u539F\u56E0\u672A\u80FD\u53CA\u65F6\u5B8C\u6210\u76F8\u5173\u4E1A\u52A1\u7684\u529E\u7406\uFF0C\u7EE7\u7EED\u529E\u7406\u987B\u91CD\u65B0\u63D0\u4EA4\u7533\u8BF7\u3002"
    },
    { text: "6. \u6D89\u53CA\u6570\u636E\u76F8\u5173\u7684\u64A4\u9500\u7533\u8BF7\u987B\u660E\u786E\u6570\u636E\u662F\u5426\u5DF2\u5907\u4EFD\u6216\u65E0\u9700\u5907\u4EFD\u3002" },
    { text: "7. \u5176\u4ED6\u60C5\u51B5\u8BF7\u5728\u5907\u6CE8\u4E2D\u5199\u660E\u3002" }
  ]
};
var sectionTitles = {
  new: "\u4E00\u3001\u65B0\u589E\u7533\u8BF7\uFF08\u65B0\u589E\u7533\u8BF7\u65F6\u586B\u5199\u3001\u4E0D\u6D89\u53CA\u65F6\u5220\u9664\uFF09",
  test: "\u4E8C\u3001\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\uFF08\u65B0\u589E\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u65F6\u586B\u5199\u3001\u4E0D\u6D89\u53CA\u65F6\u5220\u9664\uFF09",
  change: "\u4E09\u3001\u53D8\u66F4\u7533\u8BF7\uFF08\u53D8\u66F4\u73B0\u6709\u8D44\u6E90\u7533\u8BF7\u65F6\u586B\u5199\u3001\u4E0D\u6D89\u53CA\u65F6\u5220\u9664\uFF09",
  revoke: "\u56DB\u3001\u64A4\u9500\u7533\u8BF7\uFF08\u64A4\u9500\u73B0\u6709\u8D44\u6E90\u7533\u8BF7\u8BF7\u586B\u5199\u3001\u4E0D\u6D89\u53CA\u65F6\u5220\u9664\uFF09"
};
var demandTitle = "\u4E91\u670D\u52A1\u9700\u6C42\uFF08\u6839\u636E\u9644\u4EF61\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u76EE\u5F55\u300B\u6309\u9700\u586B\u5199\uFF09";
var testDemandTitle = "\u4E91\u670D\u52A1\u6D4B\u8BD5\u8D44\u6E90\u9700\u6C42\uFF08\u6839\u636E\u9644\u4EF61\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u76EE\u5F55\u300B\u6309\u9700\u586B\u5199\uFF09";
function header(ctx) {
  const { application: app, unit, system } = ctx;
  return {
    kind: "grid",
    columns: 6,
    widths: [17, 10, 8, 34, 8, 23],
    rows: [
      [label2("\u5355\u4F4D\u540D\u79F0\uFE61"), cell(app.unit)],
      [
        label2("\u7CFB\u7EDF\u8D1F\u8D23\u4EBA\uFE61"),
        cell(system.owner.name),
        label2("\u90AE\u7BB1\uFE61"),
        cell(system.owner.email),
        label2("\u624B\u673A\uFE61"),
        cell(system.owner.mobile)
      ],
      [
        label2("\u6280\u672F\u8D1F\u8D23\u4EBA\uFE61"),
        cell(system.technicalContact.name),
        label2("\u90AE\u7BB1\uFE61"),
        cell(system.technicalContact.email),
        label2("\u624B\u673A\uFE61"),
        cell(system.technicalContact.mobile)
      ],
      [label2("\u5355\u4F4D\u5730\u5740\uFE61"), cell(unit.address)],
      [label2("\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0\uFE61"), cell(app.system)]
    ]
  };
}
function category(ctx, serviceId) {
  if (serviceId === "ecs" || serviceId === "bms" || serviceId === "ai-compute") return "compute";
  switch (serviceOf(ctx.catalog, serviceId)?.level1) {
    case "PaaS":
      return "paas";
    case "\u707E\u5907":
      return "dr";
    case "\u5B89\u5168":
      return "security";
    default:
      return "iaas";
  }
}
var printedRemarks = {
  "vulnerability-scan": "\u6BCF\u6708\u6700\u591A\u7533\u8BF7\u4E24\u6B21",
  "db-audit": "\u652F\u63012\u6570\u636E\u5E93\u5B9E\u4F8B",
  cce: "\u8BA1\u7B97\u8282\u70B9\u987B\u5355\u72EC\u7533\u8BF7",
  "cce-node": "\u987B\u4E0E\u5BB9\u5668\u7BA1\u7406\u642D\u914D\u4F7F\u7528",
  "private-ip": "\u5305\u542B\u5B89\u5168\u670D\u52A1\u3001\u865A\u62DFIP",
  subnet: "\u5305\u542B\u5B89\u5168\u670D\u52A1\u3001\u865A\u62DFIP",
  vpc: "\u8003\u8651\u73AF\u5883\u9694\u79BB\u3001\u4E91\u4E13\u7EBF\u63A5\u5165"
};
var packageRows = {
  "log-audit": { base: ["\u57FA\u7840\u5305", "\uFF0850\u4E2A\u65E5\u5FD7\u6E90\uFF09"], increment: ["\u589E\u91CF\u5305", "\uFF0850\u4E2A\u65E5\u5FD7\u6E90\uFF09"] },
  waf: {
    base: ["\u57FA\u7840\u5305\uFF08\u5355\u5B9E\u4F8B\u4FDD\u62A42\u4E2A\u57DF\u540D\uFF0C\u9632\u62A4\u5E26\u5BBD25Mpbs\uFF09"],
    increment: ["\u589E\u91CF\u5305\uFF08\u5355\u4E2A\u589E\u91CF\u5305\u589E\u52A0\u4FDD\u62A42\u4E2A\u57DF\u540D\uFF0C\u589E\u52A0\u9632\u62A4\u5E26\u5BBD25Mpbs\uFF09"]
  }
};
var consultationText = (r) => r.consultation ? `\u5DF2\u4E8E${formatDate(r.consultation.date)}\u4E0E\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u6C9F\u901A${r.consultation.contact ? `\uFF08${r.consultation.contact}\uFF09` : ""}\uFF1A${r.consultation.summary}` : void 0;
var refNameIn = (resources) => (id) => {
  const r = resources.find((x) => x.id === id);
  return r?.purpose ? `${r.purpose}\uFF08${id}\uFF09` : id;
};
function resourceRows(ctx, resources, opts, all = resources) {
  const rows = [];
  const refName = refNameIn(all);
  for (const r of resources) {
    const name = serviceName(ctx.catalog, r.service);
    const remarks = (printed) => [
      ...opts.purposeColumn || !r.purpose ? [] : [`\u7528\u9014\uFF1A${r.purpose}`],
      printed,
      consultationText(r),
      r.remark
    ];
    const pkg = packageRows[r.service];
    if (pkg && ((r.base ?? 0) > 0 || (r.increments ?? 0) > 0)) {
      const measure = configLines(
        ctx.catalog,
        r.service,
        { ...r, base: void 0, increments: void 0 },
        "new"
      );
      const parts = [];
      if ((r.base ?? 0) > 0) parts.push([[...pkg.base, ...measure], r.base, "\u7B2C\u4E00\u6B21\u9ED8\u8BA4\u7533\u8BF7"]);
      if ((r.increments ?? 0) > 0)
        parts.push([pkg.increment, r.increments, "\u57FA\u7840\u5305\u4E0D\u8DB3\u65F6\u53EF\u6309\u9700\u53E0\u52A0\u589E\u91CF\u5305"]);
      for (const [config2, count, printed] of parts) {
        rows.push([
          cell(String(rows.length + 1)),
          cell(name),
          cell(...config2),
          ...opts.purposeColumn ? [cell(r.purpose)] : [],
          ...opts.quantityColumn ? [cell(quantityText(ctx.catalog, r.service, count))] : [],
          cell(...remarks(printed))
        ]);
      }
      continue;
    }
    const quantity = r.service === "vulnerability-scan" ? `${r.timesPerMonth ?? r.quantity ?? 1}\u6B21` : quantityText(ctx.catalog, r.service, r.quantity);
    const config = configLines(ctx.catalog, r.service, r, "new", refName).filter(
      (l) => !(r.service === "vulnerability-scan" && l.startsWith("\u6BCF\u6708"))
    );
    rows.push([
      cell(String(rows.length + 1)),
      cell(name),
      cell(...config),
      ...opts.purposeColumn ? [cell(r.purpose)] : [],
      ...opts.quantityColumn ? [cell(quantity)] : [],
      cell(...remarks(printedRemarks[r.service]))
    ]);
  }
  return rows;
}
var tables = [
  {
    category: "compute",
    title: "\uFF08\u4E00\uFF09IaaS\u4E91\u4E3B\u673A/\u88F8\u91D1\u5C5E/GPU\u4E3B\u673A",
    columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u914D\u7F6E\uFE61", "\u7528\u9014\uFE61", "\u6570\u91CF\uFE61", "\u5907\u6CE8"],
    widths: [9, 12, 30, 21, 9, 19],
    opts: { purposeColumn: true, quantityColumn: true }
  },
  {
    category: "iaas",
    title: "\uFF08\u4E8C\uFF09IaaS\u5BF9\u8C61\u5B58\u50A8/\u6587\u4EF6\u5B58\u50A8/\u7F51\u7EDC",
    columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u914D\u7F6E\uFE61", "\u6570\u91CF\uFE61", "\u5907\u6CE8"],
    widths: [9, 15, 36, 10, 30],
    opts: { purposeColumn: false, quantityColumn: true }
  },
  {
    category: "paas",
    title: "\uFF08\u4E09\uFF09PaaS\u670D\u52A1",
    columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u914D\u7F6E\uFE61", "\u6570\u91CF", "\u5907\u6CE8"],
    widths: [9, 15, 36, 10, 30],
    opts: { purposeColumn: false, quantityColumn: true }
  },
  {
    category: "dr",
    title: "\uFF08\u516D\uFF09\u707E\u5907\u670D\u52A1",
    columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u914D\u7F6E\uFE61", "\u5907\u6CE8"],
    widths: [9, 15, 38, 38],
    opts: { purposeColumn: false, quantityColumn: false }
  },
  {
    category: "security",
    title: "\uFF08\u4E03\uFF09\u5B89\u5168\u670D\u52A1",
    columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u914D\u7F6E\uFE61", "\u6570\u91CF\u6216\u6B21\u6570\uFE61", "\u5907\u6CE8"],
    widths: [9, 15, 33, 14, 29],
    opts: { purposeColumn: false, quantityColumn: true }
  }
];
function demandBlocks(ctx, resources) {
  const blocks = [];
  for (const t of tables) {
    const mine = resources.filter((r) => category(ctx, r.service) === t.category);
    if (mine.length === 0) continue;
    blocks.push(
      { kind: "band", level: 4, title: t.title },
      {
        kind: "table",
        columns: t.columns,
        widths: t.widths,
        rows: resourceRows(ctx, mine, t.opts, resources)
      }
    );
  }
  return blocks;
}
function newSection(ctx, app) {
  const forTest = app.new.forDeploymentAndAssessment;
  const sa = app.new.securityAssessment;
  const grading = ["\u4F18", "\u826F", "\u4E2D"].map((c) => choice(c, sa?.kind === "grading" && sa.conclusion === c));
  const special2 = [choice("\u65E0\u4E2D\u9AD8\u98CE\u9669", sa?.kind === "special" && sa.conclusion === "\u65E0\u4E2D\u9AD8\u98CE\u9669")];
  const report = [sa?.reportNo ? `\u62A5\u544A\u7F16\u53F7\uFF1A${sa.reportNo}` : "", sa?.issuer ? `\u51FA\u5177\u5355\u4F4D\uFF1A${sa.issuer}` : ""].filter(Boolean).join("\uFF0C");
  return [
    { kind: "band", level: 2, title: sectionTitles.new },
    {
      kind: "grid",
      columns: 3,
      widths: [26, 37, 37],
      rows: [
        [
          label2("\u4E91\u73AF\u5883\uFE61", "\uFF08\u4E8C\u9009\u4E00\uFF09"),
          ...environmentChoices(ctx.system.environment).map((c) => cellOf([choicesLine([c])]))
        ],
        [
          label2("\u662F\u5426\u7528\u4E8E\u90E8\u7F72\u4E0E\u6D4B\u8BC4\uFE61", "\uFF08\u4E8C\u9009\u4E00\uFF09"),
          cellOf([
            choicesLine([choice("\u5426\uFF08\u52FE\u9009\u6B64\u9879\u8BF7\u63D0\u4F9B\u5B89\u5168\u62A5\u544A\uFF09", !forTest)]),
            choicesLine([choice("\u662F\uFF08\u4EC5\u9650\u653F\u52A1\u5916\u7F51\u5185\u70B9\u5BF9\u70B9\u90E8\u7F72\u6D4B\u8BD5\u548C\u5B89\u5168\u6D4B\u8BC4\uFF09", forTest)])
          ])
        ],
        [
          label2("\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u7ED3\u8BBA\u6216\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\u7ED3\u679C"),
          cellOf([
            choicesLine(grading, "\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u7ED3\u8BBA\uFF1A"),
            choicesLine(special2, "\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\u7ED3\u679C\uFF1A"),
            ...report ? [line(report)] : []
          ])
        ],
        [label2("\u9884\u8BA1\u4E0A\u7EBF\u65F6\u95F4\uFE61"), cell(formatDate(app.new.expectedLaunch))]
      ]
    },
    { kind: "band", level: 3, title: demandTitle },
    ...demandBlocks(ctx, app.resources)
  ];
}
function testHeader(environment, expectedLaunch) {
  return {
    kind: "grid",
    columns: 3,
    widths: [26, 37, 37],
    rows: [
      [
        label2("\u4E91\u73AF\u5883\uFE61", "\uFF08\u4E8C\u9009\u4E00\uFF09"),
        ...environmentChoices(environment).map((c) => cellOf([choicesLine([c])]))
      ],
      [label2("\u7F51\u7EDC\u533A\u57DF"), cell("\u653F\u52A1\u5916\u7F51\u533A")],
      [label2("\u90E8\u7F72\u4E0E\u6D4B\u8BC4"), cell("\u4EC5\u9650\u653F\u52A1\u5916\u7F51\u5185\u70B9\u5BF9\u70B9\u90E8\u7F72\u6D4B\u8BD5\u548C\u5B89\u5168\u6D4B\u8BC4")],
      ...expectedLaunch !== void 0 ? [[label2("\u9884\u8BA1\u4E0A\u7EBF\u65F6\u95F4\uFE61"), cell(formatDate(expectedLaunch))]] : []
    ]
  };
}
function testSection(ctx, app) {
  const period = app.test.period;
  const months = [1, 2, 3].map((m) => choice(`${m}\u4E2A\u6708`, "months" in period && period.months === m));
  const weeks = [1, 2, 3, 4].map((w) => choice(`${w}\u5468`, "weeks" in period && period.weeks === w));
  return [
    { kind: "band", level: 2, title: sectionTitles.test },
    testHeader(app.test.environment ?? ctx.system.environment, app.test.expectedLaunch),
    { kind: "band", level: 3, title: demandTitle },
    {
      kind: "grid",
      columns: 3,
      widths: [26, 37, 37],
      rows: [[label2("\u6D4B\u8BD5\u8D44\u6E90\u4F7F\u7528\u671F\u9650\uFE61"), cellOf([choicesLine(months), choicesLine(weeks)])]]
    },
    { kind: "band", level: 3, title: testDemandTitle },
    { kind: "band", level: 4, title: "\u65B0\u589E\u6D4B\u8BD5\u8D44\u6E90" },
    {
      kind: "table",
      columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u914D\u7F6E\uFE61", "\u7528\u9014\uFE61", "\u6570\u91CF\uFE61", "\u5907\u6CE8"],
      widths: [9, 12, 30, 21, 9, 19],
      rows: resourceRows(ctx, app.resources, { purposeColumn: true, quantityColumn: true })
    }
  ];
}
function renewalSection(ctx, app) {
  const rows = app.renewals.map((rn, i) => {
    const r = stateResource(ctx.before, rn.resource);
    const ips = rn.ip ? [rn.ip] : ipsOf(r);
    const expires = r?.test?.expiresOn;
    return [
      cell(String(i + 1)),
      cell(...ips),
      cellOf([choicesLine([1, 2, 3].map((m) => choice(`${m}\u4E2A\u6708`, rn.months === m)))]),
      cell(
        r ? `${serviceName(ctx.catalog, r.service)}${r.purpose ? `\uFF1A${r.purpose}` : ""}` : rn.resource,
        expires ? `\u539F\u5230\u671F\u65E5\uFF1A${formatDate(expires)}\uFF0C\u7EED\u671F\u540E\u81F3${formatDate(addMonths(expires, rn.months))}` : "",
        rn.remark
      )
    ];
  });
  return [
    { kind: "band", level: 2, title: sectionTitles.test },
    testHeader(ctx.system.environment),
    { kind: "band", level: 3, title: testDemandTitle },
    { kind: "band", level: 4, title: "\u7EED\u671F\u6D4B\u8BD5\u8D44\u6E90" },
    { kind: "table", columns: ["\u7F16\u53F7\uFE61", "IP\uFE61", "\u7EED\u671F\u65F6\u9650", "\u5907\u6CE8"], widths: [9, 25, 26, 40], rows }
  ];
}
var changeTables = [
  { category: "compute", title: "\uFF08\u4E00\uFF09IaaS\u4E91\u4E3B\u673A/\u88F8\u91D1\u5C5E", second: "IP\uFE61" },
  { category: "iaas", title: "\uFF08\u4E8C\uFF09IaaS\u5BF9\u8C61\u5B58\u50A8/\u6587\u4EF6\u5B58\u50A8", second: "\u7C7B\u578B\uFE61" },
  { category: "paas", title: "\uFF08\u4E09\uFF09PaaS\u670D\u52A1", second: "\u7C7B\u578B\uFE61" },
  { category: "dr", title: "\uFF08\u56DB\uFF09\u707E\u5907\u670D\u52A1", second: "\u7C7B\u578B\uFE61" },
  { category: "security", title: "\uFF08\u4E94\uFF09\u5B89\u5168\u670D\u52A1", second: "\u7C7B\u578B\uFE61" }
];
function shutdownBlocks(shutdown, article) {
  if (!shutdown) return [];
  return [
    { kind: "band", level: 3, title: `\u5173\u673A\u5B89\u6392\uFF08${article}\uFF09` },
    {
      kind: "grid",
      columns: 2,
      widths: [26, 74],
      rows: [
        [
          label2("\u662F\u5426\u9700\u8981\u5173\u673A\u64CD\u4F5C"),
          cellOf([choicesLine([choice("\u662F", shutdown.required), choice("\u5426", !shutdown.required)])])
        ],
        ...shutdown.date ? [[label2("\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u7684\u5173\u673A\u65F6\u95F4"), cell(formatDate(shutdown.date))]] : [],
        ...shutdown.noticeDate ? [[label2("\u5173\u673A\u516C\u544A\u65E5\u671F"), cell(formatDate(shutdown.noticeDate))]] : []
      ]
    }
  ];
}
function changeSection(ctx, app) {
  const blocks = [{ kind: "band", level: 2, title: sectionTitles.change }];
  for (const t of changeTables) {
    const rows = [];
    for (const c of app.changes) {
      const r = stateResource(ctx.before, c.resource);
      const service = r?.service ?? "";
      if (category(ctx, service) !== t.category) continue;
      const type = r ? serviceName(ctx.catalog, service) : c.resource;
      const ips = c.ip ? [c.ip] : ipsOf(r);
      rows.push([
        cell(String(rows.length + 1)),
        t.category === "compute" ? cell(type, ...ips) : cell(type),
        cell(...configLines(ctx.catalog, service, c.before, "change")),
        cell(...configLines(ctx.catalog, service, c.after, "change")),
        cell(r?.purpose ? `\u7528\u9014\uFF1A${r.purpose}` : "", c.remark)
      ]);
    }
    if (rows.length === 0) continue;
    blocks.push(
      { kind: "band", level: 3, title: t.title },
      {
        kind: "table",
        columns: ["\u7F16\u53F7\uFE61", t.second, "\u53D8\u66F4\u524D\u914D\u7F6E\uFE61", "\u53D8\u66F4\u540E\u914D\u7F6E\uFE61", "\u5907\u6CE8"],
        widths: [9, 17, 26, 26, 22],
        rows
      }
    );
  }
  blocks.push(...shutdownBlocks(app.shutdown, "\u7B2C30\u6761(1)"));
  return blocks;
}
var backupText = {
  "backed-up": "\u6570\u636E\u5DF2\u5907\u4EFD",
  "not-needed": "\u6570\u636E\u65E0\u9700\u5907\u4EFD",
  "no-data": "\u4E0D\u6D89\u53CA\u6570\u636E"
};
function revokeSection(ctx, app) {
  const rows = app.revocations.map((rv, i) => {
    const r = stateResource(ctx.before, rv.resource);
    const service = r?.service ?? "";
    let info;
    if (rv.info !== void 0) info = [rv.info];
    else {
      const ips = rv.ip ? [`IP\uFF1A${rv.ip}`] : (r?.instances ?? []).filter((x) => x.ip || x.floatingIp).map(
        (x) => `IP\uFF1A${[x.ip, x.floatingIp].filter(Boolean).join("\u3001")}${x.hostname ? `\uFF08${x.hostname}\uFF09` : ""}`
      );
      info = [...ips, ...r ? configLines(ctx.catalog, service, r.config, "change") : []];
    }
    return [
      cell(String(i + 1)),
      cell(r ? serviceName(ctx.catalog, service) : rv.resource),
      cell(r?.purpose ? `\u7528\u9014\uFF1A${r.purpose}` : "", ...info),
      cell(
        `${backupText[rv.dataBackup] ?? rv.dataBackup}\uFF08\u6CE86\uFF09`,
        rv.keep && rv.keep.length > 0 ? `\u4FDD\u7559\uFF1A${rv.keep.join("\u3001")}` : "",
        rv.remark
      )
    ];
  });
  const extra = [];
  if (app.revoke?.systemOffline)
    extra.push([label2("\u7CFB\u7EDF\u4E0B\u7EBF\u65E5\u671F"), cell(formatDate(app.revoke.systemOffline))]);
  if (app.revoke?.wholeSystem !== void 0)
    extra.push([
      label2("\u6574\u4E2A\u7CFB\u7EDF\u64A4\u9500"),
      cellOf([choicesLine([choice("\u662F", app.revoke.wholeSystem), choice("\u5426", !app.revoke.wholeSystem)])])
    ]);
  return [
    { kind: "band", level: 2, title: sectionTitles.revoke },
    {
      kind: "table",
      columns: ["\u7F16\u53F7\uFE61", "\u7C7B\u578B\uFE61", "\u670D\u52A1\u4FE1\u606F\uFE61", "\u5907\u6CE8"],
      widths: [9, 14, 45, 32],
      rows
    },
    ...extra.length > 0 ? [{ kind: "grid", columns: 2, widths: [26, 74], rows: extra }] : [],
    ...shutdownBlocks(app.shutdown, "\u7B2C36\u6761")
  ];
}
var variants = {
  new: "\u65B0\u589E",
  test: "\u6D4B\u8BD5\u8D44\u6E90",
  "test-renewal": "\u7EED\u671F",
  change: "\u53D8\u66F4",
  revoke: "\u64A4\u9500"
};
function applicationForm(ctx) {
  const app = ctx.application;
  let section;
  switch (app.type) {
    case "new":
      section = newSection(ctx, app);
      break;
    case "test":
      section = testSection(ctx, app);
      break;
    case "test-renewal":
      section = renewalSection(ctx, app);
      break;
    case "change":
      section = changeSection(ctx, app);
      break;
    case "revoke":
      section = revokeSection(ctx, app);
      break;
    default:
      return void 0;
  }
  const tail = [];
  if (app.remark)
    tail.push({ kind: "grid", columns: 2, widths: [26, 74], rows: [[label2("\u5907\u6CE8"), cell(app.remark)]] });
  if (app.attachments && app.attachments.length > 0)
    tail.push({
      kind: "text",
      style: "body",
      lines: [line("\u9644\u4EF6\uFF1A"), ...app.attachments.map((a) => line(a))]
    });
  return {
    name: "\u7533\u8BF7\u8868",
    variant: variants[app.type],
    annex: "\u9644\u4EF65",
    title: applicationTitle,
    blocks: [header(ctx), ...section, ...tail],
    notes: applicationNotes,
    signature: {
      lines: [
        { label: "\u7533\u8BF7\u5355\u4F4D(\u76D6\u7AE0)\uFF1A", value: app.unit },
        { label: "\u65E5    \u671F\uFF1A", value: formatDate(app.date) }
      ]
    }
  };
}

// scripts/core/forms/estimate.ts
var estimateTitle = "\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u6D4B\u7B97\u62A5\u544A";
var changeEstimateTitle = "\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A";
var h2 = (title) => ({ kind: "heading", level: 2, title });
var h3 = (title) => ({ kind: "heading", level: 3, title });
var para = (...texts) => ({
  kind: "text",
  style: "body",
  lines: texts.filter((t) => t !== void 0 && t !== "").map(line)
});
var paraLines = (lines) => ({ kind: "text", style: "body", lines });
var notInvolved = "\u4E0D\u6D89\u53CA\u3002";
var backupTypes = {
  full: "\u5168\u91CF",
  incremental: "\u589E\u91CF",
  differential: "\u5DEE\u5F02",
  "full+incremental": "\u5168\u91CF+\u589E\u91CF"
};
function resourceTitle(ctx, resources, id) {
  const r = resources.find((x) => x.id === id);
  if (!r) return id;
  const name = serviceName(ctx.catalog, r.service);
  return serviceOf(ctx.catalog, r.service)?.shape === "compute" ? r.purpose ?? name : name;
}
function architectureLines(a) {
  return [a.summary, ...(a.diagrams ?? []).map((d) => `\u9644\u56FE\uFF1A${d}`)];
}
function securityResources(ctx, resources) {
  const mine = resources.filter((r) => serviceOf(ctx.catalog, r.service)?.level1 === "\u5B89\u5168");
  if (mine.length === 0) return void 0;
  return {
    kind: "table",
    columns: ["\u7F16\u53F7", "\u5B89\u5168\u670D\u52A1", "\u914D\u7F6E", "\u6570\u91CF"],
    widths: [8, 24, 48, 20],
    rows: mine.map((r, i) => [
      cell(String(i + 1)),
      cell(serviceName(ctx.catalog, r.service)),
      cell(...configLines(ctx.catalog, r.service, r, "new")),
      cell(
        r.service === "vulnerability-scan" ? `${r.timesPerMonth ?? r.quantity ?? 1}\u6B21` : quantityText(ctx.catalog, r.service, r.quantity ?? (r.base !== void 0 ? r.base : void 0))
      )
    ])
  };
}
function newEstimate(ctx, app) {
  const e = app.estimate;
  const blocks = [
    h2("1\u3001\u7CFB\u7EDF\u6982\u8FF0"),
    h3("\uFF081\uFF09\u7CFB\u7EDF\u540D\u79F0"),
    para(app.system),
    h3("\uFF082\uFF09\u7CFB\u7EDF\u63CF\u8FF0"),
    para(e.description),
    h3("\uFF083\uFF09\u7CFB\u7EDF\u67B6\u6784\u56FE"),
    para(...architectureLines(e.architecture)),
    h3("\uFF084\uFF09\u7CFB\u7EDF\u7528\u6237"),
    para(
      `\u7528\u6237\u7FA4\u4F53\uFF1A${e.users.groups}`,
      `\u9884\u4F30\u6700\u5927\u7528\u6237\u91CF\uFF1A${e.users.maxUsers}\u4EBA`,
      `\u9884\u4F30\u6700\u5927\u5E76\u53D1\u91CF\uFF1A${e.users.maxConcurrent}`
    ),
    h2("2\u3001IaaS\u3001PaaS\u9700\u6C42\u8BF4\u660E"),
    paraLines([
      choicesLine(
        [choice("\u7CFB\u7EDF\u6D4B\u8BD5", e.method === "load-test"), choice("\u540C\u7C7B\u578B\u7CFB\u7EDF\u7C7B\u6BD4", e.method === "analogy")],
        "\u6D4B\u7B97\u65B9\u5F0F\uFF1A"
      )
    ])
  ];
  if (e.method === "load-test" && e.loadTest) {
    const lt = e.loadTest;
    const server = (name) => lt.servers.find((s) => s.name === name);
    blocks.push(
      h3("\uFF081\uFF09\u6D4B\u8BD5\u73AF\u5883"),
      {
        kind: "table",
        columns: ["\u7F16\u53F7", "\u7C7B\u578B", "\u914D\u7F6E", "\u6570\u91CF", "\u7528\u9014"],
        widths: [8, 20, 32, 10, 30],
        rows: lt.servers.map((s, i) => [
          cell(String(i + 1)),
          cell(s.name),
          cell(
            `CPU\uFF1A${s.vcpu}\u6838`,
            `\u5185\u5B58\uFF1A${s.memoryGB}GB`,
            s.systemDisk ? `\u7CFB\u7EDF\u76D8\uFF1A${diskText(ctx.catalog, s.systemDisk)}` : "",
            ...(s.dataDisks ?? []).map((d) => `\u6570\u636E\u76D8\uFF1A${diskText(ctx.catalog, d)}`)
          ),
          cell(`${s.quantity}\u53F0`),
          cell(s.purpose, s.environment ? `\u8FD0\u884C\u73AF\u5883\uFF1A${s.environment}` : "")
        ])
      },
      h3("\uFF082\uFF09\u6D4B\u8BD5\u573A\u666F\u53CA\u7ED3\u679C"),
      {
        kind: "table",
        columns: ["\u7F16\u53F7", "\u7C7B\u578B", "\u914D\u7F6E", "\u8D44\u6E90\u5229\u7528\u7387\u60C5\u51B5"],
        widths: [8, 20, 22, 50],
        rows: lt.scenarios.map((sc, i) => {
          const s = server(sc.server);
          return [
            cell(String(i + 1)),
            cell(sc.server),
            s ? cell(`CPU\uFF1A${s.vcpu}\u6838`, `\u5185\u5B58\uFF1A${s.memoryGB}GB`) : cell(),
            cell(
              `\u6D4B\u8BD5\u573A\u666F\uFF1A${sc.name}`,
              `\u9884\u8BBE\u5E76\u53D1\u91CF\uFF1A${sc.concurrency}`,
              `\u9884\u8BBE\u7ED3\u679C\uFF1A${sc.expected}`,
              `CPU\u5229\u7528\u7387\uFF1A${sc.cpuPercent}%`,
              `\u5185\u5B58\u5229\u7528\u7387\uFF1A${sc.memoryPercent}%`,
              sc.result ? `\u8FD0\u884C\u60C5\u51B5\uFF1A${sc.result}` : "",
              ...(sc.evidence ?? []).map((p) => `\u622A\u56FE\uFF1A${p}`)
            )
          ];
        })
      },
      h3("\uFF083\uFF09\u6D4B\u8BD5\u7ED3\u8BBA"),
      para(lt.conclusion)
    );
  } else if (e.analogy) {
    blocks.push(
      para(`\u7C7B\u6BD4\u7684\u540C\u7C7B\u578B\u7CFB\u7EDF\uFF1A${e.analogy.system}`, `\u6240\u9700\u89C4\u683C\u3001\u6570\u91CF\u7684\u6D4B\u7B97\u8BF4\u660E\uFF1A${e.analogy.explanation}`)
    );
  }
  blocks.push(h3("\u6D4B\u7B97\u51FA\u7684\u4E91\u670D\u52A1\u9700\u6C42"), {
    kind: "table",
    columns: ["\u7F16\u53F7", "\u7C7B\u578B", "\u914D\u7F6E", "\u6570\u91CF", "\u6D4B\u7B97\u8BF4\u660E"],
    widths: [8, 24, 20, 10, 38],
    rows: e.demand.map((d, i) => {
      const r = app.resources.find((x) => x.id === d.resource);
      return [
        cell(String(i + 1)),
        cell(r ? serviceName(ctx.catalog, r.service) : d.resource, r?.purpose),
        cell(
          d.vcpu !== void 0 ? `vCPU\uFF1A${d.vcpu}\u6838` : "",
          d.memoryGB !== void 0 ? `\u5185\u5B58\uFF1A${d.memoryGB}GB` : ""
        ),
        cell(d.quantity !== void 0 ? `${d.quantity}${r ? countUnit(ctx.catalog, r.service) : ""}` : ""),
        cell(d.basis)
      ];
    })
  });
  blocks.push(h2("3\u3001\u5B58\u50A8\u9700\u6C42\u8BF4\u660E"), {
    kind: "table",
    columns: ["\u7F16\u53F7", "\u7C7B\u578B", "\u6240\u9700\u5B58\u50A8\u91CF", "\u6240\u9700\u5B58\u50A8\u91CF\u8BF4\u660E"],
    widths: [8, 20, 26, 46],
    empty: "\u4E0D\u6D89\u53CA",
    rows: (e.storage ?? []).map((s, i) => {
      const r = app.resources.find((x) => x.id === s.resource);
      const compute = r && serviceOf(ctx.catalog, r.service)?.shape === "compute";
      const needed2 = compute ? [
        r.systemDisk ? `\u7CFB\u7EDF\u76D8\uFF1A${diskText(ctx.catalog, r.systemDisk)}` : "",
        ...(r.dataDisks ?? []).map((d) => `\u6570\u636E\u76D8\uFF1A${diskText(ctx.catalog, d)}`),
        `\u6D4B\u7B97\u6240\u9700\uFF1A${s.requiredGB}GB`
      ] : [`${s.requiredGB}GB`];
      return [
        cell(String(i + 1)),
        cell(resourceTitle(ctx, app.resources, s.resource)),
        cell(...needed2),
        cell(
          s.explanation,
          s.runtimeGB !== void 0 ? `\u8FD0\u884C\u73AF\u5883\u3001\u4E1A\u52A1\u90E8\u7F72\u5305\u7684\u5B58\u50A8\u5360\u7528\u91CF\uFF1A${s.runtimeGB}GB` : "",
          s.migratedGB !== void 0 ? `\u5DF2\u6709\u4E1A\u52A1\u6570\u636E\u8FC1\u79FB\u91CF\uFF1A${s.migratedGB}GB` : "",
          ...(s.migratedEvidence ?? []).map((p) => `\u622A\u56FE\uFF1A${p}`),
          s.growth ? `\u672A\u6765${s.growth.months}\u4E2A\u6708\u4E1A\u52A1\u6570\u636E\u589E\u957F\u91CF\uFF1A\u6BCF\u6708${s.growth.monthlyGB}GB` : "",
          s.growth ? `\u6570\u636E\u7684\u6784\u6210\uFF1A${s.growth.composition}` : "",
          s.growth?.formula ? `\u6D4B\u7B97\u4F9D\u636E\uFF1A${s.growth.formula}` : ""
        )
      ];
    })
  });
  blocks.push(h2("4\u3001\u707E\u5907\u9700\u6C42\u8BF4\u660E"));
  if (e.backup && e.backup.length > 0)
    blocks.push({
      kind: "table",
      columns: ["\u7F16\u53F7", "\u5907\u4EFD\u5185\u5BB9", "\u5907\u4EFD\u7C7B\u578B", "\u5907\u4EFD\u7B56\u7565", "\u4FDD\u5B58\u5468\u671F", "\u5907\u4EFD\u5BB9\u91CF", "\u63A8\u7B97\u8FC7\u7A0B"],
      widths: [7, 19, 10, 17, 9, 10, 28],
      rows: e.backup.map((b, i) => [
        cell(String(i + 1)),
        cell(
          b.content,
          b.resource ? `\u5BF9\u8C61\uFF1A${resourceTitle(ctx, app.resources, b.resource)}` : "",
          b.sourceGB !== void 0 ? `\u6E90\u6570\u636E\u91CF\uFF1A${b.sourceGB}GB` : ""
        ),
        cell(backupTypes[b.type] ?? b.type),
        cell(b.policy),
        cell(`${b.retentionDays}\u5929`),
        cell(`${b.capacityGB}GB`),
        cell(b.formula)
      ])
    });
  else blocks.push(para(notInvolved));
  blocks.push(
    h2("5\u3001\u5B89\u5168\u9700\u6C42\u8BF4\u660E"),
    para(`\u7F51\u7EDC\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\uFF1A\u7B2C${ctx.system.protectionLevel}\u7EA7`, e.security?.explanation)
  );
  const sec = securityResources(ctx, app.resources);
  if (sec) blocks.push(sec);
  return {
    name: "\u6D4B\u7B97\u62A5\u544A",
    variant: "\u65B0\u589E",
    annex: "\u9644\u4EF66",
    title: estimateTitle,
    blocks
  };
}
function testEstimate(ctx, app) {
  const e = app.estimate;
  const blocks = [
    h2("1\u3001\u7CFB\u7EDF\u6982\u8FF0"),
    h3("\uFF081\uFF09\u7CFB\u7EDF\u540D\u79F0"),
    para(app.system),
    h3("\uFF082\uFF09\u7CFB\u7EDF\u63CF\u8FF0"),
    para(e.description),
    h3("\uFF083\uFF09\u7CFB\u7EDF\u67B6\u6784"),
    para(...architectureLines(e.architecture)),
    h2("2\u3001\u90E8\u7F72\u65B9\u6848"),
    para(e.deployment),
    {
      kind: "table",
      columns: ["\u7F16\u53F7", "\u90E8\u7F72\u8282\u70B9", "\u5BF9\u5E94\u8D44\u6E90", "\u914D\u7F6E"],
      widths: [8, 22, 30, 40],
      rows: e.nodes.map((n, i) => {
        const r = app.resources.find((x) => x.id === n.resource);
        return [
          cell(String(i + 1)),
          cell(n.name),
          cell(r ? serviceName(ctx.catalog, r.service) : n.resource, r?.purpose),
          cell(...r ? configLines(ctx.catalog, r.service, r, "new") : [])
        ];
      })
    },
    h2("3\u3001\u8D44\u6E90\u9700\u6C42"),
    {
      kind: "table",
      columns: ["\u7F16\u53F7", "\u7C7B\u578B", "\u914D\u7F6E", "\u7528\u9014", "\u6570\u91CF"],
      widths: [8, 14, 36, 30, 12],
      rows: app.resources.map((r, i) => [
        cell(String(i + 1)),
        cell(serviceName(ctx.catalog, r.service)),
        cell(...configLines(ctx.catalog, r.service, r, "new")),
        cell(r.purpose),
        cell(quantityText(ctx.catalog, r.service, r.quantity))
      ])
    },
    h2("4\u3001\u6D4B\u7B97\u4F9D\u636E"),
    para(e.basis)
  ];
  return {
    name: "\u6D4B\u7B97\u62A5\u544A",
    variant: "\u6D4B\u8BD5\u8D44\u6E90",
    annex: "\u9644\u4EF66",
    title: estimateTitle,
    subtitle: "\uFF08\u6D4B\u8BD5\u8D44\u6E90\uFF09",
    blocks
  };
}
function changeEstimate(ctx, app) {
  if (!app.estimate) return void 0;
  const e = app.estimate;
  const rows = {
    compute: [],
    storage: [],
    container: [],
    dr: [],
    security: [],
    other: []
  };
  const evidence = [];
  for (const c of app.changes) {
    const r = stateResource(ctx.before, c.resource);
    const service = r?.service ?? "";
    const svc = serviceOf(ctx.catalog, service);
    const name = r ? serviceName(ctx.catalog, service) : c.resource;
    const u2 = c.utilization;
    for (const p of u2?.evidence ?? []) evidence.push(`${name}${r?.purpose ? `\uFF08${r.purpose}\uFF09` : ""}\uFF1A${p}`);
    const before = configLines(ctx.catalog, service, c.before, "change");
    const after = configLines(ctx.catalog, service, c.after, "change");
    const gb = (v) => v === void 0 ? "" : String(v);
    if (service === "ecs" || service === "bms" || service === "ai-compute") {
      const pct2 = (label3, v) => v ? `${label3}\u5E73\u5747${v.average}%${v.peak !== void 0 ? `\u3001\u5CF0\u503C${v.peak}%` : ""}` : "";
      rows.compute.push([
        cell(name, ...c.ip ? [c.ip] : ipsOf(r)),
        cell(...before),
        cell(...after),
        cell(
          u2 ? `\u7EDF\u8BA1\u533A\u95F4\uFF1A${formatDate(u2.window.from)}\u81F3${formatDate(u2.window.to)}` : "",
          pct2("vCPU", u2?.cpu),
          pct2("\u5185\u5B58", u2?.memory),
          u2?.storage?.usedPercent !== void 0 ? `\u5B58\u50A8\u5CF0\u503C${u2.storage.usedPercent}%` : "",
          u2?.storage?.usedGB !== void 0 ? `\u5B58\u50A8\u5DF2\u4F7F\u7528${u2.storage.usedGB}GB` : ""
        )
      ]);
    } else if (service === "obs" || service === "sfs" || service === "evs") {
      rows.storage.push([
        cell(name, r?.purpose),
        cell(gb(c.before.capacityGB)),
        cell(gb(u2?.storage?.usedGB)),
        cell(gb(c.after.capacityGB))
      ]);
    } else if (svc?.shape === "vcpu" || service === "cce-node") {
      rows.container.push([
        cell(name, r?.purpose),
        cell(gb(c.before.vcpu)),
        cell(u2?.cpu ? `\u5E73\u5747${u2.cpu.average}${u2.cpu.peak !== void 0 ? `\uFF0C\u5CF0\u503C${u2.cpu.peak}` : ""}` : ""),
        cell(gb(c.after.vcpu))
      ]);
    } else if (svc?.level1 === "\u707E\u5907") {
      rows.dr.push([
        cell(gb(c.before.capacityGB)),
        cell(gb(u2?.storage?.usedGB)),
        cell(gb(c.after.capacityGB))
      ]);
    } else if (svc?.level1 === "\u5B89\u5168") {
      rows.security.push([
        cell(String(rows.security.length + 1)),
        cell(name),
        cell(...before),
        cell(...after)
      ]);
    } else {
      rows.other.push([cell(String(rows.other.length + 1)), cell(name), cell(...before), cell(...after)]);
    }
  }
  const table = (columns, body, widths) => ({
    kind: "table",
    columns,
    rows: body,
    widths,
    empty: "\u4E0D\u6D89\u53CA"
  });
  const blocks = [
    h2("1\u3001\u4E91\u670D\u52A1\u53D8\u66F4\u6C47\u603B"),
    h3("\uFF081\uFF09\u4E91\u4E3B\u673A\u3001\u88F8\u91D1\u5C5E"),
    table(["IP", "\u53D8\u66F4\u524D\u914D\u7F6E\uFE61", "\u53D8\u66F4\u540E\u914D\u7F6E\uFE61", "\u8D44\u6E90\u5229\u7528\u7387"], rows.compute, [20, 26, 26, 28]),
    h3("\uFF082\uFF09\u5BF9\u8C61\u5B58\u50A8\u3001\u6587\u4EF6\u5B58\u50A8"),
    table(["\u540D\u79F0", "\u53D8\u66F4\u524D\u5BB9\u91CF\uFF08GB\uFF09", "\u5DF2\u4F7F\u7528\u91CF\uFF08GB\uFF09", "\u53D8\u66F4\u540E\u5BB9\u91CF\uFF08GB\uFF09"], rows.storage, [34, 22, 22, 22]),
    h3("\uFF083\uFF09\u5BB9\u5668"),
    table(["\u540D\u79F0", "vCPU\uFF08\u6838\uFF09", "\u5229\u7528\u7387\uFF08%\uFF09", "\u53D8\u66F4\u540E\u5BB9\u91CF\uFF08\u6838\uFF09"], rows.container, [34, 22, 22, 22]),
    h3("\uFF084\uFF09\u707E\u5907\u670D\u52A1"),
    table(["\u5BB9\u91CF\uFF08GB\uFF09", "\u4F7F\u7528\u91CF\uFF08GB\uFF09", "\u53D8\u66F4\u540E\u5BB9\u91CF\uFF08GB\uFF09"], rows.dr, [34, 33, 33]),
    h3("\uFF085\uFF09\u5B89\u5168\u670D\u52A1"),
    table(["\u7F16\u53F7", "\u540D\u79F0", "\u914D\u7F6E", "\u53D8\u66F4\u540E\u914D\u7F6E"], rows.security, [8, 24, 34, 34])
  ];
  if (rows.other.length > 0)
    blocks.push(h3("\u5176\u4ED6\u670D\u52A1"), table(["\u7F16\u53F7", "\u540D\u79F0", "\u914D\u7F6E", "\u53D8\u66F4\u540E\u914D\u7F6E"], rows.other, [8, 24, 34, 34]));
  const growth = e.storageGrowth;
  const overall = (e.evidence ?? []).filter((p) => !evidence.some((x) => x.endsWith(`\uFF1A${p}`)));
  blocks.push(
    h2("2\u3001\u4E91\u670D\u52A1\u53D8\u66F4\u524D\u622A\u56FE\u3001\u6D4B\u7B97\u8BF4\u660E"),
    h3("1\u3001\u53D8\u66F4\u524D\u4E91\u670D\u52A1\u4F7F\u7528\u60C5\u51B5\u622A\u56FE"),
    evidence.length + overall.length > 0 ? para(...evidence, ...overall.map((p) => `\u6574\u4F53\uFF1A${p}`)) : para("\u672A\u63D0\u4F9B\u3002"),
    h3("2\u3001\u8D44\u6E90\u53D8\u66F4\u7684\u6D4B\u7B97\u8FC7\u7A0B"),
    para(
      e.explanation,
      growth ? `\u5B58\u50A8\u53D8\u66F4\u91CF\uFF1A\u6BCF\u6708\u589E\u957F${growth.monthlyGB}GB\uFF0C\u6D4B\u7B97${growth.months}\u4E2A\u6708` : "",
      growth ? `\u6570\u636E\u7684\u6784\u6210\uFF1A${growth.composition}` : "",
      growth?.formula ? `\u6D4B\u7B97\u516C\u5F0F\uFF1A${growth.formula}` : ""
    )
  );
  return {
    name: "\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A",
    variant: "\u53D8\u66F4",
    annex: "\u9644\u4EF66",
    title: changeEstimateTitle,
    blocks
  };
}
function estimateForm(ctx) {
  const app = ctx.application;
  switch (app.type) {
    case "new":
      return newEstimate(ctx, app);
    case "test":
      return testEstimate(ctx, app);
    case "change":
      return changeEstimate(ctx, app);
    default:
      return void 0;
  }
}

// scripts/core/forms/ports.ts
var portsTitle = "\u6DF1\u5733\u5E02\u653F\u52A1\u6570\u636E\u4E2D\u5FC3\u670D\u52A1\u5668\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u8868";
var portsNotes = {
  title: "\u6CE8\uFF1A",
  items: [
    { text: "1. \u6B64\u7533\u8BF7\u8868\u4EC5\u4F9B1\u5957\u4FE1\u606F\u7CFB\u7EDF\u586B\u5199\uFF0C\u82E5\u6709\u591A\u5957\u4FE1\u606F\u7CFB\u7EDF\uFF0C\u8BF7\u5206\u5F00\u586B\u5199\u3002" },
    { text: "2. \u5BF9\u4E8E\u7AEF\u53E3\u5F00\u653E\u7684\u7533\u8BF7\uFF0C\u5E94\u5F53\u5728\u76F8\u5173\u7533\u8BF7\u8868\u4E2D\u6CE8\u660E\u8BE5\u7AEF\u53E3\u5F00\u653E\u7684\u7528\u9014" },
    {
      text: "\u2460\u56E0\u670D\u52A1\u9700\u8981\uFF0C\u7533\u8BF7\u5F00\u653E\u65B0\u7AEF\u53E3\u7684\uFF0C\u5E94\u5F53\u63D0\u4F9B\u7531\u6D4B\u8BC4\u4E2D\u5FC3\u51FA\u5177\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\u3002\uFF08\u5982\u9009\u6B64\u9879\u9700\u586B\u5199\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0\u548C\u62A5\u544A\u7ED3\u8BBA\uFF09",
      indent: true
    },
    { text: "\u2461\u56E0\u5B89\u5168\u9700\u8981\uFF0C\u7533\u8BF7\u6539\u53D8\u539F\u670D\u52A1\u7AEF\u53E3\u7684\uFF0C\u5BA1\u6838\u540E\u4E88\u4EE5\u5F00\u653E\u3002", indent: true },
    {
      text: "\u2462\u56E0\u7F51\u7BA1\u9700\u6C42,\u7533\u8BF7\u5F00\u653E\u7AEF\u53E3\u7684\uFF0C\u5E94\u5F53\u9650\u5236\u53EF\u8BBF\u95EE\u8BE5\u7AEF\u53E3\u7684IP\u5730\u5740\uFF0C\u5BA1\u6838\u540E\u51B3\u5B9A\u662F\u5426\u4E88\u4EE5\u5F00\u653E\u3002",
      indent: true
    },
    {
      text: "\u2463\u5982\u9700\u5F00\u901A\u6216\u4FEE\u65393389\u7AEF\u53E3\u7B56\u7565\uFF0C\u8FD8\u5E94\u63D0\u4EA4\u300A\u8FDC\u7A0B\u684C\u9762\uFF08RDP\uFF09\u670D\u52A1\u5F00\u901A\u5BA1\u6279\u8868\u300B\uFF0C\u7ECF\u62A5\u5BA1\u767B\u8BB0\u540E\u529E\u7406\u3002",
      indent: true
    },
    {
      text: "3. \u516C\u7F51IP\u5730\u5740\u7528\u4E8E\u7F51\u7AD9\u6216\u57FA\u4E8EWEB\u65B9\u5F0F\u8BBF\u95EE\u7684\u5E94\u7528\u7CFB\u7EDF\uFF0C\u987B\u6309\u5DE5\u4FE1\u90E8\u95E8\u8981\u6C42\u5B8C\u6210ICP\u5907\u6848\uFF0C\u7F51\u7AD9\u65B0\u589E\u5907\u6848\u548C\u5907\u6848\u53D8\u66F4\u5E94\u4E8E\u5B8C\u6210\u5907\u6848\u6216\u8005\u53D8\u66F4\u6210\u529F\u540E\uFF0C\u57283\u4E2A\u5DE5\u4F5C\u65E5\u5185\u4E3B\u52A8\u6B63\u5F0F\u62A5\u5907\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u8FDB\u884C\u4FE1\u606F\u66F4\u65B0\u3002\u7533\u8BF7\u516C\u7F51IP\u9700\u5B8C\u6210ICP\u5907\u6848\u7684\u987B\u586B\u5199\u5B8C\u6574\u7684\u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u5168\u79F0\u3002"
    },
    {
      text: "4. \u672C\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D773\u4E2A\u6708\u5185\u6709\u6548\uFF0C\u5982\u56E0\u7533\u8BF7\u5355\u4F4D\u539F\u56E0\u672A\u80FD\u53CA\u65F6\u5B8C\u6210\u76F8\u5173\u4E1A\u52A1\u7684\u529E\u7406\uFF0C\u7EE7\u7EED\u529E\u7406\u987B\u91CD\u65B0\u63D0\u4EA4\u7533\u8BF7\u3002"
    },
    { text: "5. \u653F\u52A1\u4E91\u5F39\u6027IP\u4EE5\u53CA\u7528\u4E8E\u653F\u52A1\u4E91\u7684\u516C\u7F51IP\u65B0\u589E\u7533\u8BF7\uFF0C\u987B\u5728\u5907\u6CE8\u4E2D\u660E\u786E\u7ED1\u5B9A\u7684\u865A\u62DF\u673AIP\u3002" }
  ]
};
var purposes = ["new-service", "change-port", "management", "rdp"];
var marks = ["\u2460", "\u2461", "\u2462", "\u2463"];
var ipTypes = [
  { type: "virtual", label: "\u653F\u52A1\u4E91\u865A\u62DFIP" },
  { type: "elastic", label: "\u653F\u52A1\u4E91\u5F39\u6027IP" },
  { type: "public", label: "\u516C\u7F51IP" }
];
function portsText(rule) {
  if (rule.ports === void 0) return rule.protocol === "icmp" ? "\u2014" : "";
  return Array.isArray(rule.ports) ? rule.ports.join("\u3001") : String(rule.ports);
}
function portsForm(ctx) {
  const app = ctx.application;
  if (app.type !== "ports") return void 0;
  const p = app.ports;
  const { unit, system } = ctx;
  const tc = system.technicalContact;
  const address = (target) => {
    const r = stateResource(ctx.before, target);
    if (!r) return [target];
    const ips = ipsOf(r);
    const name = r.purpose ?? serviceName(ctx.catalog, r.service);
    return ips.length > 0 ? [`${name}\uFF1A`, ...ips] : [`${name}\uFF08${target}\uFF09`];
  };
  const ruleRows = (p.rules ?? []).map((rule) => [
    cell(rule.source === "any" ? "any\uFF08\u4EFB\u610F\u5730\u5740\uFF09" : rule.source),
    cell(...address(rule.destination)),
    cell(rule.protocol.toUpperCase()),
    cell(portsText(rule)),
    cellOf([
      choicesLine(
        purposes.map((pp, i) => ({
          label: marks[i],
          checked: rule.purpose === pp,
          boxAfter: true
        }))
      ),
      line(rule.description)
    ])
  ]);
  const ipRows = [];
  for (const t of ipTypes) {
    const requests = (p.ipRequests ?? []).filter((r) => r.type === t.type);
    const icpHint = t.type === "public" ? "ICP\u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u540D\u79F0\uFF1A" : "";
    if (requests.length === 0) {
      ipRows.push([cellOf([choicesLine([choice(t.label, false)])]), cell(), cell(), cell(icpHint)]);
      continue;
    }
    for (const r of requests)
      ipRows.push([
        cellOf([choicesLine([choice(t.label, true)])]),
        cell(`${r.quantity}\u4E2A`),
        cell(r.purpose),
        cell(
          r.bindTo ? `\u7ED1\u5B9A\u7684\u865A\u62DF\u673A\uFF1A${address(r.bindTo).join("")}` : "",
          t.type === "public" || r.icpEntity ? `ICP\u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u540D\u79F0\uFF1A${r.icpEntity ?? ""}` : "",
          r.remark
        )
      ]);
  }
  const sr = p.securityReport;
  const natures = [
    choice("\u673A\u5173", unit.nature === "\u673A\u5173"),
    choice("\u4E8B\u4E1A", unit.nature === "\u4E8B\u4E1A"),
    choice("\u5176\u5B83\uFF08\u8BF7\u8BF4\u660E\uFF09\uFF1A", unit.nature === "\u5176\u5B83")
  ];
  return {
    name: "\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u8868",
    variant: p.business === "open" ? "\u5F00\u653E" : "\u5173\u95ED",
    annex: "\u9644\u4EF68",
    title: portsTitle,
    blocks: [
      {
        kind: "grid",
        columns: 6,
        widths: [15, 20, 13, 19, 10, 23],
        rows: [
          [label2("\u5355\u4F4D\u540D\u79F0"), cell(app.unit)],
          [
            label2("\u8054\u7CFB\u4EBA"),
            cell(p.contact.name),
            label2("\u8054\u7CFB\u7535\u8BDD"),
            cell(p.contact.phone),
            label2("\u4F20\u771F"),
            cell(p.contact.fax)
          ],
          [
            label2("\u6280\u672F\u8054\u7CFB\u4EBA"),
            cell(tc.name),
            label2("\u529E\u516C\u7535\u8BDD"),
            cell(tc.officePhone),
            label2("\u624B\u673A"),
            cell(tc.mobile)
          ],
          [label2("\u5355\u4F4D\u5730\u5740"), cell(unit.address)],
          [label2("\u5355\u4F4D\u6027\u8D28"), cellOf([choicesLine(natures, void 0, unit.natureNote)])],
          [
            label2("\u63A5\u5165\u7F51\u7EDC"),
            cellOf([
              choicesLine([
                choice("\u515A\u653F\u673A\u5173\u5916\u7F51(\u653F\u52A1\u516C\u5171\u7F51)", p.network === "public"),
                choice("\u515A\u653F\u673A\u5173\u4E13\u7F51(\u653F\u52A1\u529E\u516C\u7F51)", p.network === "office")
              ])
            ])
          ],
          [
            label2("\u4E1A\u52A1\u7C7B\u578B"),
            cellOf([
              choicesLine([
                choice("\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7", p.business === "open"),
                choice("\u7AEF\u53E3\u5173\u95ED\u7533\u8BF7", p.business === "close")
              ])
            ])
          ],
          [
            label2("\u4FE1\u606F\u7CFB\u7EDF", "\u540D\u79F0"),
            { ...cell(app.system), span: 2 },
            { ...label2("\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u7ED3\u8BBA\u6216\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\u7ED3\u8BBA"), span: 1 },
            cell(
              sr?.conclusion,
              sr && sr.system !== app.system ? `\u62A5\u544A\u6240\u5217\u7CFB\u7EDF\uFF1A${sr.system}` : "",
              sr?.reportNo ? `\u62A5\u544A\u7F16\u53F7\uFF1A${sr.reportNo}` : "",
              sr?.issuer ? `\u51FA\u5177\u5355\u4F4D\uFF1A${sr.issuer}` : ""
            )
          ]
        ]
      },
      {
        kind: "table",
        columns: ["\u6E90\u5730\u5740", "\u76EE\u7684\u5730\u5740", "\u7AEF\u53E3\u7C7B\u578BTCP/UDP/ICMP", "\u7AEF\u53E3\u53F7", "\u7AEF\u53E3\u7528\u9014\u8BF4\u660E (\u89C1\u6CE82)"],
        widths: [16, 23, 18, 11, 32],
        rows: ruleRows,
        empty: "\u4E0D\u6D89\u53CA"
      },
      { kind: "band", level: 3, title: "IP\u5730\u5740\u7533\u8BF7" },
      { kind: "table", columns: ["\u7C7B\u578B", "\u6570\u91CF", "\u7528\u9014", "\u5907\u6CE8"], widths: [22, 12, 30, 36], rows: ipRows },
      {
        kind: "grid",
        columns: 2,
        widths: [15, 85],
        rows: [
          [
            label2("\u5907\u6CE8"),
            cell(
              app.remark,
              p.rdpApproval ? `\u300A\u8FDC\u7A0B\u684C\u9762\uFF08RDP\uFF09\u670D\u52A1\u5F00\u901A\u5BA1\u6279\u8868\u300B\u7F16\u53F7\uFF1A${p.rdpApproval.formNo}${p.rdpApproval.date ? `\uFF0C\u62A5\u5BA1\u767B\u8BB0\u65E5\u671F\uFF1A${formatDate(p.rdpApproval.date)}` : ""}` : "",
              ...(app.attachments ?? []).map((a) => `\u9644\u4EF6\uFF1A${a}`)
            )
          ]
        ]
      }
    ],
    notes: portsNotes,
    signature: {
      lines: [
        { label: "\u7533\u8BF7\u5355\u4F4D(\u76D6\u7AE0)\uFF1A", value: app.unit },
        { label: "\u65E5\u671F\uFF1A", value: formatDate(app.date) }
      ]
    }
  };
}

// scripts/core/forms/render.ts
import Handlebars2 from "handlebars";

// scripts/core/markup.ts
import Handlebars from "handlebars";
var invisible = (
  // biome-ignore lint/suspicious/noControlCharactersInRegex: 正是要找出控制字符
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff\ufff9-\ufffb\u{e0000}-\u{e007f}]/gu
);
var layout = /[\t\n\r]/g;
var codePoint = (ch) => `<U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}>`;
function visible2(text2, options = {}) {
  const shown = text2.replace(invisible, codePoint);
  return options.layout ? shown.replace(layout, codePoint) : shown;
}
var entities = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  "\\": "&#92;",
  "`": "&#96;",
  "*": "&#42;",
  _: "&#95;",
  "[": "&#91;",
  "]": "&#93;",
  "~": "&#126;",
  "|": "&#124;",
  $: "&#36;",
  ":": "&#58;",
  "#": "&#35;"
};
var special = /GH-(?=\d)|www\.|(?<=[\p{L}\p{N}-])\.(?=[A-Za-z])|@(?=[A-Za-z0-9_-])|[&<>\\`*_[\]~|$:#]/giu;
var entity = (ch) => `&#${ch.charCodeAt(0)};`;
function escapeLine(line2) {
  const escaped = line2.replace(special, (m, at) => {
    if (m.length === 3) return `${m}<wbr>`;
    if (m.length === 4) return `${m.slice(0, 3)}&#46;`;
    if (m === ".") return "&#46;";
    if (m === "@") return "@<wbr>";
    if (m === "#" && /\d/.test(line2.charAt(at + 1))) return "&#35;<wbr>";
    return entities[m] ?? entity(m);
  });
  return escaped.replace(/^[-+](?=[ \t]|$)/, entity).replace(/^[-=](?=[-= \t]*$)/, entity).replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, (_, n, c) => n + entity(c));
}
function inlineText(text2) {
  return escapeLine(
    visible2(text2).replace(/\r\n?|[\n\t]/g, " ").trimStart()
  );
}
function blockText(text2) {
  return visible2(text2).split(/\r\n?|\n/).map((l) => inlineText(l).trimEnd()).filter((l) => l !== "").join("\\\n");
}

// scripts/core/forms/render.ts
var box = (checked) => checked ? "\u2611" : "\u25A1";
function lineText(line2) {
  const choices = (line2.choices ?? []).map((c) => c.boxAfter ? `${c.label}${box(c.checked)}` : `${box(c.checked)}${c.label}`).join("\u3000");
  return `${line2.text ?? ""}${choices}${line2.after ?? ""}`;
}
var md = Handlebars2.create();
var safe = (s) => new md.SafeString(s);
var mdCell = (cell2) => cell2.lines.map((l) => inlineText(lineText(l))).join("<br>");
function mdGridRow(row) {
  let out = "";
  row.forEach((c, i) => {
    if (c.label) {
      if (i > 0) out += "\u3000";
      out += `**${c.lines.map((l) => inlineText(lineText(l))).join("")}**\uFF1A`;
    } else {
      if (i > 0 && !row[i - 1]?.label) out += "\u3000";
      out += mdCell(c);
    }
  });
  return out;
}
md.registerHelper({
  eq: (a, b) => a === b,
  heading: (level) => "#".repeat(level),
  md: (text2) => safe(inlineText(String(text2 ?? ""))),
  mdCell: (cell2) => safe(mdCell(cell2)),
  mdGridRow: (row) => safe(mdGridRow(row)),
  mdLines: (lines) => safe(lines.map((l) => blockText(lineText(l))).join("\\\n")),
  mdNotes: (items2) => safe(items2.map((i) => `${i.indent ? "\u3000\u3000" : ""}${blockText(i.text)}`).join("\\\n")),
  mdSignature: (lines) => safe(lines.map((l) => blockText(`${l.label}${l.value}`)).join("\\\n"))
});

// scripts/core/forms/index.ts
function applicationForms(ctx) {
  return [applicationForm(ctx), estimateForm(ctx), portsForm(ctx)].filter(
    (f) => f !== void 0
  );
}

// scripts/core/notify/config.ts
var secretNamePattern = "^[A-Z][A-Z0-9_]{2,127}$";
var secretName = new RegExp(secretNamePattern);

// scripts/core/schema/build.ts
var schemaBase = "https://govcloud-gitops.example/schemas";
function buildSchemas(catalog) {
  const b = new Builder(catalog);
  return { unit: b.unit(), system: b.system(), application: b.application(), delivery: b.delivery() };
}
var Builder = class {
  constructor(catalog) {
    this.catalog = catalog;
    this.profile = catalog.profile.id;
  }
  catalog;
  profile;
  /** 当前 schema 的 $defs：共用的字段定义只写一次，用 $ref 引用 */
  defs = {};
  cite(c) {
    return { "x-citation": { profile: this.profile, ...c } };
  }
  id(name) {
    return `${schemaBase}/${this.profile}/${name}.schema.json`;
  }
  def(name, build) {
    if (!(name in this.defs)) this.defs[name] = build();
    return { $ref: `#/$defs/${name}` };
  }
  // ---------- 基本类型 ----------
  str(title, description, extra = {}) {
    return { type: "string", minLength: 1, title, ...description ? { description } : {}, ...extra };
  }
  date(title, description) {
    return { type: "string", format: "date", title, description: `${description}\uFF08\u683C\u5F0F YYYY-MM-DD\uFF09` };
  }
  int(title, description, extra = {}) {
    return { type: "integer", title, description, ...extra };
  }
  percent(title) {
    return { type: "number", minimum: 0, maximum: 100, title, description: `${title}\uFF0C\u5355\u4F4D %\uFF0C0\u2013100` };
  }
  obj(title, description, properties, required = [], extra = {}) {
    return {
      type: "object",
      title,
      description,
      properties,
      ...required.length ? { required } : {},
      additionalProperties: false,
      ...extra
    };
  }
  list(title, description, items2, extra = {}) {
    return { type: "array", title, description, items: items2, ...extra };
  }
  get g() {
    return this.catalog.profile.granularity;
  }
  vcpu() {
    return this.def("vcpu", () => this.vcpuSchema());
  }
  vcpuSchema() {
    const { multiple, min } = this.g.vcpu;
    return this.int("vCPU\uFF08\u6838\uFF09", `vCPU \u6838\u6570\uFF1A\u987B\u4E3A ${multiple} \u7684\u500D\u6570\uFF0C\u6700\u5C0F ${min} \u6838\uFF08\u9644\u4EF65 \u6CE83\uFF09\u3002`, {
      minimum: min,
      multipleOf: multiple,
      ...this.cite({ attachment: "\u9644\u4EF65", note: "3" })
    });
  }
  memory() {
    return this.def("memory", () => this.memorySchema());
  }
  memorySchema() {
    const { multiple, min } = this.g.memoryGB;
    return this.int("\u5185\u5B58\uFF08GB\uFF09", `\u5185\u5B58 GB\uFF1A\u987B\u4E3A ${multiple} \u7684\u500D\u6570\uFF0C\u6700\u5C0F ${min} GB\uFF08\u9644\u4EF65 \u6CE83\uFF09\u3002`, {
      minimum: min,
      multipleOf: multiple,
      ...this.cite({ attachment: "\u9644\u4EF65", note: "3" })
    });
  }
  capacity(title = "\u5BB9\u91CF\uFF08GB\uFF09") {
    const { multiple, min } = this.g.capacityGB;
    return this.int(
      title,
      `${title}\uFF1A\u987B\u4E3A ${multiple} GB \u7684\u500D\u6570\uFF0C\u4E0D\u8DB3 ${multiple} GB \u7684\u90E8\u5206\u5411\u4E0A\u53D6\u6574\uFF08\u9644\u4EF65 \u6CE83\uFF09\u3002`,
      {
        minimum: min,
        multipleOf: multiple,
        ...this.cite({ attachment: "\u9644\u4EF65", note: "3" })
      }
    );
  }
  tier() {
    return this.def("tier", () => this.tierSchema());
  }
  tierSchema() {
    return {
      type: "string",
      title: "\u78C1\u76D8\u7C7B\u578B",
      description: this.catalog.profile.diskTiers.map((t) => `${t.id}\uFF1A${t.label}`).join("\uFF1B"),
      enum: this.catalog.profile.diskTiers.map((t) => t.id)
    };
  }
  systemDisk() {
    return this.def("systemDisk", () => this.systemDiskSchema());
  }
  systemDiskSchema() {
    return this.obj(
      "\u7CFB\u7EDF\u76D8",
      `\u7CFB\u7EDF\u76D8\uFF0C\u9ED8\u8BA4 ${this.g.systemDiskGB.default} GB`,
      { sizeGB: this.int("\u7CFB\u7EDF\u76D8\u5BB9\u91CF\uFF08GB\uFF09", "\u7CFB\u7EDF\u76D8\u5BB9\u91CF GB", { minimum: 40 }), tier: this.tier() },
      ["sizeGB", "tier"]
    );
  }
  dataDisk() {
    return this.def("dataDisk", () => this.dataDiskSchema());
  }
  dataDiskSchema() {
    return this.obj(
      "\u6570\u636E\u76D8",
      "\u4E00\u5757\u6570\u636E\u76D8",
      { sizeGB: this.capacity("\u6570\u636E\u76D8\u5BB9\u91CF\uFF08GB\uFF09"), tier: this.tier() },
      ["sizeGB", "tier"]
    );
  }
  quantity() {
    return this.def("quantity", () => this.quantitySchema());
  }
  quantitySchema() {
    return this.int("\u6570\u91CF", "\u6570\u91CF\uFF08\u53F0\u3001\u4E2A\u3001\u5957\u2026\u2026\u6309\u76EE\u5F55\u8BA1\u91CF\u5355\u4F4D\uFF09", {
      minimum: 1,
      ...this.cite({ attachment: "\u9644\u4EF65", note: "1" })
    });
  }
  resourceId(title = "\u8D44\u6E90\u6807\u8BC6") {
    return this.str(
      title,
      "\u672C\u7CFB\u7EDF\u5185\u8D44\u6E90\u7684\u7A33\u5B9A\u6807\u8BC6\uFF08\u5C0F\u5199\u5B57\u6BCD\u3001\u6570\u5B57\u3001\u8FDE\u5B57\u7B26\uFF0C\u4EE5\u5B57\u6BCD\u5F00\u5934\uFF09\uFF0C\u53D8\u66F4\u3001\u64A4\u9500\u3001\u7AEF\u53E3\u5F00\u653E\u548C\u4E91\u4E0A\u8D44\u6E90\u540D\u90FD\u7528\u5B83\uFF1B\u6539\u540D\u4F1A\u88AB\u5F53\u4F5C\u64A4\u9500\u518D\u65B0\u589E\u3002",
      { pattern: "^[a-z][a-z0-9-]{0,39}$" }
    );
  }
  contact(title, description, extra = {}) {
    return this.obj(
      title,
      description,
      {
        name: this.str("\u59D3\u540D", "\u59D3\u540D"),
        email: this.str("\u90AE\u7BB1", "\u7535\u5B50\u90AE\u7BB1", { format: "email" }),
        mobile: this.str("\u624B\u673A", "\u624B\u673A\u53F7\u7801\uFF0811 \u4F4D\uFF09", { pattern: "^1[3-9][0-9]{9}$" }),
        officePhone: this.str("\u529E\u516C\u7535\u8BDD", "\u529E\u516C\u7535\u8BDD\uFF0C\u5982 0755-88888888", { pattern: "^[0-9+()\\- ]{5,20}$" }),
        position: this.str("\u804C\u52A1", "\u804C\u52A1"),
        github: this.str("GitHub \u8D26\u53F7", "GitHub \u7528\u6237\u540D", { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }),
        ...extra
      },
      ["name", "email", "mobile"]
    );
  }
  consultation() {
    return this.def("consultation", () => this.consultationSchema());
  }
  consultationSchema() {
    return this.obj(
      "\u4E8B\u524D\u6C9F\u901A\u8BB0\u5F55",
      "\u88F8\u91D1\u5C5E\u3001AI \u7B97\u529B\u3001\u8D85\u9AD8IO\u4E91\u786C\u76D8\uFF08SSD\uFF09\u7533\u8BF7\u524D\u987B\u4E0E\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u6C9F\u901A\uFF08\u9644\u4EF61 \u7B2C5\u30016\u300111\u9879\uFF09",
      {
        date: this.date("\u6C9F\u901A\u65E5\u671F", "\u4E0E\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u6C9F\u901A\u7684\u65E5\u671F"),
        contact: this.str("\u6C9F\u901A\u5BF9\u8C61", "\u4E2D\u5FC3\u7684\u6C9F\u901A\u4EBA\u6216\u7535\u8BDD"),
        summary: this.str("\u6C9F\u901A\u7ED3\u8BBA", "\u6C9F\u901A\u540E\u786E\u5B9A\u7684\u89C4\u683C\u4E0E\u7ED3\u8BBA")
      },
      ["date", "summary"],
      this.cite({ attachment: "\u9644\u4EF61" })
    );
  }
  attachments() {
    return this.def("attachments", () => this.attachmentsSchema());
  }
  attachmentsSchema() {
    return this.list(
      "\u9644\u4EF6",
      "\u622A\u56FE\u3001\u67B6\u6784\u56FE\u3001\u62A5\u544A\u7B49\u6587\u4EF6\u7684\u8DEF\u5F84\uFF08\u76F8\u5BF9\u4E8E\u672C\u7CFB\u7EDF\u76EE\u5F55\uFF09\uFF0C\u5982 attachments/\u67B6\u6784\u56FE.png",
      this.str("\u9644\u4EF6\u8DEF\u5F84", "\u76F8\u5BF9\u4E8E\u7CFB\u7EDF\u76EE\u5F55\u7684\u8DEF\u5F84", { pattern: "^(?!/)(?!.*\\.\\.)[^\\\\]+$" })
    );
  }
  // ---------- 资源（云服务需求） ----------
  serviceResource(service) {
    const common = {
      id: this.resourceId(),
      service: { const: service.id, title: "\u670D\u52A1", description: `${service.name}\uFF08${service.level3}\uFF09` },
      purpose: this.str("\u7528\u9014", "\u7528\u9014\uFE61"),
      quantity: this.quantity(),
      remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
    };
    const required = ["id", "service"];
    const props = { ...common };
    const extra = {};
    switch (service.shape) {
      case "compute":
        Object.assign(props, {
          vcpu: this.vcpu(),
          memoryGB: this.memory(),
          systemDisk: this.systemDisk(),
          dataDisks: this.list("\u6570\u636E\u76D8", "\u6570\u636E\u76D8\u5217\u8868\uFF0C\u53EF\u4E3A\u7A7A", this.dataDisk())
        });
        if (service.id === "ai-compute")
          props.gpus = this.int("\u52A0\u901F\u5361\uFF08\u5757\uFF09", "AI \u7B97\u529B\u52A0\u901F\u5361\u5757\u6570", { minimum: 1 });
        required.push("purpose", "quantity", "vcpu", "memoryGB", "systemDisk");
        break;
      case "capacity":
        props.capacityGB = this.capacity();
        if (service.id === "evs") {
          props.tier = this.tier();
          props.attachTo = this.resourceId("\u6302\u8F7D\u5230");
          required.push("tier");
        }
        required.push("capacityGB");
        break;
      case "vcpu":
        props.vcpu = this.vcpu();
        required.push("vcpu");
        break;
      case "cache": {
        const editions = service.cache ?? [];
        props.edition = {
          type: "string",
          title: "\u7248\u672C",
          description: editions.map((e) => `${e.id}\uFF1A${e.label}`).join("\uFF1B"),
          enum: editions.map((e) => e.id)
        };
        props.sizeGB = this.int("\u5BB9\u91CF\uFF08GB\uFF09", "\u7F13\u5B58\u5BB9\u91CF GB", { minimum: 1 });
        required.push("edition", "sizeGB");
        extra.allOf = editions.map((e) => ({
          if: { properties: { edition: { const: e.id } }, required: ["edition"] },
          then: {
            properties: {
              sizeGB: {
                enum: e.sizesGB,
                description: `${e.label}\u5BB9\u91CF\u53EA\u80FD\u662F ${e.sizesGB.join("\u3001")} GB`,
                ...this.cite({ attachment: "\u9644\u4EF65" })
              }
            }
          }
        }));
        break;
      }
      case "package": {
        const p = service.package;
        if (!p) break;
        props.base = this.int(
          "\u57FA\u7840\u5305\uFF08\u4E2A\uFF09",
          `\u57FA\u7840\u5305\u6570\u91CF\uFF08\u542B ${p.baseAmount}${p.measure.unit}${p.measure.label}\uFF09`,
          {
            minimum: 0,
            maximum: 1
          }
        );
        props.increments = this.int(
          "\u589E\u91CF\u5305\uFF08\u4E2A\uFF09",
          `\u589E\u91CF\u5305\u6570\u91CF\uFF1A\u8D85\u51FA\u57FA\u7840\u5305\u7684\u90E8\u5206\uFF0C\u6BCF ${p.incrementAmount}${p.measure.unit}${p.measure.label}\u52A0\u4E00\u4E2A`,
          { minimum: 0 }
        );
        props[p.measure.field] = this.int(
          p.measure.label,
          `\u9700\u8981\u7684${p.measure.label}\uFF08${p.measure.unit}\uFF09\uFF0C\u7528\u4E8E\u6838\u5BF9\u5957\u9910\u6570\u91CF`,
          {
            minimum: 1
          }
        );
        required.push("base", "increments");
        break;
      }
      case "choice": {
        const c = service.choice;
        if (!c) break;
        props[c.field] = this.int(
          c.label,
          `${c.label}\uFF08${c.unit}\uFF09\uFF1A\u53EA\u80FD\u662F ${c.options.map((o) => o.value).join("\u3001")}`,
          {
            enum: c.options.map((o) => o.value),
            ...this.cite({ attachment: "\u9644\u4EF61" })
          }
        );
        required.push(c.field);
        break;
      }
      case "connections":
        props.connections = this.int("\u8FDE\u63A5\u6570", `\u8FDE\u63A5\u6570\uFF1A\u4EE5 ${this.g.sslVpnConnections.multiple} \u8FDE\u63A5\u4E3A\u5355\u4F4D`, {
          minimum: this.g.sslVpnConnections.multiple,
          multipleOf: this.g.sslVpnConnections.multiple,
          ...this.cite({ attachment: "\u9644\u4EF61" })
        });
        props.usage = {
          type: "string",
          title: "\u7528\u9014\u7C7B\u522B",
          description: "ops\uFF1A\u8FD0\u7EF4\uFF1Bbusiness\uFF1A\u4E1A\u52A1",
          enum: ["ops", "business"]
        };
        required.push("connections", "usage");
        break;
      case "count":
        break;
    }
    if (service.consultation || service.shape === "compute" || service.id === "evs")
      props.consultation = this.consultation();
    if (service.id === "waf")
      props.domains = this.int("\u9632\u62A4\u57DF\u540D\u6570", "\u9700\u8981\u9632\u62A4\u7684\u57DF\u540D\u6570\uFF1A\u57FA\u7840\u5305\u4E0E\u6BCF\u4E2A\u589E\u91CF\u5305\u5404\u542B 2 \u4E2A\u57DF\u540D", {
        minimum: 1
      });
    if (service.maxPerMonth !== void 0) {
      props.timesPerMonth = this.int("\u6BCF\u6708\u6B21\u6570", `\u6BCF\u6708\u6B21\u6570\uFF0C\u6700\u591A ${service.maxPerMonth} \u6B21`, {
        minimum: 1,
        maximum: service.maxPerMonth,
        ...this.cite({ attachment: "\u9644\u4EF65" })
      });
    }
    if (service.id === "eip") {
      Object.assign(props, {
        network: {
          type: "string",
          title: "IP \u7C7B\u578B",
          description: "public\uFF1A\u516C\u7F51IP\uFF08\u7535\u4FE1\u3001\u8054\u901A\u3001\u79FB\u52A8\u4E09\u9009\u4E00\uFF09\uFF1Bgovnet\uFF1A\u653F\u52A1\u5916\u7F51IP",
          enum: ["public", "govnet"]
        },
        carrier: {
          type: "string",
          title: "\u8FD0\u8425\u5546",
          description: "\u516C\u7F51 IP \u7684\u8FD0\u8425\u5546",
          enum: ["telecom", "unicom", "mobile"]
        },
        bindTo: this.resourceId("\u7ED1\u5B9A\u7684\u8D44\u6E90")
      });
      required.push("network");
    }
    if (service.id === "vpc") props.name = this.str("VPC \u540D\u79F0", "\u72EC\u7ACB VPC \u7684\u540D\u79F0\uFF08VPC_Name\uFF09");
    if (service.id === "subnet" || service.id === "private-ip")
      props.ips = this.int("\u79C1\u7F51 IP \u6570", "\u7CFB\u7EDF\u5171\u9700\u8981\u7684\u653F\u52A1\u4E91\u79C1\u7F51 IP \u6570\uFF08\u542B\u5B89\u5168\u670D\u52A1\u3001\u865A\u62DFIP\uFF09", {
        minimum: 1
      });
    return {
      ...this.obj(service.name, `${service.level1} / ${service.level2} / ${service.level3}`, props, required),
      ...extra
    };
  }
  resource() {
    const services = this.catalog.services.filter((s) => s.changeTypes.new);
    return {
      type: "object",
      title: "\u4E91\u670D\u52A1\u9700\u6C42",
      description: "\u4E00\u9879\u4E91\u670D\u52A1\u9700\u6C42\uFF08\u6309\u9644\u4EF61\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u76EE\u5F55\u300B\u586B\u5199\uFF09\uFF0C`service` \u51B3\u5B9A\u5176\u4F59\u5B57\u6BB5",
      required: ["service"],
      properties: { service: { type: "string", title: "\u670D\u52A1", enum: services.map((s) => s.id) } },
      // 服务项须与服务目录一致：未知的服务、缺少 service 都引这一款
      ...this.cite({ article: "\u7B2C21\u6761", clause: "(3)" }),
      discriminator: { propertyName: "service" },
      oneOf: services.map((s) => ({ $ref: `#/$defs/service-${s.id}` }))
    };
  }
  /** 变更前、变更后配置：字段取自各类服务的配置；哪些字段适用由规则按资源的服务核对。 */
  config(title) {
    return this.obj(title, `${title}\uFF08\u53EA\u5199\u4E0E\u8BE5\u8D44\u6E90\u76F8\u5173\u7684\u5B57\u6BB5\uFF09`, {
      vcpu: this.vcpu(),
      memoryGB: this.memory(),
      systemDisk: this.systemDisk(),
      dataDisks: this.list("\u6570\u636E\u76D8", "\u6570\u636E\u76D8\u5217\u8868", this.dataDisk()),
      capacityGB: this.capacity(),
      sizeGB: this.int("\u7F13\u5B58\u5BB9\u91CF\uFF08GB\uFF09", "\u5206\u5E03\u5F0F\u7F13\u5B58\u5BB9\u91CF GB", { minimum: 1 }),
      edition: { type: "string", title: "\u7F13\u5B58\u7248\u672C", enum: ["single", "ha", "cluster"] },
      base: this.int("\u57FA\u7840\u5305\uFF08\u4E2A\uFF09", "\u57FA\u7840\u5305\u6570\u91CF", { minimum: 0, maximum: 1 }),
      increments: this.int("\u589E\u91CF\u5305\uFF08\u4E2A\uFF09", "\u589E\u91CF\u5305\u6570\u91CF", { minimum: 0 }),
      connections: this.int("\u8FDE\u63A5\u6570", "\u8FDE\u63A5\u6570", { minimum: 10, multipleOf: 10 }),
      assets: this.int("\u8D44\u4EA7\u6570", "\u4E91\u5821\u5792\u673A\u8D44\u4EA7\u6570", { enum: [20, 50, 100, 200, 500] }),
      bandwidthMbps: this.int("\u5E26\u5BBD\uFF08Mbps\uFF09", "\u9632\u62A4\u5E26\u5BBD Mbps", { minimum: 1 }),
      dailyGB: this.int("\u65E5\u5206\u6790\u91CF\uFF08GB\uFF09", "\u6001\u52BF\u611F\u77E5\u65E5\u5206\u6790\u91CF", { enum: [5, 30] }),
      logSources: this.int("\u65E5\u5FD7\u6E90", "\u65E5\u5FD7\u6E90\u6570", { minimum: 1 }),
      quantity: this.quantity()
    });
  }
  utilization() {
    const pair = (title) => this.obj(
      title,
      `${title}\u5229\u7528\u7387\uFF0C\u5355\u4F4D %`,
      { average: this.percent("\u5E73\u5747\u5229\u7528\u7387"), peak: this.percent("\u5CF0\u503C\u5229\u7528\u7387") },
      ["average"]
    );
    return this.obj(
      "\u8D44\u6E90\u5229\u7528\u7387",
      "\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u7684\u8D44\u6E90\u5229\u7528\u7387\uFF08\u7B2C19\u6761(2)\uFF0C\u9644\u4EF66 \u53D8\u66F4\u6D4B\u7B97\u62A5\u544A\uFF09",
      {
        window: this.obj(
          "\u7EDF\u8BA1\u533A\u95F4",
          "\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u7684\u8D77\u6B62\u65E5\u671F",
          {
            from: this.date("\u8D77\u59CB\u65E5\u671F", "\u7EDF\u8BA1\u533A\u95F4\u7B2C\u4E00\u5929"),
            to: this.date("\u7ED3\u675F\u65E5\u671F", "\u7EDF\u8BA1\u533A\u95F4\u6700\u540E\u4E00\u5929")
          },
          ["from", "to"]
        ),
        cpu: pair("vCPU"),
        memory: pair("\u5185\u5B58"),
        storage: this.obj("\u5B58\u50A8", "\u5B58\u50A8\u4F7F\u7528\u60C5\u51B5", {
          usedPercent: this.percent("\u5B58\u50A8\u5229\u7528\u7387"),
          usedGB: this.int("\u5DF2\u4F7F\u7528\u91CF\uFF08GB\uFF09", "\u5DF2\u4F7F\u7528\u91CF GB", { minimum: 0 })
        }),
        evidence: this.attachments()
      },
      ["window"],
      this.cite({ article: "\u7B2C19\u6761", clause: "(2)" })
    );
  }
  growth() {
    return this.obj(
      "\u6570\u636E\u589E\u957F\u6D4B\u7B97",
      "\u672A\u6765\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u4E1A\u52A1\u6570\u636E\u589E\u957F\u91CF\uFF08\u7B2C23\u6761(2)\u3001\u7B2C29\u6761(2)\uFF09\uFF0C\u987B\u8BF4\u660E\u6570\u636E\u7684\u6784\u6210",
      {
        monthlyGB: { type: "number", minimum: 0, title: "\u6708\u589E\u957F\u91CF\uFF08GB\uFF09", description: "\u6BCF\u6708\u65B0\u589E\u6570\u636E\u91CF GB" },
        months: this.int("\u6D4B\u7B97\u6708\u6570", "\u6D4B\u7B97\u8986\u76D6\u7684\u6708\u6570\uFF0C\u4E0D\u8D85\u8FC7 6 \u4E2A\u6708", {
          minimum: 1,
          maximum: 6,
          ...this.cite({ article: "\u7B2C23\u6761", clause: "(2)" })
        }),
        composition: this.str("\u6570\u636E\u6784\u6210", "\u6570\u636E\u7684\u6784\u6210\uFF08\u4E1A\u52A1\u6570\u636E\u3001\u65E5\u5FD7\u3001\u9644\u4EF6\u2026\u2026\uFF09"),
        formula: this.str("\u6D4B\u7B97\u516C\u5F0F", "\u6D4B\u7B97\u516C\u5F0F\u4E0E\u4F9D\u636E")
      },
      ["monthlyGB", "months", "composition"]
    );
  }
  newEstimate() {
    const server = this.obj(
      "\u6D4B\u8BD5\u670D\u52A1\u5668",
      "\u7CFB\u7EDF\u6D4B\u8BD5\u65F6\u4F7F\u7528\u7684\u670D\u52A1\u5668\uFF08\u5E94\u4E0E\u67B6\u6784\u56FE\u4E2D\u7684\u8282\u70B9\u5BF9\u5E94\uFF09",
      {
        name: this.str("\u7C7B\u578B", "\u5982 \u5E94\u7528\u6D4B\u8BD5\u670D\u52A1\u5668"),
        vcpu: this.int("CPU\uFF08\u6838\uFF09", "CPU \u6838\u6570", { minimum: 1 }),
        memoryGB: this.int("\u5185\u5B58\uFF08GB\uFF09", "\u5185\u5B58 GB", { minimum: 1 }),
        systemDisk: this.systemDisk(),
        dataDisks: this.list("\u6570\u636E\u76D8", "\u6570\u636E\u76D8", this.dataDisk()),
        quantity: this.quantity(),
        purpose: this.str("\u7528\u9014", "\u7528\u9014"),
        environment: this.str("\u8FD0\u884C\u73AF\u5883", "\u64CD\u4F5C\u7CFB\u7EDF\u3001\u4E2D\u95F4\u4EF6\u7B49\u8FD0\u884C\u73AF\u5883")
      },
      ["name", "vcpu", "memoryGB", "quantity", "purpose"]
    );
    const scenario = this.obj(
      "\u6D4B\u8BD5\u573A\u666F",
      "\u91CD\u8981\u529F\u80FD\u6A21\u5757\u7684\u6D4B\u8BD5\u573A\u666F\uFF1A\u9884\u8BBE\u5E76\u53D1\u91CF\u3001\u9884\u8BBE\u7ED3\u679C\u4E0E\u6D4B\u8BD5\u670D\u52A1\u5668\u7684\u8FD0\u884C\u60C5\u51B5",
      {
        name: this.str("\u573A\u666F", "\u573A\u666F\u540D\u79F0"),
        server: this.str("\u6D4B\u8BD5\u670D\u52A1\u5668", "\u5BF9\u5E94\u7684\u6D4B\u8BD5\u670D\u52A1\u5668\u7C7B\u578B"),
        concurrency: this.int("\u9884\u8BBE\u5E76\u53D1\u91CF", "\u9884\u8BBE\u5E76\u53D1\u91CF", { minimum: 1 }),
        expected: this.str("\u9884\u8BBE\u7ED3\u679C", "\u9884\u8BBE\u7ED3\u679C\uFF0C\u5982 \u54CD\u5E94\u65F6\u95F4 \u2264 2 \u79D2"),
        cpuPercent: this.percent("CPU \u5229\u7528\u7387"),
        memoryPercent: this.percent("\u5185\u5B58\u5229\u7528\u7387"),
        result: this.str("\u8FD0\u884C\u60C5\u51B5", "\u8BE5\u573A\u666F\u4E0B\u6D4B\u8BD5\u670D\u52A1\u5668\u7684\u8FD0\u884C\u60C5\u51B5"),
        evidence: this.attachments()
      },
      ["name", "server", "concurrency", "expected", "cpuPercent", "memoryPercent"]
    );
    const demand = this.obj(
      "\u6D4B\u7B97\u51FA\u7684\u9700\u6C42",
      "\u6D4B\u7B97\u62A5\u544A\u6D4B\u7B97\u51FA\u7684\u4E91\u670D\u52A1\u9700\u6C42\uFF1B\u987B\u4E0E\u7533\u8BF7\u8868\u7684\u4E91\u670D\u52A1\u9700\u6C42\u4E00\u81F4\uFF08\u7B2C21\u6761(5)\uFF09",
      {
        resource: this.resourceId("\u5BF9\u5E94\u8D44\u6E90"),
        vcpu: this.vcpu(),
        memoryGB: this.memory(),
        quantity: this.quantity(),
        basis: this.str("\u6D4B\u7B97\u8BF4\u660E", "\u89C4\u683C\u3001\u6570\u91CF\u7684\u6D4B\u7B97\u8BF4\u660E")
      },
      ["resource", "basis"]
    );
    const storage = this.obj(
      "\u5B58\u50A8\u9700\u6C42",
      "\u6BCF\u53F0\u670D\u52A1\u5668\uFF08\u6216\u6587\u4EF6\u5B58\u50A8\u3001\u5BF9\u8C61\u5B58\u50A8\uFF09\u7684\u5B58\u50A8\u6D4B\u7B97\u8FC7\u7A0B\uFF08\u9644\u4EF66 \u7B2C3\u8282\uFF09",
      {
        resource: this.resourceId("\u5BF9\u5E94\u8D44\u6E90"),
        runtimeGB: {
          type: "number",
          minimum: 0,
          title: "\u8FD0\u884C\u73AF\u5883\u5360\u7528\uFF08GB\uFF09",
          description: "\u8FD0\u884C\u73AF\u5883\u3001\u4E1A\u52A1\u90E8\u7F72\u5305\u7684\u5B58\u50A8\u5360\u7528\u91CF"
        },
        migratedGB: {
          type: "number",
          minimum: 0,
          title: "\u8FC1\u79FB\u6570\u636E\uFF08GB\uFF09",
          description: "\u8FC1\u79FB\u81F3\u672C\u6B21\u7533\u8BF7\u8D44\u6E90\u7684\u5DF2\u6709\u4E1A\u52A1\u6570\u636E\u91CF"
        },
        migratedEvidence: this.attachments(),
        growth: this.growth(),
        requiredGB: this.int(
          "\u6240\u9700\u5B58\u50A8\u91CF\uFF08GB\uFF09",
          "\u6240\u9700\u5B58\u50A8\u91CF GB\uFF1A\u6570\u636E\u76D8\uFF08\u4E0D\u542B\u7CFB\u7EDF\u76D8\uFF0C\u7CFB\u7EDF\u76D8\u6309\u7533\u8BF7\u8868\u914D\u7F6E\uFF09\u6216\u5BF9\u8C61/\u6587\u4EF6\u5B58\u50A8\u7684\u5BB9\u91CF",
          { minimum: 0 }
        ),
        explanation: this.str("\u6240\u9700\u5B58\u50A8\u91CF\u8BF4\u660E", "\u6240\u9700\u5B58\u50A8\u91CF\u8BF4\u660E")
      },
      ["resource", "requiredGB", "explanation"]
    );
    const backup = this.obj(
      "\u707E\u5907\u9700\u6C42",
      "\u5907\u4EFD\u6D4B\u7B97\uFF1A\u5907\u4EFD\u5185\u5BB9\u3001\u7C7B\u578B\u3001\u7B56\u7565\u3001\u4FDD\u5B58\u5468\u671F\uFF0C\u63A8\u7B97\u5907\u4EFD\u5BB9\u91CF\uFF08\u7B2C23\u6761(3)\uFF09",
      {
        resource: this.resourceId("\u5BF9\u5E94\u8D44\u6E90"),
        content: this.str("\u5907\u4EFD\u5185\u5BB9", "\u5907\u4EFD\u76EE\u7684\u4E0E\u5185\u5BB9\uFF0C\u5982 \u4E1A\u52A1\u6570\u636E\u5E93"),
        type: {
          type: "string",
          title: "\u5907\u4EFD\u7C7B\u578B",
          enum: ["full", "incremental", "differential", "full+incremental"],
          description: "full\uFF1A\u5168\u91CF\uFF1Bincremental\uFF1A\u589E\u91CF\uFF1Bdifferential\uFF1A\u5DEE\u5F02\uFF1Bfull+incremental\uFF1A\u5168\u91CF+\u589E\u91CF"
        },
        policy: this.str("\u5907\u4EFD\u7B56\u7565", "\u5982 \u6BCF\u5468\u65E5\u5168\u91CF\u3001\u6BCF\u65E5\u589E\u91CF"),
        retentionDays: this.int("\u4FDD\u5B58\u5468\u671F\uFF08\u5929\uFF09", "\u5907\u4EFD\u4FDD\u5B58\u5929\u6570", { minimum: 1 }),
        sourceGB: {
          type: "number",
          minimum: 0,
          title: "\u5907\u4EFD\u6E90\u6570\u636E\u91CF\uFF08GB\uFF09",
          description: "\u6BCF\u6B21\u5168\u91CF\u5907\u4EFD\u7684\u6570\u636E\u91CF"
        },
        capacityGB: this.int("\u5907\u4EFD\u5BB9\u91CF\uFF08GB\uFF09", "\u63A8\u7B97\u51FA\u7684\u5907\u4EFD\u5BB9\u91CF GB", { minimum: 0 }),
        formula: this.str("\u63A8\u7B97\u8FC7\u7A0B", "\u7531\u7B56\u7565\u4E0E\u4FDD\u5B58\u5468\u671F\u63A8\u7B97\u5BB9\u91CF\u7684\u8FC7\u7A0B")
      },
      ["content", "type", "policy", "retentionDays", "capacityGB"],
      this.cite({ article: "\u7B2C23\u6761", clause: "(3)" })
    );
    return this.obj(
      "\u6D4B\u7B97\u62A5\u544A",
      "\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u6D4B\u7B97\u62A5\u544A\uFF08\u9644\u4EF66\uFF0C\u65B0\u589E\uFF09",
      {
        description: this.str("\u7CFB\u7EDF\u63CF\u8FF0", "\u7CFB\u7EDF\u7B80\u4ECB\u3001\u4F7F\u7528\u573A\u666F\u3001\u4E3B\u8981\u529F\u80FD\u6A21\u5757\u3001\u672C\u6B21\u8D44\u6E90\u7533\u8BF7\u5BF9\u5E94\u7684\u6A21\u5757"),
        architecture: this.obj(
          "\u7CFB\u7EDF\u67B6\u6784\u56FE",
          "\u90E8\u7F72\u67B6\u6784\u56FE\u548C\u7F51\u7EDC\u62D3\u6251\u56FE\uFF08\u6807\u660E\u653F\u52A1\u5916\u7F51\u533A\u3001\u4E92\u8054\u7F51\u533A\u548C\u90E8\u7F72\u8282\u70B9\uFF09",
          {
            summary: this.str("\u67B6\u6784\u8BF4\u660E", "\u67B6\u6784\u7684\u6587\u5B57\u8BF4\u660E"),
            diagrams: this.attachments()
          },
          ["summary"]
        ),
        users: this.obj(
          "\u7CFB\u7EDF\u7528\u6237",
          "\u7CFB\u7EDF\u7528\u6237\u7FA4\u4F53\u3001\u9884\u4F30\u6700\u5927\u7528\u6237\u91CF\u548C\u6700\u5927\u5E76\u53D1\u91CF",
          {
            groups: this.str("\u7528\u6237\u7FA4\u4F53", "\u7528\u6237\u7FA4\u4F53"),
            maxUsers: this.int("\u6700\u5927\u7528\u6237\u91CF", "\u9884\u4F30\u6700\u5927\u7528\u6237\u91CF", { minimum: 0 }),
            maxConcurrent: this.int("\u6700\u5927\u5E76\u53D1\u91CF", "\u9884\u4F30\u6700\u5927\u5E76\u53D1\u91CF", { minimum: 0 })
          },
          ["groups", "maxUsers", "maxConcurrent"]
        ),
        method: {
          type: "string",
          title: "\u6D4B\u7B97\u65B9\u5F0F",
          description: "load-test\uFF1A\u7CFB\u7EDF\u6D4B\u8BD5\uFF1Banalogy\uFF1A\u540C\u7C7B\u578B\u7CFB\u7EDF\u7C7B\u6BD4",
          enum: ["load-test", "analogy"]
        },
        loadTest: this.obj(
          "\u7CFB\u7EDF\u6D4B\u8BD5",
          "\u7CFB\u7EDF\u6D4B\u8BD5\u65B9\u5F0F\u7684\u6D4B\u8BD5\u73AF\u5883\u3001\u573A\u666F\u4E0E\u7ED3\u8BBA",
          {
            servers: this.list("\u6D4B\u8BD5\u73AF\u5883", "\u6D4B\u8BD5\u670D\u52A1\u5668", server, { minItems: 1 }),
            scenarios: this.list("\u6D4B\u8BD5\u573A\u666F\u53CA\u7ED3\u679C", "\u6D4B\u8BD5\u573A\u666F", scenario, { minItems: 1 }),
            conclusion: this.str("\u6D4B\u8BD5\u7ED3\u8BBA", "\u7ED3\u5408\u6D4B\u8BD5\u7ED3\u679C\u8BBA\u8BC1 vCPU\u3001\u5185\u5B58\u9700\u6C42\u91CF\u7684\u5408\u7406\u6027")
          },
          ["servers", "scenarios", "conclusion"]
        ),
        analogy: this.obj(
          "\u540C\u7C7B\u578B\u7CFB\u7EDF\u7C7B\u6BD4",
          "\u7C7B\u6BD4\u7684\u7CFB\u7EDF\u4E0E\u6D4B\u7B97\u8BF4\u660E",
          {
            system: this.str("\u7C7B\u6BD4\u7CFB\u7EDF", "\u540C\u7C7B\u578B\u7CFB\u7EDF\u540D\u79F0"),
            explanation: this.str("\u6D4B\u7B97\u8BF4\u660E", "\u6240\u9700\u89C4\u683C\u3001\u6570\u91CF\u7684\u6D4B\u7B97\u8BF4\u660E")
          },
          ["system", "explanation"]
        ),
        demand: this.list("\u6D4B\u7B97\u51FA\u7684\u4E91\u670D\u52A1\u9700\u6C42", "\u6BCF\u9879\u8BA1\u7B97\u8D44\u6E90\u7684\u6D4B\u7B97\u7ED3\u679C\uFF08\u7B2C21\u6761(5)\uFF09", demand, {
          minItems: 1
        }),
        storage: this.list("\u5B58\u50A8\u9700\u6C42\u8BF4\u660E", "\u5B58\u50A8\u6D4B\u7B97\uFF08\u9644\u4EF66 \u7B2C3\u8282\uFF09", storage),
        backup: this.list("\u707E\u5907\u9700\u6C42\u8BF4\u660E", "\u5907\u4EFD\u6D4B\u7B97\uFF08\u9644\u4EF66 \u7B2C4\u8282\uFF09", backup),
        security: this.obj(
          "\u5B89\u5168\u9700\u6C42\u8BF4\u660E",
          "\u6309\u7B49\u7EA7\u4FDD\u62A4\u8981\u6C42\u9009\u62E9\u5B89\u5168\u670D\u52A1\uFF0C\u5E76\u8BF4\u660E\u914D\u7F6E\u4E0E\u6570\u91CF\uFF08\u7B2C23\u6761(4)\uFF09",
          {
            explanation: this.str("\u8BF4\u660E", "\u5B89\u5168\u670D\u52A1\u9009\u62E9\u7684\u8BF4\u660E")
          },
          ["explanation"],
          this.cite({ article: "\u7B2C23\u6761", clause: "(4)" })
        )
      },
      ["description", "architecture", "users", "method", "demand"],
      {
        allOf: [
          { if: { properties: { method: { const: "load-test" } } }, then: { required: ["loadTest"] } },
          { if: { properties: { method: { const: "analogy" } } }, then: { required: ["analogy"] } }
        ],
        ...this.cite({ article: "\u7B2C23\u6761", clause: "(2)" })
      }
    );
  }
  changeEstimate() {
    return this.obj(
      "\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A",
      "\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A\uFF08\u9644\u4EF66\uFF0C\u53D8\u66F4\uFF1B\u7F29\u5BB9\u65F6\u53EF\u4E0D\u63D0\u4F9B\uFF0C\u7B2C27\u6761\uFF09",
      {
        explanation: this.str("\u6D4B\u7B97\u8BF4\u660E", "\u7ED3\u5408\u4F7F\u7528\u73B0\u72B6\u4E0E\u622A\u56FE\uFF0C\u8BBA\u8FF0\u8D44\u6E90\u53D8\u66F4\u7684\u6D4B\u7B97\u8FC7\u7A0B"),
        evidence: this.attachments(),
        storageGrowth: this.growth()
      },
      ["explanation"]
    );
  }
  testEstimate() {
    return this.obj(
      "\u6D4B\u8BD5\u8D44\u6E90\u6D4B\u7B97\u62A5\u544A",
      "\u6D4B\u7B97\u62A5\u544A\u5E94\u660E\u786E\u7CFB\u7EDF\u540D\u79F0\u3001\u7CFB\u7EDF\u67B6\u6784\u3001\u90E8\u7F72\u65B9\u6848\u3001\u8D44\u6E90\u9700\u6C42\u3001\u6D4B\u7B97\u4F9D\u636E\uFF08\u7B2C49\u6761(4)\uFF09",
      {
        description: this.str("\u7CFB\u7EDF\u63CF\u8FF0", "\u7CFB\u7EDF\u7B80\u4ECB"),
        architecture: this.obj(
          "\u7CFB\u7EDF\u67B6\u6784",
          "\u7CFB\u7EDF\u67B6\u6784\u8BF4\u660E\u4E0E\u67B6\u6784\u56FE",
          {
            summary: this.str("\u67B6\u6784\u8BF4\u660E", "\u67B6\u6784\u7684\u6587\u5B57\u8BF4\u660E"),
            diagrams: this.attachments()
          },
          ["summary"]
        ),
        deployment: this.str("\u90E8\u7F72\u65B9\u6848", "\u90E8\u7F72\u65B9\u6848\uFF1A\u90E8\u7F72\u8282\u70B9\u53CA\u5176\u4F5C\u7528"),
        nodes: this.list(
          "\u90E8\u7F72\u8282\u70B9",
          "\u90E8\u7F72\u8282\u70B9\uFF1B\u539F\u5219\u4E0A\u6BCF\u4E2A\u90E8\u7F72\u8282\u70B9\u53EA\u7533\u8BF7\u4E00\u53F0\u4E91\u4E3B\u673A\uFF08\u7B2C49\u6761(5)\uFF09",
          this.obj(
            "\u90E8\u7F72\u8282\u70B9",
            "\u4E00\u4E2A\u90E8\u7F72\u8282\u70B9",
            { name: this.str("\u8282\u70B9", "\u8282\u70B9\u540D\u79F0"), resource: this.resourceId("\u5BF9\u5E94\u8D44\u6E90") },
            ["name", "resource"]
          ),
          { minItems: 1 }
        ),
        basis: this.str("\u6D4B\u7B97\u4F9D\u636E", "\u8D44\u6E90\u9700\u6C42\u7684\u6D4B\u7B97\u4F9D\u636E\uFF08\u6309\u6700\u4F4E\u90E8\u7F72\u914D\u7F6E\uFF0C\u7B2C51\u6761(2)\uFF09")
      },
      ["description", "architecture", "deployment", "nodes", "basis"],
      this.cite({ article: "\u7B2C49\u6761", clause: "(4)" })
    );
  }
  shutdown() {
    return this.obj(
      "\u5173\u673A\u5B89\u6392",
      "\u9700\u8981\u5173\u673A\u64CD\u4F5C\u65F6\uFF1A\u4F7F\u7528\u5355\u4F4D\u4E8E\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A\uFF0C\u63D0\u4F9B\u5546\u5728\u5173\u673A\u5F53\u5929\u5B8C\u6210\uFF08\u7B2C30\u6761(1)\u3001\u7B2C36\u6761\uFF09",
      {
        required: { type: "boolean", title: "\u662F\u5426\u9700\u8981\u5173\u673A", description: "\u662F\u5426\u9700\u8981\u5173\u673A\u64CD\u4F5C" },
        date: this.date("\u5173\u673A\u65E5\u671F", "\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u7684\u5173\u673A\u65E5\u671F"),
        noticeDate: this.date("\u516C\u544A\u65E5\u671F", "\u4F7F\u7528\u5355\u4F4D\u53D1\u5E03\u5173\u673A\u516C\u544A\u7684\u65E5\u671F")
      },
      ["required"],
      this.cite({ article: "\u7B2C30\u6761", clause: "(1)" })
    );
  }
  application() {
    this.defs = {};
    const types = {
      new: "\u65B0\u589E\u7533\u8BF7",
      change: "\u53D8\u66F4\u7533\u8BF7",
      revoke: "\u64A4\u9500\u7533\u8BF7",
      ports: "\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7",
      test: "\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7",
      "test-renewal": "\u6D4B\u8BD5\u8D44\u6E90\u7EED\u671F"
    };
    const common = {
      $schema: this.str("Schema", "\u7F16\u8F91\u5668\u4F7F\u7528\u7684 schema \u5730\u5740"),
      kind: { const: "application", title: "\u6587\u6863\u7C7B\u578B", description: "\u56FA\u5B9A\u4E3A application\uFF08\u7533\u8BF7\uFF09" },
      profile: {
        const: this.profile,
        title: "\u89C4\u8303",
        description: `\u9002\u7528\u7684\u89C4\u8303\uFF1A${this.catalog.profile.title}`
      },
      sequence: this.int("\u7533\u8BF7\u5E8F\u53F7", "\u672C\u7CFB\u7EDF\u5185\u7533\u8BF7\u7684\u987A\u5E8F\u53F7\uFF0C\u4ECE 1 \u8D77\u8FDE\u7EED\u9012\u589E\uFF1B\u51B3\u5B9A\u7533\u8BF7\u7684\u5148\u540E\uFF0C\u4E0D\u770B\u6587\u4EF6\u540D", {
        minimum: 1
      }),
      type: {
        type: "string",
        title: "\u7533\u8BF7\u7C7B\u578B",
        description: Object.entries(types).map(([k, v]) => `${k}\uFF1A${v}`).join("\uFF1B"),
        enum: Object.keys(types)
      },
      date: this.date("\u7533\u8BF7\u65E5\u671F", "\u7533\u8BF7\u65E5\u671F\uFF1B\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D77 3 \u4E2A\u6708\u5185\u6709\u6548\uFF08\u9644\u4EF65 \u6CE85\uFF09"),
      unit: this.str("\u5355\u4F4D\u540D\u79F0", "\u4F7F\u7528\u5355\u4F4D\u5168\u79F0\uFF0C\u987B\u4E0E\u5355\u4F4D\u767B\u8BB0\uFF08unit.yaml\uFF09\u7684\u540D\u79F0\u4E00\u81F4\uFF08\u7B2C21\u6761(1)\uFF09"),
      system: this.str("\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0", "\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0\uFF0C\u987B\u4E0E\u9996\u6B21\u7533\u8BF7\u65F6\u586B\u5199\u7684\u540D\u79F0\u5B8C\u5168\u4E00\u81F4\uFF08\u7B2C21\u6761(2)\uFF09"),
      remark: this.str("\u5907\u6CE8", "\u5176\u4ED6\u60C5\u51B5\u8BF7\u5728\u5907\u6CE8\u4E2D\u5199\u660E\uFF08\u9644\u4EF65 \u6CE87\uFF09"),
      attachments: this.attachments()
    };
    const commonRequired = ["kind", "profile", "sequence", "type", "date", "unit", "system"];
    const branch = (type, props, required, extra = {}) => ({
      type: "object",
      title: types[type],
      properties: { ...common, type: { const: type, title: "\u7533\u8BF7\u7C7B\u578B", description: types[type] }, ...props },
      required: [...commonRequired, ...required],
      additionalProperties: false,
      ...extra
    });
    const resources = this.list(
      "\u4E91\u670D\u52A1\u9700\u6C42",
      "\u4E91\u670D\u52A1\u9700\u6C42\uFF08\u6839\u636E\u9644\u4EF61\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u76EE\u5F55\u300B\u6309\u9700\u586B\u5199\uFF09",
      {
        $ref: "#/$defs/resource"
      },
      { minItems: 1 }
    );
    const env = this.catalog.profile.environments;
    const newSection2 = this.obj(
      "\u65B0\u589E\u7533\u8BF7",
      "\u4E00\u3001\u65B0\u589E\u7533\u8BF7",
      {
        forDeploymentAndAssessment: {
          type: "boolean",
          title: "\u662F\u5426\u7528\u4E8E\u90E8\u7F72\u4E0E\u6D4B\u8BC4",
          description: "true\uFF1A\u4EC5\u9650\u653F\u52A1\u5916\u7F51\u5185\u70B9\u5BF9\u70B9\u90E8\u7F72\u6D4B\u8BD5\u548C\u5B89\u5168\u6D4B\u8BC4\uFF1Bfalse\uFF1A\u6B63\u5F0F\u4F7F\u7528\uFF0C\u987B\u63D0\u4F9B\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u7ED3\u8BBA\u6216\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\u7ED3\u679C"
        },
        securityAssessment: this.obj(
          "\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u7ED3\u8BBA\u6216\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\u7ED3\u679C",
          "\u4E0D\u7528\u4E8E\u90E8\u7F72\u4E0E\u6D4B\u8BC4\u65F6\u5FC5\u586B\uFF08\u9644\u4EF65 \u4E00\u3001\u65B0\u589E\u7533\u8BF7\uFF09",
          {
            kind: {
              type: "string",
              title: "\u7C7B\u522B",
              description: "grading\uFF1A\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\uFF1Bspecial\uFF1A\u5B89\u5168\u4E13\u9879\u68C0\u6D4B",
              enum: ["grading", "special"]
            },
            conclusion: {
              type: "string",
              title: "\u7ED3\u8BBA",
              description: "\u7B49\u7EA7\u6D4B\u8BC4\uFF1A\u4F18\u3001\u826F\u3001\u4E2D\uFF1B\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\uFF1A\u65E0\u4E2D\u9AD8\u98CE\u9669",
              enum: ["\u4F18", "\u826F", "\u4E2D", "\u65E0\u4E2D\u9AD8\u98CE\u9669"]
            },
            reportNo: this.str("\u62A5\u544A\u7F16\u53F7", "\u62A5\u544A\u7F16\u53F7"),
            issuer: this.str("\u51FA\u5177\u5355\u4F4D", "\u6D4B\u8BC4\u673A\u6784")
          },
          ["kind", "conclusion"],
          {
            allOf: [
              {
                if: { properties: { kind: { const: "grading" } }, required: ["kind"] },
                then: { properties: { conclusion: { enum: ["\u4F18", "\u826F", "\u4E2D"] } } }
              },
              {
                if: { properties: { kind: { const: "special" } }, required: ["kind"] },
                then: { properties: { conclusion: { const: "\u65E0\u4E2D\u9AD8\u98CE\u9669" } } }
              }
            ]
          }
        ),
        expectedLaunch: this.date("\u9884\u8BA1\u4E0A\u7EBF\u65F6\u95F4", "\u9884\u8BA1\u4E0A\u7EBF\u65F6\u95F4\uFE61")
      },
      ["forDeploymentAndAssessment", "expectedLaunch"],
      {
        if: {
          properties: { forDeploymentAndAssessment: { const: false } },
          required: ["forDeploymentAndAssessment"]
        },
        then: { required: ["securityAssessment"], ...this.cite({ attachment: "\u9644\u4EF65" }) }
      }
    );
    const change = this.obj(
      "\u53D8\u66F4\u9879",
      "\u4E00\u9879\u73B0\u6709\u8D44\u6E90\u7684\u53D8\u66F4\uFF08\u9644\u4EF65 \u4E09\u3001\u53D8\u66F4\u7533\u8BF7\uFF09",
      {
        resource: this.resourceId("\u53D8\u66F4\u7684\u8D44\u6E90"),
        ip: this.str("IP", "\u8D44\u6E90\u7684 IP\uFF08\u4EA4\u4ED8\u8BB0\u5F55\u4E2D\u6709\u5219\u53EF\u7701\u7565\uFF09", { format: "ipv4" }),
        before: this.config("\u53D8\u66F4\u524D\u914D\u7F6E"),
        after: this.config("\u53D8\u66F4\u540E\u914D\u7F6E"),
        utilization: this.utilization(),
        remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
      },
      ["resource", "before", "after"],
      this.cite({ attachment: "\u9644\u4EF65" })
    );
    const revocation = this.obj(
      "\u64A4\u9500\u9879",
      "\u4E00\u9879\u8981\u64A4\u9500\u7684\u8D44\u6E90\uFF08\u9644\u4EF65 \u56DB\u3001\u64A4\u9500\u7533\u8BF7\uFF09",
      {
        resource: this.resourceId("\u64A4\u9500\u7684\u8D44\u6E90"),
        ip: this.str("IP", "\u8D44\u6E90\u7684 IP", { format: "ipv4" }),
        info: this.str("\u670D\u52A1\u4FE1\u606F", "IP\u3001\u76F8\u5173\u89C4\u683C\uFF08\u4E0D\u586B\u5219\u7531\u4EA4\u4ED8\u8BB0\u5F55\u751F\u6210\uFF09"),
        dataBackup: {
          type: "string",
          title: "\u6570\u636E\u5907\u4EFD\u60C5\u51B5",
          description: "backed-up\uFF1A\u6570\u636E\u5DF2\u5907\u4EFD\uFF1Bnot-needed\uFF1A\u65E0\u9700\u5907\u4EFD\uFF1Bno-data\uFF1A\u4E0D\u6D89\u53CA\u6570\u636E\uFF08\u9644\u4EF65 \u6CE86\uFF09",
          enum: ["backed-up", "not-needed", "no-data"],
          ...this.cite({ attachment: "\u9644\u4EF65", note: "6" })
        },
        keep: this.list(
          "\u4FDD\u7559\u7684\u6570\u636E\u76D8",
          "\u64A4\u9500\u4E3B\u673A\u65F6\u4FDD\u7559\uFF08\u4E0D\u5220\u9664\uFF09\u7684\u6570\u636E\u76D8\u6216\u5B58\u50A8\u7684\u6807\u8BC6",
          this.str("\u6807\u8BC6", "\u6570\u636E\u76D8\u6807\u8BC6")
        ),
        remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
      },
      ["resource", "dataBackup"]
    );
    const portRule = this.obj(
      "\u7AEF\u53E3\u7B56\u7565",
      "\u4E00\u6761\u7AEF\u53E3\u5F00\u653E\uFF08\u6216\u5173\u95ED\uFF09\u7B56\u7565\uFF08\u9644\u4EF68\uFF09",
      {
        source: this.str("\u6E90\u5730\u5740", "\u6E90\u5730\u5740\uFF1AIP\u3001CIDR \u7F51\u6BB5\uFF0C\u6216 any\uFF08\u4EFB\u610F\u5730\u5740\uFF09"),
        destination: this.str("\u76EE\u7684\u5730\u5740", "\u76EE\u7684\u5730\u5740\uFF1A\u672C\u7CFB\u7EDF\u8D44\u6E90\u6807\u8BC6\u6216 IP"),
        protocol: {
          type: "string",
          title: "\u7AEF\u53E3\u7C7B\u578B",
          description: "TCP/UDP/ICMP",
          enum: ["tcp", "udp", "icmp"]
        },
        ports: {
          title: "\u7AEF\u53E3\u53F7",
          description: "\u7AEF\u53E3\u53F7\uFF1A\u5355\u4E2A\u7AEF\u53E3\u3001\u7AEF\u53E3\u5217\u8868\u6216\u8303\u56F4\u5B57\u7B26\u4E32\uFF08\u5982 8000-8010\uFF09\uFF1BICMP \u4E0D\u586B",
          oneOf: [
            { type: "integer", minimum: 1, maximum: 65535 },
            { type: "array", minItems: 1, items: { type: "integer", minimum: 1, maximum: 65535 } },
            { type: "string", pattern: "^[0-9]{1,5}-[0-9]{1,5}$" }
          ]
        },
        purpose: {
          type: "string",
          title: "\u7AEF\u53E3\u7528\u9014",
          description: "new-service\uFF1A\u2460\u56E0\u670D\u52A1\u9700\u8981\u5F00\u653E\u65B0\u7AEF\u53E3\uFF08\u987B\u5B89\u5168\u4E13\u9879\u62A5\u544A\uFF09\uFF1Bchange-port\uFF1A\u2461\u56E0\u5B89\u5168\u9700\u8981\u6539\u53D8\u539F\u670D\u52A1\u7AEF\u53E3\uFF1Bmanagement\uFF1A\u2462\u56E0\u7F51\u7BA1\u9700\u6C42\uFF08\u987B\u9650\u5236\u6E90\u5730\u5740\uFF09\uFF1Brdp\uFF1A\u2463\u5F00\u901A\u6216\u4FEE\u6539 3389 \u7AEF\u53E3\u7B56\u7565\uFF08\u987B RDP \u5BA1\u6279\u8868\uFF09",
          enum: ["new-service", "change-port", "management", "rdp"],
          ...this.cite({ attachment: "\u9644\u4EF68", note: "2" })
        },
        description: this.str("\u7AEF\u53E3\u7528\u9014\u8BF4\u660E", "\u7AEF\u53E3\u7528\u9014\u8BF4\u660E")
      },
      ["source", "destination", "protocol", "purpose", "description"]
    );
    const ipRequest = this.obj(
      "IP \u5730\u5740\u7533\u8BF7",
      "IP \u5730\u5740\u7533\u8BF7\uFF08\u9644\u4EF68\uFF09",
      {
        type: {
          type: "string",
          title: "\u7C7B\u578B",
          description: "virtual\uFF1A\u653F\u52A1\u4E91\u865A\u62DFIP\uFF1Belastic\uFF1A\u653F\u52A1\u4E91\u5F39\u6027IP\uFF1Bpublic\uFF1A\u516C\u7F51IP",
          enum: ["virtual", "elastic", "public"]
        },
        quantity: this.quantity(),
        purpose: this.str("\u7528\u9014", "\u7528\u9014"),
        bindTo: this.resourceId("\u7ED1\u5B9A\u7684\u865A\u62DF\u673A"),
        icpEntity: this.str("ICP\u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u540D\u79F0", "\u516C\u7F51 IP \u7528\u4E8E\u7F51\u7AD9\u65F6\uFF0CICP \u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u5168\u79F0\uFF08\u9644\u4EF68 \u6CE83\uFF09"),
        remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
      },
      ["type", "quantity", "purpose"]
    );
    const ports = this.obj(
      "\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7",
      "\u6DF1\u5733\u5E02\u653F\u52A1\u6570\u636E\u4E2D\u5FC3\u670D\u52A1\u5668\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u8868\uFF08\u9644\u4EF68\uFF09",
      {
        business: {
          type: "string",
          title: "\u4E1A\u52A1\u7C7B\u578B",
          description: "open\uFF1A\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\uFF1Bclose\uFF1A\u7AEF\u53E3\u5173\u95ED\u7533\u8BF7",
          enum: ["open", "close"]
        },
        network: {
          type: "string",
          title: "\u63A5\u5165\u7F51\u7EDC",
          description: "public\uFF1A\u515A\u653F\u673A\u5173\u5916\u7F51\uFF08\u653F\u52A1\u516C\u5171\u7F51\uFF09\uFF1Boffice\uFF1A\u515A\u653F\u673A\u5173\u4E13\u7F51\uFF08\u653F\u52A1\u529E\u516C\u7F51\uFF09",
          enum: ["public", "office"]
        },
        contact: this.obj(
          "\u8054\u7CFB\u4EBA",
          "\u7533\u8BF7\u8868\u8054\u7CFB\u4EBA",
          {
            name: this.str("\u59D3\u540D", "\u8054\u7CFB\u4EBA"),
            phone: this.str("\u8054\u7CFB\u7535\u8BDD", "\u8054\u7CFB\u7535\u8BDD"),
            fax: this.str("\u4F20\u771F", "\u4F20\u771F")
          },
          ["name", "phone"]
        ),
        securityReport: this.obj(
          "\u5B89\u5168\u4E13\u9879\u62A5\u544A",
          "\u6D4B\u8BC4\u4E2D\u5FC3\u51FA\u5177\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\uFF08\u5F00\u653E\u65B0\u7AEF\u53E3\u65F6\u5FC5\u586B\uFF0C\u7B2C38\u6761(1)\uFF09",
          {
            system: this.str("\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0", "\u62A5\u544A\u4E2D\u7684\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0"),
            conclusion: this.str("\u62A5\u544A\u7ED3\u8BBA", "\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u7ED3\u8BBA\u6216\u5B89\u5168\u4E13\u9879\u68C0\u6D4B\u7ED3\u8BBA"),
            reportNo: this.str("\u62A5\u544A\u7F16\u53F7", "\u62A5\u544A\u7F16\u53F7"),
            issuer: this.str("\u51FA\u5177\u5355\u4F4D", "\u6D4B\u8BC4\u4E2D\u5FC3")
          },
          ["system", "conclusion"],
          this.cite({ article: "\u7B2C38\u6761", clause: "(1)" })
        ),
        rdpApproval: this.obj(
          "RDP \u5BA1\u6279\u8868",
          "\u300A\u8FDC\u7A0B\u684C\u9762\uFF08RDP\uFF09\u670D\u52A1\u5F00\u901A\u5BA1\u6279\u8868\u300B\uFF08\u9644\u4EF68 \u6CE82\u2463\uFF09",
          {
            formNo: this.str("\u5BA1\u6279\u8868\u7F16\u53F7", "\u5BA1\u6279\u8868\u7F16\u53F7"),
            date: this.date("\u767B\u8BB0\u65E5\u671F", "\u62A5\u5BA1\u767B\u8BB0\u65E5\u671F")
          },
          ["formNo"],
          this.cite({ attachment: "\u9644\u4EF68", note: "2\u2463" })
        ),
        rules: this.list("\u7AEF\u53E3\u7B56\u7565", "\u6E90\u5730\u5740\u3001\u76EE\u7684\u5730\u5740\u3001\u7AEF\u53E3\u7C7B\u578B\u3001\u7AEF\u53E3\u53F7\u3001\u7528\u9014", portRule),
        ipRequests: this.list("IP \u5730\u5740\u7533\u8BF7", "\u653F\u52A1\u4E91\u865A\u62DFIP\u3001\u5F39\u6027IP\u3001\u516C\u7F51IP", ipRequest)
      },
      ["business", "network", "contact"]
    );
    const testPeriod = {
      title: "\u6D4B\u8BD5\u8D44\u6E90\u4F7F\u7528\u671F\u9650",
      description: "1\u30012\u30013 \u4E2A\u6708\u6216 1\u30012\u30013\u30014 \u5468\uFF1B\u5355\u6B21\u4E0D\u8D85\u8FC7\u4E09\u4E2A\u6708\uFF08\u7B2C45\u6761\u3001\u7B2C49\u6761(3)\uFF09",
      oneOf: [
        this.obj(
          "\u6309\u6708",
          "\u6708\u6570",
          {
            months: this.int("\u6708", "1\u20133 \u4E2A\u6708", {
              minimum: 1,
              maximum: this.catalog.profile.testResources.maxPeriodMonths,
              ...this.cite({ article: "\u7B2C45\u6761" })
            })
          },
          ["months"]
        ),
        this.obj(
          "\u6309\u5468",
          "\u5468\u6570",
          {
            weeks: this.int("\u5468", "1\u20134 \u5468", {
              minimum: 1,
              maximum: 4,
              ...this.cite({ article: "\u7B2C49\u6761", clause: "(3)" })
            })
          },
          ["weeks"]
        )
      ],
      ...this.cite({ article: "\u7B2C49\u6761", clause: "(3)" })
    };
    const testSection2 = this.obj(
      "\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7",
      "\u4E8C\u3001\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7",
      {
        environment: {
          type: "string",
          title: "\u4E91\u73AF\u5883",
          description: env.map((e) => `${e.id}\uFF1A${e.label}`).join("\uFF1B"),
          enum: env.map((e) => e.id)
        },
        networkZone: {
          const: "\u653F\u52A1\u5916\u7F51\u533A",
          title: "\u7F51\u7EDC\u533A\u57DF",
          description: "\u6D4B\u8BD5\u8D44\u6E90\u53EA\u5728\u653F\u52A1\u5916\u7F51\u533A\uFF08\u9644\u4EF65 \u4E8C\u3001\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\uFF09",
          ...this.cite({ attachment: "\u9644\u4EF65" })
        },
        period: testPeriod,
        expectedLaunch: this.date("\u9884\u8BA1\u4E0A\u7EBF\u65F6\u95F4", "\u9884\u8BA1\u4E0A\u7EBF\u65F6\u95F4\uFE61")
      },
      ["period", "expectedLaunch"]
    );
    const renewal = this.obj(
      "\u7EED\u671F\u9879",
      "\u7EED\u671F\u7684\u6D4B\u8BD5\u8D44\u6E90",
      {
        resource: this.resourceId("\u7EED\u671F\u7684\u8D44\u6E90"),
        ip: this.str("IP", "\u6D4B\u8BD5\u8D44\u6E90\u7684 IP", { format: "ipv4" }),
        months: this.int("\u7EED\u671F\u65F6\u9650\uFF08\u6708\uFF09", "\u7EED\u671F 1\u20133 \u4E2A\u6708\uFF1B\u7D2F\u8BA1\u4F7F\u7528\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\uFF08\u7B2C45\u6761\uFF09", {
          minimum: 1,
          maximum: this.catalog.profile.testResources.maxPeriodMonths,
          ...this.cite({ article: "\u7B2C45\u6761" })
        }),
        remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
      },
      ["resource", "months"]
    );
    const revokeSection2 = this.obj("\u64A4\u9500\u8BF4\u660E", "\u64A4\u9500\u7533\u8BF7\u7684\u8865\u5145\u4FE1\u606F", {
      systemOffline: this.date(
        "\u7CFB\u7EDF\u4E0B\u7EBF\u65E5\u671F",
        "\u7CFB\u7EDF\u5DF2\u4E0B\u7EBF\u65F6\u7684\u4E0B\u7EBF\u65E5\u671F\uFF1A\u4E0B\u7EBF\u540E 2 \u4E2A\u6708\u5185\u987B\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\uFF08\u7B2C19\u6761(3)\uFF09"
      ),
      wholeSystem: {
        type: "boolean",
        title: "\u6574\u4E2A\u7CFB\u7EDF\u64A4\u9500",
        description: "\u64A4\u9500\u7CFB\u7EDF\u7684\u5168\u90E8\u4E91\u8D44\u6E90\u53CA\u5176\u5B89\u5168\u7B56\u7565\u3001\u5907\u4EFD\u4F5C\u4E1A"
      }
    });
    const schemaId = this.id("application");
    const defs = { resource: this.resource() };
    for (const s of this.catalog.services)
      if (s.changeTypes.new) defs[`service-${s.id}`] = this.serviceResource(s);
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: schemaId,
      title: `\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\uFF08${this.catalog.profile.title}\uFF09`,
      description: "\u4E00\u4EFD\u7533\u8BF7\u4E00\u4E2A\u6587\u4EF6\uFF0C\u4E00\u4E2A\u6587\u4EF6\u53EA\u6D89\u53CA\u4E00\u4E2A\u4FE1\u606F\u7CFB\u7EDF\uFF08\u9644\u4EF65 \u6CE82\uFF09\u3002\u653E\u5728 requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/ \u4E0B\uFF1B`type` \u51B3\u5B9A\u5176\u4F59\u90E8\u5206\u3002",
      type: "object",
      required: ["type"],
      properties: { type: common.type },
      discriminator: { propertyName: "type" },
      oneOf: [
        branch(
          "new",
          { new: newSection2, resources, estimate: this.newEstimate() },
          ["new", "resources", "estimate"],
          {
            ...this.cite({ article: "\u7B2C21\u6761" }),
            // 缺测算报告时引要求提交它的条款（第21条），不是关于其内容的第23条(2)
            "x-required-by": { estimate: { profile: this.profile, article: "\u7B2C21\u6761" } }
          }
        ),
        branch(
          "change",
          {
            changes: this.list("\u53D8\u66F4\u9879", "\u4E09\u3001\u53D8\u66F4\u7533\u8BF7", change, { minItems: 1 }),
            shutdown: this.shutdown(),
            estimate: this.changeEstimate()
          },
          ["changes"]
        ),
        branch(
          "revoke",
          {
            revocations: this.list("\u64A4\u9500\u9879", "\u56DB\u3001\u64A4\u9500\u7533\u8BF7", revocation, { minItems: 1 }),
            revoke: revokeSection2,
            shutdown: this.shutdown()
          },
          ["revocations"]
        ),
        branch("ports", { ports }, ["ports"]),
        branch("test", { test: testSection2, resources, estimate: this.testEstimate() }, [
          "test",
          "resources",
          "estimate"
        ]),
        branch(
          "test-renewal",
          { renewals: this.list("\u7EED\u671F\u6D4B\u8BD5\u8D44\u6E90", "\u7EED\u671F\u6D4B\u8BD5\u8D44\u6E90", renewal, { minItems: 1 }) },
          ["renewals"]
        )
      ],
      $defs: { ...this.defs, ...defs }
    };
  }
  /** 交付记录：提供商发放后写入（第25条：IP、主机名、配置），状态折叠据此得到交付日期。 */
  delivery() {
    this.defs = {};
    const instance = this.obj(
      "\u5B9E\u4F8B",
      "\u53D1\u653E\u7684\u4E00\u53F0\u4E3B\u673A\uFF08\u6216\u4E00\u4E2A\u5B9E\u4F8B\uFF09",
      {
        name: this.str("\u5B9E\u4F8B\u540D", "\u4E91\u4E0A\u8D44\u6E90\u540D\uFF0C\u5982 app-1", { pattern: "^[a-z][a-z0-9-]{0,62}$" }),
        hostname: this.str("\u4E3B\u673A\u540D", "\u4E3B\u673A\u540D"),
        ip: this.str("IP", "\u653F\u52A1\u4E91\u79C1\u7F51 IP", { format: "ipv4" }),
        floatingIp: this.str("\u5F39\u6027/\u653F\u52A1\u5916\u7F51 IP", "\u7ED1\u5B9A\u7684\u5F39\u6027 IP \u6216\u653F\u52A1\u5916\u7F51 IP", { format: "ipv4" }),
        cloudId: this.str("\u4E91\u4E0A\u6807\u8BC6", "OpenStack / HCS \u4E2D\u7684\u8D44\u6E90 ID")
      },
      ["name"]
    );
    const resource = this.obj(
      "\u4EA4\u4ED8\u7684\u8D44\u6E90",
      "\u7533\u8BF7\u4E2D\u7684\u4E00\u9879\u8D44\u6E90\uFF08\u6309\u8D44\u6E90\u6807\u8BC6\uFF09\u7684\u4EA4\u4ED8\u60C5\u51B5",
      {
        id: this.resourceId(),
        instances: this.list("\u5B9E\u4F8B", "\u9010\u53F0\u7684\u4E3B\u673A\u540D\u4E0E IP", instance),
        config: this.config("\u4EA4\u4ED8\u914D\u7F6E"),
        endpoint: this.str("\u8BBF\u95EE\u5730\u5740", "\u5BF9\u8C61\u5B58\u50A8\u6876\u3001\u6587\u4EF6\u5171\u4EAB\u7B49\u7684\u8BBF\u95EE\u5730\u5740"),
        remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
      },
      ["id"]
    );
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: this.id("delivery"),
      title: "\u4EA4\u4ED8\u8BB0\u5F55",
      description: "requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/deliveries/<\u5E8F\u53F7>.yaml\uFF1A\u4E00\u4EFD\u7533\u8BF7\u5B9E\u65BD\u540E\u7684\u4EA4\u4ED8\u60C5\u51B5\uFF08\u7B2C24\u300125\u6761\uFF09\uFF0C\u7531\u53D1\u653E\u6D41\u6C34\u7EBF\u5199\u5165\uFF0C\u4EBA\u5DE5\u4E0D\u6539",
      ...this.obj(
        "\u4EA4\u4ED8\u8BB0\u5F55",
        "\u4E00\u4EFD\u7533\u8BF7\u7684\u4EA4\u4ED8\u8BB0\u5F55",
        {
          $schema: this.str("Schema", "\u7F16\u8F91\u5668\u4F7F\u7528\u7684 schema \u5730\u5740"),
          kind: { const: "delivery", title: "\u6587\u6863\u7C7B\u578B", description: "\u56FA\u5B9A\u4E3A delivery" },
          profile: { const: this.profile, title: "\u89C4\u8303", description: this.catalog.profile.title },
          application: this.int("\u7533\u8BF7\u5E8F\u53F7", "\u6240\u4EA4\u4ED8\u7684\u7533\u8BF7\u7684\u5E8F\u53F7\uFF08sequence\uFF09", { minimum: 1 }),
          date: this.date("\u4EA4\u4ED8\u65E5\u671F", "\u5B8C\u6210\u53D1\u653E\uFF08\u5B9E\u65BD\uFF09\u7684\u65E5\u671F"),
          resources: this.list("\u4EA4\u4ED8\u7684\u8D44\u6E90", "\u9010\u9879\u8D44\u6E90\u7684\u4EA4\u4ED8\u60C5\u51B5", resource),
          remark: this.str("\u5907\u6CE8", "\u5907\u6CE8")
        },
        ["kind", "profile", "application", "date"]
      ),
      $defs: this.defs
    };
  }
  unit() {
    this.defs = {};
    const agent = this.obj(
      "\u6388\u6743\u4EE3\u7406\u4EBA",
      "\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u6388\u6743\u59D4\u6258\u4E66\u300B\uFF08\u9644\u4EF63\uFF09\u4E2D\u7684\u4EE3\u7406\u4EBA\uFF1B\u4EE3\u7406\u4EBA\u5E94\u4E3A\u8BE5\u5355\u4F4D\u7684\u5728\u5C97\u516C\u804C\u4EBA\u5458",
      {
        name: this.str("\u4EE3\u7406\u4EBA\u59D3\u540D", "\u4EE3\u7406\u4EBA\u59D3\u540D"),
        github: this.str("GitHub \u8D26\u53F7", "\u4EE3\u7406\u4EBA\u63D0\u4EA4\u62C9\u53D6\u8BF7\u6C42\u6240\u7528\u7684 GitHub \u7528\u6237\u540D", {
          pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"
        }),
        position: this.str("\u804C\u4F4D", "\u804C\u4F4D"),
        idNumber: this.str(
          "\u8BC1\u4EF6\u53F7\u7801",
          "\u8BC1\u4EF6\u53F7\u7801\uFF08\u4ED3\u5E93\u516C\u5F00\u53EF\u89C1\uFF1A\u53EA\u5199\u8131\u654F\u540E\u7684\u53F7\u7801\uFF0C\u4E2D\u95F4\u7528 * \u906E\u76D6\uFF0C\u5982 440304********1234\uFF09",
          {
            pattern: "^[0-9A-Za-z]{2,6}\\*{4,}[0-9Xx]{2,4}$"
          }
        ),
        phone: this.str("\u8054\u7CFB\u7535\u8BDD", "\u8054\u7CFB\u7535\u8BDD"),
        scope: {
          type: "string",
          title: "\u6388\u6743\u8303\u56F4",
          description: "own\uFF1A\u6388\u6743\u4EE3\u7406\u672C\u5355\u4F4D\u653F\u52A1\u4E91\u7533\u8BF7\uFF1Bsupervisor-and-own\uFF1A\u6388\u6743\u4EE3\u7406\u4E3B\u7BA1\u5355\u4F4D\u53CA\u672C\u5355\u4F4D\u7684\u653F\u52A1\u4E91\u7533\u8BF7",
          enum: ["own", "supervisor-and-own"]
        },
        validFrom: this.date("\u6709\u6548\u671F\u8D77", "\u6388\u6743\u6709\u6548\u671F\u5F00\u59CB\u65E5\u671F"),
        validTo: this.date("\u6709\u6548\u671F\u6B62", "\u6388\u6743\u6709\u6548\u671F\u7ED3\u675F\u65E5\u671F\uFF08\u9ED8\u8BA4\u4E00\u5E74\uFF09"),
        stampedBy: {
          type: "string",
          title: "\u76D6\u7AE0\u5355\u4F4D",
          description: "own\uFF1A\u672C\u5355\u4F4D\u516C\u7AE0\uFF08\u5DF2\u83B7\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\u53EF\u81EA\u884C\u7533\u8BF7\u65F6\uFF09\uFF1Bsupervisor\uFF1A\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0",
          enum: ["own", "supervisor"],
          ...this.cite({ attachment: "\u9644\u4EF63", note: "\u8BF4\u660E2" })
        },
        letter: this.str("\u59D4\u6258\u4E66\u626B\u63CF\u4EF6", "\u76D6\u7AE0\u59D4\u6258\u4E66\u626B\u63CF\u4EF6\u7684\u8DEF\u5F84\uFF08\u76F8\u5BF9\u4E8E\u5355\u4F4D\u76EE\u5F55\uFF09"),
        inService: {
          const: true,
          title: "\u5728\u5C97\u516C\u804C\u4EBA\u5458",
          description: "\u786E\u8BA4\u4EE3\u7406\u4EBA\u4E3A\u8BE5\u5355\u4F4D\u7684\u5728\u5C97\u516C\u804C\u4EBA\u5458\uFF08\u9644\u4EF63 \u8BF4\u660E1\uFF09",
          ...this.cite({ attachment: "\u9644\u4EF63", note: "\u8BF4\u660E1" })
        },
        revokedOn: this.date(
          "\u6CE8\u9500\u65E5\u671F",
          "\u6388\u6743\u4EBA\u5458\u53D8\u52A8\u3001\u8D26\u53F7\u6CE8\u9500\u7684\u65E5\u671F\uFF1A\u6B64\u540E\u8BE5\u4EE3\u7406\u4EBA\u7684\u7533\u8BF7\u4E00\u5F8B\u4E0D\u4E88\u53D7\u7406\uFF08\u7B2C17\u6761\uFF09"
        )
      },
      ["name", "github", "position", "phone", "inService", "scope", "validFrom", "validTo", "stampedBy"],
      this.cite({ article: "\u7B2C17\u6761" })
    );
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: this.id("unit"),
      title: "\u4F7F\u7528\u5355\u4F4D\u767B\u8BB0",
      description: "requests/<\u5355\u4F4D>/unit.yaml\uFF1A\u5355\u4F4D\u5168\u79F0\u3001\u4E3B\u7BA1\u5355\u4F4D\u3001\u5730\u5740\u4E0E\u6388\u6743\u4EE3\u7406\u4EBA\uFF08\u9644\u4EF63\uFF09",
      ...this.obj(
        "\u4F7F\u7528\u5355\u4F4D",
        "\u653F\u52A1\u4E91\u670D\u52A1\u4F7F\u7528\u5355\u4F4D",
        {
          $schema: this.str("Schema", "\u7F16\u8F91\u5668\u4F7F\u7528\u7684 schema \u5730\u5740"),
          kind: { const: "unit", title: "\u6587\u6863\u7C7B\u578B", description: "\u56FA\u5B9A\u4E3A unit" },
          profile: { const: this.profile, title: "\u89C4\u8303", description: this.catalog.profile.title },
          name: this.str("\u5355\u4F4D\u540D\u79F0", "\u5355\u4F4D\u5168\u79F0\uFF08\u7B2C21\u6761(1)\uFF09"),
          supervisor: this.str("\u4E3B\u7BA1\u5355\u4F4D", "\u4E3B\u7BA1\u5355\u4F4D\u7684\u76EE\u5F55\u540D\uFF08requests/ \u4E0B\u7684\u6587\u4EF6\u5939\u540D\uFF09\uFF1B\u65E0\u4E3B\u7BA1\u5355\u4F4D\u65F6\u4E0D\u586B", {
            pattern: "^[a-z][a-z0-9-]{0,63}$"
          }),
          supervisorAuthorized: this.obj(
            "\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743",
            "\u5DF2\u83B7\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\u53EF\u81EA\u884C\u7533\u8BF7\u653F\u52A1\u4E91\u670D\u52A1\uFF08\u7B2C5\u6761\u3001\u9644\u4EF63 \u8BF4\u660E2\uFF09",
            {
              date: this.date("\u6388\u6743\u65E5\u671F", "\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\u65E5\u671F"),
              document: this.str("\u6388\u6743\u6587\u4EF6", "\u6388\u6743\u6587\u4EF6\u540D\u79F0\u6216\u6587\u53F7")
            },
            ["date", "document"]
          ),
          nature: {
            type: "string",
            title: "\u5355\u4F4D\u6027\u8D28",
            description: "\u673A\u5173\u3001\u4E8B\u4E1A\u3001\u5176\u5B83\uFF08\u9644\u4EF68\uFF09",
            enum: ["\u673A\u5173", "\u4E8B\u4E1A", "\u5176\u5B83"]
          },
          natureNote: this.str("\u5355\u4F4D\u6027\u8D28\u8BF4\u660E", "\u5355\u4F4D\u6027\u8D28\u4E3A\u201C\u5176\u5B83\u201D\u65F6\u8BF4\u660E"),
          address: this.str("\u5355\u4F4D\u5730\u5740", "\u5355\u4F4D\u5730\u5740\uFE61"),
          agents: this.list("\u6388\u6743\u4EE3\u7406\u4EBA", "\u6388\u6743\u4EE3\u7406\u4EBA\uFF08\u9644\u4EF63\uFF09", agent, { minItems: 1 }),
          notify: this.notify()
        },
        ["kind", "profile", "name", "nature", "address", "agents"]
      )
    };
  }
  /** unit.yaml 的 notify 一节：通知渠道，只写密钥所在的环境变量名（docs/notify.md）。 */
  notify() {
    const secret = (title, what) => this.str(
      title,
      `${what}\u6240\u5728\u7684\u73AF\u5883\u53D8\u91CF\u540D\uFF08\u4ED3\u5E93\u7684 Actions secret\uFF09\uFF0C\u5982 GOVCLOUD_NOTIFY_SZ_EDU_WECOM\uFF1B\u4E0D\u8981\u5199\u5730\u5740\u6216\u5BC6\u94A5\u672C\u8EAB\uFF0C\u4ED3\u5E93\u662F\u516C\u5F00\u7684`,
      // x-secret：写错时发现中不引用所填的值（可能是贴进来的 webhook 地址或密钥）
      { pattern: secretNamePattern, "x-secret": { repeat: false } }
    );
    return this.obj(
      "\u901A\u77E5\u6E20\u9053",
      "\u5230\u671F\u63D0\u9192\uFF08\u7B2C46\u6761\uFF09\u7B49\u901A\u77E5\u53D1\u5F80\u7684\u90AE\u7BB1\u4E0E\u7FA4\u673A\u5668\u4EBA\uFF1B\u673A\u5668\u4EBA\u53EA\u5199\u73AF\u5883\u53D8\u91CF\u540D\uFF0C\u89C1 docs/notify.md",
      {
        email: this.list(
          "\u6536\u4EF6\u90AE\u7BB1",
          "\u63A5\u6536\u901A\u77E5\u7684\u7535\u5B50\u90AE\u4EF6\u5730\u5740",
          this.str("\u90AE\u7BB1", "\u7535\u5B50\u90AE\u4EF6\u5730\u5740", { format: "email" }),
          { minItems: 1 }
        ),
        wecom: this.obj(
          "\u4F01\u4E1A\u5FAE\u4FE1\u7FA4\u673A\u5668\u4EBA",
          "\u4F01\u4E1A\u5FAE\u4FE1\u7FA4\u673A\u5668\u4EBA",
          { webhook: secret("webhook", "\u673A\u5668\u4EBA webhook \u5730\u5740") },
          ["webhook"]
        ),
        dingtalk: this.obj(
          "\u9489\u9489\u81EA\u5B9A\u4E49\u673A\u5668\u4EBA",
          "\u9489\u9489\u81EA\u5B9A\u4E49\u673A\u5668\u4EBA\uFF08\u5EFA\u8BAE\u5F00\u542F\u52A0\u7B7E\uFF09",
          {
            webhook: secret("webhook", "\u673A\u5668\u4EBA webhook \u5730\u5740"),
            secret: secret("\u52A0\u7B7E\u5BC6\u94A5", "\u52A0\u7B7E\u5BC6\u94A5\uFF08SEC \u5F00\u5934\uFF09")
          },
          ["webhook"]
        )
      },
      [],
      this.cite({ article: "\u7B2C46\u6761" })
    );
  }
  system() {
    this.defs = {};
    const env = this.catalog.profile.environments;
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: this.id("system"),
      title: "\u4FE1\u606F\u7CFB\u7EDF\u767B\u8BB0",
      description: "requests/<\u5355\u4F4D>/<\u7CFB\u7EDF>/system.yaml\uFF1A\u7CFB\u7EDF\u540D\u79F0\uFF08\u9996\u6B21\u7533\u8BF7\u65F6\u7684\u540D\u79F0\uFF09\u3001\u8D1F\u8D23\u4EBA\u3001\u6280\u672F\u8D1F\u8D23\u4EBA\u3001\u4E91\u73AF\u5883\u3001\u7B49\u7EA7\u4FDD\u62A4",
      ...this.obj(
        "\u4FE1\u606F\u7CFB\u7EDF",
        "\u4E91\u4E0A\u4FE1\u606F\u7CFB\u7EDF",
        {
          $schema: this.str("Schema", "\u7F16\u8F91\u5668\u4F7F\u7528\u7684 schema \u5730\u5740"),
          kind: { const: "system", title: "\u6587\u6863\u7C7B\u578B", description: "\u56FA\u5B9A\u4E3A system" },
          profile: { const: this.profile, title: "\u89C4\u8303", description: this.catalog.profile.title },
          name: this.str(
            "\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0",
            "\u9996\u6B21\u7533\u8BF7\u65F6\u586B\u5199\u7684\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0\uFF1B\u4E4B\u540E\u6BCF\u4EFD\u7533\u8BF7\u90FD\u987B\u4E0E\u5B83\u5B8C\u5168\u4E00\u81F4\uFF08\u7B2C21\u6761(2)\uFF09"
          ),
          owner: this.contact("\u7CFB\u7EDF\u8D1F\u8D23\u4EBA", "\u7CFB\u7EDF\u8D1F\u8D23\u4EBA\uFF1A\u987B\u4E3A\u4F7F\u7528\u5355\u4F4D\u7684\u5728\u5C97\u516C\u804C\u4EBA\u5458\uFF08\u9644\u4EF65 \u6CE85\uFF09", {
            inService: {
              const: true,
              title: "\u5728\u5C97\u516C\u804C\u4EBA\u5458",
              description: "\u786E\u8BA4\u7CFB\u7EDF\u8D1F\u8D23\u4EBA\u4E3A\u5728\u5C97\u516C\u804C\u4EBA\u5458",
              ...this.cite({ attachment: "\u9644\u4EF65", note: "5" })
            }
          }),
          technicalContact: this.contact("\u6280\u672F\u8D1F\u8D23\u4EBA", "\u6280\u672F\u8D1F\u8D23\u4EBA\uFF1A\u8D1F\u8D23\u8BE5\u7CFB\u7EDF\u7684\u6280\u672F\u4EBA\u5458\uFF08\u9644\u4EF65 \u6CE85\uFF09"),
          environment: {
            type: "string",
            title: "\u4E91\u73AF\u5883",
            description: env.map((e) => `${e.id}\uFF1A${e.label}`).join("\uFF1B"),
            enum: env.map((e) => e.id),
            ...this.cite({ attachment: "\u9644\u4EF65" })
          },
          protectionLevel: this.int(
            "\u7B49\u7EA7\u4FDD\u62A4\u7EA7\u522B",
            "\u7F51\u7EDC\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\u7EA7\u522B\uFF081\u20134\uFF09\uFF0C\u51B3\u5B9A\u987B\u9009\u7684\u5B89\u5168\u670D\u52A1\uFF08\u7B2C23\u6761(4)\uFF09",
            { minimum: 1, maximum: 4 }
          ),
          classified: {
            const: false,
            title: "\u6D89\u5BC6",
            description: "\u4E91\u4E0A\u7CFB\u7EDF\u987B\u4E3A\u975E\u6D89\u5BC6\uFF08\u7B2C4\u6761\uFF09",
            ...this.cite({ article: "\u7B2C4\u6761" })
          },
          commercial: {
            const: false,
            title: "\u5546\u4E1A\u76C8\u5229",
            description: "\u4E91\u4E0A\u7CFB\u7EDF\u987B\u4E3A\u975E\u5546\u4E1A\u76C8\u5229\u6027\u8D28\uFF08\u7B2C4\u6761\uFF09",
            ...this.cite({ article: "\u7B2C4\u6761" })
          },
          description: this.str("\u7CFB\u7EDF\u7B80\u4ECB", "\u7CFB\u7EDF\u7B80\u4ECB")
        },
        [
          "kind",
          "profile",
          "name",
          "owner",
          "technicalContact",
          "environment",
          "protectionLevel",
          "classified",
          "commercial"
        ]
      )
    };
  }
};

// scripts/profiles/shenzhen/rules/define.ts
var cite = (article, clause) => ({
  profile: "shenzhen",
  article,
  ...clause ? { clause } : {}
});
var annex = (attachment, note) => ({
  profile: "shenzhen",
  attachment,
  ...note ? { note } : {}
});
function defineRule(rule) {
  return { ...rule, id: `shenzhen/${rule.id}` };
}

// scripts/profiles/shenzhen/annual.ts
var shenzhenAnnual = {
  basis: {
    citation: cite("\u7B2C8\u6761"),
    text: text(
      "\u5E02\u653F\u52A1\u670D\u52A1\u6570\u636E\u7BA1\u7406\u5C40\u6BCF\u5E74\u5B9A\u671F\u5BF9\u5404\u5355\u4F4D\u653F\u52A1\u4E91\u4F7F\u7528\u60C5\u51B5\u8FDB\u884C\u901A\u62A5\u3001\u8003\u6838\uFF0C\u5E76\u4F5C\u4E3A\u540E\u7EED\u7533\u8BF7\u4E91\u670D\u52A1\u7684\u91CD\u8981\u5BA1\u6279\u4F9D\u636E\u3002",
      "Each year the administration reports on and assesses every unit's use of the government cloud; it weighs in later applications."
    )
  },
  lowLoad: {
    test: (u2) => u2.cpu !== void 0 && u2.cpu.average < 4 && u2.cpu.peak < 40 || u2.memory !== void 0 && u2.memory.average < 25,
    rule: text(
      "\u5168\u5E74\u5DE5\u4F5C\u65E5 vCPU \u5E73\u5747\u5229\u7528\u7387\u4F4E\u4E8E 4% \u4E14\u5CF0\u503C\u4F4E\u4E8E 40%\uFF0C\u6216\u5185\u5B58\u5E73\u5747\u5229\u7528\u7387\u4F4E\u4E8E 25% \u7684\u4E91\u4E3B\u673A\uFF08\u7F29\u5BB9\u6307\u6807\uFF09\u3002",
      "Hosts whose working-day vCPU average is below 4 % with peaks below 40 %, or whose memory average is below 25 % (the scale-down thresholds)."
    ),
    citation: cite("\u7B2C19\u6761", "(2)")
  }
};

// scripts/profiles/shenzhen/kinds.ts
var shenzhenKinds = {
  new: { name: text("\u65B0\u589E\u7533\u8BF7", "new resources"), short: text("\u65B0\u589E", "new") },
  change: { name: text("\u53D8\u66F4\u7533\u8BF7", "change"), short: text("\u53D8\u66F4", "change") },
  revoke: { name: text("\u64A4\u9500\u7533\u8BF7", "revocation"), short: text("\u64A4\u9500", "revoke") },
  ports: { name: text("\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7", "port opening"), short: text("\u7AEF\u53E3\u5F00\u653E", "ports") },
  test: { name: text("\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7", "test resources"), short: text("\u6D4B\u8BD5\u8D44\u6E90", "test") },
  "test-renewal": { name: text("\u6D4B\u8BD5\u8D44\u6E90\u7EED\u671F", "test renewal"), short: text("\u6D4B\u8BD5\u8D44\u6E90\u7EED\u671F", "renewal") }
};

// scripts/profiles/shenzhen/rules/application-validity.ts
var applicationValidity = defineRule({
  id: "application-validity",
  title: text("\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D77 3 \u4E2A\u6708\u5185\u6709\u6548", "An application is valid for 3 months from its date"),
  citation: annex("\u9644\u4EF65", "5"),
  appliesTo: ["new", "change", "revoke", "ports", "test", "test-renewal"],
  severity: "error",
  why: text(
    "\u672C\u7533\u8BF7\u81EA\u7533\u8BF7\u4E4B\u65E5\u8D773\u4E2A\u6708\u5185\u6709\u6548\uFF0C\u5982\u56E0\u7533\u8BF7\u5355\u4F4D\u539F\u56E0\u672A\u80FD\u53CA\u65F6\u5B8C\u6210\u76F8\u5173\u4E1A\u52A1\u7684\u529E\u7406\uFF0C\u7EE7\u7EED\u529E\u7406\u987B\u91CD\u65B0\u63D0\u4EA4\u7533\u8BF7\uFF08\u9644\u4EF65 \u6CE85\uFF0C\u9644\u4EF68 \u6CE84\uFF09\u3002",
    "An application is valid for 3 months from its date; after that it must be submitted again (\u9644\u4EF65 \u6CE85, \u9644\u4EF68 \u6CE84)."
  ),
  check({ application: a, today, pending, catalog }) {
    if (!pending) return [];
    if (a.date > today)
      return [
        {
          path: "/date",
          message: text(
            `\u7533\u8BF7\u65E5\u671F ${a.date} \u5728\u4ECA\u5929\uFF08${today}\uFF09\u4E4B\u540E\u3002\u8BF7\u586B\u5199\u5B9E\u9645\u63D0\u4EA4\u7533\u8BF7\u7684\u65E5\u671F\u3002`,
            `The application date ${a.date} is after today (${today}). Use the date it is submitted.`
          )
        }
      ];
    const months = catalog.profile.applicationValidityMonths;
    const until = addMonths(a.date, months);
    if (today > until)
      return [
        {
          path: "/date",
          message: text(
            `\u7533\u8BF7\u65E5\u671F\u4E3A ${a.date}\uFF0C\u6709\u6548\u671F\u5230 ${until}\uFF0C\u4ECA\u5929\uFF08${today}\uFF09\u5DF2\u8FC7\u671F\u3002\u8BF7\u628A date \u6539\u4E3A\u4ECA\u5929\u5E76\u91CD\u65B0\u786E\u8BA4\u5185\u5BB9\uFF0C\u4F5C\u4E3A\u65B0\u7684\u7533\u8BF7\u63D0\u4EA4\u3002`,
            `The application dated ${a.date} was valid until ${until} and has expired (today is ${today}). Set date to today and resubmit.`
          )
        }
      ];
    return [];
  }
});

// scripts/profiles/shenzhen/rules/change-allowed.ts
var shapeFields = {
  compute: ["vcpu", "memoryGB", "systemDisk", "dataDisks", "quantity"],
  capacity: ["capacityGB", "quantity"],
  vcpu: ["vcpu", "quantity"],
  cache: ["edition", "sizeGB", "quantity"],
  package: ["base", "increments", "quantity"],
  choice: ["quantity"],
  connections: ["connections", "quantity"],
  count: ["quantity"]
};
function configFields(svc) {
  const fields = [...shapeFields[svc.shape]];
  if (svc.package) fields.push(svc.package.measure.field);
  if (svc.choice) fields.push(svc.choice.field);
  return fields;
}
function inService(change, current) {
  const before = { ...change.before, ...current?.config ?? {} };
  return { before, after: { ...before, ...change.after } };
}
function canonical(value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value).sort().map((k) => `${k}:${canonical(value[k])}`).join(",")}}`;
  return JSON.stringify(value) ?? "undefined";
}
function flow(value) {
  if (Array.isArray(value)) return `[${value.map(flow).join(", ")}]`;
  if (value !== null && typeof value === "object")
    return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${flow(v)}`).join(", ")} }`;
  return String(value);
}
var dataTotal = (c) => (c.dataDisks ?? []).reduce((s, d) => s + d.sizeGB, 0);
var disk = (d) => `${d.sizeGB} GB ${d.tier}`;
function show(field, value) {
  if (value === void 0) return text("\u672A\u586B", "not set");
  if (field === "dataDisks") {
    const disks = value;
    return disks.length ? text(disks.map(disk).join("\u3001"), disks.map(disk).join(", ")) : text("\u65E0\u6570\u636E\u76D8", "no data disks");
  }
  if (field === "systemDisk") return text(disk(value), disk(value));
  if (field === "vcpu") return text(`${value} \u6838`, `${value} vCPU`);
  if (/GB$/.test(field)) return text(`${value} GB`, `${value} GB`);
  if (field === "bandwidthMbps") return text(`${value} Mbps`, `${value} Mbps`);
  const s = typeof value === "string" ? value : JSON.stringify(value);
  return text(s, s);
}
var measures = [
  { field: "vcpu", zh: "vCPU", en: "vCPU", get: (c) => c.vcpu },
  { field: "memoryGB", zh: "\u5185\u5B58", en: "memory", get: (c) => c.memoryGB },
  { field: "systemDisk", zh: "\u7CFB\u7EDF\u76D8", en: "system disk", get: (c) => c.systemDisk?.sizeGB },
  {
    field: "dataDisks",
    zh: "\u6570\u636E\u76D8",
    en: "data disks",
    get: (c) => c.dataDisks ? dataTotal(c) : void 0
  },
  { field: "capacityGB", zh: "\u5BB9\u91CF", en: "capacity", get: (c) => c.capacityGB },
  { field: "sizeGB", zh: "\u7F13\u5B58\u5BB9\u91CF", en: "cache size", get: (c) => c.sizeGB },
  { field: "base", zh: "\u57FA\u7840\u5305", en: "base packages", get: (c) => c.base },
  { field: "increments", zh: "\u589E\u91CF\u5305", en: "increment packages", get: (c) => c.increments },
  { field: "connections", zh: "\u8FDE\u63A5\u6570", en: "connections", get: (c) => c.connections },
  { field: "logSources", zh: "\u65E5\u5FD7\u6E90", en: "log sources", get: (c) => c.logSources },
  { field: "bandwidthMbps", zh: "\u5E26\u5BBD", en: "bandwidth", get: (c) => c.bandwidthMbps },
  { field: "assets", zh: "\u8D44\u4EA7\u6570", en: "assets", get: (c) => c.assets },
  { field: "dailyGB", zh: "\u65E5\u5206\u6790\u91CF", en: "daily volume", get: (c) => c.dailyGB },
  { field: "quantity", zh: "\u6570\u91CF", en: "quantity", get: (c) => c.quantity }
];
var unitOf = (field) => field === "vcpu" ? " \u6838" : field === "bandwidthMbps" ? " Mbps" : /GB$|Disk/.test(field) ? " GB" : "";
function movements(before, after) {
  const up = [];
  const down = [];
  const other = [];
  for (const m of measures) {
    const a = m.get(before);
    const b = m.get(after);
    if (a === void 0 || b === void 0 || a === b) continue;
    const unit = unitOf(m.field);
    (b > a ? up : down).push(
      text(`${m.zh} ${a}\u2192${b}${unit}`, `${m.en} ${a}\u2192${b}${unit === " \u6838" ? "" : unit}`)
    );
  }
  if (before.edition !== after.edition)
    other.push(text(`\u7248\u672C ${before.edition}\u2192${after.edition}`, `edition ${before.edition}\u2192${after.edition}`));
  const retiered = before.systemDisk?.tier !== after.systemDisk?.tier || (before.dataDisks ?? []).some((d, i) => {
    const n = after.dataDisks?.[i];
    return n !== void 0 && n.tier !== d.tier;
  });
  if (retiered) other.push(text("\u78C1\u76D8\u7C7B\u578B\u6539\u53D8", "disk type changed"));
  return { up, down, other };
}
var describeItems = (resource, items2) => text(
  `${resource}\uFF1A${items2.map((t) => t.zh).join("\u3001")}`,
  `${resource}: ${items2.map((t) => t.en).join(", ")}`
);
var joinZh = (ts) => ts.map((t) => t.zh).join("\uFF1B");
var joinEn = (ts) => ts.map((t) => t.en).join("; ");
var serviceLabel = (svc, id) => svc ? `${svc.name}\uFF08${id}\uFF09` : id;
function* inServiceChanges(ctx) {
  if (ctx.application.type !== "change" || !ctx.historyComplete) return;
  for (const [i, change] of ctx.application.changes.entries()) {
    const current = ctx.before.resources.get(change.resource);
    if (!current) continue;
    const svc = ctx.catalog.serviceById.get(current.service);
    yield { change, current, svc, path: `/changes/${i}`, ...inService(change, current) };
  }
}
var changeAllowed = defineRule({
  id: "change-allowed",
  title: text(
    "\u53EF\u53D8\u66F4\u7684\u670D\u52A1\u4E0E\u53D8\u66F4\u9650\u5236\uFF1A\u4E0D\u53EF\u53D8\u66F4\u3001\u4E0D\u53EF\u53D8\u66F4CPU\u3001\u4E0D\u53EF\u5728\u7EBF\u53D8\u66F4\u3001\u4E0D\u53EF\u7F29\u5BB9",
    "Which services may change, and how: no change, fixed CPU, no online change, no shrink"
  ),
  citation: annex("\u9644\u4EF62"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u9644\u4EF62\u300A\u4E91\u670D\u52A1\u7533\u8BF7\u7C7B\u578B\u300B\uFF1A\u865A\u62DF\u79C1\u6709\u4E91\u3001\u5B89\u5168\u7EC4\u3001\u4E91\u9632\u706B\u5899\u3001\u4E91\u5BC6\u94A5\u7BA1\u7406\u3001\u6570\u636E\u52A0\u89E3\u5BC6\u3001\u4E3B\u673A\u5B89\u5168\u3001\u5BB9\u5668\u5B89\u5168\u3001\u6F0F\u6D1E\u626B\u63CF\u3001\u4E91\u5B89\u5168\u7F51\u9875\u9632\u7BE1\u6539\u7684\u201C\u53D8\u66F4\u201D\u4E3A\u201C-\u201D\uFF1B\u88F8\u91D1\u5C5E\u201C\u4E0D\u53EF\u53D8\u66F4CPU\u201D\uFF1BAI\u7B97\u529B\u201C\u4E0D\u53EF\u5728\u7EBF\u53D8\u66F4\u201D\uFF1B\u4E91\u786C\u76D8\u5B58\u50A8\u3001\u6587\u4EF6\u5B58\u50A8\u201C\u4E0D\u53EF\u7F29\u5BB9\u53D8\u66F4\u201D\uFF08\u4E3B\u673A\u7684\u6570\u636E\u76D8\u3001\u7CFB\u7EDF\u76D8\u4E5F\u662F\u4E91\u786C\u76D8\uFF09\u3002",
    "\u9644\u4EF62: VPC, security group, cloud firewall, KMS, data encryption, host security, container security, vulnerability scan and web tamper protection cannot be changed; bare metal cannot change its CPU; AI compute cannot change online; cloud disks and file storage never shrink (a host's data and system disks are cloud disks too)."
  ),
  check(ctx) {
    const out = [];
    const shutdown = ctx.application.type === "change" ? ctx.application.shutdown : void 0;
    for (const { change, svc, path, before, after } of inServiceChanges(ctx)) {
      if (!svc) continue;
      const label3 = serviceLabel(svc, svc.id);
      if (!svc.changeTypes.change) {
        out.push({
          path: `${path}/resource`,
          message: text(
            `\u8D44\u6E90 ${change.resource} \u662F${label3}\uFF0C\u9644\u4EF62 \u4E2D${svc.level3}\u7684\u201C\u53D8\u66F4\u201D\u4E3A\u201C-\u201D\uFF0C\u4E0D\u80FD\u53D8\u66F4\u3002\u9700\u8981\u4E0D\u540C\u7684\u914D\u7F6E\uFF0C\u8BF7\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\u64A4\u9500\u5B83\uFF0C\u518D\u4EE5\u65B0\u589E\u7533\u8BF7\u7533\u8BF7\u65B0\u7684\u914D\u7F6E\u3002`,
            `Resource ${change.resource} is ${svc.level3} (${svc.id}), which \u9644\u4EF62 marks as not changeable. Revoke it and apply for the new configuration as a new application.`
          )
        });
        continue;
      }
      const allowed = configFields(svc);
      for (const side of ["before", "after"]) {
        for (const field of Object.keys(change[side])) {
          if (allowed.includes(field)) continue;
          out.push({
            path: `${path}/${side}/${field}`,
            atKey: true,
            message: text(
              `${field} \u4E0D\u662F${label3}\u7684\u914D\u7F6E\u9879\u3002${svc.name}\u7684\u53D8\u66F4\u524D\u3001\u53D8\u66F4\u540E\u914D\u7F6E\u53EA\u80FD\u5199\uFF1A${allowed.join("\u3001")}\u3002\u8BF7\u5220\u9664 ${side}.${field}\u3002`,
              `${field} is not part of a ${svc.level3} (${svc.id}) configuration; its before and after may only hold ${allowed.join(", ")}. Remove ${side}.${field}.`
            )
          });
        }
      }
      if (svc.changeLimits?.cpuFixed && after.vcpu !== before.vcpu)
        out.push({
          path: `${path}/after/vcpu`,
          message: text(
            `${label3}\u4E0D\u53EF\u53D8\u66F4 CPU\uFF08\u9644\u4EF62 \u5907\u6CE8\uFF09\uFF1A\u5728\u7528 ${before.vcpu} \u6838\uFF0C\u8FD9\u91CC\u6539\u4E3A ${after.vcpu} \u6838\u3002\u8BF7\u628A after.vcpu \u6539\u56DE ${before.vcpu}\uFF08\u53EF\u4EE5\u53D8\u66F4\u5185\u5B58\u4E0E\u78C1\u76D8\uFF09\u3002`,
            `${svc.level3} cannot change its CPU (\u9644\u4EF62 remark): it has ${before.vcpu} vCPU, here ${after.vcpu}. Set after.vcpu back to ${before.vcpu} (memory and disks may change).`
          )
        });
      if (svc.changeLimits?.noOnlineChange && shutdown?.required !== true)
        out.push({
          path: shutdown ? "/shutdown/required" : `${path}/resource`,
          message: text(
            `${label3}\u4E0D\u53EF\u5728\u7EBF\u53D8\u66F4\uFF08\u9644\u4EF62 \u5907\u6CE8\uFF09\uFF1A\u987B\u5173\u673A\u540E\u53D8\u66F4\u3002\u8BF7\u586B\u5199 shutdown: { required: true, date: \u5173\u673A\u65E5\u671F, noticeDate: \u516C\u544A\u65E5\u671F }\uFF0C\u5E76\u4E8E\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A\uFF08\u7B2C30\u6761(1)\uFF09\u3002`,
            `${svc.level3} cannot be changed online (\u9644\u4EF62 remark): it is changed during a shutdown. Add shutdown: { required: true, date, noticeDate } and publish the notice 3 working days before (\u7B2C30\u6761(1)).`
          )
        });
      if (svc.changeLimits?.noShrink && after.capacityGB !== void 0 && (before.capacityGB ?? 0) > after.capacityGB)
        out.push({
          path: `${path}/after/capacityGB`,
          message: text(
            `${label3}\u4E0D\u53EF\u7F29\u5BB9\uFF08\u9644\u4EF62 \u5907\u6CE8\uFF09\uFF1A\u5728\u7528 ${before.capacityGB} GB\uFF0C\u8FD9\u91CC\u6539\u4E3A ${after.capacityGB} GB\u3002\u5BB9\u91CF\u53EA\u80FD\u4FDD\u6301\u6216\u589E\u5927\uFF1A\u8BF7\u628A after.capacityGB \u6539\u4E3A\u4E0D\u5C0F\u4E8E ${before.capacityGB}\u3002`,
            `${svc.level3} never shrinks (\u9644\u4EF62 remark): it has ${before.capacityGB} GB, here ${after.capacityGB} GB. Set after.capacityGB to at least ${before.capacityGB}.`
          )
        });
      if (svc.shape === "compute") out.push(...diskShrink(change.resource, path, before, after));
      if (Object.keys(change.after).every(
        (k) => canonical(before[k]) === canonical(after[k])
      ))
        out.push({
          path: `${path}/after`,
          citation: cite("\u7B2C6\u6761", "(2)"),
          message: text(
            `\u8D44\u6E90 ${change.resource} \u7684\u53D8\u66F4\u540E\u914D\u7F6E\u4E0E\u5728\u7528\u914D\u7F6E\u76F8\u540C\uFF0C\u6CA1\u6709\u8981\u53D8\u66F4\u7684\u5185\u5BB9\u3002\u8BF7\u5728 after \u4E2D\u5199\u660E\u8981\u53D8\u66F4\u7684\u914D\u7F6E\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u9879\u3002`,
            `The after configuration of ${change.resource} equals the one in service: nothing changes. State what changes in after, or remove this item.`
          )
        });
    }
    return out;
  }
});
function diskShrink(resource, path, before, after) {
  const out = [];
  const sys = before.systemDisk?.sizeGB;
  const sysAfter = after.systemDisk?.sizeGB;
  if (sys !== void 0 && sysAfter !== void 0 && sysAfter < sys)
    out.push({
      path: `${path}/after/systemDisk/sizeGB`,
      message: text(
        `\u4E91\u786C\u76D8\u4E0D\u53EF\u7F29\u5BB9\uFF08\u9644\u4EF62\uFF09\uFF1A${resource} \u7684\u7CFB\u7EDF\u76D8\u5728\u7528 ${sys} GB\uFF0C\u8FD9\u91CC\u6539\u4E3A ${sysAfter} GB\u3002\u8BF7\u628A after.systemDisk.sizeGB \u6539\u4E3A\u4E0D\u5C0F\u4E8E ${sys}\u3002`,
        `Cloud disks never shrink (\u9644\u4EF62): the system disk of ${resource} has ${sys} GB, here ${sysAfter} GB. Set after.systemDisk.sizeGB to at least ${sys}.`
      )
    });
  const disks = before.dataDisks ?? [];
  const next = after.dataDisks ?? [];
  disks.forEach((d, i) => {
    const n = next[i];
    if (n === void 0)
      out.push({
        path: `${path}/after/dataDisks`,
        message: text(
          `\u4E91\u786C\u76D8\u4E0D\u53EF\u7F29\u5BB9\uFF08\u9644\u4EF62\uFF09\uFF1A${resource} \u7684\u7B2C ${i + 1} \u5757\u6570\u636E\u76D8\uFF08${disk(d)}\uFF09\u5728\u53D8\u66F4\u540E\u914D\u7F6E\u4E2D\u6CA1\u6709\u4E86\u3002\u6570\u636E\u76D8\u4E0D\u80FD\u5728\u53D8\u66F4\u4E2D\u53BB\u6389\uFF1A\u8BF7\u5728 after.dataDisks \u4E2D\u4FDD\u7559\u5B83\uFF08${d.sizeGB} GB \u6216\u66F4\u5927\uFF09\u3002`,
          `Cloud disks never shrink (\u9644\u4EF62): data disk ${i + 1} of ${resource} (${disk(d)}) is missing after the change. Keep it in after.dataDisks (${d.sizeGB} GB or more).`
        )
      });
    else if (n.sizeGB < d.sizeGB)
      out.push({
        path: `${path}/after/dataDisks/${i}/sizeGB`,
        message: text(
          `\u4E91\u786C\u76D8\u4E0D\u53EF\u7F29\u5BB9\uFF08\u9644\u4EF62\uFF09\uFF1A${resource} \u7684\u7B2C ${i + 1} \u5757\u6570\u636E\u76D8\u5728\u7528 ${d.sizeGB} GB\uFF0C\u8FD9\u91CC\u6539\u4E3A ${n.sizeGB} GB\u3002\u8BF7\u6539\u4E3A\u4E0D\u5C0F\u4E8E ${d.sizeGB}\u3002`,
          `Cloud disks never shrink (\u9644\u4EF62): data disk ${i + 1} of ${resource} has ${d.sizeGB} GB, here ${n.sizeGB} GB. Use at least ${d.sizeGB}.`
        )
      });
  });
  return out;
}

// scripts/profiles/shenzhen/rules/change-before-in-service.ts
var changeBeforeInService = defineRule({
  id: "change-before-in-service",
  title: text("\u53D8\u66F4\u524D\u914D\u7F6E\u987B\u4E3A\u5728\u7528\u914D\u7F6E", "The before configuration is the one in service"),
  citation: annex("\u9644\u4EF66"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u9644\u4EF65 \u4E09\u3001\u53D8\u66F4\u7533\u8BF7\u4E0E\u9644\u4EF66 \u53D8\u66F4\u6D4B\u7B97\u62A5\u544A\u90FD\u8981\u6C42\u586B\u5199\u201C\u53D8\u66F4\u524D\u914D\u7F6E\u201D\uFF1A\u5B83\u662F\u8D44\u6E90\u73B0\u5728\u5728\u7528\u7684\u914D\u7F6E\uFF0C\u5BA1\u67E5\u636E\u6B64\u5224\u65AD\u6269\u5BB9\u8FD8\u662F\u7F29\u5BB9\u3001\u5229\u7528\u7387\u6307\u6807\u662F\u5426\u9002\u7528\u3002",
    "The change form (\u9644\u4EF65) and the change estimation report (\u9644\u4EF66) state the \u201Cbefore\u201D configuration: the one in service now, from which the review tells scale-up from scale-down."
  ),
  check(ctx) {
    const out = [];
    for (const { change, current, path } of inServiceChanges(ctx)) {
      const config = current.config;
      for (const [field, stated] of Object.entries(change.before)) {
        let actual = config[field];
        if (field === "dataDisks") actual ??= [];
        if (actual === void 0 || canonical(stated) === canonical(actual)) continue;
        const s = show(field, stated);
        const a = show(field, actual);
        const since = current.changedBy.length ? text(
          `\uFF08\u7B2C ${current.changedBy[current.changedBy.length - 1]} \u53F7\u7533\u8BF7\u53D8\u66F4\u540E\uFF09`,
          ` (after application ${current.changedBy[current.changedBy.length - 1]})`
        ) : text("", "");
        out.push({
          path: `${path}/before/${field}`,
          message: text(
            `\u53D8\u66F4\u524D\u914D\u7F6E\u7684 ${field} \u5199\u7684\u662F ${s.zh}\uFF0C\u8D44\u6E90 ${change.resource} \u5728\u7528\u7684\u662F ${a.zh}${since.zh}\u3002\u53D8\u66F4\u524D\u914D\u7F6E\u987B\u4E3A\u73B0\u5728\u5728\u7528\u7684\u914D\u7F6E\uFF1A\u8BF7\u628A before.${field} \u6539\u4E3A ${flow(actual)}\u3002`,
            `before.${field} says ${s.en}, but ${change.resource} has ${a.en} in service${since.en}. The before configuration is the one in service now: set before.${field} to ${flow(actual)}.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/change-estimate.ts
var changeEstimate2 = defineRule({
  id: "change-estimate",
  title: text(
    "\u6269\u5BB9\u987B\u9644\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A\uFF0C\u7F29\u5BB9\u53EF\u4E0D\u63D0\u4F9B",
    "A scale-up has a change estimation report; a scale-down may omit it"
  ),
  citation: cite("\u7B2C28\u6761", "(1)"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u53D1\u8D77\u9636\u6BB5\uFF0C\u4F7F\u7528\u5355\u4F4D\u987B\u586B\u5199\u63D0\u4EA4\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u8868\u300B\u548C\u300A\u4E91\u670D\u52A1\u7533\u8BF7\u6D4B\u7B97\u62A5\u544A\u300B\uFF08\u7F29\u5BB9\u65F6\u53EF\u4E0D\u63D0\u4F9B\uFF09\uFF08\u7B2C27\u6761\uFF09\uFF1B\u5BA1\u67E5\u8981\u70B9\uFF1A\u7533\u8BF7\u6750\u6599\u987B\u5305\u542B\u7533\u8BF7\u8868\u3001\u4E91\u670D\u52A1\u7533\u8BF7\u6D4B\u7B97\u62A5\u544A\uFF08\u7F29\u5BB9\u65F6\u53EF\u4E0D\u63D0\u4F9B\uFF09\uFF08\u7B2C28\u6761(1)\uFF09\u3002",
    "A change application includes the form and the estimation report, which only a scale-down may omit (\u7B2C27\u6761, \u7B2C28\u6761(1))."
  ),
  check(ctx) {
    if (ctx.application.type !== "change" || ctx.application.estimate !== void 0) return [];
    const reasons2 = [];
    let first;
    for (const { change, path, before, after } of inServiceChanges(ctx)) {
      const m = movements(before, after);
      if (m.up.length === 0 && m.other.length === 0) continue;
      reasons2.push(describeItems(change.resource, [...m.up, ...m.other]));
      first ??= `${path}/after`;
    }
    if (first === void 0) return [];
    return [
      {
        path: first,
        message: text(
          `\u8FD9\u4EFD\u53D8\u66F4\u4E0D\u662F\u5355\u7EAF\u7684\u7F29\u5BB9\uFF08${joinZh(reasons2)}\uFF09\uFF0C\u987B\u9644\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A\uFF08\u9644\u4EF66\uFF09\uFF1A\u8BF7\u5728 estimate.explanation \u4E2D\u7ED3\u5408\u8FD1\u671F\u4F7F\u7528\u60C5\u51B5\u4E0E\u622A\u56FE\u8BBA\u8FF0\u53D8\u66F4\u7684\u6D4B\u7B97\u8FC7\u7A0B\uFF0C\u622A\u56FE\u5199\u5728 estimate.evidence\u3002\u53EA\u6709\u7F29\u5BB9\u53EF\u4EE5\u4E0D\u63D0\u4F9B\u6D4B\u7B97\u62A5\u544A\u3002`,
          `This change is not a pure scale-down (${joinEn(reasons2)}), so it needs the change estimation report (\u9644\u4EF66): explain the estimate in estimate.explanation, with screenshots in estimate.evidence. Only a scale-down may omit it.`
        )
      }
    ];
  }
});

// scripts/profiles/shenzhen/rules/change-resource-exists.ts
function items(ctx) {
  const a = ctx.application;
  if (a.type === "change") return a.changes.map((c, i) => ({ ...c, path: `/changes/${i}` }));
  if (a.type === "revoke") return a.revocations.map((r, i) => ({ ...r, path: `/revocations/${i}` }));
  return [];
}
var inServiceIds = (ctx) => {
  const ids = [...ctx.before.resources.keys()].sort();
  return ids.length ? ids.join("\u3001") : "\uFF08\u65E0\uFF09";
};
var changeResourceExists = defineRule({
  id: "change-resource-exists",
  title: text(
    "\u53D8\u66F4\u3001\u64A4\u9500\u7684\u8D44\u6E90\u987B\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90",
    "A change or revocation names a resource in service in the system"
  ),
  citation: cite("\u7B2C6\u6761", "(2)"),
  appliesTo: ["change", "revoke"],
  severity: "error",
  why: text(
    "\u53D8\u66F4\u7533\u8BF7\u6307\u7CFB\u7EDF\u7533\u8BF7\u6269\u5BB9\u6216\u7F29\u5BB9\u5DF2\u7533\u8BF7\u4E91\u670D\u52A1\u914D\u7F6E\uFF1B\u64A4\u9500\u7533\u8BF7\u6307\u7CFB\u7EDF\u7533\u8BF7\u64A4\u9500\u5DF2\u7533\u8BF7\u4E91\u670D\u52A1\uFF08\u7B2C6\u6761(2)(3)\uFF09\u3002\u63D0\u4F9B\u5546\u5B9E\u65BD\u65F6\u6838\u5B9E\u7533\u8BF7\u6750\u6599\u4E2D\u7684\u653F\u52A1\u4E91\u8D44\u6E90\u4FE1\u606F\uFF08\u7B2C36\u6761\uFF09\u3002",
    "A change scales a service the system already has; a revocation withdraws one it already has (\u7B2C6\u6761(2)(3)). The provider checks the resource information before carrying it out (\u7B2C36\u6761)."
  ),
  check(ctx) {
    const out = [];
    const revoke = ctx.application.type === "revoke";
    const citation = revoke ? cite("\u7B2C6\u6761", "(3)") : void 0;
    const verb = revoke ? { zh: "\u64A4\u9500", en: "revoke" } : { zh: "\u53D8\u66F4", en: "change" };
    const reliable = ctx.historyComplete;
    const seen = /* @__PURE__ */ new Map();
    for (const { resource, ip, path } of items(ctx)) {
      const first = seen.get(resource);
      if (first !== void 0) {
        out.push({
          path: `${path}/resource`,
          ...citation ? { citation } : {},
          message: text(
            `\u8D44\u6E90 ${resource} \u5728\u672C\u7533\u8BF7\u4E2D\u5DF2\u5728 ${first} ${verb.zh}\u8FC7\u4E00\u6B21\u3002\u540C\u4E00\u8D44\u6E90\u5728\u4E00\u4EFD\u7533\u8BF7\u4E2D\u53EA\u5199\u4E00\u9879\uFF1A\u8BF7\u628A\u8FD9\u4E24\u9879\u5408\u5E76\u4E3A\u4E00\u9879\u3002`,
            `Resource ${resource} already appears at ${first} in this application. Write one item per resource: merge the two.`
          )
        });
        continue;
      }
      seen.set(resource, path);
      if (!reliable) continue;
      const current = ctx.before.resources.get(resource);
      if (!current) {
        const gone = ctx.before.revoked.get(resource);
        out.push({
          path: `${path}/resource`,
          ...citation ? { citation } : {},
          message: gone ? text(
            `\u8D44\u6E90 ${resource} \u5DF2\u7531\u7B2C ${gone.revokedBy} \u53F7\u7533\u8BF7\u64A4\u9500${gone.revokedOn ? `\uFF08${gone.revokedOn} \u5B9E\u65BD\uFF09` : ""}\uFF0C\u4E0D\u80FD\u518D${verb.zh}\u3002\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\u662F\uFF1A${inServiceIds(ctx)}\u3002\u9700\u8981\u8FD9\u9879\u670D\u52A1\u8BF7\u63D0\u4EA4\u65B0\u589E\u7533\u8BF7\u3002`,
            `Resource ${resource} was revoked by application ${gone.revokedBy}${gone.revokedOn ? ` (carried out on ${gone.revokedOn})` : ""} and cannot be ${revoke ? "revoked" : "changed"} again. Resources in service: ${[...ctx.before.resources.keys()].sort().join(", ") || "(none)"}. File a new application if the service is needed.`
          ) : text(
            `\u672C\u7CFB\u7EDF\u6CA1\u6709\u8D44\u6E90 ${resource}\u3002\u53EA\u80FD${verb.zh}\u5728\u7528\u7684\u8D44\u6E90\uFF1A${inServiceIds(ctx)}\u3002\u8BF7\u6539\u4E3A\u5176\u4E2D\u4E4B\u4E00\uFF08\u8D44\u6E90\u6807\u8BC6\u89C1\u65B0\u589E\u7533\u8BF7\u7684 resources[].id\uFF09\u3002`,
            `The system has no resource ${resource}. Only resources in service can be ${revoke ? "revoked" : "changed"}: ${[...ctx.before.resources.keys()].sort().join(", ") || "(none)"}. Use one of them (the id from resources[].id of the new application).`
          )
        });
        continue;
      }
      if (ip === void 0) continue;
      const known = current.instances.flatMap((i) => [i.ip, i.floatingIp]).filter((x) => x !== void 0);
      if (known.length === 0 || known.includes(ip)) continue;
      out.push({
        path: `${path}/ip`,
        ...citation ? { citation } : {},
        message: text(
          `IP ${ip} \u4E0D\u662F\u8D44\u6E90 ${resource} \u7684\u5730\u5740\uFF1B\u4EA4\u4ED8\u8BB0\u5F55\u4E2D\u5B83\u7684\u5730\u5740\u662F ${known.join("\u3001")}\u3002\u8BF7\u6539\u4E3A\u5176\u4E2D\u4E4B\u4E00\uFF0C\u6216\u5220\u9664 ip\uFF08\u7531\u4EA4\u4ED8\u8BB0\u5F55\u751F\u6210\uFF09\u3002`,
          `IP ${ip} is not an address of resource ${resource}; its delivered addresses are ${known.join(", ")}. Use one of them, or remove ip (it is taken from the delivery record).`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/change-storage-growth.ts
var storageOf = (shape, service, c) => shape === "compute" ? dataTotal(c) : ["evs", "obs", "sfs"].includes(service) ? c.capacityGB : void 0;
var changeStorageGrowth = defineRule({
  id: "change-storage-growth",
  title: text(
    "\u5B58\u50A8\u6269\u5BB9\u91CF\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F\u91CF",
    "A storage scale-up is at most six months of data growth"
  ),
  citation: cite("\u7B2C29\u6761", "(2)"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u5B58\u50A8\u8D44\u6E90\u6269\u5BB9\u91CF\u4E0D\u5F97\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F\u91CF\uFF08\u5E94\u63D0\u4F9B\u5408\u7406\u7684\u6D4B\u7B97\u4F9D\u636E\uFF0C\u5E76\u8BF4\u660E\u6570\u636E\u7684\u6784\u6210\uFF09\uFF08\u7B2C29\u6761(2)\uFF09\uFF1B\u53D8\u66F4\u6D4B\u7B97\u62A5\u544A\u4E2D\u5B58\u50A8\u7684\u53D8\u66F4\u91CF\u7684\u6D4B\u7B97\u8FC7\u7A0B\u987B\u4E0D\u8D85\u8FC7\u672A\u6765\u516D\u4E2A\u6708\u7684\u4E1A\u52A1\u6570\u636E\u589E\u957F\u91CF\uFF08\u9644\u4EF66\uFF09\u3002",
    "A storage scale-up may not exceed six months of data growth, with a sound basis and the data's composition (\u7B2C29\u6761(2), \u9644\u4EF66)."
  ),
  check(ctx) {
    if (ctx.application.type !== "change") return [];
    const grown = [];
    for (const { change, svc, path, before, after } of inServiceChanges(ctx)) {
      if (!svc) continue;
      const from = storageOf(svc.shape, svc.id, before);
      const to = storageOf(svc.shape, svc.id, after);
      if (from !== void 0 && to !== void 0 && to > from)
        grown.push({ resource: change.resource, path, from, to });
    }
    if (grown.length === 0) return [];
    const increase = grown.reduce((s, g) => s + (g.to - g.from), 0);
    const list2 = grown.map((g) => `${g.resource} ${g.from}\u2192${g.to} GB`);
    const estimate = ctx.application.estimate;
    const growth = estimate?.storageGrowth;
    if (!growth) {
      return [
        {
          path: estimate ? "/estimate" : `${grown[0].path}/after`,
          severity: "warning",
          message: text(
            `\u5B58\u50A8\u6269\u5BB9 ${increase} GB\uFF08${list2.join("\u3001")}\uFF09\u6CA1\u6709\u516D\u4E2A\u6708\u6570\u636E\u589E\u957F\u7684\u6D4B\u7B97\uFF08estimate.storageGrowth\uFF09\u3002\u8BF7\u8865\u4E0A storageGrowth: { monthlyGB: \u6BCF\u6708\u589E\u957F GB, months: \u4E0D\u8D85\u8FC7 6, composition: \u6570\u636E\u6784\u6210 }\uFF1B\u5BA1\u67E5\u4EBA\u5458\u8BF7\u5728\u6D4B\u7B97\u8BF4\u660E\u4E2D\u6838\u5BF9\u6269\u5BB9\u91CF\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F\u91CF\uFF0C\u5E76\u8BF4\u660E\u4E86\u6570\u636E\u7684\u6784\u6210\u3002`,
            `The storage scale-up of ${increase} GB (${list2.join(", ")}) has no six-month growth estimate (estimate.storageGrowth). Add storageGrowth: { monthlyGB, months (at most 6), composition }; reviewers: check in the explanation that the increase is within six months of data growth and that the data's composition is given.`
          )
        }
      ];
    }
    const raw = growth.monthlyGB * growth.months;
    const limit = Math.ceil(raw / 100) * 100;
    if (increase <= limit) return [];
    return [
      {
        path: "/estimate/storageGrowth",
        message: text(
          `\u5B58\u50A8\u6269\u5BB9\u5171 ${increase} GB\uFF08${list2.join("\u3001")}\uFF09\uFF0C\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F\u91CF\uFF1A\u6BCF\u6708 ${growth.monthlyGB} GB \xD7 ${growth.months} \u4E2A\u6708 = ${raw} GB\uFF0C\u6309 100 GB \u5411\u4E0A\u53D6\u6574\u4E3A ${limit} GB\u3002\u8BF7\u628A\u6269\u5BB9\u91CF\u51CF\u5230 ${limit} GB \u4EE5\u5185\uFF0C\u6216\u6309\u5B9E\u9645\u6570\u636E\u6784\u6210\u4FEE\u6B63\u589E\u957F\u6D4B\u7B97\u3002`,
          `The storage scale-up totals ${increase} GB (${list2.join(", ")}), more than six months of data growth: ${growth.monthlyGB} GB a month \xD7 ${growth.months} months = ${raw} GB, rounded up to ${limit} GB. Reduce the increase to ${limit} GB or less, or correct the growth estimate.`
        )
      }
    ];
  }
});

// scripts/profiles/shenzhen/rules/revoke-after-offline.ts
var revokeAfterOffline = defineRule({
  id: "revoke-after-offline",
  title: text("\u7CFB\u7EDF\u4E0B\u7EBF\u540E 2 \u4E2A\u6708\u5185\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7", "A system taken offline is revoked within 2 months"),
  citation: cite("\u7B2C19\u6761", "(3)"),
  appliesTo: ["revoke"],
  severity: "error",
  why: text(
    "\u5F53\u7CFB\u7EDF\u4E0B\u7EBF\u540E\uFF0C\u4F7F\u7528\u5355\u4F4D\u5E94\u57282\u4E2A\u6708\u5185\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\uFF0C\u56DE\u6536\u5B89\u5168\u7B56\u7565\u3001\u5907\u4EFD\u4F5C\u4E1A\u3001\u4E91\u8D44\u6E90\uFF0C\u505A\u597D\u7CFB\u7EDF\u3001\u6570\u636E\u5B89\u5168\u7BA1\u7406\uFF08\u7B2C19\u6761(3)\uFF09\u3002",
    "Once a system is taken offline, the unit files the revocation within 2 months, reclaiming security policies, backup jobs and resources (\u7B2C19\u6761(3))."
  ),
  check(ctx) {
    const a = ctx.application;
    const offline = a.type === "revoke" ? a.revoke?.systemOffline : void 0;
    if (a.type !== "revoke" || offline === void 0) return [];
    if (offline > a.date)
      return [
        {
          path: "/revoke/systemOffline",
          message: text(
            `\u7CFB\u7EDF\u4E0B\u7EBF\u65E5\u671F ${offline} \u5728\u7533\u8BF7\u65E5 ${a.date} \u4E4B\u540E\u3002systemOffline \u662F\u7CFB\u7EDF\u5DF2\u7ECF\u4E0B\u7EBF\u7684\u65E5\u671F\uFF1A\u8BF7\u6539\u4E3A\u5B9E\u9645\u4E0B\u7EBF\u7684\u65E5\u671F\uFF1B\u7CFB\u7EDF\u5C1A\u672A\u4E0B\u7EBF\u65F6\u8BF7\u5220\u9664\u5B83\uFF0C\u8BA1\u5212\u7684\u5173\u673A\u65E5\u671F\u5199\u5728 shutdown.date\u3002`,
            `The offline date ${offline} is after the application date ${a.date}. systemOffline is the day the system went offline: correct it, or remove it if the system is still running (the planned shutdown goes in shutdown.date).`
          )
        }
      ];
    const out = [];
    const due = addMonths(offline, 2);
    if (a.date > due)
      out.push({
        path: "/revoke/systemOffline",
        severity: "warning",
        message: text(
          `\u7CFB\u7EDF\u4E8E ${offline} \u4E0B\u7EBF\uFF0C\u64A4\u9500\u7533\u8BF7\u5E94\u5728 2 \u4E2A\u6708\u5185\uFF08\u6700\u8FDF ${due}\uFF09\u63D0\u4EA4\uFF0C\u8FD9\u4EFD\u7533\u8BF7 ${a.date} \u624D\u63D0\u4EA4\uFF0C\u5DF2\u903E\u671F\u3002\u7533\u8BF7\u7167\u5E38\u53D7\u7406\uFF1B\u5BA1\u67E5\u4EBA\u5458\u8BF7\u8BB0\u5F55\u903E\u671F\uFF0C\u7EB3\u5165\u4F7F\u7528\u60C5\u51B5\u901A\u62A5\u3002`,
          `The system went offline on ${offline}; the revocation was due by ${due} but is dated ${a.date}. It is still processed; reviewers: record the delay for the usage report.`
        )
      });
    const listed = new Set(a.revocations.map((r) => r.resource));
    const left = [...ctx.before.resources.keys()].filter((id) => !listed.has(id)).sort();
    if (left.length > 0 && a.revoke?.wholeSystem !== true && ctx.historyComplete)
      out.push({
        path: "/revoke/systemOffline",
        severity: "warning",
        message: text(
          `\u7CFB\u7EDF\u5DF2\u4E0B\u7EBF\uFF0C\u987B\u56DE\u6536\u5B83\u7684\u5168\u90E8\u4E91\u8D44\u6E90\u3001\u5B89\u5168\u7B56\u7565\u4E0E\u5907\u4EFD\u4F5C\u4E1A\uFF0C\u800C\u672C\u7533\u8BF7\u6CA1\u6709\u64A4\u9500 ${left.join("\u3001")}\u3002\u8BF7\u4E00\u5E76\u64A4\u9500\u5E76\u5199 wholeSystem: true\uFF1B\u82E5\u8FD9\u4E9B\u8D44\u6E90\u53E6\u6709\u7528\u9014\uFF0C\u8BF7\u5728 remark \u4E2D\u8BF4\u660E\uFF0C\u7531\u5BA1\u67E5\u4EBA\u5458\u786E\u8BA4\u3002`,
          `The system is offline, so all its resources, policies and backup jobs are reclaimed, but this application leaves ${left.join(", ")}. Revoke them too with wholeSystem: true, or explain in remark for the reviewer.`
        )
      });
    return out;
  }
});

// scripts/profiles/shenzhen/rules/revoke-data-statement.ts
var revokeDataStatement = defineRule({
  id: "revoke-data-statement",
  title: text(
    "\u64A4\u9500\u627F\u8F7D\u6570\u636E\u7684\u8D44\u6E90\u987B\u5199\u660E\u6570\u636E\u5DF2\u5907\u4EFD\u6216\u65E0\u9700\u5907\u4EFD",
    "Revoking a resource that holds data states backed-up or not-needed"
  ),
  citation: annex("\u9644\u4EF65", "6"),
  appliesTo: ["revoke"],
  severity: "error",
  why: text(
    "\u6D89\u53CA\u6570\u636E\u76F8\u5173\u7684\u64A4\u9500\u7533\u8BF7\u987B\u660E\u786E\u6570\u636E\u662F\u5426\u5DF2\u5907\u4EFD\u6216\u65E0\u9700\u5907\u4EFD\uFF08\u9644\u4EF65 \u6CE86\uFF09\u3002",
    "A revocation touching data states whether the data is backed up or needs no backup (\u9644\u4EF65 note 6)."
  ),
  check(ctx) {
    if (ctx.application.type !== "revoke" || !ctx.historyComplete) return [];
    const out = [];
    const revoked = new Set(ctx.application.revocations.map((r) => r.resource));
    for (const [i, rv] of ctx.application.revocations.entries()) {
      const current = ctx.before.resources.get(rv.resource);
      if (!current) continue;
      const svc = ctx.catalog.serviceById.get(current.service);
      const label3 = serviceLabel(svc, current.service);
      if (svc?.holdsData && rv.dataBackup === "no-data")
        out.push({
          path: `/revocations/${i}/dataBackup`,
          message: text(
            `${rv.resource} \u662F${label3}\uFF0C\u627F\u8F7D\u6570\u636E\uFF1A\u64A4\u9500\u65F6\u987B\u5199\u660E\u6570\u636E\u5DF2\u5907\u4EFD\uFF08backed-up\uFF09\u6216\u65E0\u9700\u5907\u4EFD\uFF08not-needed\uFF09\uFF0C\u4E0D\u80FD\u5199 no-data\u3002\u8BF7\u628A dataBackup \u6539\u4E3A backed-up \u6216 not-needed\uFF0C\u65E0\u9700\u5907\u4EFD\u65F6\u5728 remark \u4E2D\u8BF4\u660E\u539F\u56E0\u3002`,
            `${rv.resource} is a ${svc.level3} (${svc.id}) and holds data: state backed-up or not-needed, not no-data. Set dataBackup to backed-up or not-needed (say why in remark when no backup is needed).`
          )
        });
      const attached = [...ctx.before.resources.values()].filter((r) => r.config.attachTo === rv.resource).map((r) => r.id).sort();
      for (const [j, k] of (rv.keep ?? []).entries()) {
        const path = `/revocations/${i}/keep/${j}`;
        if (attached.includes(k)) {
          if (revoked.has(k))
            out.push({
              path,
              message: text(
                `${k} \u540C\u65F6\u5728\u672C\u7533\u8BF7\u7684\u64A4\u9500\u9879\u4E2D\uFF0C\u53C8\u5217\u4E3A\u4FDD\u7559\u3002\u8BF7\u4E8C\u9009\u4E00\uFF1A\u4FDD\u7559\u5C31\u5220\u9664\u5B83\u7684\u64A4\u9500\u9879\uFF0C\u64A4\u9500\u5C31\u4ECE keep \u4E2D\u5220\u9664\u3002`,
                `${k} is both revoked in this application and listed as kept. Choose one: remove its revocation, or remove it from keep.`
              )
            });
          continue;
        }
        const known = ctx.before.resources.has(k);
        out.push({
          path,
          message: text(
            `${known ? `${k} \u4E0D\u662F\u6302\u8F7D\u5728 ${rv.resource} \u4E0A\u7684\u6570\u636E\u76D8\u6216\u5B58\u50A8` : `\u672C\u7CFB\u7EDF\u6CA1\u6709\u5728\u7528\u7684\u8D44\u6E90 ${k}`}\u3002keep \u53EA\u80FD\u5217\u51FA\u6302\u8F7D\u5728 ${rv.resource} \u4E0A\u7684\u4E91\u786C\u76D8\uFF1A${attached.length ? attached.join("\u3001") : `${rv.resource} \u6CA1\u6709\u6302\u8F7D\u5355\u72EC\u7684\u4E91\u786C\u76D8\uFF08\u4E3B\u673A\u81EA\u5E26\u7684\u6570\u636E\u76D8\u968F\u4E3B\u673A\u64A4\u9500\uFF0C\u9700\u8981\u7684\u6570\u636E\u8BF7\u5148\u5907\u4EFD\uFF09`}\u3002\u8BF7\u4ECE keep \u4E2D\u5220\u9664 ${k}\u3002`,
            `${known ? `${k} is not a disk or storage attached to ${rv.resource}` : `The system has no resource ${k} in service`}. keep lists only cloud disks attached to ${rv.resource}: ${attached.length ? attached.join(", ") : `${rv.resource} has none (its own data disks go with it; back up what is needed)`}. Remove ${k} from keep.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/revoke-related-services.ts
var portText = (r) => `${r.source} \u2192 ${r.destination} ${r.protocol.toUpperCase()}${r.ports === void 0 ? "" : ` ${Array.isArray(r.ports) ? r.ports.join(",") : r.ports}`}`;
var revokeRelatedServices = defineRule({
  id: "revoke-related-services",
  title: text(
    "\u64A4\u9500\u4E3B\u673A\u65F6\u4E00\u5E76\u64A4\u9500\u5173\u8054\u7684 IP\u3001\u5B89\u5168\u670D\u52A1\u3001\u5907\u4EFD\u4E0E\u5B89\u5168\u7B56\u7565",
    "Revoking hosts takes their IPs, security services, backups and policies with them"
  ),
  citation: cite("\u7B2C19\u6761", "(3)"),
  appliesTo: ["revoke"],
  severity: "error",
  why: text(
    "\u4F7F\u7528\u5355\u4F4D\u5E94\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\uFF0C\u56DE\u6536\u4E91\u8D44\u6E90\u53CA\u5176\u5B89\u5168\u7B56\u7565\u3001\u5907\u4EFD\u4F5C\u4E1A\u7B49\uFF1B\u7CFB\u7EDF\u4E0B\u7EBF\u540E\uFF0C\u56DE\u6536\u5B89\u5168\u7B56\u7565\u3001\u5907\u4EFD\u4F5C\u4E1A\u3001\u4E91\u8D44\u6E90\uFF08\u7B2C19\u6761(3)\uFF09\u3002\u63D0\u4F9B\u5546\u5E94\u5728\u5173\u673A\u5F53\u5929\u76F8\u5E94\u5B8C\u6210\u4E91\u670D\u52A1\u53CA\u5173\u8054\u670D\u52A1\u7684\u64A4\u9500\uFF08\u7B2C36\u6761\uFF09\u3002",
    "A revocation reclaims the resources together with their security policies and backup jobs (\u7B2C19\u6761(3)); the provider withdraws the services and their related services on the shutdown day (\u7B2C36\u6761)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "revoke" || !ctx.historyComplete) return [];
    const state = ctx.before;
    const pathOf2 = /* @__PURE__ */ new Map();
    for (const [i, rv] of a.revocations.entries())
      if (state.resources.has(rv.resource) && !pathOf2.has(rv.resource))
        pathOf2.set(rv.resource, `/revocations/${i}/resource`);
    if (pathOf2.size === 0) return [];
    const kept = new Set(a.revocations.flatMap((rv) => rv.keep ?? []));
    const remaining = [...state.resources.values()].filter((r) => !pathOf2.has(r.id));
    const svcOf = (r) => ctx.catalog.serviceById.get(r.service);
    const label3 = (r) => `${svcOf(r)?.name ?? r.service} ${r.id}`;
    const out = [];
    for (const r of remaining) {
      const host = r.config.bindTo;
      if (host !== void 0 && pathOf2.has(host))
        out.push({
          path: pathOf2.get(host),
          message: text(
            `${label3(r)} \u7ED1\u5B9A\u5728\u8981\u64A4\u9500\u7684 ${host} \u4E0A\uFF0C\u64A4\u9500\u540E\u5B83\u5C31\u6CA1\u6709\u7ED1\u5B9A\u5BF9\u8C61\u4E86\u3002\u8BF7\u628A\u5B83\u4E00\u5E76\u64A4\u9500\uFF1A\u5728 revocations \u4E2D\u52A0\u4E00\u9879 { resource: ${r.id}, dataBackup: no-data }\u3002`,
            `${r.service} ${r.id} is bound to ${host}, which is being revoked. Revoke it too: add { resource: ${r.id}, dataBackup: no-data } to revocations.`
          )
        });
      const disk2 = r.config.attachTo;
      if (disk2 !== void 0 && pathOf2.has(disk2) && !kept.has(r.id))
        out.push({
          path: pathOf2.get(disk2),
          message: text(
            `${label3(r)} \u6302\u8F7D\u5728\u8981\u64A4\u9500\u7684 ${disk2} \u4E0A\u3002\u8BF7\u4E00\u5E76\u64A4\u9500\u5B83\uFF08\u5728 revocations \u4E2D\u52A0\u4E00\u9879\uFF0C\u5199\u660E\u6570\u636E\u662F\u5426\u5DF2\u5907\u4EFD\uFF09\uFF0C\u6216\u5728 ${disk2} \u7684 keep \u4E2D\u5217\u51FA ${r.id} \u8868\u793A\u4FDD\u7559\u3002`,
            `${r.service} ${r.id} is attached to ${disk2}, which is being revoked. Revoke it too (stating whether its data is backed up), or list ${r.id} in the keep of ${disk2}.`
          )
        });
    }
    for (const [id, path] of pathOf2) {
      const rules = state.ports.filter((p) => p.rule.destination === id);
      if (rules.length === 0) continue;
      const list2 = rules.map((p) => `${portText(p.rule)}\uFF08\u7B2C ${p.openedBy} \u53F7\u7533\u8BF7\u5F00\u653E\uFF09`);
      out.push({
        path,
        severity: "warning",
        citation: cite("\u7B2C36\u6761"),
        message: text(
          `${id} \u4E0A\u5F00\u653E\u7740 ${rules.length} \u6761\u7AEF\u53E3\u7B56\u7565\uFF1A${list2.join("\uFF1B")}\u3002\u5B83\u4EEC\u968F ${id} \u4E00\u5E76\u56DE\u6536\u3002\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u63D0\u4F9B\u5546\u5728\u64A4\u9500\u5F53\u5929\u5173\u95ED\u8FD9\u4E9B\u7B56\u7565\u3002`,
          `${rules.length} port rule(s) are open to ${id}: ${rules.map((p) => portText(p.rule)).join("; ")}. They are reclaimed with it: reviewers, confirm the provider closes them on the day of the revocation.`
        )
      });
    }
    const isHost = (r) => svcOf(r)?.shape === "compute";
    const revokedHosts = [...pathOf2.keys()].filter((id) => isHost(state.resources.get(id)));
    if (revokedHosts.length > 0) {
      const hostPath = pathOf2.get(revokedHosts[0]);
      const hostsLeft = remaining.filter(isHost).reduce((s, r) => s + (r.config.quantity ?? 1), 0);
      const bound = /* @__PURE__ */ new Map();
      for (const r of remaining)
        if (svcOf(r)?.hostBound) bound.set(r.service, [...bound.get(r.service) ?? [], r]);
      for (const [service, rs] of bound) {
        const quantity = rs.reduce((s, r) => s + (r.config.quantity ?? 1), 0);
        if (quantity <= hostsLeft) continue;
        const names2 = rs.map((r) => r.id).join("\u3001");
        const svcName = ctx.catalog.serviceById.get(service)?.name ?? service;
        out.push({
          path: hostPath,
          severity: "warning",
          message: hostsLeft === 0 ? text(
            `\u64A4\u9500\u540E\u672C\u7CFB\u7EDF\u6CA1\u6709\u4E3B\u673A\u4E86\uFF0C\u800C\u7ED1\u5B9A\u4E3B\u673A\u7684${svcName} ${names2}\uFF08\u5171 ${quantity} \u53F0\uFF09\u4ECD\u5728\u7528\u3002\u8BF7\u5728\u672C\u7533\u8BF7\u4E2D\u4E00\u5E76\u64A4\u9500\uFF1B\u82E5\u4ECD\u6709\u4FDD\u62A4\u5BF9\u8C61\uFF0C\u8BF7\u5728 remark \u4E2D\u8BF4\u660E\uFF0C\u7531\u5BA1\u67E5\u4EBA\u5458\u786E\u8BA4\u3002`,
            `After this revocation the system has no hosts, but the host-bound ${service} ${rs.map((r) => r.id).join(", ")} (${quantity} in all) stays. Revoke it too, or explain in remark what it still protects for the reviewer to confirm.`
          ) : text(
            `\u64A4\u9500\u540E\u672C\u7CFB\u7EDF\u5269 ${hostsLeft} \u53F0\u4E3B\u673A\uFF0C\u800C\u7ED1\u5B9A\u4E3B\u673A\u7684${svcName} ${names2} \u4ECD\u5171\u6309 ${quantity} \u53F0\u5728\u7528\uFF0C\u591A\u51FA ${quantity - hostsLeft} \u53F0\u3002\u7ED1\u5B9A\u5728\u88AB\u64A4\u9500\u4E3B\u673A\u4E0A\u7684\u90E8\u5206\u5E94\u4E00\u5E76\u56DE\u6536\uFF1A\u80FD\u5355\u72EC\u64A4\u9500\u7684\u8BF7\u5728\u672C\u7533\u8BF7\u4E2D\u64A4\u9500\uFF1B\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u591A\u51FA\u90E8\u5206\u7684\u5904\u7406\u3002`,
            `After this revocation ${hostsLeft} host(s) remain, but the host-bound ${service} ${rs.map((r) => r.id).join(", ")} stays at ${quantity} in all, ${quantity - hostsLeft} too many. What was bound to the revoked hosts goes with them: revoke what can be revoked separately; reviewers: confirm how the surplus is handled.`
          )
        });
      }
      if (hostsLeft === 0)
        for (const r of remaining.filter((x) => x.service === "backup"))
          out.push({
            path: hostPath,
            severity: "warning",
            message: text(
              `\u64A4\u9500\u540E\u672C\u7CFB\u7EDF\u6CA1\u6709\u4E3B\u673A\u4E86\uFF0C\u800C${label3(r)} \u4ECD\u5728\u7528\u3002\u5907\u4EFD\u4F5C\u4E1A\u5E94\u968F\u4E3B\u673A\u4E00\u5E76\u56DE\u6536\uFF1A\u8BF7\u4E00\u5E76\u64A4\u9500\u5B83\uFF1B\u82E5\u5B83\u8FD8\u5907\u4EFD\u5176\u4ED6\u8D44\u6E90\uFF08\u5982\u5BF9\u8C61\u5B58\u50A8\uFF09\uFF0C\u8BF7\u5728 remark \u4E2D\u8BF4\u660E\uFF0C\u7531\u5BA1\u67E5\u4EBA\u5458\u786E\u8BA4\u3002`,
              `After this revocation the system has no hosts, but the backup service ${r.id} stays. Backup jobs are reclaimed with the hosts: revoke it too, or explain in remark what it still backs up for the reviewer to confirm.`
            )
          });
    }
    if (a.revoke?.wholeSystem === true) {
      if (remaining.length > 0) {
        const ids = remaining.map((r) => r.id).sort();
        out.push({
          path: "/revoke/wholeSystem",
          message: text(
            `\u6574\u4E2A\u7CFB\u7EDF\u64A4\u9500\u987B\u5217\u51FA\u5168\u90E8\u5728\u7528\u8D44\u6E90\uFF0C\u8FD8\u7F3A ${ids.length} \u9879\uFF1A${ids.join("\u3001")}\u3002\u8BF7\u4E3A\u6BCF\u4E00\u9879\u5728 revocations \u4E2D\u52A0\u4E00\u9879\uFF08\u5199\u660E\u6570\u636E\u662F\u5426\u5DF2\u5907\u4EFD\uFF09\uFF0C\u6216\u53BB\u6389 wholeSystem\u3002`,
            `A whole-system revocation lists every resource in service; ${ids.length} are missing: ${ids.join(", ")}. Add a revocation for each (stating the data backup), or remove wholeSystem.`
          )
        });
      }
      const left = state.ports.filter((p) => !pathOf2.has(p.rule.destination));
      if (left.length > 0)
        out.push({
          path: "/revoke/wholeSystem",
          severity: "warning",
          message: text(
            `\u6574\u4E2A\u7CFB\u7EDF\u64A4\u9500\u540E\u4ECD\u6709 ${left.length} \u6761\u7AEF\u53E3\u7B56\u7565\u7684\u76EE\u7684\u5730\u5740\u4E0D\u662F\u88AB\u64A4\u9500\u7684\u8D44\u6E90\uFF1A${left.map((p) => portText(p.rule)).join("\uFF1B")}\u3002\u5B89\u5168\u7B56\u7565\u987B\u4E00\u5E76\u56DE\u6536\uFF1A\u8BF7\u63D0\u4EA4\u7AEF\u53E3\u5173\u95ED\u7533\u8BF7\uFF0C\u6216\u7531\u5BA1\u67E5\u4EBA\u5458\u786E\u8BA4\u63D0\u4F9B\u5546\u4E00\u5E76\u5173\u95ED\u3002`,
            `After the whole-system revocation ${left.length} port rule(s) still point elsewhere: ${left.map((p) => portText(p.rule)).join("; ")}. Security policies are reclaimed too: file a port-closing application, or reviewers confirm the provider closes them.`
          )
        });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/shutdown-notice.ts
var shutdownNotice = defineRule({
  id: "shutdown-notice",
  title: text("\u5173\u673A\u64CD\u4F5C\u987B\u4E8E\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A", "A shutdown is announced 3 working days before"),
  citation: cite("\u7B2C30\u6761", "(1)"),
  appliesTo: ["change", "revoke"],
  severity: "error",
  why: text(
    "\u82E5\u9700\u8981\u5173\u673A\u64CD\u4F5C\uFF0C\u63D0\u4F9B\u5546\u4E0E\u4F7F\u7528\u5355\u4F4D\u786E\u8BA4\u5173\u673A\u64CD\u4F5C\u65F6\u95F4\uFF1B\u4F7F\u7528\u5355\u4F4D\u5E94\u4E8E\u5173\u673A\u524D3\u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A\uFF1B\u4F7F\u7528\u5355\u4F4D\u5B9E\u65BD\u5173\u673A\u540E\uFF0C\u63D0\u4F9B\u5546\u5E94\u5728\u5173\u673A\u5F53\u5929\u5B8C\u6210\u4E91\u670D\u52A1\u53D8\u66F4\uFF08\u7B2C30\u6761(1)\uFF09\u3002\u64A4\u9500\u540C\u6837\uFF1A\u4F7F\u7528\u5355\u4F4D\u5E94\u4E8E\u5173\u673A\u524D3\u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A\uFF0C\u63D0\u4F9B\u5546\u5728\u5173\u673A\u5F53\u5929\u5B8C\u6210\u64A4\u9500\uFF08\u7B2C36\u6761\uFF09\u3002",
    "When a shutdown is needed, the unit and the provider agree its day; the unit announces it 3 working days before, and the provider finishes on the shutdown day (\u7B2C30\u6761(1) for changes, \u7B2C36\u6761 for revocations)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "change" && a.type !== "revoke") return [];
    const s = a.shutdown;
    if (s?.required !== true) return [];
    const citation = a.type === "revoke" ? { citation: cite("\u7B2C36\u6761") } : {};
    const out = [];
    if (s.date === void 0)
      out.push({
        path: "/shutdown",
        ...citation,
        message: text(
          "\u9700\u8981\u5173\u673A\u64CD\u4F5C\u65F6\u987B\u5199\u660E\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u7684\u5173\u673A\u65E5\u671F\uFF1A\u8BF7\u586B\u5199 shutdown.date\uFF08YYYY-MM-DD\uFF09\u3002",
          "A shutdown needs the day agreed with the provider: add shutdown.date (YYYY-MM-DD)."
        )
      });
    if (s.noticeDate === void 0)
      out.push({
        path: "/shutdown",
        ...citation,
        message: text(
          "\u9700\u8981\u5173\u673A\u64CD\u4F5C\u65F6\u987B\u4E8E\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A\uFF1A\u8BF7\u586B\u5199\u516C\u544A\u65E5\u671F shutdown.noticeDate\uFF08YYYY-MM-DD\uFF09\u3002",
          "A shutdown is announced 3 working days before: add the notice date shutdown.noticeDate (YYYY-MM-DD)."
        )
      });
    if (s.date === void 0) return out;
    if (s.date <= a.date) {
      out.push({
        path: "/shutdown/date",
        ...citation,
        message: text(
          `\u5173\u673A\u65E5\u671F ${s.date} \u4E0D\u5728\u7533\u8BF7\u65E5 ${a.date} \u4E4B\u540E\u3002\u5173\u673A\u5728\u5BA1\u6279\u901A\u8FC7\u540E\u7684\u5B9E\u65BD\u9636\u6BB5\u8FDB\u884C\uFF1A\u8BF7\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u7533\u8BF7\u65E5\u4E4B\u540E\u7684\u5173\u673A\u65E5\u671F\u3002`,
          `The shutdown day ${s.date} is not after the application date ${a.date}. The shutdown happens once the application is approved: agree a later day with the provider.`
        )
      });
      return out;
    }
    if (s.noticeDate === void 0) return out;
    const days = ctx.calendar.workdaysBefore(s.date, 3);
    const latest = days[0];
    if (s.noticeDate <= latest) return out;
    const cal = ctx.calendar;
    const earliest = addDays(cal.addWorkdays(s.noticeDate, cal.isWorkday(s.noticeDate) ? 2 : 3), 1);
    out.push({
      path: "/shutdown/noticeDate",
      ...citation,
      message: text(
        `\u5173\u673A\u65E5\u671F ${s.date} \u4E4B\u524D\u7684 3 \u4E2A\u5DE5\u4F5C\u65E5\u662F ${days.join("\u3001")}\uFF0C\u516C\u544A\u6700\u8FDF\u5E94\u5728 ${latest} \u53D1\u5E03\uFF1B\u8FD9\u91CC\u516C\u544A\u65E5\u671F\u662F ${s.noticeDate}\u3002\u8BF7\u628A noticeDate \u6539\u4E3A ${latest} \u6216\u66F4\u65E9\uFF0C\u6216\u628A\u5173\u673A\u65E5\u671F\u63A8\u8FDF\u5230 ${earliest} \u6216\u4E4B\u540E\u3002`,
        `The 3 working days before the shutdown on ${s.date} are ${days.join(", ")}, so the notice is due by ${latest}; here it is ${s.noticeDate}. Publish it by ${latest}, or move the shutdown to ${earliest} or later.`
      )
    });
    return out;
  }
});

// scripts/core/report/summary.ts
var tierNames = { sata: "\u666E\u901AIO", sas: "\u9AD8IO", ssd: "\u8D85\u9AD8IO" };
function describeConfig(c) {
  const parts = [];
  if (c.vcpu !== void 0 && c.memoryGB !== void 0) parts.push(`${c.vcpu}\u6838${c.memoryGB}GB`);
  else if (c.vcpu !== void 0) parts.push(`${c.vcpu} vCPU`);
  if (c.gpus !== void 0) parts.push(`${c.gpus} \u5757\u52A0\u901F\u5361`);
  if (c.systemDisk)
    parts.push(`\u7CFB\u7EDF\u76D8 ${c.systemDisk.sizeGB}GB ${tierNames[c.systemDisk.tier] ?? c.systemDisk.tier}`);
  for (const d of c.dataDisks ?? []) parts.push(`\u6570\u636E\u76D8 ${d.sizeGB}GB ${tierNames[d.tier] ?? d.tier}`);
  if (c.capacityGB !== void 0)
    parts.push(`${c.capacityGB}GB${c.tier ? ` ${tierNames[c.tier] ?? c.tier}` : ""}`);
  if (c.edition !== void 0) parts.push({ single: "\u5355\u673A\u7248", ha: "\u4E3B\u5907\u7248", cluster: "\u96C6\u7FA4\u7248" }[c.edition]);
  if (c.sizeGB !== void 0) parts.push(`${c.sizeGB}GB`);
  if (c.base !== void 0 || c.increments !== void 0)
    parts.push(`\u57FA\u7840\u5305 ${c.base ?? 0} \u4E2A\u3001\u589E\u91CF\u5305 ${c.increments ?? 0} \u4E2A`);
  if (c.connections !== void 0) parts.push(`${c.connections} \u8FDE\u63A5`);
  if (c.assets !== void 0) parts.push(`${c.assets} \u8D44\u4EA7`);
  if (c.bandwidthMbps !== void 0 && c.base === void 0) parts.push(`${c.bandwidthMbps}Mbps`);
  if (c.dailyGB !== void 0) parts.push(`${c.dailyGB}GB/\u5929`);
  if (c.network !== void 0) parts.push(c.network === "public" ? "\u516C\u7F51IP" : "\u653F\u52A1\u5916\u7F51IP");
  if (c.bindTo !== void 0) parts.push(`\u7ED1\u5B9A ${c.bindTo}`);
  if (c.ips !== void 0) parts.push(`${c.ips} \u4E2A\u79C1\u7F51 IP`);
  return parts.join("\uFF0C");
}

// scripts/core/state/fold.ts
function portKey(rule) {
  const ports = Array.isArray(rule.ports) ? [...rule.ports].sort((a, b) => a - b).join(",") : String(rule.ports ?? "");
  return `${rule.source}|${rule.destination}|${rule.protocol}|${ports}`;
}
var configOf = (r) => {
  const { id: _id, service: _service, purpose: _purpose, remark: _remark, consultation: _c, ...config } = r;
  return config;
};
function periodEnd(start, period) {
  return "months" in period ? addMonths(start, period.months) : addDays(start, period.weeks * 7);
}
function apply(state, app) {
  const resources = new Map(state.resources);
  const revoked = new Map(state.revoked);
  let ports = [...state.ports];
  switch (app.type) {
    case "new":
    case "test":
      for (const r of app.resources) {
        resources.set(r.id, {
          id: r.id,
          service: r.service,
          ...r.purpose !== void 0 ? { purpose: r.purpose } : {},
          config: configOf(r),
          kind: app.type === "test" ? "test" : "production",
          createdBy: app.sequence,
          changedBy: [],
          instances: [],
          ...app.type === "test" ? { test: { period: app.test.period, renewedMonths: 0 } } : {}
        });
      }
      break;
    case "change":
      for (const c of app.changes) {
        const r = resources.get(c.resource);
        if (!r) continue;
        resources.set(c.resource, {
          ...r,
          config: { ...r.config, ...c.after },
          changedBy: [...r.changedBy, app.sequence]
        });
      }
      break;
    case "revoke":
      for (const rv of app.revocations) {
        const r = resources.get(rv.resource);
        if (!r) continue;
        resources.delete(rv.resource);
        revoked.set(rv.resource, { resource: r, revokedBy: app.sequence });
      }
      {
        const gone = /* @__PURE__ */ new Set();
        for (const rv of app.revocations) {
          const r = revoked.get(rv.resource)?.resource;
          if (!r) continue;
          gone.add(r.id);
          for (const i of r.instances) for (const ip of [i.ip, i.floatingIp]) if (ip) gone.add(ip);
        }
        ports = ports.filter((p) => !gone.has(p.rule.destination));
      }
      break;
    case "ports":
      for (const rule of app.ports.rules ?? []) {
        const key = portKey(rule);
        if (app.ports.business === "open") {
          if (!ports.some((p) => portKey(p.rule) === key)) ports.push({ rule, openedBy: app.sequence });
        } else ports = ports.filter((p) => portKey(p.rule) !== key);
      }
      break;
    case "test-renewal":
      for (const rn of app.renewals) {
        const r = resources.get(rn.resource);
        if (!r?.test) continue;
        resources.set(rn.resource, {
          ...r,
          test: {
            ...r.test,
            renewedMonths: r.test.renewedMonths + rn.months,
            ...r.test.expiresOn ? { expiresOn: addMonths(r.test.expiresOn, rn.months) } : {}
          }
        });
      }
      break;
  }
  return { resources, revoked, ports, applied: [...state.applied, app.sequence] };
}

// scripts/core/provision/naming.ts
var flavorName = (vcpu, memoryGB) => `c${vcpu}m${memoryGB}`;
var addressSlug = (address) => address.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");

// scripts/core/provision/services/common.ts
var internalGroup = "system-internal";
var quantityOf = (r) => r.config.quantity ?? 1;
var range = (n) => Array.from({ length: n }, (_, i) => i + 1);
var holdsData = (catalog, r) => catalog.serviceById.get(r.service)?.holdsData === true;

// scripts/core/provision/services/ecs.ts
var ecs = {
  service: "ecs",
  kinds: ["security-group", "volume", "port", "instance", "volume-attachment"],
  delivers: "instance",
  internal: true,
  securityGroups: (r) => [`${r.id}-sg`],
  bindTarget: (r, n) => ({ port: `${r.id}-${n}-port` }),
  attachTarget: (r, n) => `${r.id}-${n}`,
  specs(r, ctx, out) {
    const group = `${r.id}-sg`;
    const defaultSystemDisk = ctx.catalog.profile.granularity.systemDiskGB.default;
    out.specs.push({
      kind: "security-group",
      name: group,
      resource: r.id,
      protect: false,
      description: `govcloud: ${r.id}`
    });
    for (const n of range(quantityOf(r))) {
      const inst = `${r.id}-${n}`;
      const system = `${inst}-system`;
      const port = `${inst}-port`;
      out.specs.push({
        kind: "volume",
        name: system,
        resource: r.id,
        protect: true,
        role: "system",
        sizeGB: r.config.systemDisk?.sizeGB ?? defaultSystemDisk,
        tier: r.config.systemDisk?.tier ?? "sata",
        fromImage: true
      });
      out.specs.push({
        kind: "port",
        name: port,
        resource: r.id,
        protect: false,
        instance: inst,
        network: ctx.network,
        securityGroups: [group, internalGroup]
      });
      out.specs.push({
        kind: "instance",
        name: inst,
        resource: r.id,
        protect: holdsData(ctx.catalog, r),
        flavor: flavorName(r.config.vcpu ?? 0, r.config.memoryGB ?? 0),
        vcpu: r.config.vcpu ?? 0,
        memoryGB: r.config.memoryGB ?? 0,
        systemVolume: system,
        port,
        test: r.kind === "test",
        index: n
      });
      for (const [i, d] of (r.config.dataDisks ?? []).entries()) {
        const disk2 = `${inst}-data-${i + 1}`;
        out.specs.push({
          kind: "volume",
          name: disk2,
          resource: r.id,
          protect: true,
          role: "data",
          sizeGB: d.sizeGB,
          tier: d.tier,
          fromImage: false
        });
        out.specs.push({
          kind: "volume-attachment",
          name: `${disk2}-attach`,
          resource: r.id,
          protect: false,
          instance: inst,
          volume: disk2
        });
      }
    }
  }
};

// scripts/core/provision/services/eip.ts
var bindRefusal = (r, target, bindable, n) => {
  const q = quantityOf(r);
  if (!target)
    return text(
      `\u5F39\u6027IP ${r.id} \u7ED1\u5B9A\u7684 ${r.config.bindTo} \u4E0D\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\u3002\u8BF7\u6539\u6B63 bindTo\uFF0C\u6216\u4E00\u5E76\u64A4\u9500\u8FD9\u4E2A\u5F39\u6027IP\u3002`,
      `Elastic IP ${r.id} binds to ${r.config.bindTo}, which is not in service in this system.`
    );
  if (!bindable)
    return text(
      `\u5F39\u6027IP ${r.id} \u7ED1\u5B9A\u5230 ${target.id}\uFF08${target.service}\uFF09\uFF1A\u53EA\u80FD\u7ED1\u5B9A\u4E91\u4E3B\u673A\u6216\u8D1F\u8F7D\u5747\u8861\u3002`,
      `Elastic IP ${r.id} binds to ${target.id} (${target.service}): only hosts and load balancers can be bound.`
    );
  return text(
    `\u5F39\u6027IP ${r.id} \u6709 ${q} \u4E2A\uFF0C\u4E00\u5BF9\u4E00\u7ED1\u5B9A\u5230 ${target.id}\uFF08${quantityOf(target)} \u53F0\uFF09\uFF1A\u7B2C ${n} \u4E2A\u6CA1\u6709\u5BF9\u5E94\u7684\u5B9E\u4F8B\u3002\u8BF7\u51CF\u5C11\u5F39\u6027IP \u6570\u91CF\uFF0C\u6216\u589E\u52A0\u4E3B\u673A\u53F0\u6570\u3002`,
    `Elastic IP ${r.id} has ${q} addresses bound one-to-one to ${target.id} (${quantityOf(target)}): address ${n} has no target.`
  );
};
var eip = {
  service: "eip",
  kinds: ["floating-ip", "floating-ip-association"],
  delivers: "floating-ip",
  specs(r, ctx, out) {
    const pool = r.config.network === "public" ? `public-${r.config.carrier ?? "telecom"}` : "govnet";
    const target = r.config.bindTo ? ctx.state.resources.get(r.config.bindTo) : void 0;
    const bindTarget = target ? ctx.entry(target.service)?.bindTarget : void 0;
    for (const n of range(quantityOf(r))) {
      const fip = `${r.id}-${n}`;
      out.specs.push({ kind: "floating-ip", name: fip, resource: r.id, protect: false, pool, index: n });
      if (!r.config.bindTo) continue;
      if (!target || !bindTarget || quantityOf(target) < n) {
        out.refusals.push({
          code: "bind-target",
          resource: r.id,
          message: bindRefusal(r, target, bindTarget !== void 0, n)
        });
        continue;
      }
      out.specs.push({
        kind: "floating-ip-association",
        name: `${fip}-assoc`,
        resource: r.id,
        protect: false,
        floatingIp: fip,
        target: bindTarget(target, n)
      });
    }
  }
};

// scripts/core/provision/services/elb.ts
var elb = {
  service: "elb",
  kinds: ["security-group", "load-balancer", "listener", "pool"],
  delivers: "load-balancer",
  internal: true,
  securityGroups: (r) => [`${r.id}-sg`],
  bindTarget: (r, n) => ({ loadBalancer: `${r.id}-${n}` }),
  specs(r, ctx, out) {
    const group = `${r.id}-sg`;
    out.specs.push({
      kind: "security-group",
      name: group,
      resource: r.id,
      protect: false,
      description: `govcloud: ${r.id}`
    });
    for (const n of range(quantityOf(r)))
      out.specs.push({
        kind: "load-balancer",
        name: `${r.id}-${n}`,
        resource: r.id,
        protect: false,
        network: ctx.network,
        securityGroups: [group, internalGroup],
        index: n
      });
  },
  portRuleSpecs(r, rule, claim) {
    const protocol = rule.protocol === "udp" ? "UDP" : "TCP";
    return range(quantityOf(r)).flatMap((n) => {
      const listener = `${r.id}-${n}-${rule.protocol}-${rule.port}`;
      if (!claim(listener)) return [];
      return [
        {
          kind: "listener",
          name: listener,
          resource: r.id,
          protect: false,
          loadBalancer: `${r.id}-${n}`,
          protocol,
          port: rule.port
        },
        { kind: "pool", name: `${listener}-pool`, resource: r.id, protect: false, listener, protocol }
      ];
    });
  }
};

// scripts/core/provision/services/evs.ts
var evs = {
  service: "evs",
  kinds: ["volume", "volume-attachment"],
  delivers: "volume",
  specs(r, ctx, out) {
    const q = quantityOf(r);
    const target = r.config.attachTo ? ctx.state.resources.get(r.config.attachTo) : void 0;
    for (const n of range(q)) {
      const disk2 = `${r.id}-${n}`;
      out.specs.push({
        kind: "volume",
        name: disk2,
        resource: r.id,
        protect: true,
        role: "data",
        sizeGB: r.config.capacityGB ?? 0,
        tier: r.config.tier ?? "sata",
        fromImage: false
      });
      if (!r.config.attachTo) continue;
      if (!target) {
        out.notes.push({
          resource: r.id,
          message: text(
            `\u4E91\u786C\u76D8 ${r.id} \u6302\u8F7D\u7684 ${r.config.attachTo} \u5DF2\u4E0D\u5728\u7528\uFF08\u64A4\u9500\u65F6\u4FDD\u7559\u4E86\u8FD9\u5757\u76D8\uFF09\uFF1A\u53EA\u4FDD\u7559\u5377\uFF0C\u4E0D\u6302\u8F7D\u3002`,
            `Disk ${r.id} was attached to ${r.config.attachTo}, which is no longer in service (kept on revocation): the volume stays, detached.`
          )
        });
        continue;
      }
      const attachTarget = ctx.entry(target.service)?.attachTarget;
      if (!attachTarget || !ctx.openstack(target)) {
        out.refusals.push({
          code: "attach-target",
          resource: r.id,
          message: text(
            `\u4E91\u786C\u76D8 ${r.id} \u6302\u8F7D\u5230 ${target.id}\uFF08${target.service}\uFF09\uFF0C\u5B83\u4E0D\u662F\u7531 OpenStack \u521B\u5EFA\u7684\u4E91\u4E3B\u673A\uFF0C\u65E0\u6CD5\u6302\u8F7D\u3002\u8BF7\u6539\u4E3A\u6302\u8F7D\u5230\u4E91\u4E3B\u673A\uFF0C\u6216\u7531\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08\u4EBA\u5DE5\u6302\u8F7D\u5E76\u5728\u5907\u6CE8\u4E2D\u8BF4\u660E\u3002`,
            `Disk ${r.id} attaches to ${target.id} (${target.service}), which is not an OpenStack host.`
          )
        });
        continue;
      }
      if (quantityOf(target) < n) {
        out.refusals.push({
          code: "attach-target",
          resource: r.id,
          message: text(
            `\u4E91\u786C\u76D8 ${r.id} \u6709 ${q} \u5757\uFF0C\u6309\u53F0\u6302\u8F7D\u5230 ${target.id}\uFF08${quantityOf(target)} \u53F0\uFF09\uFF1A\u7B2C ${n} \u5757\u6CA1\u6709\u5BF9\u5E94\u7684\u4E3B\u673A\u3002\u8BF7\u628A\u4E91\u786C\u76D8\u6570\u91CF\u6539\u4E3A\u4E0D\u8D85\u8FC7\u4E3B\u673A\u53F0\u6570\u3002`,
            `Disk ${r.id} has ${q} volumes attached one per host of ${target.id} (${quantityOf(target)} hosts): volume ${n} has no host.`
          )
        });
        continue;
      }
      out.specs.push({
        kind: "volume-attachment",
        name: `${disk2}-attach`,
        resource: r.id,
        protect: false,
        instance: attachTarget(target, n),
        volume: disk2
      });
    }
  }
};

// scripts/core/provision/services/obs.ts
var obs = {
  service: "obs",
  kinds: ["container"],
  delivers: "container",
  specs(r, _ctx, out) {
    for (const n of range(quantityOf(r)))
      out.specs.push({
        kind: "container",
        name: `${r.id}-${n}`,
        resource: r.id,
        protect: true,
        quotaGB: r.config.capacityGB ?? 0,
        index: n
      });
  }
};

// scripts/core/provision/services/security-group.ts
var groups = (r) => range(quantityOf(r)).map((n) => `${r.id}-${n}`);
var securityGroup = {
  service: "security-group",
  kinds: ["security-group"],
  delivers: "security-group",
  securityGroups: groups,
  specs(r, _ctx, out) {
    for (const name of groups(r))
      out.specs.push({
        kind: "security-group",
        name,
        resource: r.id,
        protect: false,
        description: `govcloud: ${r.id}`
      });
  }
};

// scripts/core/provision/services/sfs.ts
var sfs = {
  service: "sfs",
  kinds: ["share"],
  delivers: "share",
  specs(r, _ctx, out) {
    for (const n of range(quantityOf(r)))
      out.specs.push({
        kind: "share",
        name: `${r.id}-${n}`,
        resource: r.id,
        protect: true,
        sizeGB: r.config.capacityGB ?? 0,
        protocol: "NFS",
        index: n
      });
  }
};

// scripts/core/provision/services/subnet.ts
function prefixLength(ips) {
  for (let p = 29; p >= 16; p--) if (2 ** (32 - p) - 5 >= ips) return p;
  return 16;
}
var subnet = {
  service: "subnet",
  kinds: ["subnet"],
  delivers: "subnet",
  specs(r, ctx, out) {
    for (const n of range(quantityOf(r)))
      out.specs.push({
        kind: "subnet",
        name: `${r.id}-${n}`,
        resource: r.id,
        protect: false,
        network: ctx.vpcNetwork ?? { kind: "site" },
        prefixLength: prefixLength(r.config.ips ?? 1),
        ips: r.config.ips ?? 1
      });
  }
};

// scripts/core/provision/services/vpc.ts
var vpc = {
  service: "vpc",
  kinds: ["network"],
  delivers: "network",
  specs(r, _ctx, out) {
    for (const n of range(quantityOf(r)))
      out.specs.push({ kind: "network", name: `${r.id}-${n}`, resource: r.id, protect: false, index: n });
  }
};

// scripts/core/provision/services/registry.ts
var serviceEntries = new Map(
  [ecs, evs, obs, sfs, eip, securityGroup, elb, vpc, subnet].map((e) => [e.service, e])
);

// scripts/core/provision/services.ts
var openstackServices = new Set(serviceEntries.keys());
function manualReason(service, serviceId) {
  if (service?.consultation) return "consultation";
  return openstackServices.has(serviceId) ? void 0 : "not-openstack";
}
function packagesOf(catalog, serviceId, config) {
  const service = catalog.serviceById.get(serviceId);
  const items2 = catalog.items.filter((i) => i.service === serviceId);
  const quantity = config.quantity ?? 1;
  if (!service) return [];
  switch (service.shape) {
    case "package": {
      if (!service.package) return [];
      const out = [`${service.package.baseItem} \xD7 ${config.base ?? 1}`];
      if ((config.increments ?? 0) > 0) out.push(`${service.package.incrementItem} \xD7 ${config.increments}`);
      return out;
    }
    case "choice": {
      const field = service.choice?.field;
      const value = field ? config[field] : void 0;
      const option = service.choice?.options.find((o) => o.value === value);
      return option ? [`${option.item} \xD7 ${quantity}`] : [];
    }
    case "cache": {
      const edition = service.cache?.find((e) => e.id === config.edition);
      return edition ? [`${edition.item} \xD7 ${config.sizeGB ?? 0}GB`] : [];
    }
    case "connections": {
      const item = items2.find((i) => i.id.endsWith(`.${config.usage ?? "ops"}`)) ?? items2[0];
      return item ? [`${item.id} \xD7 ${Math.ceil((config.connections ?? 10) / 10)}`] : [];
    }
    case "vcpu":
      return items2[0] ? [`${items2[0].id} \xD7 ${config.vcpu ?? 0} vCPU`] : [];
    case "capacity":
      return items2[0] ? [`${items2[0].id} \xD7 ${config.capacityGB ?? 0}GB`] : [];
    case "compute":
      return items2[0] ? [`${items2[0].id} \xD7 ${quantity}`] : [];
    case "count":
      return items2.length === 1 && items2[0] ? [`${items2[0].id} \xD7 ${quantity}`] : [];
  }
}
function quantityLabel(catalog, serviceId, quantity) {
  const unit = countUnit(catalog, serviceId);
  return unit ? `${quantity ?? 1}${unit}` : quantity !== void 0 && quantity > 1 ? `\xD7 ${quantity}` : "";
}

// scripts/core/provision/desired.ts
var byId = (a, b) => a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
function portRanges(rule) {
  if (rule.protocol === "icmp" || rule.ports === void 0) return [];
  if (typeof rule.ports === "number") return [[rule.ports, rule.ports]];
  if (Array.isArray(rule.ports)) return [...new Set(rule.ports)].sort((a, b) => a - b).map((p) => [p, p]);
  const [from, to] = rule.ports.split("-").map(Number);
  return [[Math.min(from, to), Math.max(from, to)]];
}
var isIpv6 = (s) => s.includes(":");
function specsOf(state, catalog) {
  const out = { specs: [], notes: [], refusals: [] };
  const manual = [];
  const resources = [...state.resources.values()].sort(byId);
  const ctx = specContext(state, catalog, resources, out);
  if (resources.some((r) => ctx.entry(r.service)?.internal && ctx.openstack(r))) internalGroupSpecs(out);
  for (const r of resources) {
    const service = catalog.serviceById.get(r.service);
    const reason = manualReason(service, r.service);
    if (reason) {
      manual.push({
        resource: r.id,
        service: r.service,
        serviceName: service?.name ?? r.service,
        quantity: quantityLabel(catalog, r.service, r.config.quantity),
        config: describeConfig(r.config),
        packages: packagesOf(catalog, r.service, r.config),
        reason
      });
      continue;
    }
    ctx.entry(r.service)?.specs(r, ctx, out);
  }
  portRuleSpecs(state, resources, ctx, out);
  nameCollisions(out);
  return { ...out, manual };
}
function specContext(state, catalog, resources, out) {
  const subnets = resources.filter((r) => r.service === "subnet");
  const vpcs = resources.filter((r) => r.service === "vpc");
  const vpcNetwork = vpcs[0] ? `${vpcs[0].id}-1` : void 0;
  let network = { kind: "site" };
  if (subnets.length === 1 && quantityOf(subnets[0]) === 1) {
    const s = subnets[0];
    network = { kind: "subnet", subnet: `${s.id}-1`, network: vpcNetwork ?? "site" };
  } else if (subnets.length > 0)
    out.notes.push({
      message: text(
        "\u7CFB\u7EDF\u7533\u8BF7\u4E86\u591A\u4E2A\u5B50\u7F51\uFF1A\u4E3B\u673A\u4E0E\u8D1F\u8F7D\u5747\u8861\u653E\u5728\u7AD9\u70B9\u914D\u7F6E\u7684\u7F51\u7EDC\u4E2D\uFF0C\u5B50\u7F51\u7167\u6837\u521B\u5EFA\uFF0C\u8BF7\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08\u6309\u9700\u8C03\u6574\u3002",
        "The system has several subnets: hosts and load balancers go into the site network; the subnets are still created."
      )
    });
  return {
    state,
    catalog,
    network,
    vpcNetwork,
    openstack: (r) => !manualReason(catalog.serviceById.get(r.service), r.service),
    entry: (service) => serviceEntries.get(service)
  };
}
function internalGroupSpecs(out) {
  out.specs.push({
    kind: "security-group",
    name: internalGroup,
    protect: false,
    description: "govcloud: \u7CFB\u7EDF\u5185\u4E92\u901A"
  });
  out.specs.push({
    kind: "security-group-rule",
    name: `${internalGroup}-in-any-self`,
    protect: false,
    group: internalGroup,
    direction: "ingress",
    ethertype: "IPv4",
    protocol: "any",
    remote: { group: internalGroup }
  });
}
function portRuleSpecs(state, resources, ctx, out) {
  const seen = /* @__PURE__ */ new Set();
  const claim = (name) => {
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  };
  const groupsOf = (r) => ctx.entry(r.service)?.securityGroups?.(r) ?? [];
  for (const { rule, openedBy } of state.ports) {
    let target = state.resources.get(rule.destination);
    if (!target)
      target = resources.find(
        (r) => r.instances.some((i) => i.ip === rule.destination || i.floatingIp === rule.destination)
      );
    const groups2 = target && ctx.openstack(target) ? groupsOf(target) : [];
    if (!target || groups2.length === 0) {
      out.notes.push(unplacedRule(rule, openedBy, target));
      continue;
    }
    const sourceResource = state.resources.get(rule.source);
    const sourceGroups = sourceResource ? groupsOf(sourceResource) : [];
    const remote = sourceGroups[0] !== void 0 ? { group: sourceGroups[0] } : rule.source === "any" ? { cidr: "0.0.0.0/0" } : {
      cidr: rule.source.includes("/") ? rule.source : `${rule.source}/${isIpv6(rule.source) ? 128 : 32}`
    };
    const sourceSlug = sourceGroups[0] !== void 0 ? rule.source : rule.source === "any" ? "any" : addressSlug(rule.source);
    const ranges = rule.protocol === "icmp" ? [void 0] : portRanges(rule);
    const extra = ctx.entry(target.service)?.portRuleSpecs;
    for (const group of groups2)
      for (const span of ranges) {
        const ports = span ? span[0] === span[1] ? `${span[0]}` : `${span[0]}-${span[1]}` : "";
        const name = `${group}-in-${rule.protocol}${ports ? `-${ports}` : ""}-${sourceSlug}`;
        if (!claim(name)) continue;
        out.specs.push({
          kind: "security-group-rule",
          name,
          resource: target.id,
          protect: false,
          group,
          direction: "ingress",
          ethertype: isIpv6(rule.source) ? "IPv6" : "IPv4",
          protocol: rule.protocol,
          ...span ? { portMin: span[0], portMax: span[1] } : {},
          remote,
          openedBy
        });
        if (extra && span && span[0] === span[1] && rule.protocol !== "icmp")
          out.specs.push(...extra(target, { protocol: rule.protocol, port: span[0] }, claim));
      }
  }
}
function unplacedRule(rule, openedBy, target) {
  return {
    ...target ? { resource: target.id } : {},
    message: target ? text(
      `\u7AEF\u53E3\u7B56\u7565\uFF08\u7533\u8BF7 ${openedBy}\uFF09\u7684\u76EE\u7684 ${rule.destination} \u662F ${target.service}\uFF0C\u6CA1\u6709\u5B89\u5168\u7EC4\uFF1A\u8FD9\u6761\u7B56\u7565\u987B\u7531\u63D0\u4F9B\u5546\u5DE5\u7A0B\u5E08\u5728\u5BF9\u5E94\u670D\u52A1\u4E0A\u4EBA\u5DE5\u653E\u884C\u3002`,
      `The port rule of application ${openedBy} targets ${rule.destination} (${target.service}), which has no security group: open it by hand.`
    ) : text(
      `\u7AEF\u53E3\u7B56\u7565\uFF08\u7533\u8BF7 ${openedBy}\uFF09\u7684\u76EE\u7684 ${rule.destination} \u4E0D\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u8D44\u6E90\u7684\u6807\u8BC6\u6216\u5DF2\u4EA4\u4ED8\u7684 IP\uFF1A\u8FD9\u6761\u7B56\u7565\u6CA1\u6709\u843D\u5230\u5B89\u5168\u7EC4\u3002`,
      `The port rule of application ${openedBy} targets ${rule.destination}, neither a resource in service nor a delivered IP: no security group rule.`
    )
  };
}
function nameCollisions(out) {
  const names2 = /* @__PURE__ */ new Map();
  for (const s of out.specs) {
    const other = names2.get(s.name);
    if (other && other.kind === s.kind)
      out.refusals.push({
        code: "name-collision",
        ...s.resource ? { resource: s.resource } : {},
        message: text(
          `\u903B\u8F91\u540D ${s.name} \u540C\u65F6\u51FA\u81EA ${other.resource ?? "\u7CFB\u7EDF"} \u4E0E ${s.resource ?? "\u7CFB\u7EDF"}\uFF1A\u8BF7\u5728\u65B0\u7684\u7533\u8BF7\u4E2D\u6362\u4E00\u4E2A\u8D44\u6E90\u6807\u8BC6\u3002`,
          `Logical name ${s.name} comes from both ${other.resource ?? "the system"} and ${s.resource ?? "the system"}.`
        )
      });
    names2.set(s.name, s);
  }
}
var json = (s) => JSON.stringify(s);
function plannedChanges(before, after, released) {
  const old = new Map(before.map((s) => [s.name, s]));
  const out = [];
  const base = (s) => ({
    name: s.name,
    kind: s.kind,
    ...s.resource ? { resource: s.resource } : {}
  });
  for (const s of after) {
    const o = old.get(s.name);
    if (!o) {
      out.push({ ...base(s), action: "create" });
      continue;
    }
    if (json(o) === json(s)) continue;
    if (s.kind === "instance" && o.kind === "instance" && o.flavor !== s.flavor)
      out.push({
        ...base(s),
        action: "resize",
        detail: text(
          `\u89C4\u683C ${o.flavor} \u2192 ${s.flavor}\uFF08${o.vcpu}\u6838${o.memoryGB}GB \u2192 ${s.vcpu}\u6838${s.memoryGB}GB\uFF0C\u8C03\u6574\u89C4\u683C\u65F6\u4E3B\u673A\u91CD\u542F\uFF09`,
          `flavor ${o.flavor} \u2192 ${s.flavor} (the host reboots)`
        )
      });
    else if ((s.kind === "volume" || s.kind === "share") && (o.kind === "volume" || o.kind === "share") && s.sizeGB > o.sizeGB)
      out.push({
        ...base(s),
        action: "extend",
        detail: text(`\u5BB9\u91CF ${o.sizeGB} \u2192 ${s.sizeGB} GB`, `size ${o.sizeGB} \u2192 ${s.sizeGB} GB`)
      });
    else out.push({ ...base(s), action: "update" });
  }
  const now = new Set(after.map((s) => s.name));
  for (const s of before)
    if (!now.has(s.name)) out.push({ ...base(s), action: released.has(s.name) ? "release" : "delete" });
  return out;
}

// scripts/profiles/shenzhen/rules/shutdown-required.ts
var interrupting = (c) => c.kind === "instance" && c.action !== "create";
function hostActions(before, app, catalog) {
  const after = apply(before, app);
  const changes2 = plannedChanges(specsOf(before, catalog).specs, specsOf(after, catalog).specs, /* @__PURE__ */ new Set());
  const byResource = /* @__PURE__ */ new Map();
  for (const c of changes2.filter(interrupting))
    if (c.resource) byResource.set(c.resource, [...byResource.get(c.resource) ?? [], c]);
  return byResource;
}
var describe2 = (actions) => {
  const resize = actions.find((a) => a.action === "resize");
  if (resize?.detail) return resize.detail;
  if (actions.some((a) => a.action === "delete")) return { zh: "\u5220\u9664\u4E3B\u673A", en: "the host is deleted" };
  return { zh: "\u66F4\u65B0\u4E3B\u673A", en: "the host is updated" };
};
var shutdownRequired = defineRule({
  id: "shutdown-required",
  title: text(
    "\u4E2D\u65AD\u4E3B\u673A\u7684\u53D8\u66F4\u4E0E\u64A4\u9500\u987B\u5B89\u6392\u5173\u673A",
    "Changes and revocations that interrupt a host need a shutdown"
  ),
  citation: cite("\u7B2C30\u6761", "(1)"),
  appliesTo: ["change", "revoke"],
  severity: "error",
  why: text(
    "\u82E5\u9700\u8981\u5173\u673A\u64CD\u4F5C\uFF0C\u63D0\u4F9B\u5546\u4E0E\u4F7F\u7528\u5355\u4F4D\u786E\u8BA4\u5173\u673A\u64CD\u4F5C\u65F6\u95F4\uFF0C\u4F7F\u7528\u5355\u4F4D\u5E94\u4E8E\u5173\u673A\u524D3\u4E2A\u5DE5\u4F5C\u65E5\u53D1\u5E03\u516C\u544A\uFF0C\u63D0\u4F9B\u5546\u5728\u5173\u673A\u5F53\u5929\u5B8C\u6210\u53D8\u66F4\uFF08\u7B2C30\u6761(1)\uFF09\uFF1B\u64A4\u9500\u65F6\u63D0\u4F9B\u5546\u4E0E\u4F7F\u7528\u5355\u4F4D\u786E\u8BA4\u53EF\u5173\u673A\u64CD\u4F5C\u65F6\u95F4\uFF0C\u540C\u6837\u63D0\u524D3\u4E2A\u5DE5\u4F5C\u65E5\u516C\u544A\uFF08\u7B2C36\u6761\uFF09\u3002\u4E3B\u673A\u8C03\u6574\u89C4\u683C\u8981\u91CD\u542F\uFF0C\u64A4\u9500\u4E3B\u673A\u8981\u5173\u673A\uFF1A\u662F\u5426\u9700\u8981\u5173\u673A\u7531\u53D1\u653E\u8BA1\u5212\u5224\u65AD\u3002",
    "A shutdown is agreed with the provider and announced 3 working days before (\u7B2C30\u6761(1)); a revocation likewise (\u7B2C36\u6761). Resizing a host reboots it and revoking it shuts it down: the provisioning plan decides whether a shutdown is needed."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "change" && a.type !== "revoke") return [];
    if (a.shutdown?.required === true || !ctx.historyComplete) return [];
    const actions = hostActions(ctx.before, a, ctx.catalog);
    const out = [];
    const at = a.shutdown ? "/shutdown/required" : "";
    if (a.type === "change")
      a.changes.forEach((c, i) => {
        const service = ctx.before.resources.get(c.resource)?.service;
        if (service && ctx.catalog.serviceById.get(service)?.changeLimits?.noOnlineChange) return;
        const host = actions.get(c.resource);
        if (!host) return;
        const why = describe2(host);
        out.push({
          path: at || `/changes/${i}`,
          message: text(
            `\u53D8\u66F4 ${c.resource} \u4F1A\u4E2D\u65AD\u670D\u52A1\uFF08${why.zh}\uFF09\uFF1A\u987B\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u5173\u673A\u65F6\u95F4\uFF0C\u5199 shutdown: { required: true, date: \u5173\u673A\u65E5\u671F, noticeDate: \u516C\u544A\u65E5\u671F }\uFF0C\u516C\u544A\u4E0D\u665A\u4E8E\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u3002`,
            `Changing ${c.resource} interrupts service (${why.en}): agree a shutdown day with the provider and write shutdown: { required: true, date, noticeDate }, announced at least 3 working days before.`
          )
        });
      });
    else
      a.revocations.forEach((r, i) => {
        if (!actions.get(r.resource)?.some((x) => x.action === "delete")) return;
        out.push({
          path: at || `/revocations/${i}`,
          citation: cite("\u7B2C36\u6761"),
          message: text(
            `\u64A4\u9500\u4E3B\u673A ${r.resource} \u8981\u5173\u673A\uFF1A\u987B\u4E0E\u63D0\u4F9B\u5546\u786E\u8BA4\u53EF\u5173\u673A\u65F6\u95F4\uFF0C\u5199 shutdown: { required: true, date: \u5173\u673A\u65E5\u671F, noticeDate: \u516C\u544A\u65E5\u671F }\uFF0C\u516C\u544A\u4E0D\u665A\u4E8E\u5173\u673A\u524D 3 \u4E2A\u5DE5\u4F5C\u65E5\u3002`,
            `Revoking the host ${r.resource} shuts it down: agree the day with the provider and write shutdown: { required: true, date, noticeDate }, announced at least 3 working days before.`
          )
        });
      });
    return out;
  }
});

// scripts/profiles/shenzhen/rules/group-change-revoke.ts
var changeRevokeRules = [
  changeResourceExists,
  changeAllowed,
  changeBeforeInService,
  changeEstimate2,
  changeStorageGrowth,
  shutdownNotice,
  shutdownRequired,
  revokeDataStatement,
  revokeRelatedServices,
  revokeAfterOffline
];

// scripts/profiles/shenzhen/rules/agent-authorized.ts
var needsSupervisorStamp = (unit, agent) => unit.supervisor !== void 0 && !(unit.supervisorAuthorized !== void 0 && unit.supervisorAuthorized.date <= agent.validFrom);
function reasons(unit, agent, date) {
  const out = [];
  if (agent.revokedOn !== void 0 && agent.revokedOn <= date)
    out.push({ zh: `\u6388\u6743\u5DF2\u4E8E ${agent.revokedOn} \u6CE8\u9500`, en: `authorization revoked on ${agent.revokedOn}` });
  else if (date < agent.validFrom)
    out.push({ zh: `\u6388\u6743\u81EA ${agent.validFrom} \u8D77\u624D\u751F\u6548`, en: `authorized only from ${agent.validFrom}` });
  else if (date > agent.validTo)
    out.push({ zh: `\u6388\u6743\u5DF2\u4E8E ${agent.validTo} \u5230\u671F`, en: `authorization expired on ${agent.validTo}` });
  if (agent.stampedBy !== "supervisor" && needsSupervisorStamp(unit, agent))
    out.push({
      stamp: true,
      zh: `\u59D4\u6258\u4E66\u76D6\u7684\u662F\u672C\u5355\u4F4D\u516C\u7AE0\uFF0C\u800C\u672C\u5355\u4F4D\u662F\u4E0B\u5C5E\u5355\u4F4D\uFF08\u4E3B\u7BA1\u5355\u4F4D ${unit.supervisor}\uFF09${unit.supervisorAuthorized ? `\uFF0C\u59D4\u6258\u4E66\u751F\u6548\uFF08${agent.validFrom}\uFF09\u65F6\u5C1A\u672A\u83B7\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\uFF08${unit.supervisorAuthorized.date}\uFF09` : "\uFF0C\u672A\u767B\u8BB0\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\uFF08supervisorAuthorized\uFF09"}\uFF0C\u59D4\u6258\u4E66\u987B\u76D6\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0`,
      en: `the letter carries the unit's own stamp, but the unit is subordinate (supervisor ${unit.supervisor})${unit.supervisorAuthorized ? ` and was not yet authorized by it (${unit.supervisorAuthorized.date}) when the letter took effect (${agent.validFrom})` : " without a recorded supervisor authorization (supervisorAuthorized)"}, so the letter needs the supervisor's stamp`
    });
  return out;
}
var agentAuthorized = defineRule({
  id: "agent-authorized",
  title: text("\u7533\u8BF7\u65E5\u6709\u6709\u6548\u7684\u6388\u6743\u4EE3\u7406\u4EBA", "An authorized agent on the application date"),
  citation: cite("\u7B2C17\u6761"),
  appliesTo: ["new", "change", "revoke", "ports", "test", "test-renewal"],
  severity: "error",
  why: text(
    "\u76F4\u5C5E\u3001\u4E0B\u5C5E\u5355\u4F4D\u5E94\u901A\u8FC7\u4E3B\u7BA1\u5355\u4F4D\u7533\u8BF7\u653F\u52A1\u4E91\u670D\u52A1\uFF0C\u6216\u7ECF\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\u540E\u81EA\u884C\u7533\u8BF7\uFF08\u7B2C5\u6761\uFF09\u3002\u4F7F\u7528\u5355\u4F4D\u4E0A\u4F20\u300A\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u6388\u6743\u59D4\u6258\u4E66\u300B\u540E\u65B9\u53EF\u7533\u8BF7\uFF1B\u76F4\u5C5E\u53CA\u4E0B\u5C5E\u5355\u4F4D\u7684\u59D4\u6258\u4E66\u987B\u52A0\u76D6\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0\uFF1B\u6388\u6743\u4EBA\u5458\u53D1\u751F\u53D8\u52A8\u65F6\u987B\u6CE8\u9500\u5BF9\u5E94\u8D26\u53F7\uFF08\u7B2C17\u6761\uFF09\u3002\u59D4\u6258\u4E66\u5199\u660E\u6709\u6548\u671F\u9650\uFF08\u9ED8\u8BA4\u4E00\u5E74\uFF09\uFF0C\u5982\u524D\u671F\u672A\u7ECF\u4E3B\u7BA1\u5355\u4F4D\u6388\u6743\uFF0C\u59D4\u6258\u4E66\u987B\u76D6\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0\uFF08\u9644\u4EF63 \u8BF4\u660E2\uFF09\u3002",
    "Subordinate units apply through their supervisor or with its authorization (\u7B2C5\u6761). A unit applies once its authorization letter is registered; a subordinate unit's letter carries its supervisor's stamp; when the agent changes the account is closed (\u7B2C17\u6761). The letter states its validity (one year by default) and, without a prior supervisor authorization, carries the supervisor's stamp (\u9644\u4EF63 \u8BF4\u660E2)."
  ),
  check(ctx) {
    const a = ctx.application;
    const unit = ctx.unit;
    const file = `requests/${ctx.unitDir}/unit.yaml`;
    const checked = unit.agents.map((agent) => ({ agent, why: reasons(unit, agent, a.date) }));
    const valid = checked.filter((x) => x.why.length === 0).map((x) => x.agent);
    const out = [];
    if (valid.length === 0) {
      const stampHint = unit.supervisor !== void 0 && (unit.supervisorAuthorized === void 0 || unit.supervisorAuthorized.date > a.date);
      const onlyStamp = checked.length > 0 && checked.every((x) => x.why.every((w) => w.stamp));
      out.push({
        path: "/unit",
        ...onlyStamp ? { citation: annex("\u9644\u4EF63", "\u8BF4\u660E2") } : {},
        message: text(
          `\u7533\u8BF7\u65E5 ${a.date}\uFF0C${unit.name}\u6CA1\u6709\u6709\u6548\u7684\u6388\u6743\u4EE3\u7406\u4EBA\uFF1A${checked.map((x) => `${x.agent.name}\uFF08${x.why.map((w) => w.zh).join("\uFF1B")}\uFF09`).join("\uFF1B")}\u3002\u7533\u8BF7\u987B\u7531\u7ECF\u6388\u6743\u7684\u4EE3\u7406\u4EBA\u63D0\u4EA4\uFF1A\u8BF7\u5728 ${file} \u4E2D\u767B\u8BB0\u7533\u8BF7\u65E5\u6709\u6548\u7684\u6388\u6743\u59D4\u6258\u4E66\uFF08validFrom \u2264 ${a.date} \u2264 validTo\uFF0C\u672A\u6CE8\u9500${stampHint ? "\uFF0C\u76D6\u4E3B\u7BA1\u5355\u4F4D\u516C\u7AE0 stampedBy: supervisor" : ""}\uFF09\uFF0C\u6216\u6539\u6B63\u7533\u8BF7\u65E5\u671F\u3002`,
          `On ${a.date} ${unit.name} has no valid authorized agent: ${checked.map((x) => `${x.agent.name} (${x.why.map((w) => w.en).join("; ")})`).join("; ")}. Applications are made by an authorized agent: register in ${file} a letter valid on the application date (validFrom \u2264 ${a.date} \u2264 validTo, not revoked${stampHint ? ", stampedBy: supervisor" : ""}), or correct the date.`
        )
      });
      return out;
    }
    for (const agent of valid) {
      const year = addMonths(agent.validFrom, 12);
      if (agent.validTo <= year) continue;
      out.push({
        path: "/unit",
        severity: "warning",
        citation: annex("\u9644\u4EF63"),
        message: text(
          `\u6388\u6743\u4EE3\u7406\u4EBA ${agent.name} \u7684\u6388\u6743\u671F\u9650\u4E3A ${agent.validFrom} \u81F3 ${agent.validTo}\uFF0C\u8D85\u8FC7\u59D4\u6258\u4E66\u9ED8\u8BA4\u7684\u4E00\u5E74\uFF08\u5230 ${year}\uFF09\u3002\u5BA1\u6838\u4EBA\u8BF7\u6838\u5BF9\u59D4\u6258\u4E66\u539F\u4EF6\u4E0A\u7684\u6709\u6548\u671F\u9650\uFF1B\u82E5\u59D4\u6258\u4E66\u5199\u7684\u662F\u4E00\u5E74\uFF0C\u8BF7\u628A ${file} \u4E2D\u7684 validTo \u6539\u4E3A\u4E0D\u665A\u4E8E ${year} \u7684\u65E5\u671F\uFF0C\u5230\u671F\u540E\u91CD\u65B0\u4E0A\u4F20\u59D4\u6258\u4E66\u3002`,
          `Agent ${agent.name} is authorized from ${agent.validFrom} to ${agent.validTo}, longer than the letter's default of one year (to ${year}). Reviewer: check the period on the signed letter; if it says one year, set validTo in ${file} to ${year} or earlier and renew the letter when it ends.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/backup-basis.ts
var backupBasis = defineRule({
  id: "backup-basis",
  title: text("\u6570\u636E\u5907\u4EFD\u7684\u5BB9\u91CF\u7531\u707E\u5907\u9700\u6C42\u6D4B\u7B97\u63A8\u51FA", "Backup capacity follows from the backup estimate"),
  citation: cite("\u7B2C23\u6761", "(3)"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "\u5907\u4EFD\u9700\u6C42\u7684\u6D4B\u7B97\u5E94\u5305\u542B\u5907\u4EFD\u5185\u5BB9\u3001\u5907\u4EFD\u7C7B\u578B\u3001\u5907\u4EFD\u7B56\u7565\u3001\u4FDD\u5B58\u5468\u671F\u7B49\u4FE1\u606F\uFF0C\u63A8\u7B97\u6240\u9700\u5907\u4EFD\u5BB9\u91CF\uFF08\u7B2C23\u6761(3)\uFF09\uFF1B\u6D4B\u7B97\u8FC7\u7A0B\u5E94\u660E\u786E\u5907\u4EFD\u76EE\u7684\u3001\u5907\u4EFD\u7C7B\u578B\u3001\u5907\u4EFD\u7B56\u7565\u3001\u4FDD\u5B58\u5468\u671F\u7B49\u6D4B\u7B97\u4F9D\u636E\uFF0C\u5E76\u6839\u636E\u6D4B\u7B97\u4F9D\u636E\u63A8\u7B97\u51FA\u5907\u4EFD\u5BB9\u91CF\uFF08\u9644\u4EF66 \u7B2C4\u8282\uFF09\u3002",
    "The backup estimate gives the content, type, policy and retention of the backups and derives the capacity from them (\u7B2C23\u6761(3), \u9644\u4EF66 section 4)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new") return [];
    const out = [];
    const g = ctx.catalog.profile.granularity.capacityGB;
    const entries = a.estimate.backup ?? [];
    const backups = [...a.resources.entries()].filter(([, r]) => r.service === "backup");
    const ids = /* @__PURE__ */ new Set([...a.resources.map((r) => r.id), ...ctx.before.resources.keys()]);
    for (const [j, e] of entries.entries()) {
      if (e.resource !== void 0 && !ids.has(e.resource)) {
        out.push({
          path: `/estimate/backup/${j}/resource`,
          message: text(
            `\u707E\u5907\u9700\u6C42 estimate.backup[${j}] \u8981\u5907\u4EFD\u7684\u8D44\u6E90 ${e.resource} \u65E2\u4E0D\u5728\u672C\u7533\u8BF7\u4E2D\uFF0C\u4E5F\u4E0D\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\u3002\u8BF7\u6539\u4E3A\u9700\u8981\u5907\u4EFD\u7684\u670D\u52A1\u5668\u7684 id\uFF0C\u6216\u5220\u9664 resource\u3002`,
            `Backup estimate estimate.backup[${j}] backs up ${e.resource}, which is neither in this application nor in use in the system. Name the server to back up, or remove resource.`
          )
        });
      }
      if (e.sourceGB !== void 0 && e.capacityGB < e.sourceGB) {
        out.push({
          path: `/estimate/backup/${j}/capacityGB`,
          severity: "warning",
          message: text(
            `\u63A8\u7B97\u7684\u5907\u4EFD\u5BB9\u91CF ${e.capacityGB} GB \u5C0F\u4E8E\u4E00\u6B21\u5168\u91CF\u5907\u4EFD\u7684\u6570\u636E\u91CF ${e.sourceGB} GB\uFF0C\u653E\u4E0D\u4E0B\u4E00\u4EFD\u5168\u91CF\u5907\u4EFD\u3002\u5BA1\u6838\u4EBA\u8BF7\u6838\u5BF9\u63A8\u7B97\u8FC7\u7A0B\uFF08\u538B\u7F29\u3001\u53BB\u91CD\u53EF\u80FD\u4F7F\u5BB9\u91CF\u53D8\u5C0F\uFF09\uFF1B\u82E5\u6709\u8BEF\uFF0C\u8BF7\u6309\u5907\u4EFD\u7C7B\u578B\u3001\u7B56\u7565\u4E0E\u4FDD\u5B58\u5468\u671F\u91CD\u65B0\u63A8\u7B97 capacityGB\u3002`,
            `The backup capacity ${e.capacityGB} GB is less than one full backup (${e.sourceGB} GB). Reviewer: check the derivation (compression or deduplication may explain it); otherwise derive capacityGB again from type, policy and retention.`
          )
        });
      }
    }
    const sum = entries.reduce((s, e) => s + e.capacityGB, 0);
    const expected = sum > 0 ? Math.max(g.min, Math.ceil(sum / g.multiple) * g.multiple) : 0;
    const parts = entries.map((e) => e.capacityGB).join(" + ");
    if (backups.length === 0) {
      if (entries.length > 0) {
        const existing = [...ctx.before.resources.values()].find((r) => r.service === "backup");
        out.push({
          path: "/estimate/backup",
          severity: "warning",
          citation: cite("\u7B2C21\u6761", "(5)"),
          message: text(
            `\u6D4B\u7B97\u62A5\u544A\u63A8\u7B97\u4E86\u5907\u4EFD\u5BB9\u91CF ${sum} GB\uFF0C\u4F46\u7533\u8BF7\u8868\u6CA1\u6709\u7533\u8BF7\u6570\u636E\u5907\u4EFD\uFF08service: backup\uFF09\uFF1B\u7533\u8BF7\u8868\u987B\u4E0E\u6D4B\u7B97\u62A5\u544A\u4E00\u81F4\u3002${existing ? `\u82E5\u4F7F\u7528\u672C\u7CFB\u7EDF\u5DF2\u6709\u7684\u6570\u636E\u5907\u4EFD ${existing.id}\uFF0C\u6269\u5BB9\u987B\u53E6\u63D0\u53D8\u66F4\u7533\u8BF7\uFF1B` : ""}\u8BF7\u5728 resources \u4E2D\u589E\u52A0\u6570\u636E\u5907\u4EFD\uFF08capacityGB: ${expected}\uFF09\uFF0C\u6216\u5220\u53BB\u8FD9\u90E8\u5206\u6D4B\u7B97\u3002`,
            `The estimate derives ${sum} GB of backup, but the form requests no backup (service: backup); the form should equal the estimate.${existing ? ` To use the system's existing backup ${existing.id}, apply for a change to enlarge it.` : ""} Add a backup resource (capacityGB: ${expected}) or remove this part of the estimate.`
          )
        });
      }
      return out;
    }
    const [i, first] = backups[0];
    const requested2 = backups.reduce((s, [, r]) => s + (r.capacityGB ?? 0), 0);
    if (entries.length === 0) {
      out.push({
        path: `/resources/${i}`,
        message: text(
          `\u7533\u8BF7\u4E86\u6570\u636E\u5907\u4EFD ${first.id}\uFF08${requested2} GB\uFF09\uFF0C\u4F46\u6D4B\u7B97\u62A5\u544A\u6CA1\u6709\u707E\u5907\u9700\u6C42\u8BF4\u660E\uFF08estimate.backup\uFF09\u3002\u8BF7\u4E3A\u6BCF\u53F0\u9700\u8981\u5907\u4EFD\u7684\u670D\u52A1\u5668\u5199\u660E\u5907\u4EFD\u5185\u5BB9 content\u3001\u5907\u4EFD\u7C7B\u578B type\u3001\u5907\u4EFD\u7B56\u7565 policy\u3001\u4FDD\u5B58\u5468\u671F retentionDays\uFF0C\u5E76\u7531\u6B64\u63A8\u7B97\u5907\u4EFD\u5BB9\u91CF capacityGB\u3002`,
          `Backup ${first.id} (${requested2} GB) is requested, but the estimation report has no backup estimate (estimate.backup). For each server to back up give content, type, policy and retentionDays, and derive capacityGB from them.`
        )
      });
      return out;
    }
    if (requested2 !== expected) {
      const many = backups.length > 1;
      out.push({
        path: `/resources/${i}/capacityGB`,
        message: text(
          `\u6570\u636E\u5907\u4EFD${many ? `\uFF08${backups.map(([, r]) => r.id).join("\u3001")}\uFF09\u5408\u8BA1` : ` ${first.id} `}\u7533\u8BF7 ${requested2} GB\uFF0C\u6D4B\u7B97\u62A5\u544A\u63A8\u7B97\u7684\u5907\u4EFD\u5BB9\u91CF${entries.length > 1 ? `\u5408\u8BA1 ${parts} = ${sum} GB` : ` ${sum} GB`}\uFF0C\u6309 ${g.multiple} GB \u5411\u4E0A\u53D6\u6574\u4E3A ${expected} GB\uFF1B\u4E24\u8005\u987B\u4E00\u81F4\u3002\u8BF7\u628A${many ? "\u6570\u636E\u5907\u4EFD\u7684\u5BB9\u91CF\u5408\u8BA1" : " capacityGB "}\u6539\u4E3A ${expected}\uFF0C\u6216\u6539\u6B63 estimate.backup \u4E2D\u7684\u63A8\u7B97\u3002`,
          `Backup ${many ? backups.map(([, r]) => r.id).join(", ") : first.id} requests ${requested2} GB; the estimate derives ${entries.length > 1 ? `${parts} = ${sum} GB` : `${sum} GB`}, rounded up to ${g.multiple} GB: ${expected} GB. They must be equal: request ${expected} GB, or correct the derivation in estimate.backup.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/consultation-recorded.ts
var consultationRecorded = defineRule({
  id: "consultation-recorded",
  title: text(
    "\u88F8\u91D1\u5C5E\u3001AI \u7B97\u529B\u3001\u8D85\u9AD8IO\uFF08SSD\uFF09\u6709\u4E8B\u524D\u6C9F\u901A\u8BB0\u5F55",
    "Bare metal, AI compute and SSD record the prior consultation"
  ),
  citation: annex("\u9644\u4EF61"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "\u5B9A\u5236\u88F8\u91D1\u5C5E\u670D\u52A1\u3001AI\u7B97\u529B\u670D\u52A1\u3001\u8D85\u9AD8IO\u4E91\u786C\u76D8(SSD)\uFF1A\u7533\u8BF7\u524D\u9700\u8981\u4E0E\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\uFF0888121274\u300188121265\u300188121249\uFF09\u6C9F\u901A\uFF0C\u6C9F\u901A\u540E\u6D4B\u7B97\u6240\u9700\u89C4\u683C\uFF08\u9644\u4EF61 \u7B2C5\u30016\u300111\u9879\uFF09\u3002",
    "Custom bare metal, AI compute and ultra-high-IO SSD disks: consult the center (88121274, 88121265, 88121249) before applying, then estimate the size needed (\u9644\u4EF61 items 5, 6, 11)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new" && a.type !== "test") return [];
    const out = [];
    const tiers = new Map(ctx.catalog.profile.diskTiers.map((t) => [t.id, t]));
    const needsTier = (tier) => tier !== void 0 && tiers.get(tier)?.consultation;
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      const reasons2 = [];
      if (service?.consultation)
        reasons2.push({
          path: `/resources/${i}/service`,
          zh: `\u7533\u8BF7\u7684\u662F${service.level3}`,
          en: `${service.level3} (${service.id})`
        });
      const tierLabel2 = (tier) => tiers.get(tier)?.label ?? tier;
      const system = r.systemDisk?.tier;
      if (system && needsTier(system))
        reasons2.push({
          path: `/resources/${i}/systemDisk/tier`,
          zh: `\u7CFB\u7EDF\u76D8\u9009\u4E86${tierLabel2(system)}\uFF08${system}\uFF09`,
          en: `the system disk is ${system}`
        });
      for (const [k, d] of (r.dataDisks ?? []).entries())
        if (needsTier(d.tier))
          reasons2.push({
            path: `/resources/${i}/dataDisks/${k}/tier`,
            zh: `\u6570\u636E\u76D8 ${k + 1} \u9009\u4E86${tierLabel2(d.tier)}\uFF08${d.tier}\uFF09`,
            en: `data disk ${k + 1} is ${d.tier}`
          });
      if (r.tier && needsTier(r.tier))
        reasons2.push({
          path: `/resources/${i}/tier`,
          zh: `\u4E91\u786C\u76D8\u9009\u4E86${tierLabel2(r.tier)}\uFF08${r.tier}\uFF09`,
          en: `the disk is ${r.tier}`
        });
      const first = reasons2[0];
      if (!first) continue;
      const why = text(reasons2.map((x) => x.zh).join("\uFF0C"), reasons2.map((x) => x.en).join(", "));
      if (!r.consultation) {
        out.push({
          path: first.path,
          message: text(
            `${r.id}\uFF1A${why.zh}\uFF0C\u7533\u8BF7\u524D\u987B\u4E0E\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u6C9F\u901A\u3001\u6C9F\u901A\u540E\u6D4B\u7B97\u6240\u9700\u89C4\u683C\uFF0C\u4F46\u7533\u8BF7\u4E2D\u6CA1\u6709\u6C9F\u901A\u8BB0\u5F55\u3002\u8BF7\u5728\u8FD9\u4E00\u9879\u4E0B\u589E\u52A0 consultation\uFF0C\u5199\u660E\u6C9F\u901A\u65E5\u671F date\u3001\u6C9F\u901A\u7ED3\u8BBA summary\uFF08\u53EF\u5199\u6C9F\u901A\u5BF9\u8C61 contact\uFF09\u3002`,
            `${r.id}: ${why.en}; the center must be consulted before applying and the size estimated afterwards, but no consultation is recorded. Add consultation with its date and summary (and contact) to this resource.`
          )
        });
      } else if (r.consultation.date > a.date) {
        out.push({
          path: `/resources/${i}/consultation/date`,
          message: text(
            `${r.id} \u7684\u6C9F\u901A\u65E5\u671F ${r.consultation.date} \u5728\u7533\u8BF7\u65E5\u671F ${a.date} \u4E4B\u540E\uFF1B${why.zh}\u987B\u5728\u7533\u8BF7\u524D\u6C9F\u901A\u3002\u8BF7\u586B\u5199\u7533\u8BF7\u524D\u5B9E\u9645\u6C9F\u901A\u7684\u65E5\u671F\uFF0C\u6216\u5728\u6C9F\u901A\u4E4B\u540E\u518D\u63D0\u4EA4\u7533\u8BF7\uFF08\u628A date \u6539\u4E3A\u6C9F\u901A\u4E4B\u540E\u7684\u65E5\u671F\uFF09\u3002`,
            `${r.id} records a consultation on ${r.consultation.date}, after the application date ${a.date}; the consultation comes before applying (${why.en}). Give the actual earlier date, or apply after the consultation.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/estimate-matches-form.ts
var figures = [
  { key: "vcpu", zh: " vCPU ", en: "vCPU", unitZh: " \u6838", unitEn: " vCPU" },
  { key: "memoryGB", zh: "\u5185\u5B58", en: "memory", unitZh: " GB", unitEn: " GB" },
  { key: "quantity", zh: "\u6570\u91CF", en: "quantity", unitZh: " \u53F0", unitEn: "" }
];
var estimateMatchesForm = defineRule({
  id: "estimate-matches-form",
  title: text(
    "\u7533\u8BF7\u8868\u7684\u8BA1\u7B97\u8D44\u6E90\u4E0E\u6D4B\u7B97\u62A5\u544A\u7684\u6D4B\u7B97\u7ED3\u679C\u4E00\u81F4",
    "The form's compute resources equal the estimation report's results"
  ),
  citation: cite("\u7B2C21\u6761", "(5)"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "\u7533\u8BF7\u8868\u4E2D\u6240\u586B\u5199\u7684\u4E91\u670D\u52A1\u9700\u6C42\u987B\u4E0E\u6D4B\u7B97\u62A5\u544A\u4E2D\u6D4B\u7B97\u51FA\u7684\u4E91\u670D\u52A1\u9700\u6C42\u4E00\u81F4\uFF08\u7B2C21\u6761(5)\uFF09\uFF1B\u4F7F\u7528\u5355\u4F4D\u987B\u5408\u7406\u6D4B\u7B97\u6240\u9700\u8BA1\u7B97\u8D44\u6E90\u89C4\u683C\u3001\u6570\u91CF\uFF08\u7B2C19\u6761(1)\uFF09\u3002",
    "The services requested on the form must equal what the estimation report computes (\u7B2C21\u6761(5)); the unit estimates the size and number of compute resources it needs (\u7B2C19\u6761(1))."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new") return [];
    const out = [];
    const demand = a.estimate.demand ?? [];
    const byId2 = new Map(a.resources.map((r, i) => [r.id, { r, i }]));
    const seen = /* @__PURE__ */ new Map();
    for (const [j, d] of demand.entries()) {
      const path = `/estimate/demand/${j}`;
      const target = byId2.get(d.resource);
      if (!target) {
        const ids = a.resources.filter((r2) => ctx.catalog.serviceById.get(r2.service)?.shape === "compute").map((r2) => r2.id);
        out.push({
          path: `${path}/resource`,
          message: text(
            `\u6D4B\u7B97\u7ED3\u679C estimate.demand[${j}] \u5BF9\u5E94\u7684\u8D44\u6E90 ${d.resource} \u4E0D\u5728\u672C\u7533\u8BF7\u7684 resources \u4E2D\u3002\u6D4B\u7B97\u7ED3\u679C\u987B\u5BF9\u5E94\u7533\u8BF7\u8868\u4E2D\u7684\u8D44\u6E90\uFF1A\u8BF7\u6539\u4E3A\u672C\u7533\u8BF7\u4E2D\u8D44\u6E90\u7684 id${ids.length ? `\uFF08${ids.join("\u3001")}\uFF09` : ""}\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u9879\u3002`,
            `Estimate result estimate.demand[${j}] names resource ${d.resource}, which is not in this application's resources. Name one of this application's resources${ids.length ? ` (${ids.join(", ")})` : ""} or remove the entry.`
          )
        });
        continue;
      }
      const first = seen.get(d.resource);
      if (first !== void 0) {
        out.push({
          path: `${path}/resource`,
          message: text(
            `\u8D44\u6E90 ${d.resource} \u5DF2\u5728 estimate.demand[${first}] \u4E2D\u6D4B\u7B97\u8FC7\uFF1B\u6BCF\u9879\u8D44\u6E90\u53EA\u5199\u4E00\u9879\u6D4B\u7B97\u7ED3\u679C\u3002\u8BF7\u628A\u4E24\u9879\u5408\u5E76\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u9879\u3002`,
            `Resource ${d.resource} already has an estimate result in estimate.demand[${first}]; write one per resource. Merge the two or remove this one.`
          )
        });
        continue;
      }
      seen.set(d.resource, j);
      const { r, i } = target;
      for (const f of figures) {
        const form = r[f.key];
        if (form === void 0) continue;
        const estimated = d[f.key];
        if (estimated === void 0) {
          out.push({
            path,
            message: text(
              `\u6D4B\u7B97\u7ED3\u679C estimate.demand[${j}]\uFF08${r.id}\uFF09\u7F3A\u5C11${f.zh.trimEnd()}\uFF1A\u7533\u8BF7\u8868\u4E2D ${r.id} \u7684${f.zh}\u4E3A ${form}${f.unitZh}\u3002\u6D4B\u7B97\u62A5\u544A\u987B\u5199\u51FA\u6D4B\u7B97\u51FA\u7684${f.zh.trimEnd()}\uFF1A\u8BF7\u8865\u4E0A ${f.key}: ${form}\uFF08\u82E5\u6D4B\u7B97\u7ED3\u679C\u4E0D\u540C\uFF0C\u8BF7\u540C\u65F6\u6539\u6B63\u7533\u8BF7\u8868\uFF09\u3002`,
              `Estimate result estimate.demand[${j}] (${r.id}) lacks the ${f.en}; the form requests ${form}${f.unitEn}. Add ${f.key}: ${form} (if the estimate differs, correct the form too).`
            )
          });
        } else if (estimated !== form) {
          out.push({
            path: `${path}/${f.key}`,
            message: text(
              `\u7533\u8BF7\u8868\u4E2D ${r.id} \u7684${f.zh}\u4E3A ${form}${f.unitZh}\uFF0C\u6D4B\u7B97\u62A5\u544A\u6D4B\u7B97\u51FA ${estimated}${f.unitZh}\uFF1B\u4E24\u8005\u987B\u4E00\u81F4\u3002\u8BF7\u628A resources[${i}].${f.key} \u6539\u4E3A\u6D4B\u7B97\u7ED3\u679C ${estimated}\uFF0C\u6216\u6539\u6B63\u6D4B\u7B97\uFF08estimate.demand[${j}].${f.key} \u4E0E\u6D4B\u7B97\u8BF4\u660E\uFF09\u4F7F\u5176\u4E3A ${form}\u3002`,
              `For ${r.id} the form requests ${f.en} ${form}, the estimation report computes ${estimated}; they must be equal. Change resources[${i}].${f.key} to ${estimated}, or correct the estimate (estimate.demand[${j}].${f.key} and its basis) to ${form}.`
            )
          });
        }
      }
    }
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      if (service?.shape !== "compute" || seen.has(r.id)) continue;
      out.push({
        path: `/resources/${i}`,
        message: text(
          `${r.id}\uFF08${service.name}\uFF0C${describeZh(r)}\uFF09\u5728\u6D4B\u7B97\u62A5\u544A\u4E2D\u6CA1\u6709\u6D4B\u7B97\u7ED3\u679C\u3002\u6BCF\u9879\u8BA1\u7B97\u8D44\u6E90\u7684\u89C4\u683C\u3001\u6570\u91CF\u90FD\u987B\u7531\u6D4B\u7B97\u62A5\u544A\u5F97\u51FA\uFF1A\u8BF7\u5728 estimate.demand \u4E2D\u589E\u52A0\u4E00\u9879 resource: ${r.id}\uFF0C\u5199\u660E ${needed(r, "\u3001")}\uFF0C\u4EE5\u53CA\u6D4B\u7B97\u8BF4\u660E basis\u3002`,
          `${r.id} (${service.name}, ${describeEn(r)}) has no result in the estimation report. Every compute resource's size and number come from the estimate: add an estimate.demand entry with resource: ${r.id}, ${needed(r, ", ")} and its basis.`
        )
      });
    }
    return out;
  }
});
var needed = (r, sep2) => figures.filter((f) => r[f.key] !== void 0).map((f) => `${f.key}: ${r[f.key]}`).join(sep2);
var describeZh = (r) => `${r.vcpu} \u6838 ${r.memoryGB} GB \xD7 ${r.quantity ?? 1} \u53F0`;
var describeEn = (r) => `${r.vcpu} vCPU ${r.memoryGB} GB \xD7 ${r.quantity ?? 1}`;

// scripts/profiles/shenzhen/rules/package-count.ts
var wafDomainsPerPackage = 2;
var packageCount = defineRule({
  id: "package-count",
  title: text(
    "\u5957\u9910\u7C7B\u670D\u52A1\uFF1A\u57FA\u7840\u5305\u5728\u5148\uFF0C\u589E\u91CF\u5305\u6570\u6309\u9700\u6C42\u63A8\u7B97",
    "Package services: base first, increments from the demand"
  ),
  citation: annex("\u9644\u4EF62"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "\u5E94\u7528\u4E0E\u6570\u636E\u96C6\u6210\u5E73\u53F0\uFF1A\u8FDE\u63A5\u226425 \u7533\u8BF7\u57FA\u7840\u5305\uFF0C\u8FDE\u63A5>25 \u7533\u8BF7\u57FA\u7840\u5305+\u6269\u5BB9\u5305\uFF08\u8D85\u8FC725\u4E2A\u8FDE\u63A5\u7684\u90E8\u5206\uFF0C\u6BCF25\u4E2A\u8FDE\u63A5\u589E\u52A0\u4E00\u4E2A\u6269\u5BB9\u5305\uFF09\uFF1B\u65E5\u5FD7\u5BA1\u8BA1\u6BCF50\u4E2A\u65E5\u5FD7\u6E90\u3001Web\u5E94\u7528\u9632\u706B\u5899\u6BCF25Mpbs\u9632\u62A4\u5E26\u5BBD\u540C\u7406\uFF08\u9644\u4EF62 \u5907\u6CE8\uFF09\u3002\u65E5\u5FD7\u5BA1\u8BA1\u3001Web\u5E94\u7528\u9632\u706B\u5899\u7684\u57FA\u7840\u5305\u201C\u7B2C\u4E00\u6B21\u9ED8\u8BA4\u7533\u8BF7\u201D\uFF0C\u201C\u57FA\u7840\u5305\u4E0D\u8DB3\u65F6\u53EF\u6309\u9700\u53E0\u52A0\u589E\u91CF\u5305\u201D\uFF1BWAF \u5355\u4E2A\u589E\u91CF\u5305\u589E\u52A0\u4FDD\u62A42\u4E2A\u57DF\u540D\uFF08\u9644\u4EF65 (\u4E03)\uFF09\u3002",
    "Integration platform: up to 25 connections a base package, beyond that one increment per further 25; log audit per 50 sources and WAF per 25 Mbps likewise (\u9644\u4EF62 remarks). The base package is taken by the first application and increments are added on top of it; each WAF package protects 2 domains (\u9644\u4EF65 (\u4E03))."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new" && a.type !== "test") return [];
    const out = [];
    const stateBases = [...ctx.before.resources.values()].filter(
      (r) => (a.type === "test" || r.kind === "production") && (r.config.base ?? 0) >= 1
    );
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      const p = service?.package;
      if (!service || !p) continue;
      const base = r.base ?? 0;
      const increments = r.increments ?? 0;
      const existing = stateBases.find((x) => x.service === r.service)?.id ?? a.resources.slice(0, i).find((x) => x.service === r.service && (x.base ?? 0) >= 1)?.id;
      const path = `/resources/${i}`;
      const covered = base >= 1 || existing === void 0 ? 1 : 0;
      const demand = r[p.measure.field];
      const parts = [];
      if (demand !== void 0) {
        const over = Math.max(0, demand - covered * p.baseAmount);
        const n = Math.ceil(over / p.incrementAmount);
        const u2 = p.measure.unit === "\u4E2A" ? " \u4E2A" : ` ${p.measure.unit}`;
        parts.push({
          n,
          zh: `${p.measure.label} ${demand}${u2}${covered ? `\uFF0C\u57FA\u7840\u5305\u542B ${p.baseAmount}${u2}\uFF0C\u8D85\u51FA ${over}${u2}` : "\uFF08\u5DF2\u6709\u57FA\u7840\u5305\uFF0C\u5168\u90E8\u7531\u589E\u91CF\u5305\u627F\u62C5\uFF09"}\uFF0C\u6BCF ${p.incrementAmount}${u2}\u52A0\u4E00\u4E2A\u589E\u91CF\u5305\uFF08\u4E0D\u8DB3\u6309\u4E00\u4E2A\uFF09\uFF0C\u9700\u8981 ${n} \u4E2A\u589E\u91CF\u5305`,
          en: `${p.measure.field} ${demand}${covered ? `: the base covers ${p.baseAmount}, ${over} more` : " (on an existing base: all by increments)"}, one increment per ${p.incrementAmount}: ${n} increments`
        });
      }
      if (service.id === "waf" && r.domains !== void 0) {
        const over = Math.max(0, r.domains - covered * wafDomainsPerPackage);
        const n = Math.ceil(over / wafDomainsPerPackage);
        parts.push({
          n,
          zh: `\u9632\u62A4\u57DF\u540D ${r.domains} \u4E2A\uFF0C\u6BCF\u4E2A\u5305\u4FDD\u62A4 ${wafDomainsPerPackage} \u4E2A\u57DF\u540D\uFF0C\u9700\u8981 ${n} \u4E2A\u589E\u91CF\u5305`,
          en: `${r.domains} domains at ${wafDomainsPerPackage} per package: ${n} increments`
        });
      }
      const expected = parts.length ? Math.max(...parts.map((x) => x.n)) : void 0;
      if (base === 0 && existing === void 0) {
        out.push({
          path: `${path}/base`,
          citation: annex("\u9644\u4EF65"),
          message: text(
            `${r.id}\uFF08${service.name}\uFF09\u53EA\u7533\u8BF7\u4E86 ${increments} \u4E2A\u589E\u91CF\u5305\uFF0C\u6CA1\u6709\u57FA\u7840\u5305\uFF0C\u672C\u7CFB\u7EDF\u4E5F\u8FD8\u6CA1\u6709${service.name}\u7684\u57FA\u7840\u5305\u3002\u589E\u91CF\u5305\u53EA\u80FD\u53E0\u52A0\u5728\u57FA\u7840\u5305\u4E0A\uFF0C\u7B2C\u4E00\u6B21\u987B\u7533\u8BF7\u57FA\u7840\u5305\uFF1A\u8BF7\u628A base \u6539\u4E3A 1${expected !== void 0 && expected !== increments ? `\uFF0Cincrements \u6539\u4E3A ${expected}` : ""}\u3002`,
            `${r.id} (${service.name}) requests ${increments} increments and no base package, and the system has no base package for it yet. Increments go on top of a base, which the first application takes: set base to 1${expected !== void 0 && expected !== increments ? ` and increments to ${expected}` : ""}.`
          )
        });
        continue;
      }
      if (base >= 1 && existing !== void 0) {
        out.push({
          path: `${path}/base`,
          severity: "warning",
          citation: annex("\u9644\u4EF65"),
          message: text(
            `\u672C\u7CFB\u7EDF\u5DF2\u6709${service.name}\u7684\u57FA\u7840\u5305\uFF08${existing}\uFF09\uFF1B\u57FA\u7840\u5305\u53EA\u5728\u7B2C\u4E00\u6B21\u7533\u8BF7\uFF0C\u4E0D\u8DB3\u65F6\u53E0\u52A0\u589E\u91CF\u5305\u3002\u82E5\u8981\u6269\u5927\u5DF2\u6709\u7684${service.name}\uFF0C\u8BF7\u5BF9 ${existing} \u63D0\u53D8\u66F4\u7533\u8BF7\u589E\u52A0\u589E\u91CF\u5305\uFF1B\u82E5\u786E\u9700\u7B2C\u4E8C\u5957${service.name}\uFF0C\u5BA1\u6838\u4EBA\u8BF7\u6838\u5BF9 remark \u4E2D\u7684\u7406\u7531\u3002`,
            `The system already has a ${service.name} base package (${existing}); the base is taken once and increments are added when it is not enough. To enlarge it, apply for a change to ${existing}; if a second ${service.name} is really needed, the reviewer checks the reason in remark.`
          )
        });
      }
      if (base === 0 && increments === 0 && expected === void 0) {
        out.push({
          path,
          message: text(
            `${r.id}\uFF08${service.name}\uFF09\u7533\u8BF7\u4E86 0 \u4E2A\u57FA\u7840\u5305\u548C 0 \u4E2A\u589E\u91CF\u5305\u3002\u8BF7\u5199\u660E\u9700\u8981\u7684${p.measure.label}\uFF08${p.measure.field}\uFF09\u5E76\u7533\u8BF7\u76F8\u5E94\u7684\u589E\u91CF\u5305\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u9879\u3002`,
            `${r.id} (${service.name}) requests no base and no increments. State the ${p.measure.field} needed and the increments, or remove the resource.`
          )
        });
        continue;
      }
      if (expected !== void 0 && increments !== expected) {
        out.push({
          path: `${path}/increments`,
          message: text(
            `${r.id}\uFF08${service.name}\uFF09\uFF1A${parts.map((x) => x.zh).join("\uFF1B")}\uFF1B\u8FD9\u91CC\u7533\u8BF7\u4E86 ${increments} \u4E2A\u589E\u91CF\u5305\u3002\u8BF7\u628A increments \u6539\u4E3A ${expected}\u3002`,
            `${r.id} (${service.name}): ${parts.map((x) => x.en).join("; ")}; ${increments} requested. Change increments to ${expected}.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/requires-companion.ts
var requiresCompanion = defineRule({
  id: "requires-companion",
  title: text(
    "\u987B\u642D\u914D\u7684\u670D\u52A1\u5728\u540C\u4E00\u7CFB\u7EDF\u4E2D\uFF08\u5BB9\u5668\u8BA1\u7B97\u8282\u70B9\u4E0E\u5BB9\u5668\u7BA1\u7406\uFF09",
    "Companion services are in the same system (container nodes with container management)"
  ),
  citation: annex("\u9644\u4EF65"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "\u9644\u4EF65 (\u4E09)PaaS\u670D\u52A1\uFF1A\u5BB9\u5668\u7BA1\u7406\u201C\u8BA1\u7B97\u8282\u70B9\u987B\u5355\u72EC\u7533\u8BF7\u201D\uFF0C\u5BB9\u5668\u8BA1\u7B97\u8282\u70B9\u201C\u987B\u4E0E\u5BB9\u5668\u7BA1\u7406\u642D\u914D\u4F7F\u7528\u201D\u3002",
    "\u9644\u4EF65 (\u4E09) PaaS: container management's compute nodes are applied for separately, and container compute nodes go with container management."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new" && a.type !== "test") return [];
    const out = [];
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      const required = service?.requires;
      if (!service || !required) continue;
      const inApplication = a.resources.some((x) => x.service === required);
      const inSystem = [...ctx.before.resources.values()].some(
        (x) => x.service === required && (a.type === "test" || x.kind === "production")
      );
      if (inApplication || inSystem) continue;
      const companion = ctx.catalog.serviceById.get(required);
      const cname = companion?.name ?? required;
      const testOnly = a.type === "new" && [...ctx.before.resources.values()].some((x) => x.service === required && x.kind === "test");
      const fields = companion?.shape === "vcpu" ? "\uFF08\u5199\u660E vcpu\uFF09" : "";
      out.push({
        path: `/resources/${i}/service`,
        message: text(
          `${r.id}\uFF08${service.name}\uFF09\u987B\u4E0E${cname}\uFF08${required}\uFF09\u642D\u914D\u4F7F\u7528\uFF0C\u4F46\u672C\u7CFB\u7EDF\u6CA1\u6709\u5728\u7528\u7684${testOnly ? "\u6B63\u5F0F" : ""}${cname}\uFF0C\u672C\u7533\u8BF7\u4E2D\u4E5F\u6CA1\u6709\u3002\u8BF7\u5728\u672C\u7533\u8BF7\u7684 resources \u4E2D\u589E\u52A0\u4E00\u9879 service: ${required}${fields}\uFF0C\u6216\u5148\u7533\u8BF7${cname}\u3002`,
          `${r.id} (${service.name}) goes with ${cname} (${required}), but the system has no ${testOnly ? "production " : ""}${cname} in use and this application requests none. Add a resource with service: ${required} to this application, or apply for ${cname} first.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/resource-id-unique.ts
var resourceIdUnique = defineRule({
  id: "resource-id-unique",
  title: text(
    "\u65B0\u589E\u7684\u8D44\u6E90\u4E0D\u6CBF\u7528\u672C\u7CFB\u7EDF\u5DF2\u6709\u6216\u5DF2\u64A4\u9500\u8D44\u6E90\u7684\u6807\u8BC6",
    "New resources do not reuse an id of the system's resources, current or revoked"
  ),
  citation: cite("\u7B2C6\u6761"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "\u65B0\u589E\u7533\u8BF7\u6307\u7CFB\u7EDF\u7533\u8BF7\u4E00\u9879\u6216\u591A\u9879\u4E91\u670D\u52A1\uFF1B\u53D8\u66F4\u7533\u8BF7\u6307\u7CFB\u7EDF\u7533\u8BF7\u6269\u5BB9\u6216\u7F29\u5BB9\u5DF2\u7533\u8BF7\u4E91\u670D\u52A1\u914D\u7F6E\uFF1B\u64A4\u9500\u7533\u8BF7\u6307\u7CFB\u7EDF\u7533\u8BF7\u64A4\u9500\u5DF2\u7533\u8BF7\u4E91\u670D\u52A1\uFF08\u7B2C6\u6761\uFF09\u3002\u5DF2\u7533\u8BF7\u7684\u4E91\u670D\u52A1\u4EE5\u8D44\u6E90\u6807\u8BC6\u8BC6\u522B\uFF1A\u65B0\u589E\u6CBF\u7528\u65E7\u6807\u8BC6\uFF0C\u4F1A\u4E0E\u5728\u7528\u8D44\u6E90\u6216\u64A4\u9500\u8BB0\u5F55\u6DF7\u6DC6\u3002",
    "A new application requests new services; changes and revocations act on services already applied for (\u7B2C6\u6761), found by their resource id. Reusing an id would confuse a new resource with one in use or revoked."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new" && a.type !== "test") return [];
    const out = [];
    const taken = /* @__PURE__ */ new Set([
      ...ctx.before.resources.keys(),
      ...ctx.before.revoked.keys(),
      ...a.resources.map((r) => r.id)
    ]);
    const fresh = (id) => {
      for (let n = 2; ; n++) {
        const suffix = `-${n}`;
        const candidate = `${id.slice(0, 40 - suffix.length)}${suffix}`;
        if (!taken.has(candidate)) {
          taken.add(candidate);
          return candidate;
        }
      }
    };
    const seen = /* @__PURE__ */ new Map();
    for (const [i, r] of a.resources.entries()) {
      const path = `/resources/${i}/id`;
      const first = seen.get(r.id);
      const current = ctx.before.resources.get(r.id);
      const revoked = ctx.before.revoked.get(r.id);
      if (first !== void 0) {
        const other = fresh(r.id);
        out.push({
          path,
          message: text(
            `\u8D44\u6E90\u6807\u8BC6 ${r.id} \u5728\u672C\u7533\u8BF7\u4E2D\u5DF2\u7528\u4E8E resources[${first}]\uFF1B\u6BCF\u9879\u8D44\u6E90\u7684 id \u987B\u552F\u4E00\u3002\u8BF7\u6539\u4E3A\u5176\u4ED6\u6807\u8BC6\uFF0C\u5982 ${other}\u3002`,
            `Resource id ${r.id} is already used by resources[${first}] in this application; ids are unique. Use another, e.g. ${other}.`
          )
        });
      } else if (current) {
        const name = ctx.catalog.serviceById.get(current.service)?.name ?? current.service;
        const other = fresh(r.id);
        out.push({
          path,
          message: text(
            `\u8D44\u6E90\u6807\u8BC6 ${r.id} \u5DF2\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\uFF08${name}\uFF0C\u7B2C ${current.createdBy} \u53F7\u7533\u8BF7${current.kind === "test" ? "\u7684\u6D4B\u8BD5\u8D44\u6E90" : "\u65B0\u589E"}\uFF09\u3002\u53D8\u66F4\u3001\u64A4\u9500\u4E0E\u53D1\u653E\u90FD\u9760\u6807\u8BC6\u8BC6\u522B\u8D44\u6E90\uFF0C\u65B0\u589E\u4E0D\u80FD\u6CBF\u7528\uFF1A\u82E5\u8981\u8C03\u6574\u8FD9\u9879\u8D44\u6E90\uFF0C\u8BF7\u63D0\u53D8\u66F4\u7533\u8BF7\uFF1B\u82E5\u662F\u53E6\u4E00\u9879\u65B0\u8D44\u6E90\uFF0C\u8BF7\u6539\u7528\u65B0\u7684\u6807\u8BC6\uFF0C\u5982 ${other}\u3002`,
            `Resource id ${r.id} is a resource in use in this system (${name}, added by application ${current.createdBy}). Changes, revocations and delivery find resources by id: to adjust it, apply for a change; for another resource, use a new id such as ${other}.`
          )
        });
      } else if (revoked) {
        const other = fresh(r.id);
        out.push({
          path,
          message: text(
            `\u8D44\u6E90\u6807\u8BC6 ${r.id} \u66FE\u7528\u4E8E\u672C\u7CFB\u7EDF\u5DF2\u64A4\u9500\u7684\u8D44\u6E90\uFF08\u7B2C ${revoked.revokedBy} \u53F7\u7533\u8BF7\u64A4\u9500\uFF09\u3002\u5DF2\u64A4\u9500\u8D44\u6E90\u7684\u6807\u8BC6\u4E0D\u518D\u590D\u7528\uFF0C\u4EE5\u514D\u4E0E\u64A4\u9500\u8BB0\u5F55\u548C\u4E91\u4E0A\u7684\u65E7\u8D44\u6E90\u6DF7\u6DC6\uFF1A\u8BF7\u6539\u7528\u65B0\u7684\u6807\u8BC6\uFF0C\u5982 ${other}\u3002`,
            `Resource id ${r.id} belonged to a resource revoked by application ${revoked.revokedBy}. Revoked ids are not reused, so that the new resource is not confused with the revocation record or the old cloud resource: use a new id such as ${other}.`
          )
        });
      }
      if (first === void 0) seen.set(r.id, i);
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/security-services-level.ts
var levelZh = ["\u96F6", "\u4E00", "\u4E8C", "\u4E09", "\u56DB", "\u4E94"];
var databaseWords = /数据库|database|(^|[^a-z])db([^a-z]|$)|mysql|postgre|oracle|达梦|金仓|gauss|mongo|sql ?server/i;
var webWords = /网站|门户|web/i;
var webPorts = /* @__PURE__ */ new Set([80, 443, 8080, 8443]);
var securityServicesLevel = defineRule({
  id: "security-services-level",
  title: text("\u5B89\u5168\u670D\u52A1\u4E0E\u7B49\u7EA7\u4FDD\u62A4\u7EA7\u522B\u76F8\u7B26", "Security services fit the protection level"),
  citation: cite("\u7B2C23\u6761", "(4)"),
  appliesTo: ["new"],
  severity: "warning",
  why: text(
    "\u5B89\u5168\u9700\u6C42\u5E94\u6839\u636E\u7F51\u7EDC\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\u7684\u8981\u6C42\u8FDB\u884C\u8BC4\u4F30\uFF0C\u5E76\u9009\u62E9\u76F8\u5E94\u914D\u7F6E\u7684\u5B89\u5168\u670D\u52A1\uFF08\u7B2C23\u6761(4)\uFF09\uFF1B\u6D4B\u7B97\u62A5\u544A\u6839\u636E\u5B89\u5168\u7B49\u7EA7\u4FDD\u62A4\u7684\u8981\u6C42\u9009\u62E9\u5B89\u5168\u670D\u52A1\uFF0C\u5E76\u5BF9\u6240\u9009\u5B89\u5168\u670D\u52A1\u7684\u914D\u7F6E\u3001\u6570\u91CF\u8FDB\u884C\u8BF4\u660E\uFF08\u9644\u4EF66 \u7B2C5\u8282\uFF09\u3002",
    "Security needs are assessed against the protection level (\u7B49\u7EA7\u4FDD\u62A4) and matching security services are chosen (\u7B2C23\u6761(4)); the report explains the services chosen, their configuration and number (\u9644\u4EF66 section 5)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new") return [];
    const level = ctx.system.protectionLevel;
    if (level < 2) return [];
    const items2 = [
      ...[...ctx.before.resources.values()].filter((r) => r.kind === "production").map((r) => ({
        id: r.id,
        service: r.service,
        words: `${r.id} ${r.purpose ?? ""}`,
        quantity: r.config.quantity ?? 1
      })),
      ...a.resources.map((r, index) => ({
        id: r.id,
        service: r.service,
        words: `${r.id} ${r.purpose ?? ""} ${r.remark ?? ""}`,
        quantity: r.quantity ?? 1,
        index
      }))
    ];
    const has = (service) => items2.some((x) => x.service === service);
    const hosts = items2.filter((x) => ctx.catalog.serviceById.get(x.service)?.shape === "compute");
    const hostCount = hosts.reduce((s, x) => s + x.quantity, 0);
    const databases = hosts.filter((x) => databaseWords.test(x.words));
    const web = items2.find((x) => x.service === "eip" || x.service === "elb") ?? hosts.find((x) => webWords.test(x.words)) ?? ctx.before.ports.filter((p) => [p.rule.ports].flat().some((n) => typeof n === "number" && webPorts.has(n))).map((p) => items2.find((x) => x.id === p.rule.destination)).find((x) => x !== void 0);
    const name = (service) => ctx.catalog.serviceById.get(service)?.name ?? service;
    const list2 = (xs) => xs.map((x) => x.id).join("\u3001");
    const missing = [];
    const need2 = (service, zh, en) => {
      if (!has(service)) missing.push({ service, zh, en });
    };
    if (hostCount > 0) need2("hss", `${hostCount} \u53F0\u4E3B\u673A`, `${hostCount} hosts`);
    if (level >= 3) {
      need2("log-audit", "\u4E09\u7EA7\u7CFB\u7EDF\u7684\u5B89\u5168\u5BA1\u8BA1", "security audit at level 3");
      if (hostCount > 0) need2("bastion", "\u4E09\u7EA7\u7CFB\u7EDF\u7684\u8FD0\u7EF4\u5BA1\u8BA1", "operations audit at level 3");
      if (databases.length > 0)
        need2(
          "db-audit",
          `${list2(databases)} \u770B\u6765\u662F\u6570\u636E\u5E93\u670D\u52A1\u5668`,
          `${databases.map((x) => x.id).join(", ")} looks like a database server`
        );
      if (web) need2("waf", `${web.id} \u770B\u6765\u5BF9\u5916\u63D0\u4F9B Web \u670D\u52A1`, `${web.id} looks like it serves the web`);
    }
    const out = [];
    const security = a.estimate.security !== void 0;
    if (missing.length > 0) {
      const usual = level >= 3 ? text(
        `${levelZh[level]}\u7EA7\u7CFB\u7EDF\u901A\u5E38\u5E94\u9009\u62E9\u4E3B\u673A\u5B89\u5168\u3001\u65E5\u5FD7\u5BA1\u8BA1\u3001\u4E91\u5821\u5792\u673A\uFF0C\u6709\u6570\u636E\u5E93\u65F6\u52A0\u6570\u636E\u5E93\u5BA1\u8BA1\uFF0C\u5BF9\u5916\u63D0\u4F9B Web \u670D\u52A1\u65F6\u52A0 Web\u5E94\u7528\u9632\u706B\u5899`,
        `a level ${level} system usually has host security, log audit and a bastion host, database audit when it has a database, and a web application firewall when it serves the web`
      ) : text(
        "\u4E8C\u7EA7\u7CFB\u7EDF\u81F3\u5C11\u5E94\u4E3A\u4E3B\u673A\u9009\u62E9\u4E3B\u673A\u5B89\u5168",
        "a level 2 system has at least host security on its hosts"
      );
      out.push({
        path: security ? "/estimate/security" : "/resources",
        atKey: true,
        message: text(
          `\u7CFB\u7EDF\u4E3A\u7B49\u4FDD${levelZh[level] ?? level}\u7EA7\uFF08system.yaml protectionLevel: ${level}\uFF09\uFF0C\u6309\u7B49\u7EA7\u4FDD\u62A4\u8981\u6C42\uFF0C${usual.zh}\u3002\u672C\u7CFB\u7EDF\uFF08\u5728\u7528\u8D44\u6E90\u4E0E\u672C\u7533\u8BF7\u5408\u8BA1\uFF09\u7F3A\u5C11\uFF1A${missing.map((m) => `${name(m.service)}\uFF08${m.service}\uFF1A${m.zh}\uFF09`).join("\u3001")}\u3002\u8FD9\u9700\u8981\u5BA1\u6838\u4EBA\u5224\u65AD\uFF1A\u8BF7\u5BF9\u7167\u7B49\u7EA7\u6D4B\u8BC4\u62A5\u544A\u6216\u5B89\u5168\u5EFA\u8BBE\u65B9\u6848\uFF0C\u786E\u8BA4\u7F3A\u5C11\u7684\u670D\u52A1\u662F\u5426\u5DF2\u7531\u5176\u4ED6\u63AA\u65BD\u6EE1\u8DB3\uFF1B\u82E5\u9700\u8981\uFF0C\u8BF7\u5728 resources \u4E2D\u589E\u52A0\u8FD9\u4E9B\u670D\u52A1\uFF0C\u5E76\u5728 estimate.security.explanation \u4E2D\u8BF4\u660E\u9009\u62E9\u7684\u4F9D\u636E\u3002`,
          `The system is at protection level ${level} (system.yaml protectionLevel: ${level}); ${usual.en}. The system (resources in use plus this application) lacks: ${missing.map((m) => `${name(m.service)} (${m.service}: ${m.en})`).join(", ")}. Reviewer: check the level assessment or security plan for whether other measures cover them; if not, add the services to resources and explain the choice in estimate.security.explanation.`
        )
      });
    }
    const hss = items2.filter((x) => x.service === "hss");
    const hssCount = hss.reduce((s, x) => s + x.quantity, 0);
    if (hss.length > 0 && hssCount < hostCount) {
      const own = hss.filter((x) => x.index !== void 0).at(-1);
      const short = hostCount - hssCount;
      const hostList = hosts.map((x) => `${x.id} \xD7 ${x.quantity}`).join("\u3001");
      out.push({
        path: own ? `/resources/${own.index}/quantity` : "/resources",
        ...own ? {} : { atKey: true },
        message: text(
          `\u4E3B\u673A\u5B89\u5168\u6309\u865A\u673A\u8BA1\uFF08\u9644\u4EF61\uFF09\uFF1A\u672C\u7CFB\u7EDF\u5171\u6709 ${hostCount} \u53F0\u4E3B\u673A\uFF08${hostList}\uFF09\uFF0C\u4E3B\u673A\u5B89\u5168\u5408\u8BA1 ${hssCount} \u53F0\uFF0C\u6709 ${short} \u53F0\u6CA1\u6709\u9632\u62A4\u3002${own ? `\u8BF7\u628A\u4E3B\u673A\u5B89\u5168 ${own.id} \u7684 quantity \u6539\u4E3A ${own.quantity + short}` : `\u5DF2\u6709\u7684\u4E3B\u673A\u5B89\u5168\u4E0D\u80FD\u53D8\u66F4\uFF08\u9644\u4EF62\uFF09\uFF0C\u8BF7\u5728\u672C\u7533\u8BF7\u4E2D\u589E\u52A0\u4E00\u9879\u4E3B\u673A\u5B89\u5168\uFF08service: hss\uFF0Cquantity: ${short}\uFF09`}\uFF1B\u82E5\u8FD9\u4E9B\u4E3B\u673A\u53E6\u6709\u9632\u62A4\uFF0C\u5BA1\u6838\u4EBA\u8BF7\u6838\u5BF9 estimate.security.explanation \u4E2D\u7684\u8BF4\u660E\u3002`,
          `Host security is counted per VM (\u9644\u4EF61): the system has ${hostCount} hosts (${hosts.map((x) => `${x.id} \xD7 ${x.quantity}`).join(", ")}) and ${hssCount} host-security licences, leaving ${short} unprotected. ${own ? `Change the quantity of ${own.id} to ${own.quantity + short}` : `Existing host security cannot be changed (\u9644\u4EF62): add a host security resource (service: hss, quantity: ${short}) to this application`}; if those hosts are protected otherwise, the reviewer checks the reason in estimate.security.explanation.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/storage-six-months.ts
function requested(r, i, service) {
  if (service?.shape === "compute") {
    const disks = r.dataDisks ?? [];
    const gb = disks.reduce((sum, d) => sum + d.sizeGB, 0);
    if (gb <= 0) return void 0;
    return {
      gb,
      path: disks.length === 1 ? `/resources/${i}/dataDisks/0/sizeGB` : `/resources/${i}/dataDisks`,
      zh: `\u6BCF\u53F0\u6570\u636E\u76D8${disks.length > 1 ? "\u5408\u8BA1" : ""} ${gb} GB`,
      en: `${gb} GB of data disk${disks.length > 1 ? "s" : ""} per instance`
    };
  }
  if (service?.shape === "capacity" && service.id !== "backup" && r.capacityGB !== void 0)
    return {
      gb: r.capacityGB,
      path: `/resources/${i}/capacityGB`,
      zh: `\u5BB9\u91CF ${r.capacityGB} GB`,
      en: `${r.capacityGB} GB`
    };
  return void 0;
}
var round2 = (n) => Math.round(n * 100) / 100;
function need(e, ctx) {
  const g = ctx.catalog.profile.granularity.capacityGB;
  const zh = [];
  const en = [];
  let sum = 0;
  if (e.runtimeGB !== void 0) {
    sum += e.runtimeGB;
    zh.push(`${e.runtimeGB}\uFF08\u8FD0\u884C\u73AF\u5883\uFF09`);
    en.push(`${e.runtimeGB} (runtime)`);
  }
  if (e.migratedGB !== void 0) {
    sum += e.migratedGB;
    zh.push(`${e.migratedGB}\uFF08\u8FC1\u79FB\u6570\u636E\uFF09`);
    en.push(`${e.migratedGB} (migrated data)`);
  }
  if (e.growth) {
    sum += e.growth.monthlyGB * e.growth.months;
    zh.push(`${e.growth.monthlyGB} \xD7 ${e.growth.months}\uFF08${e.growth.months} \u4E2A\u6708\u589E\u957F\uFF09`);
    en.push(`${e.growth.monthlyGB} \xD7 ${e.growth.months} (${e.growth.months} months of growth)`);
  }
  const total = round2(sum);
  const cap = total > 0 ? Math.max(g.min, Math.ceil(total / g.multiple) * g.multiple) : 0;
  return {
    empty: zh.length === 0,
    total,
    cap,
    multiple: g.multiple,
    zh: `${zh.join(" + ")} = ${total} GB\uFF0C\u6309 ${g.multiple} GB \u5411\u4E0A\u53D6\u6574\u4E3A ${cap} GB`,
    en: `${en.join(" + ")} = ${total} GB, rounded up to ${g.multiple} GB: ${cap} GB`,
    short: e.growth !== void 0 && e.growth.months < 6 ? e.growth.months : void 0
  };
}
var storageSixMonths = defineRule({
  id: "storage-six-months",
  title: text(
    "\u5B58\u50A8\u6709\u6D4B\u7B97\u8FC7\u7A0B\uFF0C\u7533\u8BF7\u91CF\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u9700\u6C42",
    "Storage has an estimate and covers at most six months"
  ),
  citation: cite("\u7B2C23\u6761", "(2)"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "\u4E91\u670D\u52A1\u7533\u8BF7\u6D4B\u7B97\u62A5\u544A\u4E2D\u8BA1\u7B97\u3001\u5B58\u50A8\u8D44\u6E90\u987B\u6709\u5408\u7406\u7684\u6D4B\u7B97\u8BF4\u660E\uFF0C\u5176\u4E2D\u5B58\u50A8\u8D44\u6E90\u9884\u4F30\u91CF\u4E0D\u5F97\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u9700\u6C42\uFF08\u7B2C23\u6761(2)\uFF09\u3002\u6BCF\u53F0\u670D\u52A1\u5668\u7684\u5B58\u50A8\u987B\u6709\u6D4B\u7B97\u8FC7\u7A0B\uFF1A\u8FD0\u884C\u73AF\u5883\u4E0E\u90E8\u7F72\u5305\u7684\u5360\u7528\u91CF\u3001\u9700\u8FC1\u79FB\u7684\u5DF2\u6709\u6570\u636E\u91CF\u3001\u672A\u6765\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F\u91CF\uFF08\u9644\u4EF66 \u7B2C3\u8282\uFF09\u3002",
    "Compute and storage need a reasoned estimate, and estimated storage may not exceed six months of need (\u7B2C23\u6761(2)). Each server's storage is computed from the runtime and deployment packages, any migrated data, and at most six months of data growth (\u9644\u4EF66 section 3)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "new") return [];
    const out = [];
    const entries = a.estimate.storage ?? [];
    const byResource = /* @__PURE__ */ new Map();
    const ids = new Set(a.resources.map((r) => r.id));
    for (const [j, e] of entries.entries()) {
      const first = byResource.get(e.resource);
      if (!ids.has(e.resource)) {
        out.push({
          path: `/estimate/storage/${j}/resource`,
          message: text(
            `\u5B58\u50A8\u9700\u6C42 estimate.storage[${j}] \u5BF9\u5E94\u7684\u8D44\u6E90 ${e.resource} \u4E0D\u5728\u672C\u7533\u8BF7\u7684 resources \u4E2D\u3002\u8BF7\u6539\u4E3A\u672C\u7533\u8BF7\u4E2D\u8D44\u6E90\u7684 id\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u9879\u3002`,
            `Storage estimate estimate.storage[${j}] names resource ${e.resource}, which is not in this application's resources. Name one of them or remove the entry.`
          )
        });
      } else if (first) {
        out.push({
          path: `/estimate/storage/${j}/resource`,
          message: text(
            `\u8D44\u6E90 ${e.resource} \u5DF2\u5728 estimate.storage[${first.j}] \u4E2D\u6D4B\u7B97\u8FC7\u5B58\u50A8\uFF1B\u6BCF\u9879\u8D44\u6E90\u53EA\u5199\u4E00\u9879\u3002\u8BF7\u628A\u4E24\u9879\u5408\u5E76\uFF0C\u6216\u5220\u9664\u8FD9\u4E00\u9879\u3002`,
            `Resource ${e.resource} already has a storage estimate in estimate.storage[${first.j}]; write one per resource. Merge them or remove this one.`
          )
        });
      } else byResource.set(e.resource, { e, j });
    }
    for (const [i, r] of a.resources.entries()) {
      const service = ctx.catalog.serviceById.get(r.service);
      const req = requested(r, i, service);
      if (!req) continue;
      const label3 = `${r.id}\uFF08${service?.name ?? r.service}\uFF09`;
      const found = byResource.get(r.id);
      if (!found) {
        out.push({
          path: `/resources/${i}`,
          message: text(
            `${label3}\u7533\u8BF7\u4E86${req.zh}\uFF0C\u4F46\u6D4B\u7B97\u62A5\u544A\u7684\u5B58\u50A8\u9700\u6C42\u8BF4\u660E\uFF08estimate.storage\uFF09\u4E2D\u6CA1\u6709\u5B83\u7684\u6D4B\u7B97\u8FC7\u7A0B\u3002\u8BF7\u589E\u52A0\u4E00\u9879 resource: ${r.id}\uFF0C\u5199\u660E\u8FD0\u884C\u73AF\u5883\u5360\u7528 runtimeGB\u3001\u9700\u8FC1\u79FB\u7684\u5DF2\u6709\u6570\u636E migratedGB\uFF08\u5982\u6709\uFF09\u3001\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F growth\uFF08monthlyGB\u3001months\u3001composition\uFF09\uFF0C\u4EE5\u53CA\u6240\u9700\u5B58\u50A8\u91CF requiredGB\u3002`,
            `${r.id} requests ${req.en}, but the estimation report has no storage estimate for it (estimate.storage). Add an entry with resource: ${r.id}, the runtime footprint runtimeGB, any migrated data migratedGB, at most six months of growth (growth: monthlyGB, months, composition) and requiredGB.`
          )
        });
        continue;
      }
      const { e, j } = found;
      const p = `/estimate/storage/${j}`;
      const n = need(e, ctx);
      if (n.empty) {
        out.push({
          path: p,
          message: text(
            `${r.id} \u7684\u5B58\u50A8\u9700\u6C42\u53EA\u5199\u4E86\u6240\u9700\u5B58\u50A8\u91CF ${e.requiredGB} GB\uFF0C\u6CA1\u6709\u6D4B\u7B97\u8FC7\u7A0B\u3002\u8BF7\u5199\u660E\u8FD0\u884C\u73AF\u5883\u5360\u7528 runtimeGB\u3001\u9700\u8FC1\u79FB\u7684\u5DF2\u6709\u6570\u636E migratedGB\uFF08\u5982\u6709\uFF09\u4E0E\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u6570\u636E\u589E\u957F growth\uFF0C\u6240\u9700\u5B58\u50A8\u91CF\u987B\u7531\u5B83\u4EEC\u5F97\u51FA\u3002`,
            `The storage estimate for ${r.id} states ${e.requiredGB} GB without a computation. Give runtimeGB, migratedGB (if any) and at most six months of growth; requiredGB follows from them.`
          )
        });
        continue;
      }
      const longer = n.short ? text(
        `\uFF08\u589E\u957F\u53EA\u6D4B\u7B97\u4E86 ${n.short} \u4E2A\u6708\uFF0C\u6700\u591A\u53EF\u6309 6 \u4E2A\u6708\u6D4B\u7B97\uFF09`,
        ` (growth covers ${n.short} months; up to 6 may be estimated)`
      ) : text("", "");
      if (req.gb > n.cap) {
        out.push({
          path: req.path,
          message: text(
            `${label3}${req.zh}\uFF0C\u8D85\u8FC7\u4E86\u6D4B\u7B97\u51FA\u7684\u9700\u6C42\uFF1A${n.zh}${longer.zh}\u3002\u5B58\u50A8\u8D44\u6E90\u9884\u4F30\u91CF\u4E0D\u5F97\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u9700\u6C42\uFF1A\u8BF7\u6539\u4E3A ${n.cap} GB\uFF0C\u6216\u5728\u6D4B\u7B97\u8FC7\u7A0B\u4E2D\u8865\u5145\u4F9D\u636E\uFF08\u8FC1\u79FB\u6570\u636E\u3001\u589E\u957F\u91CF\u53CA\u5176\u6784\u6210\uFF09\u3002`,
            `${r.id} requests ${req.en}, more than the estimated need: ${n.en}${longer.en}. Storage may not exceed six months of need: request ${n.cap} GB, or complete the computation (migrated data, growth and its composition).`
          )
        });
      }
      if (e.requiredGB > n.cap) {
        out.push({
          path: `${p}/requiredGB`,
          message: text(
            `\u6240\u9700\u5B58\u50A8\u91CF requiredGB \u4E3A ${e.requiredGB} GB\uFF0C\u8D85\u8FC7\u6D4B\u7B97\u8FC7\u7A0B\u5F97\u51FA\u7684\u9700\u6C42\uFF1A${n.zh}\u3002\u6240\u9700\u5B58\u50A8\u91CF\u987B\u7531\u6D4B\u7B97\u8FC7\u7A0B\u5F97\u51FA\uFF0C\u4E0D\u5F97\u8D85\u8FC7\u516D\u4E2A\u6708\u7684\u9700\u6C42\uFF1A\u8BF7\u6539\u4E3A ${n.cap}${n.total !== n.cap ? `\uFF08\u6216 ${n.total}\uFF09` : ""}\uFF1B\u6D4B\u7B97\u8FC7\u7A0B\u4EE5\u5916\u7684\u5360\u7528\u987B\u8BA1\u5165 runtimeGB\u3001migratedGB \u6216 growth \u5E76\u8BF4\u660E\u6784\u6210\uFF0C\u4E0D\u80FD\u4F5C\u4E3A\u9884\u7559\u53E6\u52A0\u3002`,
            `requiredGB is ${e.requiredGB} GB, more than the computation gives: ${n.en}. requiredGB follows from the computation and covers at most six months: change it to ${n.cap}${n.total !== n.cap ? ` (or ${n.total})` : ""}; anything else must be part of runtimeGB, migratedGB or growth with its composition, not a reserve on top.`
          )
        });
      } else if (e.requiredGB < n.total) {
        out.push({
          path: `${p}/requiredGB`,
          message: text(
            `\u6240\u9700\u5B58\u50A8\u91CF requiredGB \u4E3A ${e.requiredGB} GB\uFF0C\u5C11\u4E8E\u6D4B\u7B97\u8FC7\u7A0B\u4E4B\u548C\uFF1A${n.zh}\u3002\u8BF7\u628A requiredGB \u6539\u4E3A ${n.total}${n.total !== n.cap ? `\uFF08\u6216 ${n.cap}\uFF09` : ""}\uFF0C\u6216\u6539\u6B63\u6D4B\u7B97\u8FC7\u7A0B\u4E2D\u7684\u6570\u503C\u3002`,
            `requiredGB is ${e.requiredGB} GB, less than the computation: ${n.en}. Change it to ${n.total}${n.total !== n.cap ? ` (or ${n.cap})` : ""}, or correct the figures.`
          )
        });
      } else if (req.gb < e.requiredGB) {
        out.push({
          path: req.path,
          severity: "warning",
          citation: cite("\u7B2C21\u6761", "(5)"),
          message: text(
            `${label3}${req.zh}\uFF0C\u5C11\u4E8E\u6D4B\u7B97\u62A5\u544A\u7684\u6240\u9700\u5B58\u50A8\u91CF ${e.requiredGB} GB\uFF08estimate.storage[${j}]\uFF09\uFF1B\u7533\u8BF7\u8868\u987B\u4E0E\u6D4B\u7B97\u7ED3\u679C\u4E00\u81F4\u3002\u5BA1\u6838\u4EBA\u8BF7\u786E\u8BA4\u662F\u5426\u6709\u610F\u5C11\u7533\u8BF7\uFF08\u5982\u5206\u671F\u6269\u5BB9\uFF09\uFF1A\u82E5\u662F\uFF0C\u8BF7\u5728\u8FD9\u4E00\u9879\u7684 remark \u4E2D\u8BF4\u660E\uFF1B\u5426\u5219\u8BF7\u6539\u4E3A ${Math.ceil(e.requiredGB / n.multiple) * n.multiple} GB\u3002`,
            `${r.id} requests ${req.en}, less than the estimated ${e.requiredGB} GB (estimate.storage[${j}]); the form should equal the estimate. Reviewer: check whether the shortfall is intended (e.g. staged growth) and stated in remark; otherwise request ${Math.ceil(e.requiredGB / n.multiple) * n.multiple} GB.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/test-environment-matches.ts
var testEnvironmentMatches = defineRule({
  id: "test-environment-matches",
  title: text("\u6D4B\u8BD5\u8D44\u6E90\u7684\u4E91\u73AF\u5883\u4E0E\u7CFB\u7EDF\u7684\u4E91\u73AF\u5883\u4E00\u81F4", "Test resources use the system's cloud environment"),
  citation: annex("\u9644\u4EF65"),
  appliesTo: ["test"],
  severity: "warning",
  why: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u8868\u987B\u9009\u62E9\u4E91\u73AF\u5883\uFF1A\u56FD\u4EA7\u73AF\u5883\uFF08ARM\uFF09\u6216\u975E\u56FD\u4EA7\u73AF\u5883\uFF08X86\uFF09\uFF0C\u4E8C\u9009\u4E00\uFF08\u9644\u4EF65 \u4E8C\uFF09\uFF1B\u6D4B\u8BD5\u8D44\u6E90\u7528\u4E8E\u7CFB\u7EDF\u9002\u914D\u3001\u7CFB\u7EDF\u6D4B\u8BD5\u3001\u8054\u8C03\u6D4B\u8BD5\uFF08\u7B2C45\u6761\uFF09\u3002",
    "The test-resource form chooses the cloud environment, ARM or x86 (\u9644\u4EF65 part 2); test resources serve the system's adaptation, testing and integration (\u7B2C45\u6761)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "test") return [];
    const wanted = a.test.environment;
    const system = ctx.system.environment;
    if (wanted === void 0 || wanted === system) return [];
    const label3 = (id) => ctx.catalog.profile.environments.find((e) => e.id === id)?.label ?? id;
    return [
      {
        path: "/test/environment",
        message: text(
          `\u6D4B\u8BD5\u8D44\u6E90\u7684\u4E91\u73AF\u5883\u4E3A${label3(wanted)}\uFF08${wanted}\uFF09\uFF0C\u800C\u7CFB\u7EDF\u767B\u8BB0\u7684\u4E91\u73AF\u5883\u662F${label3(system)}\uFF08${system}\uFF0C\u89C1 system.yaml\uFF09\u3002\u82E5\u662F\u586B\u9519\uFF0C\u8BF7\u628A test.environment \u6539\u4E3A ${system}\uFF0C\u6216\u5220\u53BB\u8FD9\u4E00\u9879\uFF08\u5373\u53D6\u7CFB\u7EDF\u7684\u4E91\u73AF\u5883\uFF09\uFF1B\u82E5\u786E\u662F\u4E3A\u8FC1\u79FB\u5230${label3(wanted)}\u505A\u9002\u914D\u6D4B\u8BD5\uFF08\u7B2C45\u6761\uFF09\uFF0C\u5BA1\u6838\u4EBA\u8BF7\u6838\u5BF9 estimate.description \u4E2D\u7684\u8BF4\u660E\u3002`,
          `The test resources ask for ${wanted}, but the system is registered on ${system} (system.yaml). If this is a mistake, change test.environment to ${system} or remove it (the system's environment applies); if the tests are for adapting the system to ${wanted} (\u7B2C45\u6761), the reviewer checks the explanation in estimate.description.`
        )
      }
    ];
  }
});

// scripts/profiles/shenzhen/rules/group-new.ts
var newRules = [
  estimateMatchesForm,
  storageSixMonths,
  backupBasis,
  securityServicesLevel,
  consultationRecorded,
  packageCount,
  requiresCompanion,
  resourceIdUnique,
  agentAuthorized,
  testEnvironmentMatches
];

// scripts/profiles/shenzhen/rules/port-destination-exists.ts
function resolveDestination(before, destination) {
  const byId2 = before.resources.get(destination);
  if (byId2) return { resource: byId2 };
  for (const resource of before.resources.values())
    for (const i of resource.instances)
      if (i.ip === destination || i.floatingIp === destination) return { resource, ip: destination };
  return void 0;
}
var idsInService = (before) => before.resources.size ? [...before.resources.keys()].join("\u3001") : "\uFF08\u65E0\uFF09";
var portDestinationExists = defineRule({
  id: "port-destination-exists",
  title: text("\u7AEF\u53E3\u7B56\u7565\u7684\u76EE\u7684\u5730\u5740\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90", "A port rule's destination is a resource in service"),
  citation: annex("\u9644\u4EF68"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u8868\u201C\u4EC5\u4F9B1\u5957\u4FE1\u606F\u7CFB\u7EDF\u586B\u5199\u201D\uFF08\u9644\u4EF68 \u6CE81\uFF09\uFF0C\u76EE\u7684\u5730\u5740\u662F\u672C\u7CFB\u7EDF\u7684\u670D\u52A1\u5668\uFF1B\u63D0\u4F9B\u5546\u5B9E\u65BD\u524D\u987B\u201C\u6838\u5B9E\u7533\u8BF7\u6750\u6599\u4E2D\u7684\u653F\u52A1\u4E91\u8D44\u6E90\u4FE1\u606F\u201D\uFF08\u7B2C43\u6761\uFF09\u3002",
    "The port form serves one information system (\u9644\u4EF68 note 1) and its destinations are that system's servers; the provider checks the cloud resources named before opening (\u7B2C43\u6761)."
  ),
  check(ctx) {
    const { application: a, before } = ctx;
    if (a.type !== "ports" || a.ports.business !== "open" || !ctx.historyComplete) return [];
    const out = [];
    for (const [i, rule] of (a.ports.rules ?? []).entries()) {
      if (resolveDestination(before, rule.destination)) continue;
      const revoked = before.revoked.get(rule.destination) ?? [...before.revoked.values()].find(
        (r) => r.resource.instances.some((x) => x.ip === rule.destination || x.floatingIp === rule.destination)
      );
      const ids = idsInService(before);
      out.push({
        path: `/ports/rules/${i}/destination`,
        message: revoked ? text(
          `\u76EE\u7684\u5730\u5740 ${quote(rule.destination)} \u662F\u8D44\u6E90 ${revoked.resource.id}\uFF0C\u5DF2\u7531\u7B2C ${revoked.revokedBy} \u53F7\u7533\u8BF7\u64A4\u9500\uFF0C\u4E0D\u80FD\u518D\u5F00\u653E\u7AEF\u53E3\u3002\u8BF7\u628A destination \u6539\u4E3A\u5728\u7528\u7684\u8D44\u6E90\uFF1A${ids}\u3002`,
          `Destination ${quote(rule.destination)} is resource ${revoked.resource.id}, revoked by application ${revoked.revokedBy}: no port can be opened on it. Use a resource in service: ${ids}.`
        ) : text(
          `\u76EE\u7684\u5730\u5740 ${quote(rule.destination)} \u4E0D\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\uFF0C\u4E5F\u4E0D\u662F\u5DF2\u4EA4\u4ED8\u5B9E\u4F8B\u7684 IP\u3002\u76EE\u7684\u5730\u5740\u987B\u586B\u672C\u7CFB\u7EDF\u5728\u7528\u8D44\u6E90\u7684\u6807\u8BC6\uFF08${ids}\uFF09\u6216\u5176\u5DF2\u4EA4\u4ED8\u5B9E\u4F8B\u7684 IP\uFF1A\u8BF7\u6539\u6B63 destination\uFF1B\u8D44\u6E90\u5C1A\u672A\u7533\u8BF7\u7684\uFF0C\u5148\u63D0\u4EA4\u65B0\u589E\u7533\u8BF7\u3002`,
          `Destination ${quote(rule.destination)} is neither a resource of this system in service nor the IP of a delivered instance. Use a resource id in service (${ids}) or one of its delivered IPs; apply for the resource first if it does not exist.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/port-rdp.ts
function portSpans(rule) {
  if (rule.protocol === "icmp") return [];
  const p = rule.ports;
  if (p === void 0) return [[1, 65535]];
  if (typeof p === "number") return [[p, p]];
  if (Array.isArray(p)) return p.map((n) => [n, n]);
  const [lo, hi] = p.split("-").map(Number);
  return [[Math.min(lo, hi), Math.max(lo, hi)]];
}
var coversPort = (rule, port) => portSpans(rule).some(([lo, hi]) => lo <= port && port <= hi);
function describePorts(rule) {
  const proto = rule.protocol.toUpperCase();
  if (rule.protocol === "icmp") return { zh: proto, en: proto };
  const p = rule.ports;
  if (p === void 0) return { zh: `${proto} \u5168\u90E8\u7AEF\u53E3`, en: `${proto} all ports` };
  const s = Array.isArray(p) ? p.join(",") : String(p);
  return { zh: `${proto} ${s}`, en: `${proto} ${s}` };
}
function describeRule(rule) {
  const p = describePorts(rule);
  return {
    zh: `${rule.source} \u2192 ${rule.destination} ${p.zh}`,
    en: `${rule.source} \u2192 ${rule.destination} ${p.en}`
  };
}
var rdpPort = 3389;
var portRdp = defineRule({
  id: "port-rdp",
  title: text("3389 \u7AEF\u53E3\u987B\u9644 RDP \u5F00\u901A\u5BA1\u6279\u8868", "Port 3389 needs the RDP approval form"),
  citation: annex("\u9644\u4EF68", "2\u2463"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u5982\u9700\u5F00\u901A\u6216\u4FEE\u65393389\u7AEF\u53E3\u7B56\u7565\uFF0C\u8FD8\u5E94\u63D0\u4EA4\u300A\u8FDC\u7A0B\u684C\u9762\uFF08RDP\uFF09\u670D\u52A1\u5F00\u901A\u5BA1\u6279\u8868\u300B\uFF0C\u7ECF\u62A5\u5BA1\u767B\u8BB0\u540E\u529E\u7406\uFF08\u9644\u4EF68 \u6CE82\u2463\uFF09\u3002",
    "Opening or changing a policy for port 3389 also needs the Remote Desktop (RDP) approval form, registered before the work is done (\u9644\u4EF68 note 2\u2463)."
  ),
  check({ application: a }) {
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out = [];
    const rdpRules = [];
    for (const [i, rule] of (a.ports.rules ?? []).entries()) {
      const ports = describePorts(rule);
      if (coversPort(rule, rdpPort)) {
        rdpRules.push(rule);
        if (rule.purpose !== "rdp")
          out.push({
            path: `/ports/rules/${i}/purpose`,
            message: text(
              `\u8FD9\u6761\u7B56\u7565\u5F00\u653E ${ports.zh}\uFF0C\u5305\u542B\u8FDC\u7A0B\u684C\u9762\u7AEF\u53E3 ${rdpPort}\uFF0C\u7528\u9014\u987B\u9009 \u2463\uFF08rdp\uFF09\uFF0C\u8FD9\u91CC\u662F ${rule.purpose}\u3002\u8BF7\u628A purpose \u6539\u4E3A rdp\uFF1B\u4E0D\u9700\u8981\u8FDC\u7A0B\u684C\u9762\u7684\uFF0C\u628A ${rdpPort} \u4ECE\u7AEF\u53E3\u53F7\u4E2D\u53BB\u6389\u3002`,
              `This rule opens ${ports.en}, which includes remote-desktop port ${rdpPort}: its purpose must be \u2463 (rdp), not ${rule.purpose}. Set purpose to rdp, or leave ${rdpPort} out of the ports.`
            )
          });
      } else if (rule.purpose === "rdp") {
        out.push({
          path: `/ports/rules/${i}/purpose`,
          severity: "warning",
          message: text(
            `\u7528\u9014 \u2463\uFF08rdp\uFF09\u662F\u5F00\u901A\u6216\u4FEE\u6539 ${rdpPort} \u7AEF\u53E3\u7B56\u7565\u7528\u7684\uFF0C\u8FD9\u6761\u7B56\u7565\u5F00\u653E\u7684\u662F ${ports.zh}\uFF0C\u4E0D\u542B ${rdpPort}\u3002\u8FDC\u7A0B\u684C\u9762\u6539\u7528\u5176\u4ED6\u7AEF\u53E3\u7684\uFF0C\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u5E76\u8981\u6C42\u9644 RDP \u5F00\u901A\u5BA1\u6279\u8868\uFF1B\u5426\u5219\u8BF7\u628A purpose \u6539\u4E3A\u5B9E\u9645\u7528\u9014\uFF08new-service\u3001change-port \u6216 management\uFF09\u3002`,
            `Purpose \u2463 (rdp) is for policies on port ${rdpPort}, but this rule opens ${ports.en}. If remote desktop runs on another port, the reviewer should confirm it and ask for the RDP approval form; otherwise set purpose to the real use (new-service, change-port or management).`
          )
        });
      }
    }
    if (rdpRules.length && !a.ports.rdpApproval) {
      const zh = rdpRules.map((r) => describeRule(r).zh).join("\uFF1B");
      const en = rdpRules.map((r) => describeRule(r).en).join("; ");
      out.push({
        path: "/ports",
        atKey: true,
        message: text(
          `\u7B56\u7565 ${zh} \u5F00\u653E ${rdpPort} \u7AEF\u53E3\uFF0C\u987B\u63D0\u4EA4\u300A\u8FDC\u7A0B\u684C\u9762\uFF08RDP\uFF09\u670D\u52A1\u5F00\u901A\u5BA1\u6279\u8868\u300B\u5E76\u62A5\u5BA1\u767B\u8BB0\u3002\u8BF7\u5728 ports \u4E0B\u586B\u5199 rdpApproval: { formNo: \u5BA1\u6279\u8868\u7F16\u53F7, date: \u767B\u8BB0\u65E5\u671F }\uFF0C\u5E76\u628A\u5BA1\u6279\u8868\u653E\u5165 attachments\u3002`,
          `Rule(s) ${en} open port ${rdpPort}: the Remote Desktop (RDP) approval form is required. Add rdpApproval: { formNo, date } under ports and attach the form.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/port-source-limited.ts
var octet = /^(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$/;
function parseIpv4(s) {
  const parts = s.split(".");
  if (parts.length !== 4 || !parts.every((p) => octet.test(p))) return void 0;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}
var formatIpv4 = (n) => [2 ** 24, 2 ** 16, 2 ** 8, 1].map((d) => Math.floor(n / d) % 256).join(".");
function parseSource(source) {
  const s = source.trim();
  if (s.toLowerCase() === "any") return { kind: "any" };
  const m = /^([0-9.]+)(?:\/(0|[1-9][0-9]?))?$/.exec(s);
  if (!m) return void 0;
  const address = parseIpv4(m[1]);
  const prefix = m[2] === void 0 ? 32 : Number(m[2]);
  if (address === void 0 || prefix > 32) return void 0;
  if (prefix === 0) return { kind: "any" };
  const addresses = 2 ** (32 - prefix);
  const network = address - address % addresses;
  return {
    kind: "cidr",
    prefix,
    addresses,
    network: `${formatIpv4(network)}/${prefix}`,
    hostBits: network !== address
  };
}
var isAnySource = (source) => parseSource(source)?.kind === "any";
var narrowestPrefix = 24;
var portSourceLimited = defineRule({
  id: "port-source-limited",
  title: text(
    "\u7F51\u7BA1\u3001\u90E8\u7F72\u3001\u6D4B\u8BD5\u7AEF\u53E3\u9650\u5236\u6E90\u5730\u5740",
    "Ports for management, deployment or testing are limited to named sources"
  ),
  citation: cite("\u7B2C38\u6761", "(2)"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u56E0\u90E8\u7F72\u6216\u6D4B\u8BD5\u9700\u8981\uFF0C\u7533\u8BF7\u5F00\u653E\u7AEF\u53E3\u7684\uFF0C\u5E94\u5F53\u9650\u5236\u53EF\u8BBF\u95EE\u8BE5\u7AEF\u53E3\u7684IP\u5730\u5740\uFF0C\u7ECF\u5BA1\u6838\u51B3\u5B9A\u662F\u5426\u4E88\u4EE5\u5F00\u653E\uFF08\u7B2C38\u6761(2)\uFF09\uFF1B\u56E0\u7F51\u7BA1\u9700\u6C42\uFF0C\u7533\u8BF7\u5F00\u653E\u7AEF\u53E3\u7684\uFF0C\u5E94\u5F53\u9650\u5236\u53EF\u8BBF\u95EE\u8BE5\u7AEF\u53E3\u7684IP\u5730\u5740\uFF08\u9644\u4EF68 \u6CE82\u2462\uFF09\u3002",
    "Ports opened for deployment or testing must be limited to the IP addresses allowed to reach them (\u7B2C38\u6761(2)); so must ports opened for network management (\u9644\u4EF68 note 2\u2462)."
  ),
  check({ application: a, before }) {
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out = [];
    for (const [i, rule] of (a.ports.rules ?? []).entries()) {
      const path = `/ports/rules/${i}/source`;
      const source = parseSource(rule.source);
      if (!source) {
        out.push({
          path,
          message: text(
            `\u6E90\u5730\u5740 ${quote(rule.source)} \u8BFB\u4E0D\u61C2\uFF1A\u987B\u662F any\u3001\u4E00\u4E2A IPv4 \u5730\u5740\uFF08\u5982 10.20.30.15\uFF0C\u5404\u6BB5\u4E0D\u5E26\u524D\u5BFC\u96F6\uFF09\u6216\u4E00\u4E2A IPv4 \u7F51\u6BB5\uFF08\u5982 10.20.30.0/24\uFF09\uFF0C\u6BCF\u6761\u7B56\u7565\u4E00\u4E2A\u6E90\u5730\u5740\u3002\u8BF7\u6539\u6B63 source\uFF1B\u591A\u4E2A\u6E90\u5730\u5740\u8BF7\u5206\u6210\u591A\u6761\u7B56\u7565\u3002`,
            `Source ${quote(rule.source)} is not any, an IPv4 address (e.g. 10.20.30.15) or an IPv4 network (e.g. 10.20.30.0/24). Correct source; split several sources into several rules.`
          )
        });
        continue;
      }
      if (source.kind === "cidr" && source.hostBits) {
        out.push({
          path,
          severity: "warning",
          message: text(
            `\u6E90\u5730\u5740 ${quote(rule.source)} \u5E26\u4E3B\u673A\u4F4D\uFF1A\u6309 /${source.prefix} \u5B83\u8868\u793A\u7F51\u6BB5 ${source.network}\u3002\u8BF7\u786E\u8BA4\uFF1A\u8981\u653E\u884C\u6574\u4E2A\u7F51\u6BB5\u5C31\u5199 ${source.network}\uFF1B\u53EA\u653E\u884C\u4E00\u53F0\u4E3B\u673A\u5C31\u53BB\u6389 /${source.prefix}\u3002`,
            `Source ${quote(rule.source)} has host bits set: as /${source.prefix} it means network ${source.network}. Write ${source.network} for the whole network, or drop /${source.prefix} for one host.`
          )
        });
      }
      const dest = resolveDestination(before, rule.destination)?.resource;
      const forTest = dest?.kind === "test";
      const forManagement = rule.purpose === "management" || rule.purpose === "rdp";
      if (!forTest && !forManagement) continue;
      if (forTest && source.kind === "any") continue;
      const why = forManagement ? text(
        `\u7AEF\u53E3\u7528\u9014\u4E3A${rule.purpose === "rdp" ? "\u8FDC\u7A0B\u684C\u9762\uFF08rdp\uFF0C\u5C5E\u7F51\u7BA1\uFF09" : "\u7F51\u7BA1\uFF08management\uFF09"}`,
        `The port is for ${rule.purpose === "rdp" ? "remote desktop (rdp, a management use)" : "management"}`
      ) : text(
        `\u76EE\u7684\u5730\u5740 ${quote(rule.destination)} \u662F\u6D4B\u8BD5\u8D44\u6E90\uFF08\u90E8\u7F72\u3001\u6D4B\u8BD5\u7528\uFF09`,
        `Destination ${quote(rule.destination)} is a test resource (deployment and testing)`
      );
      if (source.kind === "any") {
        out.push({
          path,
          message: text(
            `${why.zh}\uFF0C\u987B\u9650\u5236\u53EF\u8BBF\u95EE\u8BE5\u7AEF\u53E3\u7684 IP \u5730\u5740\uFF1B\u8FD9\u91CC\u6E90\u5730\u5740\u4E3A ${quote(rule.source)}\uFF08\u4EFB\u610F\u5730\u5740\uFF09\u3002\u8BF7\u628A source \u6539\u4E3A\u8FD0\u7EF4\u7EC8\u7AEF\u7684 IP \u6216 /${narrowestPrefix} \u53CA\u66F4\u5C0F\u7684\u7F51\u6BB5\uFF08\u81F3\u591A 256 \u4E2A\u5730\u5740\uFF0C\u5982 10.20.30.0/24\uFF09\u3002`,
            `${why.en}: the addresses allowed to reach it must be limited, but source is ${quote(rule.source)} (any address). Set source to the operators' IPs or a network of /${narrowestPrefix} or narrower (e.g. 10.20.30.0/24).`
          )
        });
      } else if (source.prefix < narrowestPrefix) {
        out.push({
          path,
          message: text(
            `${why.zh}\uFF0C\u987B\u9650\u5236\u53EF\u8BBF\u95EE\u8BE5\u7AEF\u53E3\u7684 IP \u5730\u5740\uFF1B\u6E90\u5730\u5740 ${quote(rule.source)} \u662F /${source.prefix} \u7F51\u6BB5\uFF0C\u542B ${source.addresses} \u4E2A\u5730\u5740\uFF0C\u4E0D\u7B97\u9650\u5B9A\u3002\u5141\u8BB8\u7684\u662F\u5355\u4E2A IP \u6216 /${narrowestPrefix} \u53CA\u66F4\u5C0F\u7684\u7F51\u6BB5\uFF08\u81F3\u591A 256 \u4E2A\u5730\u5740\uFF09\uFF1A\u8BF7\u628A source \u7F29\u5C0F\u5230\u5B9E\u9645\u8BBF\u95EE\u7684\u7EC8\u7AEF\u6216\u7F51\u6BB5\u3002`,
            `${why.en}: the addresses allowed to reach it must be limited, but source ${quote(rule.source)} is a /${source.prefix} network of ${source.addresses} addresses. Use single IPs or a network of /${narrowestPrefix} or narrower (at most 256 addresses).`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/ip-request-binding.ts
var webWords2 = /网站|网页|门户|域名|web|https?/i;
var webPorts2 = [80, 443];
function websiteEvidence(ctx, app, ip) {
  const bound = ip.bindTo;
  for (const rule of app.ports.rules ?? []) {
    if (rule.protocol !== "tcp" || !isAnySource(rule.source)) continue;
    if (!webPorts2.some((p) => coversPort(rule, p))) continue;
    if (bound !== void 0 && resolveDestination(ctx.before, rule.destination)?.resource.id !== bound)
      continue;
    const r = describeRule(rule);
    return text(
      `\u672C\u8868\u7B56\u7565 ${r.zh} \u5411\u4EFB\u610F\u5730\u5740\u5F00\u653E\u7F51\u7AD9\u7AEF\u53E3`,
      `this form's rule ${r.en} opens a web port to any address`
    );
  }
  const words = `${ip.purpose} ${ip.remark ?? ""}`.match(webWords2);
  if (words)
    return text(`\u7528\u9014\u6216\u5907\u6CE8\u5199\u6709 ${quote(words[0])}`, `its purpose or remark says ${quote(words[0])}`);
  return void 0;
}
var ipRequestBinding = defineRule({
  id: "ip-request-binding",
  title: text(
    "\u5F39\u6027 IP\u3001\u516C\u7F51 IP \u5199\u660E\u7ED1\u5B9A\u7684\u865A\u62DF\u673A\uFF1B\u7F51\u7AD9\u7684\u516C\u7F51 IP \u5199\u660E ICP \u5907\u6848\u4E3B\u4F53",
    "Elastic and public IPs name their VM; a website's public IP names its ICP entity"
  ),
  citation: annex("\u9644\u4EF68", "5"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u653F\u52A1\u4E91\u5F39\u6027IP\u4EE5\u53CA\u7528\u4E8E\u653F\u52A1\u4E91\u7684\u516C\u7F51IP\u65B0\u589E\u7533\u8BF7\uFF0C\u987B\u5728\u5907\u6CE8\u4E2D\u660E\u786E\u7ED1\u5B9A\u7684\u865A\u62DF\u673AIP\uFF08\u9644\u4EF68 \u6CE85\uFF09\uFF1B\u516C\u7F51IP\u5730\u5740\u7528\u4E8E\u7F51\u7AD9\u6216\u57FA\u4E8EWEB\u65B9\u5F0F\u8BBF\u95EE\u7684\u5E94\u7528\u7CFB\u7EDF\uFF0C\u987B\u6309\u5DE5\u4FE1\u90E8\u95E8\u8981\u6C42\u5B8C\u6210ICP\u5907\u6848\u2026\u2026\u7533\u8BF7\u516C\u7F51IP\u9700\u5B8C\u6210ICP\u5907\u6848\u7684\u987B\u586B\u5199\u5B8C\u6574\u7684\u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u5168\u79F0\uFF08\u9644\u4EF68 \u6CE83\uFF09\u3002",
    "A new government-cloud elastic IP or public IP names the VM it binds to (\u9644\u4EF68 note 5); a public IP for a website or web application needs an ICP filing, and the form gives the filing entity's full name (\u9644\u4EF68 note 3)."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out = [];
    const compute = [...ctx.before.resources.values()].filter(
      (r) => ctx.catalog.serviceById.get(r.service)?.shape === "compute"
    );
    const computeIds = compute.length ? compute.map((r) => r.id).join("\u3001") : "\uFF08\u65E0\uFF09";
    for (const [i, ip] of (a.ports.ipRequests ?? []).entries()) {
      const path = `/ports/ipRequests/${i}`;
      const kind = ip.type === "public" ? text("\u516C\u7F51 IP", "public IP") : text("\u653F\u52A1\u4E91\u5F39\u6027 IP", "elastic IP");
      if (ip.type === "elastic" || ip.type === "public") {
        const bound = ip.bindTo === void 0 ? void 0 : ctx.before.resources.get(ip.bindTo);
        if (ip.bindTo === void 0) {
          out.push({
            path,
            message: text(
              `\u65B0\u589E${kind.zh} \u987B\u5199\u660E\u7ED1\u5B9A\u7684\u865A\u62DF\u673A\u3002\u8BF7\u586B\u5199 bindTo: \u672C\u7CFB\u7EDF\u5728\u7528\u7684\u4E91\u4E3B\u673A\u8D44\u6E90\u6807\u8BC6\uFF08${computeIds}\uFF09\uFF0C\u4E3B\u673A\u6709\u591A\u53F0\u65F6\u5728 remark \u4E2D\u5199\u660E\u7ED1\u5B9A\u7684\u865A\u62DF\u673A IP\u3002`,
              `A new ${kind.en} names the VM it binds to. Add bindTo with a host of this system in service (${computeIds}); when it has several instances, give the VM's IP in remark.`
            )
          });
        } else if (!bound) {
          if (ctx.historyComplete)
            out.push({
              path: `${path}/bindTo`,
              message: text(
                `\u7ED1\u5B9A\u7684 ${quote(ip.bindTo)} \u4E0D\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\u3002${kind.zh} \u987B\u7ED1\u5B9A\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u4E91\u4E3B\u673A\u7C7B\u8D44\u6E90\uFF1A\u8BF7\u628A bindTo \u6539\u4E3A ${computeIds} \u4E4B\u4E00\u3002`,
                `${quote(ip.bindTo)} is not a resource of this system in service. A ${kind.en} binds to a host in service: set bindTo to one of ${computeIds}.`
              )
            });
        } else if (ctx.catalog.serviceById.get(bound.service)?.shape !== "compute") {
          out.push({
            path: `${path}/bindTo`,
            message: text(
              `\u7ED1\u5B9A\u7684 ${quote(ip.bindTo)} \u662F ${bound.service} \u670D\u52A1\uFF0C\u4E0D\u662F\u865A\u62DF\u673A\u3002${kind.zh} \u987B\u7ED1\u5B9A\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u4E91\u4E3B\u673A\u7C7B\u8D44\u6E90\uFF1A\u8BF7\u628A bindTo \u6539\u4E3A ${computeIds} \u4E4B\u4E00\u3002`,
              `${quote(ip.bindTo)} is a ${bound.service} service, not a VM. A ${kind.en} binds to a host in service: set bindTo to one of ${computeIds}.`
            )
          });
        } else if (bound.deliveredOn === void 0) {
          out.push({
            path: `${path}/bindTo`,
            severity: "warning",
            message: text(
              `\u7ED1\u5B9A\u7684 ${bound.id} \u8FD8\u6CA1\u6709\u4EA4\u4ED8\u8BB0\u5F55\uFF0C\u6CA1\u6709\u865A\u62DF\u673A IP\u3002\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u4E3B\u673A\u5DF2\u53D1\u653E\uFF1B\u4E5F\u53EF\u5728\u4E3B\u673A\u4EA4\u4ED8\u540E\u518D\u7533\u8BF7${kind.zh}\u3002`,
              `${bound.id} has no delivery record yet, so it has no VM IP. The reviewer should confirm the host is delivered, or the ${kind.en} can be requested after delivery.`
            )
          });
        } else if (bound.instances.length > 1) {
          const named = bound.instances.filter(
            (x) => x.ip && ip.remark?.includes(x.ip) || ip.remark?.includes(x.name)
          );
          if (!named.length) {
            const vms = bound.instances.map((x) => x.ip ? `${x.name}\uFF08${x.ip}\uFF09` : x.name).join("\u3001");
            out.push({
              path: `${path}/bindTo`,
              severity: "warning",
              message: text(
                `${bound.id} \u6709 ${bound.instances.length} \u53F0\u865A\u62DF\u673A\uFF08${vms}\uFF09\uFF0C\u987B\u5728\u5907\u6CE8\u4E2D\u5199\u660E${kind.zh} \u7ED1\u5B9A\u54EA\u4E00\u53F0\u7684 IP\u3002\u8BF7\u5728 remark \u4E2D\u5199\u660E\uFF0C\u5982 remark: \u7ED1\u5B9A ${bound.instances[0]?.ip ?? bound.instances[0]?.name}\u3002`,
                `${bound.id} has ${bound.instances.length} VMs (${vms}): say in remark which VM's IP the ${kind.en} binds to, e.g. remark: binds ${bound.instances[0]?.ip ?? bound.instances[0]?.name}.`
              )
            });
          }
        }
      }
      if (ip.type !== "public") continue;
      const evidence = websiteEvidence(ctx, a, ip);
      if (!evidence) continue;
      const entity2 = ip.icpEntity?.trim();
      if (!entity2) {
        out.push({
          path,
          citation: annex("\u9644\u4EF68", "3"),
          message: text(
            `\u8FD9\u4E2A\u516C\u7F51 IP \u7528\u4E8E\u7F51\u7AD9\u6216\u57FA\u4E8E Web \u8BBF\u95EE\u7684\u5E94\u7528\uFF08${evidence.zh}\uFF09\uFF0C\u987B\u5B8C\u6210 ICP \u5907\u6848\u5E76\u586B\u5199\u5B8C\u6574\u7684\u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u5168\u79F0\u3002\u8BF7\u586B\u5199 icpEntity\uFF0C\u5982\u5907\u6848\u4E3B\u4F53\u4E3A\u672C\u5355\u4F4D\u5219\u5199 icpEntity: ${ctx.unit.name}\uFF1B\u4E0D\u7528\u4E8E\u7F51\u7AD9\u7684\uFF0C\u8BF7\u5728\u7528\u9014\u4E2D\u5199\u660E\u5B9E\u9645\u7528\u9014\u3002`,
            `This public IP serves a website or web application (${evidence.en}): it needs an ICP filing, and the form gives the filing entity's full name. Add icpEntity (e.g. icpEntity: ${ctx.unit.name} if this unit filed it); if it is not for a website, state the real use in purpose.`
          )
        });
      } else if (entity2 !== ctx.unit.name && ctx.unit.name.includes(entity2)) {
        out.push({
          path: `${path}/icpEntity`,
          citation: annex("\u9644\u4EF68", "3"),
          message: text(
            `ICP \u5907\u6848\u4E3B\u4F53\u5355\u4F4D\u987B\u586B\u5199\u5168\u79F0\uFF1A${quote(entity2)} \u50CF\u662F\u672C\u5355\u4F4D\u7684\u7B80\u79F0\u3002\u8BF7\u628A icpEntity \u6539\u4E3A ${quote(ctx.unit.name)}\uFF08\u4EE5 ICP \u5907\u6848\u4FE1\u606F\u4E2D\u7684\u4E3B\u4F53\u540D\u79F0\u4E3A\u51C6\uFF09\u3002`,
            `The ICP filing entity is written in full: ${quote(entity2)} looks like a short form of this unit's name. Set icpEntity to ${quote(ctx.unit.name)} (as in the ICP filing).`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/port-close-open.ts
var portCloseOpen = defineRule({
  id: "port-close-open",
  title: text("\u5173\u95ED\u7684\u7AEF\u53E3\u987B\u662F\u73B0\u5728\u5F00\u653E\u7684\u7AEF\u53E3", "A closed port is one open now"),
  citation: annex("\u9644\u4EF68"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u8868\u7684\u4E1A\u52A1\u7C7B\u578B\u5206\u201C\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\u201D\u4E0E\u201C\u7AEF\u53E3\u5173\u95ED\u7533\u8BF7\u201D\uFF08\u9644\u4EF68\uFF09\uFF1A\u5173\u95ED\u7684\u662F\u672C\u7CFB\u7EDF\u5DF2\u5F00\u653E\u7684\u7AEF\u53E3\u7B56\u7565\uFF1BIP \u5730\u5740\u7533\u8BF7\u53EA\u968F\u5F00\u653E\u7533\u8BF7\u63D0\u51FA\u3002",
    "The port form serves opening and closing (\u9644\u4EF68, \u4E1A\u52A1\u7C7B\u578B): a closing form closes policies of this system that are open; IP addresses are requested only with opening."
  ),
  check(ctx) {
    const { application: a, before } = ctx;
    if (a.type !== "ports") return [];
    const complete = ctx.historyComplete;
    const out = [];
    const open = new Map(before.ports.map((p) => [portKey(p.rule), p]));
    const rules = a.ports.rules ?? [];
    if (a.ports.business === "open") {
      for (const [i, rule] of rules.entries()) {
        const already = open.get(portKey(rule));
        if (!already) continue;
        const s = describeRule(rule);
        out.push({
          path: `/ports/rules/${i}`,
          severity: "warning",
          message: text(
            `\u7B56\u7565 ${s.zh} \u5DF2\u7531\u7B2C ${already.openedBy} \u53F7\u7533\u8BF7\u5F00\u653E\uFF0C\u73B0\u5728\u4ECD\u5F00\u653E\u7740\u3002\u8BF7\u5220\u9664\u8FD9\u6761\u91CD\u590D\u7684\u7B56\u7565\uFF1B\u8981\u6539\u7AEF\u53E3\u6216\u6E90\u5730\u5740\u7684\uFF0C\u8BF7\u5199\u51FA\u65B0\u7684\u7B56\u7565\u3002`,
            `Rule ${s.en} was opened by application ${already.openedBy} and is still open. Remove the duplicate, or write the new rule if something changes.`
          )
        });
      }
      return out;
    }
    if (!rules.length)
      out.push({
        path: "/ports",
        atKey: true,
        message: text(
          "\u7AEF\u53E3\u5173\u95ED\u7533\u8BF7\u987B\u5217\u51FA\u8981\u5173\u95ED\u7684\u7AEF\u53E3\u7B56\u7565\u3002\u8BF7\u5728 ports.rules \u4E2D\u5199\u51FA\u8981\u5173\u95ED\u7684\u7B56\u7565\uFF08\u4E0E\u5F00\u653E\u65F6\u7684\u6E90\u5730\u5740\u3001\u76EE\u7684\u5730\u5740\u3001\u534F\u8BAE\u3001\u7AEF\u53E3\u53F7\u4E00\u81F4\uFF09\u3002",
          "A closing form lists the rules to close. Add them under ports.rules (source, destination, protocol and ports as when opened)."
        )
      });
    const openNow = before.ports.length ? before.ports.map((p) => describeRule(p.rule)) : [text("\uFF08\u65E0\uFF09", "(none)")];
    for (const [i, rule] of rules.entries()) {
      if (!complete || open.has(portKey(rule))) continue;
      const s = describeRule(rule);
      out.push({
        path: `/ports/rules/${i}`,
        message: text(
          `\u7B56\u7565 ${s.zh} \u73B0\u5728\u6CA1\u6709\u5F00\u653E\uFF0C\u4E0D\u80FD\u5173\u95ED\u3002\u5173\u95ED\u7684\u7B56\u7565\u987B\u4E0E\u5F00\u653E\u65F6\u7684\u6E90\u5730\u5740\u3001\u76EE\u7684\u5730\u5740\u3001\u534F\u8BAE\u3001\u7AEF\u53E3\u53F7\u5B8C\u5168\u4E00\u81F4\uFF1B\u672C\u7CFB\u7EDF\u73B0\u5728\u5F00\u653E\u7684\u7B56\u7565\uFF1A${openNow.map((x) => x.zh).join("\uFF1B")}\u3002\u8BF7\u6539\u6B63\u8FD9\u6761\u7B56\u7565\u6216\u5220\u9664\u5B83\u3002`,
          `Rule ${s.en} is not open, so it cannot be closed. A closed rule matches an open one in source, destination, protocol and ports; open now: ${openNow.map((x) => x.en).join("; ")}. Correct or remove it.`
        )
      });
    }
    if (a.ports.ipRequests?.length)
      out.push({
        path: "/ports/ipRequests",
        atKey: true,
        message: text(
          "\u7AEF\u53E3\u5173\u95ED\u7533\u8BF7\u4E0D\u7533\u8BF7 IP \u5730\u5740\u3002\u8BF7\u5220\u9664 ipRequests\uFF1B\u9700\u8981\u65B0\u7684 IP \u7684\uFF0C\u53E6\u63D0\u4EA4\u4E00\u4EFD\u7AEF\u53E3\u5F00\u653E\u7533\u8BF7\uFF1B\u8981\u91CA\u653E IP \u7684\uFF0C\u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\u3002",
          "A closing form requests no IP addresses. Remove ipRequests; request IPs with an opening form, release them with a revocation."
        )
      });
    return out;
  }
});

// scripts/profiles/shenzhen/rules/port-security-report.ts
var portSecurityReport = defineRule({
  id: "port-security-report",
  title: text("\u5F00\u653E\u65B0\u4E1A\u52A1\u7AEF\u53E3\u987B\u9644\u5B89\u5168\u4E13\u9879\u62A5\u544A", "A new business port needs the security report"),
  citation: cite("\u7B2C38\u6761", "(1)"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u56E0\u653F\u52A1\u4FE1\u606F\u7CFB\u7EDF\u4E1A\u52A1\u9700\u8981\uFF0C\u7533\u8BF7\u5F00\u653E\u65B0\u7AEF\u53E3\u3001\u53D8\u66F4\u539F\u7AEF\u53E3\uFF0C\u5E94\u63D0\u4F9B\u7531\u6D4B\u8BC4\u4E2D\u5FC3\u51FA\u5177\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\uFF08\u5305\u542B\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0\u548C\u62A5\u544A\u7ED3\u8BBA\uFF09\uFF08\u7B2C38\u6761(1)\uFF09\uFF1B\u56E0\u670D\u52A1\u9700\u8981\uFF0C\u7533\u8BF7\u5F00\u653E\u65B0\u7AEF\u53E3\u7684\uFF0C\u5E94\u5F53\u63D0\u4F9B\u7531\u6D4B\u8BC4\u4E2D\u5FC3\u51FA\u5177\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\uFF08\u9644\u4EF68 \u6CE82\u2460\uFF09\u3002",
    "Opening a new port or changing a port for the system's business needs the test center's security report, with the system's name and the conclusion (\u7B2C38\u6761(1), \u9644\u4EF68 note 2\u2460)."
  ),
  check({ application: a, system }) {
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out = [];
    const report = a.ports.securityReport;
    const list2 = (purpose) => (a.ports.rules ?? []).filter((r) => r.purpose === purpose).map((r) => describeRule(r));
    const newService = list2("new-service");
    const changePort = list2("change-port");
    if (!report && newService.length) {
      const zh = newService.map((r) => r.zh).join("\uFF1B");
      const en = newService.map((r) => r.en).join("; ");
      out.push({
        path: "/ports",
        atKey: true,
        message: text(
          `\u7B56\u7565 ${zh} \u662F\u56E0\u670D\u52A1\u9700\u8981\u5F00\u653E\u7684\u65B0\u7AEF\u53E3\uFF08new-service\uFF09\uFF0C\u987B\u63D0\u4F9B\u6D4B\u8BC4\u4E2D\u5FC3\u51FA\u5177\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\u3002\u8BF7\u5728 ports \u4E0B\u586B\u5199 securityReport: { system: ${system.name}, conclusion: \u62A5\u544A\u7ED3\u8BBA, reportNo: \u62A5\u544A\u7F16\u53F7, issuer: \u6D4B\u8BC4\u4E2D\u5FC3 }\uFF0C\u5E76\u628A\u62A5\u544A\u653E\u5165 attachments\u3002`,
          `Rule(s) ${en} open new ports for the service (new-service): the test center's security report is required. Add securityReport: { system: ${system.name}, conclusion, reportNo, issuer } under ports and attach the report.`
        )
      });
    } else if (!report && changePort.length) {
      const zh = changePort.map((r) => r.zh).join("\uFF1B");
      const en = changePort.map((r) => r.en).join("; ");
      out.push({
        path: "/ports",
        atKey: true,
        severity: "warning",
        citation: annex("\u9644\u4EF68", "2\u2461"),
        message: text(
          `\u7B56\u7565 ${zh} \u7684\u7528\u9014\u4E3A \u2461\u201C\u56E0\u5B89\u5168\u9700\u8981\u6539\u53D8\u539F\u670D\u52A1\u7AEF\u53E3\u201D\uFF0C\u5BA1\u6838\u540E\u5F00\u653E\uFF0C\u4E0D\u8981\u6C42\u5B89\u5168\u4E13\u9879\u62A5\u544A\u3002\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u6539\u7AEF\u53E3\u786E\u662F\u51FA\u4E8E\u5B89\u5168\u9700\u8981\uFF1A\u82E5\u662F\u56E0\u4E1A\u52A1\u9700\u8981\u53D8\u66F4\u539F\u7AEF\u53E3\uFF0C\u7B2C38\u6761(1) \u8981\u6C42\u6D4B\u8BC4\u4E2D\u5FC3\u51FA\u5177\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\uFF0C\u987B\u8865\u586B securityReport\u3002`,
          `Rule(s) ${en} change a port for security reasons (\u2461), which needs review but no security report. The reviewer should confirm the reason: a change for business needs requires the security report under \u7B2C38\u6761(1) (add securityReport).`
        )
      });
    }
    if (report && report.system !== system.name)
      out.push({
        path: "/ports/securityReport/system",
        message: text(
          `\u5B89\u5168\u4E13\u9879\u62A5\u544A\u4E2D\u7684\u4FE1\u606F\u7CFB\u7EDF\u540D\u79F0\u4E3A ${quote(report.system)}\uFF0C\u4E0E\u672C\u7CFB\u7EDF\u767B\u8BB0\u7684\u540D\u79F0 ${quote(system.name)}\uFF08system.yaml\uFF09\u4E0D\u4E00\u81F4\u3002\u62A5\u544A\u987B\u662F\u4E3A\u672C\u7CFB\u7EDF\u51FA\u5177\u7684\uFF1A\u8BF7\u628A securityReport.system \u6539\u4E3A ${quote(system.name)}\uFF1B\u82E5\u62A5\u544A\u662F\u4E3A\u522B\u7684\u7CFB\u7EDF\u51FA\u5177\u7684\uFF0C\u8BF7\u63D0\u4F9B\u672C\u7CFB\u7EDF\u7684\u5B89\u5168\u4E13\u9879\u62A5\u544A\u3002`,
          `The security report names system ${quote(report.system)}, not this system's registered name ${quote(system.name)} (system.yaml). The report must be for this system: set securityReport.system to ${quote(system.name)}, or provide this system's report.`
        )
      });
    return out;
  }
});

// scripts/profiles/shenzhen/rules/test-minimum-config.ts
var minimumHost = { vcpu: 4, memoryGB: 8 };
function statedDataDiskGB(basis) {
  let max;
  for (const m of basis.matchAll(/数据盘([^，。；;\n]*)/g)) {
    for (const n of m[1].matchAll(/(\d+(?:\.\d+)?)\s*(TB|T|GB|G)(?![a-z])/gi)) {
      const gb = Number(n[1]) * (n[2].toUpperCase().startsWith("T") ? 1e3 : 1);
      max = Math.max(max ?? 0, gb);
    }
  }
  return max;
}
var testMinimumConfig = defineRule({
  id: "test-minimum-config",
  title: text("\u6D4B\u8BD5\u8D44\u6E90\u6309\u6700\u4F4E\u90E8\u7F72\u914D\u7F6E\u7533\u8BF7", "Test resources use the minimum deployment configuration"),
  citation: cite("\u7B2C51\u6761", "(2)"),
  appliesTo: ["test"],
  severity: "warning",
  why: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u5E94\u6309\u7167\u4FE1\u606F\u7CFB\u7EDF\u6700\u4F4E\u90E8\u7F72\u914D\u7F6E\u6765\u7533\u8BF7\uFF08\u7B2C51\u6761(2)\uFF09\uFF1B\u6700\u4F4E\u914D\u6307 4 \u6838 8GB \u5185\u5B58\u53CA\u5176\u4EE5\u4E0B\u89C4\u683C\uFF08\u7B2C19\u6761\uFF09\u3002",
    "Test resources are requested at the system's minimum deployment configuration (\u7B2C51\u6761(2)); the minimum configuration is 4 vCPU / 8 GB or less (\u7B2C19\u6761)."
  ),
  check({ application: a, catalog }) {
    if (a.type !== "test") return [];
    const out = [];
    const basis = typeof a.estimate.basis === "string" ? a.estimate.basis : "";
    const stated = statedDataDiskGB(basis);
    for (const [i, r] of a.resources.entries()) {
      if (catalog.serviceById.get(r.service)?.shape !== "compute") continue;
      const vcpu = r.vcpu ?? 0;
      const memory = r.memoryGB ?? 0;
      if (vcpu > minimumHost.vcpu || memory > minimumHost.memoryGB)
        out.push({
          path: `/resources/${i}/${vcpu > minimumHost.vcpu ? "vcpu" : "memoryGB"}`,
          message: text(
            `\u6D4B\u8BD5\u8D44\u6E90 ${r.id} \u7533\u8BF7 ${vcpu} \u6838 ${memory}GB\uFF0C\u9AD8\u4E8E\u6700\u4F4E\u914D\uFF08${minimumHost.vcpu} \u6838 ${minimumHost.memoryGB}GB\uFF09\u3002\u6D4B\u8BD5\u8D44\u6E90\u6309\u4FE1\u606F\u7CFB\u7EDF\u6700\u4F4E\u90E8\u7F72\u914D\u7F6E\u7533\u8BF7\uFF1A\u5BA1\u67E5\u4EBA\u5458\u8BF7\u5BF9\u7167\u90E8\u7F72\u65B9\u6848\uFF08estimate.deployment\uFF09\u4E0E\u6D4B\u7B97\u4F9D\u636E\uFF08estimate.basis\uFF09\u786E\u8BA4\u8FD9\u4E00\u914D\u7F6E\u786E\u662F\u6700\u4F4E\u90E8\u7F72\u8981\u6C42\uFF1B\u4E0D\u662F\u7684\uFF0C\u8BF7\u964D\u5230 ${Math.min(vcpu, minimumHost.vcpu)} \u6838 ${Math.min(memory, minimumHost.memoryGB)}GB\u3002`,
            `Test resource ${r.id} requests ${vcpu} vCPU / ${memory} GB, above the minimum configuration (${minimumHost.vcpu} vCPU / ${minimumHost.memoryGB} GB). Test resources use the minimum deployment configuration: the reviewer should compare with the deployment plan (estimate.deployment) and basis (estimate.basis); otherwise reduce it to ${Math.min(vcpu, minimumHost.vcpu)} vCPU / ${Math.min(memory, minimumHost.memoryGB)} GB.`
          )
        });
      const disks = (r.dataDisks ?? []).reduce((sum, d) => sum + d.sizeGB, 0);
      if (disks > 0 && (stated === void 0 || disks > stated))
        out.push({
          path: `/resources/${i}/dataDisks`,
          message: stated === void 0 ? text(
            `\u6D4B\u8BD5\u8D44\u6E90 ${r.id} \u7533\u8BF7\u6570\u636E\u76D8\u5171 ${disks}GB\uFF0C\u6D4B\u7B97\u4F9D\u636E\uFF08estimate.basis\uFF09\u6CA1\u6709\u5199\u660E\u6570\u636E\u76D8\u5BB9\u91CF\u3002\u8BF7\u5728\u6D4B\u7B97\u4F9D\u636E\u4E2D\u5199\u660E\u6700\u4F4E\u90E8\u7F72\u6240\u9700\u7684\u6570\u636E\u76D8\u5BB9\u91CF\uFF08\u5982\u201C\u6570\u636E\u76D8 100 GB\u201D\uFF09\uFF1B\u5BA1\u67E5\u4EBA\u5458\u8BF7\u5BF9\u7167\u90E8\u7F72\u65B9\u6848\u786E\u8BA4\u3002`,
            `Test resource ${r.id} requests ${disks} GB of data disks, but the basis (estimate.basis) states no data-disk size. State the minimum deployment's data disk there (e.g. \u201C\u6570\u636E\u76D8 100 GB\u201D); the reviewer should compare with the deployment plan.`
          ) : text(
            `\u6D4B\u8BD5\u8D44\u6E90 ${r.id} \u7533\u8BF7\u6570\u636E\u76D8\u5171 ${disks}GB\uFF0C\u8D85\u8FC7\u6D4B\u7B97\u4F9D\u636E\uFF08estimate.basis\uFF09\u5199\u660E\u7684 ${stated}GB\u3002\u6D4B\u8BD5\u8D44\u6E90\u6309\u6700\u4F4E\u90E8\u7F72\u914D\u7F6E\u7533\u8BF7\uFF1A\u8BF7\u628A\u6570\u636E\u76D8\u51CF\u5230 ${stated}GB\uFF0C\u6216\u5728\u6D4B\u7B97\u4F9D\u636E\u4E2D\u8BF4\u660E\u9700\u8981 ${disks}GB \u7684\u7406\u7531\uFF1B\u5BA1\u67E5\u4EBA\u5458\u8BF7\u5BF9\u7167\u90E8\u7F72\u65B9\u6848\u786E\u8BA4\u3002`,
            `Test resource ${r.id} requests ${disks} GB of data disks, more than the ${stated} GB the basis (estimate.basis) states. Reduce it to ${stated} GB or explain in the basis why ${disks} GB is needed; the reviewer should compare with the deployment plan.`
          )
        });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/test-network-zone.ts
var testNetworkZone = defineRule({
  id: "test-network-zone",
  title: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u53EA\u5728\u653F\u52A1\u5916\u7F51\u5185\u70B9\u5BF9\u70B9\u8BBF\u95EE",
    "Test resources are reached point-to-point inside the government network"
  ),
  citation: annex("\u9644\u4EF65"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u7684\u7F51\u7EDC\u533A\u57DF\u4E3A\u201C\u653F\u52A1\u5916\u7F51\u533A\u201D\uFF0C\u90E8\u7F72\u4E0E\u6D4B\u8BC4\u201C\u4EC5\u9650\u653F\u52A1\u5916\u7F51\u5185\u70B9\u5BF9\u70B9\u90E8\u7F72\u6D4B\u8BD5\u548C\u5B89\u5168\u6D4B\u8BC4\u201D\uFF08\u9644\u4EF65 \u4E8C\u3001\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\uFF09\u3002",
    "Test resources live in the government extranet zone (\u653F\u52A1\u5916\u7F51\u533A); deployment and assessment are \u201Cpoint-to-point inside the government extranet only\u201D (\u9644\u4EF65 II, test resources)."
  ),
  check({ application: a, before }) {
    if (a.type !== "ports" || a.ports.business !== "open") return [];
    const out = [];
    for (const [i, rule] of (a.ports.rules ?? []).entries()) {
      const dest = resolveDestination(before, rule.destination)?.resource;
      if (dest?.kind !== "test" || !isAnySource(rule.source)) continue;
      const ports = describePorts(rule);
      out.push({
        path: `/ports/rules/${i}/source`,
        message: text(
          `\u76EE\u7684\u5730\u5740 ${quote(rule.destination)} \u662F\u6D4B\u8BD5\u8D44\u6E90\uFF0C\u53EA\u5141\u8BB8\u653F\u52A1\u5916\u7F51\u5185\u70B9\u5BF9\u70B9\u7684\u90E8\u7F72\u6D4B\u8BD5\u548C\u5B89\u5168\u6D4B\u8BC4\uFF1B\u8FD9\u6761\u7B56\u7565\u5411 ${quote(rule.source)}\uFF08\u4EFB\u610F\u5730\u5740\uFF09\u5F00\u653E ${ports.zh}\u3002\u8BF7\u628A source \u6539\u4E3A\u90E8\u7F72\u3001\u6D4B\u8BC4\u7EC8\u7AEF\u7684 IP \u6216\u6240\u5728\u7F51\u6BB5\uFF08\u5982 10.20.30.15 \u6216 10.20.30.0/24\uFF09\u3002`,
          `Destination ${quote(rule.destination)} is a test resource, reachable only point-to-point inside the government extranet for deployment and assessment; this rule opens ${ports.en} to ${quote(rule.source)} (any address). Set source to the deployment or assessment terminals' IP or network (e.g. 10.20.30.15 or 10.20.30.0/24).`
        )
      });
    }
    for (const [i, ip] of (a.ports.ipRequests ?? []).entries()) {
      if (ip.type !== "public" || ip.bindTo === void 0) continue;
      if (before.resources.get(ip.bindTo)?.kind !== "test") continue;
      out.push({
        path: `/ports/ipRequests/${i}/bindTo`,
        message: text(
          `${ip.bindTo} \u662F\u6D4B\u8BD5\u8D44\u6E90\uFF0C\u53EA\u5728\u653F\u52A1\u5916\u7F51\u533A\u5185\u8BBF\u95EE\uFF1B\u516C\u7F51 IP \u662F\u4E92\u8054\u7F51\u5730\u5740\uFF0C\u4E0D\u80FD\u7ED1\u5B9A\u5230\u6D4B\u8BD5\u8D44\u6E90\u3002\u8BF7\u5220\u9664\u8FD9\u9879 IP \u7533\u8BF7\uFF1B\u7CFB\u7EDF\u4E0A\u7EBF\u9700\u8981\u516C\u7F51\u8BBF\u95EE\u7684\uFF0C\u5728\u6B63\u5F0F\u8D44\u6E90\u4E0A\u7533\u8BF7\u3002`,
          `${ip.bindTo} is a test resource, reachable only inside the government extranet; a public IP is an Internet address and cannot bind to it. Remove this request; request public access on production resources at launch.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/test-one-host-per-node.ts
var testOneHostPerNode = defineRule({
  id: "test-one-host-per-node",
  title: text("\u6D4B\u8BD5\u8D44\u6E90\u6BCF\u4E2A\u90E8\u7F72\u8282\u70B9\u4E00\u53F0\u4E91\u4E3B\u673A", "One test host per deployment node"),
  citation: cite("\u7B2C49\u6761", "(5)"),
  appliesTo: ["test"],
  severity: "error",
  why: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u9700\u6C42\u5E94\u6839\u636E\u90E8\u7F72\u67B6\u6784\u8FDB\u884C\u8C03\u6574\uFF0C\u539F\u5219\u4E0A\u6BCF\u4E2A\u90E8\u7F72\u8282\u70B9\u53EA\u5141\u8BB8\u7533\u8BF7\u4E00\u53F0\u4E91\u4E3B\u673A\uFF08\u7B2C49\u6761(5)\uFF09\u3002",
    "Test resources follow the deployment architecture: in principle one cloud host per deployment node (\u7B2C49\u6761(5))."
  ),
  check({ application: a, catalog }) {
    if (a.type !== "test") return [];
    const out = [];
    const nodes = a.estimate.nodes ?? [];
    const isHost = (service) => catalog.serviceById.get(service)?.shape === "compute";
    const hosts = a.resources.map((r, i) => ({ r, i })).filter(({ r }) => isHost(r.service));
    const hostIds = hosts.length ? hosts.map(({ r }) => r.id).join("\u3001") : "\uFF08\u65E0\uFF09";
    const byResource = /* @__PURE__ */ new Map();
    for (const [j, node] of nodes.entries()) {
      const r = a.resources.find((x) => x.id === node.resource);
      const path = `/estimate/nodes/${j}/resource`;
      if (!r) {
        out.push({
          path,
          message: text(
            `\u90E8\u7F72\u8282\u70B9 ${quote(node.name)} \u5BF9\u5E94\u7684 ${quote(node.resource)} \u4E0D\u5728\u672C\u7533\u8BF7\u7684\u8D44\u6E90\u4E2D\u3002\u6BCF\u4E2A\u90E8\u7F72\u8282\u70B9\u5BF9\u5E94\u672C\u7533\u8BF7\u4E2D\u7684\u4E00\u53F0\u4E91\u4E3B\u673A\uFF1A\u8BF7\u628A resource \u6539\u4E3A ${hostIds} \u4E4B\u4E00\uFF0C\u6216\u8865\u4E0A\u8FD9\u53F0\u4E91\u4E3B\u673A\u3002`,
            `Deployment node ${quote(node.name)} names ${quote(node.resource)}, which this application does not request. Each node maps to one requested host: use one of ${hostIds}, or add the host.`
          )
        });
        continue;
      }
      if (!isHost(r.service)) {
        out.push({
          path,
          message: text(
            `\u90E8\u7F72\u8282\u70B9 ${quote(node.name)} \u5BF9\u5E94\u7684 ${r.id} \u662F ${r.service} \u670D\u52A1\uFF0C\u4E0D\u662F\u4E91\u4E3B\u673A\u3002\u90E8\u7F72\u8282\u70B9\u5BF9\u5E94\u627F\u8F7D\u5B83\u7684\u4E91\u4E3B\u673A\uFF1A\u8BF7\u628A resource \u6539\u4E3A ${hostIds} \u4E4B\u4E00\u3002`,
            `Deployment node ${quote(node.name)} names ${r.id}, a ${r.service} service, not a host. A node maps to the host it runs on: use one of ${hostIds}.`
          )
        });
        continue;
      }
      byResource.set(r.id, [...byResource.get(r.id) ?? [], j]);
    }
    for (const [id, js] of byResource) {
      if (js.length < 2) continue;
      const names2 = js.map((j) => quote(nodes[j]?.name)).join("\u3001");
      for (const j of js.slice(1))
        out.push({
          path: `/estimate/nodes/${j}/resource`,
          message: text(
            `\u90E8\u7F72\u8282\u70B9 ${names2} \u90FD\u5BF9\u5E94 ${id}\u3002\u6BCF\u4E2A\u90E8\u7F72\u8282\u70B9\u4E00\u53F0\u4E91\u4E3B\u673A\uFF1A\u8BF7\u4E3A\u8282\u70B9 ${quote(nodes[j]?.name)} \u5355\u72EC\u7533\u8BF7\u4E00\u53F0\u4E91\u4E3B\u673A\u5E76\u586B\u5199\u5B83\u7684\u6807\u8BC6\uFF1B\u82E5\u8FD9\u4E9B\u8282\u70B9\u786E\u5B9E\u5408\u5E76\u90E8\u7F72\u5728\u4E00\u53F0\u4E3B\u673A\u4E0A\uFF0C\u8BF7\u5728\u6D4B\u7B97\u62A5\u544A\u4E2D\u5408\u5E76\u4E3A\u4E00\u4E2A\u8282\u70B9\u3002`,
            `Deployment nodes ${names2} all map to ${id}. One host per node: request a separate host for ${quote(nodes[j]?.name)} and name it here, or merge the nodes into one if they share the host.`
          )
        });
    }
    for (const { r, i } of hosts) {
      const quantity = r.quantity ?? 1;
      if (quantity > 1)
        out.push({
          path: `/resources/${i}/quantity`,
          message: text(
            `\u6D4B\u8BD5\u8D44\u6E90 ${r.id} \u7533\u8BF7 ${quantity} \u53F0\u3002\u539F\u5219\u4E0A\u6BCF\u4E2A\u90E8\u7F72\u8282\u70B9\u53EA\u7533\u8BF7\u4E00\u53F0\u4E91\u4E3B\u673A\uFF1A\u8BF7\u628A quantity \u6539\u4E3A 1\uFF1B\u786E\u9700\u591A\u53F0\u7684\uFF0C\u6309\u90E8\u7F72\u8282\u70B9\u62C6\u6210\u591A\u9879\u8D44\u6E90\uFF0C\u6BCF\u9879\u5728 estimate.nodes \u4E2D\u5BF9\u5E94\u4E00\u4E2A\u8282\u70B9\u3002`,
            `Test resource ${r.id} requests ${quantity} hosts. One host per deployment node: set quantity to 1, or split it into one resource per node, each named in estimate.nodes.`
          )
        });
      if (!byResource.has(r.id))
        out.push({
          path: `/resources/${i}/id`,
          message: text(
            `\u4E91\u4E3B\u673A ${r.id} \u6CA1\u6709\u5BF9\u5E94\u7684\u90E8\u7F72\u8282\u70B9\u3002\u6D4B\u8BD5\u8D44\u6E90\u6309\u90E8\u7F72\u67B6\u6784\u7533\u8BF7\uFF1A\u8BF7\u5728 estimate.nodes \u4E2D\u5199\u51FA\u5B83\u627F\u8F7D\u7684\u8282\u70B9\uFF08name\u3001resource: ${r.id}\uFF09\uFF0C\u4E0D\u9700\u8981\u7684\u8BF7\u5220\u9664\u8FD9\u9879\u8D44\u6E90\u3002`,
            `Host ${r.id} is not named by any deployment node. Test resources follow the deployment architecture: add its node to estimate.nodes (name, resource: ${r.id}) or remove the host.`
          )
        });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/test-overdue-resources.ts
var testOverdueResources = defineRule({
  id: "test-overdue-resources",
  title: text(
    "\u5355\u4F4D\u6709\u903E\u671F\u7684\u6D4B\u8BD5\u8D44\u6E90\u65F6\u4E0D\u80FD\u7533\u8BF7\u65B0\u7684\u6D4B\u8BD5\u8D44\u6E90",
    "No new test resources while the unit holds overdue ones"
  ),
  citation: cite("\u7B2C51\u6761", "(3)"),
  appliesTo: ["test"],
  severity: "error",
  why: text(
    "\u82E5\u4F7F\u7528\u5355\u4F4D\u5B58\u5728\u8D85\u8FC7\u4F7F\u7528\u671F\u9650\u7684\u6D4B\u8BD5\u8D44\u6E90\uFF0C\u65B0\u7684\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u5C06\u4E0D\u4E88\u5BA1\u6279\uFF08\u7B2C51\u6761(3)\uFF09\u3002",
    "While the unit holds test resources past their period, new test resources are not approved (\u7B2C51\u6761(3))."
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "test") return [];
    const out = [];
    const systems = (ctx.repository.byUnit.get(ctx.unitDir) ?? []).map(
      (s) => s.key === ctx.systemKey ? { name: s.system.name, state: ctx.before } : { name: s.system.name, state: s.current }
    );
    for (const { name, state } of systems) {
      for (const r of state.resources.values()) {
        const expires = r.test?.expiresOn;
        if (r.kind !== "test" || expires === void 0 || expires >= a.date) continue;
        out.push({
          path: "/test",
          atKey: true,
          message: text(
            `\u672C\u5355\u4F4D ${quote(name)} \u7684\u6D4B\u8BD5\u8D44\u6E90 ${r.id} \u5DF2\u4E8E ${expires} \u5230\u671F\uFF0C\u81F3\u7533\u8BF7\u65E5 ${a.date} \u65E2\u672A\u7EED\u671F\u4E5F\u672A\u64A4\u9500\u3002\u5355\u4F4D\u5B58\u5728\u8D85\u8FC7\u4F7F\u7528\u671F\u9650\u7684\u6D4B\u8BD5\u8D44\u6E90\u65F6\uFF0C\u65B0\u7684\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u4E0D\u4E88\u5BA1\u6279\uFF1A\u8BF7\u5148\u4E3A ${r.id} \u63D0\u4EA4\u64A4\u9500\u7533\u8BF7\uFF08\u6216\u5728\u7D2F\u8BA1\u516D\u4E2A\u6708\u5185\u7EED\u671F\uFF09\uFF0C\u518D\u63D0\u4EA4\u8FD9\u4EFD\u7533\u8BF7\u3002`,
            `${quote(name)}, a system of this unit, holds test resource ${r.id}, which expired on ${expires} and was neither renewed nor revoked by ${a.date}. New test resources are not approved while the unit holds overdue ones: revoke ${r.id} (or renew it within six months in total) first.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/test-total-period.ts
var periodText = (p) => "months" in p ? text(`${p.months} \u4E2A\u6708`, `${p.months} month(s)`) : text(`${p.weeks} \u5468`, `${p.weeks} week(s)`);
var testTotalPeriod = defineRule({
  id: "test-total-period",
  title: text("\u6D4B\u8BD5\u8D44\u6E90\u7EED\u671F\u540E\u7D2F\u8BA1\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708", "Renewed test resources stay within six months in total"),
  citation: cite("\u7B2C45\u6761"),
  appliesTo: ["test-renewal"],
  severity: "error",
  why: text(
    "\u6D4B\u8BD5\u8D44\u6E90\u5355\u6B21\u4F7F\u7528\u671F\u9650\u539F\u5219\u4E0A\u4E0D\u8D85\u8FC7\u4E09\u4E2A\u6708\uFF0C\u5230\u671F\u540E\u53EF\u6839\u636E\u9700\u8981\u7533\u8BF7\u7EED\u671F\uFF0C\u7D2F\u8BA1\u7533\u8BF7\u4E0D\u8D85\u8FC7\u516D\u4E2A\u6708\uFF08\u7B2C45\u6761\uFF09\uFF1B\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u8868\u5E94\u660E\u786E\u4F7F\u7528\u671F\u9650\uFF08\u7B2C49\u6761(3)\uFF09\u3002",
    "A test resource is used for at most three months at a time; it may be renewed when it expires, up to six months in total (\u7B2C45\u6761); the form states the period (\u7B2C49\u6761(3))."
  ),
  check(ctx) {
    const { application: a, before, catalog } = ctx;
    if (a.type !== "test-renewal") return [];
    const complete = ctx.historyComplete;
    const out = [];
    const max = catalog.profile.testResources.maxTotalMonths;
    const tests = [...before.resources.values()].filter((r) => r.kind === "test").map((r) => r.id);
    const testIds = tests.length ? tests.join("\u3001") : "\uFF08\u65E0\uFF09";
    const added = /* @__PURE__ */ new Map();
    for (const [i, rn] of a.renewals.entries()) {
      const path = `/renewals/${i}`;
      const r = before.resources.get(rn.resource);
      if (!r) {
        if (!complete) continue;
        const revoked = before.revoked.get(rn.resource);
        out.push({
          path: `${path}/resource`,
          message: revoked ? text(
            `${rn.resource} \u5DF2\u7531\u7B2C ${revoked.revokedBy} \u53F7\u7533\u8BF7\u64A4\u9500\uFF0C\u4E0D\u80FD\u7EED\u671F\u3002\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u6D4B\u8BD5\u8D44\u6E90\uFF1A${testIds}\u3002\u9700\u8981\u7EE7\u7EED\u6D4B\u8BD5\u7684\uFF0C\u8BF7\u91CD\u65B0\u63D0\u4EA4\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u3002`,
            `${rn.resource} was revoked by application ${revoked.revokedBy} and cannot be renewed. Test resources in service: ${testIds}. Apply for new test resources if testing continues.`
          ) : text(
            `${rn.resource} \u4E0D\u662F\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u8D44\u6E90\uFF0C\u4E0D\u80FD\u7EED\u671F\u3002\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u6D4B\u8BD5\u8D44\u6E90\uFF1A${testIds}\u3002\u8BF7\u6539\u6B63 resource\u3002`,
            `${rn.resource} is not a resource of this system in service and cannot be renewed. Test resources in service: ${testIds}. Correct resource.`
          )
        });
        continue;
      }
      if (r.kind !== "test" || !r.test) {
        out.push({
          path: `${path}/resource`,
          message: text(
            `${rn.resource} \u662F\u6B63\u5F0F\u8D44\u6E90\uFF08\u7B2C ${r.createdBy} \u53F7\u65B0\u589E\u7533\u8BF7\uFF09\uFF0C\u6CA1\u6709\u4F7F\u7528\u671F\u9650\uFF0C\u4E0D\u9700\u8981\u4E5F\u4E0D\u80FD\u7EED\u671F\u3002\u53EA\u6709\u6D4B\u8BD5\u8D44\u6E90\u53EF\u4EE5\u7EED\u671F\uFF1B\u672C\u7CFB\u7EDF\u5728\u7528\u7684\u6D4B\u8BD5\u8D44\u6E90\uFF1A${testIds}\u3002\u8BF7\u5220\u9664\u8FD9\u4E00\u9879\u6216\u6539\u6B63 resource\u3002`,
            `${rn.resource} is a production resource (application ${r.createdBy}) with no period: only test resources are renewed. Test resources in service: ${testIds}. Remove this item or correct resource.`
          )
        });
        continue;
      }
      const first = r.test.period;
      const earlier = added.get(rn.resource) ?? 0;
      const sofar = r.test.renewedMonths + earlier;
      added.set(rn.resource, earlier + rn.months);
      const done = earlier ? text(
        `\u5DF2\u7EED\u671F ${r.test.renewedMonths} \u4E2A\u6708\uFF0C\u672C\u7533\u8BF7\u524D\u9762\u7684\u7EED\u671F\u9879\u53C8\u7EED ${earlier} \u4E2A\u6708`,
        `renewed ${r.test.renewedMonths} month(s) before and ${earlier} in earlier items of this application`
      ) : text(`\u5DF2\u7EED\u671F ${sofar} \u4E2A\u6708`, `renewed ${sofar} month(s)`);
      const start = r.deliveredOn ?? a.date;
      const limit = addMonths(start, max);
      const endWith = (months) => addMonths(periodEnd(start, first), months);
      const fp = periodText(first);
      if (endWith(sofar + rn.months) > limit) {
        let left = 0;
        while (endWith(sofar + left + 1) <= limit) left++;
        const fix = left > 0 ? text(
          `\u6700\u591A\u8FD8\u80FD\u7EED\u671F ${left} \u4E2A\u6708\uFF1A\u8BF7\u628A months \u6539\u4E3A ${left}\u3002`,
          `At most ${left} more month(s): set months to ${left}.`
        ) : text(
          "\u5DF2\u7528\u6EE1\uFF0C\u4E0D\u80FD\u518D\u7EED\u671F\uFF1A\u9700\u8981\u7EE7\u7EED\u4F7F\u7528\u7684\uFF0C\u8BF7\u6309\u6B63\u5F0F\u8D44\u6E90\u63D0\u4EA4\u65B0\u589E\u7533\u8BF7\uFF0C\u6216\u5230\u671F\u524D\u5907\u4EFD\u6570\u636E\u3002",
          "The six months are used up: apply for production resources to keep using it, or back up before it expires."
        );
        out.push({
          path: `${path}/months`,
          message: text(
            `${rn.resource} \u9996\u671F ${fp.zh}\uFF0C${done.zh}\uFF0C\u672C\u6B21\u518D\u7EED ${rn.months} \u4E2A\u6708\uFF0C\u5C06\u7528\u5230 ${endWith(sofar + rn.months)}\uFF0C\u8D85\u8FC7\u81EA\u4EA4\u4ED8\u65E5\uFF08${start}\uFF09\u8D77\u7D2F\u8BA1 ${max} \u4E2A\u6708\u7684\u4E0A\u9650\uFF08${limit}\uFF09\u3002${fix.zh}`,
            `${rn.resource}: first period ${fp.en}, ${done.en}, plus ${rn.months} now runs to ${endWith(sofar + rn.months)}, past the ${max}-month limit from delivery (${start}), which is ${limit}. ${fix.en}`
          )
        });
      }
      if (r.deliveredOn === void 0) {
        out.push({
          path: `${path}/resource`,
          severity: "warning",
          citation: cite("\u7B2C46\u6761"),
          message: text(
            `${rn.resource} \u8FD8\u6CA1\u6709\u4EA4\u4ED8\u8BB0\u5F55\uFF0C\u4F7F\u7528\u671F\u9650\u4ECE\u4EA4\u4ED8\u65E5\u8D77\u7B97\uFF0C\u5C1A\u672A\u5F00\u59CB\u3002\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u8D44\u6E90\u662F\u5426\u5DF2\u53D1\u653E\uFF1B\u4E00\u822C\u5728\u5230\u671F\u524D\u4E00\u5468\u6536\u5230\u63D0\u9192\u540E\u518D\u7EED\u671F\u3002`,
            `${rn.resource} has no delivery record: its period starts at delivery and has not begun. The reviewer should confirm it was delivered; renewals are usually made after the reminder a week before expiry.`
          )
        });
      } else if (r.test.expiresOn !== void 0 && r.test.expiresOn < a.date) {
        out.push({
          path: `${path}/resource`,
          severity: "warning",
          citation: cite("\u7B2C46\u6761"),
          message: text(
            `${rn.resource} \u5DF2\u4E8E ${r.test.expiresOn} \u5230\u671F\uFF0C\u7EED\u671F\u7533\u8BF7\u65E5\u671F ${a.date} \u5728\u5230\u671F\u4E4B\u540E\uFF1B\u5230\u671F\u540E\u5E02\u5927\u6570\u636E\u8D44\u6E90\u7BA1\u7406\u4E2D\u5FC3\u53EF\u81EA\u884C\u56DE\u6536\u6D4B\u8BD5\u8D44\u6E90\u3002\u5BA1\u67E5\u4EBA\u5458\u8BF7\u786E\u8BA4\u8D44\u6E90\u5C1A\u672A\u56DE\u6536\uFF1B\u5DF2\u56DE\u6536\u7684\uFF0C\u7EED\u671F\u65E0\u6548\uFF0C\u987B\u91CD\u65B0\u63D0\u4EA4\u6D4B\u8BD5\u8D44\u6E90\u7533\u8BF7\u3002`,
            `${rn.resource} expired on ${r.test.expiresOn}, before this renewal dated ${a.date}; the center may reclaim expired test resources. The reviewer should confirm it has not been reclaimed; if it has, apply for new test resources instead.`
          )
        });
      }
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/group-ports-test.ts
var portsTestRules = [
  portSecurityReport,
  portSourceLimited,
  portRdp,
  ipRequestBinding,
  portDestinationExists,
  portCloseOpen,
  testTotalPeriod,
  testOneHostPerNode,
  testMinimumConfig,
  testOverdueResources,
  testNetworkZone
];

// scripts/profiles/shenzhen/rules/utilization.ts
var diskTotal = (c) => (c.dataDisks ?? []).reduce((sum, d) => sum + d.sizeGB, 0);
function direction(change, current) {
  const before = { ...current?.config ?? {}, ...change.before };
  const after = { ...before, ...change.after };
  const cmp = (a, b) => a === void 0 || b === void 0 ? 0 : Math.sign(b - a);
  const storageBefore = before.capacityGB ?? diskTotal(before);
  const storageAfter = after.capacityGB ?? diskTotal(after);
  return {
    vcpu: cmp(before.vcpu, after.vcpu),
    memory: cmp(before.memoryGB, after.memoryGB),
    storage: cmp(storageBefore, storageAfter),
    before,
    after
  };
}
var cpuServices = /* @__PURE__ */ new Set(["ecs", "cce", "cce-node"]);
var memoryServices = /* @__PURE__ */ new Set(["ecs", "bms", "cce-node"]);
var storageServices = /* @__PURE__ */ new Set(["ecs", "bms", "cce-node", "evs", "obs", "sfs"]);
var utilizationWindow = (ctx) => ctx.calendar.workdaysBefore(ctx.application.date, 5);
var pct = (n) => `${Number.isInteger(n) ? n : n.toFixed(1)}%`;
function* changes(ctx) {
  if (ctx.application.type !== "change") return;
  for (const [i, change] of ctx.application.changes.entries()) {
    const current = ctx.before.resources.get(change.resource);
    if (!current) continue;
    yield { change, current, path: `/changes/${i}`, dir: direction(change, current) };
  }
}

// scripts/profiles/shenzhen/rules/utilization-scale-down.ts
function deliveredThreeMonths(ctx, item, clause) {
  const delivered = item.current.deliveredOn;
  if (delivered === void 0)
    return {
      path: `${item.path}/resource`,
      severity: "warning",
      citation: cite("\u7B2C19\u6761", clause),
      message: text(
        `\u8D44\u6E90 ${item.change.resource} \u6CA1\u6709\u4EA4\u4ED8\u8BB0\u5F55\uFF0C\u65E0\u6CD5\u786E\u8BA4\u5DF2\u53D1\u653E\u6EE1 3 \u4E2A\u6708\u3002\u8BF7\u5BA1\u67E5\u4EBA\u5458\u6838\u5B9E\u53D1\u653E\u65E5\u671F\u3002`,
        `Resource ${item.change.resource} has no delivery record, so the 3 months since delivery cannot be confirmed. Reviewers: check the delivery date.`
      )
    };
  const since = addMonths(delivered, 3);
  if (ctx.application.date >= since) return void 0;
  return {
    path: `${item.path}/resource`,
    citation: cite("\u7B2C19\u6761", clause),
    message: text(
      `\u8D44\u6E90 ${item.change.resource} \u4E8E ${delivered} \u53D1\u653E\uFF0C\u7F29\u5BB9\u987B\u5728\u53D1\u653E 3 \u4E2A\u6708\u540E\uFF08${since} \u8D77\uFF09\u7533\u8BF7\u3002`,
      `Resource ${item.change.resource} was delivered on ${delivered}; a scale-down may be requested from ${since} (3 months after delivery).`
    )
  };
}

// scripts/profiles/shenzhen/rules/utilization-cpu-scale-down.ts
var utilizationCpuScaleDown = defineRule({
  id: "utilization-cpu-scale-down",
  title: text(
    "vCPU \u7F29\u5BB9\uFF1A\u53D1\u653E\u6EE1 3 \u4E2A\u6708\uFF0C\u5E73\u5747 < 4% \u4E14\u5CF0\u503C < 40%",
    "vCPU scale-down: 3 months after delivery, average < 4 % and peak < 40 %"
  ),
  citation: cite("\u7B2C19\u6761", "(2)4"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "vCPU\u7F29\u5BB9\uFF1A\u4E91\u4E3B\u673A\u3001\u5BB9\u5668\u5728\u5DF2\u53D1\u653E3\u4E2A\u6708\u540E\uFF0C\u8FD15\u4E2A\u5DE5\u4F5C\u65E5\u7684\u4F7F\u7528\u8FC7\u7A0B\u4E2D\uFF0CCPU\u5E73\u5747\u5229\u7528\u7387\u4F4E\u4E8E4%\u4E14\u5CF0\u503C\u5229\u7528\u7387\u4F4E\u4E8E40%\u3002",
    "vCPU scale-down: 3 months after delivery, the last 5 working days' average CPU use is below 4 % and the peak below 40 %."
  ),
  check(ctx) {
    const out = [];
    for (const item of changes(ctx)) {
      const { change, current, path, dir } = item;
      if (dir.vcpu >= 0 || !cpuServices.has(current.service)) continue;
      const late = deliveredThreeMonths(ctx, item, "(2)4");
      if (late) out.push(late);
      const cpu = change.utilization?.cpu;
      if (!cpu || cpu.peak === void 0) {
        out.push({
          path: change.utilization ? `${path}/utilization` : path,
          message: text(
            "vCPU \u7F29\u5BB9\u987B\u586B\u5199\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u7684 CPU \u5E73\u5747\u4E0E\u5CF0\u503C\u5229\u7528\u7387\uFF08utilization.cpu.average\u3001utilization.cpu.peak\uFF09\u3002",
            "A vCPU scale-down states the last 5 working days' average and peak CPU use (utilization.cpu)."
          )
        });
        continue;
      }
      if (cpu.average < 4 && cpu.peak < 40) continue;
      out.push({
        path: `${path}/utilization/cpu`,
        message: text(
          `vCPU \u7F29\u5BB9\u7684\u6761\u4EF6\u662F\u5E73\u5747\u5229\u7528\u7387\u4F4E\u4E8E 4% \u4E14\u5CF0\u503C\u4F4E\u4E8E 40%\uFF1B\u8FD9\u91CC\u5E73\u5747 ${pct(cpu.average)}\u3001\u5CF0\u503C ${pct(cpu.peak)}\u3002\u7F29\u5BB9\u540E\u53EF\u80FD\u4E0D\u591F\u7528\uFF1A\u8BF7\u6838\u5BF9\u5229\u7528\u7387\uFF0C\u6216\u4E0D\u7F29\u5BB9 vCPU\u3002`,
          `vCPU scale-down needs an average below 4 % and a peak below 40 %; here they are ${pct(cpu.average)} and ${pct(cpu.peak)}.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/utilization-cpu-scale-up.ts
var utilizationCpuScaleUp = defineRule({
  id: "utilization-cpu-scale-up",
  title: text("vCPU \u6269\u5BB9\uFF1A\u5E73\u5747\u5229\u7528\u7387 \u2265 10% \u6216\u5CF0\u503C \u2265 80%", "vCPU scale-up: average \u2265 10 % or peak \u2265 80 %"),
  citation: cite("\u7B2C19\u6761", "(2)1"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "vCPU\u6269\u5BB9\uFF1A\u4E91\u4E3B\u673A\u3001\u5BB9\u5668\u5728\u8FD15\u4E2A\u5DE5\u4F5C\u65E5\u7684\u4F7F\u7528\u8FC7\u7A0B\u4E2D\uFF0CvCPU\u5E73\u5747\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E10%\u6216\u5CF0\u503C\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E80%\u3002",
    "vCPU scale-up: over the last 5 working days the host's average vCPU use is at least 10 % or its peak at least 80 %."
  ),
  check(ctx) {
    const out = [];
    for (const { change, current, path, dir } of changes(ctx)) {
      if (dir.vcpu <= 0 || !cpuServices.has(current.service)) continue;
      const cpu = change.utilization?.cpu;
      if (!cpu) {
        out.push({
          path: change.utilization ? `${path}/utilization` : path,
          message: text(
            `vCPU \u4ECE ${dir.before.vcpu} \u6838\u6269\u5230 ${dir.after.vcpu} \u6838\uFF0C\u987B\u586B\u5199\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u7684 vCPU \u5E73\u5747\u4E0E\u5CF0\u503C\u5229\u7528\u7387\uFF08utilization.cpu.average\u3001utilization.cpu.peak\uFF09\u3002`,
            `Scaling vCPU from ${dir.before.vcpu} to ${dir.after.vcpu} needs the last 5 working days' average and peak vCPU use (utilization.cpu).`
          )
        });
        continue;
      }
      const peak = cpu.peak ?? 0;
      if (cpu.average >= 10 || peak >= 80) continue;
      out.push({
        path: `${path}/utilization/cpu`,
        message: text(
          `vCPU \u6269\u5BB9\u7684\u6761\u4EF6\u662F\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u5E73\u5747\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E 10% \u6216\u5CF0\u503C\u4E0D\u4F4E\u4E8E 80%\uFF1B\u8FD9\u91CC\u5E73\u5747 ${pct(cpu.average)}\u3001\u5CF0\u503C ${cpu.peak === void 0 ? "\u672A\u586B" : pct(peak)}\uFF0C\u90FD\u4E0D\u591F\u3002\u4E0D\u6EE1\u8DB3\u6761\u4EF6\u7684\u4E3B\u673A\u4E0D\u80FD\u6269\u5BB9 vCPU\uFF1A\u8BF7\u64A4\u56DE\u8FD9\u9879\u53D8\u66F4\uFF0C\u6216\u5728\u5229\u7528\u7387\u8FBE\u5230\u6761\u4EF6\u540E\u518D\u7533\u8BF7\u3002`,
          `vCPU scale-up needs an average of at least 10 % or a peak of at least 80 % over the last 5 working days; here the average is ${pct(cpu.average)} and the peak ${cpu.peak === void 0 ? "missing" : pct(peak)}. Withdraw this change or apply once the figures qualify.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/utilization-evidence.ts
var tolerance = 1;
var utilizationEvidence = defineRule({
  id: "utilization-evidence",
  title: text("\u586B\u5199\u7684\u5229\u7528\u7387\u4E0E\u76D1\u63A7\u6570\u636E\u4E00\u81F4", "Stated utilization matches the monitoring data"),
  citation: cite("\u7B2C19\u6761", "(2)"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u6269\u5BB9\u3001\u7F29\u5BB9\u7684\u4F9D\u636E\u662F\u5B9E\u9645\u5229\u7528\u7387\uFF1B\u6709\u76D1\u63A7\u5BFC\u51FA\u65F6\uFF0C\u673A\u5668\u6309\u540C\u6837\u7684 5 \u4E2A\u5DE5\u4F5C\u65E5\u91CD\u65B0\u8BA1\u7B97\u5E76\u6838\u5BF9\u3002",
    "Scale decisions rest on real utilization; with a monitoring export the machine recomputes the same 5 working days and compares."
  ),
  check(ctx) {
    if (!ctx.metrics) return [];
    const out = [];
    const dates = utilizationWindow(ctx);
    for (const { change, current, path } of changes(ctx)) {
      const u2 = change.utilization;
      if (!u2) continue;
      const hosts = [
        ...change.ip ? [change.ip] : [],
        ...(current?.instances ?? []).flatMap(
          (i) => [i.ip, i.hostname].filter((h) => h !== void 0)
        )
      ];
      const measured = ctx.metrics.window(hosts, dates);
      if (!measured) {
        out.push({
          path: `${path}/utilization`,
          severity: "warning",
          message: text(
            `${ctx.metrics.label}\u4E2D\u6CA1\u6709\u8D44\u6E90 ${change.resource}\uFF08${hosts.join("\u3001") || "\u65E0 IP/\u4E3B\u673A\u540D"}\uFF09\u5728 ${dates[0]} \u81F3 ${dates[dates.length - 1]} \u7684\u6570\u636E\uFF0C\u65E0\u6CD5\u6838\u5BF9\u5229\u7528\u7387\u3002\u8BF7\u5BA1\u67E5\u4EBA\u5458\u67E5\u770B\u622A\u56FE\u3002`,
            `${ctx.metrics.label} has no data for ${change.resource} (${hosts.join(", ") || "no IP/host name"}) between ${dates[0]} and ${dates[dates.length - 1]}; the figures cannot be checked.`
          )
        });
        continue;
      }
      const compare = (label3, field, stated, actual) => {
        if (stated === void 0 || actual === void 0 || Math.abs(stated - actual) <= tolerance) return;
        out.push({
          path: `${path}/utilization/${field}`,
          message: text(
            `\u586B\u5199\u7684${label3}\u4E3A ${pct(stated)}\uFF0C${ctx.metrics?.label}\u6309 ${dates[0]} \u81F3 ${dates[dates.length - 1]} \u7684 5 \u4E2A\u5DE5\u4F5C\u65E5\u8BA1\u7B97\u4E3A ${pct(actual)}\u3002\u8BF7\u6309\u76D1\u63A7\u6570\u636E\u6539\u6B63\uFF0C\u5E76\u9644\u4E0A\u5BF9\u5E94\u622A\u56FE\u3002`,
            `The stated ${field} is ${pct(stated)}; ${ctx.metrics?.label} gives ${pct(actual)} over ${dates[0]}\u2013${dates[dates.length - 1]}. Correct it from the monitoring data.`
          )
        });
      };
      compare("vCPU \u5E73\u5747\u5229\u7528\u7387", "cpu/average", u2.cpu?.average, measured.cpu?.average);
      compare("vCPU \u5CF0\u503C\u5229\u7528\u7387", "cpu/peak", u2.cpu?.peak, measured.cpu?.peak);
      compare("\u5185\u5B58\u5E73\u5747\u5229\u7528\u7387", "memory/average", u2.memory?.average, measured.memory?.average);
      compare("\u5185\u5B58\u5CF0\u503C\u5229\u7528\u7387", "memory/peak", u2.memory?.peak, measured.memory?.peak);
      compare("\u5B58\u50A8\u5229\u7528\u7387", "storage/usedPercent", u2.storage?.usedPercent, measured.storage?.peak);
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/utilization-memory-scale-down.ts
var utilizationMemoryScaleDown = defineRule({
  id: "utilization-memory-scale-down",
  title: text(
    "\u5185\u5B58\u7F29\u5BB9\uFF1A\u53D1\u653E\u6EE1 3 \u4E2A\u6708\uFF0C\u5E73\u5747 < 25%",
    "Memory scale-down: 3 months after delivery, average < 25 %"
  ),
  citation: cite("\u7B2C19\u6761", "(2)5"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u5185\u5B58\u7F29\u5BB9\uFF1A\u4E91\u4E3B\u673A\u3001\u88F8\u91D1\u5C5E\u3001\u5BB9\u5668\u5728\u5DF2\u53D1\u653E3\u4E2A\u6708\u540E\uFF0C\u8FD15\u4E2A\u5DE5\u4F5C\u65E5\u7684\u4F7F\u7528\u8FC7\u7A0B\u4E2D\uFF0C\u5185\u5B58\u7684\u5E73\u5747\u5229\u7528\u7387\u4F4E\u4E8E25%\u3002",
    "Memory scale-down: 3 months after delivery, the last 5 working days' average memory use is below 25 %."
  ),
  check(ctx) {
    const out = [];
    for (const item of changes(ctx)) {
      const { change, current, path, dir } = item;
      if (dir.memory >= 0 || !memoryServices.has(current.service)) continue;
      if (dir.vcpu >= 0) {
        const late = deliveredThreeMonths(ctx, item, "(2)5");
        if (late) out.push(late);
      }
      const memory = change.utilization?.memory;
      if (!memory) {
        out.push({
          path: change.utilization ? `${path}/utilization` : path,
          message: text(
            "\u5185\u5B58\u7F29\u5BB9\u987B\u586B\u5199\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u7684\u5185\u5B58\u5E73\u5747\u5229\u7528\u7387\uFF08utilization.memory.average\uFF09\u3002",
            "A memory scale-down states the last 5 working days' average memory use (utilization.memory.average)."
          )
        });
        continue;
      }
      if (memory.average < 25) continue;
      out.push({
        path: `${path}/utilization/memory/average`,
        message: text(
          `\u5185\u5B58\u7F29\u5BB9\u7684\u6761\u4EF6\u662F\u5E73\u5747\u5229\u7528\u7387\u4F4E\u4E8E 25%\uFF1B\u8FD9\u91CC\u662F ${pct(memory.average)}\u3002\u8BF7\u6838\u5BF9\u5229\u7528\u7387\uFF0C\u6216\u4E0D\u7F29\u5BB9\u5185\u5B58\u3002`,
          `Memory scale-down needs an average below 25 %; here it is ${pct(memory.average)}.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/utilization-memory-scale-up.ts
var utilizationMemoryScaleUp = defineRule({
  id: "utilization-memory-scale-up",
  title: text("\u5185\u5B58\u6269\u5BB9\uFF1A\u5E73\u5747\u5229\u7528\u7387 \u2265 70%", "Memory scale-up: average \u2265 70 %"),
  citation: cite("\u7B2C19\u6761", "(2)2"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u5185\u5B58\u6269\u5BB9\uFF1A\u4E91\u4E3B\u673A\u3001\u88F8\u91D1\u5C5E\u3001\u5BB9\u5668\u5728\u8FD15\u4E2A\u5DE5\u4F5C\u65E5\u7684\u4F7F\u7528\u8FC7\u7A0B\u4E2D\uFF0C\u5185\u5B58\u5E73\u5747\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E70%\u3002",
    "Memory scale-up: over the last 5 working days the average memory use is at least 70 %."
  ),
  check(ctx) {
    const out = [];
    for (const { change, current, path, dir } of changes(ctx)) {
      if (dir.memory <= 0 || !memoryServices.has(current.service)) continue;
      const memory = change.utilization?.memory;
      if (!memory) {
        out.push({
          path: change.utilization ? `${path}/utilization` : path,
          message: text(
            `\u5185\u5B58\u4ECE ${dir.before.memoryGB} GB \u6269\u5230 ${dir.after.memoryGB} GB\uFF0C\u987B\u586B\u5199\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u7684\u5185\u5B58\u5E73\u5747\u5229\u7528\u7387\uFF08utilization.memory.average\uFF09\u3002`,
            `Scaling memory from ${dir.before.memoryGB} GB to ${dir.after.memoryGB} GB needs the last 5 working days' average memory use (utilization.memory.average).`
          )
        });
        continue;
      }
      if (memory.average >= 70) continue;
      out.push({
        path: `${path}/utilization/memory/average`,
        message: text(
          `\u5185\u5B58\u6269\u5BB9\u7684\u6761\u4EF6\u662F\u8FD1 5 \u4E2A\u5DE5\u4F5C\u65E5\u5185\u5B58\u5E73\u5747\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E 70%\uFF1B\u8FD9\u91CC\u662F ${pct(memory.average)}\u3002\u8BF7\u64A4\u56DE\u5185\u5B58\u6269\u5BB9\uFF0C\u6216\u5728\u5229\u7528\u7387\u8FBE\u5230\u6761\u4EF6\u540E\u518D\u7533\u8BF7\u3002`,
          `Memory scale-up needs an average of at least 70 % over the last 5 working days; here it is ${pct(memory.average)}.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/utilization-storage-scale-up.ts
var utilizationStorageScaleUp = defineRule({
  id: "utilization-storage-scale-up",
  title: text(
    "\u5B58\u50A8\u6269\u5BB9\uFF1A\u5229\u7528\u7387 \u2265 60% \u6216\u4E0D\u591F\u672A\u6765\u516D\u4E2A\u6708",
    "Storage scale-up: use \u2265 60 % or not enough for six months"
  ),
  citation: cite("\u7B2C19\u6761", "(2)3"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u5B58\u50A8\u6269\u5BB9\uFF1A\u4E91\u786C\u76D8\u3001\u5BF9\u8C61\u5B58\u50A8\u3001\u6587\u4EF6\u5B58\u50A8\u7684\u5B58\u50A8\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E60%\u6216\u4E0D\u6EE1\u8DB3\u672A\u6765\u516D\u4E2A\u6708\u7684\u4F7F\u7528\u91CF\u3002",
    "Storage scale-up: cloud disk, object or file storage is at least 60 % used, or will not hold the next six months."
  ),
  check(ctx) {
    const out = [];
    const growth = ctx.application.type === "change" ? ctx.application.estimate?.storageGrowth : void 0;
    for (const { change, current, path, dir } of changes(ctx)) {
      if (dir.storage <= 0 || !storageServices.has(current.service)) continue;
      const capacity = (dir.before.capacityGB ?? (dir.before.dataDisks ?? []).reduce((s, d) => s + d.sizeGB, 0)) || 0;
      const st = change.utilization?.storage;
      const used = st?.usedPercent ?? (st?.usedGB !== void 0 && capacity > 0 ? st.usedGB / capacity * 100 : void 0);
      if (used !== void 0 && used >= 60) continue;
      const g = growth;
      const usedGB = st?.usedGB ?? (used !== void 0 ? used / 100 * capacity : void 0);
      if (g?.monthlyGB !== void 0 && usedGB !== void 0) {
        const need2 = usedGB + g.monthlyGB * Math.min(6, g.months ?? 6);
        if (need2 > capacity) continue;
      }
      out.push({
        path: st ? `${path}/utilization/storage` : path,
        message: used === void 0 ? text(
          "\u5B58\u50A8\u6269\u5BB9\u987B\u5199\u660E\u5F53\u524D\u5B58\u50A8\u5229\u7528\u7387\uFF08utilization.storage.usedPercent \u6216 usedGB\uFF09\uFF0C\u6216\u5728 estimate.storageGrowth \u4E2D\u6D4B\u7B97\u672A\u6765\u516D\u4E2A\u6708\u7684\u589E\u957F\u3002",
          "A storage scale-up states the current use (utilization.storage.usedPercent or usedGB) or the growth of the next six months (estimate.storageGrowth)."
        ) : text(
          `\u5B58\u50A8\u6269\u5BB9\u7684\u6761\u4EF6\u662F\u5229\u7528\u7387\u4E0D\u4F4E\u4E8E 60% \u6216\u4E0D\u6EE1\u8DB3\u672A\u6765\u516D\u4E2A\u6708\u7684\u4F7F\u7528\u91CF\uFF1B\u8FD9\u91CC\u5229\u7528\u7387 ${pct(used)}\uFF0C\u6309\u6D4B\u7B97\u516D\u4E2A\u6708\u540E\u4E5F\u5728\u73B0\u6709 ${capacity} GB \u4E4B\u5185\u3002\u8BF7\u64A4\u56DE\u5B58\u50A8\u6269\u5BB9\uFF0C\u6216\u8865\u5145\u516D\u4E2A\u6708\u589E\u957F\u7684\u6D4B\u7B97\u4F9D\u636E\u3002`,
          `Storage scale-up needs use of at least 60 % or a shortfall within six months; here the use is ${pct(used)} and six months of growth fit in the current ${capacity} GB.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/utilization-window.ts
var utilizationWindowRule = defineRule({
  id: "utilization-window",
  title: text(
    "\u5229\u7528\u7387\u7EDF\u8BA1\u533A\u95F4\u4E3A\u7533\u8BF7\u65E5\u524D\u7684 5 \u4E2A\u5DE5\u4F5C\u65E5",
    "Utilization covers the 5 working days before the application"
  ),
  citation: cite("\u7B2C19\u6761", "(2)"),
  appliesTo: ["change"],
  severity: "error",
  why: text(
    "\u6269\u5BB9\u3001\u7F29\u5BB9\u6307\u6807\u6309\u201C\u8FD15\u4E2A\u5DE5\u4F5C\u65E5\u7684\u4F7F\u7528\u8FC7\u7A0B\u201D\u8BA1\u7B97\uFF1B\u8282\u5047\u65E5\u4E0D\u662F\u5DE5\u4F5C\u65E5\uFF0C\u8C03\u4F11\u4E0A\u73ED\u65E5\u662F\u3002",
    "Scale-up and scale-down figures are over the last 5 working days; holidays do not count, make-up working days do."
  ),
  check(ctx) {
    const out = [];
    let window;
    for (const { change, path } of changes(ctx)) {
      const stated = change.utilization?.window;
      if (!stated) continue;
      window ??= utilizationWindow(ctx);
      const from = window[0];
      const to = window[window.length - 1];
      if (stated.from === from && stated.to === to) continue;
      out.push({
        path: `${path}/utilization/window`,
        message: text(
          `\u7533\u8BF7\u65E5 ${ctx.application.date} \u4E4B\u524D\u7684 5 \u4E2A\u5DE5\u4F5C\u65E5\u662F ${window.join("\u3001")}\uFF0C\u7EDF\u8BA1\u533A\u95F4\u5E94\u4E3A from: ${from}\u3001to: ${to}\uFF1B\u8FD9\u91CC\u662F ${stated.from} \u81F3 ${stated.to}\u3002\u8BF7\u6309\u8FD9 5 \u5929\u91CD\u65B0\u53D6\u5229\u7528\u7387\u3002`,
          `The 5 working days before ${ctx.application.date} are ${window.join(", ")}: the window is from ${from} to ${to}, not ${stated.from} to ${stated.to}. Take the figures over those days.`
        )
      });
    }
    return out;
  }
});

// scripts/profiles/shenzhen/rules/index.ts
var shenzhenRules = [
  applicationValidity,
  utilizationCpuScaleUp,
  utilizationMemoryScaleUp,
  utilizationStorageScaleUp,
  utilizationCpuScaleDown,
  utilizationMemoryScaleDown,
  utilizationWindowRule,
  utilizationEvidence,
  ...newRules,
  ...changeRevokeRules,
  ...portsTestRules
];

// scripts/profiles/shenzhen/index.ts
var shenzhen = {
  id: "shenzhen",
  title: text("\u6DF1\u5733\u5E02\u653F\u52A1\u4E91\u670D\u52A1\u7533\u8BF7\u89C4\u8303", "Shenzhen government cloud service application specification"),
  catalog: "shenzhen",
  kinds: shenzhenKinds,
  rules: shenzhenRules,
  schema: { build: buildSchemas },
  forms: { forApplication: applicationForms, forUnit: authorizationForms },
  review: {},
  audit: {},
  annual: shenzhenAnnual
};

// scripts/profiles/index.ts
var registeredProfiles = [shenzhen];
var registeredProfile = (id) => findProfile(registeredProfiles, id);

// scripts/adapters/disk-fs.ts
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync
} from "node:fs";
import { join, sep } from "node:path";

// scripts/core/repository/fs.ts
var readFileCap = 16 * 1024 * 1024;
var RefusedRead = class extends Error {
  constructor(path, reason) {
    super("refusal" in reason ? `${path}\uFF1A\u4E0D\u8BFB\u8FD9\u4E2A\u6761\u76EE` : `${path}\uFF1A\u6587\u4EF6\u8FC7\u5927`);
    this.path = path;
    this.reason = reason;
  }
  path;
  reason;
};

// scripts/adapters/disk-fs.ts
var diskRoots = /* @__PURE__ */ new WeakMap();
var isPlain = (path) => path !== "" && path[0] !== "/" && path[0] !== "." && !path.endsWith("/") && !path.includes("/.") && !path.includes("//") && !path.includes("\\");
function kindOf(stats) {
  if (stats.isFile()) return "file";
  if (stats.isDirectory()) return "dir";
  if (stats.isSymbolicLink()) return "symlink";
  if (stats.isFIFO()) return "fifo";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  return "other";
}
var asRefused = (kind) => kind === "dir" ? "directory" : kind;
var openFlags = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);
function readOpened(fd, size) {
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const n = readSync(fd, buffer, offset, size - offset, null);
    if (n === 0) break;
    offset += n;
  }
  return offset === size ? buffer : buffer.subarray(0, offset);
}
function diskFs(root) {
  const base = join(root, sep);
  const abs = (path) => isPlain(path) ? base + path : join(root, path);
  const dirs = /* @__PURE__ */ new Map();
  const ancestors = (path) => {
    const normal = isPlain(path) ? path : join(path).split(sep).join("/");
    const slash = normal.lastIndexOf("/");
    if (slash <= 0) return void 0;
    return directory(normal.slice(0, slash));
  };
  const directory = (dir) => {
    const cached = dirs.get(dir);
    if (cached !== void 0 || dirs.has(dir)) return cached;
    let result = ancestors(dir);
    if (result === void 0) {
      const stats = lstatSync(abs(dir), { throwIfNoEntry: false });
      const kind = stats ? kindOf(stats) : void 0;
      result = kind === void 0 ? null : kind === "dir" ? void 0 : { kind: kind === "file" ? "other" : kind, at: dir };
    }
    dirs.set(dir, result);
    return result;
  };
  const read = (path, maxBytes) => {
    const above = ancestors(path);
    if (above) return { refused: above };
    const file = abs(path);
    const before = lstatSync(file);
    const kind = kindOf(before);
    if (kind !== "file") return { refused: { kind: asRefused(kind), at: path } };
    if (before.size > maxBytes) return { tooLarge: before.size };
    let fd;
    try {
      fd = openSync(file, openFlags);
    } catch (error) {
      if (error.code === "ELOOP")
        return { refused: { kind: "symlink", at: path } };
      throw error;
    }
    try {
      const stats = fstatSync(fd);
      const opened = kindOf(stats);
      if (opened !== "file") return { refused: { kind: asRefused(opened), at: path } };
      if (stats.size > maxBytes) return { tooLarge: stats.size };
      return { bytes: readOpened(fd, stats.size) };
    } finally {
      closeSync(fd);
    }
  };
  const fs = {
    read,
    readFile: (path) => {
      const result = read(path, readFileCap);
      if ("bytes" in result) return result.bytes;
      throw new RefusedRead(path, "refused" in result ? result.refused : result);
    },
    refusal: (path) => {
      const above = ancestors(path);
      if (above) return above;
      if (above === null) return void 0;
      const stats = lstatSync(abs(path), { throwIfNoEntry: false });
      const kind = stats ? kindOf(stats) : void 0;
      return kind === void 0 || kind === "file" || kind === "dir" ? void 0 : { kind, at: path };
    },
    list: (dir) => {
      if (dir !== "" && directory(dir) !== void 0) return [];
      try {
        return readdirSync(join(root, dir), { withFileTypes: true }).map((d) => {
          if (d.isDirectory()) return { name: d.name, dir: true };
          if (d.isFile()) return { name: d.name, dir: false };
          const kind = d.isSymbolicLink() ? "symlink" : d.isFIFO() ? "fifo" : d.isSocket() ? "socket" : d.isCharacterDevice() || d.isBlockDevice() ? "device" : "other";
          return { name: d.name, dir: false, refused: kind };
        });
      } catch {
        return [];
      }
    },
    // 不跟随最后一段：指向不存在之处的符号链接也“存在”（加载时报告它）
    exists: (path) => lstatSync(abs(path), { throwIfNoEntry: false }) !== void 0
  };
  diskRoots.set(fs, root);
  return fs;
}

// scripts/adapters/schema-cache.ts
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire as createRequire3 } from "node:module";
import { join as join2 } from "node:path";
import { threadId } from "node:worker_threads";
var require4 = createRequire3(import.meta.url);
var repoRoot = new URL("../..", import.meta.url).pathname;
function compileCacheDir(env = process.env) {
  return env.GOVCLOUD_CACHE_DIR ?? join2(repoRoot, "node_modules", ".cache", "govcloud");
}
var shippedValidatorsDir = join2(repoRoot, "scripts", "dist", "schemas");
function loadValidator(dir, key) {
  const file = join2(dir, `${key}.cjs`);
  try {
    readFileSync(file);
    return require4(file);
  } catch {
    return void 0;
  }
}
function diskCompileCache(dir = compileCacheDir(), shipped = shippedValidatorsDir) {
  return {
    load: (key) => (shipped !== void 0 ? loadValidator(shipped, key) : void 0) ?? loadValidator(dir, key),
    store: (key, code) => {
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = join2(dir, `${key}.cjs.${process.pid}.${threadId}.tmp`);
        writeFileSync(tmp, code);
        renameSync(tmp, join2(dir, `${key}.cjs`));
      } catch {
      }
    }
  };
}
function useDiskCompileCache() {
  useCompileCache(diskCompileCache());
}

// scripts/adapters/load-worker.ts
var ampersand = 38;
function jsonExact(value) {
  switch (typeof value) {
    case "string":
    case "boolean":
      return true;
    case "number":
      return Number.isFinite(value) && (value !== 0 || 1 / value > 0);
    case "object": {
      if (value === null) return true;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) if (!(i in value) || !jsonExact(value[i])) return false;
        return true;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      const record = value;
      for (const key of Object.keys(record)) if (!jsonExact(record[key])) return false;
      return true;
    }
    default:
      return false;
  }
}
function serve(init2) {
  const { port, index, root, limits, defaultProfile } = init2;
  const signal = new Int32Array(init2.signal);
  const catalogs = new Map(init2.catalogs);
  const disk2 = root !== void 0 ? diskFs(root) : void 0;
  useDiskCompileCache();
  for (const catalog of catalogs.values()) {
    try {
      const schema = registeredProfile(catalog.profile.id)?.schema;
      if (schema) SchemaValidator.for(catalog, schema);
    } catch {
    }
  }
  const finish = (parsed) => {
    if (!parsed.pending) return parsed;
    const requested2 = parsed.pending.data.profile;
    const profile = typeof requested2 === "string" ? requested2 : defaultProfile;
    const catalog = catalogs.get(profile);
    const schema = registeredProfile(profile)?.schema;
    if (!catalog || !schema) return parsed;
    return { outcome: checkFile(parsed, profile, catalog, schema) };
  };
  port.on("message", (batch) => {
    let file;
    let reply;
    try {
      const data = [];
      const full = [];
      for (let i = 0; i < batch.files.length; i++) {
        file = batch.files[i];
        const place = classify(file);
        if (place.kind === "ignored") throw new Error("\u4E0D\u53C2\u4E0E\u52A0\u8F7D\u7684\u6587\u4EF6");
        const read = batch.reads ? batch.reads[i] : disk2.read(file, limits.maxBytes);
        const parsed = finish(parseRead(file, place, read, limits));
        const { outcome } = parsed;
        if (!parsed.pending && outcome.problems.length === 0 && outcome.source === void 0 && outcome.data !== void 0 && "bytes" in read && read.bytes.indexOf(ampersand) < 0 && jsonExact(outcome.data))
          data.push(outcome.data);
        else {
          data.push(null);
          full.push([i, parsed]);
        }
        Atomics.add(signal, 1 + index, 1);
      }
      file = void 0;
      reply = { id: batch.id, json: JSON.stringify(data), full };
    } catch (error) {
      const e = error instanceof Error ? error : new Error(String(error));
      reply = {
        id: batch.id,
        error: {
          ...file !== void 0 ? { file } : {},
          message: e.message,
          ...e.stack ? { stack: e.stack } : {}
        }
      };
    }
    port.postMessage(reply);
    Atomics.add(signal, 0, 1);
    Atomics.notify(signal, 0);
  });
  Atomics.add(signal, 1 + index, 1);
}

// scripts/adapters/load-worker-main.ts
var init = workerData;
var fail = (error) => {
  const e = error instanceof Error ? error : new Error(String(error));
  init.port.postMessage({ id: -1, error: { message: e.message, stack: e.stack } });
  const signal = new Int32Array(init.signal);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
try {
  serve(init);
} catch (error) {
  fail(error);
}
//# sourceMappingURL=load-worker.mjs.map
