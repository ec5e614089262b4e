/**
 * 淮北的官方表单（《淮北市市级政务云管理办法》附件1–7）：由申请、单位与系统登记、申请之前的系统状态
 * 与交付记录中的三方确认生成表单模型；渲染由引擎做（scripts/core/forms/render.ts）。
 *
 * 哪份申请出哪些表（按提交顺序；确认单在交付记录写上 confirmation 之后才有）：
 *   new（新建上云、迁移上云）  附件1 需求申请表          + 附件5 开通确认单
 *   new（机房托管 hosting）    附件2 需求申请表（托管）  + 附件5 开通确认单
 *   test（临时资源，第18条）   附件1 需求申请表（☑临时运行 N 个月） + 附件5 开通确认单
 *   change                     附件3 变更申请表          + 附件6 变更确认单
 *   revoke                     附件4 退出申请表          + 附件7 退出确认单
 *   test-renewal、ports        办法没有附表：不出表单（延期与高危端口备案以公函、备案材料为准）
 *   unit.yaml                  没有表单（淮北没有授权委托书）
 */
import type { Citation } from "../../../core/finding.ts";
import type { AttachmentRef } from "../../../core/forms/attachments.ts";
import type { FormContext } from "../../../core/forms/common.ts";
import type { FormDocument } from "../../../core/forms/model.ts";
import type { FormsPart } from "../../../core/forms/profile.ts";
import { pointer } from "../../../core/load/problem.ts";
import type { Application } from "../../../core/model.ts";
import { changeConfirmationForm, changeForm } from "./change.ts";
import { exitConfirmationForm, exitForm } from "./exit.ts";
import { hostingForm } from "./hosting.ts";
import { openingForm } from "./opening.ts";
import { requestForm } from "./request.ts";
import { huaibeiView } from "./types.ts";

/** 申请表（附件1–4）。 */
function applicationForm(ctx: FormContext): FormDocument | undefined {
  const app = huaibeiView.application(ctx.application);
  switch (app.type) {
    case "new":
      return app.onboarding === "hosting" ? hostingForm(ctx) : requestForm(ctx);
    case "test":
      return requestForm(ctx);
    case "change":
      return changeForm(ctx);
    case "revoke":
      return exitForm(ctx);
    default:
      return undefined;
  }
}

/** 确认单（附件5–7）：交付记录中有对应的三方确认时。 */
function confirmationForm(ctx: FormContext): FormDocument | undefined {
  switch (ctx.application.type) {
    case "new":
    case "test":
      return openingForm(ctx);
    case "change":
      return changeConfirmationForm(ctx);
    case "revoke":
      return exitConfirmationForm(ctx);
    default:
      return undefined;
  }
}

/** 一份申请对应的全部表单：申请表在前，确认单在后。 */
export function applicationForms(ctx: FormContext): FormDocument[] {
  return [applicationForm(ctx), confirmationForm(ctx)].filter((f): f is FormDocument => f !== undefined);
}

/** 第12条：申请以公函提出；第13条：新建或改扩建附批复的建设方案或可研报告。 */
export const attachmentCitation: Citation = { profile: "huaibei", article: "第12条" };

/** 申请引用的附件：公函、建设依据、attachments（路径相对于系统目录）。 */
export function applicationAttachments(application: Application): AttachmentRef[] {
  const app = huaibeiView.application(application);
  const out: AttachmentRef[] = [];
  if (typeof app.letter?.file === "string")
    out.push({ pointer: pointer("letter", "file"), path: app.letter.file });
  if (typeof app.basis?.file === "string")
    out.push({ pointer: pointer("basis", "file"), path: app.basis.file });
  (app.attachments ?? []).forEach((path, i) => {
    if (typeof path === "string") out.push({ pointer: pointer("attachments", i), path });
  });
  return out;
}

/** 淮北 profile 的表单部分。 */
export const forms: FormsPart = {
  forApplication: applicationForms,
  forUnit: () => [],
  attachments: applicationAttachments,
  attachmentCitation,
};

export const huaibeiForms = forms;
