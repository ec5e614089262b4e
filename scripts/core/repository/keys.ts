/**
 * 仓库里各 Map 的键。单独成一个小模块：规则、审计、表单只要键，不必把加载（及其并行加载）带进来。
 */

/** 系统的键 `单位/系统`（Repository 的 systems、applications、deliveries、headers 都用它）。 */
export const systemKey = (unit: string, system: string) => `${unit}/${system}`;
