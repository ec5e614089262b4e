import { main } from "../../scripts/cli/main.ts";

/** 测试中没有 --now 时的“现在”：固定的时刻，不读系统时钟。 */
export const FIXED_NOW = new Date("2026-11-25T02:00:00Z");

/**
 * 像在终端里一样运行 govcloud（scripts/cli/main.ts 的 main），收集输出与退出码。
 * 不读进程的环境变量与系统时钟：env 默认为空，时钟固定为 FIXED_NOW。
 */
export async function runCli(
  argv: readonly string[],
  options: { cwd: string; env?: Record<string, string | undefined>; now?: () => Date },
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main([...argv], {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    cwd: options.cwd,
    colorDefault: false,
    env: options.env ?? {},
    now: options.now ?? (() => FIXED_NOW),
  });
  return { code, stdout, stderr };
}
