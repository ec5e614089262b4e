/**
 * 仓库里不能当作文件读的条目（不跟随符号链接判断）。拉取请求能放进仓库的东西都可能出现在这里：
 * 符号链接（指向仓库外的文件、/dev/zero、目录）、命名管道、设备文件、套接字，以及应是文件处的目录。
 */
export type RefusedKind = "symlink" | "directory" | "fifo" | "socket" | "device" | "other";

/** 一个不读的条目：path 是要读的路径，at 是其中出问题的那一段（path 自身或它所在的某级目录）。 */
export interface Refusal {
  kind: RefusedKind;
  at: string;
}

/** 按大小上限读一个文件的结果：内容、拒绝读的条目，或超过上限的大小（读之前由 fstat 得知）。 */
export type ReadResult = { bytes: Uint8Array } | { refused: Refusal } | { tooLarge: number };

/** 目录项：refused 时是不读的条目（符号链接、特殊文件），dir 为 false。 */
export interface DirEntry {
  name: string;
  dir: boolean;
  refused?: RefusedKind;
}

/** 核心只通过这个小接口读仓库，测试可以换成内存实现。路径一律是仓库内的 POSIX 相对路径。 */
export interface RepoFs {
  /** 整个读出一个普通文件；拒绝读的条目（见 RefusedKind）或过大（16 MiB 以上）的文件抛出 */
  readFile(path: string): Uint8Array;
  /** 读一个普通文件，超过 maxBytes 时不读；从不跟随符号链接，也不打开特殊文件 */
  read(path: string, maxBytes: number): ReadResult;
  /** path 自身或它所在的某级目录（仓库内）是不读的条目时给出它；不存在或是普通文件、目录时为 undefined */
  refusal(path: string): Refusal | undefined;
  /** 目录项；目录不存在或不是真目录（如符号链接）时为空 */
  list(dir: string): DirEntry[];
  exists(path: string): boolean;
}

/** readFile 的上限（load 走 read 并用自己的上限） */
export const readFileCap = 16 * 1024 * 1024;

/** readFile 拒绝读时抛出的错误 */
export class RefusedRead extends Error {
  constructor(
    readonly path: string,
    readonly reason: Refusal | { tooLarge: number },
  ) {
    super("refusal" in reason ? `${path}：不读这个条目` : `${path}：文件过大`);
  }
}

/** 内存仓库（RepoFs 的内存实现，测试用；磁盘实现见 scripts/adapters/disk-fs.ts）：键为相对路径，值为文件内容。 */
export function memoryFs(files: Record<string, string | Uint8Array>): RepoFs {
  const enc = new TextEncoder();
  const entries = new Map(
    Object.entries(files).map(([k, v]) => [k, typeof v === "string" ? enc.encode(v) : v]),
  );
  const read = (path: string, maxBytes: number): ReadResult => {
    const v = entries.get(path);
    if (!v) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
    return v.length > maxBytes ? { tooLarge: v.length } : { bytes: v };
  };
  return {
    read,
    readFile: (path) => {
      const result = read(path, readFileCap);
      if ("bytes" in result) return result.bytes;
      throw new RefusedRead(path, result as { tooLarge: number });
    },
    refusal: () => undefined,
    list: (dir) => {
      const prefix = dir === "" ? "" : `${dir}/`;
      const out = new Map<string, boolean>();
      for (const key of entries.keys()) {
        if (!key.startsWith(prefix)) continue;
        const rest = key.slice(prefix.length).split("/");
        out.set(rest[0] as string, rest.length > 1 || out.get(rest[0] as string) === true);
      }
      return [...out].map(([name, dir]) => ({ name, dir }));
    },
    exists: (path) => entries.has(path) || [...entries.keys()].some((k) => k.startsWith(`${path}/`)),
  };
}

/** 目录树中的文件与不读的条目（符号链接——包括指向目录的——与特殊文件，不进入它们）。 */
export interface WalkResult {
  files: string[];
  /** at：出问题的那一级目录（不是 path 自身时） */
  refused: { path: string; kind: RefusedKind; at?: string }[];
}

/** 递归列出目录下的条目（相对路径，排序）。dir 自身（或它所在的目录）不能读时，它就是唯一的不读条目。 */
export function walkEntries(fs: RepoFs, dir: string): WalkResult {
  const files: string[] = [];
  const refused: WalkResult["refused"] = [];
  const top = dir === "" ? undefined : fs.refusal(dir);
  if (top) return { files, refused: [{ path: top.at, kind: top.kind }] };
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop() as string;
    for (const entry of fs.list(d)) {
      const p = d === "" ? entry.name : `${d}/${entry.name}`;
      if (entry.refused) refused.push({ path: p, kind: entry.refused });
      else if (entry.dir) stack.push(p);
      else files.push(p);
    }
  }
  refused.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: files.sort(), refused };
}

/** 递归列出目录下的所有文件（相对路径，排序），含不读的条目（读它们时再报告）。 */
export function walk(fs: RepoFs, dir: string): string[] {
  const { files, refused } = walkEntries(fs, dir);
  return refused.length === 0 ? files : [...files, ...refused.map((r) => r.path)].sort();
}
