import { isUtf8 } from "node:buffer";
import yaml from "js-yaml";
import { text } from "../text.ts";
import { mayHoldForbiddenCharacters } from "./characters.ts";
import { fatalRules, inspectTree } from "./inspect.ts";
import { loadSchema, NumberForm } from "./number-form.ts";
import { fileProblem, type Problem } from "./problem.ts";

/** 加载限制。默认值足够容纳最长的测算报告，又能挡住恶意或误放的大文件。 */
export interface ParseLimits {
  /** 单个文件最大字节数 */
  maxBytes: number;
  /** 别名展开后最多遍历的节点数（挡住“十亿笑声”类别名炸弹） */
  maxNodes: number;
  /** 最大嵌套深度 */
  maxDepth: number;
}

export const defaultLimits: ParseLimits = { maxBytes: 512 * 1024, maxNodes: 100_000, maxDepth: 64 };

export interface ParseResult {
  /** 解析成功时的数据（纯 JSON 值：对象、数组、字符串、数字、布尔、null） */
  data?: unknown;
  /** 解码后的文本，供之后按需计算源码位置 */
  source?: string;
  problems: Problem[];
}

/** 解码：只接受 UTF-8（可带 BOM）。返回文本或问题。 */
export function decodeUtf8(file: string, bytes: Uint8Array): { source?: string; problem?: Problem } {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    return {
      problem: fileProblem(
        file,
        "load/encoding",
        text(
          "文件编码为 UTF-16。请用编辑器将文件另存为 UTF-8 编码（不带 BOM）后再提交。",
          "The file is encoded as UTF-16. Save it as UTF-8 (without BOM) and commit again.",
        ),
      ),
    };
  }
  const start = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start);
  try {
    if (!isUtf8(body)) throw new Error("not utf-8");
    const source = body.toString("utf8");
    const nul = source.indexOf("\u0000");
    if (nul >= 0) {
      const { line, column } = lineColumnAt(source, nul);
      return {
        problem: fileProblem(
          file,
          "load/encoding",
          text(
            "文件中含有 NUL 字符，不是文本文件。请确认提交的是 YAML 文本而不是二进制文件。",
            "The file contains NUL characters and is not a text file. Commit the YAML text, not a binary file.",
          ),
          line,
          column,
        ),
      };
    }
    return { source };
  } catch {
    const offset = firstInvalidUtf8(bytes, start);
    const prefix = new TextDecoder("utf-8").decode(bytes.subarray(start, offset));
    const { line, column } = lineColumnAt(prefix, prefix.length);
    return {
      problem: fileProblem(
        file,
        "load/encoding",
        text(
          `文件不是有效的 UTF-8 编码（第 ${line} 行第 ${column} 列附近，字节偏移 ${offset}），常见于用 GBK/GB2312 保存的文件。请将文件另存为 UTF-8 编码后再提交。`,
          `The file is not valid UTF-8 (near line ${line}, column ${column}, byte offset ${offset}); GBK/GB2312 files look like this. Save it as UTF-8 and commit again.`,
        ),
        line,
        column,
      ),
    };
  }
}

/** 第一个不合法 UTF-8 序列的字节偏移（按 RFC 3629：拒绝过长编码、代理区与超出 U+10FFFF 的码点）。 */
function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return i;
}

export function lineColumnAt(source: string, index: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  for (let i = 0; i < index && i < source.length; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: index - lastBreak };
}

/** js-yaml 的英文原因 → 用户能看懂的说明。 */
function explainYamlError(reason: string): ReturnType<typeof text> {
  if (reason.startsWith("duplicated mapping key"))
    return text(
      "同一层级出现了重复的字段名。YAML 中后一个会悄悄覆盖前一个，请删除或合并重复的字段。",
      "A field name appears twice at the same level; the second would silently override the first. Remove or merge the duplicate.",
    );
  if (reason.startsWith("unknown tag"))
    return text(
      `不支持 YAML 标签 ${reason.slice("unknown tag ".length)}。申请文件只能使用普通的字符串、数字、布尔值、列表和映射，请删除以 ! 开头的标签。`,
      `YAML tag ${reason.slice("unknown tag ".length)} is not supported. Application files use plain strings, numbers, booleans, lists and mappings: remove the tag starting with !.`,
    );
  if (reason.startsWith("unidentified alias"))
    return text(
      `引用了未定义的锚点 ${reason.slice("unidentified alias ".length)}。请先用 &名称 定义锚点，或直接写出内容。`,
      `Alias ${reason.slice("unidentified alias ".length)} refers to an anchor that is not defined. Define it with &name first, or write the content out.`,
    );
  if (reason.includes("bad indentation"))
    return text(
      "缩进不正确：同一层级的字段必须对齐，且只能用空格缩进（不能用 Tab）。请检查这一行与上一行的缩进。",
      "Bad indentation: fields of one level must line up, indented with spaces only (no tabs). Compare this line with the one above.",
    );
  if (reason.includes("tab character") || reason.includes("tabulation"))
    return text(
      "YAML 不允许用 Tab 缩进。请把 Tab 换成空格。",
      "YAML does not allow tabs for indentation. Replace the tab with spaces.",
    );
  return text(
    `YAML 语法错误：${reason}。请检查这一位置附近的冒号、引号、括号和缩进。`,
    `YAML syntax error: ${reason}. Check the colons, quotes, brackets and indentation around this place.`,
  );
}

/** 文件超过大小上限（读之前按 fstat 的大小判断时也用它）。 */
export function tooLargeProblem(file: string, size: number, maxBytes: number): Problem {
  return fileProblem(
    file,
    "load/too-large",
    text(
      `文件大小 ${formatBytes(size)}，超过上限 ${formatBytes(maxBytes)}。申请文件只放结构化内容；截图、架构图等附件请作为单独的文件放在系统目录的 attachments/ 下，在申请中写路径引用。`,
      `The file is ${formatBytes(size)}, over the limit of ${formatBytes(maxBytes)}. Keep only structured content in the application; put screenshots and diagrams as separate files under the system's attachments/ folder and reference their paths.`,
    ),
  );
}

/**
 * 解析一个 YAML 文件的字节。快速路径用 js-yaml（YAML 1.2 core schema，只是数字只认十进制，
 * 见 number-form.ts：日期保持字符串，重复键、多文档、自定义标签均报错），再遍历一次检查别名展开规模、
 * 嵌套深度、危险键名、数字写法与不可见字符。
 * 从不抛出：一切问题都作为 Problem 返回。
 */
export function parseYamlFile(
  file: string,
  bytes: Uint8Array,
  limits: ParseLimits = defaultLimits,
): ParseResult {
  if (bytes.length > limits.maxBytes)
    return { problems: [tooLargeProblem(file, bytes.length, limits.maxBytes)] };
  const decoded = decodeUtf8(file, bytes);
  if (decoded.problem) return { problems: [decoded.problem] };
  const source = decoded.source ?? "";

  let data: unknown;
  try {
    data = yaml.load(source, { schema: loadSchema, filename: file });
  } catch (error) {
    if (!(error instanceof yaml.YAMLException)) throw error;
    const reason = error.reason ?? error.message;
    if (reason.startsWith("expected a single document")) {
      const m = /^(---|\.\.\.)/m.exec(source.replace(/^---[^\n]*\n/, (s) => " ".repeat(s.length)));
      const { line, column } = lineColumnAt(source, m?.index ?? 0);
      return {
        source,
        problems: [
          fileProblem(
            file,
            "load/multiple-documents",
            text(
              "一个文件只能包含一个 YAML 文档，这里出现了第二个文档（--- 分隔）。一份申请一个文件：请把第二部分移到新文件中。",
              "A file holds exactly one YAML document; a second one starts here (---). One application per file: move the second part into a new file.",
            ),
            line,
            column,
          ),
        ],
      };
    }
    const line = (error.mark?.line ?? 0) + 1;
    const column = (error.mark?.column ?? 0) + 1;
    const rule = reason.startsWith("duplicated mapping key")
      ? "load/duplicate-key"
      : reason.startsWith("unknown tag")
        ? "load/custom-tag"
        : "load/syntax";
    return { source, problems: [fileProblem(file, rule, explainYamlError(reason), line, column)] };
  }

  if (data === undefined || data === null) {
    return {
      source,
      problems: [
        fileProblem(
          file,
          "load/empty",
          text(
            "文件是空的。请按模板填写，或删除这个文件。",
            "The file is empty. Fill it in from the template, or delete it.",
          ),
        ),
      ],
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
            "文件顶层必须是字段映射（如 kind: application），而不是列表或单个值。",
            "The top level must be a mapping of fields (like kind: application), not a list or a single value.",
          ),
        ),
      ],
    };
  }

  const problems = inspectTree(file, data, limits, mayHoldForbiddenCharacters(source));
  if (problems.some((p) => fatalRules.has(p.rule))) return { source, problems };
  return { data, source, problems };
}

function formatBytes(n: number): string {
  return n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1)} MiB` : `${Math.ceil(n / 1024)} KiB`;
}
