/**
 * 外部工具（pulumi、promtool、prometheus、jq）：运行前先在 PATH 上找它，找不到时告诉用户装什么、怎么装
 * （对应的安装脚本），而不是让子进程报 “spawn pulumi ENOENT”。
 */
import { accessSync, constants, statSync } from "node:fs";
import { delimiter, join } from "node:path";
import { type Text, text } from "../core/text.ts";

/** PATH 上的可执行文件；找不到时 undefined。 */
export function findOnPath(
  name: string,
  env: Record<string, string | undefined> = process.env,
): string | undefined {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (dir === "") continue;
    const path = join(dir, name);
    try {
      if (!statSync(path).isFile()) continue;
      accessSync(path, constants.X_OK);
      return path;
    } catch {}
  }
  return undefined;
}

/** 每个外部工具怎么装。 */
export const toolSetup = {
  pulumi: text(
    '运行 PATH="$(bash scripts/setup/pulumi.sh | tail -n1):$PATH" 构建 Pulumi CLI 并放进 PATH（见 docs/engineering.md）',
    'run PATH="$(bash scripts/setup/pulumi.sh | tail -n1):$PATH" to build the Pulumi CLI and put it on PATH (see docs/engineering.md)',
  ),
  promtool: text(
    "运行 bash scripts/setup/prometheus.sh（安装 Debian 的 prometheus 包，含 promtool）",
    "run bash scripts/setup/prometheus.sh (installs Debian's prometheus package, with promtool)",
  ),
  prometheus: text(
    "运行 bash scripts/setup/prometheus.sh（安装 Debian 的 prometheus 包）",
    "run bash scripts/setup/prometheus.sh (installs Debian's prometheus package)",
  ),
} satisfies Record<string, Text>;

export type Tool = keyof typeof toolSetup;

/** 找不到工具时给用户的一句话（做什么要它、怎么装）。 */
export function missingTool(tool: Tool, purpose: Text): Text {
  return text(
    `找不到 ${tool}（PATH 上没有）：${purpose.zh}需要它。请${toolSetup[tool].zh}，再运行一次。`,
    `${tool} was not found on PATH: ${purpose.en} needs it. Please ${toolSetup[tool].en}, then run again.`,
  );
}
