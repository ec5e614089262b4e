#!/usr/bin/env node
// govcloud 命令入口：用 tsx 直接运行 TypeScript 源码（无需先编译）。
import { register } from "tsx/esm/api";

register();
const { main } = await import("../cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
