import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { holdsData } from "./data.ts";
import { cite, defineRule } from "./define.ts";
import { huaibeiApplication } from "./model.ts";
import { resourcesBefore } from "./state.ts";

/**
 * 第17条：退出时云服务商配合使用单位完成数据备份、数据清理和云资源回收。退出的每项承载数据的资源
 * （云主机、裸金属、对象存储、数据库、备份、GPU、托管设备）写明数据已备份（backed-up）或无需备份（not-needed）。
 */
export const exitDataBackup = defineRule({
  id: "exit-data-backup",
  title: text(
    "退出的承载数据的资源写明已备份或无需备份",
    "Each revoked resource holding data states backed-up or not-needed",
  ),
  citation: cite("第17条"),
  appliesTo: ["revoke"],
  severity: "error",
  why: text(
    "经市政务云主管部门审批后，云服务商配合使用单位完成数据备份、数据清理和云资源回收等工作。云服务商不能以任何手段进行数据恢复（第17条）：删除之后数据无法找回。",
    "After approval the carrier helps the unit back up and clear the data and reclaims the resources; the carrier cannot restore data by any means (第17条): once deleted, data is gone.",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "revoke" || !ctx.historyComplete) return [];
    const current = new Map(resourcesBefore(ctx).map((r) => [r.id, r]));
    const out: RuleFinding[] = [];
    for (const [i, rv] of a.revocations.entries()) {
      const r = current.get(rv.resource);
      if (!r || !holdsData(ctx.catalog, r.service)) continue;
      if (rv.dataBackup === "backed-up" || rv.dataBackup === "not-needed") continue;
      out.push({
        path: rv.dataBackup === undefined ? `/revocations/${i}` : `/revocations/${i}/dataBackup`,
        message: text(
          `${rv.resource}（${r.service}）承载数据，退出后数据会被清除且无法恢复：请写明 dataBackup: backed-up（已完成迁移备份）或 not-needed（无需备份，在 remark 中说明原因）${rv.dataBackup === "no-data" ? "，不能写 no-data" : ""}。`,
          `${rv.resource} (${r.service}) holds data, which is cleared for good after the exit: state dataBackup: backed-up (migrated and backed up) or not-needed (say why in remark)${rv.dataBackup === "no-data" ? ", not no-data" : ""}.`,
        ),
      });
    }
    return out;
  },
});
