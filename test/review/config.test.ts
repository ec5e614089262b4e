import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../scripts/adapters/catalog-files.ts";
import {
  parseReviewConfig,
  ReviewConfigError,
  resolveClock,
  reviewConfigPath,
  reviewProfile,
} from "../../scripts/core/review/config.ts";
import { repoRoot } from "../helpers/repo.ts";

const profile = loadCatalog("shenzhen").profile;

describe("review configuration", () => {
  it("the repository's own .github/govcloud-review.yaml is valid; defaults are filled in", () => {
    const config = parseReviewConfig(readFileSync(`${repoRoot}/${reviewConfigPath}`, "utf8"));
    expect(config.profile).toBeUndefined();
    expect(config).toMatchObject({
      distinctReviewerApprover: true,
      consultation: { label: "需咨询评估", types: [] },
      status: { context: "govcloud/stage" },
      validation: { check: "validate" },
      labels: { late: "已超时", stages: { review: "阶段/审查", approval: "阶段/审批" } },
    });
    expect(config.roles.reviewers).toEqual({ teams: ["sz-govcloud/reviewers"], users: [] });
  });

  it("the profile is the repository's (govcloud.yaml); a profile: line must agree with it", () => {
    const roles =
      "roles: { reviewers: { users: [a] }, approvers: { users: [b] }, implementers: { users: [c] } }\n";
    expect(reviewProfile(parseReviewConfig(roles), "shenzhen")).toBe("shenzhen");
    const same = parseReviewConfig(`${roles}profile: shenzhen\n`);
    expect(same.profile).toEqual({ id: "shenzhen", line: 2, column: 10 });
    expect(reviewProfile(same, "shenzhen")).toBe("shenzhen");
    const other = parseReviewConfig(`${roles}profile: huaibei\n`);
    expect(() => reviewProfile(other, "shenzhen")).toThrow(ReviewConfigError);
    try {
      reviewProfile(other, "shenzhen");
    } catch (error) {
      expect((error as ReviewConfigError).zh).toBe(
        ".github/govcloud-review.yaml:2:10 /profile：审查流程配置的 profile 为 huaibei，而仓库的 profile（govcloud.yaml）为 shenzhen。阶段机按 govcloud.yaml 的规范计时：请删除这一行，或把它改为 shenzhen。",
      );
      expect((error as ReviewConfigError).en).toBe(
        ".github/govcloud-review.yaml:2:10 /profile: the review configuration says profile huaibei, but the repository's profile (govcloud.yaml) is shenzhen. The stage machine follows govcloud.yaml: delete this line, or set it to shenzhen.",
      );
    }
  });

  it("clocks come from the catalog profile, with per-type overrides", () => {
    const config = parseReviewConfig(`
roles: { reviewers: { users: [a] }, approvers: { users: [b] }, implementers: { users: [c] } }
clocks:
  ports: { approval: 1 }
`);
    expect(resolveClock(config, profile, "new")).toEqual({
      review: 1,
      approval: 3,
      implementation: 3,
      source: "第22–24条",
    });
    expect(resolveClock(config, profile, "ports")).toMatchObject({
      review: 1,
      approval: 1,
      implementation: 2,
    });
    expect(resolveClock(config, profile, "change")).toMatchObject({
      implementation: 3,
      implementationWithShutdown: "shutdown-day",
    });
    expect(resolveClock(config, profile, "revoke")).toMatchObject({
      approval: 2,
      implementation: "shutdown-day",
    });
  });

  const errorOf = (source: string): ReviewConfigError => {
    try {
      parseReviewConfig(source);
    } catch (error) {
      if (error instanceof ReviewConfigError) return error;
      throw error;
    }
    throw new Error("no error");
  };

  it.each([
    [
      "an unknown field, at its key",
      "roles:\n  reviewers: { users: [a] }\n  approvers: { users: [b] }\n  implementers: { users: [c] }\ndistinctReviewerAprover: false\n",
      ".github/govcloud-review.yaml:5:1 /distinctReviewerAprover：不认识的字段 distinctReviewerAprover：请检查拼写（见 schema 中允许的字段）。",
    ],
    [
      "a missing role",
      "roles:\n  reviewers: { users: [a] }\n  implementers: { users: [c] }\n",
      ".github/govcloud-review.yaml:2:3 /roles：缺少必填字段 approvers。",
    ],
    [
      "a team without its organization",
      "roles:\n  reviewers: { teams: [reviewers] }\n  approvers: { users: [b] }\n  implementers: { users: [c] }\n",
      ".github/govcloud-review.yaml:2:24 /roles/reviewers/teams/0：格式不对（应匹配 ^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})/[A-Za-z0-9_.-]{1,100}$）：团队写作 组织/团队，用户写 GitHub 用户名。",
    ],
    [
      "a clock for an unknown application type",
      "roles:\n  reviewers: { users: [a] }\n  approvers: { users: [b] }\n  implementers: { users: [c] }\nclocks:\n  upgrade: { review: 2 }\n",
      ".github/govcloud-review.yaml:6:3 /clocks/upgrade：upgrade 不是申请类型：只能是 new、change、revoke、ports、test、test-renewal。",
    ],
  ])("names the file, the place and the fix: %s", (_name, source, line) => {
    const error = errorOf(source);
    expect(error.file).toBe(".github/govcloud-review.yaml");
    expect(error.zh.split("\n")).toContain(`  - ${line}`);
    expect(error.zh.split("\n")[0]).toBe(
      "审查流程配置 .github/govcloud-review.yaml 不符合 schemas/review-config.schema.json：",
    );
  });

  it("reports a YAML syntax error with its line", () => {
    expect(errorOf("roles: [\n").zh).toMatch(
      /^\.github\/govcloud-review\.yaml:2:1：审查流程配置不是合法的 YAML/,
    );
  });
});
