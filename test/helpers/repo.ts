import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { diskFs } from "../../scripts/adapters/disk-fs.ts";
import { validate } from "../../scripts/adapters/repository.ts";
import { memoryFs, type RepoFs, walk } from "../../scripts/core/repository/fs.ts";
import type { Scope } from "../../scripts/core/repository/load.ts";

/** 测试中的“今天” */
export const TODAY = "2026-11-25";

export const repoRoot = new URL("../..", import.meta.url).pathname;

/**
 * 测试用的示例仓库：test/fixtures/examples/requests 是仓库自带示例在某一时刻的冻结副本。
 * 测试只读它，不读 requests/：往 requests/ 里添加申请、换一个日期运行，测试结果都不变。
 * （只有 test/bundled-examples.test.ts 按固定日期校验 requests/ 中现有的示例。）
 */
export const examplesRoot = join(repoRoot, "test/fixtures/examples");

/** 示例仓库（requests/ 下全部文件）的副本，可按需覆盖或添加文件。键是仓库内路径 requests/…。 */
export function exampleFiles(
  overrides: Record<string, string | Uint8Array | null> = {},
): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  for (const f of walk(diskFs(examplesRoot), "requests")) files[f] = readFileSync(join(examplesRoot, f));
  for (const [k, v] of Object.entries(overrides)) {
    if (v === null) delete files[k];
    else files[k] = v;
  }
  return files;
}

export function exampleText(path: string): string {
  return readFileSync(join(examplesRoot, path), "utf8");
}

/**
 * 临时目录中的一个完整仓库：示例申请（或 from 指定的 requests 目录）加上工具要读的配置
 * （catalog/、.github/ 中的审查与审计配置、pulumi/），可选 git 提交一次（在 main 分支上，
 * 已提交的文件就是“已合并”的）。调用方负责删除。
 */
export function fixtureRepo(options: { from?: string; git?: boolean; prefix?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), options.prefix ?? "govcloud-repo-"));
  cpSync(join(options.from ?? examplesRoot, "requests"), join(dir, "requests"), { recursive: true });
  for (const d of ["catalog", "pulumi"]) cpSync(join(repoRoot, d), join(dir, d), { recursive: true });
  mkdirSync(join(dir, ".github"));
  for (const f of ["govcloud-review.yaml", "govcloud-audit.yaml", "CODEOWNERS"])
    cpSync(join(repoRoot, ".github", f), join(dir, ".github", f));
  if (options.git) {
    const git = (...args: string[]) =>
      execFileSync("git", ["-c", "user.email=t@example.invalid", "-c", "user.name=t", ...args], {
        cwd: dir,
        encoding: "utf8",
      });
    git("init", "-q", "-b", "main");
    git("add", ".");
    git("commit", "-qm", "examples");
  }
  return dir;
}

export function run(
  files: Record<string, string | Uint8Array>,
  scope: Scope = { kind: "all" },
  lang: "zh" | "en" = "zh",
) {
  const fs: RepoFs = memoryFs(files);
  return validate({ fs, scope, lang, today: TODAY }).findings;
}

let shared: string | undefined;

/**
 * 本测试文件共用的一份示例仓库（fixtureRepo，不提交 git），只读地使用它。测试文件结束时由
 * test/setup.ts 的 afterAll 删除（经 globalThis 登记；vitest 结束工作进程时不一定触发 exit 事件）。
 */
export function examplesRepo(): string {
  if (shared === undefined) {
    shared = fixtureRepo({ prefix: "govcloud-examples-" });
    const registry = globalThis as { govcloudTestCleanups?: (() => void)[] };
    const cleanups = registry.govcloudTestCleanups ?? [];
    cleanups.push(removeExamplesRepo);
    registry.govcloudTestCleanups = cleanups;
  }
  return shared;
}

/** 删除 examplesRepo 建的仓库（test/setup.ts 在每个测试文件之后调用）。 */
export function removeExamplesRepo(): void {
  if (shared !== undefined) rmSync(shared, { recursive: true, force: true });
  shared = undefined;
}
