import { readFileSync } from "node:fs";
import { diskFs, memoryFs, type RepoFs, walk } from "../../scripts/core/repository/fs.ts";
import type { Scope } from "../../scripts/core/repository/load.ts";
import { validate } from "../../scripts/core/validate.ts";

/** 测试中的“今天” */
export const TODAY = "2026-11-25";

export const repoRoot = new URL("../..", import.meta.url).pathname;

/** 仓库自带的示例（requests/ 下全部文件）的副本，可按需覆盖或添加文件。 */
export function exampleFiles(
  overrides: Record<string, string | Uint8Array | null> = {},
): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (const f of walk(diskFs(repoRoot), "requests")) files[f] = readFileSync(`${repoRoot}/${f}`);
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null) delete files[k];
    else files[k] = v;
  }
  return files;
}

export function exampleText(path: string): string {
  return readFileSync(`${repoRoot}/${path}`, "utf8");
}

export function run(
  files: Record<string, string | Uint8Array>,
  scope: Scope = { kind: "all" },
  lang: "zh" | "en" = "zh",
) {
  const fs: RepoFs = memoryFs(files);
  return validate({ fs, scope, lang, today: TODAY }).findings;
}
