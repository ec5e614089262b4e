import { execFile } from "node:child_process";

/** 相对某个 git 引用改动过的文件（含未提交与未跟踪的文件），按合并基点比较。几条 git 命令并行运行。 */
export async function changedFiles(root: string, ref: string): Promise<string[]> {
  const git = (...args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile("git", args, { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }, (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      ),
    );
  const untracked = git("ls-files", "--others", "--exclude-standard", "-z");
  untracked.catch(() => {}); // 下面失败时不留未处理的拒绝
  try {
    await git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
  } catch {
    throw new UsageError(
      `找不到 git 引用 ${ref}（--changed-from）。请确认分支已获取，如 git fetch origin main。`,
      `git ref ${ref} not found (--changed-from). Fetch it first, e.g. git fetch origin main.`,
    );
  }
  let base = ref;
  if (ref !== "HEAD") {
    try {
      base = (await git("merge-base", ref, "HEAD")).trim();
    } catch {
      // 浅克隆没有共同祖先时直接与该引用比较
    }
  }
  const [diff, others] = await Promise.all([
    git("diff", "--name-only", "--no-renames", "-z", base),
    untracked,
  ]);
  return [...new Set([...diff.split("\0"), ...others.split("\0")].filter((f) => f !== ""))].sort();
}

/** 用法错误：退出码 2，给用户一句话。 */
export class UsageError extends Error {
  constructor(
    readonly zh: string,
    readonly en: string,
  ) {
    super(en);
  }
}
