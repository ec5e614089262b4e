import type { WorkdayCalendar } from "../calendar/workdays.ts";
import type { Catalog } from "../catalog/types.ts";
import type { Finding } from "../finding.ts";
import { findProfile, type Profile } from "../profile.ts";
import type { RepoFs } from "../repository/fs.ts";
import { systemKey } from "../repository/keys.ts";
import { classify, requestsDir } from "../repository/layout.ts";
import type { ParallelLoader } from "../repository/parallel.ts";
import { validate } from "../validate.ts";
import { readAttachment, systemDir } from "./attachments.ts";
import type { Block, FigureImage, FormDocument, Line } from "./model.ts";

/**
 * 从仓库中的一个文件得到它的官方表单：申请文件 → 申请表、测算报告或端口开放申请表；
 * unit.yaml → 每个代理人一份授权委托书。文件先按 `govcloud validate` 校验：
 * 这个文件（以及它所在单位、系统的登记）有错误时不生成表单。
 */

export interface NamedForm {
  /** 输出文件名（不含扩展名）：<单位>-<系统>-<序号>-<表单>，或 <单位>-授权委托书-<代理人> */
  fileName: string;
  document: FormDocument;
}

export type FormsResult =
  | { ok: true; forms: NamedForm[] }
  | { ok: false; reason: "not-found" | "not-a-form"; file: string }
  | { ok: false; reason: "invalid"; file: string; findings: Finding[] }
  | { ok: false; reason: "no-agent"; file: string; agent: string; agents: string[] };

/** PDF 附件 → 前几页的图片（PNG）；转不了时为空。 */
export type PdfPages = (pdf: Uint8Array) => FigureImage[];

export interface FormsOptions {
  /** 今天（YYYY-MM-DD），校验时用 */
  today: string;
  /** unit.yaml：只要这位代理人（GitHub 账号）的委托书 */
  agent?: string;
  /** 服务目录来源 */
  catalogs: (profile: string) => Catalog | undefined;
  /** 登记的 profile（表单取自它） */
  profiles: readonly Profile[];
  /** 工作日日历 */
  calendar: WorkdayCalendar;
  /** 文件多时用的并行加载器（见 validate） */
  parallelLoader?: ParallelLoader;
  /** PDF 附件转成页面图片（如 scripts/adapters/pdf-pages.ts）；不给时 PDF 附件只印文字 */
  pdfPages?: PdfPages;
}

const pad = (n: number) => String(n).padStart(4, "0");

/** file 是仓库内的相对路径（POSIX），须在 requests/ 下。 */
export function formsForFile(fs: RepoFs, file: string, options: FormsOptions): FormsResult {
  if (!fs.exists(file)) return { ok: false, reason: "not-found", file };
  const place = classify(file);
  if (place.kind !== "application" && place.kind !== "unit") return { ok: false, reason: "not-a-form", file };

  // 整个仓库按“已合并”校验：表单可能在申请合并之后很久才打印，不按今天重新判断 3 个月有效期
  const { findings, repo, histories } = validate({
    fs,
    scope: { kind: "all" },
    lang: "zh",
    today: options.today,
    catalogs: options.catalogs,
    profiles: options.profiles,
    calendar: options.calendar,
    ...(options.parallelLoader ? { parallelLoader: options.parallelLoader } : {}),
  });
  const related = new Set([file, `${requestsDir}/${place.unit}/unit.yaml`]);
  if (place.kind === "application") related.add(`${requestsDir}/${place.unit}/${place.system}/system.yaml`);
  const errors = findings.filter((f) => f.severity === "error" && related.has(f.file));
  if (errors.length > 0) return { ok: false, reason: "invalid", file, findings: errors };

  const unit = repo.units.get(place.unit)?.data;
  if (!unit) return { ok: false, reason: "invalid", file, findings: [] };

  if (place.kind === "unit") {
    const supervisor = unit.supervisor ? repo.units.get(unit.supervisor)?.data : undefined;
    const profile = findProfile(options.profiles, unit.profile);
    const docs = profile?.forms.forUnit({ unit, ...(supervisor ? { supervisor } : {}) }, options.agent) ?? [];
    if (options.agent !== undefined && docs.length === 0)
      return {
        ok: false,
        reason: "no-agent",
        file,
        agent: options.agent,
        agents: unit.agents.map((a) => a.github),
      };
    return {
      ok: true,
      forms: docs.map((d) => ({ fileName: `${place.unit}-${d.name}-${d.variant}`, document: d })),
    };
  }

  const key = systemKey(place.unit, place.system);
  const system = repo.systems.get(key)?.data;
  const loaded = repo.applications.get(key)?.find((a) => a.file === file);
  const history = histories.get(key);
  const catalog = loaded ? options.catalogs(loaded.data.profile) : undefined;
  const profile = loaded ? findProfile(options.profiles, loaded.data.profile) : undefined;
  if (!system || !loaded || !history || !catalog || !profile)
    return { ok: false, reason: "invalid", file, findings: [] };
  const application = loaded.data;
  const before = history.before.get(application.sequence) ?? history.current;
  const delivery = repo.deliveries.get(key)?.find((d) => d.data.application === application.sequence)?.data;
  const docs = profile.forms
    .forApplication({ application, unit, system, before, catalog, ...(delivery ? { delivery } : {}) })
    .map((d) => withFigures(d, (path) => figureImages(fs, systemDir(key), path, options.pdfPages)));
  const base = `${place.unit}-${place.system}-${pad(application.sequence)}`;
  return { ok: true, forms: docs.map((d) => ({ fileName: `${base}-${d.name}`, document: d })) };
}

/**
 * 一个附件作为打印件上的图片：PNG、JPEG 原样嵌入；PDF 经 pdfPages 转成前几页的图片，
 * 没有 pdfPages 时与读不了的附件一样没有图片（只印文字）。
 */
function figureImages(fs: RepoFs, dir: string, path: string, pdfPages?: PdfPages): FigureImage[] {
  const read = readAttachment(fs, dir, path);
  if (!read.ok) return [];
  if (read.format === "pdf") return pdfPages ? pdfPages(read.bytes) : [];
  return [{ mime: read.format === "png" ? "image/png" : "image/jpeg", base64: base64(read.bytes) }];
}

const base64 = (bytes: Uint8Array): string => {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
};

/** 表单中每一行带附图的行都填上图片（images）。 */
export function withFigures(doc: FormDocument, images: (path: string) => FigureImage[]): FormDocument {
  const line = (l: Line): Line =>
    l.figure ? { ...l, figure: { ...l.figure, images: images(l.figure.path) } } : l;
  const cells = <T extends { lines: Line[] }>(c: T): T => ({ ...c, lines: c.lines.map(line) });
  const block = (b: Block): Block => {
    switch (b.kind) {
      case "text":
        return cells(b);
      case "grid":
      case "table":
        return { ...b, rows: b.rows.map((row) => row.map(cells)) };
      default:
        return b;
    }
  };
  return { ...doc, blocks: doc.blocks.map(block) };
}
