import { spawnSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
// @ts-expect-error 构建脚本是普通的 JavaScript 模块（运行时不经 tsx），没有类型声明
import { cliBundle, ensureBuilt, isFresh } from "../scripts/build.mjs";
import { registeredProfiles } from "../scripts/profiles/index.ts";
import { repoRoot } from "./helpers/repo.ts";

/** 命令行运行构建好的 JavaScript，不在运行时编译 TypeScript（issue 16 第1项）。 */

describe("the built CLI", () => {
  it("the bin and the bundles never load tsx", async () => {
    await ensureBuilt();
    const bin = readFileSync(join(repoRoot, "scripts/bin/govcloud.js"), "utf8");
    expect(bin).not.toMatch(/tsx/);
    for (const file of [cliBundle as string, join(repoRoot, "scripts/dist/load-worker.mjs")]) {
      const code = readFileSync(file, "utf8");
      expect(code).not.toMatch(/from\s*["']tsx|import\(\s*["']tsx|require\(\s*["']tsx/);
      expect(code).toContain("sourceMappingURL=");
    }
  });

  it("runs from the bundle", { timeout: 60_000 }, () => {
    const r = spawnSync(
      process.execPath,
      [join(repoRoot, "scripts/bin/govcloud.js"), "rules", "--format", "json"],
      {
        cwd: repoRoot,
        encoding: "utf8",
        env: { PATH: process.env.PATH ?? "" },
      },
    );
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).length).toBeGreaterThan(30);
  });
});

describe("precompiled validators", () => {
  it("validate starts without compiling or writing a schema cache", { timeout: 60_000 }, async () => {
    await ensureBuilt();
    const cache = mkdtempSync(join(tmpdir(), "govcloud-cache-"));
    try {
      const r = spawnSync(
        process.execPath,
        [
          join(repoRoot, "scripts/bin/govcloud.js"),
          "validate",
          "--root",
          "test/fixtures/examples",
          "--now",
          "2026-11-25",
        ],
        { cwd: repoRoot, encoding: "utf8", env: { PATH: process.env.PATH ?? "", GOVCLOUD_CACHE_DIR: cache } },
      );
      expect(r.status).toBe(0);
      expect(readdirSync(cache)).toEqual([]);
      expect(
        readdirSync(join(repoRoot, "scripts/dist/schemas")).filter((f) => f.startsWith("application-")),
      ).toHaveLength(registeredProfiles.length); // 每个登记的 profile 一个
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
  });
});

describe("isFresh", () => {
  it("is stale when a source is newer than the stamp, or nothing is built", () => {
    const root = mkdtempSync(join(tmpdir(), "govcloud-build-"));
    try {
      mkdirSync(join(root, "core"), { recursive: true });
      writeFileSync(join(root, "core", "a.ts"), "export const a = 1;\n");
      expect(isFresh(root)).toBe(false);
      mkdirSync(join(root, "dist"));
      writeFileSync(join(root, "dist", "stamp.json"), "{}\n");
      const t = Date.now() / 1000;
      utimesSync(join(root, "core", "a.ts"), t - 100, t - 100);
      utimesSync(join(root, "dist", "stamp.json"), t - 50, t - 50);
      expect(isFresh(root)).toBe(true);
      utimesSync(join(root, "core", "a.ts"), t - 10, t - 10);
      expect(isFresh(root)).toBe(false);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
