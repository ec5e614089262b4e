/**
 * 审计要读的淮北字段（共享约定 hb-contract：交付记录的测试区/生产区、割接、三方确认；上云申请的迁移、
 * 临时资源与临时扩容的期限、延期申请）。文档已通过 schema；这里仍逐项核对类型再用，缺了的字段当作没有记录，
 * 不猜。
 */
import type { SystemView } from "../../../core/audit/types.ts";
import { addMonths } from "../../../core/calendar/workdays.ts";
import type { ResourceState } from "../../../core/state/fold.ts";

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => v !== null && typeof v === "object" && !Array.isArray(v);
const dateOf = (v: unknown): string | undefined =>
  typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : undefined;
const dateIn = (v: unknown, key = "date"): string | undefined => (isObject(v) ? dateOf(v[key]) : undefined);

/** 交付记录（deliveries/NNNN.yaml）中审计要看的部分。 */
export interface DeliveryFacts {
  application: number;
  file: string;
  /** 交付（配置）日期 */
  date: string;
  zone?: "test" | "production";
  /** 转为生产区上线（第14条） */
  productionOn?: string;
  /** 迁移上云的割接上线（第15条） */
  cutoverOn?: string;
  /** 三方确认单（附件5–7）的种类与签署日期 */
  confirmation?: { kind: string; date: string };
}

export function deliveryFacts(view: SystemView): DeliveryFacts[] {
  const out: DeliveryFacts[] = [];
  for (const { file, data } of view.deliveries) {
    const d = data as unknown as Raw;
    const date = dateOf(d.date);
    if (typeof d.application !== "number" || date === undefined) continue;
    const productionOn = dateIn(d.production);
    const cutoverOn = dateIn(d.cutover);
    const c = d.confirmation;
    const confirmed = isObject(c) && typeof c.kind === "string" ? dateOf(c.date) : undefined;
    out.push({
      application: d.application,
      file,
      date,
      ...(d.zone === "test" || d.zone === "production" ? { zone: d.zone } : {}),
      ...(productionOn ? { productionOn } : {}),
      ...(cutoverOn ? { cutoverOn } : {}),
      ...(confirmed && isObject(c) ? { confirmation: { kind: c.kind as string, date: confirmed } } : {}),
    });
  }
  return out;
}

/** 一个系统的上云（第一份已合并的 type: new）与它走到了哪一步。 */
export interface Onboarding {
  sequence: number;
  file: string;
  /** new | migrate | hosting */
  onboarding?: string;
  migration?: { oldSystem?: string; keepUntil?: string };
  delivery?: DeliveryFacts;
  /** 生产区上线日：交付记录的 production.date，或直接交付在生产区时的交付日期 */
  productionOn?: string;
  /** 开通确认单（附件5）的签署日期 = 计费起始日（第15条） */
  openedOn?: string;
}

export function onboardingOf(view: SystemView): Onboarding | undefined {
  const app = [...view.applications]
    .filter((a) => a.data.type === "new")
    .sort((a, b) => a.data.sequence - b.data.sequence)[0];
  if (!app) return undefined;
  const raw = app.data as unknown as Raw;
  const delivery = deliveryFacts(view).find((d) => d.application === app.data.sequence);
  const productionOn =
    delivery?.productionOn ?? (delivery?.zone === "production" ? delivery.date : undefined);
  const opening = delivery?.confirmation?.kind === "opening" ? delivery.confirmation.date : undefined;
  const m = raw.migration;
  const keepUntil = isObject(m) ? dateOf(m.keepUntil) : undefined;
  return {
    sequence: app.data.sequence,
    file: app.file,
    ...(typeof raw.onboarding === "string" ? { onboarding: raw.onboarding } : {}),
    ...(isObject(m)
      ? {
          migration: {
            ...(typeof m.oldSystem === "string" ? { oldSystem: m.oldSystem } : {}),
            ...(keepUntil ? { keepUntil } : {}),
          },
        }
      : {}),
    ...(delivery ? { delivery } : {}),
    ...(productionOn ? { productionOn } : {}),
    ...(opening ? { openedOn: opening } : {}),
  };
}

/** 系统已在生产区运行（上线或签了开通确认单）的日期；还在测试区时 undefined。 */
export const inProductionSince = (o: Onboarding | undefined): string | undefined =>
  o?.productionOn ?? o?.openedOn;

/** 临时资源（第18条）或临时扩容（第16条）的一段期限。 */
export interface TemporaryPeriod {
  kind: "resources" | "scale-up";
  /** 申请序号与文件 */
  sequence: number;
  file: string;
  /** 期限的开始：临时资源为交付（配置）日期，临时扩容为扩容时间段的开始 */
  from: string;
  /** 原定的结束日 */
  until: string;
  /** 延期后的结束日（没有延期时同 until） */
  end: string;
  /** 延期申请的序号 */
  extendedBy: number[];
  /** 仍在用的资源（临时资源）或仍保持扩容后配置的资源（临时扩容） */
  resources: ResourceState[];
  /** 临时扩容：每项资源扩容前后的配置（起草缩回的变更申请用） */
  changes?: { resource: string; before: Raw; after: Raw }[];
}

/** 扩容后的配置仍在：扩容改过的每个字段，当前配置都与扩容后相同。 */
function stillScaledUp(r: ResourceState, after: Raw): boolean {
  const config = r.config as Raw;
  return Object.entries(after).every(([k, v]) => JSON.stringify(config[k]) === JSON.stringify(v));
}

/** 延期申请（type: test-renewal，extends.application 指向被延期的申请）。 */
function extensionsOf(view: SystemView): Map<number, { sequence: number; until: string }[]> {
  const out = new Map<number, { sequence: number; until: string }[]>();
  for (const { data } of view.applications) {
    if (data.type !== "test-renewal") continue;
    const e = (data as unknown as Raw).extends;
    if (!isObject(e) || typeof e.application !== "number") continue;
    const until = dateOf(e.until);
    if (!until) continue;
    out.set(e.application, [...(out.get(e.application) ?? []), { sequence: data.sequence, until }]);
  }
  return out;
}

function withExtensions(
  base: Omit<TemporaryPeriod, "end" | "extendedBy">,
  extensions: Map<number, { sequence: number; until: string }[]>,
): TemporaryPeriod {
  const list = [...(extensions.get(base.sequence) ?? [])].sort((a, b) => a.sequence - b.sequence);
  const last = list[list.length - 1];
  return { ...base, end: last ? last.until : base.until, extendedBy: list.map((e) => e.sequence) };
}

/** 一个系统全部在用的临时资源与临时扩容的期限。 */
export function temporaryPeriods(view: SystemView): TemporaryPeriod[] {
  const extensions = extensionsOf(view);
  const deliveries = deliveryFacts(view);
  const current = view.history.current.resources;
  const out: TemporaryPeriod[] = [];
  for (const { file, data } of view.applications) {
    const raw = data as unknown as Raw;
    if (data.type === "test") {
      const t = raw.temporary;
      const months = isObject(t) && typeof t.months === "number" ? t.months : undefined;
      const delivered = deliveries.find((d) => d.application === data.sequence)?.date;
      if (months === undefined || delivered === undefined) continue;
      const ids = Array.isArray(raw.resources)
        ? raw.resources.flatMap((r) => (isObject(r) && typeof r.id === "string" ? [r.id] : []))
        : [];
      const resources = ids.flatMap((id) => (current.get(id) ? [current.get(id) as ResourceState] : []));
      if (resources.length === 0) continue;
      out.push(
        withExtensions(
          {
            kind: "resources",
            sequence: data.sequence,
            file,
            from: delivered,
            until: addMonths(delivered, months),
            resources,
          },
          extensions,
        ),
      );
    } else if (data.type === "change") {
      const t = raw.temporary;
      const from = dateIn(t, "from");
      const until = dateIn(t, "to");
      if (!from || !until || !Array.isArray(raw.changes)) continue;
      const changes = raw.changes.flatMap((c) =>
        isObject(c) && typeof c.resource === "string" && isObject(c.before) && isObject(c.after)
          ? [{ resource: c.resource, before: c.before, after: c.after }]
          : [],
      );
      const kept = changes.filter((c) => {
        const r = current.get(c.resource);
        return r !== undefined && stillScaledUp(r, c.after);
      });
      if (kept.length === 0) continue;
      out.push(
        withExtensions(
          {
            kind: "scale-up",
            sequence: data.sequence,
            file,
            from,
            until,
            resources: kept.map((c) => current.get(c.resource) as ResourceState),
            changes: kept,
          },
          extensions,
        ),
      );
    }
  }
  return out;
}

/** 系统的申请中最后一个日期不早于 since 的（部署进展的记录：端口备案、变更等）。 */
export function applicationsSince(view: SystemView, since: string, after: number): number[] {
  return view.applications
    .filter((a) => a.data.sequence > after && a.data.date >= since)
    .map((a) => a.data.sequence);
}
