import { describe, expect, it } from "vitest";
import { nationalCalendar } from "../../scripts/adapters/calendar-files.ts";
import { renderMarkdown } from "../../scripts/adapters/templates.ts";
import { formsForFile } from "../../scripts/core/forms/source.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { parseReviewConfig } from "../../scripts/core/review/config.ts";
import { computeStage } from "../../scripts/core/review/machine.ts";
import { unitRecords } from "../../scripts/core/review/registry.ts";
import { renderStage } from "../../scripts/core/review/render.ts";
import type { StageInput } from "../../scripts/core/review/types.ts";
import { validate } from "../../scripts/core/validate.ts";
import { stubCatalogs, stubProfile } from "../fixtures/profiles/stub.ts";
import { TODAY } from "../helpers/repo.ts";

/**
 * 第二个 profile 只靠 Profile 接口接入（issue 14）：示例市的两种申请、一条规则、一张表单，
 * 经过同一个引擎的 validate 与 render，引擎里没有它的一行代码。
 */

const unit = `kind: unit
profile: stub
name: 示例市数据局
nature: 机关
address: 示例市人民路 1 号
agents:
  - name: 李四
    github: li-si
    position: 科员
    phone: "0000-1234567"
    inService: true
    scope: own
    validFrom: 2026-01-01
    validTo: 2026-12-31
    stampedBy: own
`;
const system = `kind: system
profile: stub
name: 示例市政务服务系统
`;
const opening = (purpose: string) => `kind: application
profile: stub
type: new
sequence: 1
date: 2026-11-20
unit: 示例市数据局
system: 示例市政务服务系统
resources:
  - id: web
    service: ecs
${purpose}`;

const repo = (purpose = "    purpose: 门户网站\n") =>
  memoryFs({
    "govcloud.yaml": "profile: stub\n",
    "requests/sl-data/unit.yaml": unit,
    "requests/sl-data/portal/system.yaml": system,
    "requests/sl-data/portal/0001-new.yaml": opening(purpose),
  });

const options = {
  profiles: [stubProfile],
  catalogs: stubCatalogs,
  calendar: nationalCalendar(),
  today: TODAY,
};

describe("a second profile through the engine", () => {
  it("validates with its own schema and rule, and none of Shenzhen's", () => {
    const { findings, repo: loaded } = validate({
      ...options,
      fs: repo(""),
      scope: { kind: "all" },
      lang: "zh",
    });
    expect(loaded.profile).toBe("stub");
    expect(findings.map((f) => [f.rule, f.file, f.citation])).toEqual([
      [
        "stub/purpose-required",
        "requests/sl-data/portal/0001-new.yaml",
        { profile: "stub", article: "第3条" },
      ],
    ]);
    expect(findings[0]?.message).toContain("资源 web 没有写用途");
  });

  it("is clean when the rule is satisfied", () => {
    const { findings } = validate({ ...options, fs: repo(), scope: { kind: "all" }, lang: "zh" });
    expect(findings).toEqual([]);
  });

  it("refuses a kind the profile does not offer, by its schema", () => {
    const fs = memoryFs({
      "govcloud.yaml": "profile: stub\n",
      "requests/sl-data/unit.yaml": unit,
      "requests/sl-data/portal/system.yaml": system,
      "requests/sl-data/portal/0001-ports.yaml": opening("").replace("type: new", "type: ports"),
    });
    const { findings } = validate({ ...options, fs, scope: { kind: "all" }, lang: "zh" });
    expect(findings.some((f) => f.rule === "schema" && f.path === "/type")).toBe(true);
  });

  it("renders its own form", () => {
    const result = formsForFile(repo(), "requests/sl-data/portal/0001-new.yaml", options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.forms.map((f) => f.fileName)).toEqual(["sl-data-portal-0001-开通单"]);
    const md = renderMarkdown(result.forms.map((f) => f.document));
    expect(md).toContain("示例市政务云资源开通单");
    expect(md).toContain("门户网站");
  });

  it("runs through the stage machine with its own stage and role names", () => {
    const { repo: loaded } = validate({ ...options, fs: repo(), scope: { kind: "all" }, lang: "zh" });
    const catalog = stubCatalogs("stub");
    if (!catalog) throw new Error("stub catalog");
    const file = "requests/sl-data/portal/0001-new.yaml";
    const input: StageInput = {
      config: parseReviewConfig(
        "roles:\n  reviewers: { users: [clerk-a] }\n  approvers: { users: [boss-b] }\n  consultants: { users: [eval-c] }\n  implementers: { users: [eng-d] }\n",
      ),
      profile: catalog.profile,
      review: stubProfile.review,
      pr: {
        number: 3,
        author: "li-si",
        createdAt: "2026-11-23T01:00:00Z",
        headSha: "a".repeat(40),
        draft: false,
        state: "open",
        merged: false,
        fromFork: false,
      },
      files: [{ path: file, status: "added" }],
      commits: [{ sha: "a".repeat(40), date: "2026-11-23T00:50:00Z" }],
      reviews: [],
      labels: [],
      teams: new Map(),
      units: unitRecords(loaded),
      applications: [{ file, unit: "sl-data", system: "portal", type: "new", date: "2026-11-20" }],
      validation: { state: "passed" },
      calendar: options.calendar,
      now: "2026-11-23T08:00:00Z",
    };
    const result = computeStage(input);
    expect(result.stage).toBe("review");
    expect(result.waitingFor?.role).toBe("reviewers");
    const text = renderStage(result, "text", "zh", stubProfile.review);
    expect(text).toContain("受理");
    expect(text).toContain("受理员");
    // 深圳的阶段与角色名称不出现（“审查”作动词出现在引擎的通用说明里）
    expect(text).not.toMatch(/阶段：审查|审查人员|审批人员/);
  });
});
