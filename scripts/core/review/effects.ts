/**
 * 由阶段结果推出要写回 GitHub 的东西（纯函数）：阶段标签的增删（只改差异、只碰自己管理的标签）、
 * 提交状态（固定名字，分支保护按名字要求它）。评论正文见 render.ts。
 */
import type { Lang } from "../text.ts";
import type { ReviewConfig } from "./config.ts";
import { type ReviewPart, roleName, stageName } from "./profile.ts";
import type { StageResult } from "./types.ts";

export interface LabelChanges {
  add: string[];
  remove: string[];
}

/** 机器人管理的全部标签：各阶段标签与超时标签。咨询评估标签由人加，不在其中。 */
export function managedLabels(config: ReviewConfig): Set<string> {
  return new Set([...Object.values(config.labels.stages), config.labels.late]);
}

export function desiredLabels(result: StageResult, config: ReviewConfig): string[] {
  if (!result.applies) return [];
  return [config.labels.stages[result.stage], ...(result.late ? [config.labels.late] : [])];
}

/** 现有标签 → 应有标签：只加缺的、只删多余的机器人标签。 */
export function labelChanges(
  current: readonly string[],
  result: StageResult,
  config: ReviewConfig,
): LabelChanges {
  const managed = managedLabels(config);
  const want = new Set(desiredLabels(result, config));
  const have = new Set(current);
  return {
    add: [...want].filter((l) => !have.has(l)),
    remove: current.filter((l) => managed.has(l) && !want.has(l)),
  };
}

export type CommitState = "success" | "pending" | "failure" | "error";

export interface CommitStatus {
  context: string;
  state: CommitState;
  /** 至多 140 个字符（GitHub 的限制） */
  description: string;
}

/** 提交状态：进入实施（已审批）才为成功，分支保护据此允许合并。阶段与角色的名称取自 `names`。 */
export function commitStatus(
  result: StageResult,
  config: ReviewConfig,
  names: ReviewPart,
  lang: Lang = "zh",
): CommitStatus {
  const context = config.status.context;
  const name = stageName(names, result.stage)[lang];
  const due = result.clock?.deadline
    ? lang === "zh"
      ? `，截止 ${result.clock.deadline}`
      : `, due ${result.clock.deadline}`
    : "";
  const waiting = result.waitingFor ? waitingNames(result.waitingFor, names, lang) : "";
  let state: CommitState;
  let description: string;
  if (!result.applies) {
    state = "success";
    description = lang === "zh" ? "不涉及申请文件，无需审批" : "No application files: no approval needed";
  } else if (result.stage === "implementation") {
    state = "success";
    description = lang === "zh" ? `已审批，进入实施${due}` : `Approved; implementation${due}`;
  } else if (afterApproval(result, names)) {
    state = "success";
    description =
      lang === "zh"
        ? `已批准，${name}${waiting ? `：等待${waiting}` : ""}${due}`
        : `Approved; ${name}${waiting ? `: waiting for ${waiting}` : ""}${due}`;
  } else if (result.stage === "returned" || result.stage === "expired" || result.stage === "closed") {
    state = "failure";
    description =
      lang === "zh"
        ? `${name}：等待${waiting || "发起人"}`
        : `${name}: waiting for ${waiting || "the author"}`;
  } else {
    state = "pending";
    description =
      lang === "zh"
        ? `${name}：等待${waiting}${due}${result.late ? "（已超时）" : ""}`
        : `${name}: waiting for ${waiting}${due}${result.late ? " (late)" : ""}`;
  }
  return { context, state, description: truncate(description, 140) };
}

/** 合并前的阶段已全部完成（办结，或处在某个流程合并后的阶段）。 */
function afterApproval(result: StageResult, names: ReviewPart): boolean {
  if (result.stage === "completed") return true;
  const { flows } = names;
  // 同一阶段在确认 PR 中在合并前、在申请 PR 中在合并后：按结果所属的流程判断
  const all = result.confirmation ? [flows.confirmation] : [flows.otherwise, ...Object.values(flows.byType)];
  return all.some((f) => f?.steps.some((s) => s.id === result.stage && s.phase === "after-merge"));
}

/** 在等的各方的称谓。 */
function waitingNames(w: NonNullable<StageResult["waitingFor"]>, names: ReviewPart, lang: Lang): string {
  return [w, ...(w.also ?? [])].map((x) => roleName(names, x.role)[lang]).join(lang === "zh" ? "、" : ", ");
}

const truncate = (s: string, n: number) => {
  const chars = [...s];
  return chars.length <= n ? s : `${chars.slice(0, n - 1).join("")}…`;
};
