import { text } from "../../../core/text.ts";
import { shenzhenParams } from "../catalog.ts";
import { annex, defineRule } from "./define.ts";

/**
 * 附件5 二、测试资源申请：云环境（二选一）国产环境（ARM）或非国产环境（X86）。测试资源用于本系统的
 * 适配、测试与联调（第45条），通常与系统登记的云环境相同；不同时多半是填错，但为迁移到另一种环境做
 * “系统适配”也是第45条允许的用途，所以是警告，由审核人确认。
 */
export const testEnvironmentMatches = defineRule({
  id: "test-environment-matches",
  title: text("测试资源的云环境与系统的云环境一致", "Test resources use the system's cloud environment"),
  citation: annex("附件5"),
  appliesTo: ["test"],
  severity: "warning",
  why: text(
    "测试资源申请表须选择云环境：国产环境（ARM）或非国产环境（X86），二选一（附件5 二）；测试资源用于系统适配、系统测试、联调测试（第45条）。",
    "The test-resource form chooses the cloud environment, ARM or x86 (附件5 part 2); test resources serve the system's adaptation, testing and integration (第45条).",
  ),
  check(ctx) {
    const a = ctx.application;
    if (a.type !== "test") return [];
    const wanted = a.test.environment;
    const system = ctx.system.environment;
    if (wanted === undefined || wanted === system) return [];
    const label = (id: string) =>
      shenzhenParams(ctx.catalog).environments.find((e) => e.id === id)?.label ?? id;
    return [
      {
        path: "/test/environment",
        message: text(
          `测试资源的云环境为${label(wanted)}（${wanted}），而系统登记的云环境是${label(system)}（${system}，见 system.yaml）。若是填错，请把 test.environment 改为 ${system}，或删去这一项（即取系统的云环境）；若确是为迁移到${label(wanted)}做适配测试（第45条），审核人请核对 estimate.description 中的说明。`,
          `The test resources ask for ${wanted}, but the system is registered on ${system} (system.yaml). If this is a mistake, change test.environment to ${system} or remove it (the system's environment applies); if the tests are for adapting the system to ${wanted} (第45条), the reviewer checks the explanation in estimate.description.`,
        ),
      },
    ];
  },
});
