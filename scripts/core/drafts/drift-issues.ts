/**
 * 漂移的 issue：每个系统一个（键 `drift/<单位>/<系统>`），内容是 govcloud drift 的报告；漂移消失后关闭。
 * 同步的规则与审计的 issue 相同（audit/issues.ts 的 planIssueSync）：这里只把漂移报告变成期望的 issue，
 * 并算出哪些系统这次没有检查到（漂移作业失败、preview 出错）——它们的旧 issue 保持原状，不当作已解决。
 */
import { issueMarker } from "../audit/issues.ts";
import { inlineText } from "../markup.ts";
import { renderDriftMarkdown, type StackDrift } from "../provision/drift.ts";
import type { Lang } from "../text.ts";
import { stackDriftProblems } from "./drift-report.ts";

export const driftCheck = "drift";

/** govcloud drift --format json 的输出中的一个 stack（标签已是所选的语言）。 */
export type StackDriftJson = Omit<StackDrift, "resources"> & {
  resources: (Omit<StackDrift["resources"][number], "differences"> & {
    differences: (Omit<StackDrift["resources"][number]["differences"][number], "label"> & {
      label?: string;
    })[];
  })[];
};

export const driftKey = (unit: string, system: string): string => `${driftCheck}/${unit}/${system}`;

/** JSON 中的一个 stack 还原为报告（标签两种语言相同）。 */
function fromJson(s: StackDriftJson): StackDrift {
  return {
    ...s,
    resources: s.resources.map((r) => ({
      ...r,
      differences: r.differences.map(({ label, ...d }) => ({
        ...d,
        ...(label !== undefined ? { label: { zh: label, en: label } } : {}),
      })),
    })),
  };
}

export interface DriftIssue {
  key: string;
  check: string;
  title: string;
  body: string;
  labels: string[];
}

/**
 * 漂移报告 → 期望的 issue（有漂移的系统）与这次确实检查到的键（没有出错的 stack）。
 * 不知道属于哪个单位、系统的 stack 不建 issue。
 */
export function driftIssues(
  stacks: readonly StackDriftJson[],
  settings: { label: string; driftLabel: string },
  lang: Lang,
  /** 按键：漂移修复的草稿 PR 起草了没有、为什么没有（drift-drafts.ts） */
  notes: ReadonlyMap<string, readonly string[]> = new Map(),
): { desired: DriftIssue[]; checked: string[] } {
  const zh = lang === "zh";
  const desired: DriftIssue[] = [];
  const checked: string[] = [];
  for (const s of stacks) {
    // 形态不对的 stack（drift-report.ts）当作没有检查到：旧 issue 保持原状
    if (stackDriftProblems(s).length > 0 || !s.unit || !s.system) continue;
    const key = driftKey(s.unit, s.system);
    if (s.errors.length > 0) continue;
    checked.push(key);
    if (!s.drifted) continue;
    const report = fromJson(s);
    desired.push({
      key,
      check: driftCheck,
      title: `[${zh ? "漂移" : "drift"}] ${s.unit}/${s.system}：${zh ? `${s.resources.length} 个资源与仓库不一致` : `${s.resources.length} resource(s) differ from the repository`}`,
      body: [
        issueMarker(key),
        renderDriftMarkdown([report], lang).replace(
          /^## .*\n/,
          `## ${zh ? "漂移" : "Drift"}：${inlineText(`${s.unit}/${s.system}`)}\n`,
        ),
        "",
        zh
          ? "云上的实际状态与仓库推出的期望状态不同：或者有人在云上直接改了资源（须改回，或补交变更申请让仓库记录它），或者是合并后尚未发放的改动（待发放）。"
          : "The cloud differs from the state the repository implies: either someone changed the resource in the cloud (revert it, or file a change application so the repository records it), or a merged change is not provisioned yet (pending).",
        "",
        ...(notes.get(key) ?? []).flatMap((line, i, all) => (i === all.length - 1 ? [line, ""] : [line])),
        "---",
        zh
          ? "_由每晚的漂移检查（`govcloud drafts --drift`）维护：每晚按最新的 preview 更新，一致后自动关闭。_"
          : "_Maintained by the nightly drift check (`govcloud drafts --drift`): updated every night, closed once the cloud matches._",
        "",
      ].join("\n"),
      labels: [settings.label, settings.driftLabel],
    });
  }
  return { desired, checked };
}
