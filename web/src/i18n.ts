/**
 * 界面文字：中文在前，英文在切换之后（与命令行的 --lang en 相同）。选择的语言放在地址的 ?lang=en 中，
 * 换语言时整页按新语言重画。申请表的字段名与说明取自 profile 的 schema（中文），英文界面在旁边写字段键名。
 */
import type { Lang } from "../../scripts/core/text.ts";

export type { Lang };

let current: Lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "zh";

export const lang = (): Lang => current;

export function setLang(next: Lang): void {
  current = next;
  const url = new URL(location.href);
  if (next === "en") url.searchParams.set("lang", "en");
  else url.searchParams.delete("lang");
  history.replaceState(null, "", url);
  document.documentElement.lang = next === "en" ? "en" : "zh-CN";
}

/** 按当前语言取一句。 */
export const t = (zh: string, en: string): string => (current === "en" ? en : zh);
