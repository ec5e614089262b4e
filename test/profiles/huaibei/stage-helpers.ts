import { nationalCalendar } from "../../../scripts/adapters/calendar-files.ts";
import { loadCatalog } from "../../../scripts/adapters/catalog-files.ts";
import { parseReviewConfig } from "../../../scripts/core/review/config.ts";
import type {
  DeliveryRecord,
  StageInput,
  SystemRecord,
  UnitRecord,
} from "../../../scripts/core/review/types.ts";
import { huaibeiReview } from "../../../scripts/profiles/huaibei/review.ts";

/** 淮北的审查流程配置：主管部门评估与审批，云服务商工程师按云服务商。 */
export const configYaml = `
roles:
  reviewers:
    teams: [hb-govcloud/administration]
  approvers:
    teams: [hb-govcloud/administration]
  implementers:
    providers:
      telecom: { teams: [hb-govcloud/telecom] }
      mobile: { teams: [hb-govcloud/mobile] }
      unicom: { users: [lt-eng] }
`;
export const config = parseReviewConfig(configYaml);

export const teams = new Map<string, Set<string>>([
  ["hb-govcloud/administration", new Set(["adm-a", "adm-b"])],
  ["hb-govcloud/telecom", new Set(["dx-eng"])],
  ["hb-govcloud/mobile", new Set(["yd-eng"])],
]);

/** 淮北市教育局：经办人王磊（有效）。 */
export const units = new Map<string, UnitRecord>([
  [
    "hb-edu",
    {
      name: "淮北市教育局",
      agents: [
        { name: "王磊", github: "wang-lei-hb", scope: "own", validFrom: "2026-01-01", validTo: "9999-12-31" },
      ],
      contacts: [],
    },
  ],
]);

export const APP = "requests/hb-edu/edu-platform/0001-new.yaml";
export const CHANGE = "requests/hb-edu/edu-platform/0002-change.yaml";
export const DELIVERY = "requests/hb-edu/edu-platform/deliveries/0001.yaml";
export const H1 = "1111111111111111111111111111111111111111";
export const H2 = "2222222222222222222222222222222222222222";

/** 智慧教育平台：电信云；deliveries 为基础分支上的交付记录。 */
export const systems = (...deliveries: DeliveryRecord[]): Map<string, SystemRecord> =>
  new Map([["hb-edu/edu-platform", { provider: "telecom", deliveries }]]);

const catalog = loadCatalog("huaibei");
export const calendar = nationalCalendar();

/** 基准：王磊于 2026-09-29（周二）提交上云申请，校验通过，尚无审查意见。 */
export function hbInput(overrides: Partial<StageInput> = {}): StageInput {
  return {
    config,
    profile: catalog.profile,
    review: huaibeiReview,
    pr: {
      number: 21,
      author: "wang-lei-hb",
      createdAt: "2026-09-29T01:00:00Z",
      headSha: H1,
      draft: false,
      state: "open",
      merged: false,
      fromFork: false,
    },
    files: [{ path: APP, status: "added" }],
    commits: [{ sha: H1, date: "2026-09-29T00:50:00Z" }],
    reviews: [],
    labels: [],
    teams,
    units,
    applications: [{ file: APP, unit: "hb-edu", system: "edu-platform", type: "new", date: "2026-09-29" }],
    systems: systems(),
    validation: { state: "passed" },
    calendar,
    now: "2026-10-09T02:00:00Z",
    ...overrides,
  };
}
