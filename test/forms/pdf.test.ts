import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumPath, findChromium, openPdfPrinter, type PdfPrinter } from "../../scripts/adapters/pdf.ts";
import { popplerPdfPages } from "../../scripts/adapters/pdf-pages.ts";
import { renderHtml } from "../../scripts/adapters/templates.ts";
import { attachmentFormat } from "../../scripts/core/forms/attachments.ts";
import type { FormDocument } from "../../scripts/core/forms/model.ts";
import { exampleForms, formsWith, hostileNew, NEW, PAYLOAD } from "./helpers.ts";
import {
  applicationLabels,
  authorizationLabels,
  changeEstimateLabels,
  estimateLabels,
  portsLabels,
  squash,
  testEstimateLabels,
} from "./labels.ts";

/**
 * 经真实的 Chromium 打印 PDF，用 pdftotext 取出文字，检查官方表单的每个字段名都在。
 * 需要 scripts/setup/forms.sh 安装的 Debian 软件包（chromium、fonts-noto-cjk、poppler-utils）。
 * CI=true 时缺少它们测试失败（给出安装提示）；本地缺少时跳过并说明原因。
 * 这个文件可单独运行：npx vitest run test/forms/pdf.test.ts
 */

const hasTool = (tool: string) => {
  try {
    execFileSync(tool, ["-v"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

const missing = [
  ...(findChromium() ? [] : [`Chromium（${chromiumPath()}）`]),
  ...(["pdftotext", "pdftoppm", "pdffonts"].every(hasTool) ? [] : ["poppler-utils（pdftotext、pdftoppm）"]),
];
const ci = Boolean(process.env.CI) && process.env.CI !== "false";
const skip = missing.length > 0 && !ci;
const hint = `缺少 ${missing.join("、")}：运行 scripts/setup/forms.sh 安装`;
if (skip) console.warn(`test/forms/pdf.test.ts 跳过：${hint}（CI=true 时不跳过而是失败）`);

describe.skipIf(skip)(skip ? `PDF（跳过：${hint}）` : "PDF through Debian's Chromium", () => {
  let printer: PdfPrinter | undefined;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "govcloud-pdf-"));
    // 缺少组件时（只可能在 CI 中走到这里）不打开浏览器：每个测试在 print() 中以安装提示失败
    if (missing.length === 0) printer = await openPdfPrinter();
  }, 120_000);
  afterAll(async () => {
    await printer?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** 打印一份表单，返回 PDF 路径与 pdftotext（按内容流顺序）取出的文字。 */
  async function print(doc: FormDocument, name: string) {
    if (!printer) throw new Error(hint);
    const path = join(dir, `${name}.pdf`);
    writeFileSync(path, await printer.htmlToPdf(renderHtml(doc)));
    const text = execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"], { encoding: "utf8" });
    return { path, text };
  }

  const find = (file: string, name: string, variant: string): FormDocument => {
    const f = exampleForms(file).find((x) => x.document.name === name && x.document.variant === variant);
    if (!f) throw new Error(`${file} 没有 ${name}（${variant}）`);
    return f.document;
  };

  const cases: {
    title: string;
    file: string;
    name: string;
    variant: string;
    labels: string[];
    values: string[];
  }[] = [
    {
      title: "申请表 一、新增申请",
      file: NEW,
      name: "申请表",
      variant: "新增",
      labels: applicationLabels.新增,
      values: ["深圳市教育局", "深圳市中小学学籍管理系统", "☑非国产环境（X86)", "☑良", "2026年5月11日"],
    },
    {
      title: "申请表 一、新增申请（PaaS）",
      file: "requests/sz-edu/campus-portal/0001-new.yaml",
      name: "申请表",
      variant: "新增",
      labels: applicationLabels["新增-PaaS"],
      values: ["分布式缓存", "主备版，4GB", "☑国产环境（ARM）"],
    },
    {
      title: "申请表 二、测试资源申请（新增）",
      file: "requests/sz-edu-exam/exam-registration/0001-test.yaml",
      name: "申请表",
      variant: "测试资源",
      labels: applicationLabels.测试资源,
      values: ["深圳市教育考试院", "☑2个月"],
    },
    {
      title: "申请表 二、测试资源申请（续期）",
      file: "requests/sz-edu-exam/exam-registration/0002-test-renewal.yaml",
      name: "申请表",
      variant: "续期",
      labels: applicationLabels.续期,
      values: ["10.22.8.11", "10.22.8.12", "☑1个月"],
    },
    {
      title: "申请表 三、变更申请",
      file: "requests/sz-edu/student-registry/0002-change.yaml",
      name: "申请表",
      variant: "变更",
      labels: applicationLabels.变更,
      values: ["10.21.3.11", "vCPU：12核"],
    },
    {
      title: "申请表 四、撤销申请",
      file: "requests/sz-edu/campus-portal/0002-revoke.yaml",
      name: "申请表",
      variant: "撤销",
      labels: applicationLabels.撤销,
      values: ["10.21.5.21", "数据已备份"],
    },
    {
      title: "测算报告（新增）",
      file: NEW,
      name: "测算报告",
      variant: "新增",
      labels: estimateLabels,
      values: ["开学季集中转学登记", "3000GB"],
    },
    {
      title: "测算报告（测试资源）",
      file: "requests/sz-edu-exam/exam-registration/0001-test.yaml",
      name: "测算报告",
      variant: "测试资源",
      labels: testEstimateLabels,
      values: ["应用节点", "数据库节点"],
    },
    {
      title: "变更测算报告",
      file: "requests/sz-edu/student-registry/0002-change.yaml",
      name: "变更测算报告",
      variant: "变更",
      labels: changeEstimateLabels,
      values: ["vCPU平均46%、峰值91%"],
    },
    {
      title: "端口开放申请表（附件8）",
      file: "requests/sz-edu/student-registry/0003-ports.yaml",
      name: "端口开放申请表",
      variant: "开放",
      labels: portsLabels,
      values: ["☑端口开放申请", "①☑", "5432"],
    },
    {
      title: "授权委托书（附件3）",
      file: "requests/sz-edu-exam/unit.yaml",
      name: "授权委托书",
      variant: "wang-lei-exam",
      labels: authorizationLabels,
      values: ["王磊", "深圳市教育考试院", "深圳市教育局", "☑授权代理本单位政务云申请"],
    },
  ];

  for (const c of cases) {
    it(`${c.title}: the PDF's text has every official label`, async () => {
      const { text } = await print(find(c.file, c.name, c.variant), c.title);
      const flat = squash(text);
      const absent = c.labels.filter((l) => !flat.includes(squash(l)));
      expect(absent, `PDF 中缺少这些字段名：${absent.join("、")}`).toEqual([]);
      const values = c.values.filter((v) => !flat.includes(squash(v)));
      expect(values, `PDF 中缺少这些内容：${values.join("、")}`).toEqual([]);
    });
  }

  it("prints A4 pages with every font embedded and mapped to Unicode, and pdftoppm makes a page image", async () => {
    const { path } = await print(find(NEW, "申请表", "新增"), "a4");
    const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
    expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    const fonts = execFileSync("pdffonts", [path], { encoding: "utf8" });
    // Chromium 把 Noto CJK（OpenType/CFF 字体集）嵌成 Type 3 字体，没有字体名；要紧的是全部嵌入、可映射回 Unicode
    const rows = fonts
      .split("\n")
      .slice(2)
      .filter((l) => l.trim() !== "");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\s+yes\s+(yes|no)\s+yes\s+\d+\s+\d+$/);
    execFileSync("pdftoppm", ["-png", "-r", "60", "-f", "1", "-l", "1", path, join(dir, "page")]);
    const png = readFileSync(join(dir, "page-1.png"));
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect(statSync(join(dir, "page-1.png")).size).toBeGreaterThan(10_000);
  });

  it("the 测算报告 shows its diagrams and screenshots as images (issue 17 item 7)", async () => {
    const withImages = find(NEW, "测算报告", "新增");
    const { path } = await print(withImages, "estimate-images");
    const pdf = readFileSync(path).toString("latin1");
    // 4 张附图（架构图、2 张压测截图、已有数据量截图）作为图片 XObject 嵌入
    expect(pdf.match(/\/Subtype\s*\/Image/g)?.length ?? 0).toBeGreaterThanOrEqual(4);
    // 同一份报告去掉图片：没有图片 XObject，文件更小
    const { path: bare } = await print(withoutImages(withImages), "estimate-bare");
    expect(readFileSync(bare).toString("latin1")).not.toMatch(/\/Subtype\s*\/Image/);
    expect(statSync(path).size).toBeGreaterThan(statSync(bare).size + 10_000);
  }, 60_000);

  it("pdftoppm turns a PDF attachment's pages into PNG images", () => {
    const pages = popplerPdfPages()(readFileSync(new URL("fixtures/网络拓扑图.pdf", import.meta.url)));
    expect(pages).toHaveLength(1);
    const png = Buffer.from(pages[0]?.base64 ?? "", "base64");
    expect(attachmentFormat(png)).toBe("png");
    expect(popplerPdfPages()(new TextEncoder().encode("%PDF-1.7 broken"))).toEqual([]);
  });

  it("user text with HTML, script and Markdown prints as literal text", async () => {
    const forms = formsWith({ [NEW]: hostileNew() }, NEW);
    const doc = forms[0]?.document;
    if (!doc) throw new Error("没有申请表");
    const { text } = await print(doc, "escaping");
    expect(squash(text)).toContain(squash(PAYLOAD));
    expect(squash(text)).toContain(squash("<img src=x onerror=alert(2)>"));
  });
});

/** 表单去掉所有附图的图片（只留文字），作为对照。 */
function withoutImages(doc: FormDocument): FormDocument {
  return JSON.parse(JSON.stringify(doc), (key, value) => (key === "images" ? undefined : value));
}
