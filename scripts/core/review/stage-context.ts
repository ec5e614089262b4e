/**
 * 阶段机的第一步（gather）：从 StageInput 中取出各步共用的事实——今天（北京时间）、发起人、改动的单位、
 * 申请类型与引用条款时依据的类型、最早的有效期。只整理数据，不做判断。
 */
import { addMonths } from "../calendar/workdays.ts";
import type { ApplicationType, ReviewCitations } from "../catalog/types.ts";
import type { Citation } from "../finding.ts";
import { unitsOfFiles } from "./authorization.ts";
import { beijingDate } from "./clock.ts";
import { profileCitation, stageCitation } from "./config.ts";
import type { StageFlow } from "./flow.ts";
import type { StageId, StageInput } from "./types.ts";

/** 申请类型的先后：PR 含多份申请时，条款按排在最前的类型引用。 */
export const typeOrder: readonly ApplicationType[] = [
  "new",
  "change",
  "revoke",
  "ports",
  "test",
  "test-renewal",
];

export interface StageContext {
  input: StageInput;
  /** 今天（北京时间，YYYY-MM-DD） */
  today: string;
  /** 发起人的 GitHub 用户名（小写） */
  author: string;
  /** 改动的文件按单位目录分组 */
  byUnit: Map<string, string[]>;
  /** requests/ 以外的改动 */
  outside: string[];
  /** 本 PR 涉及的单位目录（排序） */
  unitDirs: string[];
  /** PR 改动的申请类型（按 typeOrder） */
  types: ApplicationType[];
  /** 条款按哪类申请引用：PR 通常只含一份申请；只改登记时按新增申请 */
  primary: ApplicationType;
  /** 最早到期的申请的有效期 */
  validUntil?: string;
  /** 本 PR 走的流程（profile 的 review.flows） */
  flow: StageFlow;
  /** 确认 PR：确认的种类（交付记录中 confirmation.kind）；申请 PR 为空 */
  confirmation?: { kind?: string };
}

export function stageContext(input: StageInput): StageContext {
  const { byUnit, outside } = unitsOfFiles(input.files);
  const types = typeOrder.filter((t) => input.applications.some((a) => a.type === t));
  const validUntil = input.review.applicationsExpire === false ? undefined : earliestValidUntil(input);
  const primary = types[0] ?? "new";
  const { flows } = input.review;
  const edits = input.deliveryEdits ?? [];
  const confirming = flows.confirmation !== undefined && input.applications.length === 0 && edits.length > 0;
  const kind = edits.find((e) => e.confirmation !== undefined)?.confirmation;
  return {
    input,
    today: beijingDate(input.now),
    author: input.pr.author.toLowerCase(),
    byUnit,
    outside,
    unitDirs: [...byUnit.keys()].sort(),
    types,
    primary,
    ...(validUntil ? { validUntil } : {}),
    flow: (confirming ? flows.confirmation : undefined) ?? flows.byType[primary] ?? flows.otherwise,
    ...(confirming ? { confirmation: kind !== undefined ? { kind } : {} } : {}),
  };
}

/** 一份申请的有效期（含当天）：申请日期加上 profile 的有效月数。 */
export function validUntilOf(input: Pick<StageInput, "profile">, date: string): string {
  return addMonths(date, input.profile.applicationValidityMonths);
}

function earliestValidUntil(input: StageInput): string | undefined {
  return input.applications
    .filter((a) => a.date !== undefined)
    .map((a) => validUntilOf(input, a.date as string))
    .sort()[0];
}

/**
 * 某阶段引用的条款：流程中声明了该阶段的条款就用它；确认 PR 用确认种类的条款；否则按 PR 的主要申请类型
 * 取服务目录 clocks 中的条款。
 */
export function citeStage(ctx: StageContext, stage: StageId): Citation | undefined {
  const declared = ctx.flow.steps.find((s) => s.id === stage)?.citation;
  if (declared) return profileCitation(ctx.input.profile, declared);
  const kinds = ctx.input.review.flows.confirmation?.kinds;
  const kind = ctx.confirmation?.kind;
  if (
    ctx.confirmation &&
    kinds &&
    kind !== undefined &&
    kinds[kind] &&
    stage !== "initiation" &&
    stage !== "returned"
  )
    return profileCitation(ctx.input.profile, kinds[kind].citation);
  return stageCitation(ctx.input.profile, ctx.primary, stage);
}

/** profile 中不属于某一阶段的条款（审批职责、授权等）。 */
export const citeReview = (ctx: StageContext, which: keyof ReviewCitations): Citation =>
  profileCitation(ctx.input.profile, ctx.input.profile.reviewCitations[which]);

/** 有条款时展开为 { citation }，没有时为空对象（理由中不写 citation 字段）。 */
export const withCitation = (citation: Citation | undefined): { citation?: Citation } =>
  citation ? { citation } : {};
