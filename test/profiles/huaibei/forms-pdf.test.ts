import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  chromiumPath,
  findChromium,
  openPdfPrinter,
  type PdfPrinter,
} from "../../../scripts/adapters/pdf.ts";
import { renderHtml } from "../../../scripts/adapters/templates.ts";
import type { FormDocument } from "../../../scripts/core/forms/model.ts";
import { applicationForms } from "../../../scripts/profiles/huaibei/forms/index.ts";
import { squash } from "../../forms/labels.ts";
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
} from "./forms-fixtures.ts";
import {
  changeConfirmationLabels,
  changeLabels,
  exitConfirmationLabels,
  exitLabels,
  hostingLabels,
  openingLabels,
  requestLabels,
} from "./forms-labels.ts";

/**
 * 淮北的附件1–7 经真实的 Chromium 打印成 PDF，pdftotext 取出的文字包含表上的每个字段名、选项与注（原文），
 * 以及填写的值。需要 scripts/setup/forms.sh 安装的 Debian 软件包（chromium、fonts-noto-cjk、poppler-utils）：
 * CI=true 时缺少它们测试失败（给出安装提示）；本地缺少时跳过并说明原因。
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
  ...(["pdftotext", "pdfinfo"].every(hasTool) ? [] : ["poppler-utils（pdftotext、pdfinfo）"]),
];
const ci = Boolean(process.env.CI) && process.env.CI !== "false";
const skip = missing.length > 0 && !ci;
const hint = `缺少 ${missing.join("、")}：运行 scripts/setup/forms.sh 安装`;
if (skip) console.warn(`test/profiles/huaibei/forms-pdf.test.ts 跳过：${hint}（CI=true 时不跳过而是失败）`);

const state = deliveredState();
const docs = [
  ...applicationForms(context(newApplication, { delivery: openingDelivery })),
  ...applicationForms(context(hostingApplication)),
  ...applicationForms(context(changeApplication, { before: state, delivery: changeDelivery })),
  ...applicationForms(context(revokeApplication, { before: state, delivery: exitDelivery })),
];
const byAnnex = (annex: string): FormDocument => {
  const doc = docs.find((d) => d.annex === annex);
  if (!doc) throw new Error(`没有${annex}`);
  return doc;
};

const cases: { annex: string; labels: string[]; values: string[] }[] = [
  {
    annex: "附件1",
    labels: requestLabels,
    values: [
      "淮北市教育局",
      "☑新建上云",
      "☐迁移上云",
      "每 1 天一次增量备份，每 7 天一次全量备份，最大保留 30 天",
    ],
  },
  { annex: "附件2", labels: hostingLabels, values: ["政务外网服务器", "教育专用机柜", "☑临时运行 12 个月"] },
  { annex: "附件3", labels: changeLabels, values: ["10.55.61.115", "8核/32GB", "内存由16G变更为32G"] },
  { annex: "附件4", labels: exitLabels, values: ["☑业务系统退出", "□使用单位退出", "2027年1月31日"] },
  {
    annex: "附件5",
    labels: openingLabels,
    values: ["HBZWY-2026-0007", "24核", "高配GPU卡 2 块", "电信云服务商"],
  },
  { annex: "附件6", labels: changeConfirmationLabels, values: ["数量 4 → 6", "2026年12月8日"] },
  { annex: "附件7", labels: exitConfirmationLabels, values: ["☑是", "已按要求清除并出具证明", "待核实"] },
];

describe.skipIf(skip)(skip ? `PDF（跳过：${hint}）` : "Huaibei forms through Debian's Chromium", () => {
  let printer: PdfPrinter | undefined;
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "govcloud-hb-pdf-"));
    if (missing.length === 0) printer = await openPdfPrinter();
  }, 120_000);
  afterAll(async () => {
    await printer?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function print(doc: FormDocument) {
    if (!printer) throw new Error(hint);
    const path = join(dir, `${doc.annex}.pdf`);
    writeFileSync(path, await printer.htmlToPdf(renderHtml(doc)));
    return {
      path,
      text: execFileSync("pdftotext", ["-raw", "-enc", "UTF-8", path, "-"], { encoding: "utf8" }),
    };
  }

  it.each(cases)(
    "$annex: the PDF's text has every label of the regulation's form and the filled values",
    async (c) => {
      const { path, text } = await print(byAnnex(c.annex));
      const flat = squash(text);
      const absent = c.labels.filter((l) => !flat.includes(squash(l)));
      expect(absent, `PDF 中缺少这些字段名：${absent.join("、")}`).toEqual([]);
      const values = c.values.filter((v) => !flat.includes(squash(v)));
      expect(values, `PDF 中缺少这些内容：${values.join("、")}`).toEqual([]);
      const info = execFileSync("pdfinfo", [path], { encoding: "utf8" });
      expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
    },
  );
});
