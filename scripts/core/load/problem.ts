import type { Citation, Severity } from "../finding.ts";
import type { Text } from "../text.ts";

/**
 * 尚未定位、尚未选定语言的发现。核心各处产生它；渲染阶段再补行列号并选择语言，
 * 这样源码位置只在确有发现的文件上计算（见 positions.ts）。
 */
export interface Problem {
  rule: string;
  severity: Severity;
  message: Text;
  /** 仓库内相对路径 */
  file: string;
  /** JSON Pointer；文件级问题为空串 */
  path: string;
  /** 指向键本身而不是值（未知字段、禁止的键名） */
  atKey?: boolean;
  /** 已知的位置（如语法错误），1 起始 */
  line?: number;
  column?: number;
  citation?: Citation;
}

/** JSON Pointer 的一段转义（RFC 6901）。 */
export const escapePointer = (segment: string | number): string =>
  String(segment).replace(/~/g, "~0").replace(/\//g, "~1");

export const pointer = (...segments: (string | number)[]): string =>
  segments.length === 0 ? "" : `/${segments.map(escapePointer).join("/")}`;

export function parsePointer(p: string): string[] {
  if (p === "") return [];
  return p
    .slice(1)
    .split("/")
    .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** 整个文件的问题（默认在第 1 行第 1 列）。 */
export const fileProblem = (file: string, rule: string, message: Text, line = 1, column = 1): Problem => ({
  rule,
  severity: "error",
  message,
  file,
  path: "",
  line,
  column,
});
