/**
 * Profile 的阶段机部分：阶段与角色在这个规范里的名称（阶段机的说明、PR 评论、提交状态、审计都用它们）。
 * 各阶段的时限与条款、批准权与授权的条款、受理机构的名称是数据，在服务目录 catalog/<id>/profile.yaml 的
 * clocks、reviewCitations 与 reviewAuthority 中。
 */
import type { Text } from "../text.ts";
import type { Role } from "./config.ts";
import type { StageId } from "./types.ts";

export interface ReviewPart {
  /** 阶段的正式名称，如 发起、审查、审批、实施 */
  stageNames: Readonly<Record<StageId, Text>>;
  /** 发起人与各角色的称谓，如 审查人员、提供商实施工程师 */
  roleNames: Readonly<Record<Role | "author", Text>>;
}
