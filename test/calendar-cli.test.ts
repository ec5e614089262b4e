import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers/cli.ts";

/** 只有空 cn.yaml 的仓库根目录：结果不随仓库里导入的年份而变 */
const fixtureRoot = new URL("./fixtures/calendar/root", import.meta.url).pathname;
const notice = (year: number) => new URL(`./fixtures/calendar/${year}.txt`, import.meta.url).pathname;

const cli = (cwd: string, ...argv: string[]) => runCli(argv, { cwd });

describe("govcloud calendar show", () => {
  it("2026: an official year from the package, with its make-up days (golden, English)", async () => {
    const r = await cli(fixtureRoot, "calendar", "show", "2026", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(
      "2026: official calendar (package: the State Council's notice as recorded by chinese-days).",
    );
    expect(r.stdout).toContain("  10-10 Sat working day National Day [package]\n");
    await expect(r.stdout).toMatchFileSnapshot("fixtures/calendar/golden/show-2026.en.txt");
  });

  it("2027: a provisional year, said in the headline and on every day (golden)", async () => {
    const r = await cli(fixtureRoot, "calendar", "show", "2027");
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    expect(r.stdout.split("\n")[0]).toMatch(/^2027 年：临时日历（provisional）。.*govcloud calendar import/);
    expect(r.stdout).toContain(
      [
        "2027 年 2 月",
        "一   二   三   四   五   六   日",
        " 1    2    3    4    5休  6休  7休",
        " 8休  9休 10休 11   12   13   14",
      ].join("\n"),
    );
    expect(r.stdout).toContain("  2月9日 周二 放假 春节补休 [provisional]\n");
    await expect(r.stdout).toMatchFileSnapshot("fixtures/calendar/golden/show-2027.txt");
  });

  it("json lists the special days with their source", async () => {
    const r = await cli(fixtureRoot, "calendar", "show", "2027", "--format", "json");
    expect(r.code).toBe(0);
    const view = JSON.parse(r.stdout);
    expect(view).toMatchObject({ year: 2027, status: "provisional", source: "provisional", workdays: 248 });
    expect(view.special[0]).toEqual({
      date: "2027-01-01",
      work: false,
      source: "provisional",
      special: "holiday",
      name: { zh: "元旦", en: "New Year's Day" },
      weekday: 5,
    });
  });

  it.each([
    [["calendar", "show", "2200"], 1, "1901–2100"],
    [["calendar", "show", "twenty"], 2, "四位数的年份"],
    [["calendar", "show", "2027", "--format", "xml"], 2, "--format"],
    [["calendar"], 2, "子命令"],
  ])("%j exits %i and says why", async (argv, code, words) => {
    const r = await cli(fixtureRoot, ...argv);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(words);
  });

  it("--help answers with exit 0", async () => {
    const r = await cli(fixtureRoot, "calendar", "--help");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("calendar import <通知.txt>");
  });
});

describe("govcloud calendar import", () => {
  let root: string;
  const cn = () => readFileSync(join(root, "catalog/calendar/cn.yaml"), "utf8");
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "govcloud-calendar-"));
    cpSync(fixtureRoot, root, { recursive: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("--check prints what would be written and writes nothing", async () => {
    const before = cn();
    const r = await cli(root, "calendar", "import", notice(2026), "--check");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("years: [ 2026 ]\n");
    expect(r.stdout).toContain("--check：没有写入 catalog/calendar/cn.yaml。");
    expect(cn()).toBe(before);
  });

  it("imports 2026: the file keeps its comment, and show then reports the year from the override", async () => {
    const r = await cli(root, "calendar", "import", notice(2026));
    expect(r).toEqual({
      code: 0,
      stdout:
        "2026 年（国务院办公厅关于2026年部分节假日安排的通知（2025-11-04））：放假 33 天，调休上班 6 天。\n已写入 catalog/calendar/cn.yaml。请用 git diff 核对后提交拉取请求。\n",
      stderr: "",
    });
    expect(
      cn().startsWith("# 测试用：没有补充的年份\nyears: [ 2026 ]\nholidays:\n  - 2026-01-01 # 元旦\n"),
    ).toBe(true);
    const shown = await cli(root, "calendar", "show", "2026");
    expect(shown.stdout.split("\n")[0]).toBe(
      "2026 年：正式日历（override：catalog/calendar/cn.yaml，导入自国务院办公厅关于2026年部分节假日安排的通知（2025-11-04））。",
    );
    expect(shown.stdout).toContain("  10月10日 周六 上班 [override]\n");
  });

  it("says which days differ from the calendar's current data", async () => {
    const r = await cli(root, "calendar", "import", notice(2019), "--check", "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "# Days whose working status differs from the calendar's current data: 2019-04-28, 2019-05-02, 2019-05-03, 2019-05-05.\n",
    );
  });

  it("refuses a notice it cannot read: the line and the text, exit 1, file untouched", async () => {
    const before = cn();
    const bad = join(root, "bad.txt");
    writeFileSync(
      bad,
      readFileSync(notice(2026), "utf8").replace("1月4日（周日）上班", "1月5日（周日）上班"),
    );
    const r = await cli(root, "calendar", "import", "bad.txt");
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")[0]).toBe(
      "bad.txt:7:30 错误 1月5日写的是周日，但 2026-01-05 是周一。请核对日期与星期。 停在“1月5日（周日）上班。”",
    );
    expect(cn()).toBe(before);
  });

  it("a missing file is a refusal, not a crash", async () => {
    const r = await cli(root, "calendar", "import", "nowhere.txt");
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("读不到通知文件 nowhere.txt");
  });
});
