import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { type Notice, parseNotice } from "../scripts/core/calendar/notice.ts";
import { mergeNotice } from "../scripts/core/calendar/override.ts";
import { calendarFromData } from "../scripts/core/calendar/workdays.ts";

const require = createRequire(import.meta.url);
const packageData = require("chinese-days/dist/chinese-days.json") as {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
};
const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/calendar/${name}`, import.meta.url), "utf8");

function parsed(name: string): Notice {
  const result = parseNotice(fixture(name));
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.notice;
}

/** chinese-days 在 [from, to] 之间列出的放假日与调休上班日 */
function packageBetween(from: string, to: string) {
  const inRange = (d: string) => d >= from && d <= to;
  return {
    holidays: Object.keys(packageData.holidays).filter(inRange).sort(),
    workdays: Object.keys(packageData.workdays).filter(inRange).sort(),
  };
}

/** 把一份通知当作 cn.yaml 的一年，与 chinese-days 逐日比较上班与否，返回不同的日子 */
function workingDayDifferences(notice: Notice, from: string, to: string): string[] {
  const fromNotice = calendarFromData({
    package: { years: [], holidays: [], workdays: [] },
    override: { years: [notice.year], holidays: notice.holidays, workdays: notice.workdays },
  });
  const fromPackage = calendarFromData({
    package: {
      years: [notice.year - 1, notice.year],
      holidays: Object.keys(packageData.holidays),
      workdays: Object.keys(packageData.workdays),
    },
  });
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000) {
    const date = new Date(t).toISOString().slice(0, 10);
    if (fromNotice.isWorkday(date) !== fromPackage.isWorkday(date)) out.push(date);
  }
  return out;
}

describe("the State Council's holiday notice (国务院办公厅关于 YYYY 年部分节假日安排的通知)", () => {
  it("2026 (published 2025-11-04): equals chinese-days' 2026 holidays and working days exactly", () => {
    const notice = parsed("2026.txt");
    expect(notice).toMatchObject({
      year: 2026,
      title: "国务院办公厅关于2026年部分节假日安排的通知",
      published: "2025-11-04",
    });
    expect({ holidays: notice.holidays, workdays: notice.workdays }).toEqual(
      packageBetween("2026-01-01", "2026-12-31"),
    );
    expect(notice.items.map((i) => [i.name, i.line])).toEqual([
      ["元旦", 7],
      ["春节", 9],
      ["清明节", 11],
      ["劳动节", 13],
      ["端午节", 15],
      ["中秋节", 17],
      ["国庆节", 19],
    ]);
  });

  it("2025 (国办发明电〔2024〕12号): 1 day with 不调休, a range across months, （农历除夕、周二）", () => {
    const notice = parsed("2025.txt");
    expect(notice).toMatchObject({ year: 2025, number: "国办发明电〔2024〕12号", published: "2024-11-12" });
    expect(notice.items[0]).toEqual({ name: "元旦", line: 10, holidays: ["2025-01-01"], workdays: [] });
    expect(notice.items[4]?.holidays).toEqual(["2025-05-31", "2025-06-01", "2025-06-02"]);
    expect({ holidays: notice.holidays, workdays: notice.workdays }).toEqual(
      packageBetween("2025-01-01", "2025-12-31"),
    );
  });

  it("2017: 星期 wording, 1月2日 补休 for 元旦 on a Sunday, 与周末连休, 中秋节、国庆节 in one item", () => {
    const notice = parsed("2017.txt");
    expect(notice.items[0]).toEqual({
      name: "元旦",
      line: 8,
      holidays: ["2017-01-01", "2017-01-02"],
      workdays: [],
    });
    expect(notice.items[3]).toMatchObject({ name: "劳动节", holidays: ["2017-05-01"] });
    expect(notice.items[5]).toMatchObject({ name: "中秋节、国庆节", workdays: ["2017-09-30"] });
    expect({ holidays: notice.holidays, workdays: notice.workdays }).toEqual(
      packageBetween("2017-01-01", "2017-12-31"),
    );
  });

  it("2019: 元旦 from 2018年12月30日, a make-up day in 2018; only the later May amendment differs", () => {
    const notice = parsed("2019.txt");
    expect(notice.items[0]).toEqual({
      name: "元旦",
      line: 8,
      holidays: ["2018-12-30", "2018-12-31", "2019-01-01"],
      workdays: ["2018-12-29"],
    });
    // chinese-days 写出了“与周末连休”的周末，通知没有：逐日比较上班与否。
    // 劳动节后来由国务院办公厅 2019 年 3 月的通知改为 5 月 1 日至 4 日，4 月 28 日、5 月 5 日上班。
    expect(workingDayDifferences(notice, "2018-12-01", "2019-12-31")).toEqual([
      "2019-04-28",
      "2019-05-02",
      "2019-05-03",
      "2019-05-05",
    ]);
  });
});

describe("refusals: the line, the column and the text it stopped at", () => {
  const notice2026 = fixture("2026.txt");

  it("a weekday that does not match its date (typo'd date)", () => {
    const result = parseNotice(notice2026.replace("5月9日（周六）上班", "5月8日（周六）上班"));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          line: 13,
          column: 31,
          text: "5月8日（周六）上班。",
          message: {
            zh: "5月8日写的是周六，但 2026-05-08 是周五。请核对日期与星期。",
            en: "5月8日 is written as Saturday, but 2026-05-08 is a Friday. Check the date and the weekday.",
          },
        },
      ],
    });
  });

  it("a count that does not add up", () => {
    const result = parseNotice(notice2026.replace("放假，共3天。\n\n六", "放假，共4天。\n\n六"));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.text, p.message.zh])).toEqual([
      [15, "共4天。", "写的是共4天，但列出的放假日是 3 天。请核对日期。"],
    ]);
  });

  it.each([
    [
      "wording it does not know",
      "1月4日（周日）上班。",
      "1月4日（周日）照常上班。",
      7,
      "照常上班。",
      "看不懂这里",
    ],
    [
      "a date without 放假 or 上班",
      "1月4日（周日）上班。",
      "1月4日（周日）。",
      7,
      "1月4日（周日）。",
      "没有写",
    ],
    [
      "a day that does not exist",
      "6月19日（周五）至21日",
      "6月31日（周五）至21日",
      15,
      "6月31日",
      "没有这一天",
    ],
    [
      "a range running backwards",
      "10月1日（周四）至7日（周三）",
      "10月7日（周三）至1日（周四）",
      19,
      "10月7日",
      "区间",
    ],
  ])("%s", (_what, from, to, line, text, words) => {
    const result = parseNotice(notice2026.replace(from, to));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ line, text: expect.stringContaining(text) });
    expect(result.problems[0]?.message.zh).toContain(words);
  });

  it("an item wrapped onto a second line is refused, not half read", () => {
    const wrapped = notice2026.replace("共7天。9月20日", "共7天。\n9月20日");
    const result = parseNotice(wrapped);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.line, p.text])).toEqual([
      [20, "9月20日（周日）、10月10日（周六）上班。"],
    ]);
  });

  it("text that is not a notice at all", () => {
    expect(parseNotice("hello\nworld")).toMatchObject({ ok: false, problems: [{ line: 1, text: "hello" }] });
    expect(parseNotice("国务院办公厅关于2027年部分节假日安排的通知\n\n")).toMatchObject({
      ok: false,
      problems: [{ line: 1, message: { zh: expect.stringContaining("没有找到编号条目") } }],
    });
    expect(parseNotice("").ok).toBe(false);
  });

  it("a day both off and working", () => {
    const result = parseNotice(notice2026.replace("9月20日（周日）、10月10日", "10月3日（周六）、10月10日"));
    expect(result).toMatchObject({ ok: false, problems: [{ line: 19, text: "2026-10-03" }] });
  });

  it("large and odd inputs finish and are refused", () => {
    const junk = `${"一、元旦：".repeat(2000)}\n${"1月1日至".repeat(5000)}`;
    expect(parseNotice(junk).ok).toBe(false);
    expect(
      parseNotice(`国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：${"（".repeat(10_000)}`).ok,
    ).toBe(false);
  });
});

describe("merging a notice into catalog/calendar/cn.yaml", () => {
  const base = "# 说明\nyears: [] # 年份\nholidays: []\nworkdays: []\n";

  it("adds the year, keeps the comments, sorts, and is idempotent", () => {
    const notice2026 = parsed("2026.txt");
    const notice2019 = parsed("2019.txt");
    const once = mergeNotice(base, notice2026);
    if (!once.ok) throw new Error("merge failed");
    const twice = mergeNotice(once.text, notice2019);
    if (!twice.ok) throw new Error("merge failed");
    const again = mergeNotice(twice.text, notice2026);
    expect(again).toEqual(twice);
    expect(
      twice.text.startsWith("# 说明\nyears: [ 2019, 2026 ] # 年份\nholidays:\n  - 2018-12-30 # 元旦\n"),
    ).toBe(true);
    expect(twice.text).toContain("  - 2026-10-10 # 国庆节调休上班\nnotices:\n");
    expect(twice.text).toContain(
      "  2019: 国务院办公厅关于2019年部分节假日安排的通知（国办发明电〔2018〕15号，2018-12-04）\n",
    );
  });

  it("replacing a year drops its old days (and the previous December's), keeps other years", () => {
    const notice = parsed("2019.txt");
    const old =
      "years: [2019, 2030]\nholidays: [2018-12-28, 2019-03-01, 2030-01-01]\nworkdays: [2019-03-02]\n";
    const merged = mergeNotice(old, notice);
    if (!merged.ok) throw new Error("merge failed");
    expect(merged.text).not.toContain("2019-03-01");
    expect(merged.text).not.toContain("2019-03-02");
    expect(merged.text).not.toContain("2018-12-28");
    expect(merged.text).toContain("2030-01-01");
  });

  it("refuses a file that is not YAML, with its line", () => {
    expect(mergeNotice("years: [\nholidays: ]\n", parsed("2026.txt"))).toMatchObject({ ok: false, line: 2 });
  });
});
