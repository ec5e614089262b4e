import { defineCheck, findingKey } from "../../../../core/audit/define.ts";
import type { AuditContext, CheckFinding, SystemView } from "../../../../core/audit/types.ts";
import { addDays, addMonths, toDay } from "../../../../core/calendar/workdays.ts";
import type { ResourceState } from "../../../../core/state/fold.ts";
import { text } from "../../../../core/text.ts";
import { cite } from "../../rules/define.ts";
import { draftRevoke, type RevokeItem } from "../drafts.ts";

/** 第46条：到期前一周提醒。到期日在今天到今天加 7 天之间（含两端）。 */
export const reminderDays = 7;

const daysBetween = (from: string, to: string) => toDay(to) - toDay(from);

/** 在用的、已交付的测试资源及其到期日。 */
function* testResources(ctx: AuditContext) {
  for (const view of ctx.systems)
    for (const r of view.history.current.resources.values())
      if (r.kind === "test" && r.test?.expiresOn !== undefined)
        yield { view, r, expiresOn: r.test.expiresOn };
}

const maxTotalMonths = (ctx: AuditContext, view: SystemView) =>
  ctx.catalogs(view.system.profile)?.profile.testResources?.maxTotalMonths ?? 6;

const common = (view: SystemView, r: ResourceState) => ({
  unit: view.unitDir,
  ...(view.unit ? { unitName: view.unit.name } : {}),
  system: view.systemDir,
  systemName: view.system.name,
  resource: r.id,
});

export const testExpiring = defineCheck({
  id: "test-expiring",
  title: text("测试资源一周内到期", "Test resources expiring within a week"),
  citation: cite("第46条"),
  severity: "warning",
  why: text(
    "测试资源到期前一周，市大数据资源管理中心通过邮件、短信等方式提醒使用单位，若使用单位不申请续期，可在测试资源到期后自行回收（第46条）。",
    "A week before a test resource expires the centre reminds the unit; without a renewal it may reclaim the resource once expired (第46条).",
  ),
  run(ctx) {
    const out: CheckFinding[] = [];
    const last = addDays(ctx.today, reminderDays);
    for (const { view, r, expiresOn } of testResources(ctx)) {
      if (expiresOn < ctx.today || expiresOn > last) continue;
      const left = daysBetween(ctx.today, expiresOn);
      const cap = r.deliveredOn ? addMonths(r.deliveredOn, maxTotalMonths(ctx, view)) : undefined;
      const renewable = cap !== undefined && cap > expiresOn;
      out.push({
        key: findingKey("test-expiring", view.unitDir, view.systemDir, r.id),
        title: text(
          `测试资源将于 ${expiresOn} 到期：${view.system.name} ${r.id}`,
          `Test resource expires on ${expiresOn}: ${view.system.name} ${r.id}`,
        ),
        ...common(view, r),
        message: text(
          `测试资源 ${r.id} 将于 ${expiresOn} 到期（还有 ${left} 天）。`,
          `Test resource ${r.id} expires on ${expiresOn} (in ${left} day(s)).`,
        ),
        action: renewable
          ? text(
              `还要使用的，请在到期前提交续期申请（type: test-renewal），累计不超过六个月，最迟用到 ${cap}（第45条）；不再使用的，请备份数据，到期后由市大数据资源管理中心回收（第46、47条）。`,
              `To keep it, file a renewal (type: test-renewal) before it expires; the total stays within six months, until ${cap} at most (第45条). Otherwise back up its data: the centre reclaims it once expired (第46, 47条).`,
            )
          : text(
              `已用满累计六个月（第45条），不能再续期：请备份数据，到期后由市大数据资源管理中心回收（第46、47条）；需要长期使用的，请提交新增申请。`,
              `It has used its six months in total (第45条) and cannot be renewed: back up its data, the centre reclaims it once expired (第46, 47条). For lasting use, file a new application.`,
            ),
        params: {
          resource: r.id,
          expiresOn,
          daysLeft: left,
          renewable,
          ...(cap ? { renewableUntil: cap } : {}),
        },
      });
    }
    return out;
  },
});

/**
 * 逾期的测试资源及其随附的资源（绑定在它上面的 IP、挂载在它上面的云硬盘），按系统起草一份撤销申请。
 */
function revokeItems(view: SystemView, expired: readonly ResourceState[]): RevokeItem[] {
  const ids = new Set(expired.map((r) => r.id));
  const items: RevokeItem[] = expired.map((resource) => ({ resource }));
  for (const r of view.history.current.resources.values()) {
    if (ids.has(r.id)) continue;
    const host = r.config.bindTo ?? r.config.attachTo;
    if (host !== undefined && ids.has(host))
      items.push({ resource: r, reason: `随 ${host} 一并撤销（第19条(3)）` });
  }
  return items;
}

export const testExpired = defineCheck({
  id: "test-expired",
  title: text("测试资源已逾期", "Expired test resources"),
  citation: cite("第47条"),
  severity: "error",
  why: text(
    "使用单位不申请续期的，市大数据资源管理中心可在测试资源到期后自行回收；因未申请续期或未备份导致测试资源回收后造成损失，相关责任由使用单位承担（第46、47条）。",
    "Without a renewal the centre may reclaim a test resource once it expires; losses from a missing renewal or backup are the unit's (第46, 47条).",
  ),
  run(ctx) {
    const expiredBySystem = new Map<SystemView, ResourceState[]>();
    for (const { view, r, expiresOn } of testResources(ctx))
      if (expiresOn < ctx.today) expiredBySystem.set(view, [...(expiredBySystem.get(view) ?? []), r]);
    const out: CheckFinding[] = [];
    for (const [view, expired] of expiredBySystem) {
      const draft = draftRevoke({
        view,
        items: revokeItems(view, expired),
        catalog: ctx.catalogs(view.system.profile),
        today: ctx.today,
        calendar: ctx.calendar,
        comment: [
          `撤销申请：夜间审计为逾期的测试资源 ${expired.map((r) => r.id).join("、")} 起草（第46、47条）。`,
          "请使用单位确认数据是否已备份（附件5 注6）、与提供商确认关机日期后提交。",
        ],
      });
      for (const r of expired) {
        const expiresOn = r.test?.expiresOn as string;
        const overdue = daysBetween(expiresOn, ctx.today);
        out.push({
          key: findingKey("test-expired", view.unitDir, view.systemDir, r.id),
          title: text(
            `测试资源已于 ${expiresOn} 到期未回收：${view.system.name} ${r.id}`,
            `Test resource expired on ${expiresOn} and not reclaimed: ${view.system.name} ${r.id}`,
          ),
          ...common(view, r),
          message: text(
            `测试资源 ${r.id} 已于 ${expiresOn} 到期，既未续期也未撤销，已逾期 ${overdue} 天。单位存在逾期的测试资源时，新的测试资源申请不予审批（第51条(3)）。`,
            `Test resource ${r.id} expired on ${expiresOn} and was neither renewed nor revoked: ${overdue} day(s) overdue. While the unit holds overdue test resources, new ones are not approved (第51条(3)).`,
          ),
          action: text(
            `市大数据资源管理中心可回收（第46条）。已起草撤销申请 ${draft.file}（见下），包含本系统全部逾期的测试资源：请使用单位确认数据已备份或无需备份（附件5 注6）后提交；因未备份造成的损失由使用单位承担（第47条）。`,
            `The centre may reclaim it (第46条). The revocation ${draft.file} is drafted below, covering every overdue test resource of the system: the unit confirms whether the data is backed up or needs no backup (附件5 note 6) and submits it; losses from a missing backup are the unit's (第47条).`,
          ),
          params: { resource: r.id, expiresOn, daysOverdue: overdue },
          draft,
        });
      }
    }
    return out;
  },
});
