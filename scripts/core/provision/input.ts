import type { Catalog } from "../catalog/types.ts";
import type { Repository } from "../repository/load.ts";
import type { SystemHistory } from "../state/fold.ts";
import { desiredSystem, type ProvisionInput } from "./desired.ts";
import type { ProvisionPart } from "./profile.ts";
import type { DesiredSystem } from "./types.ts";

const optionalPart = (provision: ProvisionPart | undefined) => (provision ? { provision } : {});

/**
 * 从一次加载（load.ts 的 loadRepositoryState：repo 与 histories，不运行规则）得到每个系统的期望状态输入。纯函数：不读盘。
 * 只有加载、schema 问题算“本系统的文件坏了”；业务规则的发现（已合并的申请照样生效）不阻止发放。
 * `provisionOf` 给出系统所属 profile 的发放部分（没有时用引擎的默认）。
 */
export function provisionInputs(
  repo: Repository,
  histories: ReadonlyMap<string, SystemHistory>,
  catalogs: (profile: string) => Catalog | undefined,
  provisionOf: (profile: string) => ProvisionPart | undefined = () => undefined,
): ProvisionInput[] {
  const out: ProvisionInput[] = [];
  for (const [key, system] of [...repo.systems].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [unit, name] = key.split("/") as [string, string];
    const catalog = catalogs(system.data.profile);
    const history = histories.get(key);
    if (!catalog || !history) continue;
    const prefix = `requests/${key}/`;
    const broken = [
      ...new Set(
        repo.problems
          .filter(
            (p) => p.severity === "error" && p.file.startsWith(prefix) && !p.file.includes("/attachments/"),
          )
          .map((p) => p.file),
      ),
    ].sort();
    out.push({
      unit,
      system: name,
      registration: system.data,
      applications: repo.applications.get(key) ?? [],
      deliveries: repo.deliveries.get(key) ?? [],
      current: history.current,
      catalog,
      ...(broken.length > 0 ? { broken } : {}),
      ...optionalPart(provisionOf(system.data.profile)),
    });
  }
  return out;
}

/** 全部系统（或 `单位/系统` 中的若干个）的期望状态。 */
export function desiredSystems(
  inputs: readonly ProvisionInput[],
  only?: ReadonlySet<string>,
): DesiredSystem[] {
  return inputs.filter((i) => !only || only.has(`${i.unit}/${i.system}`)).map(desiredSystem);
}
