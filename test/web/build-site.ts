/**
 * 浏览器测试用的站点：npm run build:web 的产物（web/dist/）。源码比产物新或没有产物时构建一次；
 * 几个测试文件同时要求时只有一个构建，其余等它（锁目录 web/dist.lock，与 scripts/build.mjs 的做法相同）。
 * 构建约需半分钟（两核的机器上），所以这里只在需要时才做。
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const stamp = join(root, "web", "dist", ".built");
const lock = join(root, "web", "dist.lock");
const sources = [
  "web/src",
  "web/index.html",
  "web/vite.config.ts",
  "scripts/core",
  "scripts/profiles",
  "scripts/adapters",
  "scripts/web",
  "catalog",
  "package-lock.json",
];

function newest(path: string): number {
  const s = statSync(path, { throwIfNoEntry: false });
  if (!s) return 0;
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((e) => newest(join(path, e))));
}

const fresh = () => {
  const built = statSync(stamp, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return built > 0 && built >= Math.max(...sources.map((s) => newest(join(root, s))));
};

export async function ensureSiteBuilt(): Promise<void> {
  for (let waited = 0; !fresh(); waited += 250) {
    let mine = false;
    try {
      mkdirSync(lock);
      mine = true;
    } catch {
      if (Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now()) > 300_000)
        rmSync(lock, { recursive: true, force: true });
    }
    if (mine) {
      try {
        if (!fresh()) {
          execFileSync("npm", ["run", "--silent", "build:web"], {
            cwd: root,
            stdio: ["ignore", "ignore", "pipe"],
          });
          writeFileSync(stamp, new Date().toISOString());
        }
      } finally {
        rmSync(lock, { recursive: true, force: true });
      }
      return;
    }
    if (waited > 300_000) throw new Error(`等待站点构建超时：删除 ${lock} 后重试`);
    await new Promise((done) => setTimeout(done, 250));
  }
}
