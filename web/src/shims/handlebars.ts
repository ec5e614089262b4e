/**
 * 浏览器里的 `handlebars`：只有运行时，不编译（编译会 eval，严格的 CSP 不允许）。
 * 表单模板在构建时预编译（scripts/web/build-data.ts → templates.js），compile 与 registerPartial
 * 按模板文本取出预编译的结果；不认识的模板抛出。
 */

import { precompiled } from "govcloud-web:templates";
import Runtime from "handlebars/runtime";

type Env = ReturnType<typeof Runtime.create>;
const specs = precompiled as Map<string, unknown>;

function templateOf(env: Env, source: string) {
  const spec = specs.get(source);
  if (spec === undefined) throw new Error("浏览器中没有预编译这份模板（scripts/web/build-data.ts）");
  return env.template(spec as TemplateSpecification);
}

function create(): Env {
  const env = Runtime.create();
  const register = env.registerPartial.bind(env) as (name: unknown, partial?: unknown) => void;
  Object.assign(env, {
    compile: (source: string) => templateOf(env, source),
    registerPartial: (name: string | Record<string, unknown>, partial?: unknown) => {
      if (typeof name === "string")
        return register(name, typeof partial === "string" ? templateOf(env, partial) : partial);
      return register(
        Object.fromEntries(
          Object.entries(name).map(([k, v]) => [k, typeof v === "string" ? templateOf(env, v) : v]),
        ),
      );
    },
  });
  return env;
}

export default { create, Utils: Runtime.Utils, SafeString: Runtime.SafeString };
