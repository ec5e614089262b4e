/**
 * 站点入口：顶栏（三个页面与语言切换）与按地址的 # 选页面：#/（申请向导）、#/board（状态看板）、
 * #/report（利用率报告）。今天按北京时间的日期；地址里的 ?now=YYYY-MM-DD 换一天（与命令行的 --now 相同）。
 */
import "./shims/globals.ts";
import { beijingDate, parseClock } from "../../scripts/core/clock.ts";
import { h, replace } from "./dom.ts";
import type { Snapshot } from "./engine.ts";
import { type GitHubConfig, savedToken } from "./github.ts";
import { lang, setLang, t } from "./i18n.ts";

async function json<T>(path: string): Promise<T> {
  const response = await fetch(path, { cache: "no-cache" });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

function today(): string {
  const now = new URLSearchParams(location.search).get("now");
  const clock = now ? parseClock(now) : undefined;
  return clock ? clock.today : beijingDate(new Date().toISOString());
}

/** 现在（ISO）：地址里的 ?now= 或浏览器的时钟。 */
function now(): string {
  const param = new URLSearchParams(location.search).get("now");
  return (param ? parseClock(param)?.instant : undefined) ?? new Date().toISOString();
}

/** 看板：先显示发布的快照；有令牌时从 GitHub 实时读取、重算，成功后换上（失败时保留快照并说明）。 */
async function showBoard(main: HTMLElement, config: GitHubConfig): Promise<void> {
  const { boardPage } = await import("./board.ts");
  const published = await json<Parameters<typeof boardPage>[0]>("./snapshot/board.json");
  replace(main, boardPage(published, today()));
  const token = savedToken();
  if (!token) return;
  const status = h(
    "p",
    { id: "board-live", role: "status" },
    t("正在从 GitHub 实时刷新……", "Refreshing live from GitHub…"),
  );
  main.prepend(status);
  try {
    const { liveBoard } = await import("./live-board.ts");
    const live = await liveBoard(config, token, await json<Snapshot>("./snapshot/requests.json"), now());
    if (location.hash !== "#/board") return;
    replace(main, boardPage(live, today(), "live"));
  } catch (error) {
    replace(
      status,
      t("实时刷新失败，下面是发布的快照：", "Live refresh failed; the published snapshot is shown: "),
      String((error as Error).message),
    );
    status.setAttribute("class", "error");
  }
}

const pages = [
  { hash: "#/", zh: "申请向导", en: "Wizard" },
  { hash: "#/board", zh: "状态看板", en: "Status board" },
  { hash: "#/report", zh: "利用率报告", en: "Utilization report" },
] as const;

async function show(): Promise<void> {
  const main = document.getElementById("main") as HTMLElement;
  const top = document.getElementById("top") as HTMLElement;
  const hash = pages.some((p) => p.hash === location.hash) ? location.hash : "#/";
  document.title = `${t(pages.find((p) => p.hash === hash)?.zh ?? "", pages.find((p) => p.hash === hash)?.en ?? "")} · ${t("政务云申请", "Government cloud")}`;
  replace(
    top,
    h(
      "nav",
      { "aria-label": t("页面", "Pages") },
      h(
        "ul",
        {},
        pages.map((p) =>
          h(
            "li",
            {},
            h(
              "a",
              { href: `${p.hash}${location.search}`, "aria-current": p.hash === hash ? "page" : undefined },
              t(p.zh, p.en),
            ),
          ),
        ),
      ),
    ),
    h(
      "button",
      {
        type: "button",
        id: "lang",
        lang: lang() === "en" ? "zh-CN" : "en",
        onclick: () => {
          setLang(lang() === "en" ? "zh" : "en");
          void show();
        },
      },
      lang() === "en" ? "中文" : "English",
    ),
  );
  replace(main, h("p", {}, t("正在载入……", "Loading…")));
  try {
    const config = await json<GitHubConfig>("./config.json");
    if (hash === "#/board") {
      await showBoard(main, config);
    } else if (hash === "#/report") {
      const { reportPage } = await import("./report.ts");
      replace(main, reportPage(await json("./snapshot/audit.json")));
    } else {
      const { wizardPage } = await import("./wizard.ts");
      replace(
        main,
        wizardPage({ snapshot: await json<Snapshot>("./snapshot/requests.json"), config, today: today() }),
      );
    }
  } catch (error) {
    replace(
      main,
      h(
        "p",
        { class: "error", role: "alert" },
        t("载入失败：", "Could not load: "),
        String((error as Error).message),
      ),
    );
  }
}

document.documentElement.lang = lang() === "en" ? "en" : "zh-CN";
window.addEventListener("hashchange", () => void show());
// 打印时展开收起的部分（报告的数据表、可选字段）
window.addEventListener("beforeprint", () => {
  for (const d of document.querySelectorAll("details")) d.open = true;
});
void show();
