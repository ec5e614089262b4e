import type { RuleFinding } from "../../../core/rules/types.ts";
import { portKey } from "../../../core/state/fold.ts";
import { text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";
import { describeRule as show } from "./port-rdp.ts";

/**
 * 附件8 业务类型“端口关闭申请”：关闭的策略须是现在开放着的（源地址、目的地址、协议、端口号都一致）；
 * 关闭申请不申请 IP。开放申请重复开放已开放的策略时提醒（状态中不会重复记录）。
 */
export const portCloseOpen = defineRule({
  id: "port-close-open",
  title: text("关闭的端口须是现在开放的端口", "A closed port is one open now"),
  citation: annex("附件8"),
  appliesTo: ["ports"],
  severity: "error",
  why: text(
    "端口开放申请表的业务类型分“端口开放申请”与“端口关闭申请”（附件8）：关闭的是本系统已开放的端口策略；IP 地址申请只随开放申请提出。",
    "The port form serves opening and closing (附件8, 业务类型): a closing form closes policies of this system that are open; IP addresses are requested only with opening.",
  ),
  check(ctx) {
    const { application: a, before } = ctx;
    if (a.type !== "ports") return [];
    const complete = ctx.historyComplete;
    const out: RuleFinding[] = [];
    const open = new Map(before.ports.map((p) => [portKey(p.rule), p]));
    const rules = a.ports.rules ?? [];
    if (a.ports.business === "open") {
      for (const [i, rule] of rules.entries()) {
        const already = open.get(portKey(rule));
        if (!already) continue;
        const s = show(rule);
        out.push({
          path: `/ports/rules/${i}`,
          severity: "warning",
          message: text(
            `策略 ${s.zh} 已由第 ${already.openedBy} 号申请开放，现在仍开放着。请删除这条重复的策略；要改端口或源地址的，请写出新的策略。`,
            `Rule ${s.en} was opened by application ${already.openedBy} and is still open. Remove the duplicate, or write the new rule if something changes.`,
          ),
        });
      }
      return out;
    }
    if (!rules.length)
      out.push({
        path: "/ports",
        atKey: true,
        message: text(
          "端口关闭申请须列出要关闭的端口策略。请在 ports.rules 中写出要关闭的策略（与开放时的源地址、目的地址、协议、端口号一致）。",
          "A closing form lists the rules to close. Add them under ports.rules (source, destination, protocol and ports as when opened).",
        ),
      });
    const openNow = before.ports.length ? before.ports.map((p) => show(p.rule)) : [text("（无）", "(none)")];
    for (const [i, rule] of rules.entries()) {
      if (!complete || open.has(portKey(rule))) continue;
      const s = show(rule);
      out.push({
        path: `/ports/rules/${i}`,
        message: text(
          `策略 ${s.zh} 现在没有开放，不能关闭。关闭的策略须与开放时的源地址、目的地址、协议、端口号完全一致；本系统现在开放的策略：${openNow.map((x) => x.zh).join("；")}。请改正这条策略或删除它。`,
          `Rule ${s.en} is not open, so it cannot be closed. A closed rule matches an open one in source, destination, protocol and ports; open now: ${openNow.map((x) => x.en).join("; ")}. Correct or remove it.`,
        ),
      });
    }
    if (a.ports.ipRequests?.length)
      out.push({
        path: "/ports/ipRequests",
        atKey: true,
        message: text(
          "端口关闭申请不申请 IP 地址。请删除 ipRequests；需要新的 IP 的，另提交一份端口开放申请；要释放 IP 的，提交撤销申请。",
          "A closing form requests no IP addresses. Remove ipRequests; request IPs with an opening form, release them with a revocation.",
        ),
      });
    return out;
  },
});
