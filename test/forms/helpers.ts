import { diskFs } from "../../scripts/adapters/disk-fs.ts";
import { formsForFile } from "../../scripts/adapters/repository.ts";
import type { NamedForm } from "../../scripts/core/forms/source.ts";
import { memoryFs, walk } from "../../scripts/core/repository/fs.ts";
import { classify } from "../../scripts/core/repository/layout.ts";
import { exampleFiles, examplesRoot, TODAY } from "../helpers/repo.ts";

/** 仓库自带示例中所有能生成表单的文件：每份申请和每个 unit.yaml。 */
export function exampleSources(): string[] {
  return walk(diskFs(examplesRoot), "requests").filter((f) => {
    const kind = classify(f).kind;
    return kind === "application" || kind === "unit";
  });
}

/** 示例文件的表单；生成不了时抛出（示例必须都能生成）。 */
export function exampleForms(file: string): NamedForm[] {
  const r = formsForFile(diskFs(examplesRoot), file, { today: TODAY });
  if (!r.ok) throw new Error(`${file} 生成不了表单：${JSON.stringify(r)}`);
  return r.forms;
}

/** 在示例仓库的副本中替换若干文件后生成表单（内存中，不写盘）。 */
export function formsWith(overrides: Record<string, string>, file: string): NamedForm[] {
  const r = formsForFile(memoryFs(exampleFiles(overrides)), file, { today: TODAY });
  if (!r.ok) throw new Error(`${file} 生成不了表单：${JSON.stringify(r)}`);
  return r.forms;
}

export const NEW = "requests/sz-edu/student-registry/0001-new.yaml";

/** 用户文本中的 Markdown、HTML 与脚本：在每种格式中都必须显示为文字。 */
export const PAYLOAD = "<script>alert(1)</script> **bold** | pipe";

/** 把示例新增申请的第一项资源的用途、备注与测算报告的系统描述换成恶意文本。 */
export function hostileNew(): string {
  const source = exampleFiles()[NEW];
  const text = typeof source === "string" ? source : new TextDecoder().decode(source);
  const purpose = /^ {4}purpose: .*$/m;
  if (!purpose.test(text)) throw new Error("示例新增申请中找不到 purpose");
  return text
    .replace(
      purpose,
      [
        `    purpose: ${JSON.stringify(PAYLOAD)}`,
        `    remark: ${JSON.stringify("第一行\n# 不是标题 [链接](https://example.invalid) `代码` $x$ :smile: @someone &amp; <img src=x onerror=alert(2)>")}`,
      ].join("\n"),
    )
    .replace(
      /^ {2}description: .*$/m,
      `  description: ${JSON.stringify("# 不是标题\n- 不是列表\n1. 不是编号\n        不是代码块\n<b>不是粗体</b> ***也不是*** ~~删除~~ | 竖线")}`,
    );
}
