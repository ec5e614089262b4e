import type { Rule } from "../../../core/rules/types.ts";
import { ipRequestBinding } from "./ip-request-binding.ts";
import { portCloseOpen } from "./port-close-open.ts";
import { portDestinationExists } from "./port-destination-exists.ts";
import { portRdp } from "./port-rdp.ts";
import { portSecurityReport } from "./port-security-report.ts";
import { portSourceLimited } from "./port-source-limited.ts";
import { testMinimumConfig } from "./test-minimum-config.ts";
import { testNetworkZone } from "./test-network-zone.ts";
import { testOneHostPerNode } from "./test-one-host-per-node.ts";
import { testOverdueResources } from "./test-overdue-resources.ts";
import { testTotalPeriod } from "./test-total-period.ts";

/** 规则组（登记顺序无关紧要：列表按条款排序）。 */
export const portsTestRules: readonly Rule[] = [
  portSecurityReport,
  portSourceLimited,
  portRdp,
  ipRequestBinding,
  portDestinationExists,
  portCloseOpen,
  testTotalPeriod,
  testOneHostPerNode,
  testMinimumConfig,
  testOverdueResources,
  testNetworkZone,
];
