import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  type Stats,
} from "node:fs";
import { join, sep } from "node:path";

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
const readFileCap = 16 * 1024 * 1024;

/** readFile 拒绝读时抛出的错误 */
export class RefusedRead extends Error {
  constructor(
    readonly path: string,
    readonly reason: Refusal | { tooLarge: number },
  ) {
    super("refusal" in reason ? `${path}：不读这个条目` : `${path}：文件过大`);
  }
}

/** diskFs 建的仓库 → 根目录。加载的工作线程据此自己读文件（diskFs(root)），而不必经主线程转发字节。 */
const diskRoots = new WeakMap<RepoFs, string>();

/** 由 diskFs 建的仓库的根目录，其余实现为 undefined。 */
export const diskRoot = (fs: RepoFs): string | undefined => diskRoots.get(fs);

/** 不必经 path.join 规范化的相对路径（保守判断：没有以 . 开头的段、空段、反斜杠）。 */
const isPlain = (path: string) =>
  path !== "" &&
  path[0] !== "/" &&
  path[0] !== "." &&
  !path.endsWith("/") &&
  !path.includes("/.") &&
  !path.includes("//") &&
  !path.includes("\\");

/** lstat 的结果归类（不跟随符号链接）。 */
export function kindOf(stats: Stats): RefusedKind | "file" | "dir" {
  if (stats.isFile()) return "file";
  if (stats.isDirectory()) return "dir";
  if (stats.isSymbolicLink()) return "symlink";
  if (stats.isFIFO()) return "fifo";
  if (stats.isSocket()) return "socket";
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return "device";
  return "other";
}

/** 应是文件处的条目的类别（目录也不读）。 */
const asRefused = (kind: RefusedKind | "dir"): RefusedKind => (kind === "dir" ? "directory" : kind);

/**
 * 打开方式：不跟随最后一段的符号链接（在 lstat 与 open 之间被换成链接时 open 失败），命名管道不阻塞，
 * 设备不成为控制终端。打开后再 fstat 这个描述符，确认读的正是一个普通文件。
 */
const openFlags =
  constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0) | (constants.O_NOCTTY ?? 0);

/** 从已打开的普通文件读 size 个字节（文件在读时变长也只读这么多）。 */
function readOpened(fd: number, size: number): Uint8Array {
  const buffer = Buffer.allocUnsafe(size);
  let offset = 0;
  while (offset < size) {
    const n = readSync(fd, buffer, offset, size - offset, null);
    if (n === 0) break;
    offset += n;
  }
  return offset === size ? buffer : buffer.subarray(0, offset);
}

export function diskFs(root: string): RepoFs {
  const base = join(root, sep);
  // 大仓库上每个文件都要拼一次路径：常见的规范相对路径直接拼接，其余交给 path.join
  const abs = (path: string) => (isPlain(path) ? base + path : join(root, path));
  /** 每个目录（仓库内相对路径）只 lstat 一次：真目录为 undefined */
  const dirs = new Map<string, Refusal | undefined | null>();

  /** path 所在的各级目录（不含 path 自身）中第一个不是真目录的；null 表示某级不存在 */
  const ancestors = (path: string): Refusal | undefined | null => {
    const normal = isPlain(path) ? path : join(path).split(sep).join("/");
    const slash = normal.lastIndexOf("/");
    if (slash <= 0) return undefined;
    return directory(normal.slice(0, slash));
  };
  const directory = (dir: string): Refusal | undefined | null => {
    const cached = dirs.get(dir);
    if (cached !== undefined || dirs.has(dir)) return cached;
    let result = ancestors(dir);
    if (result === undefined) {
      const stats = lstatSync(abs(dir), { throwIfNoEntry: false });
      const kind = stats ? kindOf(stats) : undefined;
      result =
        kind === undefined
          ? null
          : kind === "dir"
            ? undefined
            : { kind: kind === "file" ? "other" : kind, at: dir };
    }
    dirs.set(dir, result);
    return result;
  };

  const read = (path: string, maxBytes: number): ReadResult => {
    const above = ancestors(path);
    if (above) return { refused: above };
    const file = abs(path);
    const before = lstatSync(file);
    const kind = kindOf(before);
    if (kind !== "file") return { refused: { kind: asRefused(kind), at: path } };
    if (before.size > maxBytes) return { tooLarge: before.size };
    let fd: number;
    try {
      fd = openSync(file, openFlags);
    } catch (error) {
      // lstat 之后被换成了符号链接
      if ((error as NodeJS.ErrnoException).code === "ELOOP")
        return { refused: { kind: "symlink", at: path } };
      throw error;
    }
    try {
      const stats = fstatSync(fd);
      const opened = kindOf(stats);
      if (opened !== "file") return { refused: { kind: asRefused(opened), at: path } };
      if (stats.size > maxBytes) return { tooLarge: stats.size };
      return { bytes: readOpened(fd, stats.size) };
    } finally {
      closeSync(fd);
    }
  };

  const fs: RepoFs = {
    read,
    readFile: (path) => {
      const result = read(path, readFileCap);
      if ("bytes" in result) return result.bytes;
      throw new RefusedRead(path, "refused" in result ? result.refused : result);
    },
    refusal: (path) => {
      const above = ancestors(path);
      if (above) return above;
      if (above === null) return undefined;
      const stats = lstatSync(abs(path), { throwIfNoEntry: false });
      const kind = stats ? kindOf(stats) : undefined;
      return kind === undefined || kind === "file" || kind === "dir" ? undefined : { kind, at: path };
    },
    list: (dir) => {
      if (dir !== "" && directory(dir) !== undefined) return [];
      try {
        return readdirSync(join(root, dir), { withFileTypes: true }).map((d) => {
          if (d.isDirectory()) return { name: d.name, dir: true };
          if (d.isFile()) return { name: d.name, dir: false };
          const kind = d.isSymbolicLink()
            ? "symlink"
            : d.isFIFO()
              ? "fifo"
              : d.isSocket()
                ? "socket"
                : d.isCharacterDevice() || d.isBlockDevice()
                  ? "device"
                  : "other";
          return { name: d.name, dir: false, refused: kind };
        });
      } catch {
        return [];
      }
    },
    // 不跟随最后一段：指向不存在之处的符号链接也“存在”（加载时报告它）
    exists: (path) => lstatSync(abs(path), { throwIfNoEntry: false }) !== undefined,
  };
  diskRoots.set(fs, root);
  return fs;
}

/** 内存仓库（测试用）：键为相对路径，值为文件内容。 */
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
