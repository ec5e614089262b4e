import { nationalCalendar } from "../../scripts/adapters/calendar-files.ts";
import { loadCatalog } from "../../scripts/adapters/catalog-files.ts";
import { validate } from "../../scripts/adapters/repository.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { parseReviewConfig } from "../../scripts/core/review/config.ts";
import { unitRecords } from "../../scripts/core/review/registry.ts";
import type { StageInput, UnitRecord } from "../../scripts/core/review/types.ts";
import { shenzhen } from "../../scripts/profiles/shenzhen/index.ts";
import { exampleFiles } from "../helpers/repo.ts";

/** 测试用配置：团队成员由 teams 给出（适配器解析团队后同样得到这样的集合）。 */
export const configYaml = `
roles:
  reviewers:
    teams: [sz-govcloud/reviewers]
    users: [Shen-Cha]
  approvers:
    teams: [sz-govcloud/approvers]
  consultants:
    teams: [sz-govcloud/consultants]
  implementers:
    teams: [sz-govcloud/provider-engineers]
`;
export const config = parseReviewConfig(configYaml);

export const teams = new Map<string, Set<string>>([
  ["sz-govcloud/reviewers", new Set(["rev-a", "rev-b", "both-roles"])],
  ["sz-govcloud/approvers", new Set(["appr-a", "appr-b", "both-roles", "li-na-sz"])],
  ["sz-govcloud/consultants", new Set(["cons-a"])],
  ["sz-govcloud/provider-engineers", new Set(["eng-a"])],
]);

/** 仓库自带示例的单位登记：sz-edu（张晓明有效、李娜已注销）、sz-edu-exam（王磊，主管单位 sz-edu）。 */
export const units: Map<string, UnitRecord> = unitRecords(
  validate({ fs: memoryFs(exampleFiles()), scope: { kind: "all" }, lang: "zh", today: "2026-11-25" }).repo,
);

const catalog = loadCatalog("shenzhen");
export const calendar = nationalCalendar();

export const APP = "requests/sz-edu/student-registry/0004-change.yaml";
export const H1 = "1111111111111111111111111111111111111111";
export const H2 = "2222222222222222222222222222222222222222";

/** 基准场景：张晓明（sz-edu 的授权代理人）提交一份变更申请，校验通过，尚无审查意见。 */
export function baseInput(overrides: Partial<StageInput> = {}): StageInput {
  return {
    config,
    profile: catalog.profile,
    review: shenzhen.review,
    pr: {
      number: 7,
      author: "zhang-xiaoming",
      createdAt: "2026-09-28T01:00:00Z",
      headSha: H1,
      draft: false,
      state: "open",
      merged: false,
      fromFork: false,
    },
    files: [{ path: APP, status: "added" }],
    commits: [{ sha: H1, date: "2026-09-28T00:50:00Z" }],
    reviews: [],
    labels: [],
    teams,
    units,
    applications: [
      { file: APP, unit: "sz-edu", system: "student-registry", type: "change", date: "2026-09-15" },
    ],
    validation: { state: "passed" },
    calendar,
    now: "2026-09-28T08:00:00Z",
    ...overrides,
  };
}
