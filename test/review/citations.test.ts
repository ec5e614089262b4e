import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { loadCatalog } from "../../scripts/adapters/catalog-files.ts";
import type { ApplicationType, ProfileCitation, StageCitations } from "../../scripts/core/catalog/types.ts";
import type { Citation } from "../../scripts/core/finding.ts";
import { stageCitation } from "../../scripts/core/review/config.ts";
import { computeStage } from "../../scripts/core/review/machine.ts";
import type { ProfileClocks, Review, StageInput, StageResult } from "../../scripts/core/review/types.ts";
import { APP, baseInput, H1 } from "./helpers.ts";

const reviewDir = fileURLToPath(new URL("../../scripts/core/review/", import.meta.url));

/** 条款的写法：第…条、附件… */
const citationLiteral = /第[0-9一二三四五六七八九十百]+条|附件[0-9一二三四五六七八九十]+/;

/** 一个 TypeScript 文件中代码里的字符串（含模板字符串的各段），不含注释。 */
function stringsIn(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node)
    )
      found.push(node.text);
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/**
 * 尚未移走的条款字面量（文件 → 字符串），每一条写明原因。列表为空时删去。
 * render.ts 的“有效期”注由另一项工作（输出转义）在改，应改为由结果带出 profile 的条款。
 */
const pending: Record<string, string[]> = {};

/** 尚未移走的城市名（config.ts 的默认 profile 已由 govcloud.yaml 取代，现在没有了）。 */
const pendingNames: Record<string, string[]> = {};

describe("the stage machine cites only what the profile says", () => {
  const files = readdirSync(reviewDir)
    .filter((f) => f.endsWith(".ts"))
    .sort();

  it("finds the files it checks", () => {
    expect(files).toEqual(
      expect.arrayContaining(["machine.ts", "config.ts", "approvals.ts", "initiation.ts"]),
    );
  });

  it.each(files)("%s has no article or attachment literal in its code (comments may name them)", (file) => {
    const literals = stringsIn(join(reviewDir, file)).filter((s) => citationLiteral.test(s));
    expect(literals).toEqual(pending[file] ?? []);
  });

  it.each(files)("%s names no city and no city's body in its code", (file) => {
    const { title, reviewAuthority } = loadCatalog("shenzhen").profile;
    const names = ["深圳", "shenzhen", "淮北", "huaibei", title, reviewAuthority];
    const found = stringsIn(join(reviewDir, file)).filter((s) =>
      names.some((n) => s.toLowerCase().includes(n)),
    );
    expect(found).toEqual(pendingNames[file] ?? []);
  });

  it("the scan sees strings inside template literals and ignores comments", () => {
    const sample = stringsIn(join(reviewDir, "machine.ts"));
    expect(sample).toContain("./stage-context.ts");
    expect(sample.some((s) => s.includes("T00:00:00+08:00"))).toBe(true);
    expect(readFileSync(join(reviewDir, "config.ts"), "utf8")).toMatch(citationLiteral);
  });
});

/** 一个不同于深圳的 profile：每处条款都换成能认出来的假条款。 */
function stubProfile(): ProfileClocks {
  const base = loadCatalog("shenzhen").profile;
  const fake = (type: string, stage: string): ProfileCitation => ({
    attachment: "附件99",
    note: `${type}/${stage}`,
  });
  const citations = (type: string): StageCitations => ({
    initiation: fake(type, "initiation"),
    review: fake(type, "review"),
    consultation: fake(type, "consultation"),
    approval: fake(type, "approval"),
    implementation: fake(type, "implementation"),
    expired: fake(type, "expired"),
  });
  const clocks = Object.fromEntries(
    Object.entries(base.clocks).map(([type, clock]) => [type, { ...clock, citations: citations(type) }]),
  ) as ProfileClocks["clocks"];
  return {
    id: "stub-city",
    clocks,
    applicationValidityMonths: base.applicationValidityMonths,
    reviewAuthority: "市测试审批办",
    reviewCitations: {
      approvalAuthority: { article: "第901条", clause: "(9)" },
      authorization: { article: "第902条" },
      authorizationLetter: { attachment: "附件903" },
    },
  };
}

const review = (user: string, state: Review["state"], submittedAt: string, commitId = H1): Review => ({
  user,
  state,
  commitId,
  submittedAt,
});

/** 结果中的全部条款：理由与时限。 */
const citationsOf = (r: StageResult): Citation[] =>
  [...r.reasons.map((x) => x.citation), ...r.timeline.map((c) => c.citation)].filter(
    (c): c is Citation => c !== undefined,
  );

describe("a stub profile's citations reach every reason", () => {
  const profile = stubProfile();
  const run = (overrides: Partial<StageInput>) => computeStage(baseInput({ profile, ...overrides }));
  const approvals = [
    review("rev-a", "APPROVED", "2026-09-30T02:00:00Z"),
    review("Zhang-Xiaoming", "APPROVED", "2026-09-30T03:00:00Z"),
    review("stranger", "APPROVED", "2026-09-30T04:00:00Z"),
    review("li-na-sz", "APPROVED", "2026-10-08T02:00:00Z"),
  ];
  const scenarios: [string, Partial<StageInput>, string[]][] = [
    ["review", {}, ["change/review", "change/review"]],
    [
      "approval with self-approval, wrong role and recusal",
      { reviews: approvals, now: "2026-10-09T02:00:00Z" },
      ["change/approval", "第901条(9)", "第901条(9)", "第901条(9)", "change/review", "change/approval"],
    ],
    [
      "returned",
      { reviews: [review("rev-a", "CHANGES_REQUESTED", "2026-09-30T02:00:00Z")] },
      ["change/review", "change/review"],
    ],
    ["expired", { now: "2026-12-20T02:00:00Z" }, ["change/expired"]],
    ["unauthorized author", { pr: { ...baseInput().pr, author: "stranger" } }, ["第902条"]],
    ["draft", { pr: { ...baseInput().pr, draft: true } }, ["change/initiation"]],
    [
      "ports in consultation",
      {
        applications: [
          { file: APP, unit: "sz-edu", system: "student-registry", type: "ports", date: "2026-09-15" },
        ],
        labels: ["需咨询评估"],
        reviews: [approvals[0] as Review],
      },
      ["ports/consultation", "ports/review", "ports/consultation"],
    ],
  ];

  it.each(scenarios)("%s", (_name, overrides, expected) => {
    const r = run(overrides);
    const cited = citationsOf(r);
    expect(cited.every((c) => c.profile === "stub-city")).toBe(true);
    expect(cited.map((c) => ("article" in c ? `${c.article}${c.clause ?? ""}` : (c.note as string)))).toEqual(
      expected,
    );
  });

  it("names the profile's reviewing body when an author approves their own application", () => {
    const r = run({ reviews: [review("zhang-xiaoming", "APPROVED", "2026-09-30T02:00:00Z")] });
    const self = r.reasons.find((x) => x.code === "self-approval");
    expect(self?.message.zh).toBe(
      "@zhang-xiaoming 是发起人，自己的批准不计入：审查、审批由市测试审批办负责。",
    );
  });

  it("names the profile's letter of authorization in the message", () => {
    const r = run({ pr: { ...baseInput().pr, author: "stranger" } });
    expect(r.reasons[0]?.message.zh).toContain("授权委托书（附件903）");
  });
});

describe("stageCitation", () => {
  const profile = stubProfile();
  it.each<[ApplicationType, Parameters<typeof stageCitation>[2], string | undefined]>([
    ["new", "returned", "new/initiation"],
    ["revoke", "consultation", "revoke/consultation"],
    ["ports", "expired", "ports/expired"],
    ["test", "closed", undefined],
  ])("%s in %s cites %s", (type, stage, note) => {
    const c = stageCitation(profile, type, stage);
    expect(c).toEqual(note === undefined ? undefined : { profile: "stub-city", attachment: "附件99", note });
  });
});
