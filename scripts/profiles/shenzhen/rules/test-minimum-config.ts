import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";

/** 最低配：4 核 8GB 内存及以下（第19条 低负载云主机的定义中“非最低配（4核8GB内存及其以下规格）”）。 */
export const minimumHost = { vcpu: 4, memoryGB: 8 };

/**
 * 测算依据中写明的数据盘容量（GB）：每处“数据盘”到句读（，。；;换行）为止的容量，取最大值；没写时为 undefined。
 * 如“数据库 4 核 8GB、数据盘 100 GB”得 100；“数据盘 1TB”得 1000。
 */
export function statedDataDiskGB(basis: string): number | undefined {
  let max: number | undefined;
  for (const m of basis.matchAll(/数据盘([^，。；;\n]*)/g)) {
    for (const n of (m[1] as string).matchAll(/(\d+(?:\.\d+)?)\s*(TB|T|GB|G)(?![a-z])/gi)) {
      const gb = Number(n[1]) * ((n[2] as string).toUpperCase().startsWith("T") ? 1000 : 1);
      max = Math.max(max ?? 0, gb);
    }
  }
  return max;
}

/**
 * 第51条(2)：测试资源按信息系统最低部署配置申请。是否“最低”要对照部署方案判断，这里只提醒（warning）：
 * 云主机超过 4 核 8GB（最低配），或数据盘超过测算依据（estimate.basis）写明的容量。
 */
export const testMinimumConfig = defineRule({
  id: "test-minimum-config",
  title: text("测试资源按最低部署配置申请", "Test resources use the minimum deployment configuration"),
  citation: cite("第51条", "(2)"),
  appliesTo: ["test"],
  severity: "warning",
  why: text(
    "测试资源应按照信息系统最低部署配置来申请（第51条(2)）；最低配指 4 核 8GB 内存及其以下规格（第19条）。",
    "Test resources are requested at the system's minimum deployment configuration (第51条(2)); the minimum configuration is 4 vCPU / 8 GB or less (第19条).",
  ),
  check({ application: a, catalog }) {
    if (a.type !== "test") return [];
    const out: RuleFinding[] = [];
    const basis = typeof a.estimate.basis === "string" ? a.estimate.basis : "";
    const stated = statedDataDiskGB(basis);
    for (const [i, r] of a.resources.entries()) {
      if (catalog.serviceById.get(r.service)?.shape !== "compute") continue;
      const vcpu = r.vcpu ?? 0;
      const memory = r.memoryGB ?? 0;
      if (vcpu > minimumHost.vcpu || memory > minimumHost.memoryGB)
        out.push({
          path: `/resources/${i}/${vcpu > minimumHost.vcpu ? "vcpu" : "memoryGB"}`,
          message: text(
            `测试资源 ${r.id} 申请 ${vcpu} 核 ${memory}GB，高于最低配（${minimumHost.vcpu} 核 ${minimumHost.memoryGB}GB）。测试资源按信息系统最低部署配置申请：审查人员请对照部署方案（estimate.deployment）与测算依据（estimate.basis）确认这一配置确是最低部署要求；不是的，请降到 ${Math.min(vcpu, minimumHost.vcpu)} 核 ${Math.min(memory, minimumHost.memoryGB)}GB。`,
            `Test resource ${r.id} requests ${vcpu} vCPU / ${memory} GB, above the minimum configuration (${minimumHost.vcpu} vCPU / ${minimumHost.memoryGB} GB). Test resources use the minimum deployment configuration: the reviewer should compare with the deployment plan (estimate.deployment) and basis (estimate.basis); otherwise reduce it to ${Math.min(vcpu, minimumHost.vcpu)} vCPU / ${Math.min(memory, minimumHost.memoryGB)} GB.`,
          ),
        });
      const disks = (r.dataDisks ?? []).reduce((sum, d) => sum + d.sizeGB, 0);
      if (disks > 0 && (stated === undefined || disks > stated))
        out.push({
          path: `/resources/${i}/dataDisks`,
          message:
            stated === undefined
              ? text(
                  `测试资源 ${r.id} 申请数据盘共 ${disks}GB，测算依据（estimate.basis）没有写明数据盘容量。请在测算依据中写明最低部署所需的数据盘容量（如“数据盘 100 GB”）；审查人员请对照部署方案确认。`,
                  `Test resource ${r.id} requests ${disks} GB of data disks, but the basis (estimate.basis) states no data-disk size. State the minimum deployment's data disk there (e.g. “数据盘 100 GB”); the reviewer should compare with the deployment plan.`,
                )
              : text(
                  `测试资源 ${r.id} 申请数据盘共 ${disks}GB，超过测算依据（estimate.basis）写明的 ${stated}GB。测试资源按最低部署配置申请：请把数据盘减到 ${stated}GB，或在测算依据中说明需要 ${disks}GB 的理由；审查人员请对照部署方案确认。`,
                  `Test resource ${r.id} requests ${disks} GB of data disks, more than the ${stated} GB the basis (estimate.basis) states. Reduce it to ${stated} GB or explain in the basis why ${disks} GB is needed; the reviewer should compare with the deployment plan.`,
                ),
        });
    }
    return out;
  },
});
