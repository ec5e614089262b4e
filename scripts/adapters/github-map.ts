/** GitHub 的数据形状 → 阶段机的输入：纯函数，在核心里（scripts/core/review/github-map.ts；网站的看板也用）。 */
export * from "../core/review/github-map.ts";
