/**
 * 起草申请（YAML 文本）的工具：审计检查（由 profile 提供）用它们写出能通过 govcloud validate 的草稿。
 * 草稿的字段、注释与措辞属于 profile（它的申请格式）；这里只有与格式无关的部分：YAML 标量、配置行、
 * 按工作日日历建议的关机日期、每台主机的利用率文字、按序号的文件名。
 */
import { CalendarRangeError, type WorkdayCalendar } from "../calendar/workdays.ts";
import type { Disk, ResourceConfig } from "../model.ts";
import { type Text, text } from "../text.ts";
import type { HostUtilization, SystemView } from "./types.ts";

const yamlSpecial = /^(?:true|false|yes|no|on|off|null|~|-?\d[\d_.:eE+-]*)$/i;

/** YAML 标量：普通文字原样写，可能被误读的加双引号（JSON 字符串也是合法的 YAML 双引号标量）。 */
export function scalar(value: string | number | boolean): string {
  if (typeof value !== "string") return String(value);
  const plain =
    value !== "" &&
    !yamlSpecial.test(value) &&
    !/^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/[:#]\s|\s$|[\n\r\t]|: |\s#/.test(value) &&
    !value.endsWith(":");
  return plain ? value : JSON.stringify(value);
}

/** 百分数保留 1 位小数（与 validate 的核对容差 1 个百分点相比足够精确）。 */
export const round1 = (n: number): number => Math.round(n * 10) / 10;

/** 起草的申请放在哪里：`requests/<单位>/<系统>/<4 位序号>-<种类>.yaml`。 */
export const draftFile = (view: SystemView, sequence: number, type: string): string =>
  `requests/${view.unitDir}/${view.systemDir}/${String(sequence).padStart(4, "0")}-${type}.yaml`;

const disk = (d: Disk) => `{ sizeGB: ${d.sizeGB}, tier: ${d.tier} }`;

/** 资源配置（vCPU、内存、系统盘、数据盘）写成 YAML 行。 */
export function configLines(c: ResourceConfig, indent: string): string[] {
  const out: string[] = [];
  if (c.vcpu !== undefined) out.push(`${indent}vcpu: ${c.vcpu}`);
  if (c.memoryGB !== undefined) out.push(`${indent}memoryGB: ${c.memoryGB}`);
  if (c.systemDisk) out.push(`${indent}systemDisk: ${disk(c.systemDisk)}`);
  if (c.dataDisks?.length) {
    out.push(`${indent}dataDisks:`);
    for (const d of c.dataDisks) out.push(`${indent}  - ${disk(d)}`);
  }
  return out;
}

/**
 * 建议的关机安排：关机日为今天之后第 lead.workdays 个工作日（留出审查、审批与公告的时间），
 * 公告最迟在关机日之前第 lead.noticeWorkdays 个工作日。日历没有覆盖到那一年时不建议日期。
 */
export function proposeShutdown(
  calendar: WorkdayCalendar,
  today: string,
  lead: { workdays: number; noticeWorkdays: number },
): { date: string; noticeDate: string } | undefined {
  try {
    const date = calendar.addWorkdays(today, lead.workdays);
    const noticeDate = calendar.workdaysBefore(date, lead.noticeWorkdays)[0] as string;
    return { date, noticeDate };
  } catch (error) {
    if (error instanceof CalendarRangeError) return undefined;
    throw error;
  }
}

const pct = (n: number) => `${round1(n)}%`;

/** 每台主机的利用率，写进 remark。 */
export function hostFigures(hosts: readonly HostUtilization[]): Text {
  const one = (h: HostUtilization, lang: "zh" | "en") => {
    const u = h.utilization;
    const id = h.ip ?? h.hostname ?? h.name;
    if (!u) return lang === "zh" ? `${h.name}（${id}）无数据` : `${h.name} (${id}) no data`;
    const cpu = u.cpu
      ? lang === "zh"
        ? `CPU 平均 ${pct(u.cpu.average)}、峰值 ${pct(u.cpu.peak)}`
        : `CPU avg ${pct(u.cpu.average)}, peak ${pct(u.cpu.peak)}`
      : "";
    const mem = u.memory
      ? lang === "zh"
        ? `内存平均 ${pct(u.memory.average)}、峰值 ${pct(u.memory.peak)}`
        : `memory avg ${pct(u.memory.average)}, peak ${pct(u.memory.peak)}`
      : "";
    return lang === "zh"
      ? `${h.name}（${id}）${[cpu, mem].filter(Boolean).join("，")}`
      : `${h.name} (${id}) ${[cpu, mem].filter(Boolean).join("; ")}`;
  };
  return text(hosts.map((h) => one(h, "zh")).join("；"), hosts.map((h) => one(h, "en")).join("; "));
}
