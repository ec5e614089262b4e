import type { Citation } from "../finding.ts";
import type { Application } from "../model.ts";
import type { AttachmentRef } from "./attachments.ts";
import type { AuthorizationContext, FormContext } from "./common.ts";
import type { FormDocument } from "./model.ts";

/** Profile 的表单部分：一份申请、一份单位登记各出哪些官方表单（模型；渲染由引擎做）。 */
export interface FormsPart {
  /** 一份申请对应的全部表单，按提交顺序 */
  forApplication(ctx: FormContext): FormDocument[];
  /** 单位登记对应的表单（如每个代理人一份授权委托书）；agent 只要这位代理人（GitHub 账号）的 */
  forUnit(ctx: AuthorizationContext, agent?: string): FormDocument[];
  /** 申请中引用的附件（架构图、截图……，路径相对于系统目录）：校验检查它们在且可读，表单嵌入图片 */
  attachments(application: Application): readonly AttachmentRef[];
  /** 规定提交这些材料的条款：缺失或读不了的附件的发现引用它 */
  attachmentCitation: Citation;
}
