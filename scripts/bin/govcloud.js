#!/usr/bin/env node
// govcloud 命令入口：运行构建好的 JavaScript（scripts/dist/cli.mjs，npm ci 时由 prepare 构建），
// 不在运行时编译 TypeScript。源码比产物新时先重新构建（scripts/build.mjs，约 1 秒）。
import { ensureBuilt } from "../build.mjs";

process.setSourceMapsEnabled(true);

const { main } = await import(await ensureBuilt());
process.exitCode = await main(process.argv.slice(2));
