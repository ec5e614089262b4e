import type { Citation } from "../finding.ts";
import type { Problem } from "../load/problem.ts";
import type { Application } from "../model.ts";
import { findProfile, type Profile } from "../profile.ts";
import type { RepoFs } from "../repository/fs.ts";
import { requestsDir } from "../repository/layout.ts";
import type { Repository } from "../repository/load.ts";
import { quote, type Text, text } from "../text.ts";

/**
 * 申请引用的附件（架构图、截图、报告）：路径相对于系统目录（requests/<单位>/<系统>/），
 * 表单把图片嵌进打印件，校验时检查每个引用的附件存在、可读、是支持的格式。
 *
 * 安全（见 docs/security-input.md）：路径只能落在系统目录之内（不能是绝对路径、不能有 `..`、`\`、空段）；
 * 读经 RepoFs.read，从不跟随符号链接、不打开特殊文件，有大小上限。哪些字段是附件由 profile 的
 * 表单部分给出（FormsPart.attachments），引擎不认识申请的具体字段。
 */

/** 申请中的一处附件引用：字段的 JSON Pointer 与写下的路径。 */
export interface AttachmentRef {
  pointer: string;
  path: string;
}

/** 支持的附件格式（按文件头识别，不看扩展名）。 */
export type AttachmentFormat = "png" | "jpeg" | "pdf";

/** 一个附件的上限：截图与架构图远小于它。 */
export const attachmentCap = 10 * 1024 * 1024;

export const attachmentMime: Record<AttachmentFormat, string> = {
  png: "image/png",
  jpeg: "image/jpeg",
  pdf: "application/pdf",
};

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/**
 * 按文件头识别格式（PNG 签名、JPEG 的 SOI 标记、`%PDF-`）。只认这三种，几行就够，
 * 不引入按内容识别类型的库（它们是异步的，校验是同步的）。
 */
export function attachmentFormat(bytes: Uint8Array): AttachmentFormat | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "jpeg";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  return undefined;
}

/** 附件在仓库中的路径；写的路径会离开系统目录时为 undefined。 */
export function attachmentFile(systemDir: string, path: string): string | undefined {
  const segments = path.split("/");
  if (path === "" || path.includes("\\") || path.includes("\0")) return undefined;
  if (segments.some((s) => s === "" || s === "." || s === "..")) return undefined;
  return `${systemDir}/${path}`;
}

/** 读一个附件的结果。 */
export type AttachmentRead =
  | { ok: true; file: string; format: AttachmentFormat; bytes: Uint8Array }
  | { ok: false; file?: string; problem: Text };

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MiB`;

/** 读系统目录下的一个附件并识别格式；读不了时给出原因（说明怎么改）。 */
export function readAttachment(fs: RepoFs, systemDir: string, path: string): AttachmentRead {
  const file = attachmentFile(systemDir, path);
  if (file === undefined)
    return {
      ok: false,
      problem: text(
        `附件路径 ${quote(path)} 不在系统目录之内：请写相对于系统目录的路径，如 attachments/部署架构图.png（不要以 / 开头，不要用 ..、\\ 或空的路径段）。`,
        `Attachment path ${quote(path)} leaves the system's folder: write a path relative to it, like attachments/diagram.png (no leading /, no .., \\ or empty segments).`,
      ),
    };
  let result: ReturnType<RepoFs["read"]>;
  try {
    result = fs.read(file, attachmentCap);
  } catch {
    return {
      ok: false,
      file,
      problem: text(
        `找不到附件 ${file}。请把文件提交到这个位置，或改正路径（相对于系统目录）。`,
        `Attachment ${file} does not exist. Commit the file there or correct the path (relative to the system's folder).`,
      ),
    };
  }
  if ("refused" in result)
    return {
      ok: false,
      file,
      problem: text(
        `附件 ${file} 不是普通文件（${result.refused.at} 是${result.refused.kind === "symlink" ? "符号链接" : "目录或特殊文件"}），不读它。请提交图片文件本身。`,
        `Attachment ${file} is not a regular file (${result.refused.at} is a ${result.refused.kind}); it is not read. Commit the image file itself.`,
      ),
    };
  if ("tooLarge" in result)
    return {
      ok: false,
      file,
      problem: text(
        `附件 ${file} 有 ${mib(result.tooLarge)}，超过上限 ${mib(attachmentCap)}。请压缩图片或截取需要的部分。`,
        `Attachment ${file} is ${mib(result.tooLarge)}, over the limit of ${mib(attachmentCap)}. Compress the image or crop it.`,
      ),
    };
  const format = attachmentFormat(result.bytes);
  if (format === undefined)
    return {
      ok: false,
      file,
      problem: text(
        `附件 ${file} 不是 PNG、JPEG 或 PDF 文件（按文件内容判断），打印不出来。请另存为 PNG 或 JPEG 图片。`,
        `Attachment ${file} is not a PNG, JPEG or PDF file (judged by its content), so it cannot be printed. Save it as a PNG or JPEG image.`,
      ),
    };
  return { ok: true, file, format, bytes: result.bytes };
}

/** 系统目录：requests/<单位>/<系统>。 */
export const systemDir = (key: string) => `${requestsDir}/${key}`;

/**
 * 校验：范围内每份申请引用的附件都在、可读、格式受支持。发现落在申请文件中引用它的字段上，
 * 引用 profile 规定提交这些材料的条款（FormsPart.attachmentCitation）。
 */
export function checkAttachments(
  repo: Repository,
  fs: RepoFs,
  profiles: readonly Profile[],
  targets?: ReadonlySet<string>,
): Problem[] {
  const problems: Problem[] = [];
  // 同一个附件常被一个系统的多份申请引用（变更前后的截图、架构图）：一次检查只读一次
  const reads = new Map<string, AttachmentRead>();
  const read: ReadAttachment = (dir, path) => {
    const at = `${dir}\0${path}`;
    let result = reads.get(at);
    if (!result) {
      const fresh = readAttachment(fs, dir, path);
      // 只留结论，不留内容：大仓库里附件的字节加起来可能很大
      result = fresh.ok ? { ...fresh, bytes: empty } : fresh;
      reads.set(at, result);
    }
    return result;
  };
  for (const [key, apps] of repo.applications)
    for (const { file, data } of apps) {
      if (targets && !targets.has(file)) continue;
      const forms = findProfile(profiles, data.profile)?.forms;
      if (!forms) continue;
      problems.push(
        ...applicationProblems(read, key, file, data, forms.attachments(data), forms.attachmentCitation),
      );
    }
  return problems;
}

type ReadAttachment = (systemDir: string, path: string) => AttachmentRead;
const empty = new Uint8Array(0);

function applicationProblems(
  readAt: ReadAttachment,
  key: string,
  file: string,
  application: Application,
  refs: readonly AttachmentRef[],
  citation: Citation,
): Problem[] {
  const problems: Problem[] = [];
  for (const ref of refs) {
    const read = readAt(systemDir(key), ref.path);
    if (read.ok) continue;
    problems.push({
      rule: "attachment",
      severity: "error",
      message: read.problem,
      file,
      path: ref.pointer,
      citation: { ...citation, profile: application.profile },
    });
  }
  return problems;
}
