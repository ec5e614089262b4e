import { describe, expect, it } from "vitest";
import { applicationInfo, proposedUnitRecords } from "../../scripts/core/review/registry.ts";
import { exampleText } from "../helpers/repo.ts";
import { units } from "./helpers.ts";

describe("what the stage machine reads from the repository", () => {
  it("agents and system contacts of each unit (回避)", () => {
    expect(units.get("sz-edu")).toMatchObject({
      name: "深圳市教育局",
      agents: [
        { github: "zhang-xiaoming", scope: "own", validFrom: "2026-03-01", validTo: "2027-02-28" },
        { github: "li-na-sz", revokedOn: "2026-02-20" },
      ],
    });
    expect(units.get("sz-edu")?.contacts).toContain("zhang-xiaoming");
    expect(units.get("sz-edu-exam")).toMatchObject({ supervisor: "sz-edu" });
  });

  it("type, date and shutdown of an application", () => {
    const path = "requests/sz-edu/student-registry/0002-change.yaml";
    expect(applicationInfo(path, exampleText(path))).toEqual({
      file: path,
      unit: "sz-edu",
      system: "student-registry",
      type: "change",
      date: "2026-11-16",
      shutdownRequired: true,
      shutdownDate: "2026-12-05",
    });
    expect(applicationInfo(path, "type: [")).toEqual({
      file: path,
      unit: "sz-edu",
      system: "student-registry",
    });
    expect(applicationInfo("requests/sz-edu/unit.yaml", "")).toBeUndefined();
  });

  it("a unit registered by the pull request itself, never one already on the base branch", () => {
    const sources = new Map([
      ["requests/sz-new/unit.yaml", exampleText("requests/sz-edu-exam/unit.yaml")],
      ["requests/sz-edu/unit.yaml", "name: x\nagents: []\n"],
    ]);
    const proposed = proposedUnitRecords(sources, units);
    expect([...proposed.keys()]).toEqual(["sz-new"]);
    expect(proposed.get("sz-new")).toMatchObject({
      name: "深圳市教育考试院",
      agents: [{ github: "wang-lei-exam" }],
    });
  });
});
