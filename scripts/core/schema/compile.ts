import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import type { Options, ValidateFunction } from "ajv";
import type { Ajv2020 } from "ajv/dist/2020.js";

const require = createRequire(import.meta.url);
const ajvVersion = (require("ajv/package.json") as { version: string }).version;

/**
 * ajv 的编译器只在缓存里没有校验函数时才载入：载入它（连同 ajv-formats 与 standalone）每个线程约需
 * 0.15 秒 CPU，而命令行与工作线程通常直接用随构建发布的预编译校验函数。
 */
interface Compiler {
  Ajv2020: typeof import("ajv/dist/2020.js").Ajv2020;
  addFormats: typeof import("ajv-formats").default;
  standaloneCode: typeof import("ajv/dist/standalone/index.js").default;
}
let compiler: Compiler | undefined;
function loadCompiler(): Compiler {
  compiler ??= {
    Ajv2020: (require("ajv/dist/2020.js") as typeof import("ajv/dist/2020.js")).Ajv2020,
    addFormats: (require("ajv-formats") as typeof import("ajv-formats")).default,
    standaloneCode: (require("ajv/dist/standalone/index.js") as typeof import("ajv/dist/standalone/index.js"))
      .default,
  };
  return compiler;
}

/**
 * 编译缓存（磁盘实现：scripts/adapters/schema-cache.ts 的 diskCompileCache，内存替身在它旁边）。
 * 键由 schema、选项与 ajv 版本的哈希得出；读写失败由实现自己吞掉（缓存只影响速度）。
 */
export interface CompileCache {
  /** 已缓存的校验函数；没有或损坏时为 undefined */
  load(key: string): ValidateFunction | undefined;
  /** 存下 ajv 生成的独立校验代码（CommonJS） */
  store(key: string, code: string): void;
}

let installed: CompileCache | undefined;

/** 装上（或拆下）编译缓存：由入口（命令行、Pulumi 程序、工作线程、测试的 setup）在开始时调用。 */
export function useCompileCache(cache: CompileCache | undefined): void {
  installed = cache;
}

export interface CompileOptions {
  /** 缓存文件名前缀，如 application-shenzhen */
  name: string;
  ajv: Options;
  /** 注解关键字（不参与校验），如 x-citation */
  annotations?: string[];
}

function newAjv(options: CompileOptions, source: boolean): Ajv2020 {
  const { Ajv2020, addFormats } = loadCompiler();
  const ajv = new Ajv2020({ ...options.ajv, ...(source ? { code: { source: true } } : {}) });
  addFormats(ajv);
  for (const keyword of options.annotations ?? []) ajv.addKeyword({ keyword, schemaType: "object" });
  return ajv;
}

/**
 * 编译一个 schema。编译大 schema 需要近一秒，所以装了缓存（useCompileCache）时把 ajv 生成的独立
 * 校验代码按（schema、选项、ajv 版本）的哈希存进缓存，之后的运行直接加载。没有缓存或缓存读写失败时照常编译。
 */
export function compileCached(schema: object, options: CompileOptions): ValidateFunction {
  const hash = createHash("sha256")
    .update(JSON.stringify([schema, options.ajv, options.annotations ?? [], ajvVersion]))
    .digest("hex")
    .slice(0, 20);
  const key = `${options.name}-${hash}`;
  const cache = installed;
  const cached = cache?.load(key);
  if (cached) return cached;
  const ajv = newAjv(options, cache !== undefined);
  const validate = ajv.compile(schema);
  if (cache) {
    try {
      cache.store(key, loadCompiler().standaloneCode(ajv, validate));
    } catch {
      // 生成代码或写缓存失败不影响校验
    }
  }
  return validate;
}
