/**
 * 深圳的官方表单：由申请（或单位登记）生成附件3、5、6、8 的表单模型；渲染由引擎做（scripts/core/forms/render.ts）。
 *
 * 哪份申请出哪些表：
 *   new           申请表（一、新增申请）+ 测算报告
 *   test          申请表（二、测试资源申请，新增测试资源）+ 测算报告（测试资源）
 *   test-renewal  申请表（二、测试资源申请，续期测试资源）
 *   change        申请表（三、变更申请）+ 变更测算报告（写了 estimate 时）
 *   revoke        申请表（四、撤销申请）
 *   ports         端口开放申请表（附件8）
 *   unit.yaml     每个授权代理人一份授权委托书（附件3）
 */
import type { FormContext } from "../../../core/forms/common.ts";
import type { FormDocument } from "../../../core/forms/model.ts";
import type { FormsPart } from "../../../core/forms/profile.ts";
import { applicationForm } from "./application.ts";
import { applicationAttachments, attachmentCitation } from "./attachments.ts";
import { authorizationForms } from "./authorization.ts";
import { estimateForm } from "./estimate.ts";
import { portsForm } from "./ports.ts";

export { authorizationForm, authorizationForms } from "./authorization.ts";

/** 一份申请对应的全部表单，按提交顺序（申请表在前，测算报告在后）。 */
export function applicationForms(ctx: FormContext): FormDocument[] {
  return [applicationForm(ctx), estimateForm(ctx), portsForm(ctx)].filter(
    (f): f is FormDocument => f !== undefined,
  );
}

/** 深圳 profile 的表单部分。 */
export const shenzhenForms: FormsPart = {
  forApplication: applicationForms,
  forUnit: authorizationForms,
  attachments: applicationAttachments,
  attachmentCitation,
};
