import type { DailyUtilization, MetricsSource, WindowUtilization } from "./metrics.ts";

/**
 * 利用率导出文件（JSON 或 CSV）。两种粒度都接受：
 * - 每日汇总：host,date,cpu_avg,cpu_peak,mem_avg,mem_peak[,storage_used]
 * - 采样点：host,timestamp,cpu,memory[,storage]（按日汇总为平均与峰值）
 * JSON 为对象数组，字段同上（也接受 cpuAverage、cpuPeak、memoryAverage、memoryPeak、storageUsedPercent）。
 * 百分数 0–100。解析错误抛出 MetricsFormatError，指明行号。
 */
export class MetricsFormatError extends Error {}

type Row = Record<string, string | number | undefined>;

const aliases: Record<string, keyof DailyUtilization | "timestamp" | "cpu" | "memory" | "storage"> = {
  host: "host",
  ip: "host",
  hostname: "host",
  date: "date",
  day: "date",
  timestamp: "timestamp",
  time: "timestamp",
  cpu_avg: "cpuAverage",
  cpuaverage: "cpuAverage",
  cpu_peak: "cpuPeak",
  cpupeak: "cpuPeak",
  mem_avg: "memoryAverage",
  memory_avg: "memoryAverage",
  memoryaverage: "memoryAverage",
  mem_peak: "memoryPeak",
  memory_peak: "memoryPeak",
  memorypeak: "memoryPeak",
  storage_used: "storageUsedPercent",
  storageusedpercent: "storageUsedPercent",
  cpu: "cpu",
  memory: "memory",
  mem: "memory",
  storage: "storage",
};

function parseCsv(source: string): Row[] {
  const lines = source.split(/\r?\n/).filter((l) => l.trim() !== "" && !l.startsWith("#"));
  const header = (lines.shift() ?? "").split(",").map((h) => h.trim().toLowerCase());
  return lines.map((line, i) => {
    const cells = line.split(",").map((c) => c.trim());
    if (cells.length !== header.length)
      throw new MetricsFormatError(`第 ${i + 2} 行有 ${cells.length} 列，表头有 ${header.length} 列`);
    return Object.fromEntries(header.map((h, k) => [h, cells[k]]));
  });
}

function num(row: Row, key: string, line: number): number | undefined {
  const v = row[key];
  if (v === undefined || v === "") return undefined;
  const n = typeof v === "number" ? v : Number(v);
  if (!Number.isFinite(n) || n < 0 || n > 100)
    throw new MetricsFormatError(`第 ${line} 条记录的 ${key} 不是 0–100 的百分数：${v}`);
  return n;
}

export function parseMetrics(source: string, format: "json" | "csv"): DailyUtilization[] {
  let rows: Row[];
  if (format === "json") {
    let data: unknown;
    try {
      data = JSON.parse(source);
    } catch (error) {
      throw new MetricsFormatError(`不是有效的 JSON：${(error as Error).message}`);
    }
    if (!Array.isArray(data)) throw new MetricsFormatError("JSON 顶层应为记录数组");
    rows = data.map((r) =>
      Object.fromEntries(
        Object.entries(r as Record<string, unknown>).map(([k, v]) => [k.toLowerCase(), v as string | number]),
      ),
    );
  } else rows = parseCsv(source);

  const daily = new Map<
    string,
    { host: string; date: string; cpu: number[]; mem: number[]; storage: number[]; d: DailyUtilization }
  >();
  rows.forEach((raw, i) => {
    const line = format === "csv" ? i + 2 : i + 1;
    const row: Row = {};
    for (const [k, v] of Object.entries(raw)) {
      const key = aliases[k.replace(/[^a-z_]/g, "")];
      if (key) row[key] = v;
    }
    const host = String(row.host ?? "");
    if (!host) throw new MetricsFormatError(`第 ${line} 条记录缺少 host`);
    const date = String(row.date ?? String(row.timestamp ?? "").slice(0, 10));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date))
      throw new MetricsFormatError(`第 ${line} 条记录缺少日期（date 或 timestamp）`);
    const key = `${host}|${date}`;
    const entry = daily.get(key) ?? { host, date, cpu: [], mem: [], storage: [], d: { host, date } };
    if (row.timestamp !== undefined) {
      const cpu = num(row, "cpu", line);
      const mem = num(row, "memory", line);
      const storage = num(row, "storage", line);
      if (cpu !== undefined) entry.cpu.push(cpu);
      if (mem !== undefined) entry.mem.push(mem);
      if (storage !== undefined) entry.storage.push(storage);
    } else {
      const set = (field: keyof DailyUtilization) => {
        const v = num(row, field, line);
        if (v !== undefined) (entry.d as unknown as Record<string, number>)[field] = v;
      };
      for (const f of ["cpuAverage", "cpuPeak", "memoryAverage", "memoryPeak", "storageUsedPercent"] as const)
        set(f);
    }
    daily.set(key, entry);
  });
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  return [...daily.values()].map(({ cpu, mem, storage, d }) => ({
    ...d,
    ...(cpu.length ? { cpuAverage: mean(cpu), cpuPeak: Math.max(...cpu) } : {}),
    ...(mem.length ? { memoryAverage: mean(mem), memoryPeak: Math.max(...mem) } : {}),
    ...(storage.length ? { storageUsedPercent: Math.max(...storage) } : {}),
  }));
}

/** 内存中的利用率来源：窗口内逐日的平均取均值，峰值取最大值；多台主机合并计算。 */
export function metricsFromDaily(label: string, rows: readonly DailyUtilization[]): MetricsSource {
  const byHost = new Map<string, DailyUtilization[]>();
  for (const r of rows) byHost.set(r.host, [...(byHost.get(r.host) ?? []), r]);
  return {
    label,
    window(hosts, dates): WindowUtilization | undefined {
      const wanted = new Set(dates);
      const days = hosts.flatMap((h) => byHost.get(h) ?? []).filter((r) => wanted.has(r.date));
      if (days.length === 0) return undefined;
      const agg = (
        avg: (r: DailyUtilization) => number | undefined,
        peak: (r: DailyUtilization) => number | undefined,
      ) => {
        const a = days.map(avg).filter((v): v is number => v !== undefined);
        const p = days.map(peak).filter((v): v is number => v !== undefined);
        return a.length
          ? { average: a.reduce((x, y) => x + y, 0) / a.length, peak: Math.max(...(p.length ? p : a)) }
          : undefined;
      };
      const cpu = agg(
        (r) => r.cpuAverage,
        (r) => r.cpuPeak,
      );
      const memory = agg(
        (r) => r.memoryAverage,
        (r) => r.memoryPeak,
      );
      const st = days.map((r) => r.storageUsedPercent).filter((v): v is number => v !== undefined);
      return {
        days: new Set(days.map((d) => d.date)).size,
        ...(cpu ? { cpu } : {}),
        ...(memory ? { memory } : {}),
        ...(st.length ? { storage: { peak: Math.max(...st) } } : {}),
      };
    },
  };
}
