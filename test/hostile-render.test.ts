/**
 * 提交者的文字只作为文字显示：敌意字符串（./fixtures/hostile/strings.ts）放进每个渲染器中提交者能写的字段，
 * 输出用真正的 Markdown 引擎按 GitHub 的风格渲染（markdown-it：允许 HTML、自动链接、GFM 表格与删除线），
 * 再按 GitHub 识别 @提及 与 #编号 的方式（HTML 的文字节点上，代码与链接之外）查找提及与引用。
 * 每个输出与同一渲染器对普通文字的输出（基线）比较：不多出任何元素（<wbr>、<br> 除外）、链接、图片、提及或引用，
 * 看得见的文字仍是原文。先证明未经转义的字符串确实会成为这些东西，断言才是真的。
 */
import { readFileSync } from "node:fs";
import {
  template as dangerComment,
  inlineTemplate as dangerInlineComment,
} from "danger/distribution/runner/templates/githubIssueTemplate.js";
import yaml from "js-yaml";
import { describe, expect, it } from "vitest";
import { nationalCalendar } from "../scripts/adapters/calendar-files.ts";
import { loadCatalog } from "../scripts/adapters/catalog-files.ts";
import { renderHtml, renderMarkdown } from "../scripts/adapters/templates.ts";
import { desiredIssue } from "../scripts/core/audit/issues.ts";
import { renderAudit } from "../scripts/core/audit/render.ts";
import type { AuditCheckId, AuditFinding, AuditReport } from "../scripts/core/audit/types.ts";
import type { Finding } from "../scripts/core/finding.ts";
import type { FormDocument } from "../scripts/core/forms/index.ts";
import { code, codeBlock, codeSpan, md, raw, visible } from "../scripts/core/markup.ts";
import type { Application, System, Unit } from "../scripts/core/model.ts";
import { renderChecklist } from "../scripts/core/provision/checklist.ts";
import { renderNotification } from "../scripts/core/provision/delivery.ts";
import { renderDriftMarkdown } from "../scripts/core/provision/drift.ts";
import { render as renderFindings } from "../scripts/core/report/formats.ts";
import { prReport } from "../scripts/core/report/pr-report.ts";
import { parseReviewConfig } from "../scripts/core/review/config.ts";
import { computeStage } from "../scripts/core/review/machine.ts";
import { renderStage } from "../scripts/core/review/render.ts";
import type { Review, StageInput, UnitRecord } from "../scripts/core/review/types.ts";
import type { SystemState } from "../scripts/core/state/fold.ts";
import { text } from "../scripts/core/text.ts";
import { applicationForms } from "../scripts/profiles/shenzhen/forms/index.ts";
import { shenzhen } from "../scripts/profiles/shenzhen/index.ts";
import { type HostileString, hostileStrings } from "./fixtures/hostile/strings.ts";
import {
  decode,
  expectedText,
  extraElements,
  extraMentions,
  gfm,
  invisibleChars,
  mentions,
  normalize,
  PLAIN,
  tagCounts,
  visibleText,
} from "./helpers/hostile-checks.ts";

// ---------- GitHub 风格的渲染与检查 ----------

/** 一个渲染器的输出与它的基线：没有多出的元素、链接、提及，原文仍看得见。 */
function expectOnlyText(markdown: string, baseline: string, s: HostileString): void {
  const html = gfm.render(markdown);
  const base = gfm.render(baseline);
  expect(markdown).not.toMatch(invisibleChars);
  expect(extraElements(html, base)).toEqual([]);
  expect(extraMentions(html, base)).toEqual([]);
  expect(visibleText(html)).toContain(expectedText(s.text));
}

// ---------- 未经转义时确实是标记 ----------

describe("the corpus: unescaped, each string is markup in GitHub's flavour", () => {
  const probes = hostileStrings.filter((s) => s.raw.kind !== "none");

  it.each(probes.map((s) => [s.name, s] as const))("%s", (_, s) => {
    const html = gfm.render(s.text);
    const raw = s.raw;
    switch (raw.kind) {
      case "element":
        expect(tagCounts(html).get(raw.tag) ?? 0).toBeGreaterThan(0);
        break;
      case "mention":
      case "reference":
        expect(mentions(html).length).toBeGreaterThan(0);
        break;
      case "cells": {
        // 多出的单元格被丢掉：c 不见了
        const table = gfm.render(`| 说明 |\n| --- |\n| ${s.text} |`);
        expect(visibleText(table)).not.toContain("c");
        break;
      }
      case "entity":
        expect(visibleText(html)).toContain(raw.decoded);
        break;
      case "invisible":
        expect(`${html}`).toMatch(new RegExp(`${invisibleChars.source}|<!--`, "u"));
        break;
    }
  });

  it("covers what the issue lists", () => {
    const names = hostileStrings.map((s) => s.text).join("\n");
    for (const needle of [
      "<script>",
      "<img",
      "<a href",
      "<details",
      "](",
      "![",
      "]: ",
      "<https://",
      "www.",
      "@",
    ])
      expect(names).toContain(needle);
    expect(hostileStrings.some((s) => s.text.length >= 10_000)).toBe(true);
    expect(hostileStrings.some((s) => s.text.includes("\u202E"))).toBe(true);
  });
});

// ---------- 底稿：仓库示例的副本 ----------

const fixture = <T>(name: string): T =>
  yaml.load(readFileSync(new URL(`./fixtures/hostile/${name}`, import.meta.url), "utf8"), {
    schema: yaml.CORE_SCHEMA,
  }) as T;
const unit0 = fixture<Unit>("unit.yaml");
const system0 = fixture<System>("system.yaml");
const application0 = fixture<Application>("application.yaml");
const catalog = loadCatalog("shenzhen");
const empty: SystemState = { resources: new Map(), revoked: new Map(), ports: [], applied: [] };

/** 提交者写的自由文字字段（用途、说明、名称……）都换成 s；第一项资源的标识 web 也换成 s。 */
const freeText = new Set([
  "name",
  "position",
  "address",
  "description",
  "purpose",
  "remark",
  "summary",
  "groups",
  "system",
  "unit",
  "explanation",
  "basis",
  "composition",
  "conclusion",
]);
function withText<T>(value: T, s: string, key = ""): T {
  if (typeof value === "string") {
    if (freeText.has(key)) return s as T;
    if ((key === "id" || key === "resource") && value === "web") return s as T;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => withText(v, s, key)) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withText(v, s, k)])) as T;
  return value;
}

const finding = (s: string, file: string, severity: Finding["severity"] = "error"): Finding => ({
  rule: "shenzhen/system-registered",
  severity,
  message: `申请中的 system 为 “${s}”，不在本单位的系统登记中：请改为 system.yaml 中的 name。`,
  file,
  line: 7,
  column: 9,
  path: "/system",
  citation: { profile: "shenzhen", attachment: "附件5", note: "1" },
});

// ---------- 阶段 ----------

const H1 = "1111111111111111111111111111111111111111";
const APP = "requests/sz-new/portal/0001-new.yaml";
const proposed = (s: string): Map<string, UnitRecord> =>
  new Map([
    [
      "sz-new",
      {
        name: s,
        agents: [
          {
            name: "张晓明",
            github: "zhang-xiaoming",
            scope: "own",
            validFrom: "2026-01-01",
            validTo: "2026-12-31",
          },
        ],
        contacts: [],
      },
    ],
  ]);
const stageInput = (s: string, overrides: Partial<StageInput>): StageInput => ({
  config: parseReviewConfig(
    "roles:\n  reviewers: { teams: [sz-govcloud/reviewers] }\n  approvers: { teams: [sz-govcloud/approvers] }\n  consultants: { teams: [sz-govcloud/consultants] }\n  implementers: { teams: [sz-govcloud/provider-engineers] }\n",
  ),
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
  teams: new Map([["sz-govcloud/reviewers", new Set(["rev-a"])]]),
  units: new Map(),
  proposedUnits: proposed(s),
  applications: [{ file: APP, unit: "sz-new", system: "portal", type: "new", date: "2026-09-15" }],
  validation: { state: "passed" },
  calendar: nationalCalendar(),
  now: "2026-09-28T08:00:00Z",
  ...overrides,
});
/** 发起：PR 中新登记的单位名称，以及 requests/ 之外被改动的文件名。 */
const gateStage = (s: string) =>
  renderStage(
    computeStage(
      stageInput(s, {
        files: [
          { path: APP, status: "added" },
          { path: `docs/${s}.md`, status: "added" },
        ],
      }),
    ),
    "markdown",
    "zh",
    shenzhen.review,
  );
/** 已退回：审查人员要求修改的意见。 */
const returnedStage = (s: string) => {
  const review: Review = {
    user: "rev-a",
    state: "CHANGES_REQUESTED",
    commitId: H1,
    submittedAt: "2026-09-28T03:00:00Z",
    body: s,
  };
  return renderStage(computeStage(stageInput(s, { reviews: [review] })), "markdown", "zh", shenzhen.review);
};

// ---------- 审计、发放 ----------

const WINDOW = ["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24"];
const auditFinding = (s: string): AuditFinding => ({
  key: "low-load/sz-edu/campus-portal/web",
  check: "low-load",
  severity: "warning",
  citation: { profile: "shenzhen", article: "第19条", clause: "(2)" },
  title: text(`低负载云主机：${s} web`, `Low-load host: ${s} web`),
  unit: s,
  unitName: s,
  system: s,
  systemName: s,
  resource: s,
  pr: 1347,
  message: text(`系统 ${s} 的云主机利用率低。`, `The hosts of ${s} are idle.`),
  action: text(`建议缩容 ${s}。`, `Scale ${s} down.`),
  params: {},
  evidence: {
    window: WINDOW,
    source: s,
    hosts: [{ name: s, ip: s, hostname: s }],
    combined: { days: 0 },
  },
  draft: {
    type: "change",
    file: `requests/${s}/0004-change.yaml`,
    yaml: `kind: application\nsystem: ${JSON.stringify(s)}\n`,
    confirm: [text(`确认 ${s}`, `Confirm ${s}`)],
  },
});
const checks: AuditCheckId[] = [
  "low-load",
  "test-expiring",
  "test-expired",
  "offline-not-revoked",
  "stage-late",
  "application-expired",
];
const auditReport = (s: string): AuditReport => ({
  today: "2026-12-10",
  window: WINDOW,
  metricsSource: s,
  findings: [auditFinding(s)],
  summary: [
    {
      unit: s,
      unitName: s,
      systems: 1,
      hosts: 2,
      vcpu: 8,
      memoryGB: 16,
      measuredHosts: 0,
      lowLoadHosts: 0,
      reclaimableVcpu: 0,
      reclaimableMemoryGB: 0,
      testResources: 0,
      expiredTestResources: 0,
    },
  ],
  notes: [text(`${s} 中没有数据。`, `No data in ${s}.`)],
  counts: Object.fromEntries(checks.map((c) => [c, c === "low-load" ? 1 : 0])) as Record<
    AuditCheckId,
    number
  >,
  checked: checks,
  undetermined: [],
});

// ---------- 每个渲染器：提交者能写的字段 ----------

/** 表单的每一种块，每个文字都是 s。 */
const formEverywhere = (s: string): FormDocument => ({
  name: "申请表",
  variant: "新增",
  annex: s,
  title: s,
  subtitle: s,
  blocks: [
    { kind: "band", level: 2, title: s },
    { kind: "heading", level: 3, title: s },
    { kind: "text", lines: [{ text: s, choices: [{ label: s, checked: true }], after: s }] },
    {
      kind: "grid",
      columns: 4,
      rows: [[{ label: true, lines: [{ text: s }] }, { lines: [{ text: s }, { text: s }] }]],
    },
    {
      kind: "table",
      columns: [s, "说明"],
      rows: [[{ lines: [{ text: s }] }, { lines: [{ text: s }] }]],
      empty: s,
    },
  ],
  notes: { title: s, items: [{ text: s }, { text: s, indent: true }] },
  signature: { lines: [{ label: s, value: s }] },
});

const hostileForms = (s: string) =>
  applicationForms({
    application: withText(application0, s),
    unit: withText(unit0, s),
    system: withText(system0, s),
    before: empty,
    catalog,
  });

const report = (s: string) =>
  prReport({
    items: [
      {
        file: `requests/sz-edu/campus-portal/${s}.yaml`,
        application: withText(application0, s),
        before: empty,
        catalog,
        profile: shenzhen,
        formsMarkdown: renderMarkdown(hostileForms(s)),
      },
    ],
    findings: [
      finding(s, `requests/sz-edu/campus-portal/${s}.yaml`),
      finding(s, "requests/sz-edu/campus-portal/0001-new.yaml", "warning"),
    ],
    stageMarkdown: returnedStage(s),
  });

const renderers: Record<string, (s: string) => string> = {
  "PR 报告（文件名、用途、发现、表单、阶段）": (s) => report(s).markdown,
  "Danger 评论（fail、warn 的表格与 markdown）": (s) => {
    const r = report(s);
    return dangerComment(
      "govcloud",
      { fails: r.fails, warnings: r.warnings, messages: [], markdowns: [{ message: r.markdown }] },
      "6dcb09b",
    );
  },
  "Danger 行内评论": (s) => {
    const r = report(s);
    const inline = r.warnings[0];
    return dangerInlineComment(
      "govcloud",
      { fails: [], warnings: r.warnings, messages: [], markdowns: [] },
      inline?.file ?? "",
      inline?.line ?? 0,
    );
  },
  "阶段评论：新登记的单位名称、requests/ 之外的文件名": gateStage,
  "阶段评论：审查意见": returnedStage,
  "审计报告（Markdown）": (s) => renderAudit(auditReport(s), "markdown", "zh"),
  "审计 issue 正文": (s) => desiredIssue(auditFinding(s), { label: "审计", checkLabels: {} }, "en").body,
  漂移报告: (s) =>
    renderDriftMarkdown(
      [
        {
          stack: s,
          unit: s,
          system: s,
          drifted: true,
          resources: [
            {
              urn: "urn:pulumi:x::y::openstack:compute/instance:Instance::web-1",
              type: "openstack:compute/instance:Instance",
              name: s,
              kind: "instance",
              resource: s,
              status: "changed",
              pending: false,
              protected: false,
              differences: [{ property: s, kind: "update", replace: false, repository: s, cloud: s }],
            },
          ],
          errors: [s],
        },
      ],
      "zh",
    ),
  交付通知: (s) =>
    renderNotification({
      unit: withText(unit0, s),
      registration: withText(system0, s),
      application: application0,
      delivery: {
        kind: "delivery",
        profile: "shenzhen",
        application: 1,
        date: "2026-02-01",
        resources: [{ id: s, instances: [{ name: s, hostname: s, ip: s, floatingIp: s }], endpoint: s }],
      },
      state: empty,
      catalog,
      profile: shenzhen,
      pendingManual: [s],
    }),
  交付清单: (s) =>
    renderChecklist(
      {
        unit: "sz-edu",
        system: "campus-portal",
        systemName: s,
        application: 1,
        applicationType: "new",
        items: [{ resource: s, service: "waf", serviceName: s, action: "open", summary: s }],
      },
      shenzhen,
    ),
  "官方表单（申请中的名称、用途、说明）": (s) => renderMarkdown(hostileForms(s)),
  "官方表单（每一种块）": (s) => renderMarkdown(formEverywhere(s)),
};

describe.each(Object.entries(renderers))("%s", (_, render) => {
  const baseline = render(PLAIN);

  it("the baseline carries the plain text (the field is really shown)", () => {
    expect(visibleText(gfm.render(baseline))).toContain(PLAIN);
  });

  it.each(hostileStrings.map((s) => [s.name, s] as const))("%s stays text", (_, s) => {
    expectOnlyText(render(s.text), baseline, s);
  });
});

// ---------- HTML（A4 表单）与 GitHub 注解 ----------

describe("forms HTML (A4, printed to PDF)", () => {
  const html = (s: string) => [...hostileForms(s), formEverywhere(s)].map(renderHtml).join("\n");
  const baseline = html(PLAIN);

  it.each(hostileStrings.map((s) => [s.name, s] as const))("%s stays text", (_, s) => {
    const out = html(s.text);
    expect(out).not.toMatch(invisibleChars);
    expect(extraElements(out, baseline)).toEqual([]);
    expect(visibleText(out)).toContain(expectedText(s.text));
  });
});

describe("GitHub annotations (plain text workflow commands)", () => {
  const annotate = (s: string) =>
    renderFindings("github", [finding(s, `requests/sz-edu/${s}.yaml`)], {
      lang: "zh",
      sources: new Map(),
      fileCount: 1,
      color: false,
    });

  it.each(hostileStrings.map((s) => [s.name, s] as const))("%s stays in its own command", (_, s) => {
    const out = annotate(s.text);
    const lines = out.split("\n").filter((l) => l !== "");
    expect(lines).toHaveLength(1);
    const m = /^::error file=([^,:]*),line=7,col=9,title=([^,:]*)::(.*)$/.exec(lines[0] as string);
    expect(m).not.toBeNull();
    const message = decodeURIComponent((m?.[3] ?? "").replace(/%(?![0-9A-F]{2})/g, "%25"));
    expect(message).not.toMatch(invisibleChars);
    expect(normalize(message)).toContain(expectedText(s.text));
  });
});

// ---------- 代码样式 ----------

describe("codeSpan: a file name in code style survives any backtick run", () => {
  it.each(
    hostileStrings
      .filter((s) => !s.text.includes("|") && s.text.trim() !== "")
      .map((s) => [s.name, s] as const),
  )("%s", (_, s) => {
    const html = gfm.renderInline(codeSpan(s.text));
    expect(tagCounts(html).get("code")).toBe(1);
    expect(html.startsWith("<code>") && html.endsWith("</code>")).toBe(true);
    expect(decode(html.slice(6, -7))).toBe(visible(s.text, { layout: true }));
  });

  it("falls back to text for a pipe (GFM tables split on it even in code) and for blanks", () => {
    expect(codeSpan("a|b")).toBe("a&#124;b");
    expect(codeSpan("  ")).toBe("");
  });
});

describe("md``: our Markdown with the submitter's values", () => {
  it("keeps the literal parts, escapes plain values, leaves raw() and code() alone", () => {
    expect(md`- **${"**x**"}** ${code("a`b")} ${raw("_ours_")} ${3}`).toBe(
      "- **&#42;&#42;x&#42;&#42;** ``a`b`` _ours_ 3",
    );
  });
});

describe("codeBlock: drafted YAML in a fence no line can close", () => {
  it("uses a longer fence than any backtick run and shows invisible characters", () => {
    const block = codeBlock("a: 1\n````\nb: \u202E\n", "yaml");
    expect(block).toBe("`````yaml\na: 1\n````\nb: <U+202E>\n`````");
    const html = gfm.render(`${block}\n\n<script>`);
    expect(tagCounts(html).get("pre")).toBe(1);
    expect(html).toContain("````\nb: &lt;U+202E&gt;");
  });
});

describe("Danger gets a path only when it can copy it into its comment unescaped", () => {
  it("plain paths go to Danger for an inline comment; others move into the message as code", () => {
    const plain = report(PLAIN).warnings[0];
    expect(plain).toMatchObject({ file: "requests/sz-edu/campus-portal/0001-new.yaml", line: 7 });
    const hostile = report("x`](https://evil.example)").fails[0];
    expect(hostile?.file).toBeUndefined();
    expect(
      hostile?.message.startsWith("``requests/sz-edu/campus-portal/x`](https://evil.example).yaml:7:9`` "),
    ).toBe(true);
  });
});
