/**
 * 审计起草的淮北申请（YAML 文本，共享约定的形状）：回收用退出申请（附件4，type: revoke），扩容、降配与
 * 临时扩容期满缩回用变更申请（附件3，type: change）。
 *
 * 机器不替使用单位作证：公函文号（第16、17条）、数据是否已备份（附件4 退出单位确认）留空，由使用单位
 * 填写；留空时 govcloud validate 会指出这一行。退出日期是建议（今天之后第 10 个工作日，留出审批的时间）。
 */
import { configLines, draftFile, scalar } from "../../../core/audit/drafts.ts";
import type { DraftApplication, SystemView } from "../../../core/audit/types.ts";
import { CalendarRangeError, type WorkdayCalendar } from "../../../core/calendar/workdays.ts";
import type { ResourceConfig } from "../../../core/model.ts";
import type { ResourceState } from "../../../core/state/fold.ts";
import { type Text, text } from "../../../core/text.ts";

/** 退出日期的建议：今天之后第 10 个工作日（审批与数据备份的时间）。 */
export const exitLeadWorkdays = 10;

const sequenceNote = (sequence: number): Text =>
  text(
    `序号 ${sequence} 接在主分支上本系统的申请与机器人为本系统起草的其他草稿之后；使用单位另有未合并的申请占用它时，请顺延序号与文件名`,
    `Sequence ${sequence} follows the system's applications on the main branch and the bot's other drafts for this system; if one of the unit's own unmerged applications uses it, take the next one (and rename the file)`,
  );

const letterNote = text(
  "填写公函文号（letter.number），附上公函（第16、17条：以公函形式提出）",
  "Fill in the official letter's number (letter.number) and attach the letter (第16、17条: filed by official letter)",
);

function header(view: SystemView, sequence: number, type: string, today: string, comment: string[]) {
  return [
    "# yaml-language-server: $schema=../../../schemas/huaibei/application.schema.json",
    ...comment.map((c) => `# ${c}`),
    "kind: application",
    `profile: ${scalar(view.system.profile)}`,
    `sequence: ${sequence}`,
    `type: ${type}`,
    `date: ${today}`,
    `unit: ${scalar(view.unit?.name ?? view.unitDir)}`,
    `system: ${scalar(view.system.name)}`,
    "# 公函文号：由使用单位填写（第16、17条）",
    "letter:",
    "  number:",
    `  date: ${today}`,
  ];
}

function proposeExit(calendar: WorkdayCalendar, today: string): string | undefined {
  try {
    return calendar.addWorkdays(today, exitLeadWorkdays);
  } catch (error) {
    if (error instanceof CalendarRangeError) return undefined;
    throw error;
  }
}

export interface RevokeDraftInput {
  view: SystemView;
  resources: readonly ResourceState[];
  today: string;
  calendar: WorkdayCalendar;
  /** 退出原因（附件4） */
  reason: string;
  /** 文件开头的说明（谁起草、依据哪一条） */
  comment: string[];
}

/** 退出申请（回收）：列出的资源逐项写 dataBackup 留空，待使用单位确认。 */
export function draftRevoke(input: RevokeDraftInput): DraftApplication {
  const { view, today } = input;
  const sequence = view.lastSequence + 1;
  const exitDate = proposeExit(input.calendar, today);
  const lines = [
    ...header(view, sequence, "revoke", today, input.comment),
    "exit:",
    "  type: system",
    exitDate
      ? `  date: ${exitDate}  # 建议：今天之后第 ${exitLeadWorkdays} 个工作日，请与云服务商确认`
      : "  date:  # 日历尚未收录这一年：请与云服务商确认退出日期后填写",
    `  reason: ${scalar(input.reason)}`,
    "  # 退出单位确认（附件4）：完成数据迁移备份后由使用单位改为 true",
    "  statement:",
    "revocations:",
  ];
  for (const r of input.resources) {
    lines.push(`  - resource: ${scalar(r.id)}`);
    lines.push("    # 待使用单位确认：backed-up（已备份）、not-needed（无需备份）或 no-data（不承载数据）");
    lines.push("    dataBackup:");
  }
  lines.push("");
  return {
    type: "revoke",
    file: draftFile(view, sequence, "revoke"),
    yaml: lines.join("\n"),
    confirm: [
      letterNote,
      text(
        `为 ${input.resources.length} 项资源填写 dataBackup，完成数据备份后把 exit.statement 改为 true（附件4）`,
        `Fill in dataBackup for the ${input.resources.length} resource(s) and set exit.statement to true once the data is backed up (附件4)`,
      ),
      sequenceNote(sequence),
      text("与云服务商确认退出日期（exit.date）", "Agree the exit date (exit.date) with the carrier"),
    ],
  };
}

export interface ChangeDraftInput {
  view: SystemView;
  today: string;
  /** 变更事由（附件3 申请事由） */
  reason: string;
  changes: readonly {
    resource: ResourceState;
    before: ResourceConfig;
    after: ResourceConfig;
    remark: string;
  }[];
  comment: string[];
}

/** 变更申请（扩容、降配、临时扩容期满缩回）：只写改变的配置项。 */
export function draftChange(input: ChangeDraftInput): DraftApplication {
  const { view, today } = input;
  const sequence = view.lastSequence + 1;
  const zone = input.changes
    .map((c) => (c.resource.config as { zone?: unknown }).zone)
    .find((z): z is string => typeof z === "string");
  const lines = [
    ...header(view, sequence, "change", today, input.comment),
    "category: host",
    zone ? `zone: ${scalar(zone)}` : "zone:  # 部署区域：govnet（政务外网区）或 internet（互联网区）",
    `reason: ${scalar(input.reason)}`,
    "changes:",
  ];
  for (const c of input.changes) {
    const ips = c.resource.instances.map((i) => i.ip).filter((ip): ip is string => ip !== undefined);
    lines.push(`  - resource: ${scalar(c.resource.id)}`);
    if (ips.length === 1) lines.push(`    ip: ${ips[0]}`);
    lines.push("    before:", ...changeLines(c.before, "      "));
    lines.push("    after:", ...changeLines(c.after, "      "));
    lines.push(`    remark: ${scalar(c.remark)}`);
  }
  lines.push("");
  return {
    type: "change",
    file: draftFile(view, sequence, "change"),
    yaml: lines.join("\n"),
    confirm: [
      letterNote,
      sequenceNote(sequence),
      text(
        "与云服务商确认实施时间；实施后三方签变更确认单（附件6）",
        "Agree the implementation time with the carrier; the three parties sign the change confirmation (附件6) afterwards",
      ),
    ],
  };
}

/** 配置行：vCPU、内存、磁盘（引擎的写法），再加上其余的数字与文字项（如 quantity、bandwidthMbps）。 */
function changeLines(c: ResourceConfig, indent: string): string[] {
  const known = new Set(["vcpu", "memoryGB", "systemDisk", "dataDisks"]);
  const rest = Object.entries(c)
    .filter(([k, v]) => !known.has(k) && (typeof v === "number" || typeof v === "string"))
    .map(([k, v]) => `${indent}${k}: ${scalar(v as string | number)}`);
  return [...configLines(c, indent), ...rest];
}

type Size = { vcpu: number; memoryGB: number };

/** 扩容、降配的前后配置：只写改变了的 vCPU、内存。 */
export function sizeChange(now: Size, next: Size): { before: ResourceConfig; after: ResourceConfig } {
  const before: ResourceConfig = {};
  const after: ResourceConfig = {};
  if (next.vcpu !== now.vcpu) {
    before.vcpu = now.vcpu;
    after.vcpu = next.vcpu;
  }
  if (next.memoryGB !== now.memoryGB) {
    before.memoryGB = now.memoryGB;
    after.memoryGB = next.memoryGB;
  }
  return { before, after };
}
