/**
 * 阶段机需要的仓库数据：单位登记（授权代理人、系统联系人）与 PR 中改动的申请（类型、日期、关机日期）。
 * 纯函数：输入是已加载的仓库或文件文本。
 */
import yaml from "js-yaml";
import type { ApplicationType } from "../catalog/types.ts";
import { classify } from "../repository/layout.ts";
import type { Repository } from "../repository/load.ts";
import type { ApplicationInfo, DeliveryEdit, DeliveryRecord, SystemRecord, UnitRecord } from "./types.ts";

/** 由已加载的仓库得出各单位的授权代理人与系统联系人（键为单位目录名）。 */
export function unitRecords(repo: Pick<Repository, "units" | "systems">): Map<string, UnitRecord> {
  const out = new Map<string, UnitRecord>();
  for (const [dir, loaded] of repo.units) {
    const u = loaded.data;
    const contacts: string[] = [];
    for (const [key, system] of repo.systems) {
      if (!key.startsWith(`${dir}/`)) continue;
      for (const c of [system.data.owner, system.data.technicalContact])
        if (c?.github) contacts.push(c.github);
    }
    out.set(dir, {
      name: u.name,
      ...(u.supervisor ? { supervisor: u.supervisor } : {}),
      agents: u.agents.map((a) => ({
        name: a.name,
        github: a.github,
        scope: a.scope,
        validFrom: a.validFrom !== undefined ? String(a.validFrom) : "0000-01-01",
        // 没写截止日期的授权（有的规范只写起始日）一直有效，直到注销
        validTo: a.validTo !== undefined ? String(a.validTo) : "9999-12-31",
        ...(a.revokedOn !== undefined ? { revokedOn: String(a.revokedOn) } : {}),
      })),
      contacts,
    });
  }
  return out;
}

/**
 * 由已加载的仓库得出各系统的提供商与交付记录（键为 `单位目录/系统目录`）。providerField 为 system.yaml 中
 * 指明提供商的字段（profile 的 review.providerField）。
 */
export function systemRecords(
  repo: Pick<Repository, "systems" | "deliveries">,
  providerField?: string,
): Map<string, SystemRecord> {
  const out = new Map<string, SystemRecord>();
  for (const [key, system] of repo.systems) {
    const provider = providerField
      ? (system.data as unknown as Record<string, unknown>)[providerField]
      : undefined;
    const deliveries = (repo.deliveries.get(key) ?? []).map((d) => deliveryRecord(d.data));
    out.set(key, { ...(typeof provider === "string" ? { provider } : {}), deliveries });
  }
  return out;
}

/** 日期字段：YAML 的日期可能已读成 Date。 */
const dateOf = (v: unknown): string | undefined =>
  v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "string" && isoDate.test(v) ? v : undefined;

const objectOf = (v: unknown): Record<string, unknown> | undefined =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;

/** 交付记录中阶段机用到的几项（区、上线日期、确认）；读不出的项留空。 */
function deliveryRecord(data: object): DeliveryRecord {
  const d = data as Record<string, unknown>;
  const date = dateOf(d.date);
  const production = dateOf(objectOf(d.production)?.date);
  const confirmation = objectOf(d.confirmation);
  const kind = confirmation?.kind;
  const signed = dateOf(confirmation?.date);
  return {
    application: typeof d.application === "number" ? d.application : -1,
    ...(date ? { date } : {}),
    ...(typeof d.zone === "string" ? { zone: d.zone } : {}),
    ...(production ? { production } : {}),
    ...(typeof kind === "string" ? { confirmation: { kind, ...(signed ? { date: signed } : {}) } } : {}),
  };
}

/**
 * PR 中改动的交付记录：从 PR 中的文本读出 confirmation.kind（确认 PR）。不是交付记录的路径返回 undefined。
 */
export function deliveryEditInfo(path: string, source: string | undefined): DeliveryEdit | undefined {
  const place = classify(path);
  if (place.kind !== "delivery") return undefined;
  const edit: DeliveryEdit = { file: path, unit: place.unit, system: place.system };
  if (source === undefined) return edit;
  let data: unknown;
  try {
    data = yaml.load(source, { schema: yaml.JSON_SCHEMA, filename: path });
  } catch {
    return edit;
  }
  const kind = objectOf(objectOf(data)?.confirmation)?.kind;
  return typeof kind === "string" ? { ...edit, confirmation: kind } : edit;
}

const types: readonly ApplicationType[] = ["new", "change", "revoke", "ports", "test", "test-renewal"];
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/**
 * 从申请文件的文本读出阶段机要的几项。读不出的项留空（这类文件的错误由 validate 报告）；
 * 不是申请文件的路径返回 undefined。
 */
export function applicationInfo(path: string, source: string | undefined): ApplicationInfo | undefined {
  const place = classify(path);
  if (place.kind !== "application") return undefined;
  const info: ApplicationInfo = { file: path, unit: place.unit, system: place.system };
  if (source === undefined) return info;
  let data: unknown;
  try {
    // JSON_SCHEMA：日期保持为字符串，不变成 Date
    data = yaml.load(source, { schema: yaml.JSON_SCHEMA, filename: path });
  } catch {
    return info;
  }
  if (data === null || typeof data !== "object") return info;
  const d = data as Record<string, unknown>;
  if (types.includes(d.type as ApplicationType)) info.type = d.type as ApplicationType;
  if (typeof d.date === "string" && isoDate.test(d.date)) info.date = d.date;
  const shutdown = d.shutdown as { required?: unknown; date?: unknown } | undefined;
  if (shutdown && typeof shutdown === "object") {
    if (shutdown.required === true) info.shutdownRequired = true;
    if (typeof shutdown.date === "string" && isoDate.test(shutdown.date)) info.shutdownDate = shutdown.date;
  }
  return info;
}

/**
 * PR 中新登记的单位（基础分支上还没有的 requests/<单位>/unit.yaml）：从 PR 中的文本读出授权代理人。
 * 读不出（YAML 或字段有误）时不算登记，validate 会报告它的问题。
 */
export function proposedUnitRecords(
  sources: ReadonlyMap<string, string>,
  registered: ReadonlyMap<string, UnitRecord>,
): Map<string, UnitRecord> {
  const out = new Map<string, UnitRecord>();
  for (const [path, source] of sources) {
    const place = classify(path);
    if (place.kind !== "unit" || registered.has(place.unit)) continue;
    let data: unknown;
    try {
      data = yaml.load(source, { schema: yaml.JSON_SCHEMA, filename: path });
    } catch {
      continue;
    }
    const d = data as { name?: unknown; supervisor?: unknown; agents?: unknown } | null;
    if (!d || typeof d.name !== "string" || !Array.isArray(d.agents)) continue;
    const agents = d.agents.filter(
      (a): a is UnitRecord["agents"][number] =>
        a !== null &&
        typeof a === "object" &&
        typeof a.github === "string" &&
        typeof a.validFrom === "string" &&
        typeof a.validTo === "string" &&
        (a.scope === "own" || a.scope === "supervisor-and-own"),
    );
    out.set(place.unit, {
      name: d.name,
      ...(typeof d.supervisor === "string" ? { supervisor: d.supervisor } : {}),
      agents,
      contacts: [],
    });
  }
  return out;
}
