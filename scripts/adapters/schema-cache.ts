import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import type { ValidateFunction } from "ajv";
import { type CompileCache, useCompileCache } from "../core/schema/compile.ts";

const require = createRequire(import.meta.url);
const repoRoot = new URL("../..", import.meta.url).pathname;

/** 编译缓存目录：node_modules/.cache/govcloud（随依赖一起被清理）；可用 GOVCLOUD_CACHE_DIR 改。 */
export function compileCacheDir(env: Record<string, string | undefined> = process.env): string {
  return env.GOVCLOUD_CACHE_DIR ?? join(repoRoot, "node_modules", ".cache", "govcloud");
}

/** 构建时预编译好、随构建产物发布的校验代码（scripts/build.mjs → scripts/dist/schemas/）。 */
export const shippedValidatorsDir = join(repoRoot, "scripts", "dist", "schemas");

/** 按键载入一个 .cjs 校验函数；没有或损坏时 undefined。 */
function loadValidator(dir: string, key: string): ValidateFunction | undefined {
  const file = join(dir, `${key}.cjs`);
  try {
    readFileSync(file);
    return require(file) as ValidateFunction;
  } catch {
    return undefined; // 没有缓存或缓存损坏：重新编译
  }
}

/**
 * 磁盘上的编译缓存：每个键一个 .cjs 文件（先写临时文件再改名，并发的进程与线程互不干扰）。
 * 先找构建产物里预编译的（shipped），再找缓存目录；新编译的只写进缓存目录。
 */
export function diskCompileCache(
  dir: string = compileCacheDir(),
  shipped: string | null = shippedValidatorsDir,
): CompileCache {
  return {
    load: (key) => (shipped !== null ? loadValidator(shipped, key) : undefined) ?? loadValidator(dir, key),
    store: (key, code) => {
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = join(dir, `${key}.cjs.${process.pid}.${threadId}.tmp`);
        writeFileSync(tmp, code);
        renameSync(tmp, join(dir, `${key}.cjs`));
      } catch {
        // 写不了缓存（只读目录等）不影响校验
      }
    },
  };
}

/** 入口用：装上磁盘编译缓存（默认目录）。 */
export function useDiskCompileCache(): void {
  useCompileCache(diskCompileCache());
}

/** 内存替身：存下生成的代码（stored），取出时在本进程内求值。 */
export function memoryCompileCache(): CompileCache & { stored: Map<string, string> } {
  const stored = new Map<string, string>();
  return {
    stored,
    load: (key) => {
      const code = stored.get(key);
      if (code === undefined) return undefined;
      const module = { exports: {} as unknown };
      new Function("module", "exports", "require", code)(module, module.exports, require);
      return module.exports as ValidateFunction;
    },
    store: (key, code) => {
      stored.set(key, code);
    },
  };
}
