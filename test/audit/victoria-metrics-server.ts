/**
 * 真实的 VictoriaMetrics 单机版（scripts/setup/victoria-metrics.sh 从 Go 模块构建）：在 127.0.0.1 的空闲端口上
 * 启动，导入 Prometheus 导出的序列（/api/v1/import，JSON 行），stop() 停止进程并删除临时目录。
 * 没有构建时：CI（CI=true）中报错并提示运行安装脚本，本地跳过。
 */
import { type ChildProcess, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { halt, launchOnFreePort } from "../helpers/local-server.ts";

const setupScript = fileURLToPath(new URL("../../scripts/setup/victoria-metrics.sh", import.meta.url));

export const setupHint =
  "VictoriaMetrics 未构建：请先运行 bash scripts/setup/victoria-metrics.sh（从 Go 模块构建 victoria-metrics）。";

/** PATH 上的 victoria-metrics，或安装脚本构建到工具目录里的那一个（版本取自脚本）。 */
export function victoriaMetricsBinary(): string | undefined {
  if (spawnSync("victoria-metrics", ["-version"], { stdio: "ignore" }).status === 0)
    return "victoria-metrics";
  const version = /^version=(v[0-9.]+)$/m.exec(readFileSync(setupScript, "utf8"))?.[1];
  const tools = process.env.GOVCLOUD_TOOLS ?? join(homedir(), ".cache/govcloud-tools");
  const built = join(tools, `victoria-metrics-${version}`, "bin", "victoria-metrics");
  return version && existsSync(built) ? built : undefined;
}

/** CI 中不许跳过：没构建就失败。返回 true 表示应跳过（本地没构建）。 */
export function skipWithoutVictoriaMetrics(): boolean {
  if (victoriaMetricsBinary()) return false;
  if (process.env.CI === "true") throw new Error(setupHint);
  return true;
}

/** 一条序列：标签（含 __name__）与按时间递增的采样（Unix 毫秒）。 */
export interface ImportSeries {
  metric: Record<string, string>;
  values: number[];
  timestamps: number[];
}

export interface RunningVictoriaMetrics {
  url: string;
  /** 导入序列并等它们可查询（/internal/force_flush） */
  load(series: readonly ImportSeries[]): Promise<void>;
  stop(): Promise<void>;
}

export async function startVictoriaMetrics(): Promise<RunningVictoriaMetrics> {
  const binary = victoriaMetricsBinary();
  if (!binary) throw new Error(setupHint);
  const dir = mkdtempSync(join(tmpdir(), "govcloud-victoria-metrics-"));
  let child: ChildProcess | undefined;
  const stop = async () => {
    await halt(child);
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const launched = await launchOnFreePort({
      name: "VictoriaMetrics",
      command: binary,
      args: (port) => [
        `-storageDataPath=${join(dir, "data")}`,
        `-httpListenAddr=127.0.0.1:${port}`,
        // 导入的历史早于今天：保留期要长于数据的年龄
        "-retentionPeriod=100y",
        "-loggerLevel=ERROR",
      ],
      cwd: dir,
      readyPath: "/health",
    });
    child = launched.child;
    const { url } = launched;
    const load = async (series: readonly ImportSeries[]) => {
      const body = series.map((s) => JSON.stringify(s)).join("\n");
      const r = await fetch(`${url}/api/v1/import`, { method: "POST", body });
      if (!r.ok) throw new Error(`VictoriaMetrics 导入失败（HTTP ${r.status}）：${await r.text()}`);
      await fetch(`${url}/internal/force_flush`);
    };
    return { url, load, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
