/**
 * Profile 的审计部分：这个城市的审计检查（每项一个文件，报告按登记顺序）、低负载的判定口径、
 * 报告与通知中带条款的措辞。引擎（audit.ts、render.ts、assess.ts、notify/）只提供机制。
 */
import type { ExpiryNoticeTexts } from "../notify/compose.ts";
import type { NoticeTexts } from "../notify/notices.ts";
import type { Text } from "../text.ts";
import type { LowLoadPolicy } from "./sizing.ts";
import type { AuditCheck, DraftApplication, DriftDraftInput } from "./types.ts";

/** 报告中带条款的固定文字。 */
export interface AuditTexts {
  /** 各单位利用率汇总的标题，如“各单位利用率（第N条）” */
  summaryHeading: Text;
  /** 没有给出 --metrics 时的说明 */
  noMetrics: Text;
  /** 仓库能看到什么、看不到什么（如下线日期只记录在哪里） */
  limits: readonly Text[];
}

/**
 * 这个 profile 的审计配置默认值（.github/govcloud-audit.yaml 没写时取它们）。缺省时取通用默认值
 * （defaultAuditConfig）。
 */
export interface AuditDefaults {
  /** 参与利用率判定、要预取监控数据的服务（如云主机） */
  lowLoadServices?: readonly string[];
  /** 每项检查的 issue 标签（检查标识 → 标签名）；也是配置中 issues.checkLabels 可写的检查 */
  checkLabels?: Readonly<Record<string, string>>;
}

export interface AuditPart {
  /** 审计检查，报告按这里的顺序排列 */
  checks: readonly AuditCheck[];
  /** 审计配置的默认值（服务、标签）；缺省时取通用默认值 */
  defaults?: AuditDefaults;
  /** 低负载云主机的判定口径与建议配置的上限 */
  lowLoad: LowLoadPolicy;
  texts: AuditTexts;
  /** 由审计发现组织的到期提醒（govcloud notify） */
  notices: ExpiryNoticeTexts;
  /** 其余通知的文字（停机、交付、超时的阶段、起草的 PR；govcloud notify）；没有的一种不发 */
  noticeTexts?: NoticeTexts;
  /**
   * 漂移修复（govcloud drafts --drift）：把云上的状态接受进仓库的变更申请（这个城市的变更种类与格式）。
   * 没有时漂移只有 issue，不起草 PR。
   */
  driftDraft?: (input: DriftDraftInput) => DraftApplication;
}
