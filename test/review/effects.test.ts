import { describe, expect, it } from "vitest";
import { commitStatus, labelChanges } from "../../scripts/core/review/effects.ts";
import { computeStage } from "../../scripts/core/review/machine.ts";
import { renderStage } from "../../scripts/core/review/render.ts";
import type { StageInput } from "../../scripts/core/review/types.ts";
import { text } from "../../scripts/core/text.ts";
import { shenzhen } from "../../scripts/profiles/shenzhen/index.ts";
import { baseInput, config, H1 } from "./helpers.ts";

const approved: Partial<StageInput> = {
  reviews: [
    { user: "rev-a", state: "APPROVED", commitId: H1, submittedAt: "2026-09-30T02:00:00Z" },
    { user: "appr-a", state: "APPROVED", commitId: H1, submittedAt: "2026-10-08T03:00:00Z" },
  ],
  now: "2026-10-09T02:00:00Z",
};

describe("what is written back", () => {
  it.each([
    ["审查", {}, "pending", "审查：等待审查人员，截止 2026-09-29"],
    ["实施 (merge allowed)", approved, "success", "已审批，进入实施，截止 2026-10-12"],
    [
      "已退回",
      {
        reviews: [
          { user: "rev-a", state: "CHANGES_REQUESTED", commitId: H1, submittedAt: "2026-09-28T05:00:00Z" },
        ],
      },
      "failure",
      "已退回：等待发起人",
    ],
    [
      "发起 (validation errors)",
      { validation: { state: "failed", errors: 1 } },
      "pending",
      "发起：等待发起人",
    ],
    [
      "not an application",
      { files: [{ path: "README.md", status: "modified" }] },
      "success",
      "不涉及申请文件，无需审批",
    ],
  ] as [string, Partial<StageInput>, string, string][])(
    "status for %s",
    (_name, input, state, description) => {
      expect(commitStatus(computeStage(baseInput(input)), config, shenzhen.review)).toEqual({
        context: "govcloud/stage",
        state,
        description,
      });
    },
  );

  it("changes only the labels it manages", () => {
    const result = computeStage(baseInput({ ...approved, now: "2026-10-14T02:00:00Z" }));
    expect(labelChanges(["bug", "阶段/审批", "需咨询评估"], result, config)).toEqual({
      add: ["阶段/实施", "已超时"],
      remove: ["阶段/审批"],
    });
    expect(labelChanges(["阶段/实施", "已超时"], result, config)).toEqual({ add: [], remove: [] });
  });
});

describe("names from the profile", () => {
  it("stage and role names come from the profile's review part, not from the engine", () => {
    const names = {
      flows: shenzhen.review.flows,
      stageNames: { ...shenzhen.review.stageNames, review: text("初审", "First review") },
      roleNames: { ...shenzhen.review.roleNames, reviewers: text("初审员", "first reviewers") },
    };
    const result = computeStage(baseInput({ review: names }));
    expect(result.stage).toBe("review");
    expect(result.reasons[0]?.message.zh).toContain("等待初审员审查：");
    expect(commitStatus(result, config, names).description).toMatch(/^初审：等待初审员/);
    expect(renderStage(result, "text", "en", names)).toContain("Stage: First review");
    expect(renderStage(result, "markdown", "zh", names)).toContain("**等待**：初审员 @sz-govcloud/reviewers");
  });
});
