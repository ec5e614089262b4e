import { afterAll } from "vitest";
import { useDiskCompileCache } from "../scripts/adapters/schema-cache.ts";

// 与命令行一样用磁盘上的 schema 编译缓存（核心自己不读写磁盘）：每个测试文件不必重新编译大 schema
useDiskCompileCache();

// 测试辅助登记的清理（如 examplesRepo() 建的临时仓库）：每个测试文件之后运行。
// 经 globalThis 登记而不 import 辅助模块：这里 import 它会先载入核心模块，让测试文件的 vi.mock 失效。
afterAll(() => {
  const cleanups = (globalThis as { govcloudTestCleanups?: (() => void)[] }).govcloudTestCleanups ?? [];
  for (const cleanup of cleanups.splice(0)) cleanup();
});
