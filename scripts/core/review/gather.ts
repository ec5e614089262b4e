/**
 * 阶段机的输入从 GitHub 怎样读出：一个 PR 的数据、角色团队的成员、校验检查、改动的申请文件在最新提交中的文本。
 * 只经过 StageReader 这个小接口：命令行用 Octokit 实现它（scripts/adapters/github.ts），
 * 网站的状态看板在浏览器里用 fetch 实现它（登录后实时刷新）。本文件没有 I/O。
 */
import { classify } from "../repository/layout.ts";
import type { ReviewConfig } from "./config.ts";
import { applicationInfo, deliveryEditInfo, proposedUnitRecords } from "./registry.ts";
import type {
  ApplicationInfo,
  ChangedFile,
  Commit,
  DeliveryEdit,
  PullRequestInfo,
  Review,
  StageInput,
  Validation,
} from "./types.ts";

/** 申请仓库中的一个 PR 的全部原始数据（已映射为阶段机的形状）。 */
export interface PullRequestData {
  pr: PullRequestInfo;
  labels: string[];
  files: ChangedFile[];
  commits: Commit[];
  reviews: Review[];
}

/** 阶段机要读的 GitHub 数据（GitHubClient 中只读的部分；浏览器里的看板用 fetch 实现它）。 */
export interface StageReader {
  readPullRequest(number: number): Promise<PullRequestData>;
  teamMembers(team: string): Promise<string[]>;
  validation(sha: string, checkName: string): Promise<Validation>;
  /** 某提交中文件的文本；文件不存在时为 undefined */
  fileText(path: string, sha: string): Promise<string | undefined>;
}

/** 阶段机要的 GitHub 数据：PR、团队成员、校验结果、改动的申请文件内容。 */
export interface GatheredStage extends PullRequestData {
  teams: Map<string, Set<string>>;
  validation: Validation;
  /** 改动（未删除）的 requests/ 下 YAML 文件在最新提交中的文本 */
  sources: Map<string, string>;
}

export async function gatherStage(
  client: StageReader,
  number: number,
  config: ReviewConfig,
  wantSource: (path: string) => boolean,
): Promise<GatheredStage> {
  const data = await client.readPullRequest(number);
  // 角色的团队，以及按提供商另列的团队
  const teamNames = [
    ...new Set(
      Object.values(config.roles).flatMap((r) => [
        ...r.teams,
        ...Object.values(r.providers ?? {}).flatMap((p) => p.teams),
      ]),
    ),
  ];
  const [members, validation, texts] = await Promise.all([
    Promise.all(teamNames.map(async (t) => [t, new Set(await client.teamMembers(t))] as const)),
    client.validation(data.pr.headSha, config.validation.check),
    Promise.all(
      data.files
        .filter((f) => f.status !== "removed" && wantSource(f.path))
        .map(async (f) => [f.path, await client.fileText(f.path, data.pr.headSha)] as const),
    ),
  ]);
  const sources = new Map<string, string>();
  for (const [path, source] of texts) if (source !== undefined) sources.set(path, source);
  return { ...data, teams: new Map(members), validation, sources };
}

/**
 * 要读最新提交中内容的文件：申请（类型、日期、关机日期）、单位登记（新登记的单位）与交付记录（确认的种类）。
 */
export const wantsSource = (path: string): boolean => {
  const kind = classify(path).kind;
  return kind === "application" || kind === "unit" || kind === "delivery";
};

/**
 * 阶段机输入中不来自 PR 的部分：流程配置、时限、日历、现在，与基础分支上的单位登记、系统（提供商与交付记录）。
 */
export type StageContext = Pick<StageInput, "config" | "profile" | "review" | "calendar" | "now" | "units"> &
  Partial<Pick<StageInput, "systems">>;

/**
 * 一个 PR 的数据（GitHub 读的，或离线文件给的）→ 阶段机的输入：申请的类型与日期、PR 中新登记的单位
 * 都从最新提交中的文本（sources）读出。govcloud stage 与 govcloud audit 共用。
 */
export function stageInput(pull: GatheredStage, context: StageContext): StageInput {
  return {
    ...context,
    pr: pull.pr,
    files: pull.files,
    commits: pull.commits,
    reviews: pull.reviews,
    labels: pull.labels,
    teams: pull.teams,
    proposedUnits: proposedUnitRecords(pull.sources, context.units),
    applications: pull.files
      .filter((f) => f.status !== "removed")
      .map((f) => applicationInfo(f.path, pull.sources.get(f.path)))
      .filter((a): a is ApplicationInfo => a !== undefined),
    ...deliveryEdits(pull),
    validation: pull.validation,
  };
}

/** PR 中改动的交付记录（没有时不写这一项）。 */
function deliveryEdits(pull: GatheredStage): { deliveryEdits?: DeliveryEdit[] } {
  const edits = pull.files
    .filter((f) => f.status !== "removed")
    .map((f) => deliveryEditInfo(f.path, pull.sources.get(f.path)))
    .filter((e): e is DeliveryEdit => e !== undefined);
  return edits.length > 0 ? { deliveryEdits: edits } : {};
}
