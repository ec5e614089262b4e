import { createHash, randomBytes } from "node:crypto";
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { deserialize, serialize } from "node:v8";
import { threadId } from "node:worker_threads";
import type { CachedUnit, Digest, UnitResultStore, ValidationCache } from "../core/repository/unit-cache.ts";
import { compileCacheDir } from "./schema-cache.ts";

/**
 * 校验缓存的磁盘存储（核心的接口见 scripts/core/repository/unit-cache.ts，用法见 docs/validate-cache.md）。
 * 每个单位一个文件 `<缓存目录>/validate/<键>.bin`：先写临时文件再改名（同时运行的进程、线程互不干扰，
 * 读到的总是完整的文件）；文件头记着格式、键与内容的摘要，读不了、损坏或不是本格式的都当作没有。
 */

/** 文件头：格式标记一行，键一行，内容（v8 序列化）的 SHA-256 一行。 */
const magic = "govcloud-validate-cache 1";

/** 默认最多留这么多项；超过时删掉最旧的，留下 3/4。 */
export const defaultMaxEntries = 20_000;

/** SHA-256，逐段带长度（不会因拼接而混淆）。 */
export const sha256Digest: Digest = (parts) => {
  const hash = createHash("sha256");
  for (const part of parts) {
    const bytes = typeof part === "string" ? Buffer.from(part, "utf8") : part;
    hash.update(`${typeof part === "string" ? "s" : "b"}${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest("hex");
};

const keyPattern = /^[0-9a-f]{64}$/;

/** 缓存目录下本缓存的子目录。 */
export function validateCacheDir(env: Record<string, string | undefined>): string {
  return join(compileCacheDir(env), "validate");
}

/** 读出的内容像不像一项（防止同名的其他文件被当成结果）。 */
function isEntry(value: unknown): value is CachedUnit {
  if (typeof value !== "object" || value === null) return false;
  const { deps, shard } = value as Partial<CachedUnit>;
  if (!Array.isArray(deps) || typeof shard !== "object" || shard === null) return false;
  return (["problems", "checks", "units", "mismatches", "sources"] as const).every((k) =>
    Array.isArray(shard[k]),
  );
}

/** 一个目录里的缓存项。 */
export function diskUnitStore(dir: string): UnitResultStore & { written: () => number } {
  let written = 0;
  let made = false;
  return {
    written: () => written,
    get(key) {
      if (!keyPattern.test(key)) return undefined;
      try {
        const file = readFileSync(join(dir, `${key}.bin`));
        const header = `${magic}\n${key}\n`;
        const lineEnd = file.indexOf(0x0a, header.length);
        if (lineEnd < 0 || file.subarray(0, header.length).toString("latin1") !== header) return undefined;
        const sum = file.subarray(header.length, lineEnd).toString("latin1");
        const payload = file.subarray(lineEnd + 1);
        if (createHash("sha256").update(payload).digest("hex") !== sum) return undefined;
        const value: unknown = deserialize(payload);
        return isEntry(value) ? value : undefined;
      } catch {
        return undefined; // 没有、读不了或损坏：重新检查
      }
    },
    set(key, entry) {
      if (!keyPattern.test(key)) return;
      try {
        if (!made) mkdirSync(dir, { recursive: true });
        made = true;
        const payload = serialize(entry);
        const sum = createHash("sha256").update(payload).digest("hex");
        const tmp = join(dir, `${key}.${process.pid}.${threadId}.${randomBytes(4).toString("hex")}.tmp`);
        writeFileSync(tmp, Buffer.concat([Buffer.from(`${magic}\n${key}\n${sum}\n`, "latin1"), payload]));
        renameSync(tmp, join(dir, `${key}.bin`));
        written++;
      } catch {
        // 写不了（只读目录、磁盘满）不影响校验：下次重新检查
      }
    },
  };
}

/**
 * 项数超过 maxEntries 时删掉最旧的（按修改时间），留下 3/4；还删掉一小时以前的临时文件（写到一半时
 * 被杀掉的进程留下的）。删不掉的跳过。
 */
export function pruneUnitStore(dir: string, maxEntries = defaultMaxEntries): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  const stale = Date.now() - 3_600_000;
  let removed = 0;
  const remove = (name: string) => {
    try {
      unlinkSync(join(dir, name));
      removed++;
    } catch {
      // 别的进程已删掉
    }
  };
  for (const name of names)
    if (name.endsWith(".tmp")) {
      try {
        if (statSync(join(dir, name)).mtimeMs < stale) remove(name);
      } catch {
        // 已改名
      }
    }
  const entries = names.filter((n) => n.endsWith(".bin"));
  if (entries.length <= maxEntries) return removed;
  const dated: [string, number][] = [];
  for (const name of entries) {
    try {
      dated.push([name, statSync(join(dir, name)).mtimeMs]);
    } catch {
      // 已删掉
    }
  }
  dated.sort((a, b) => a[1] - b[1]);
  const keep = Math.floor((maxEntries * 3) / 4);
  for (const [name] of dated.slice(0, Math.max(0, dated.length - keep))) remove(name);
  return removed;
}

/** 清空缓存（文档里的做法是直接删目录；这里给测试与基准用）。 */
export function clearUnitStore(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

const scriptsDir = fileURLToPath(new URL("..", import.meta.url));
const repoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** 构建产物旁边的构建标识（scripts/build.mjs 写的 build-id.txt）。 */
const builtId = (): string | undefined => {
  try {
    const id = readFileSync(new URL("./build-id.txt", import.meta.url), "utf8").trim();
    return keyPattern.test(id) ? id : undefined;
  } catch {
    return undefined;
  }
};

/** 从源码运行时：参与构建的源码（与 scripts/build.mjs 的相同）的摘要。 */
function sourceId(): string | undefined {
  const parts: (string | Uint8Array)[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/\.(ts|mts|js|mjs|cjs|hbs|json)$/.test(e.name))
        parts.push(relative(scriptsDir, path), readFileSync(path));
    }
  };
  try {
    for (const d of ["cli", "core", "adapters", "profiles"]) walk(join(scriptsDir, d));
  } catch {
    return undefined;
  }
  return sha256Digest(parts);
}

/** 装好的依赖（npm 写的 node_modules/.package-lock.json；没有时用 package-lock.json）。 */
function dependenciesId(): string {
  for (const file of [
    join(repoRoot, "node_modules", ".package-lock.json"),
    join(repoRoot, "package-lock.json"),
  ]) {
    try {
      return sha256Digest([readFileSync(file)]);
    } catch {
      // 下一个
    }
  }
  return "no-lockfile";
}

let memoId: string | null | undefined;

/**
 * 代码的标识：构建产物（scripts/dist/）的摘要或源码的摘要，加上依赖与 Node 的版本。得不到时
 * （产物旁没有标识）为 undefined：不用缓存。
 */
export function codeId(): string | undefined {
  if (memoId === undefined) {
    const code = import.meta.url.endsWith(".mjs") ? builtId() : sourceId();
    memoId = code === undefined ? null : sha256Digest([code, dependenciesId(), process.version]);
  }
  return memoId ?? undefined;
}

/** 命令行用的校验缓存：目录在 GOVCLOUD_CACHE_DIR（或默认的缓存目录）下；得不到代码标识时为 undefined。 */
export function openValidateCache(
  env: Record<string, string | undefined>,
): { cache: ValidationCache; prune: () => void } | undefined {
  const buildId = codeId();
  if (buildId === undefined) return undefined;
  const dir = validateCacheDir(env);
  return {
    cache: { store: diskUnitStore(dir), digest: sha256Digest, buildId, location: dir },
    prune: () => {
      pruneUnitStore(dir);
    },
  };
}
