import type { Rule } from "../../../core/rules/types.ts";
import { applicationValidity } from "./application-validity.ts";
import { changeRevokeRules } from "./group-change-revoke.ts";
import { newRules } from "./group-new.ts";
import { portsTestRules } from "./group-ports-test.ts";
import { oneApplicationPerPr } from "./one-application-per-pr.ts";
import { utilizationCpuScaleDown } from "./utilization-cpu-scale-down.ts";
import { utilizationCpuScaleUp } from "./utilization-cpu-scale-up.ts";
import { utilizationEvidence } from "./utilization-evidence.ts";
import { utilizationMemoryScaleDown } from "./utilization-memory-scale-down.ts";
import { utilizationMemoryScaleUp } from "./utilization-memory-scale-up.ts";
import { utilizationStorageScaleUp } from "./utilization-storage-scale-up.ts";
import { utilizationWindowRule } from "./utilization-window.ts";

/** 深圳市政务云服务申请规范的规则（显式登记；`govcloud rules` 按条款排序列出）。 */
export const shenzhenRules: readonly Rule[] = [
  applicationValidity,
  oneApplicationPerPr,
  utilizationCpuScaleUp,
  utilizationMemoryScaleUp,
  utilizationStorageScaleUp,
  utilizationCpuScaleDown,
  utilizationMemoryScaleDown,
  utilizationWindowRule,
  utilizationEvidence,
  ...newRules,
  ...changeRevokeRules,
  ...portsTestRules,
];
