import { readFileSync } from "node:fs";
import type { FormDocument } from "../core/forms/model.ts";
import {
  type FormRenderer,
  type FormTemplates,
  formRenderer,
  formTemplateFiles,
} from "../core/forms/render.ts";

/** 仓库自带的表单模板目录（scripts/core/forms/templates/）。 */
const templateDir = new URL("../core/forms/templates/", import.meta.url);

/** 读出全部表单模板。 */
export function readFormTemplates(): FormTemplates {
  return Object.fromEntries(
    formTemplateFiles.map((name) => [name, readFileSync(new URL(name, templateDir), "utf8")]),
  ) as FormTemplates;
}

let bundled: FormRenderer | undefined;
/** 用仓库自带模板的渲染器（模板只读一次）。 */
export const bundledRenderer = (): FormRenderer => {
  bundled ??= formRenderer(readFormTemplates());
  return bundled;
};

/** Markdown：给拉取请求评论用（仓库自带模板）。 */
export const renderMarkdown = (docs: FormDocument | readonly FormDocument[]): string =>
  bundledRenderer().markdown(docs);

/** HTML：一份表单一个完整的 A4 文档（仓库自带模板）。 */
export const renderHtml = (doc: FormDocument): string => bundledRenderer().html(doc);
