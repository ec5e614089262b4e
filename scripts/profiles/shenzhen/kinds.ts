import type { ApplicationType } from "../../core/catalog/types.ts";
import type { KindInfo } from "../../core/profile.ts";
import { text } from "../../core/text.ts";

/** 深圳的六种申请（附件5 申请表的四部分与附件8 端口开放申请表）。 */
export const shenzhenKinds: Readonly<Record<ApplicationType, KindInfo>> = {
  new: { name: text("新增申请", "new resources"), short: text("新增", "new") },
  change: { name: text("变更申请", "change"), short: text("变更", "change") },
  revoke: { name: text("撤销申请", "revocation"), short: text("撤销", "revoke") },
  ports: { name: text("端口开放申请", "port opening"), short: text("端口开放", "ports") },
  test: { name: text("测试资源申请", "test resources"), short: text("测试资源", "test") },
  "test-renewal": { name: text("测试资源续期", "test renewal"), short: text("测试资源续期", "renewal") },
};
