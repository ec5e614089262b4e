import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { threadId } from "node:worker_threads";
import type { Options, ValidateFunction } from "ajv";
import { Ajv2020 } from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const repoRoot = new URL("../../..", import.meta.url).pathname;
const ajvVersion = (require("ajv/package.json") as { version: string }).version;

/** 编译缓存目录：node_modules/.cache/govcloud（随依赖一起被清理）；可用 GOVCLOUD_CACHE_DIR 改。 */
function cacheDir(): string {
  return process.env.GOVCLOUD_CACHE_DIR ?? join(repoRoot, "node_modules", ".cache", "govcloud");
}

export interface CompileOptions {
  /** 缓存文件名前缀，如 application-shenzhen */
  name: string;
  ajv: Options;
  /** 注解关键字（不参与校验），如 x-citation */
  annotations?: string[];
}

function newAjv(options: CompileOptions, source: boolean): Ajv2020 {
  const ajv = new Ajv2020({ ...options.ajv, ...(source ? { code: { source: true } } : {}) });
  addFormats.default(ajv);
  for (const keyword of options.annotations ?? []) ajv.addKeyword({ keyword, schemaType: "object" });
  return ajv;
}

/**
 * 编译一个 schema。编译大 schema 需要近一秒，所以把 ajv 生成的独立校验代码按
 * （schema、选项、ajv 版本）的哈希缓存在磁盘上，之后的运行直接加载。缓存读写失败时照常编译。
 */
export function compileCached(schema: object, options: CompileOptions): ValidateFunction {
  const hash = createHash("sha256")
    .update(JSON.stringify([schema, options.ajv, options.annotations ?? [], ajvVersion]))
    .digest("hex")
    .slice(0, 20);
  const file = join(cacheDir(), `${options.name}-${hash}.cjs`);
  try {
    readFileSync(file);
    return require(file) as ValidateFunction;
  } catch {
    // 没有缓存或缓存损坏：编译
  }
  const ajv = newAjv(options, true);
  const validate = ajv.compile(schema);
  try {
    const code = standaloneCode.default(ajv, validate);
    mkdirSync(cacheDir(), { recursive: true });
    const tmp = `${file}.${process.pid}.${threadId}.tmp`;
    writeFileSync(tmp, code);
    renameSync(tmp, file);
  } catch {
    // 写不了缓存（只读目录等）不影响校验
  }
  return validate;
}
