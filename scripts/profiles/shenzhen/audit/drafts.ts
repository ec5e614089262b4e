/**
 * 审计起草的申请（YAML 文本）：低负载云主机的缩容变更申请（第19条(2)4、5），逾期测试资源与下线系统的撤销申请
 * （第47条、第19条(3)）。起草的内容要能通过 govcloud validate：序号是本系统的下一个，日期是今天，
 * 利用率的统计区间是今天之前的 5 个工作日，数字与 --metrics 按同一窗口算出的一致。
 *
 * 机器不替使用单位作证：撤销承载数据的资源时，数据是否已备份（附件5 注6）留空，由使用单位确认后填写；
 * 留空时校验会指出这一行。关机日期是建议，须与提供商确认（第30条(1)、第36条）。
 */
import {
  configLines,
  draftFile,
  hostFigures,
  proposeShutdown,
  round1,
  scalar,
} from "../../../core/audit/drafts.ts";
import type {
  DraftApplication,
  DriftDraftInput,
  HostUtilization,
  SystemView,
} from "../../../core/audit/types.ts";
import type { WorkdayCalendar } from "../../../core/calendar/workdays.ts";
import type { Catalog } from "../../../core/catalog/types.ts";
import type { ResourceConfig } from "../../../core/model.ts";
import type { WindowUtilization } from "../../../core/rules/metrics.ts";
import type { ResourceState } from "../../../core/state/fold.ts";
import { type Text, text } from "../../../core/text.ts";

/** 序号取主分支上本系统的下一个：有未合并的申请已占用时顺延。 */
const sequenceNote = (sequence: number): Text =>
  text(
    `序号 ${sequence} 接在主分支上本系统的申请与机器人为本系统起草的其他草稿之后；使用单位另有未合并的申请占用它时，请顺延序号与文件名`,
    `Sequence ${sequence} follows the system's applications on the main branch and the bot's other drafts for this system; if one of the unit's own unmerged applications uses it, take the next one (and rename the file)`,
  );

const header = (view: SystemView, sequence: number, type: string, today: string, comment: string[]) => [
  "# yaml-language-server: $schema=../../../schemas/shenzhen/application.schema.json",
  ...comment.map((c) => `# ${c}`),
  "kind: application",
  `profile: ${scalar(view.system.profile)}`,
  `sequence: ${sequence}`,
  `type: ${type}`,
  `date: ${today}`,
  `unit: ${scalar(view.unit?.name ?? view.unitDir)}`,
  `system: ${scalar(view.system.name)}`,
  "",
];

/** 第30条(1)：关机前 3 个工作日公告；关机日留出审查 1 天、审批 3 天与公告的时间，取今天之后第 10 个工作日。 */
const shutdownLead = { workdays: 10, noticeWorkdays: 3 } as const;

function shutdownLines(proposal: { date: string; noticeDate: string } | undefined): string[] {
  if (!proposal)
    return [
      "# 日历尚未收录关机可能落在的年份：请与提供商确认关机日期后填写 date 与 noticeDate（关机前 3 个工作日公告）",
      "shutdown:",
      "  required: false",
    ];
  return [
    "# 关机日期是建议：请与提供商确认；公告须在关机前 3 个工作日发布（第30条(1)、第36条）",
    "shutdown:",
    "  required: true",
    `  date: ${proposal.date}`,
    `  noticeDate: ${proposal.noticeDate}`,
  ];
}

export interface ScaleDownDraftInput {
  view: SystemView;
  resource: ResourceState;
  next: { vcpu: number; memoryGB: number };
  window: readonly string[];
  combined: WindowUtilization;
  hosts: readonly HostUtilization[];
  source: string;
  today: string;
  calendar: WorkdayCalendar;
}

/** 缩容变更申请：只写改变的 vCPU、内存；利用率写合并后的数字，每台主机的数字写在 remark。 */
export function draftScaleDown(input: ScaleDownDraftInput): DraftApplication {
  const { view, resource, next, window, combined, today } = input;
  const sequence = view.lastSequence + 1;
  const before: ResourceConfig = {};
  const after: ResourceConfig = {};
  if (next.vcpu !== resource.config.vcpu) {
    before.vcpu = resource.config.vcpu as number;
    after.vcpu = next.vcpu;
  }
  if (next.memoryGB !== resource.config.memoryGB) {
    before.memoryGB = resource.config.memoryGB as number;
    after.memoryGB = next.memoryGB;
  }
  const u = combined;
  const utilization = [
    "    utilization:",
    `      window: { from: ${window[0]}, to: ${window[window.length - 1]} }`,
    ...(u.cpu ? [`      cpu: { average: ${round1(u.cpu.average)}, peak: ${round1(u.cpu.peak)} }`] : []),
    ...(u.memory
      ? [`      memory: { average: ${round1(u.memory.average)}, peak: ${round1(u.memory.peak)} }`]
      : []),
    ...(u.storage ? [`      storage: { usedPercent: ${round1(u.storage.peak)} }`] : []),
  ];
  const remark = `夜间审计起草：${input.source}，${window[0]} 至 ${window[window.length - 1]} 的 5 个工作日；${hostFigures(input.hosts).zh}。`;
  const lines = [
    ...header(view, sequence, "change", today, [
      "变更申请（缩容）：夜间审计按第19条(2)4、5 起草，发放超过 3 个月、近 5 个工作日利用率满足缩容指标。",
      "请使用单位核对配置与利用率、与提供商确认关机日期后提交；缩容可不提供测算报告（第27条）。",
    ]),
    "changes:",
    `  - resource: ${scalar(resource.id)}`,
    "    before:",
    ...configLines(before, "      "),
    "    after:",
    ...configLines(after, "      "),
    ...utilization,
    `    remark: ${scalar(remark)}`,
    "",
    ...shutdownLines(proposeShutdown(input.calendar, today, shutdownLead)),
    "",
  ];
  return {
    type: "change",
    file: draftFile(view, sequence, "change"),
    yaml: lines.join("\n"),
    confirm: [
      sequenceNote(sequence),
      text(
        "与提供商确认关机日期（shutdown.date）并按时发布公告",
        "Agree the shutdown day with the provider and publish the notice in time",
      ),
      text(
        "附上变更前 7–15 天的监控截图（utilization.evidence，附件6）",
        "Attach the monitoring screenshots of the 7–15 days before (utilization.evidence, 附件6)",
      ),
    ],
  };
}

export interface RevokeItem {
  resource: ResourceState;
  /** 为什么一并撤销（如“绑定在 test-web 上”） */
  reason?: string;
}

/**
 * 撤销申请。承载数据的资源（目录 holdsData）的 dataBackup 留空，待使用单位确认；不承载数据的写 no-data。
 */
export function draftRevoke(input: {
  view: SystemView;
  items: readonly RevokeItem[];
  catalog: Catalog | undefined;
  today: string;
  calendar: WorkdayCalendar;
  comment: string[];
  systemOffline?: string;
  wholeSystem?: boolean;
}): DraftApplication {
  const { view, items, catalog, today } = input;
  const sequence = view.lastSequence + 1;
  const lines = [...header(view, sequence, "revoke", today, input.comment), "revocations:"];
  let pending = 0;
  for (const { resource, reason } of items) {
    const holdsData = catalog?.serviceById.get(resource.service)?.holdsData !== false;
    const ips = resource.instances.map((i) => i.ip).filter((ip): ip is string => ip !== undefined);
    lines.push(`  - resource: ${scalar(resource.id)}`);
    if (ips.length === 1) lines.push(`    ip: ${ips[0]}`);
    if (holdsData) {
      pending++;
      lines.push(
        "    # 待使用单位确认（附件5 注6）：backed-up（数据已备份）或 not-needed（无需备份，在 remark 中说明原因）",
      );
      lines.push("    dataBackup:");
    } else lines.push("    dataBackup: no-data");
    if (reason) lines.push(`    remark: ${scalar(reason)}`);
  }
  if (input.systemOffline !== undefined || input.wholeSystem) {
    lines.push("revoke:");
    if (input.systemOffline !== undefined) lines.push(`  systemOffline: ${input.systemOffline}`);
    if (input.wholeSystem) lines.push("  wholeSystem: true");
  }
  lines.push("", ...shutdownLines(proposeShutdown(input.calendar, today, shutdownLead)), "");
  return {
    type: "revoke",
    file: draftFile(view, sequence, "revoke"),
    yaml: lines.join("\n"),
    confirm: [
      ...(pending > 0
        ? [
            text(
              `为 ${pending} 项承载数据的资源填写 dataBackup：数据已备份（backed-up）或无需备份（not-needed）`,
              `Fill in dataBackup for the ${pending} resource(s) holding data: backed-up or not-needed`,
            ),
          ]
        : []),
      sequenceNote(sequence),
      text(
        "与提供商确认关机日期（shutdown.date）并按时发布公告",
        "Agree the shutdown day with the provider and publish the notice in time",
      ),
    ],
  };
}

/**
 * 漂移修复的变更申请（Profile.audit.driftDraft）：把云上的状态接受进仓库——before 是仓库的配置，after 是云上的。
 * 扩容须有测算报告（第27条）与变更前的利用率（附件6），只有使用单位能写：这里不写，校验列出它们。
 * 调整规格时主机重启：按第30条(1)建议关机日期与公告日期。
 */
export function draftDriftRepair(input: DriftDraftInput): DraftApplication {
  const { view, changes, today } = input;
  const sequence = view.lastSequence + 1;
  const grows = changes.some(
    (c) =>
      (c.after.vcpu ?? 0) > (c.before.vcpu ?? 0) ||
      (c.after.memoryGB ?? 0) > (c.before.memoryGB ?? 0) ||
      (c.after.dataDisks ?? []).some((d, i) => d.sizeGB > (c.before.dataDisks?.[i]?.sizeGB ?? 0)) ||
      (c.after.systemDisk?.sizeGB ?? 0) > (c.before.systemDisk?.sizeGB ?? 0),
  );
  const lines = [
    ...header(view, sequence, "change", today, [
      "变更申请（漂移修复）：漂移检查发现云上的配置与仓库不同，这份申请把云上的状态接受进仓库（before 为仓库，after 为云上）。",
      "不接受的，用发放流程重新应用仓库（把云改回去），然后关闭这个草稿 PR。",
    ]),
    "changes:",
    ...changes.flatMap((c) => [
      `  - resource: ${scalar(c.resource.id)}`,
      "    before:",
      ...configLines(c.before, "      "),
      "    after:",
      ...configLines(c.after, "      "),
      `    remark: ${scalar(`漂移检查发现：${c.evidence.map((e) => e.zh).join("；")}`)}`,
    ]),
    "",
    ...shutdownLines(proposeShutdown(input.calendar, today, shutdownLead)),
    "",
  ];
  return {
    type: "change",
    file: draftFile(view, sequence, "change"),
    yaml: lines.join("\n"),
    confirm: [
      sequenceNote(sequence),
      ...(grows
        ? [
            text(
              "扩容须由使用单位补上测算报告（estimate，第27条）与变更前的利用率及监控截图（utilization，附件6）：机器不替使用单位作证",
              "A scale-up needs the unit's estimate (第27条) and the utilization before the change with screenshots (utilization, 附件6): the machine does not testify for the unit",
            ),
          ]
        : []),
      text(
        "与提供商确认关机日期（shutdown.date）并按时发布公告",
        "Agree the shutdown day with the provider and publish the notice in time",
      ),
    ],
  };
}
