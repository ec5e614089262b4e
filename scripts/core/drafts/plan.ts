/**
 * 草稿 PR 的同步计划：期望的主题（subjects.ts）+ 仓库中已有的 PR → 要做的事。纯函数，由适配器
 * （scripts/adapters/github-drafts.ts）执行。与 issue 的同步（audit/issues.ts）同一个思路：
 *
 * - 只认机器人自己建的、分支在 govcloud-bot/ 下、正文带标记的 PR（来自 fork 的一概不认）；
 * - 主题仍在：没有 PR 就推送分支、建草稿 PR、请授权代理人审查；草稿的实质内容变了就强推分支并改正文；
 *   只是证据变了就只改正文；分支上有别人的提交（PR 的 head 不是标记里机器人推送的提交）就不再改写分支；
 * - 主题的 PR 被人关闭（未合并）：不再新建（人工决定不处理）；刚合并的（30 天内）：等实施，不再新建；
 * - 主题不在了：本次运行了它的检查、且不是无法判定的，评论后关闭 PR，删除机器人的分支（分支上有别人的提交时保留）；
 * - 同一主题有多个打开的 PR：保留编号最小的，其余以重复关闭；
 * - 一次最多新建 maxCreate 个，其余留到之后的夜里。
 */
import type { Lang } from "../text.ts";
import { parseDraftMarker } from "./body.ts";
import { botBranchPrefix, type DraftSubject } from "./subjects.ts";

/** 仓库中已有的一个 PR（列表接口的字段）。 */
export interface ExistingPull {
  number: number;
  state: "open" | "closed";
  /** 合并的时间（ISO 8601）；未合并为 null */
  mergedAt: string | null;
  headRef: string;
  headSha: string;
  /** head 分支在本仓库（不是 fork） */
  sameRepo: boolean;
  body: string;
  title: string;
  author: { login: string; type: string };
}

export type DraftAction =
  | { kind: "create"; subject: DraftSubject }
  /** push：强推分支（草稿变了）；否则只改正文与标题（分支上有别人的提交时 push 总是 false） */
  | { kind: "update"; subject: DraftSubject; number: number; push: boolean; commit: string }
  | { kind: "close"; key: string; number: number; branch?: string; comment: string }
  | { kind: "unchanged"; key: string; number: number }
  /** 主题的 PR 被人关闭（未合并）或刚合并：不再新建 */
  | { kind: "suppressed"; key: string; number: number; why: "closed" | "merged" }
  | { kind: "deferred"; key: string };

export interface DraftPlanOptions {
  /** 本次审计运行了的检查（报告的 checked） */
  checked: readonly string[];
  /** 本次无法判定的发现键（报告的 undetermined） */
  undetermined: readonly string[];
  maxCreate: number;
  isOwn: (pull: ExistingPull) => boolean;
  /** 正文（同一提交下）：与已有的比较，决定要不要改 */
  body: (subject: DraftSubject, commit: string) => string;
  title: (subject: DraftSubject) => string;
  lang: Lang;
  today: string;
}

const daysBetween = (from: string, to: string) =>
  Math.floor(
    (Date.parse(`${to.slice(0, 10)}T00:00:00Z`) - Date.parse(`${from.slice(0, 10)}T00:00:00Z`)) / 86_400_000,
  );

/** 合并后这么多天内不再为同一主题新建（等它实施）。 */
export const mergedQuietDays = 30;

/** 主题的键覆盖了发现的键（同检查、同单位、同系统；多份草稿时还有同一资源）。 */
const covers = (subjectKey: string, findingKey: string) =>
  findingKey === subjectKey ||
  findingKey.startsWith(`${subjectKey}/`) ||
  subjectKey.startsWith(`${findingKey}/`);

export function planDraftSync(
  desired: readonly DraftSubject[],
  existing: readonly ExistingPull[],
  options: DraftPlanOptions,
): DraftAction[] {
  const zh = options.lang === "zh";
  const byKey = new Map<string, { pull: ExistingPull; commit: string; digest: string }[]>();
  for (const pull of existing) {
    if (!pull.sameRepo || !pull.headRef.startsWith(botBranchPrefix) || !options.isOwn(pull)) continue;
    const marker = parseDraftMarker(pull.body);
    if (!marker || pull.headRef !== `${botBranchPrefix}${marker.key}`) continue;
    byKey.set(marker.key, [...(byKey.get(marker.key) ?? []), { pull, ...marker }]);
  }
  const actions: DraftAction[] = [];
  const primary = new Map<string, { pull: ExistingPull; commit: string; digest: string }>();
  for (const [key, list] of byKey) {
    const open = list.filter((x) => x.pull.state === "open").sort((a, b) => a.pull.number - b.pull.number);
    if (open[0]) primary.set(key, open[0]);
    for (const dup of open.slice(1))
      actions.push({
        kind: "close",
        key,
        number: dup.pull.number,
        comment: zh ? `与 #${open[0]?.pull.number} 重复，关闭。` : `Duplicate of #${open[0]?.pull.number}.`,
      });
  }
  let created = 0;
  const wanted = new Set<string>();
  for (const subject of desired) {
    wanted.add(subject.key);
    const current = primary.get(subject.key);
    if (!current) {
      const closed = (byKey.get(subject.key) ?? []).map((x) => x.pull);
      const merged = closed.find(
        (p) => p.mergedAt !== null && daysBetween(p.mergedAt, options.today) <= mergedQuietDays,
      );
      const dismissed = closed.find((p) => p.mergedAt === null);
      if (merged || dismissed) {
        const p = (merged ?? dismissed) as ExistingPull;
        actions.push({
          kind: "suppressed",
          key: subject.key,
          number: p.number,
          why: merged ? "merged" : "closed",
        });
        continue;
      }
      if (created >= options.maxCreate) {
        actions.push({ kind: "deferred", key: subject.key });
        continue;
      }
      created++;
      actions.push({ kind: "create", subject });
      continue;
    }
    const ours = current.pull.headSha === current.commit;
    const push = ours && current.digest !== subject.digest;
    const body = options.body(subject, current.commit);
    const changed =
      push || body.trim() !== current.pull.body.trim() || options.title(subject) !== current.pull.title;
    actions.push(
      changed
        ? { kind: "update", subject, number: current.pull.number, push, commit: current.commit }
        : { kind: "unchanged", key: subject.key, number: current.pull.number },
    );
  }
  const checked = new Set(options.checked);
  for (const [key, { pull, commit }] of primary) {
    if (wanted.has(key)) continue;
    const check = key.split("/")[0] as string;
    if (!checked.has(check) || options.undetermined.some((k) => covers(key, k))) continue;
    actions.push({
      kind: "close",
      key,
      number: pull.number,
      ...(pull.headSha === commit ? { branch: pull.headRef } : {}),
      comment: zh
        ? `夜间审计 ${options.today} 没有再发现这个问题（或已有别的申请处理它），关闭这个草稿。`
        : `The nightly audit of ${options.today} no longer finds this problem (or another application handles it): closing this draft.`,
    });
  }
  return actions;
}
