import type { Citation } from "../../../core/finding.ts";

/** 《淮北市市级政务云管理办法》的条款引用：`cite("第14条")`。 */
export const cite = (article: string, clause?: string): Citation => ({
  profile: "huaibei",
  article,
  ...(clause !== undefined ? { clause } : {}),
});
