import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import type { MetricsSource } from "../core/rules/metrics.ts";
import { MetricsFormatError, metricsFromDaily, parseMetrics } from "../core/rules/metrics-file.ts";
import { UsageError } from "./options.ts";

/** --metrics file:PATH → 利用率来源。 */
export function openMetrics(spec: string, cwd: string): MetricsSource {
  const m = /^file:(.+)$/.exec(spec);
  if (!m)
    throw new UsageError(
      `--metrics 应写成 file:<路径>（JSON 或 CSV 导出），这里是 ${spec}。`,
      `--metrics must be file:<path> (a JSON or CSV export), not ${spec}.`,
    );
  const path = resolve(cwd, m[1] as string);
  let source: string;
  try {
    source = readFileSync(path, "utf8");
  } catch {
    throw new UsageError(`读不到利用率文件 ${m[1]}。`, `Cannot read the metrics file ${m[1]}.`);
  }
  const format = /\.json$/i.test(path) ? "json" : "csv";
  try {
    return metricsFromDaily(`文件 ${basename(path)}`, parseMetrics(source, format));
  } catch (error) {
    if (error instanceof MetricsFormatError)
      throw new UsageError(
        `利用率文件 ${m[1]} 格式不对：${error.message}。`,
        `The metrics file ${m[1]} is malformed: ${error.message}.`,
      );
    throw error;
  }
}
