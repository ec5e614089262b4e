/**
 * Profile 的阶段机部分：走哪些阶段（flows，见 flow.ts）、阶段与角色在这个规范里的名称（阶段机的说明、PR 评论、
 * 提交状态、审计都用它们）。各阶段的时限与条款、批准权与授权的条款、受理机构的名称是数据，在服务目录
 * catalog/<id>/profile.yaml 的 clocks、reviewCitations 与 reviewAuthority 中；阶段声明也可以直接写出条款。
 */
import { type Text, text } from "../text.ts";
import type { Role } from "./config.ts";
import type { FlowDeclaration, StepRole } from "./flow.ts";
import type { CoreStageId, StageId } from "./types.ts";

export interface ReviewPart {
  /** 各类 PR 走的阶段 */
  flows: FlowDeclaration;
  /** 阶段的正式名称，如 发起、审查、审批、实施；流程用到的其他阶段也须命名 */
  stageNames: Readonly<Record<CoreStageId, Text>> & Readonly<Partial<Record<StageId, Text>>>;
  /** 发起人与各角色的称谓，如 审查人员、提供商实施工程师；流程用到申请单位时也须命名 unit */
  roleNames: Readonly<Record<Role | "author", Text>> & { readonly unit?: Text };
  /** 授权代理人的文件的名称，如 授权委托书、公函（授权的提示里用）；缺省为 授权文件 */
  authorizationDocument?: Text;
  /** system.yaml 中指明提供商的字段（如 carrier）：实施工程师按系统的提供商选（配置 roles.implementers.providers） */
  providerField?: string;
  /** 为 false 时申请没有有效期（规范没有规定），不会过期 */
  applicationsExpire?: boolean;
}

/** 阶段的名称；profile 没有命名的阶段给出标识本身。 */
export const stageName = (names: Pick<ReviewPart, "stageNames">, stage: StageId): Text =>
  names.stageNames[stage] ?? text(stage, stage);

/** 角色的称谓；profile 没有命名的给出标识本身。 */
export const roleName = (names: Pick<ReviewPart, "roleNames">, role: StepRole | "author"): Text =>
  (role === "unit" ? names.roleNames.unit : names.roleNames[role]) ?? text(role, role);
