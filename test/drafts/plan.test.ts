/**
 * 草稿 PR 的同步计划（纯函数）：认领、新建、更新、不动、关闭、重复、被人关闭与刚合并的主题、单次上限。
 */
import MarkdownIt from "markdown-it";
import { describe, expect, it } from "vitest";
import { draftBody, draftMarker, draftTitle } from "../../scripts/core/drafts/body.ts";
import { type ExistingPull, planDraftSync } from "../../scripts/core/drafts/plan.ts";
import {
  type DraftSubject,
  draftDigest,
  draftSubjects,
  type ReportFinding,
} from "../../scripts/core/drafts/subjects.ts";
import { hostileStrings } from "../fixtures/hostile/strings.ts";

const finding = (over: Partial<ReportFinding> = {}): ReportFinding => ({
  key: "test-expired/u1/s1/r1",
  check: "test-expired",
  unit: "u1",
  system: "s1",
  resource: "r1",
  title: "t",
  message: "m",
  action: "a",
  draft: {
    type: "revoke",
    file: "requests/u1/s1/0003-revoke.yaml",
    yaml: "kind: application\n",
    confirm: [],
  },
  ...over,
});

const [subject] = draftSubjects([finding()]) as [DraftSubject];
const C1 = "1".repeat(40);
const C2 = "2".repeat(40);

const pull = (over: Partial<ExistingPull> = {}): ExistingPull => ({
  number: 7,
  state: "open",
  mergedAt: null,
  headRef: subject.branch,
  headSha: C1,
  sameRepo: true,
  body: `${draftMarker(subject.key, subject.digest, C1)}\nbody`,
  title: "title",
  author: { login: "github-actions[bot]", type: "Bot" },
  ...over,
});

const options = {
  checked: ["test-expired"],
  undetermined: [],
  maxCreate: 10,
  isOwn: (p: ExistingPull) => p.author.type === "Bot",
  body: (s: DraftSubject, commit: string) => `${draftMarker(s.key, s.digest, commit)}\nbody`,
  title: () => "title",
  lang: "zh" as const,
  today: "2026-12-10",
};

const kinds = (a: { kind: string; number?: number }[]) =>
  a.map((x) => `${x.kind}${x.number ? ` #${x.number}` : ""}`);

describe("draftSubjects", () => {
  it("one subject per check and system when the findings share a draft; one per draft otherwise", () => {
    const shared = draftSubjects([finding(), finding({ key: "test-expired/u1/s1/r2", resource: "r2" })]);
    expect(shared.map((s) => [s.key, s.findings.length])).toEqual([["test-expired/u1/s1", 2]]);
    const two = draftSubjects([
      finding({ check: "low-load", key: "low-load/u1/s1/app", resource: "app" }),
      finding({
        check: "low-load",
        key: "low-load/u1/s1/db",
        resource: "db",
        draft: { type: "change", file: "requests/u1/s1/0003-change.yaml", yaml: "other\n", confirm: [] },
      }),
    ]);
    expect(two.map((s) => s.branch)).toEqual([
      "govcloud-bot/low-load/u1/s1/app",
      "govcloud-bot/low-load/u1/s1/db",
    ]);
  });

  it("drafts outside requests/ or with odd names are not opened", () => {
    expect(
      draftSubjects([
        finding({ draft: { type: "revoke", file: "requests/u1/../x.yaml", yaml: "", confirm: [] } }),
        finding({ draft: { type: "revoke", file: ".github/workflows/x.yaml", yaml: "", confirm: [] } }),
        finding({ unit: "U 1" }),
      ]),
    ).toEqual([]);
  });

  it("the digest ignores the dates that move every night", () => {
    const a = "date: 2026-12-10\nshutdown:\n  date: 2026-12-24\n  noticeDate: 2026-12-19\nx: 1\n";
    const b = a.replaceAll("2026-12-1", "2026-12-2").replace("2026-12-24", "2026-12-28");
    expect(draftDigest("f", a)).toBe(draftDigest("f", b));
    expect(draftDigest("f", a)).not.toBe(draftDigest("f", a.replace("x: 1", "x: 2")));
  });
});

describe("planDraftSync", () => {
  it("creates when there is no PR, leaves an identical one alone", () => {
    expect(kinds(planDraftSync([subject], [], options))).toEqual(["create"]);
    expect(kinds(planDraftSync([subject], [pull()], options))).toEqual(["unchanged #7"]);
  });

  it("a changed draft is pushed; changed evidence only edits the body; a foreign head is never pushed", () => {
    const old = pull({ body: `${draftMarker(subject.key, "0".repeat(16), C1)}\nbody` });
    expect(planDraftSync([subject], [old], options)).toMatchObject([
      { kind: "update", push: true, commit: C1 },
    ]);
    const evidence = pull({ body: `${draftMarker(subject.key, subject.digest, C1)}\nold body` });
    expect(planDraftSync([subject], [evidence], options)).toMatchObject([{ kind: "update", push: false }]);
    const touched = pull({ headSha: C2, body: `${draftMarker(subject.key, "0".repeat(16), C1)}\nbody` });
    expect(planDraftSync([subject], [touched], options)).toMatchObject([{ kind: "update", push: false }]);
  });

  it("closes when the subject is gone (deleting the bot's branch only), not when its check did not run or is undetermined", () => {
    expect(planDraftSync([], [pull()], options)).toMatchObject([
      { kind: "close", number: 7, branch: subject.branch },
    ]);
    expect(planDraftSync([], [pull({ headSha: C2 })], options)).toEqual([
      expect.not.objectContaining({ branch: expect.anything() }),
    ]);
    expect(planDraftSync([], [pull()], { ...options, checked: ["low-load"] })).toEqual([]);
    expect(planDraftSync([], [pull()], { ...options, undetermined: ["test-expired/u1/s1/r1"] })).toEqual([]);
  });

  it("ignores PRs that are not the bot's: other authors, forks, other branches, no marker", () => {
    for (const other of [
      pull({ author: { login: "mallory", type: "User" } }),
      pull({ sameRepo: false }),
      pull({ headRef: "govcloud-bot/other" }),
      pull({ body: "no marker" }),
    ])
      expect(kinds(planDraftSync([subject], [other], options))).toEqual(["create"]);
  });

  it("a duplicate PR is closed; a PR closed by people or merged lately is not opened again", () => {
    expect(kinds(planDraftSync([subject], [pull({ number: 9 }), pull()], options))).toEqual([
      "close #9",
      "unchanged #7",
    ]);
    expect(kinds(planDraftSync([subject], [pull({ state: "closed" })], options))).toEqual(["suppressed #7"]);
    const merged = pull({ state: "closed", mergedAt: "2026-12-01T08:00:00Z" });
    expect(kinds(planDraftSync([subject], [merged], options))).toEqual(["suppressed #7"]);
    const longAgo = pull({ state: "closed", mergedAt: "2026-10-01T08:00:00Z" });
    expect(kinds(planDraftSync([subject], [longAgo], options))).toEqual(["create"]);
  });

  it("creates at most maxCreate per run", () => {
    const second = { ...subject, key: "test-expired/u1/s2", branch: "govcloud-bot/test-expired/u1/s2" };
    expect(kinds(planDraftSync([subject, second], [], { ...options, maxCreate: 1 }))).toEqual([
      "create",
      "deferred",
    ]);
  });
});

describe("draftBody: what the audit quotes is only text", () => {
  const gfm = new MarkdownIt({ html: true, linkify: true });
  const context = { today: "2026-12-10", lang: "zh" as const, agents: ["王磊"], problems: [] };

  it.each(hostileStrings.map((h) => [h.name, h.text]))("%s", (_name, hostile) => {
    const [s] = draftSubjects([
      finding({ title: hostile, message: hostile, action: hostile, unitName: hostile, systemName: hostile }),
    ]) as [DraftSubject];
    const html = gfm.render(draftBody(s, { ...context, agents: [hostile] }, C1));
    expect(html).not.toMatch(/<(a|img|script|iframe|details|table)\b/i);
    expect(html.replace(/<code>[^<]*<\/code>/g, "")).not.toMatch(/@[A-Za-z0-9_-]/);
    expect(draftTitle(s, "zh")).not.toMatch(/[\r\n\u202a-\u202e\u200b-\u200f]/);
  });
});
