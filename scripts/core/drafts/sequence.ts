/**
 * 草稿的申请序号：每份草稿起草时取主分支上本系统的下一个序号，同一夜同一系统的几份草稿（低负载缩容、
 * 逾期撤销、漂移修复……）因此会取同一个。这里按稳定的顺序给它们各一个不同的序号：
 * 机器人已打开的其他草稿 PR（同一系统、别的主题）占着的序号先让出去，本次的几份按主题的键排序依次往后取。
 * 一份草稿自己的 PR 占着的序号仍归它，所以序号一旦分出，之后每晚不变。纯函数。
 */
import { type DraftSubject, draftDigest } from "./subjects.ts";

/** 草稿的位置 requests/<单位>/<系统>/<序号>-<种类>.yaml 拆开。 */
const draftFileParts = /^(requests\/[^/]+\/[^/]+\/)(\d{4})-([a-z-]+\.yaml)$/;

/** 草稿文件名中的序号与所在系统目录；不是草稿的位置时 undefined。 */
export function draftSequence(file: string): { systemDir: string; sequence: number } | undefined {
  const m = draftFileParts.exec(file);
  return m ? { systemDir: m[1] as string, sequence: Number(m[2]) } : undefined;
}

/** 机器人已打开的一个草稿 PR：主题的键与它的草稿文件。 */
export interface HeldDraft {
  key: string;
  file: string;
}

/** 改一份草稿的序号：文件名、`sequence:` 行、提交前确认事项中写的序号，摘要随之重算。 */
function renumber(subject: DraftSubject, sequence: number): DraftSubject {
  const file = subject.file.replace(draftFileParts, (_, dir: string, __: string, rest: string) => {
    return `${dir}${String(sequence).padStart(4, "0")}-${rest}`;
  });
  const yaml = subject.yaml.replace(/^sequence:[ \t]*\d+[ \t]*$/m, `sequence: ${sequence}`);
  return {
    ...subject,
    file,
    yaml,
    digest: draftDigest(file, yaml),
    confirm: subject.confirm.map((c) => c.replace(/^(序号|Sequence) \d+(?=\s)/, `$1 ${sequence}`)),
  };
}

/**
 * 同一系统的几份草稿各取一个不同的序号（主题按键排序，依次取起草的序号起第一个没被占用的）；
 * held 是机器人已打开的草稿 PR，别的主题的 PR 占着的序号不再用。没有冲突的草稿原样返回。
 */
export function numberDrafts(subjects: readonly DraftSubject[], held: readonly HeldDraft[]): DraftSubject[] {
  const taken = new Map<string, Set<number>>();
  const sorted = [...subjects].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return sorted.map((subject) => {
    const own = draftSequence(subject.file);
    if (!own) return subject;
    const used = taken.get(own.systemDir) ?? new Set<number>();
    taken.set(own.systemDir, used);
    const others = new Set(
      held
        .filter((h) => h.key !== subject.key)
        .map((h) => draftSequence(h.file))
        .filter((h) => h?.systemDir === own.systemDir)
        .map((h) => h?.sequence),
    );
    let sequence = own.sequence;
    while (used.has(sequence) || others.has(sequence)) sequence += 1;
    used.add(sequence);
    return sequence === own.sequence ? subject : renumber(subject, sequence);
  });
}
