/** 构建时生成的模块（scripts/web/build-data.ts → web/.generated/，由 web/vite.config.ts 的别名找到）。 */

declare module "govcloud-web:data" {
  const data: {
    catalogs: Record<
      string,
      { profile: string; items?: string; services: string; prices?: Record<string, string> }
    >;
    /** 每个 profile 的目录 schema */
    catalogSchemas: Record<string, object>;
    calendar: unknown;
    templates: Record<string, string>;
  };
  export default data;
}

declare module "govcloud-web:validators" {
  /** ajv 独立校验代码，包成 CommonJS 模块的工厂函数，按编译缓存的键 */
  export const factories: Record<
    string,
    (module: { exports: unknown }, exports: unknown, require: (id: string) => unknown) => void
  >;
  /** 校验代码 require 的 ajv 运行时模块 */
  export const runtime: Record<string, unknown>;
}

declare module "govcloud-web:templates" {
  /** 模板文本 → Handlebars 预编译的模板 */
  export const precompiled: Map<string, unknown>;
}
