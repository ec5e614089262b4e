/**
 * 起草的 PR 的主题（subject）：夜间审计的发现中带草稿（draft）的，每个主题一个草稿 PR，放在机器人自己的分支
 * `govcloud-bot/<检查>/<单位>/<系统>` 上。纯函数：输入是审计 JSON 报告中的发现（一种语言的文字），输出主题。
 *
 * 同一检查、同一系统的发现共用一份草稿时（如一个系统的几项逾期测试资源起草为一份撤销申请）合为一个主题；
 * 同一系统有几份不同的草稿时（如两台低负载主机各一份变更申请），每份草稿一个主题，分支名多一段资源标识。
 */
import { createHash } from "node:crypto";

/** 机器人的分支前缀：只有这个前缀下、带隐藏标记的 PR 是审计的草稿 PR。 */
export const botBranchPrefix = "govcloud-bot/";

/** 审计 JSON 报告（govcloud audit --format json）中的一条发现：文字已是所选的语言。 */
export interface ReportFinding {
  key: string;
  check: string;
  unit: string;
  unitName?: string;
  system?: string;
  systemName?: string;
  resource?: string;
  title: string;
  message: string;
  action: string;
  citationText?: string;
  params?: Record<string, string | number | boolean>;
  draft?: { type: string; file: string; yaml: string; confirm: string[] };
}

/** 一个草稿 PR 的主题。 */
export interface DraftSubject {
  /** 稳定键，如 test-expired/sz-edu-exam/exam-registration */
  key: string;
  /** 机器人的分支：govcloud-bot/<key> */
  branch: string;
  check: string;
  unit: string;
  unitName?: string;
  system: string;
  systemName?: string;
  /** 草稿放在仓库中的位置（requests/<单位>/<系统>/<序号>-<种类>.yaml） */
  file: string;
  type: string;
  yaml: string;
  /** 草稿实质内容的摘要：日期行（date、shutdown.date、noticeDate）不算，逐日重算的日期不会每晚改写分支 */
  digest: string;
  /** 证据：这个主题的发现 */
  findings: ReportFinding[];
  /** 提交前须由使用单位确认的事项 */
  confirm: string[];
}

/** 分支名与键的一段：小写字母、数字、连字符（单位、系统目录名与检查标识本来就是这样）。 */
const segment = /^[a-z0-9][a-z0-9._-]{0,99}$/;
/** 草稿的位置：requests/ 下的 YAML 文件，路径中没有 .. */
const draftPath = /^requests\/[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*\/[0-9]{4}-[a-z-]+\.yaml$/;

const datedLine = /^\s*(?:date|noticeDate):\s*\d{4}-\d{2}-\d{2}\s*$/;

/** 草稿实质内容的摘要（sha256 前 16 位）：位置与内容，日期行除外。 */
export function draftDigest(file: string, yaml: string): string {
  const body = yaml
    .split("\n")
    .filter((l) => !datedLine.test(l))
    .join("\n");
  return createHash("sha256").update(`${file}\n${body}`).digest("hex").slice(0, 16);
}

/** 一条发现能不能成为草稿 PR：有草稿，单位、系统、检查、位置都合规。 */
function usable(
  f: ReportFinding,
): f is ReportFinding & { system: string; draft: NonNullable<ReportFinding["draft"]> } {
  return (
    f.draft !== undefined &&
    typeof f.draft.yaml === "string" &&
    typeof f.draft.file === "string" &&
    draftPath.test(f.draft.file) &&
    !f.draft.file.includes("..") &&
    typeof f.system === "string" &&
    [f.check, f.unit, f.system].every((s) => typeof s === "string" && segment.test(s))
  );
}

/** 报告的发现 → 草稿 PR 的主题，按键排序。 */
export function draftSubjects(findings: readonly ReportFinding[]): DraftSubject[] {
  const groups = new Map<
    string,
    (ReportFinding & { system: string; draft: NonNullable<ReportFinding["draft"]> })[]
  >();
  for (const f of findings) {
    if (!usable(f)) continue;
    const key = `${f.check}/${f.unit}/${f.system}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: DraftSubject[] = [];
  for (const [base, list] of groups) {
    const byDraft = new Map<string, typeof list>();
    for (const f of list) byDraft.set(f.draft.yaml, [...(byDraft.get(f.draft.yaml) ?? []), f]);
    for (const same of byDraft.values()) {
      const first = same[0] as (typeof list)[number];
      const resource = first.resource && segment.test(first.resource) ? first.resource : undefined;
      // 一个系统几份不同的草稿：键多一段资源标识（没有合规的资源标识时用草稿摘要）
      const key =
        byDraft.size === 1 ? base : `${base}/${resource ?? draftDigest(first.draft.file, first.draft.yaml)}`;
      out.push({
        key,
        branch: `${botBranchPrefix}${key}`,
        check: first.check,
        unit: first.unit,
        ...(first.unitName ? { unitName: first.unitName } : {}),
        system: first.system,
        ...(first.systemName ? { systemName: first.systemName } : {}),
        file: first.draft.file,
        type: first.draft.type,
        yaml: first.draft.yaml.endsWith("\n") ? first.draft.yaml : `${first.draft.yaml}\n`,
        digest: draftDigest(first.draft.file, first.draft.yaml),
        findings: same,
        confirm: first.draft.confirm.filter((c) => typeof c === "string"),
      });
    }
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
