import { addMonths } from "../../../core/calendar/workdays.ts";
import { text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";

/** 附件5 注5：本申请自申请之日起 3 个月内有效；超过后须重新提交。 */
export const applicationValidity = defineRule({
  id: "application-validity",
  title: text("申请自申请之日起 3 个月内有效", "An application is valid for 3 months from its date"),
  citation: annex("附件5", "5"),
  appliesTo: ["new", "change", "revoke", "ports", "test", "test-renewal"],
  severity: "error",
  why: text(
    "本申请自申请之日起3个月内有效，如因申请单位原因未能及时完成相关业务的办理，继续办理须重新提交申请（附件5 注5，附件8 注4）。",
    "An application is valid for 3 months from its date; after that it must be submitted again (附件5 注5, 附件8 注4).",
  ),
  check({ application: a, today, pending, catalog }) {
    if (!pending) return [];
    if (a.date > today)
      return [
        {
          path: "/date",
          message: text(
            `申请日期 ${a.date} 在今天（${today}）之后。请填写实际提交申请的日期。`,
            `The application date ${a.date} is after today (${today}). Use the date it is submitted.`,
          ),
        },
      ];
    const months = catalog.profile.applicationValidityMonths;
    const until = addMonths(a.date, months);
    if (today > until)
      return [
        {
          path: "/date",
          message: text(
            `申请日期为 ${a.date}，有效期到 ${until}，今天（${today}）已过期。请把 date 改为今天并重新确认内容，作为新的申请提交。`,
            `The application dated ${a.date} was valid until ${until} and has expired (today is ${today}). Set date to today and resubmit.`,
          ),
        },
      ];
    return [];
  },
});
