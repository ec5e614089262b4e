import { addMonths } from "../../../core/calendar/workdays.ts";
import type { RuleFinding } from "../../../core/rules/types.ts";
import { periodEnd } from "../../../core/state/fold.ts";
import { text } from "../../../core/text.ts";
import { shenzhenParams } from "../catalog.ts";
import { cite, defineRule } from "./define.ts";

const periodText = (p: { months: number } | { weeks: number }) =>
  "months" in p
    ? text(`${p.months} 个月`, `${p.months} month(s)`)
    : text(`${p.weeks} 周`, `${p.weeks} week(s)`);

/**
 * 第45条、第49条(3)：测试资源到期后可续期，累计不超过六个月：自交付日起，首期（周或月）加上全部续期
 * （已续期月数 + 本次续期月数）不超过 6 个月，恰好 6 个月可以。只能续期在用的测试资源；
 * 到期后才续期的提醒审查人员：到期后中心可自行回收（第46条）。
 */
export const testTotalPeriod = defineRule({
  id: "test-total-period",
  title: text("测试资源续期后累计不超过六个月", "Renewed test resources stay within six months in total"),
  citation: cite("第45条"),
  appliesTo: ["test-renewal"],
  severity: "error",
  why: text(
    "测试资源单次使用期限原则上不超过三个月，到期后可根据需要申请续期，累计申请不超过六个月（第45条）；测试资源申请表应明确使用期限（第49条(3)）。",
    "A test resource is used for at most three months at a time; it may be renewed when it expires, up to six months in total (第45条); the form states the period (第49条(3)).",
  ),
  check(ctx) {
    const { application: a, before, catalog } = ctx;
    if (a.type !== "test-renewal") return [];
    const complete = ctx.historyComplete;
    const out: RuleFinding[] = [];
    const max = shenzhenParams(catalog).testResources.maxTotalMonths;
    const tests = [...before.resources.values()].filter((r) => r.kind === "test").map((r) => r.id);
    const testIds = tests.length ? tests.join("、") : "（无）";
    /** 本申请中已计入的续期月数（同一资源写了多项时累加） */
    const added = new Map<string, number>();
    for (const [i, rn] of (a.renewals ?? []).entries()) {
      const path = `/renewals/${i}`;
      const r = before.resources.get(rn.resource);
      if (!r) {
        if (!complete) continue; // 之前的申请没能加载：不知道这项资源是否存在
        const revoked = before.revoked.get(rn.resource);
        out.push({
          path: `${path}/resource`,
          message: revoked
            ? text(
                `${rn.resource} 已由第 ${revoked.revokedBy} 号申请撤销，不能续期。本系统在用的测试资源：${testIds}。需要继续测试的，请重新提交测试资源申请。`,
                `${rn.resource} was revoked by application ${revoked.revokedBy} and cannot be renewed. Test resources in service: ${testIds}. Apply for new test resources if testing continues.`,
              )
            : text(
                `${rn.resource} 不是本系统在用的资源，不能续期。本系统在用的测试资源：${testIds}。请改正 resource。`,
                `${rn.resource} is not a resource of this system in service and cannot be renewed. Test resources in service: ${testIds}. Correct resource.`,
              ),
        });
        continue;
      }
      if (r.kind !== "test" || !r.test) {
        out.push({
          path: `${path}/resource`,
          message: text(
            `${rn.resource} 是正式资源（第 ${r.createdBy} 号新增申请），没有使用期限，不需要也不能续期。只有测试资源可以续期；本系统在用的测试资源：${testIds}。请删除这一项或改正 resource。`,
            `${rn.resource} is a production resource (application ${r.createdBy}) with no period: only test resources are renewed. Test resources in service: ${testIds}. Remove this item or correct resource.`,
          ),
        });
        continue;
      }
      const first = r.test.period;
      const earlier = added.get(rn.resource) ?? 0;
      const sofar = r.test.renewedMonths + earlier;
      added.set(rn.resource, earlier + rn.months);
      const done = earlier
        ? text(
            `已续期 ${r.test.renewedMonths} 个月，本申请前面的续期项又续 ${earlier} 个月`,
            `renewed ${r.test.renewedMonths} month(s) before and ${earlier} in earlier items of this application`,
          )
        : text(`已续期 ${sofar} 个月`, `renewed ${sofar} month(s)`);
      const start = r.deliveredOn ?? a.date;
      const limit = addMonths(start, max);
      const endWith = (months: number) => addMonths(periodEnd(start, first), months);
      const fp = periodText(first);
      if (endWith(sofar + rn.months) > limit) {
        let left = 0;
        while (endWith(sofar + left + 1) <= limit) left++;
        const fix =
          left > 0
            ? text(
                `最多还能续期 ${left} 个月：请把 months 改为 ${left}。`,
                `At most ${left} more month(s): set months to ${left}.`,
              )
            : text(
                "已用满，不能再续期：需要继续使用的，请按正式资源提交新增申请，或到期前备份数据。",
                "The six months are used up: apply for production resources to keep using it, or back up before it expires.",
              );
        out.push({
          path: `${path}/months`,
          message: text(
            `${rn.resource} 首期 ${fp.zh}，${done.zh}，本次再续 ${rn.months} 个月，将用到 ${endWith(sofar + rn.months)}，超过自交付日（${start}）起累计 ${max} 个月的上限（${limit}）。${fix.zh}`,
            `${rn.resource}: first period ${fp.en}, ${done.en}, plus ${rn.months} now runs to ${endWith(sofar + rn.months)}, past the ${max}-month limit from delivery (${start}), which is ${limit}. ${fix.en}`,
          ),
        });
      }
      if (r.deliveredOn === undefined) {
        out.push({
          path: `${path}/resource`,
          severity: "warning",
          citation: cite("第46条"),
          message: text(
            `${rn.resource} 还没有交付记录，使用期限从交付日起算，尚未开始。审查人员请确认资源是否已发放；一般在到期前一周收到提醒后再续期。`,
            `${rn.resource} has no delivery record: its period starts at delivery and has not begun. The reviewer should confirm it was delivered; renewals are usually made after the reminder a week before expiry.`,
          ),
        });
      } else if (r.test.expiresOn !== undefined && r.test.expiresOn < a.date) {
        out.push({
          path: `${path}/resource`,
          severity: "warning",
          citation: cite("第46条"),
          message: text(
            `${rn.resource} 已于 ${r.test.expiresOn} 到期，续期申请日期 ${a.date} 在到期之后；到期后市大数据资源管理中心可自行回收测试资源。审查人员请确认资源尚未回收；已回收的，续期无效，须重新提交测试资源申请。`,
            `${rn.resource} expired on ${r.test.expiresOn}, before this renewal dated ${a.date}; the center may reclaim expired test resources. The reviewer should confirm it has not been reclaimed; if it has, apply for new test resources instead.`,
          ),
        });
      }
    }
    return out;
  },
});
