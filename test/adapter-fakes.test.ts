import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { memoryCalendar, readCalendarSources } from "../scripts/adapters/calendar-files.ts";
import { catalogTexts, loadCatalog, memoryCatalogs } from "../scripts/adapters/catalog-files.ts";

/** 适配器旁边的内存替身与磁盘实现给出相同的结果。 */

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

describe("memoryCatalogs", () => {
  it("parses the same catalog from texts as loadCatalog reads from disk", () => {
    const dir = join(repoRoot, "catalog", "shenzhen");
    const texts = {
      profile: readFileSync(join(dir, "profile.yaml"), "utf8"),
      items: readFileSync(join(dir, "items.yaml"), "utf8"),
      services: readFileSync(join(dir, "services.yaml"), "utf8"),
    };
    const catalogs = memoryCatalogs({ shenzhen: texts });
    const catalog = catalogs("shenzhen");
    expect(catalog?.items).toEqual(loadCatalog("shenzhen").items);
    expect(catalog?.services).toEqual(loadCatalog("shenzhen").services);
    expect(catalogs("shenzhen")).toBe(catalog);
    expect(catalogs("huaibei")).toBeUndefined();
  });

  it("reports an unreadable file by name when the parser asks for it", () => {
    const texts = catalogTexts("no-such-profile", repoRoot);
    expect(() => texts.profile).toThrow("catalog/no-such-profile/profile.yaml：无法读取（ENOENT）");
  });
});

describe("memoryCalendar", () => {
  it("takes an override text like catalog/calendar/cn.yaml", () => {
    const override = "years: [2031]\nholidays: ['2031-10-01']\nworkdays: ['2031-10-11']\n";
    const calendar = memoryCalendar({ override });
    expect(calendar.isWorkday("2031-10-01")).toBe(false);
    expect(calendar.isWorkday("2031-10-11")).toBe(true); // 星期六调休上班
    expect(calendar.sourceOf("2031-10-01")).toBe("override");
  });

  it("gives the disk calendar's answers from the same sources", () => {
    const sources = readCalendarSources(repoRoot);
    const calendar = memoryCalendar(sources);
    const year = sources.years[0] as number;
    expect(calendar.isWorkday(`${year}-10-01`)).toBe(false);
    expect(calendar.sourceOf(`${year}-10-01`)).toBe("package");
  });
});
