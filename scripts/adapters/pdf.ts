import { accessSync, constants } from "node:fs";

/**
 * HTML → PDF：用 Debian 的 Chromium 无头打印（playwright-core 驱动，不下载浏览器）。
 * 页面大小与边距取 HTML 中的 @page（A4），中文字体来自 Debian 的 fonts-noto-cjk。
 * 安装：scripts/setup/forms.sh。
 */

export interface PdfPrinter {
  htmlToPdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

/** 找不到或启动不了 Chromium：给用户看的中文说明，不带调用栈。 */
export class PdfUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PdfUnavailableError";
  }
}

export const setupHint = "运行 scripts/setup/forms.sh 安装";

/** Chromium 可执行文件：环境变量 GOVCLOUD_CHROMIUM，否则 Debian 的 /usr/bin/chromium。 */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.GOVCLOUD_CHROMIUM || "/usr/bin/chromium";
}

/** Chromium 存在且可执行时返回其路径，否则 undefined。 */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const path = chromiumPath(env);
  try {
    accessSync(path, constants.X_OK);
    return path;
  } catch {
    return undefined;
  }
}

/** 以 root 在容器中运行也能启动：--no-sandbox；不用 /dev/shm（容器里通常很小）。 */
const launchArgs = ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--font-render-hinting=none"];

/**
 * 打开一个浏览器，可连续打印多份 HTML；用完务必 close()（或用 withPdfPrinter）。
 * 每份 HTML 一个新页面：setContent 载入，等字体就绪，按 CSS 的 @page 打印。
 */
export async function openPdfPrinter(env: NodeJS.ProcessEnv = process.env): Promise<PdfPrinter> {
  const executablePath = findChromium(env);
  if (!executablePath)
    throw new PdfUnavailableError(`未找到 Chromium（${chromiumPath(env)}）：${setupHint}。`);
  const { chromium } = await import("playwright-core");
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({ executablePath, args: launchArgs, headless: true, timeout: 60_000 });
  } catch (error) {
    const first = String((error as Error).message ?? error).split("\n")[0];
    throw new PdfUnavailableError(`无法启动 Chromium（${executablePath}）：${first}。${setupHint}。`);
  }
  return {
    async htmlToPdf(html: string): Promise<Uint8Array> {
      const page = await browser.newPage();
      try {
        await page.setContent(html, { waitUntil: "load" });
        await page.evaluate(() => document.fonts.ready.then(() => undefined));
        const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, format: "A4" });
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
    },
  };
}

/** 打开浏览器、执行、一定关闭。 */
export async function withPdfPrinter<T>(
  fn: (printer: PdfPrinter) => Promise<T>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<T> {
  const printer = await openPdfPrinter(env);
  try {
    return await fn(printer);
  } finally {
    await printer.close();
  }
}

/** 打印一份 HTML（每次启动一个浏览器）。 */
export function htmlToPdf(html: string, env: NodeJS.ProcessEnv = process.env): Promise<Uint8Array> {
  return withPdfPrinter((p) => p.htmlToPdf(html), env);
}
