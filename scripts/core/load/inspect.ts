import { quote, type Text, text } from "../text.ts";
import { describeCodePoint, forbiddenCharacter, visible } from "./characters.ts";
import { NumberForm } from "./number-form.ts";
import type { ParseLimits } from "./parse.ts";
import { fileProblem, type Problem, pointer } from "./problem.ts";

/**
 * 解析后遍历一次数据树（按别名展开后计数）：规模、嵌套深度、危险键名、数字写法、不可见字符。
 * 路径只在有发现时才拼出来。返回的问题里有 fatalRules 中的规则时，数据不可用。
 */

/** 这些规则的问题出现时，数据不交给 schema 与规则 */
export const fatalRules = new Set(["load/alias-bomb", "load/too-many-values", "load/too-deep"]);

/** 这些键名会触碰 JavaScript 对象原型，一律拒绝。 */
const forbiddenKeys = new Set(["__proto__", "constructor", "prototype"]);

interface Frame {
  value: unknown;
  depth: number;
  parent: Frame | undefined;
  key: string | number | undefined;
}

function pathOf(frame: Frame | undefined): (string | number)[] {
  const out: (string | number)[] = [];
  for (let f = frame; f?.key !== undefined; f = f.parent) out.push(f.key);
  return out.reverse();
}

/** 提示里的字段名：resources[0].vcpu；用户写的键名里的不可见字符换成 <U+XXXX>。 */
function fieldName(path: readonly (string | number)[]): Text {
  let out = "";
  for (const segment of path)
    out += typeof segment === "number" ? `[${segment}]` : `${out === "" ? "" : "."}${visible(segment)}`;
  return out === "" ? text("顶层", "top level") : text(out, out);
}

/**
 * @param checkText 是否逐个检查字符串与键名中的不可见字符（源码里没有迹象时不必，见 characters.ts）
 */
export function inspectTree(file: string, root: unknown, limits: ParseLimits, checkText: boolean): Problem[] {
  const problems: Problem[] = [];
  let visited = 0;
  const stack: Frame[] = [{ value: root, depth: 0, parent: undefined, key: undefined }];
  while (stack.length > 0) {
    const frame = stack.pop() as Frame;
    const { value, depth } = frame;
    if (++visited > limits.maxNodes) return [tooManyValues(file, root, limits.maxNodes)];
    if (depth > limits.maxDepth) {
      return [
        fileProblem(
          file,
          "load/too-deep",
          text(
            `嵌套超过 ${limits.maxDepth} 层。申请文件的结构没有这么深，请检查缩进。`,
            `Nesting exceeds ${limits.maxDepth} levels; no application is that deep. Check the indentation.`,
          ),
        ),
      ];
    }
    if (typeof value === "string") {
      if (checkText) {
        const cp = forbiddenCharacter(value);
        if (cp !== undefined) problems.push(characterProblem(file, pathOf(frame), cp, false));
      }
    } else if (value instanceof NumberForm) {
      const path = pathOf(frame);
      problems.push(numberFormProblem(file, path, value.source));
      // 换回 YAML 1.2 core schema 的值：schema 照常校验，不因写法再报一次类型错误
      (frame.parent?.value as Record<string | number, unknown>)[frame.key as string | number] = value.value;
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--)
        stack.push({ value: value[i], depth: depth + 1, parent: frame, key: i });
    } else if (value !== null && typeof value === "object") {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        if (forbiddenKeys.has(key)) {
          problems.push(forbiddenKeyProblem(file, [...pathOf(frame), key], key));
          // 从数据中删除，后续的 schema 与规则永远看不到它
          Reflect.deleteProperty(value, key);
          continue;
        }
        if (checkText) {
          const cp = forbiddenCharacter(key);
          if (cp !== undefined) problems.push(characterProblem(file, [...pathOf(frame), key], cp, true));
        }
        stack.push({ value: (value as Record<string, unknown>)[key], depth: depth + 1, parent: frame, key });
      }
    }
  }
  return problems;
}

function forbiddenKeyProblem(file: string, path: (string | number)[], key: string): Problem {
  return {
    rule: "load/forbidden-key",
    severity: "error",
    message: text(
      `字段名 ${quote(key)} 不允许使用（它会触碰程序对象的原型）。请删除这个字段。`,
      `The field name ${quote(key)} is not allowed (it touches the program's object prototype). Remove the field.`,
    ),
    file,
    path: pointer(...path),
    atKey: true,
  };
}

function numberFormProblem(file: string, path: (string | number)[], source: string): Problem {
  const field = fieldName(path);
  return {
    rule: "load/number-form",
    severity: "error",
    message: text(
      `字段 ${field.zh} 的值 ${source} 不是十进制数字写法（十六进制、八进制、前导零、科学计数、下划线、.inf、.nan、正号等写法在不同软件里读法不一）。数字请写成十进制数字，如 8、0.5；如果这是一段文字（如编号），请加引号，如 "${source}"。`,
      `The value ${source} of field ${field.en} is not written as a decimal number (hexadecimal, octal, leading zeros, exponents, underscores, .inf, .nan and plus signs are read differently by different software). Write numbers as decimal numbers, like 8 or 0.5; if this is text (like a number code), quote it: "${source}".`,
    ),
    file,
    path: pointer(...path),
  };
}

function characterProblem(file: string, path: (string | number)[], cp: number, atKey: boolean): Problem {
  const field = fieldName(path);
  const name = describeCodePoint(cp);
  return {
    rule: "load/control-character",
    severity: "error",
    message: atKey
      ? text(
          `字段名 ${field.zh} 含有不可见字符 ${name.zh}。这类字符（双向控制符、零宽字符、控制字符）会让显示的文字与实际内容不一致。请删除这个字符，重新输入字段名。`,
          `The field name ${field.en} contains the invisible character ${name.en}. Such characters (bidirectional controls, zero-width and control characters) make the text shown differ from its content. Delete the character and retype the field name.`,
        )
      : text(
          `字段 ${field.zh} 的值含有不可见字符 ${name.zh}。这类字符（双向控制符、零宽字符、控制字符）会让显示的文字与实际内容不一致。请删除这个字符（可在编辑器中打开“显示不可见字符”找到它），或重新输入这个值。`,
          `The value of field ${field.en} contains the invisible character ${name.en}. Such characters (bidirectional controls, zero-width and control characters) make the text shown differ from its content. Delete the character (turn on "show invisible characters" in the editor to find it) or retype the value.`,
        ),
    file,
    path: pointer(...path),
    ...(atKey ? { atKey: true } : {}),
  };
}

/**
 * 超过节点上限：不计别名重复时仍然超过，是文件本身太大（如 10 万项的列表），指向其中最大的列表或映射；
 * 否则是别名层层引用造成的膨胀。只在超限时才走这一遍（每个列表与映射只进一次）。
 */
function tooManyValues(file: string, root: unknown, maxNodes: number): Problem {
  const seen = new Set<object>();
  let distinct = 0;
  let largest: { frame: Frame; size: number; list: boolean } | undefined;
  const stack: Frame[] = [{ value: root, depth: 0, parent: undefined, key: undefined }];
  while (stack.length > 0 && distinct <= maxNodes) {
    const frame = stack.pop() as Frame;
    distinct++;
    const { value } = frame;
    if (value === null || typeof value !== "object" || seen.has(value)) continue;
    seen.add(value);
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : Object.entries(value);
    if (!largest || entries.length > largest.size)
      largest = { frame, size: entries.length, list: Array.isArray(value) };
    for (const [key, child] of entries) stack.push({ value: child, depth: 0, parent: frame, key });
  }
  if (distinct <= maxNodes || !largest) {
    return fileProblem(
      file,
      "load/alias-bomb",
      text(
        `文件展开后超过 ${maxNodes} 个节点，多半是别名（*name）层层引用造成的指数膨胀。请直接写出内容，不要嵌套使用锚点和别名。`,
        `The file expands to more than ${maxNodes} nodes, most likely through nested aliases (*name). Write the content out instead of nesting anchors and aliases.`,
      ),
    );
  }
  const { size, list } = largest;
  const field = fieldName(pathOf(largest.frame));
  return {
    rule: "load/too-many-values",
    severity: "error",
    message: text(
      `文件中的值超过 ${maxNodes} 个，申请文件不会有这么多内容；最大的是 ${field.zh} 处的${list ? `列表，有 ${size} 项` : `映射，有 ${size} 个字段`}。请检查是否误贴了数据：申请里只写需要的内容，大量数据（如清单、日志）请作为附件放在 attachments/ 下。`,
      `The file holds more than ${maxNodes} values; no application has that much content. The largest is the ${list ? `list at ${field.en} with ${size} items` : `mapping at ${field.en} with ${size} fields`}. Check for pasted data: write only what the application needs, and put bulk data (lists, logs) as attachments under attachments/.`,
    ),
    file,
    path: pointer(...pathOf(largest.frame)),
  };
}
