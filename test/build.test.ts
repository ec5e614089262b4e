import { spawnSync } from "node:child_process";
import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
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
    // 产物在 scripts/dist/ 里：源码中相对的 require（如 ../../../schemas/…）在那里指向别处，运行时才失败
    for (const file of readdirSync(join(repoRoot, "scripts/dist")).filter((f) => f.endsWith(".mjs"))) {
      const code = readFileSync(join(repoRoot, "scripts/dist", file), "utf8");
      expect(code, file).not.toMatch(/\brequire\d*\(\s*["']\.\.?\//);
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
      // 没有编译出的 schema 校验函数（validate/ 是校验缓存，docs/validate-cache.md）
      expect(readdirSync(cache).filter((f) => f !== "validate")).toEqual([]);
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

/**
 * 只读的安装（全局安装、只读挂载）：源码比产物新时不能重建。有产物就用它并提醒，没有就以 2 退出并说怎么办，
 * 都不是一串调用栈。root 不受文件权限限制，所以用一个预加载模块让安装目录里的 mkdir 像只读文件系统那样失败（EROFS）。
 */
describe("a read-only install", () => {
  it("uses the stale build with a hint, or exits 2 with what to do", { timeout: 60_000 }, async () => {
    await ensureBuilt();
    const root = mkdtempSync(join(tmpdir(), "govcloud-readonly-"));
    try {
      cpSync(join(repoRoot, "scripts"), join(root, "scripts"), { recursive: true });
      for (const f of ["package.json", "govcloud.yaml"]) cpSync(join(repoRoot, f), join(root, f));
      for (const d of ["schemas", "catalog"]) cpSync(join(repoRoot, d), join(root, d), { recursive: true });
      symlinkSync(join(repoRoot, "node_modules"), join(root, "node_modules"));
      const t = Date.now() / 1000;
      utimesSync(join(root, "scripts/core/text.ts"), t + 60, t + 60);
      const preload = join(root, "read-only.cjs");
      writeFileSync(
        preload,
        [
          'const fs = require("node:fs");',
          "const mkdirSync = fs.mkdirSync;",
          "fs.mkdirSync = (path, ...rest) => {",
          `  if (String(path).startsWith(${JSON.stringify(join(root, "scripts"))})) {`,
          '    throw Object.assign(new Error("read-only file system"), { code: "EROFS" });',
          "  }",
          "  return mkdirSync(path, ...rest);",
          "};",
          'require("node:module").syncBuiltinESMExports();',
          "",
        ].join("\n"),
      );
      const run = () =>
        spawnSync(process.execPath, ["--require", preload, join(root, "scripts/bin/govcloud.js"), "help"], {
          cwd: root,
          encoding: "utf8",
          env: { PATH: process.env.PATH ?? "" },
        });

      const stale = run();
      expect(stale.stderr).toMatch(/不可写，无法重新构建；使用已有的构建产物/);
      expect(stale.status).toBe(0);
      expect(stale.stdout).toMatch(/用法：govcloud/);

      rmSync(join(root, "scripts/dist"), { recursive: true, force: true });
      const missing = run();
      expect(missing.status).toBe(2);
      expect(missing.stderr).toMatch(/没有构建产物.*不可写，无法构建。请在可写的目录中运行 npm ci/);
      expect(missing.stderr).not.toMatch(/\n\s+at /);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
