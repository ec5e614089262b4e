/**
 * 漂移报告（`govcloud drift --format json` 的输出，流水线的制品）的形态核对：漂移 issue 的渲染
 * （drafts/drift-issues.ts）与漂移修复的起草（drafts/drift-drafts.ts）共用这一处，不各写一份。
 * 报告是从磁盘读进来的：形态不对的一项说清位置（JSON 指针）与缺了什么，不猜、不崩溃。
 */

import { type Text, text } from "../text.ts";
import type { StackDriftJson } from "./drift-issues.ts";

/** 报告中形态不对的一处：JSON 指针（如 /stacks/0/resources/1/differences）与说明。 */
export interface DriftReportProblem {
  pointer: string;
  problem: Text;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

const statuses = new Set(["changed", "replaced", "missing-in-cloud", "not-in-repository"]);
const kinds = new Set(["add", "delete", "update"]);

const want = (pointer: string, zh: string, en: string): DriftReportProblem => ({
  pointer,
  problem: text(`应为${zh}`, `must be ${en}`),
});

function differenceProblems(p: unknown, at: string): DriftReportProblem[] {
  if (!isObject(p)) return [want(at, "对象", "an object")];
  const out: DriftReportProblem[] = [];
  if (typeof p.property !== "string") out.push(want(`${at}/property`, "字符串", "a string"));
  if (!kinds.has(p.kind as string))
    out.push(want(`${at}/kind`, " add、delete 或 update", "add, delete or update"));
  if (typeof p.replace !== "boolean") out.push(want(`${at}/replace`, "true 或 false", "true or false"));
  if (p.label !== undefined && typeof p.label !== "string")
    out.push(want(`${at}/label`, "字符串", "a string"));
  return out;
}

/** 一个资源的漂移（stacks[].resources[] 的一项）形态不对的各处；空表示可以用。 */
export function resourceDriftProblems(d: unknown, at = ""): DriftReportProblem[] {
  if (!isObject(d)) return [want(at || "/", "对象", "an object")];
  const out: DriftReportProblem[] = [];
  for (const k of ["urn", "type", "name"] as const)
    if (typeof d[k] !== "string") out.push(want(`${at}/${k}`, "字符串", "a string"));
  for (const k of ["kind", "resource"] as const)
    if (d[k] !== undefined && typeof d[k] !== "string") out.push(want(`${at}/${k}`, "字符串", "a string"));
  if (!statuses.has(d.status as string))
    out.push(
      want(
        `${at}/status`,
        " changed、replaced、missing-in-cloud 或 not-in-repository",
        "changed, replaced, missing-in-cloud or not-in-repository",
      ),
    );
  for (const k of ["pending", "protected"] as const)
    if (typeof d[k] !== "boolean") out.push(want(`${at}/${k}`, "true 或 false", "true or false"));
  if (!Array.isArray(d.differences)) out.push(want(`${at}/differences`, "数组", "an array"));
  else
    for (const [i, p] of d.differences.entries())
      out.push(...differenceProblems(p, `${at}/differences/${i}`));
  return out;
}

/** 一个 stack（stacks[] 的一项）形态不对的各处；空表示可以用。 */
export function stackDriftProblems(s: unknown, at = ""): DriftReportProblem[] {
  if (!isObject(s)) return [want(at || "/", "对象", "an object")];
  const out: DriftReportProblem[] = [];
  if (typeof s.stack !== "string") out.push(want(`${at}/stack`, "字符串", "a string"));
  for (const k of ["unit", "system"] as const)
    if (s[k] !== undefined && typeof s[k] !== "string") out.push(want(`${at}/${k}`, "字符串", "a string"));
  if (typeof s.drifted !== "boolean") out.push(want(`${at}/drifted`, "true 或 false", "true or false"));
  if (!Array.isArray(s.errors) || !s.errors.every((e) => typeof e === "string"))
    out.push(want(`${at}/errors`, "字符串的数组", "an array of strings"));
  if (!Array.isArray(s.resources)) out.push(want(`${at}/resources`, "数组", "an array"));
  else
    for (const [i, d] of s.resources.entries()) out.push(...resourceDriftProblems(d, `${at}/resources/${i}`));
  return out;
}

/**
 * 一份漂移报告 → 形态完好的 stack 与形态不对的各处。一个 stack 中有一处不对，整个 stack 不用
 * （当作这次没有检查到：它的 issue 与草稿 PR 保持原状），其他 stack 照常。
 * 不是漂移报告（不是对象、没有 stacks 数组）时 stacks 为空、problems 指向根。
 */
export function parseDriftReport(data: unknown): {
  stacks: StackDriftJson[];
  problems: DriftReportProblem[];
} {
  if (!isObject(data) || !Array.isArray(data.stacks))
    return {
      stacks: [],
      problems: [
        {
          pointer: "/stacks",
          problem: text(
            "没有 stacks 数组：这不是 govcloud drift --format json 的报告",
            "no stacks array: this is not a govcloud drift --format json report",
          ),
        },
      ],
    };
  const stacks: StackDriftJson[] = [];
  const problems: DriftReportProblem[] = [];
  data.stacks.forEach((s, i) => {
    const found = stackDriftProblems(s, `/stacks/${i}`);
    if (found.length === 0) stacks.push(s as StackDriftJson);
    else problems.push(...found);
  });
  return { stacks, problems };
}
