/**
 * 官方表单的引擎部分：表单模型（纯数据）、生成表单的上下文与单元格帮助函数、渲染器（Markdown 与打印用 HTML）。
 * 哪份申请出哪些表、表上印的文字，都由 profile 的表单部分（FormsPart）给出，见 scripts/profiles/<id>/forms/。
 */
export type { AuthorizationContext, FormContext } from "./common.ts";
export type * from "./model.ts";
export type { FormsPart } from "./profile.ts";
export { type FormRenderer, type FormTemplates, formRenderer } from "./render.ts";
