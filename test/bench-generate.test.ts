import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { diskFs } from "../scripts/adapters/disk-fs.ts";
import { validate } from "../scripts/adapters/repository.ts";
import { applicationTypes, generateTree, manifestName } from "../scripts/bench/generate.ts";
import { walk } from "../scripts/core/repository/fs.ts";

const dir = mkdtempSync(join(tmpdir(), "govcloud-bench-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("bench generateTree", () => {
  const manifest = generateTree(dir, { systems: 20, applications: 60 });

  it("writes the requested numbers of files and a manifest", () => {
    // 申请引用的附件（占位图片）不算在清单的文件数里
    const files = walk(diskFs(dir), "requests").filter((f) => !f.includes("/attachments/"));
    expect(manifest.units).toBe(2);
    expect(files.filter((f) => f.endsWith("/unit.yaml"))).toHaveLength(2);
    expect(files.filter((f) => f.endsWith("/system.yaml"))).toHaveLength(20);
    expect(files.filter((f) => /\/\d{4}-[a-z-]+\.yaml$/.test(f))).toHaveLength(60);
    // 默认只为测试资源申请写交付记录
    const deliveries = files.filter((f) => f.includes("/deliveries/"));
    expect(deliveries.length).toBe(manifest.byType.test);
    expect(manifest.deliveryFiles).toBe(deliveries.length);
    expect(files).toHaveLength(2 + 20 + 60 + deliveries.length);
    expect(manifest.files).toBe(files.length);
    expect(Object.values(manifest.byType).reduce((a, b) => a + b, 0)).toBe(60);
    expect(JSON.parse(readFileSync(join(dir, manifestName), "utf8"))).toEqual(manifest);
  });

  it("validates without findings and covers every application type", () => {
    const { findings, repo } = validate({
      fs: diskFs(dir),
      scope: { kind: "all" },
      lang: "en",
      today: new Date().toISOString().slice(0, 10),
    });
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    // 警告也没有：有发现的文件要再带位置解析一次，会让基准测试失真
    expect(findings).toEqual([]);
    expect(repo.fileCount).toBe(manifest.files);
    const types = new Set([...repo.applications.values()].flat().map((a) => a.data.type));
    expect([...types].sort()).toEqual([...applicationTypes].sort());
  });

  it("is deterministic for a given seed", () => {
    const other = mkdtempSync(join(tmpdir(), "govcloud-bench-"));
    try {
      const again = generateTree(other, { systems: 20, applications: 60 });
      expect(again).toEqual(manifest);
      const a = walk(diskFs(dir), "requests");
      expect(walk(diskFs(other), "requests")).toEqual(a);
      for (const f of a)
        expect(readFileSync(join(other, f), "utf8")).toBe(readFileSync(join(dir, f), "utf8"));
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });
});
