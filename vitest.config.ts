import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // 核心不读写磁盘：测试照命令行的做法装上 schema 编译缓存（scripts/adapters/schema-cache.ts）
    setupFiles: ["test/setup.ts"],
    testTimeout: 30_000,
    // 金色文件（toMatchFileSnapshot）：CI=true 时 vitest 从不写新的或改写旧的，不一致即失败；
    // 本地要更新时显式运行 npx vitest run -u 并审阅差异。
  },
});
