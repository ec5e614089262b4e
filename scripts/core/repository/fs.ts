import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, sep } from "node:path";

/** 核心只通过这个小接口读仓库，测试可以换成内存实现。路径一律是仓库内的 POSIX 相对路径。 */
export interface RepoFs {
  readFile(path: string): Uint8Array;
  /** 目录项；目录不存在时为空 */
  list(dir: string): { name: string; dir: boolean }[];
  exists(path: string): boolean;
}

/** diskFs 建的仓库 → 根目录。加载的工作线程据此自己读文件（diskFs(root)），而不必经主线程转发字节。 */
const diskRoots = new WeakMap<RepoFs, string>();

/** 由 diskFs 建的仓库的根目录，其余实现为 undefined。 */
export const diskRoot = (fs: RepoFs): string | undefined => diskRoots.get(fs);

/** 不必经 path.join 规范化的相对路径（保守判断：没有以 . 开头的段、空段、反斜杠）。 */
const isPlain = (path: string) =>
  path !== "" &&
  path[0] !== "/" &&
  path[0] !== "." &&
  !path.endsWith("/") &&
  !path.includes("/.") &&
  !path.includes("//") &&
  !path.includes("\\");

export function diskFs(root: string): RepoFs {
  const base = join(root, sep);
  // 大仓库上每个文件都要拼一次路径：常见的规范相对路径直接拼接，其余交给 path.join
  const abs = (path: string) => (isPlain(path) ? base + path : join(root, path));
  const fs: RepoFs = {
    readFile: (path) => readFileSync(abs(path)),
    list: (dir) => {
      try {
        return readdirSync(join(root, dir), { withFileTypes: true }).map((d) => ({
          name: d.name,
          dir: d.isDirectory(),
        }));
      } catch {
        return [];
      }
    },
    exists: (path) => existsSync(join(root, path)),
  };
  diskRoots.set(fs, root);
  return fs;
}

/** 内存仓库（测试用）：键为相对路径，值为文件内容。 */
export function memoryFs(files: Record<string, string | Uint8Array>): RepoFs {
  const enc = new TextEncoder();
  const entries = new Map(
    Object.entries(files).map(([k, v]) => [k, typeof v === "string" ? enc.encode(v) : v]),
  );
  return {
    readFile: (path) => {
      const v = entries.get(path);
      if (!v) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return v;
    },
    list: (dir) => {
      const prefix = dir === "" ? "" : `${dir}/`;
      const out = new Map<string, boolean>();
      for (const key of entries.keys()) {
        if (!key.startsWith(prefix)) continue;
        const rest = key.slice(prefix.length).split("/");
        out.set(rest[0] as string, rest.length > 1 || out.get(rest[0] as string) === true);
      }
      return [...out].map(([name, dir]) => ({ name, dir }));
    },
    exists: (path) => entries.has(path) || [...entries.keys()].some((k) => k.startsWith(`${path}/`)),
  };
}

/** 递归列出目录下的所有文件（相对路径，排序）。 */
export function walk(fs: RepoFs, dir: string): string[] {
  const out: string[] = [];
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop() as string;
    for (const entry of fs.list(d)) {
      const p = d === "" ? entry.name : `${d}/${entry.name}`;
      if (entry.dir) stack.push(p);
      else out.push(p);
    }
  }
  return out.sort();
}
