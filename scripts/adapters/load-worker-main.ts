// 加载工作线程的入口（构建产物 scripts/dist/load-worker.mjs 由它打包；源码运行时用 load-worker.js 经 tsx 载入）。
// 启动失败也要经端口回报：主线程在 Atomics.wait 里收不到 'error' 事件，不能干等。
import { workerData } from "node:worker_threads";
import { serve, type WorkerInit } from "./load-worker.ts";

const init = workerData as WorkerInit;
const fail = (error: unknown) => {
  const e = error instanceof Error ? error : new Error(String(error));
  init.port.postMessage({ id: -1, error: { message: e.message, stack: e.stack } });
  const signal = new Int32Array(init.signal);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
};
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
try {
  serve(init);
} catch (error) {
  fail(error);
}
