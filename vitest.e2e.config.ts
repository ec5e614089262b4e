import { defineConfig } from "vitest/config";

/** 端到端测试（npm run test:e2e）：真实的 Pulumi 引擎与 127.0.0.1 上的 OpenStack，见 test/e2e/harness.ts。 */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.ts"],
    testTimeout: 30 * 60_000,
    hookTimeout: 90 * 60_000,
    fileParallelism: false,
  },
});
