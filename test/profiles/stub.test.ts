import { describe, expect, it } from "vitest";
import { nationalCalendar } from "../../scripts/adapters/calendar-files.ts";
import { renderMarkdown } from "../../scripts/adapters/templates.ts";
import { formsForFile } from "../../scripts/core/forms/source.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
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
agents: []
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
});
