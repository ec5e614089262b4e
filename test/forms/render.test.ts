import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openPdfPrinter, PdfUnavailableError } from "../../scripts/adapters/pdf.ts";
import { renderHtml, renderMarkdown } from "../../scripts/adapters/templates.ts";
import type { Io } from "../../scripts/cli/main.ts";
import { runRender } from "../../scripts/cli/render.ts";
import type { FormDocument } from "../../scripts/core/forms/model.ts";
import type { NamedForm } from "../../scripts/core/forms/source.ts";
import { blockText, inlineText } from "../../scripts/core/markup.ts";
import { examplesRoot } from "../helpers/repo.ts";
import { exampleForms, exampleSources, formsWith, hostileNew, NEW, PAYLOAD } from "./helpers.ts";

const first = (forms: NamedForm[]): FormDocument => {
  const f = forms[0];
  if (!f) throw new Error("没有表单");
  return f.document;
};

/** 哪份示例出哪些表（附件5 一二三四、附件6、附件8、附件3）。 */
const expected: Record<string, string[]> = {
  "requests/sz-edu/student-registry/0001-new.yaml": ["申请表:新增", "测算报告:新增"],
  "requests/sz-edu/student-registry/0002-change.yaml": ["申请表:变更", "变更测算报告:变更"],
  "requests/sz-edu/student-registry/0003-ports.yaml": ["端口开放申请表:开放"],
  "requests/sz-edu/campus-portal/0001-new.yaml": ["申请表:新增", "测算报告:新增"],
  "requests/sz-edu/campus-portal/0002-revoke.yaml": ["申请表:撤销"],
  "requests/sz-edu-exam/exam-registration/0001-test.yaml": ["申请表:测试资源", "测算报告:测试资源"],
  "requests/sz-edu-exam/exam-registration/0002-test-renewal.yaml": ["申请表:续期"],
  "requests/sz-edu/unit.yaml": ["授权委托书:zhang-xiaoming", "授权委托书:li-na-sz"],
  "requests/sz-edu-exam/unit.yaml": ["授权委托书:wang-lei-exam"],
};

describe("every example renders in every text format", () => {
  const sources = exampleSources();

  it("covers every application type and both units", () => {
    expect(sources.sort()).toEqual(Object.keys(expected).sort());
  });

  for (const file of sources) {
    describe(file, () => {
      const forms = exampleForms(file);

      it("yields the forms its type calls for", () => {
        expect(forms.map((f) => `${f.document.name}:${f.document.variant}`)).toEqual(expected[file]);
      });

      it("matches the reviewed Markdown (golden file)", async () => {
        const name = file
          .replace(/^requests\//, "")
          .replace(/\.yaml$/, "")
          .replaceAll("/", "-");
        await expect(renderMarkdown(forms.map((f) => f.document))).toMatchFileSnapshot(
          `golden/${name}.md.txt`,
        );
      });

      it("renders a complete A4 HTML document per form with every title, label and value escaped", () => {
        for (const f of forms) {
          const html = renderHtml(f.document);
          expect(html.startsWith("<!doctype html>")).toBe(true);
          expect(html).toContain("size: A4");
          expect(html).toContain(`<h1>${f.document.title}</h1>`);
          expect(html).not.toMatch(/\{\{|\}\}/);
          expect(html).not.toContain("<script");
          if (f.document.signature)
            for (const l of f.document.signature.lines)
              expect(html).toContain(`<span class="label">${l.label}</span>`);
        }
      });
    });
  }

  it("names the files <unit>-<system>-<sequence>-<form> and <unit>-授权委托书-<agent>", () => {
    expect(exampleForms(NEW).map((f) => f.fileName)).toEqual([
      "sz-edu-student-registry-0001-申请表",
      "sz-edu-student-registry-0001-测算报告",
    ]);
    expect(exampleForms("requests/sz-edu-exam/unit.yaml").map((f) => f.fileName)).toEqual([
      "sz-edu-exam-授权委托书-wang-lei-exam",
    ]);
  });
});

describe("values come from the application, the registry and the state before it", () => {
  it("the change form takes the IPs from the delivery records", () => {
    const md = renderMarkdown(first(exampleForms("requests/sz-edu/student-registry/0002-change.yaml")));
    expect(md).toContain("| 1 | 云主机<br>10.21.3.11<br>10.21.3.12 | vCPU：8核<br>内存：16GB");
    expect(md).toContain("vCPU：12核<br>内存：24GB");
  });

  it("the revocation form gives IP and specification of the revoked host from the state", () => {
    const md = renderMarkdown(first(exampleForms("requests/sz-edu/campus-portal/0002-revoke.yaml")));
    expect(md).toMatch(/IP：10\.21\.5\.21（szedu-portal-cms-1）<br>vCPU：4核<br>内存：8GB/);
    expect(md).toContain("数据已备份（注6）");
    expect(md).not.toContain("一、新增申请");
  });

  it("checks exactly the chosen option", () => {
    const md = renderMarkdown(first(exampleForms(NEW)));
    expect(md).toContain("□国产环境（ARM）　☑非国产环境（X86)");
    expect(md).toContain("等级测评报告结论：□优　☑良　□中");
    const test = renderMarkdown(first(exampleForms("requests/sz-edu-exam/exam-registration/0001-test.yaml")));
    expect(test).toContain("□1个月　☑2个月　□3个月<br>□1周　□2周　□3周　□4周");
    const ports = renderMarkdown(first(exampleForms("requests/sz-edu/student-registry/0003-ports.yaml")));
    expect(ports).toContain("①☑　②□　③□　④□");
    expect(ports).toContain("☑机关　□事业　□其它（请说明）：");
  });

  it("leaves out the sections that do not apply (不涉及时删除)", () => {
    const md = renderMarkdown(first(exampleForms(NEW)));
    for (const absent of ["二、测试资源申请", "三、变更申请", "四、撤销申请", "（三）PaaS服务"])
      expect(md).not.toContain(absent);
    const letter = renderMarkdown(first(exampleForms("requests/sz-edu-exam/unit.yaml")));
    expect(letter).toContain("**主管单位**：深圳市教育局");
    expect(letter).toContain("单位/主管单位盖章：深圳市教育局（主管单位公章）");
  });
});

describe("escaping: user text renders as text", () => {
  const forms = formsWith({ [NEW]: hostileNew() }, NEW);
  const md = renderMarkdown(forms.map((f) => f.document));

  it("Markdown: HTML and Markdown punctuation become entities, the table keeps its columns", () => {
    expect(md).not.toMatch(/<script|<img|<b>/);
    expect(md).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &#42;&#42;bold&#42;&#42; &#124; pipe");
    const row = md.split("\n").find((l) => l.startsWith("| 1 | 云主机 |") && l.includes("alert(1)"));
    expect(row).toBeDefined();
    // 竖线只有单元格边界：6 列 → 7 条
    expect(row?.match(/\|/g)).toHaveLength(7);
    // 备注中的换行在单元格里成了空格，而不是 <br> 或新的一行
    expect(row).toContain(
      "第一行 &#35; 不是标题 &#91;链接&#93;(https&#58;//example&#46;invalid) &#96;代码&#96; &#36;x&#36; &#58;smile&#58; @<wbr>someone &amp;amp; &lt;img src=x onerror=alert(2)&gt;",
    );
  });

  it("Markdown paragraphs: no heading, list, code block or HTML from the user's lines", () => {
    expect(md).toContain(
      [
        "&#35; 不是标题\\",
        "&#45; 不是列表\\",
        "1&#46; 不是编号\\",
        "不是代码块\\",
        "&lt;b&gt;不是粗体&lt;/b&gt; &#42;&#42;&#42;也不是&#42;&#42;&#42; &#126;&#126;删除&#126;&#126; &#124; 竖线",
      ].join("\n"),
    );
  });

  it("HTML: Handlebars escapes every value", () => {
    for (const f of forms) {
      const html = renderHtml(f.document);
      // 只有附图（附件的图片，data: URI）是 <img>；用户文本里的标签都被转义
      expect(html).not.toMatch(/<script|<img(?! class="figure" src="data:image\/(png|jpeg);base64,)|<b>/);
    }
    const html = renderHtml(first(forms));
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt; **bold** | pipe");
    expect(html).toContain("&lt;img src&#x3D;x onerror&#x3D;alert(2)&gt;");
  });

  it("the escapers on their own", () => {
    expect(inlineText(PAYLOAD)).toBe(
      "&lt;script&gt;alert(1)&lt;/script&gt; &#42;&#42;bold&#42;&#42; &#124; pipe",
    );
    expect(inlineText("a\nb\r\nc\td")).toBe("a b c d");
    expect(inlineText("<br>")).toBe("&lt;br&gt;");
    expect(inlineText("见 www.example.com 与 https://x.invalid")).toBe(
      "见 www&#46;example&#46;com 与 https&#58;//x&#46;invalid",
    );
    expect(inlineText("a\u0000b\u001bc")).toBe("a&lt;U+0000&gt;b&lt;U+001B&gt;c");
    expect(blockText("+ 加\n=\n\n\n2) 二\n\\")).toBe("&#43; 加\\\n&#61;\\\n2&#41; 二\\\n&#92;");
  });
});

// ---------- 命令行 ----------

let dir: string;
let out: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "govcloud-render-"));
  cpSync(join(examplesRoot, "requests"), join(dir, "requests"), { recursive: true });
  out = join(dir, "out");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(...args: string[]) {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd: dir,
    colorDefault: false,
  };
  const code = await runRender(args, io);
  return { code, stdout, stderr };
}

describe("govcloud render", () => {
  it("--to md prints the Markdown of all the application's forms", async () => {
    const r = await render(NEW, "--to", "md");
    expect(r).toEqual({
      code: 0,
      stdout: renderMarkdown(exampleForms(NEW).map((f) => f.document)),
      stderr: "",
    });
  });

  it("--to html writes one file per form into --out and prints the paths", async () => {
    const r = await render(NEW, "--to", "html", "--out", "out");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      "已写入 out/sz-edu-student-registry-0001-申请表.html\n已写入 out/sz-edu-student-registry-0001-测算报告.html\n",
    );
    expect(readFileSync(join(out, "sz-edu-student-registry-0001-申请表.html"), "utf8")).toContain(
      "<h1>深圳市政务云服务申请表</h1>",
    );
  });

  it("a unit.yaml gives one authorization letter per agent; --agent picks one", async () => {
    const r = await render(
      "requests/sz-edu/unit.yaml",
      "--to",
      "md",
      "--out",
      "letters",
      "--agent",
      "li-na-sz",
    );
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "letters"))).toEqual(["sz-edu-授权委托书-li-na-sz.md"]);
  });

  it("usage errors are UsageError (exit 2 through main)", async () => {
    await expect(render(NEW, "--to", "docx")).rejects.toMatchObject({ zh: expect.stringContaining("--to") });
    await expect(render()).rejects.toMatchObject({ zh: expect.stringContaining("请给出一个申请文件") });
    await expect(render("README.md")).rejects.toMatchObject({
      zh: expect.stringContaining("不在 requests/ 下"),
    });
    await expect(render("requests/sz-edu/student-registry/system.yaml")).rejects.toMatchObject({
      zh: expect.stringContaining("没有对应的官方表单"),
    });
    await expect(render("requests/sz-edu/unit.yaml", "--agent", "nobody")).rejects.toMatchObject({
      zh: expect.stringContaining("zhang-xiaoming、li-na-sz"),
    });
    await expect(render(NEW, "--agent", "li-na-sz")).rejects.toMatchObject({
      zh: expect.stringContaining("--agent"),
    });
    await expect(render("requests/sz-edu/none.yaml")).rejects.toMatchObject({
      zh: expect.stringContaining("找不到"),
    });
  });

  it("refuses an application with validation errors: exit 1, the count, and run validate", async () => {
    const file = join(dir, NEW);
    const original = readFileSync(file, "utf8");
    writeFileSync(file, original.replace("vcpu: 8", "vcpu: 7"));
    try {
      const r = await render(NEW, "--to", "html", "--out", "invalid");
      expect(r.code).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(
        `govcloud render：${NEW} 有 1 个错误，不能生成表单。请先运行 govcloud validate ${NEW} 查看并改正。\n`,
      );
    } finally {
      writeFileSync(file, original);
    }
  });

  it("without Chromium, --to pdf says in Chinese how to install it (exit 2, no stack trace)", async () => {
    const saved = process.env.GOVCLOUD_CHROMIUM;
    process.env.GOVCLOUD_CHROMIUM = join(dir, "no-chromium");
    try {
      const r = await render(NEW, "--to", "pdf", "--out", "pdf");
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(
        `govcloud render：未找到 Chromium（${join(dir, "no-chromium")}）：运行 scripts/setup/forms.sh 安装。\n`,
      );
      await expect(openPdfPrinter({ GOVCLOUD_CHROMIUM: join(dir, "no-chromium") })).rejects.toBeInstanceOf(
        PdfUnavailableError,
      );
    } finally {
      if (saved === undefined) delete process.env.GOVCLOUD_CHROMIUM;
      else process.env.GOVCLOUD_CHROMIUM = saved;
    }
  });
});
