/**
 * 浏览器里的 `node:module`：核心用 createRequire 按需载入的几个模块，构建时静态打包，按名字给出。
 * 名字不在表中时抛出（说明核心多了一个浏览器里没有的依赖）。
 */
import ajvPackage from "ajv/package.json" with { type: "json" };
import localize from "ajv-i18n";
import chineseDays from "chinese-days";

const modules: Record<string, unknown> = {
  "ajv/package.json": ajvPackage,
  "ajv-i18n": localize,
  "chinese-days": chineseDays,
};

export function createRequire(_from: string): (id: string) => unknown {
  return (id) => {
    if (Object.hasOwn(modules, id)) return modules[id];
    throw new Error(`浏览器中没有模块 ${id}（web/src/shims/node-module.ts）`);
  };
}

export default { createRequire };
