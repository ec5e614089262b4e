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
import {
  type ReadResult,
  type Refusal,
  type RefusedKind,
  RefusedRead,
  type RepoFs,
  readFileCap,
} from "../core/repository/fs.ts";

/**
 * RepoFs 的磁盘实现（核心只认接口；内存实现 memoryFs 在接口旁边，scripts/core/repository/fs.ts）。
 */

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
