import type { RepoFs } from "../repository/fs.ts";
import { defaultCatalogs, validate } from "../validate.ts";
import { desiredSystem } from "./desired.ts";
import { provisionInputs } from "./input.ts";
import type { DesiredSystem } from "./types.ts";

/**
 * 读整个仓库（一次加载、一次折叠），得到全部系统的期望状态。规则的发现不影响期望状态（已合并的申请照样生效），
 * 只有加载与 schema 错误会让该系统被拒绝发放。`today` 只供规则使用，期望状态与日期无关。
 */
export function loadDesiredSystems(fs: RepoFs, today: string): DesiredSystem[] {
  const { repo, histories } = validate({ fs, scope: { kind: "all" }, lang: "zh", today });
  return provisionInputs(repo, histories, defaultCatalogs).map(desiredSystem);
}

/** 一个系统的期望状态；仓库里没有这个系统时为 undefined。 */
export function loadDesiredSystem(
  fs: RepoFs,
  today: string,
  unit: string,
  system: string,
): DesiredSystem | undefined {
  return loadDesiredSystems(fs, today).find((d) => d.unit === unit && d.system === system);
}
