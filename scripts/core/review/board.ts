/**
 * 状态看板的数据：每个打开的 PR 的阶段、等谁、工作日时限，逾期的在前。快照由 scripts/web/board.ts 写出，
 * 网站登录后在浏览器里用同样的函数重算（web/src/live-board.ts）。
 */
import { classify } from "../repository/layout.ts";
import type { StageResult } from "./types.ts";

/** 看板上的一个 PR。 */
export interface BoardPull {
  number: number;
  title: string;
  url: string;
  /** 改动的信息系统：单位/系统 */
  systems: string[];
  result: StageResult;
}

export interface BoardSnapshot {
  /** 快照的时间（阶段按它计算） */
  generatedAt: string;
  /** 规范（阶段与角色的名称取自它） */
  profile: string;
  pulls: BoardPull[];
}

/** 改动的文件 → 涉及的系统（单位/系统），排序去重。 */
export function systemsOf(files: readonly string[]): string[] {
  const out = new Set<string>();
  for (const file of files) {
    const place = classify(file);
    if ("system" in place && typeof place.system === "string") out.add(`${place.unit}/${place.system}`);
  }
  return [...out].sort();
}

/** 逾期的在前，其次截止日早的在前，没有时限的在后，最后按 PR 编号。 */
export function sortBoard(pulls: readonly BoardPull[]): BoardPull[] {
  const deadline = (p: BoardPull) => p.result.clock?.deadline ?? "9999-12-31";
  return [...pulls].sort(
    (a, b) =>
      Number(b.result.late) - Number(a.result.late) ||
      (deadline(a) < deadline(b) ? -1 : deadline(a) > deadline(b) ? 1 : 0) ||
      a.number - b.number,
  );
}

/** 只留适用审查流程的 PR（改动了 requests/），排好序。 */
export function boardSnapshot(
  generatedAt: string,
  profile: string,
  pulls: readonly BoardPull[],
): BoardSnapshot {
  return { generatedAt, profile, pulls: sortBoard(pulls.filter((p) => p.result.applies)) };
}
