import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diskFs } from "../../scripts/adapters/disk-fs.ts";
import { formsForFile, validate } from "../../scripts/adapters/repository.ts";
import { renderHtml, renderMarkdown } from "../../scripts/adapters/templates.ts";
import { attachmentFile, attachmentFormat } from "../../scripts/core/forms/attachments.ts";
import type { FigureImage, FormDocument } from "../../scripts/core/forms/model.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { exampleFiles, fixtureRepo, TODAY } from "../helpers/repo.ts";
import { NEW } from "./helpers.ts";

/**
 * 附件（issue 17 第7项）：测算报告把架构图与截图嵌进打印件；校验报告缺失、读不了、越出系统目录的附件。
 * 图片是提交在测试目录里的小 PNG（示例的 attachments/）与 JPEG（test/forms/fixtures/截图.jpg）。
 */

const SYS = "requests/sz-edu/student-registry";
const DIAGRAM = `${SYS}/attachments/部署架构图.png`;
const jpeg = readFileSync(new URL("fixtures/截图.jpg", import.meta.url));
const newText = String(exampleFiles()[NEW]);

/** 示例新增申请的架构图再加一张 JPEG。 */
const withJpeg = exampleFiles({
  [NEW]: newText.replace(
    "      - attachments/部署架构图.png\n",
    "      - attachments/部署架构图.png\n      - attachments/截图.jpg\n",
  ),
  [`${SYS}/attachments/截图.jpg`]: jpeg,
});

const estimateOf = (files: Record<string, string | Uint8Array>): FormDocument => {
  const r = formsForFile(memoryFs(files), NEW, { today: TODAY });
  if (!r.ok) throw new Error(JSON.stringify(r));
  const doc = r.forms.find((f) => f.document.name === "测算报告")?.document;
  if (!doc) throw new Error("no 测算报告");
  return doc;
};

const dataUri = (mime: string, bytes: Uint8Array) =>
  `data:${mime};base64,${Buffer.from(bytes).toString("base64")}`;
/** HTML 中的属性值经过实体转义（= 写成 &#x3D;），浏览器读回原样 */
const inHtml = (s: string) => s.replaceAll("=", "&#x3D;");

describe("the 测算报告 embeds its attachments", () => {
  const doc = estimateOf(withJpeg);
  const html = renderHtml(doc);

  it("embeds each PNG and JPEG as a data URI, above its caption", () => {
    const png = readFileSync(join(fixtureRoot(), DIAGRAM));
    expect(html).toContain(
      `<img class="figure" src="${inHtml(dataUri("image/png", png))}" alt=""><span class="t">附图：attachments/部署架构图.png</span>`,
    );
    expect(html).toContain(`src="${inHtml(dataUri("image/jpeg", jpeg))}"`);
    // 压测截图（表格中）与已有数据量截图也嵌入：1 + 1 + 2 + 1 张
    expect(html.match(/<img class="figure" src="data:image\/(png|jpeg);base64,/g)).toHaveLength(5);
  });

  it("keeps the Markdown (pull request comment) as text lines", () => {
    const md = renderMarkdown(doc);
    expect(md).toContain("附图：attachments/部署架构图&#46;png\\\n附图：attachments/截图&#46;jpg");
    expect(md).not.toContain("base64");
  });
});

describe("PDF attachments", () => {
  const pdf = readFileSync(new URL("fixtures/网络拓扑图.pdf", import.meta.url));
  const files = exampleFiles({
    [NEW]: newText.replace(
      "      - attachments/部署架构图.png\n",
      "      - attachments/部署架构图.png\n      - attachments/网络拓扑图.pdf\n",
    ),
    [`${SYS}/attachments/网络拓扑图.pdf`]: pdf,
  });
  const estimate = (pdfPages?: (bytes: Uint8Array) => FigureImage[]) => {
    const r = formsForFile(memoryFs(files), NEW, { today: TODAY, ...(pdfPages ? { pdfPages } : {}) });
    if (!r.ok) throw new Error(JSON.stringify(r));
    return renderHtml(r.forms.find((f) => f.document.name === "测算报告")?.document as FormDocument);
  };

  it("are printed as the images of their pages that the converter gives", () => {
    const seen: number[] = [];
    const page: FigureImage = { mime: "image/png", base64: "AAAA" };
    const html = estimate((bytes) => {
      seen.push(bytes.length);
      return [page, page];
    });
    expect(seen).toEqual([pdf.length]);
    expect(html).toContain(
      '<img class="figure" src="data:image/png;base64,AAAA" alt=""><img class="figure" src="data:image/png;base64,AAAA" alt=""><span class="t">附图：attachments/网络拓扑图.pdf</span>',
    );
  });

  it("are printed as their path alone without a converter", () => {
    const html = estimate();
    expect(html).toContain('<p><span class="t">附图：attachments/网络拓扑图.pdf</span></p>');
    expect(html.match(/<img class="figure"/g)).toHaveLength(4);
  });
});

describe("validate checks every attachment an application cites", () => {
  // 示例申请的日期早于 TODAY 三个月，作为待审的申请会过期：只看附件的发现
  const findings = (files: Record<string, string | Uint8Array>) =>
    validate({
      fs: memoryFs(files),
      scope: { kind: "files", files: [NEW] },
      lang: "zh",
      today: TODAY,
    }).findings.filter((f) => f.rule === "attachment");

  it("passes the examples with their images", () => {
    expect(findings(withJpeg)).toEqual([]);
    expect(findings(exampleFiles())).toEqual([]);
  });

  it("reports a missing attachment at the field, with the path and the citation", () => {
    expect(findings(exampleFiles({ [DIAGRAM]: null }))).toEqual([
      {
        rule: "attachment",
        severity: "error",
        message: `找不到附件 ${DIAGRAM}。请把文件提交到这个位置，或改正路径（相对于系统目录）。`,
        file: NEW,
        path: "/estimate/architecture/diagrams/0",
        line: 83,
        column: 9,
        citation: { profile: "shenzhen", attachment: "附件6" },
      },
    ]);
  });

  it("reports a file that is not a PNG, JPEG or PDF image", () => {
    const [f] = findings(exampleFiles({ [DIAGRAM]: "<svg/>" }));
    expect(f?.message).toBe(
      `附件 ${DIAGRAM} 不是 PNG、JPEG 或 PDF 文件（按文件内容判断），打印不出来。请另存为 PNG 或 JPEG 图片。`,
    );
  });

  it("speaks English behind --lang en", () => {
    const { findings: en } = validate({
      fs: memoryFs(exampleFiles({ [DIAGRAM]: null })),
      scope: { kind: "files", files: [NEW] },
      lang: "en",
      today: TODAY,
    });
    expect(en.find((f) => f.rule === "attachment")?.message).toBe(
      `Attachment ${DIAGRAM} does not exist. Commit the file there or correct the path (relative to the system's folder).`,
    );
  });

  it("refuses to render forms while an attachment is missing", () => {
    const r = formsForFile(memoryFs(exampleFiles({ [DIAGRAM]: null })), NEW, { today: TODAY });
    expect(r).toMatchObject({ ok: false, reason: "invalid", findings: [{ rule: "attachment" }] });
  });
});

describe("attachments never leave the system's folder and never follow links", () => {
  let root: string | undefined;
  const outside = mkdtempSync(join(tmpdir(), "govcloud-outside-"));
  afterAll(() => {
    if (root) rmSync(root, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it.each([
    ["/etc/passwd"],
    ["../student-registry/attachments/部署架构图.png"],
    ["attachments/../../../unit.yaml"],
    ["attachments//x.png"],
    ["attachments\\x.png"],
    ["./attachments/x.png"],
    [""],
  ])("%j is refused", (path) => {
    expect(attachmentFile(SYS, path)).toBeUndefined();
  });

  it("accepts a plain relative path", () => {
    expect(attachmentFile(SYS, "attachments/部署架构图.png")).toBe(DIAGRAM);
  });

  it("reports a symbolic link as not a regular file, without reading its target", () => {
    root = fixtureRepo({ prefix: "govcloud-attach-" });
    const png = readFileSync(join(root, DIAGRAM));
    writeFileSync(join(outside, "secret.png"), png);
    rmSync(join(root, DIAGRAM));
    symlinkSync(join(outside, "secret.png"), join(root, DIAGRAM));
    const { findings } = validate({
      fs: diskFs(root),
      scope: { kind: "files", files: [NEW] },
      lang: "zh",
      today: TODAY,
    });
    const own = findings.filter((f) => f.rule === "attachment");
    expect(own.map((f) => f.message)).toEqual([
      `附件 ${DIAGRAM} 不是普通文件（${DIAGRAM} 是符号链接），不读它。请提交图片文件本身。`,
    ]);
    expect(own[0]?.path).toBe("/estimate/architecture/diagrams/0");
  });
});

describe("attachmentFormat", () => {
  it.each([
    ["png", [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]],
    ["jpeg", [0xff, 0xd8, 0xff, 0xe0]],
    ["pdf", [...Buffer.from("%PDF-1.7")]],
    [undefined, [...Buffer.from("GIF89a")]],
    [undefined, [0x89, 0x50]],
  ])("%s", (format, bytes) => {
    expect(attachmentFormat(Uint8Array.from(bytes as number[]))).toBe(format);
  });
});

function fixtureRoot(): string {
  return new URL("../fixtures/examples", import.meta.url).pathname;
}
