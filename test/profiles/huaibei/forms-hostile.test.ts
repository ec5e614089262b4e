/**
 * 提交者的文字只作为文字显示（淮北的表单）：与深圳的表单同一份敌意字符串（test/fixtures/hostile/strings.ts），
 * 放进申请、单位、系统登记与交付确认中提交者能写的每个文字字段，生成附件1–7，
 * Markdown 按 GitHub 的风格渲染（markdown-it），HTML 直接检查；与普通文字的输出（基线）相比，
 * 不多出任何元素（<wbr>、<br> 除外）、提及或引用，原文仍看得见。检查方法与 test/hostile-render.test.ts 相同。
 */
import { describe, expect, it } from "vitest";
import { renderHtml, renderMarkdown } from "../../../scripts/adapters/templates.ts";
import { applicationForms } from "../../../scripts/profiles/huaibei/forms/index.ts";
import { hostileStrings } from "../../fixtures/hostile/strings.ts";
import {
  expectedText,
  extraElements,
  extraMentions,
  gfm,
  invisibleChars,
  PLAIN,
  visibleText,
} from "../../helpers/hostile-checks.ts";

import {
  changeApplication,
  changeDelivery,
  context,
  deliveredState,
  exitDelivery,
  hostingApplication,
  newApplication,
  openingDelivery,
  revokeApplication,
  system,
  testApplication,
  unit,
} from "./forms-fixtures.ts";

/** 提交者写的自由文字字段（名称、说明、原因、备注、编号……）。 */
const freeText = new Set([
  "name",
  "address",
  "description",
  "department",
  "position",
  "officePhone",
  "email",
  "mobile",
  "projectCode",
  "filingCertificate",
  "networkOther",
  "availabilityOther",
  "systemTypeOther",
  "audienceOther",
  "serviceRangeOther",
  "runtimeOther",
  "cloudNumber",
  "number",
  "document",
  "oldSystem",
  "otherNeeds",
  "os",
  "productOther",
  "deviceType",
  "remark",
  "reason",
  "requirement",
  "others",
  "categoryOther",
  "note",
  "ip",
]);

/** 自由文字字段都换成 s；资源标识 ip-gov 及对它的引用也换成 s（“2、其他”与退出资源中印出标识）。 */
function withText<T>(value: T, s: string, key = ""): T {
  if (typeof value === "string") {
    if (freeText.has(key)) return s as T;
    if ((key === "id" || key === "resource") && value === "ip-gov") return s as T;
    return value;
  }
  if (Array.isArray(value)) return value.map((v) => withText(v, s, key)) as T;
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withText(v, s, k)])) as T;
  return value;
}

/** 变更中写明虚拟机 IP（ip 字段也是提交者写的文字）。 */
const withIp = (app: typeof changeApplication) => ({
  ...app,
  // 圈选的“其他：<说明>”（附件3、6 没有方框的选项）
  category: "other",
  categoryOther: "x",
  changes: app.changes.map((c, i) => (i === 0 ? { ...c, ip: "10.55.61.115" } : c)),
});

/** 勾“其他”并写明的选项（承载网络、可用性、系统类型、服务对象、服务范围、运行时间）：说明也是提交者写的文字。 */
const systemWithOthers = {
  ...system,
  networks: ["govnet", "other"],
  networkOther: "x",
  availability: "other",
  availabilityOther: "x",
  systemType: "other",
  systemTypeOther: "x",
  audience: ["other"],
  audienceOther: "x",
  serviceRange: "other",
  serviceRangeOther: "x",
  runtime: "other",
  runtimeOther: "x",
};

/** 全部七张表，每个自由文字字段都是 s。 */
function allForms(s: string) {
  const who = { unit: withText(unit, s), system: withText(systemWithOthers, s) };
  const state = deliveredState(s);
  return [
    ...applicationForms(
      context(withText(newApplication, s), { ...who, delivery: withText(openingDelivery, s) }),
    ),
    ...applicationForms(context(withText(testApplication, s), who)),
    ...applicationForms(context(withText(hostingApplication, s), who)),
    ...applicationForms(
      context(withText(withIp(changeApplication), s), {
        ...who,
        before: state,
        delivery: withText(changeDelivery, s),
      }),
    ),
    ...applicationForms(
      context(withText(revokeApplication, s), { ...who, before: state, delivery: withText(exitDelivery, s) }),
    ),
  ];
}

// ---------- 测试 ----------

describe("Huaibei forms (附件1–7), Markdown in GitHub's flavour", () => {
  const markdown = (s: string) => renderMarkdown(allForms(s));
  const baseline = gfm.render(markdown(PLAIN));

  it("the baseline carries the plain text in every form (the fields are really shown)", () => {
    const forms = allForms(PLAIN);
    expect(forms.map((f) => f.annex).sort()).toEqual([
      "附件1",
      "附件1",
      "附件2",
      "附件3",
      "附件4",
      "附件5",
      "附件6",
      "附件7",
    ]);
    for (const f of forms) expect(visibleText(gfm.render(renderMarkdown(f))), f.annex).toContain(PLAIN);
  });

  it.each(hostileStrings.map((s) => [s.name, s] as const))("%s stays text", (_, s) => {
    const out = markdown(s.text);
    const html = gfm.render(out);
    expect(out).not.toMatch(invisibleChars);
    expect(extraElements(html, baseline)).toEqual([]);
    expect(extraMentions(html, baseline)).toEqual([]);
    expect(visibleText(html)).toContain(expectedText(s.text));
  });
});

describe("Huaibei forms (附件1–7), HTML for print", () => {
  const html = (s: string) => allForms(s).map(renderHtml).join("\n");
  const baseline = html(PLAIN);

  it.each(hostileStrings.map((s) => [s.name, s] as const))("%s stays text", (_, s) => {
    const out = html(s.text);
    expect(out).not.toMatch(invisibleChars);
    expect(extraElements(out, baseline)).toEqual([]);
    expect(visibleText(out)).toContain(expectedText(s.text));
  });
});
