/**
 * 状态看板：每个打开的申请 PR 的阶段、等谁、工作日截止日，逾期的在前；按单位、系统、类型、阶段筛选。
 * 数据是阶段工作流发布的快照（snapshot/board.json，由 scripts/web/board.ts 写出，阶段由阶段机按同一个时钟算出）；
 * 用户给了令牌时，再从 GitHub API 实时读取、在浏览器里用同一个阶段机重算（live-board.ts），并写明刷新时间。
 * PR 标题等全部作为文字显示；链接只接受 https。
 */
import { beijingMinute } from "../../scripts/core/clock.ts";
import { kindName } from "../../scripts/core/profile.ts";
import type { BoardPull, BoardSnapshot } from "../../scripts/core/review/board.ts";
import type { StageResult } from "../../scripts/core/review/types.ts";
import { h, replace } from "./dom.ts";
import { profileById } from "./engine.ts";
import { lang, t } from "./i18n.ts";

type Filter = "unit" | "system" | "kind" | "stage";

/** 只接受 https 链接（快照来自 GitHub；别的协议不做成链接）。 */
export const safeUrl = (url: unknown): string | undefined =>
  typeof url === "string" && /^https:\/\/[^\s]+$/.test(url) ? url : undefined;

function matches(pull: BoardPull, chosen: Record<Filter, string>): boolean {
  const r = pull.result;
  return (
    (chosen.unit === "" || r.units.includes(chosen.unit)) &&
    (chosen.system === "" || pull.systems.includes(chosen.system)) &&
    (chosen.kind === "" || r.types.includes(chosen.kind as never)) &&
    (chosen.stage === "" || r.stage === chosen.stage)
  );
}

function deadlineText(r: StageResult): string {
  const c = r.clock;
  if (!c?.deadline) return t("无时限", "no time limit");
  const left = c.workdaysLeft;
  if (r.late || (left !== undefined && left < 0))
    return t(`已逾期 ${Math.abs(left ?? 0)} 个工作日`, `late by ${Math.abs(left ?? 0)} working days`);
  return left === undefined ? "" : t(`还剩 ${left} 个工作日`, `${left} working days left`);
}

/** 看板数据的来源：发布的快照，或登录后从 GitHub API 实时读取并在浏览器里重算的。 */
export type BoardSource = "snapshot" | "live";

export function boardPage(
  data: BoardSnapshot | null,
  _today: string,
  source: BoardSource = "snapshot",
): HTMLElement {
  const page = h("section", { class: "board", "aria-labelledby": "board-title" });
  const title = h("h1", { id: "board-title" }, t("状态看板", "Status board"));
  if (!data || !Array.isArray(data.pulls)) {
    replace(
      page,
      title,
      h("p", {}, t("还没有发布看板的快照。", "No board snapshot has been published yet.")),
    );
    return page;
  }
  const profile = profileById(String(data.profile));
  const stageName = (s: string) => profile?.review.stageNames[s as StageResult["stage"]]?.[lang()] ?? s;
  const roleName = (r: string) => profile?.review.roleNames[r as "author"]?.[lang()] ?? r;
  const pulls = data.pulls;
  const chosen: Record<Filter, string> = { unit: "", system: "", kind: "", stage: "" };
  const values: Record<Filter, string[]> = {
    unit: [...new Set(pulls.flatMap((p) => p.result.units))].sort(),
    system: [...new Set(pulls.flatMap((p) => p.systems))].sort(),
    kind: [...new Set(pulls.flatMap((p) => p.result.types as string[]))].sort(),
    stage: [...new Set(pulls.map((p) => p.result.stage))].sort(),
  };
  const labels: Record<Filter, string> = {
    unit: t("单位", "Unit"),
    system: t("信息系统", "System"),
    kind: t("申请类型", "Kind"),
    stage: t("阶段", "Stage"),
  };
  const shown = (f: Filter, v: string) =>
    f === "kind" ? kindName(profile, v, lang()) : f === "stage" ? stageName(v) : v;
  const body = h("tbody");
  const count = h("p", { id: "board-count", role: "status", "aria-live": "polite" });
  const filters = (Object.keys(chosen) as Filter[]).map((f) =>
    h(
      "div",
      { class: "field" },
      h("label", { for: `filter-${f}` }, labels[f]),
      h(
        "select",
        {
          id: `filter-${f}`,
          onchange: (e: Event) => {
            chosen[f] = (e.target as HTMLSelectElement).value;
            draw();
          },
        },
        h("option", { value: "" }, t("全部", "All")),
        values[f].map((v) => h("option", { value: v }, shown(f, v))),
      ),
    ),
  );
  const draw = () => {
    const rows = pulls.filter((p) => matches(p, chosen));
    replace(count, t(`共 ${rows.length} 个申请`, `${rows.length} applications`));
    replace(
      body,
      rows.map((p) => {
        const r = p.result;
        const url = safeUrl(p.url);
        const waiting = r.waitingFor
          ? [
              roleName(r.waitingFor.role),
              ...r.waitingFor.users.map((u) => `@${u}`),
              ...r.waitingFor.teams.map((x) => `@${x}`),
            ].join(" ")
          : "";
        return h(
          "tr",
          { class: r.late ? "late" : undefined },
          h(
            "td",
            {},
            url ? h("a", { href: url, rel: "noopener noreferrer" }, `#${p.number}`) : `#${p.number}`,
            " ",
            String(p.title ?? ""),
          ),
          h("td", {}, p.systems.join("、")),
          h("td", {}, r.types.map((k) => kindName(profile, k, lang())).join("、")),
          h("td", {}, stageName(r.stage)),
          h("td", {}, waiting),
          h("td", {}, r.clock?.deadline ?? ""),
          h("td", {}, r.late ? h("strong", { class: "error" }, deadlineText(r)) : deadlineText(r)),
        );
      }),
    );
  };
  draw();
  replace(
    page,
    title,
    h(
      "p",
      { id: "board-source" },
      source === "live"
        ? t("已从 GitHub 实时刷新（北京时间）：", "Refreshed live from GitHub (Beijing time): ")
        : t("快照时间（北京时间）：", "Snapshot taken (Beijing time): "),
      beijingMinute(String(data.generatedAt)),
    ),
    h("div", { class: "filters", role: "group", "aria-label": t("筛选", "Filters") }, filters),
    count,
    h(
      "table",
      { id: "board-table" },
      h("caption", {}, t("打开的申请，逾期的在前", "Open applications, late ones first")),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          [
            t("拉取请求", "Pull request"),
            t("信息系统", "System"),
            t("申请类型", "Kind"),
            t("阶段", "Stage"),
            t("等待", "Waiting for"),
            t("截止日", "Deadline"),
            t("时限", "Time"),
          ].map((c) => h("th", { scope: "col" }, c)),
        ),
      ),
      body,
    ),
  );
  return page;
}
