// 加载工作线程的入口（见 load-pool.ts）。工作线程不继承主线程的 tsx 加载器，所以这里注册
// tsx，再加载 TypeScript 写的 load-worker.ts。为了启动快（每个线程约 0.3 秒而不是 0.7 秒）：
// - 用 tsx 的 CommonJS 钩子（tsx/cjs/api）：ESM 钩子（tsx/esm/api）在 Node 20 上要另起加载器线程；
// - 先用 Node 自己的 require 载入所用的 npm 包，免得 tsx 逐个词法扫描它们的 .js 文件（漏了的
//   包只是慢一点，结果不变）；
// - TypeScript 模块加载完就注销钩子：之后按需载入的 ajv 校验代码（node_modules/.cache 下近 1 MB
//   的 .cjs）也不必经过 tsx。
// 启动失败也要经端口回报：主线程在 Atomics.wait 里收不到 'error' 事件，不能干等。
import { createRequire } from "node:module";
import { workerData } from "node:worker_threads";

const init = workerData;
const fail = (error) => {
  const e = error instanceof Error ? error : new Error(String(error));
  init.port.postMessage({ id: -1, error: { message: e.message, stack: e.stack } });
  const signal = new Int32Array(init.signal);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
try {
  const require = createRequire(import.meta.url);
  for (const dependency of [
    "js-yaml",
    "ajv/dist/2020.js",
    "ajv/dist/standalone/index.js",
    "ajv-formats",
    "ajv-i18n",
    "fastest-levenshtein",
  ])
    require(dependency);
  const { register } = require("tsx/cjs/api");
  const unregister = register();
  const { serve } = require("./load-worker.ts");
  unregister();
  serve(init);
} catch (error) {
  fail(error);
}
