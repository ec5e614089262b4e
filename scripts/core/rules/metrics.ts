/**
 * 利用率数据源（第19条）。规则只通过这个接口读数据；文件来源见 metrics-file.ts，
 * Prometheus 来源属于夜间审计（另见审计）。
 */
export interface DailyUtilization {
  /** 主机：IP 或主机名 */
  host: string;
  date: string;
  cpuAverage?: number;
  cpuPeak?: number;
  memoryAverage?: number;
  memoryPeak?: number;
  storageUsedPercent?: number;
}

export interface WindowUtilization {
  /** 有数据的天数 */
  days: number;
  cpu?: { average: number; peak: number };
  memory?: { average: number; peak: number };
  storage?: { peak: number };
}

export interface MetricsSource {
  /** 描述来源，用于消息（如 文件 metrics.csv） */
  readonly label: string;
  /** 某台主机在给定日期（工作日窗口）上的平均与峰值；没有这台主机的数据时为 undefined */
  window(hosts: readonly string[], dates: readonly string[]): WindowUtilization | undefined;
}
