import { isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, YAMLSeq } from "yaml";
import { type Text, text } from "../text.ts";
import type { Notice } from "./notice.ts";

/** 仓库中的补充日历文件（相对仓库根目录）。 */
export const overridePath = "catalog/calendar/cn.yaml";

export type OverrideUpdate = { ok: true; text: string } | { ok: false; line: number; message: Text };

/** 通知里说明出处的一行，写进 cn.yaml 的 notices。 */
export function noticeLabel(notice: Notice): string {
  const title = notice.title ?? `国务院办公厅关于${notice.year}年部分节假日安排的通知`;
  const extra = [notice.number, notice.published].filter(Boolean).join("，");
  return extra ? `${title}（${extra}）` : title;
}

/** 取（没有则建）顶层的一个序列。 */
function sequence(doc: ReturnType<typeof parseDocument>, key: string, flow: boolean): YAMLSeq<Scalar> {
  const node = doc.get(key, true);
  if (isSeq(node)) return node as YAMLSeq<Scalar>;
  const seq = new YAMLSeq<Scalar>();
  seq.flow = flow;
  doc.set(key, seq);
  return seq;
}

const itemValue = (item: unknown): string => (isScalar(item) ? String(item.value) : String(item));

/** 换掉序列中满足 drop 的项，加入新项（带行尾注释），再按值排序；原有项的注释保留。 */
function replaceItems(
  seq: YAMLSeq<Scalar>,
  drop: (value: string) => boolean,
  add: { value: string | number; comment?: string }[],
): void {
  const kept = seq.items.filter((item) => !drop(itemValue(item)));
  const known = new Set(kept.map(itemValue));
  for (const { value, comment } of add) {
    if (known.has(String(value))) continue;
    const scalar = new Scalar(value);
    if (comment) scalar.comment = ` ${comment}`;
    kept.push(scalar);
  }
  kept.sort((a, b) => (itemValue(a) < itemValue(b) ? -1 : itemValue(a) > itemValue(b) ? 1 : 0));
  seq.items = kept;
}

/**
 * 把一份通知并入 cn.yaml 的文本：加入（或替换）这一年，保留文件里的注释，各列表排序。
 * 替换时去掉这一年的全部日子和上一年 12 月的日子（元旦假期从上一年年底开始，只有这一年的通知会写到它们）。
 */
export function mergeNotice(source: string, notice: Notice): OverrideUpdate {
  const doc = parseDocument(source);
  const [error] = doc.errors;
  if (error)
    return {
      ok: false,
      line: error.linePos?.[0].line ?? 1,
      message: text(
        `${overridePath} 不是合法的 YAML：${error.message}`,
        `${overridePath} is not valid YAML: ${error.message}`,
      ),
    };
  if (doc.contents !== null && !isMap(doc.contents))
    return {
      ok: false,
      line: 1,
      message: text(
        `${overridePath} 的顶层应是 years、holidays、workdays 等键。`,
        `${overridePath} should hold the keys years, holidays, workdays at its top level.`,
      ),
    };
  const { year } = notice;
  const ofNotice = (date: string) => date.startsWith(`${year}-`) || date.startsWith(`${year - 1}-12-`);
  const names = new Map<string, string>();
  for (const item of notice.items) {
    for (const d of item.holidays) if (!names.has(d)) names.set(d, item.name);
    for (const d of item.workdays) if (!names.has(d)) names.set(d, `${item.name}调休上班`);
  }
  replaceItems(sequence(doc, "years", true), (y) => y === String(year), [{ value: year }]);
  const dated = (dates: string[]) => dates.map((value) => ({ value, comment: names.get(value) ?? "" }));
  const holidays = sequence(doc, "holidays", false);
  replaceItems(holidays, ofNotice, dated(notice.holidays));
  const workdays = sequence(doc, "workdays", false);
  replaceItems(workdays, ofNotice, dated(notice.workdays));
  for (const seq of [holidays, workdays]) if (seq.items.length > 0) seq.flow = false;
  let notices = doc.get("notices", true);
  if (!isMap(notices)) {
    notices = new YAMLMap();
    doc.set("notices", notices);
  }
  const map = notices as YAMLMap<unknown, unknown>;
  map.set(year, noticeLabel(notice));
  map.items.sort((a, b) => Number(itemValue(a.key)) - Number(itemValue(b.key)));
  return { ok: true, text: doc.toString({ lineWidth: 0 }) };
}
