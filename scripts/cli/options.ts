/**
 * 命令行的公共选项层：输入输出（Io）、用法错误、语言、仓库根目录。每个命令都用它，不各写一份。
 * 时钟（--now、GOVCLOUD_NOW）在 clock.ts。
 */
import { resolve } from "node:path";
import pc from "picocolors";
import { diskFs } from "../adapters/disk-fs.ts";
import type { RepoFs } from "../core/repository/fs.ts";
import { requestsDir } from "../core/repository/layout.ts";
import type { Lang } from "../core/text.ts";

/** 命令与外界的接口：输出、当前目录，以及（测试中固定的）环境变量与系统时钟。 */
export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  cwd: string;
  colorDefault: boolean;
  /** 环境变量（默认 process.env；测试传入固定的值） */
  env?: Record<string, string | undefined>;
  /** 系统时钟（默认 new Date()；测试传入固定的时刻） */
  now?: () => Date;
  /** 在终端里运行（可以提问，如 govcloud new）；默认否 */
  interactive?: boolean;
}

export const processIo = (): Io => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  cwd: process.cwd(),
  colorDefault: pc.isColorSupported,
  interactive: process.stdin.isTTY === true && process.stdout.isTTY === true,
});

/** 用法错误：退出码 2，给用户一句话（中英两种）。 */
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}

/** --lang：zh（默认，也接受 zh-CN）或 en。 */
export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === "zh" || value === "zh-CN") return "zh";
  if (value === "en") return "en";
  throw new UsageError(`--lang 只能是 zh 或 en，这里是 ${value}。`, `--lang must be zh or en, not ${value}.`);
}

/** 命令行参数里写的语言（在解析选项之前就要用：解析失败时的报错也按用户的语言）。 */
export function langOfArgv(argv: readonly string[]): Lang {
  const i = argv.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (i < 0) return "zh";
  const value = argv[i]?.includes("=") ? argv[i]?.slice("--lang=".length) : argv[i + 1];
  return value === "en" ? "en" : "zh";
}

/**
 * --root 指定（默认当前目录）的申请仓库：有 requests/（orCatalog 时有 catalog/ 也行），否则是用法错误。
 */
export function repositoryRoot(
  io: Pick<Io, "cwd">,
  rootOption: string | undefined,
  options: { orCatalog?: boolean } = {},
): { root: string; fs: RepoFs } {
  const root = resolve(io.cwd, rootOption ?? ".");
  const fs = diskFs(root);
  if (fs.exists(requestsDir) || (options.orCatalog && fs.exists("catalog"))) return { root, fs };
  const what = options.orCatalog ? "requests/ 或 catalog/" : "requests/";
  const whatEn = options.orCatalog ? "requests/ or catalog/" : "requests/";
  throw new UsageError(
    `${root} 不是申请仓库（没有 ${what}）。请在仓库根目录运行，或用 --root 指定。`,
    `${root} is not the request repository (no ${whatEn}). Run from its root or pass --root.`,
  );
}
