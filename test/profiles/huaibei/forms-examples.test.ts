import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diskFs } from "../../../scripts/adapters/disk-fs.ts";
import { formsForFile } from "../../../scripts/adapters/repository.ts";
import { renderHtml, renderMarkdown } from "../../../scripts/adapters/templates.ts";
import type { NamedForm } from "../../../scripts/core/forms/source.ts";
import { walk } from "../../../scripts/core/repository/fs.ts";
import { classify } from "../../../scripts/core/repository/layout.ts";
import { runCli } from "../../helpers/cli.ts";
import { repoRoot, TODAY } from "../../helpers/repo.ts";

/**
 * 仓库自带的淮北示例（examples/huaibei/）：每份申请生成它该有的附件1–7，Markdown 与审阅过的金色文件一致
 * （test/profiles/huaibei/golden/examples-*.md.txt；CI=true 时从不改写），`govcloud render --root` 对它们可用。
 */

const root = join(repoRoot, "examples/huaibei");
const fs = diskFs(root);

const applications = walk(fs, "requests").filter((f) => classify(f).kind === "application");

function examplesForms(file: string): NamedForm[] {
  const r = formsForFile(fs, file, { today: TODAY });
  if (!r.ok) throw new Error(`${file} 生成不了表单：${JSON.stringify(r)}`);
  return r.forms;
}

/** 哪份示例出哪些表。 */
const expected: Record<string, string[]> = {
  "requests/hb-edu/smart-edu/0001-new.yaml": ["附件1 需求申请表 新建上云", "附件5 开通确认单 开通"],
  "requests/hb-edu/smart-edu/0002-change.yaml": ["附件3 变更申请表 变更", "附件6 变更确认单 变更"],
  "requests/hb-edu/smart-edu/0003-ports.yaml": [],
  "requests/hb-edu/exam-system/0001-migrate.yaml": ["附件1 需求申请表 迁移上云", "附件5 开通确认单 开通"],
  "requests/hb-health/emergency/0001-temporary.yaml": ["附件1 需求申请表 临时资源", "附件5 开通确认单 开通"],
  "requests/hb-health/emergency/0002-extension.yaml": [],
  "requests/hb-health/old-portal/0001-new.yaml": ["附件1 需求申请表 新建上云", "附件5 开通确认单 开通"],
  "requests/hb-health/old-portal/0002-exit.yaml": [
    "附件4 退出申请表 业务系统退出",
    "附件7 退出确认单 业务系统退出",
  ],
  "requests/hb-health/data-hosting/0001-hosting.yaml": ["附件2 托管申请表 机房托管", "附件5 开通确认单 开通"],
};

describe("the Huaibei example repository's applications", () => {
  it("are the ones this test lists", () => {
    expect([...applications].sort()).toEqual(Object.keys(expected).sort());
  });

  it("together yield every one of 附件1–7", () => {
    const annexes = new Set(applications.flatMap((f) => examplesForms(f).map((x) => x.document.annex)));
    expect([...annexes].sort()).toEqual(["附件1", "附件2", "附件3", "附件4", "附件5", "附件6", "附件7"]);
  });

  for (const file of applications) {
    describe(file, () => {
      const forms = examplesForms(file);

      it("yields the forms its type and delivery record call for", () => {
        expect(forms.map((f) => `${f.document.annex} ${f.document.name} ${f.document.variant}`)).toEqual(
          expected[file],
        );
      });

      // 延期、高危端口备案没有表（上一个测试断言它们的表为空），不写金色文件
      if (forms.length > 0)
        it("matches the reviewed Markdown (golden file)", async () => {
          const name = file
            .replace(/^requests\//, "")
            .replace(/\.yaml$/, "")
            .replaceAll("/", "-");
          await expect(renderMarkdown(forms.map((f) => f.document))).toMatchFileSnapshot(
            `golden/examples-${name}.md.txt`,
          );
        });

      it("renders a complete A4 HTML document per form", () => {
        for (const f of forms) {
          const html = renderHtml(f.document);
          expect(html.startsWith("<!doctype html>")).toBe(true);
          expect(html).toContain(`<h1>${f.document.title}</h1>`);
        }
      });
    });
  }
});

describe("govcloud render on the Huaibei examples", () => {
  const out = mkdtempSync(join(tmpdir(), "govcloud-hb-render-"));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it("--root examples/huaibei writes one file per form, named <unit>-<system>-<sequence>-<form>", async () => {
    const r = await runCli(
      ["render", "requests/hb-edu/smart-edu/0001-new.yaml", "--root", root, "--to", "html", "--out", out],
      { cwd: root },
    );
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "hb-edu-smart-edu-0001-开通确认单.html",
      "hb-edu-smart-edu-0001-需求申请表.html",
    ]);
    expect(readFileSync(join(out, "hb-edu-smart-edu-0001-开通确认单.html"), "utf8")).toContain(
      "淮北市政务云资源开通确认单",
    );
  });

  it("a file whose regulation prescribes no form is a usage error, not an empty output", async () => {
    const r = await runCli(["render", "requests/hb-health/emergency/0002-extension.yaml", "--root", root], {
      cwd: root,
    });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain("requests/hb-health/emergency/0002-extension.yaml 没有对应的官方表单");
  });

  it("Markdown to standard output", async () => {
    const r = await runCli(["render", "requests/hb-edu/smart-edu/0002-change.yaml", "--root", root], {
      cwd: root,
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("# 淮北市政务云资源变更申请表");
    expect(r.stdout).toContain("# 淮北市政务云资源变更确认单");
  });
});
