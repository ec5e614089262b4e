/**
 * 网站的构建（npm run build:web）：先由 scripts/web/build-data.ts 写好 web/.generated/，再由 Vite 打包。
 * 核心里的几个 Node 模块换成浏览器的小替身（web/src/shims/），Handlebars 只用运行时（模板已预编译）。
 * index.html 带严格的 Content-Security-Policy：只有本站的脚本与样式、表单预览的那段 <style>（按哈希），
 * 只连本站与 GitHub API，不允许 eval 与内联脚本。
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** 站点的 CSP（meta 标签）；api 为 GitHub API 的源（config.json 的 apiUrl 须在此源下）。 */
export function contentSecurityPolicy(csp: { formStyle: string; api: string }): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' '${csp.formStyle}'`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self' ${csp.api}`,
    "frame-src 'self' blob:",
    "form-action 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

function csp(): Plugin {
  return {
    name: "govcloud-csp",
    transformIndexHtml(html) {
      const values = JSON.parse(readFileSync(here(".generated/csp.json"), "utf8")) as {
        formStyle: string;
        api: string;
      };
      return html.replace("%CSP%", contentSecurityPolicy(values));
    },
  };
}

export default defineConfig({
  root: here("."),
  base: "./",
  publicDir: here(".generated/public"),
  plugins: [csp()],
  resolve: {
    alias: [
      { find: /^node:module$/, replacement: here("src/shims/node-module.ts") },
      { find: /^node:crypto$/, replacement: here("src/shims/node-crypto.ts") },
      { find: /^node:buffer$/, replacement: here("src/shims/node-buffer.ts") },
      { find: /^handlebars$/, replacement: here("src/shims/handlebars.ts") },
      // 构建数据（scripts/web/build-data.ts 写的；类型见 src/generated.d.ts）
      { find: /^govcloud-web:data$/, replacement: here(".generated/data.json") },
      { find: /^govcloud-web:validators$/, replacement: here(".generated/validators.js") },
      { find: /^govcloud-web:templates$/, replacement: here(".generated/templates.js") },
    ],
  },
  build: {
    outDir: here("dist"),
    emptyOutDir: true,
    target: "es2022",
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 4096,
    reportCompressedSize: false,
  },
  logLevel: "warn",
});
