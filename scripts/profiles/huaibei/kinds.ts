import type { ApplicationType } from "../../core/catalog/types.ts";
import type { KindInfo } from "../../core/profile.ts";
import { text } from "../../core/text.ts";

/**
 * 淮北的六种申请（引擎的 `type` → 淮北的叫法）：
 * 上云申请（附件1，机房托管为附件2）、变更申请（附件3，含第16条临时扩容）、退出申请（附件4）、
 * 临时资源申请（第18条）、延期申请（第16、18条）、高危端口备案（第14条）。
 */
export const huaibeiKinds: Readonly<Record<ApplicationType, KindInfo>> = {
  new: { name: text("上云申请", "cloud onboarding"), short: text("上云", "onboard") },
  change: { name: text("变更申请", "change"), short: text("变更", "change") },
  revoke: { name: text("退出申请", "exit"), short: text("退出", "exit") },
  ports: { name: text("高危端口备案", "high-risk port filing"), short: text("端口备案", "ports") },
  test: { name: text("临时资源申请", "temporary resources"), short: text("临时资源", "temporary") },
  "test-renewal": { name: text("延期申请", "extension"), short: text("延期", "extension") },
};
