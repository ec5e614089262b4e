import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FigureImage } from "../core/forms/model.ts";
import type { PdfPages } from "../core/forms/source.ts";

/**
 * PDF 附件 → 页面图片：用 poppler-utils 的 pdftoppm（scripts/setup/forms.sh 与 Chromium 一起安装）
 * 把前几页转成 PNG，测算报告把它们当作附图印出。Chromium 打印时不渲染嵌入的 PDF，所以先转成图片。
 * 只读前 maxPages 页，超时即放弃；找不到 pdftoppm、转不了（损坏的 PDF）时返回空表，报告只印附件的路径。
 */
export function popplerPdfPages(
  options: { maxPages?: number; dpi?: number; timeoutMs?: number } = {},
): PdfPages {
  const maxPages = options.maxPages ?? 3;
  return (pdf: Uint8Array): FigureImage[] => {
    const dir = mkdtempSync(join(tmpdir(), "govcloud-pdf-pages-"));
    try {
      execFileSync(
        "pdftoppm",
        ["-png", "-r", String(options.dpi ?? 110), "-f", "1", "-l", String(maxPages), "-", join(dir, "page")],
        { input: pdf, stdio: ["pipe", "ignore", "ignore"], timeout: options.timeoutMs ?? 30_000 },
      );
      return readdirSync(dir)
        .filter((f) => f.endsWith(".png"))
        .sort((a, b) => pageNumber(a) - pageNumber(b))
        .map((f) => ({ mime: "image/png", base64: readFileSync(join(dir, f)).toString("base64") }));
    } catch {
      return [];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
}

const pageNumber = (file: string) => Number(/-(\d+)\.png$/.exec(file)?.[1] ?? 0);
