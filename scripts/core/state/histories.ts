import type { Repository } from "../repository/load.ts";
import { foldSystem, type SystemHistory } from "./fold.ts";

/**
 * 仓库状态（系统状态的全部历史）：每个已加载的系统折叠一次，按 `单位/系统` 索引。
 * 规则、发放（期望状态）与审计共用；它只读已加载的文件，不运行任何规则。
 */
export function buildHistories(repo: Repository): Map<string, SystemHistory> {
  const histories = new Map<string, SystemHistory>();
  for (const key of repo.systems.keys())
    histories.set(key, foldSystem(repo.applications.get(key) ?? [], repo.deliveries.get(key) ?? []));
  return histories;
}
