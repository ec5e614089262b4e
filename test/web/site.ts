/**
 * 浏览器测试的辅助：127.0.0.1 上的小静态服务器（构建好的 web/dist/），可以替换运行时读的文件
 * （config.json、snapshot/*.json）；index.html 的 CSP 中 GitHub API 的源换成本地 GitHub 替身的源
 * （只换源，策略的其余部分原样）；以及 Debian 的 Chromium（playwright-core）。
 */
import { readFileSync, statSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { vi } from "vitest";
import { chromiumPath, findChromium } from "../../scripts/adapters/pdf.ts";
import { snapshotRequests } from "../../scripts/web/build-data.ts";
import { examplesRoot } from "../helpers/repo.ts";

// 页面在输入停下 0.2 秒后才检查；机器很忙时一次检查也可能要几秒：等页面的 expect.poll 最多等 20 秒（不是计时断言），
// 一个浏览器里的场景最多 3 分钟，关浏览器最多 2 分钟
vi.setConfig({
  expect: { poll: { timeout: 20_000, interval: 100 } },
  testTimeout: 180_000,
  hookTimeout: 120_000,
});

/** 浏览器测试中的“今天”（地址里的 ?now=） */
export const NOW = "2026-12-03";

/** 冻结的示例仓库（test/fixtures/examples/requests）的快照，替换站点的 snapshot/requests.json。 */
export const requestsSnapshot = (): string =>
  JSON.stringify(snapshotRequests(join(examplesRoot, "requests")));

export const siteDir = fileURLToPath(new URL("../../web/dist/", import.meta.url));

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

export interface Site {
  url: string;
  close(): Promise<void>;
}

export interface SiteOptions {
  /** 替换的文件：站点内路径（如 config.json、snapshot/board.json）→ 内容 */
  files?: Record<string, string>;
  /** 本地 GitHub 替身的源：CSP 的 connect-src 里 https://api.github.com 换成它 */
  apiOrigin?: string;
}

export async function startSite(options: SiteOptions = {}): Promise<Site> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://127.0.0.1");
    let path = decodeURIComponent(url.pathname).replace(/^\/+/, "");
    if (path === "" || path.endsWith("/")) path += "index.html";
    const own = options.files?.[path];
    let body: string | Buffer;
    if (own !== undefined) body = own;
    else {
      const file = normalize(join(siteDir, path));
      if (!file.startsWith(siteDir)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if (!statSync(file).isFile()) throw new Error("not a file");
        body = readFileSync(file);
      } catch {
        res.writeHead(404, { "content-type": "text/plain" }).end("not found");
        return;
      }
    }
    if (path === "index.html" && options.apiOrigin)
      body = body.toString().replace("https://api.github.com", options.apiOrigin);
    res.writeHead(200, { "content-type": types[extname(path)] ?? "application/octet-stream" });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** 缺少 Chromium 时的说明（CI=true 时测试失败而不跳过）。 */
export const missingBrowser = findChromium()
  ? undefined
  : `缺少 Chromium（${chromiumPath()}）：运行 scripts/setup/forms.sh 安装`;

export async function launchBrowser(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(missingBrowser);
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath,
    args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--font-render-hinting=none"],
    headless: true,
    timeout: 60_000,
  });
}
