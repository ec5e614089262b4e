import { execFile } from "node:child_process";
import { beijingDate } from "../core/clock.ts";
import { UsageError } from "./options.ts";

/** 在 root 中运行 git 的一个函数：返回标准输出，失败时拒绝。 */
function gitIn(root: string) {
  return (...args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile("git", args, { cwd: root, encoding: "utf8", maxBuffer: 256 * 1024 * 1024 }, (error, stdout) =>
        error ? reject(error) : resolve(stdout),
      ),
    );
}

/** 相对某个 git 引用改动过的文件（含未提交与未跟踪的文件），按合并基点比较。几条 git 命令并行运行。 */
export async function changedFiles(root: string, ref: string): Promise<string[]> {
  const git = gitIn(root);
  // 几条命令同时起：找未跟踪的文件要走遍整个工作区，最慢，别让它等前面的命令
  const untracked = git("ls-files", "--others", "--exclude-standard", "-z");
  const mergeBase = ref === "HEAD" ? Promise.resolve(ref) : git("merge-base", ref, "HEAD");
  untracked.catch(() => {}); // 下面失败时不留未处理的拒绝
  mergeBase.catch(() => {});
  try {
    await git("rev-parse", "--verify", "--quiet", `${ref}^{commit}`);
  } catch {
    throw new UsageError(
      `找不到 git 引用 ${ref}（--changed-from）。请确认分支已获取，如 git fetch origin main。`,
      `git ref ${ref} not found (--changed-from). Fetch it first, e.g. git fetch origin main.`,
    );
  }
  let base = ref;
  try {
    base = (await mergeBase).trim();
  } catch {
    // 浅克隆没有共同祖先时直接与该引用比较
  }
  const [diff, others] = await Promise.all([
    // --relative：路径相对 root（root 可以是 git 仓库的子目录），root 之外的改动不算
    git("diff", "--name-only", "--no-renames", "--relative", "-z", base),
    untracked,
  ]);
  return [...new Set([...diff.split("\0"), ...others.split("\0")].filter((f) => f !== ""))].sort();
}

/**
 * 默认分支的引用：远端的 HEAD（如 origin/main），没有远端时本地的 main 或 master。
 * 不是 git 仓库或找不到时返回 undefined。
 */
export async function defaultBranchRef(root: string): Promise<string | undefined> {
  const run = gitIn(root);
  const git = async (...args: string[]) => (await run(...args)).trim();
  try {
    return await git("rev-parse", "--abbrev-ref", "--verify", "--quiet", "refs/remotes/origin/HEAD");
  } catch {
    // 没有 origin/HEAD（本地仓库、未设置远端默认分支）
  }
  for (const name of ["main", "master"]) {
    try {
      await git("rev-parse", "--verify", "--quiet", `refs/heads/${name}^{commit}`);
      return name;
    } catch {
      // 没有这个分支
    }
  }
  return undefined;
}

/**
 * 待审的文件：相对默认分支新增或改动过的（含未提交、未跟踪的）。默认分支上已提交的申请是已合并的：
 * 只对待审申请才检查的条款（如申请的 3 个月有效期）不适用于它们。
 * 不是 git 仓库或找不到默认分支时返回 undefined（调用方按“都待审”处理）。
 */
export async function pendingFiles(root: string): Promise<ReadonlySet<string> | undefined> {
  const base = await defaultBranchRef(root);
  if (base === undefined) return undefined;
  try {
    return new Set(await changedFiles(root, base));
  } catch {
    return undefined;
  }
}

/**
 * 每个申请文件合并进默认分支的日期（北京时间 YYYY-MM-DD）：默认分支上首次加入它的第一父提交的提交时间
 * （合并提交、squash 或 rebase 后的提交，都是合并的时刻）。一次 git log 读完整个 requests/ 的历史。
 * 不是 git 仓库、浅克隆或找不到默认分支时返回 undefined。
 */
export async function mergedDates(root: string): Promise<ReadonlyMap<string, string> | undefined> {
  const base = await defaultBranchRef(root);
  if (base === undefined) return undefined;
  let log: string;
  try {
    // 浅克隆的历史不全：最早的提交看起来加入了全部文件，合并日期不可信
    if ((await gitIn(root)("rev-parse", "--is-shallow-repository")).trim() === "true") return undefined;
    log = await gitIn(root)(
      "log",
      "--first-parent",
      "-m",
      "--diff-filter=A",
      "--no-renames",
      "--relative",
      "--name-only",
      "-z",
      "--format=%x01%cI",
      base,
      "--",
      "requests",
    );
  } catch {
    return undefined;
  }
  const out = new Map<string, string>();
  // git log 新的在前；从旧到新覆盖，同一文件删了又加时取最近一次加入
  for (const entry of log.split("\u0001").reverse()) {
    const [stamp, ...files] = entry.split("\0").flatMap((part) => part.split("\n"));
    if (!stamp) continue;
    let date: string;
    try {
      date = beijingDate(stamp.trim());
    } catch {
      continue;
    }
    for (const file of files) if (file.trim() !== "") out.set(file.trim(), date);
  }
  return out;
}

export { UsageError } from "./options.ts";
