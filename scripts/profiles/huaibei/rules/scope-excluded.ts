import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { huaibeiSystem } from "./model.ts";

/**
 * 第3–5条：政务云服务于等保三级及以下的非涉密政务信息系统；涉密或等保四级（含）以上的系统不在服务范围，
 * 不能申请上云（也不能申请临时资源或变更）。系统的等保级别与涉密在 system.yaml 中。
 */
export const scopeExcluded = defineRule({
  id: "scope-excluded",
  title: text(
    "涉密或等保四级（含）以上的系统不能使用政务云",
    "Classified systems and systems of protection level 4 or above cannot use the cloud",
  ),
  citation: cite("第5条"),
  appliesTo: ["new", "test", "change"],
  severity: "error",
  why: text(
    "政务云为市级等保三级及以下非涉密政务信息系统提供服务（第3条）；涉密或网络安全等级保护四级（含）以上信息系统除外（第4条、第5条）。",
    "The cloud serves non-classified systems of protection level 3 or below (第3条); classified systems and those of level 4 or above are excluded (第4条, 第5条).",
  ),
  check(ctx) {
    const system = huaibeiSystem(ctx);
    const out: RuleFinding[] = [];
    const level = Number(system.protectionLevel);
    if (Number.isInteger(level) && level >= 4)
      out.push({
        path: "/system",
        citation: cite("第4条"),
        message: text(
          `系统“${system.name}”的等级保护级别是 ${level} 级（system.yaml 的 protectionLevel）：等保四级（含）以上的信息系统不依托政务云建设，不能申请政务云资源。等保级别写错的，请改正 system.yaml 的 protectionLevel（1、2、3 或 ungraded）；确为四级以上的，请撤回这份申请。`,
          `The system “${system.name}” has protection level ${level} (protectionLevel in system.yaml): systems of level 4 or above are not built on the cloud and cannot apply. If the level is wrong, correct protectionLevel in system.yaml (1, 2, 3 or ungraded); otherwise withdraw this application.`,
        ),
      });
    if (system.classified === true)
      out.push({
        path: "/system",
        citation: cite("第5条"),
        message: text(
          `系统“${system.name}”标为涉密（system.yaml 的 classified: true）：涉密信息系统不在政务云的服务范围内，不能申请政务云资源。标错的，请把 classified 改为 false；确为涉密系统的，请撤回这份申请。`,
          `The system “${system.name}” is marked classified (classified: true in system.yaml): classified systems are outside the cloud's scope and cannot apply. If this is wrong, set classified to false; otherwise withdraw this application.`,
        ),
      });
    return out;
  },
});
