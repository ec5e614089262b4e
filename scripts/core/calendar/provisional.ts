import { text } from "../text.ts";

/**
 * 用到了暂定日历的年份：结果照常给出，但以正式的放假安排为准。警告，不是错误——
 * 国务院每年 11 月前后才公布下一年的安排，产品在此之前也要能用。
 */
export function provisionalCalendarMessage(years: readonly number[]) {
  const y = years.join("、");
  const yEn = years.join(", ");
  return text(
    `这里的工作日计算用到了 ${y} 年的暂定日历：国务院办公厅的 ${y} 年放假安排尚未导入，暂按《全国年节及纪念日放假办法》的法定节日推算（没有调休上班日），结果可能差一两个工作日。正式通知公布后，运行 npx govcloud calendar import <通知.txt> 导入（见 docs/calendar.md）。`,
    `Working days here use the provisional calendar of ${yEn}: the State Council's holiday arrangement for ${yEn} has not been imported yet, so the statutory holidays are used without make-up working days, and results may be off by a working day or two. When the notice is published, import it with npx govcloud calendar import <notice.txt> (see docs/calendar.md).`,
  );
}
