import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { huaibeiApplication } from "./model.ts";

/**
 * 附件1 *系统上云类型 与 第15条：迁移上云的申请写明原系统（migration.oldSystem），割接上线后原系统至少保留
 * 3 个月作为应急回退；新建上云、机房托管没有原系统，不写 migration。
 */
export const onboardingMigration = defineRule({
  id: "onboarding-migration",
  title: text("迁移上云写明原系统", "A migration names the old system"),
  citation: cite("第15条"),
  appliesTo: ["new"],
  severity: "error",
  why: text(
    "迁移上云的信息系统割接上线后，原信息系统应至少保留3个月，作为应急回退措施（第15条）：申请须写明被迁移的原系统。",
    "After a migrated system cuts over, the old system is kept at least 3 months as a fallback (第15条): the application names the old system.",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "new") return [];
    const old = a.migration?.oldSystem;
    if (a.onboarding === "migrate" && (old === undefined || old.trim() === ""))
      return [
        {
          path: a.migration ? "/migration" : "/onboarding",
          message: text(
            "系统上云类型是迁移上云（onboarding: migrate），但没有写明原系统：请添加 migration.oldSystem（原系统名称与部署位置，如 原机房部署的智慧教育平台）。割接上线后原系统至少保留 3 个月，可在 migration.keepUntil 写明保留到哪一天。",
            "The onboarding is a migration (onboarding: migrate) but the old system is not named: add migration.oldSystem (its name and where it runs). The old system is kept at least 3 months after cut-over; migration.keepUntil may state until when.",
          ),
        },
      ];
    if (a.onboarding !== "migrate" && a.migration !== undefined)
      return [
        {
          path: "/migration",
          message: text(
            `系统上云类型是${a.onboarding === "hosting" ? "机房托管" : "新建上云"}（onboarding: ${a.onboarding}），没有原系统可迁移：请删除 migration；确实是把已建系统迁上云的，请把 onboarding 改为 migrate。`,
            `The onboarding is ${a.onboarding}, which migrates no old system: remove migration, or set onboarding to migrate if an existing system moves to the cloud.`,
          ),
        },
      ];
    return [];
  },
});
