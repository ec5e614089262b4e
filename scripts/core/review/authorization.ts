/**
 * 授权（附件3《深圳市政务云服务申请授权委托书》、第17条）与回避：
 * - 发起人须持有所改动的每个单位的有效授权：列在该单位 unit.yaml 的 agents 中（github 与之相同），
 *   validFrom ≤ 今天 ≤ validTo，且未注销（revokedOn 为空或晚于今天）；
 * - 授权范围为“主管单位及本单位”（supervisor-and-own）的代理人，还可以改动主管单位的文件；
 * - 除此以外只能改动本单位的文件；
 * - 回避：列为某单位授权代理人（含已过期、已注销的），或为其系统负责人、技术负责人的人，
 *   视为该单位人员，不能审查、评估或审批该单位的申请。
 */
import { type Citation, formatCitation } from "../finding.ts";
import { classify } from "../repository/layout.ts";
import { type Text, text } from "../text.ts";
import type { AgentRecord, ChangedFile, Reason, UnitRecord } from "./types.ts";

/** 用户名比较不分大小写（GitHub 如此）。 */
export const sameLogin = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** 每个改动的文件属于哪个单位（requests/<单位>/…）；改名时新旧路径都算。不在 requests/ 下的返回 undefined。 */
export function unitsOfFiles(files: readonly ChangedFile[]): {
  byUnit: Map<string, string[]>;
  outside: string[];
} {
  const byUnit = new Map<string, string[]>();
  const outside: string[] = [];
  for (const f of files) {
    for (const path of f.previousPath && f.previousPath !== f.path ? [f.previousPath, f.path] : [f.path]) {
      const unit = unitOf(path);
      if (unit === undefined) {
        outside.push(path);
        continue;
      }
      const list = byUnit.get(unit) ?? [];
      list.push(path);
      byUnit.set(unit, list);
    }
  }
  return { byUnit, outside };
}

/** requests/ 下文件所属的单位目录；附件等非 YAML 文件也按目录归属。 */
function unitOf(path: string): string | undefined {
  const parts = path.split("/");
  if (parts[0] !== "requests" || parts.length < 3) return undefined;
  const place = classify(path);
  if (
    place.kind === "unit" ||
    place.kind === "system" ||
    place.kind === "application" ||
    place.kind === "delivery"
  )
    return place.unit;
  return parts[1];
}

type AgentStatus =
  | { ok: true; agent: AgentRecord }
  | {
      ok: false;
      code:
        | "unauthorized"
        | "authorization-expired"
        | "authorization-not-yet-valid"
        | "authorization-revoked";
      agent?: AgentRecord;
    };

/** 某人在某单位登记中的授权状态（今天，YYYY-MM-DD）。 */
export function agentStatus(unit: UnitRecord, login: string, today: string): AgentStatus {
  const entries = unit.agents.filter((a) => sameLogin(a.github, login));
  if (entries.length === 0) return { ok: false, code: "unauthorized" };
  const valid = entries.find(
    (a) => a.validFrom <= today && today <= a.validTo && (a.revokedOn === undefined || a.revokedOn > today),
  );
  if (valid) return { ok: true, agent: valid };
  const agent = entries[entries.length - 1] as AgentRecord;
  if (agent.revokedOn !== undefined && agent.revokedOn <= today)
    return { ok: false, code: "authorization-revoked", agent };
  if (today < agent.validFrom) return { ok: false, code: "authorization-not-yet-valid", agent };
  return { ok: false, code: "authorization-expired", agent };
}

/**
 * 核对发起人对改动的每个单位的授权。units 为基础分支上的登记；proposed 为 PR 新登记的单位。
 * citation 为授权的条款、letter 为授权文件的条款、document 为授权文件的名称（如 授权委托书、公函），都来自 profile。
 * 返回阻止流程的原因（空表示授权齐全）及给审查人员的提示。
 */
export function checkAuthorization(options: {
  citation: Citation;
  letter: Citation;
  document: Text;
  author: string;
  today: string;
  touched: ReadonlyMap<string, readonly string[]>;
  units: ReadonlyMap<string, UnitRecord>;
  proposed?: ReadonlyMap<string, UnitRecord>;
}): Reason[] {
  const { author, today, touched, units, citation } = options;
  const letter = formatCitation(options.letter);
  const doc = options.document;
  const reasons: Reason[] = [];
  /** 发起人在哪些单位有有效授权（用于区分“未获授权”与“改了别的单位”） */
  const ownUnits = [...units].filter(([, u]) => agentStatus(u, author, today).ok).map(([name]) => name);

  for (const [unitDir, files] of touched) {
    const registered = units.get(unitDir);
    const proposed = registered ? undefined : options.proposed?.get(unitDir);
    const record = registered ?? proposed;
    const sample = files[0] ?? `requests/${unitDir}/`;
    if (!record) {
      reasons.push({
        code: "unit-unregistered",
        blocking: true,
        citation,
        message: text(
          `单位目录 requests/${unitDir}/ 没有已合并的单位登记（unit.yaml），无法核对 @${author} 的授权。请先提交单位登记及${doc.zh}（${letter}）。`,
          `requests/${unitDir}/ has no merged unit registration (unit.yaml), so @${author}'s authorization cannot be checked. Register the unit with its ${doc.en} (${letter}) first.`,
        ),
      });
      continue;
    }
    if (proposed)
      reasons.push({
        code: "unit-proposed",
        blocking: false,
        citation,
        message: text(
          `单位 ${record.name}（requests/${unitDir}/）是本 PR 新登记的：授权按 PR 中的 unit.yaml 核对，审查人员须核对${doc.zh}扫描件（${letter}）与单位公章。`,
          `The unit ${record.name} (requests/${unitDir}/) is registered by this PR: the authorization is checked against the PR's unit.yaml; reviewers must check the scanned ${doc.en} (${letter}) and the unit's seal.`,
        ),
      });

    const direct = agentStatus(record, author, today);
    if (direct.ok) continue;
    // 下属单位的代理人，授权范围为“主管单位及本单位”时，可办理主管单位的申请
    const viaSubordinate = [...units].find(
      ([, u]) =>
        u.supervisor === unitDir &&
        (() => {
          const s = agentStatus(u, author, today);
          return s.ok && s.agent.scope === "supervisor-and-own";
        })(),
    );
    if (viaSubordinate) continue;

    const unitName = `${record.name}（requests/${unitDir}/）`;
    const what = describe(direct, author, unitName, citation);
    if (direct.code === "unauthorized" && ownUnits.length > 0) {
      reasons.push({
        code: "other-unit",
        blocking: true,
        citation,
        message: text(
          `@${author} 是 ${ownUnits.map((u) => units.get(u)?.name ?? u).join("、")} 的授权代理人，只能改动本单位${scopeNote(units, ownUnits, author, today)}的文件，却改动了 ${unitName} 的 ${files.join("、")}。请把这些改动移出本 PR，由该单位的授权代理人提交。`,
          `@${author} is an authorized agent of ${ownUnits.join(", ")} and may only change that unit's files, but changed ${files.join(", ")} of ${unitDir}. Move these changes out of this pull request; an agent of that unit must submit them.`,
        ),
      });
      continue;
    }
    reasons.push({
      code: direct.code,
      blocking: true,
      citation,
      message: text(
        `${what.zh}改动了 ${sample}${files.length > 1 ? ` 等 ${files.length} 个文件` : ""}。申请须由持有有效${doc.zh}（${letter}）的代理人提交：请该单位在 unit.yaml 的 agents 中登记（或续期）授权，合并后再提交。`,
        `${what.en} but changed ${sample}${files.length > 1 ? ` and ${files.length - 1} more` : ""}. Applications must come from an agent with a valid ${doc.en} (${letter}): the unit must register (or renew) the agent in unit.yaml first.`,
      ),
    });
  }
  return reasons;
}

function scopeNote(
  units: ReadonlyMap<string, UnitRecord>,
  own: string[],
  author: string,
  today: string,
): string {
  const supervisors = own
    .map((u) => units.get(u))
    .filter((u): u is UnitRecord => u !== undefined)
    .filter((u) => {
      const s = agentStatus(u, author, today);
      return s.ok && s.agent.scope === "supervisor-and-own" && u.supervisor !== undefined;
    });
  return supervisors.length > 0 ? "及其主管单位" : "";
}

function describe(
  status: Exclude<AgentStatus, { ok: true }>,
  author: string,
  unitName: string,
  citation: Citation,
): Text {
  const a = status.agent;
  switch (status.code) {
    case "unauthorized":
      return text(
        `@${author} 不是 ${unitName} 的授权代理人，`,
        `@${author} is not an authorized agent of ${unitName},`,
      );
    case "authorization-expired":
      return text(
        `@${author} 对 ${unitName} 的授权已于 ${a?.validTo} 到期，`,
        `@${author}'s authorization for ${unitName} expired on ${a?.validTo},`,
      );
    case "authorization-not-yet-valid":
      return text(
        `@${author} 对 ${unitName} 的授权自 ${a?.validFrom} 起才生效，`,
        `@${author}'s authorization for ${unitName} only starts on ${a?.validFrom},`,
      );
    case "authorization-revoked":
      return text(
        `@${author} 对 ${unitName} 的授权已于 ${a?.revokedOn} 注销（${formatCitation(citation)}：授权人员变动时注销），`,
        `@${author}'s authorization for ${unitName} was revoked on ${a?.revokedOn},`,
      );
  }
}

/** 回避：某人是否属于这些单位（授权代理人或系统联系人）。返回所属单位目录名。 */
export function memberOf(
  login: string,
  unitDirs: Iterable<string>,
  units: ReadonlyMap<string, UnitRecord>,
  proposed?: ReadonlyMap<string, UnitRecord>,
): string | undefined {
  for (const dir of unitDirs) {
    for (const record of [units.get(dir), proposed?.get(dir)]) {
      if (!record) continue;
      if (record.agents.some((a) => sameLogin(a.github, login))) return dir;
      if (record.contacts.some((c) => sameLogin(c, login))) return dir;
    }
  }
  return undefined;
}
