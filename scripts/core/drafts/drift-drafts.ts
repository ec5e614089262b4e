/**
 * 漂移修复的草稿 PR：云上的状态能写成一份变更申请时（主机换了规格、磁盘扩了容），起草这份申请——
 * `before` 是仓库的配置，`after` 是云上的——放在机器人的分支 `govcloud-bot/drift/<单位>/<系统>` 上。
 * 另一种解决办法是用发放流程重新应用仓库（把云改回去），然后关闭 PR。
 *
 * 仓库写不出的漂移（资源在云上被删除或新建、须重建、安全组规则、认不出的规格、缩小的盘、只有部分主机不同）
 * 不起草，只在漂移 issue 中说明原因。纯函数：漂移报告、系统视图、规格表与 profile 的起草函数都由调用者给出。
 */

import type { DraftApplication, DriftAcceptance, DriftDraftInput, SystemView } from "../audit/types.ts";
import type { WorkdayCalendar } from "../calendar/workdays.ts";
import { codeSpan, inlineText } from "../markup.ts";
import type { Disk, ResourceConfig } from "../model.ts";
import type { ResourceState } from "../state/fold.ts";
import { type Lang, type Text, text } from "../text.ts";
import { driftCheck, driftKey, type StackDriftJson } from "./drift-issues.ts";
import { resourceDriftProblems } from "./drift-report.ts";
import type { ReportFinding } from "./subjects.ts";

type ResourceDriftJson = StackDriftJson["resources"][number];

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * 站点配置（pulumi/site.yaml）的规格名映射反过来：云上的规格名 → 默认名 c{vCPU}m{内存GB}，按区域（x86、arm）。
 * 映射只写了一部分时，没写的规格用默认名。
 */
export function reverseFlavors(site: unknown): Record<string, ReadonlyMap<string, string>> {
  const out: Record<string, Map<string, string>> = {};
  const clouds = isObject(site) && isObject(site.clouds) ? site.clouds : {};
  for (const [cloud, c] of Object.entries(clouds)) {
    const map = new Map<string, string>();
    const flavors = isObject(c) && isObject(c.flavors) ? c.flavors : {};
    for (const [name, cloudName] of Object.entries(flavors))
      if (typeof cloudName === "string") map.set(cloudName, name);
    out[cloud] = map;
  }
  return out;
}

/** 规格名 → vCPU 与内存：先按站点的映射换回默认名，再读 c{vCPU}m{内存GB}；认不出时 undefined。 */
export function flavorSize(
  name: unknown,
  reverse: ReadonlyMap<string, string> | undefined,
): { vcpu: number; memoryGB: number } | undefined {
  if (typeof name !== "string") return undefined;
  const m = /^c([1-9]\d{0,3})m([1-9]\d{0,4})$/.exec(reverse?.get(name) ?? name);
  return m ? { vcpu: Number(m[1]), memoryGB: Number(m[2]) } : undefined;
}

/** 一个资源的漂移为什么不能写成申请。 */
export interface DriftRefusal {
  /** 云上资源（逻辑名） */
  name: string;
  why: Text;
}

export interface DriftSettlement {
  changes: DriftAcceptance[];
  refusals: DriftRefusal[];
}

const refuse = (name: string, zh: string, en: string): DriftRefusal => ({ name, why: text(zh, en) });

/** 逻辑名 → 申请中的资源、第几台、哪块盘（ecs 的命名：<资源>-<n>、<资源>-<n>-system、<资源>-<n>-data-<i>）。 */
function parseName(name: string): { id: string; n: number; disk?: "system" | number } | undefined {
  const m = /^(.+?)-(\d+)(?:-(system|data-(\d+)))?$/.exec(name);
  if (!m) return undefined;
  const disk = m[3] === "system" ? "system" : m[4] !== undefined ? Number(m[4]) : undefined;
  return { id: m[1] as string, n: Number(m[2]), ...(disk !== undefined ? { disk } : {}) };
}

/** 一个资源各台主机的云上值：每台都有且都相同时取它，否则 undefined。 */
function uniform<T>(values: Map<number, T>, quantity: number, same: (a: T, b: T) => boolean): T | undefined {
  if (values.size !== quantity) return undefined;
  const all = [...values.values()];
  const first = all[0] as T;
  return all.every((v) => same(v, first)) ? first : undefined;
}

interface Observed {
  resource: ResourceState;
  flavor: Map<number, { vcpu: number; memoryGB: number; name: string }>;
  disks: Map<"system" | number, Map<number, number>>;
  evidence: Text[];
}

/** 一处漂移 → 记到资源的观察里，或者拒绝。 */
function observe(
  d: ResourceDriftJson,
  view: SystemView,
  reverse: ReadonlyMap<string, string> | undefined,
  seen: Map<string, Observed>,
): DriftRefusal | undefined {
  if (d.pending)
    return refuse(
      d.name,
      "合并后尚未发放的改动：由发放流程应用，不是云上被改了",
      "a merged change not provisioned yet: the provisioning pipeline applies it; nobody changed the cloud",
    );
  if (d.status === "missing-in-cloud")
    return refuse(
      d.name,
      "云上没有这个资源（被删除了）：申请写不出“已删除”，请重新发放，或提交撤销申请",
      "the resource is gone from the cloud: an application cannot say so; re-provision it or file a revocation",
    );
  if (d.status === "not-in-repository")
    return refuse(
      d.name,
      "云上有、仓库没有（在云上直接建的）：申请不能认领它，请提供商核对后删除或补交新增申请",
      "in the cloud, not in the repository (created by hand): the provider checks it, then deletes it or the unit files a new application",
    );
  if (d.status === "replaced")
    return refuse(
      d.name,
      "改回仓库的配置要重建资源：请提供商核对",
      "reverting to the repository needs a replacement: the provider checks it by hand",
    );
  const parsed = parseName(d.name);
  const resource = parsed ? view.history.current.resources.get(parsed.id) : undefined;
  const supported = d.kind === "instance" || (d.kind === "volume" && parsed?.disk !== undefined);
  if (!parsed || !resource || resource.service !== "ecs" || !supported)
    return refuse(
      d.name,
      `申请写不出这类资源的配置（${d.kind ?? d.type}）：请用发放流程改回仓库的配置`,
      `an application cannot express this resource's settings (${d.kind ?? d.type}): re-apply the repository`,
    );
  const obs: Observed = seen.get(resource.id) ?? {
    resource,
    flavor: new Map(),
    disks: new Map(),
    evidence: [],
  };
  seen.set(resource.id, obs);
  for (const p of d.differences) {
    const where = `${d.name} ${p.property}`;
    if (d.kind === "instance" && (p.property === "flavorName" || p.property === "flavorId")) {
      const size = flavorSize(p.cloud, reverse);
      if (!size)
        return refuse(
          d.name,
          `云上的规格 ${String(p.cloud)} 认不出 vCPU 与内存（不是 c{vCPU}m{内存GB}，站点配置 pulumi/site.yaml 的 flavors 也没有映射）`,
          `the cloud's flavor ${String(p.cloud)} has no known vCPU and memory (not c{vCPU}m{GB}, not mapped in pulumi/site.yaml flavors)`,
        );
      obs.flavor.set(parsed.n, { ...size, name: String(p.cloud) });
      obs.evidence.push(
        text(
          `${where}：仓库 ${String(p.repository)}，云上 ${String(p.cloud)}（${size.vcpu}核${size.memoryGB}GB）`,
          `${where}: repository ${String(p.repository)}, cloud ${String(p.cloud)} (${size.vcpu} vCPU / ${size.memoryGB} GB)`,
        ),
      );
      continue;
    }
    if (d.kind === "volume" && p.property === "size" && parsed.disk !== undefined) {
      if (typeof p.cloud !== "number" || typeof p.repository !== "number" || p.cloud <= p.repository)
        return refuse(
          d.name,
          "磁盘在云上变小或容量不明：磁盘只能扩容，请提供商核对",
          "the disk shrank in the cloud or its size is unknown: disks only grow; the provider checks it",
        );
      const disks = obs.disks.get(parsed.disk) ?? new Map<number, number>();
      disks.set(parsed.n, p.cloud);
      obs.disks.set(parsed.disk, disks);
      obs.evidence.push(
        text(
          `${where}：仓库 ${p.repository} GB，云上 ${p.cloud} GB`,
          `${where}: repository ${p.repository} GB, cloud ${p.cloud} GB`,
        ),
      );
      continue;
    }
    return refuse(
      d.name,
      `属性 ${p.property} 不是申请里的配置：请用发放流程改回仓库的配置`,
      `${p.property} is not part of an application: re-apply the repository`,
    );
  }
  return undefined;
}

const someHosts = (id: string): Text =>
  text(
    `资源 ${id} 只有部分主机（或部分盘）与仓库不同、或各台不同：申请对一个资源的每台主机写同一份配置，请用发放流程改回`,
    `only some hosts (or disks) of ${id} differ, or they differ from each other: an application sets every host of a resource alike; re-apply the repository`,
  );

/** 一个资源各台的观察 → 变更的 before/after（只写不同的字段，数据盘写完整的列表）。 */
function acceptance(obs: Observed): DriftAcceptance | DriftRefusal {
  const { resource } = obs;
  const q = resource.config.quantity ?? 1;
  const before: ResourceConfig = {};
  const after: ResourceConfig = {};
  if (obs.flavor.size > 0) {
    const f = uniform(obs.flavor, q, (a, b) => a.vcpu === b.vcpu && a.memoryGB === b.memoryGB);
    if (!f) return { name: resource.id, why: someHosts(resource.id) };
    if (f.vcpu !== resource.config.vcpu) {
      before.vcpu = resource.config.vcpu as number;
      after.vcpu = f.vcpu;
    }
    if (f.memoryGB !== resource.config.memoryGB) {
      before.memoryGB = resource.config.memoryGB as number;
      after.memoryGB = f.memoryGB;
    }
  }
  for (const [disk, sizes] of obs.disks) {
    const size = uniform(sizes, q, (a, b) => a === b);
    if (size === undefined) return { name: resource.id, why: someHosts(resource.id) };
    if (disk === "system") {
      const sd = resource.config.systemDisk;
      if (!sd) return { name: resource.id, why: someHosts(resource.id) };
      before.systemDisk = sd;
      after.systemDisk = { ...sd, sizeGB: size };
      continue;
    }
    const list: Disk[] = resource.config.dataDisks ?? [];
    if (!list[disk - 1]) return { name: resource.id, why: someHosts(resource.id) };
    before.dataDisks = list;
    after.dataDisks = (after.dataDisks ?? list).map((d, i) => (i === disk - 1 ? { ...d, sizeGB: size } : d));
  }
  return { resource, before, after, evidence: obs.evidence };
}

/** 一个系统的漂移 → 可以接受进仓库的变更与不能的原因。 */
export function settleDrift(
  stack: StackDriftJson,
  view: SystemView,
  reverse: ReadonlyMap<string, string> | undefined,
): DriftSettlement {
  const seen = new Map<string, Observed>();
  const refusals: DriftRefusal[] = [];
  for (const d of stack.resources) {
    // 报告来自制品：形态不对的一项不猜，当作写不出（与 govcloud drafts 读报告时是同一个核对，drift-report.ts）
    if (resourceDriftProblems(d).length > 0) {
      refusals.push(
        refuse(
          isObject(d) && typeof d.name === "string" ? d.name : "?",
          "漂移报告中这一项的形态不对",
          "this entry of the drift report is malformed",
        ),
      );
      continue;
    }
    const r = observe(d, view, reverse, seen);
    if (r) refusals.push(r);
  }
  const changes: DriftAcceptance[] = [];
  const refused = new Set(refusals.map((r) => parseName(r.name)?.id));
  for (const obs of seen.values()) {
    // 同一资源有一处写不出：整个资源都不起草（半份申请不能让云与仓库一致）
    if (refused.has(obs.resource.id)) continue;
    const a = acceptance(obs);
    if ("why" in a) refusals.push(a);
    else if (Object.keys(a.after).length > 0) changes.push(a);
    else
      refusals.push(
        refuse(
          obs.resource.id,
          "云上的规格名不同，但 vCPU 与内存与仓库相同：站点配置 pulumi/site.yaml 的规格名映射可能与云上不一致，请提供商核对",
          "the cloud's flavor name differs but vCPU and memory match the repository: the flavor map in pulumi/site.yaml may not match the cloud; the provider checks it",
        ),
      );
  }
  return { changes, refusals };
}

export interface DriftDraftOptions {
  views: readonly SystemView[];
  /** 按区域（system.environment）的规格名反查表 */
  flavors: Record<string, ReadonlyMap<string, string>>;
  /** profile 的起草函数（Profile.audit.driftDraft）；没有时不起草 */
  draft: ((input: DriftDraftInput) => DraftApplication) | undefined;
  today: string;
  calendar: WorkdayCalendar;
  lang: Lang;
}

/**
 * 漂移报告 → 草稿 PR 的发现（检查 drift，键 drift/<单位>/<系统>，交给 draftSubjects）与漂移 issue 中的说明
 * （按 issue 的键：哪些资源不起草、为什么；起草了的写上分支）。
 */
export function driftDrafts(
  stacks: readonly StackDriftJson[],
  options: DriftDraftOptions,
): { findings: ReportFinding[]; notes: Map<string, string[]> } {
  const { lang } = options;
  const zh = lang === "zh";
  const findings: ReportFinding[] = [];
  const notes = new Map<string, string[]>();
  for (const s of stacks) {
    if (!s.unit || !s.system || s.errors.length > 0 || !s.drifted) continue;
    const key = driftKey(s.unit, s.system);
    const view = options.views.find((v) => v.unitDir === s.unit && v.systemDir === s.system);
    if (!view || !options.draft) {
      notes.set(key, [
        zh
          ? "没有起草 PR：这个 profile 不起草漂移修复的申请（或仓库中找不到这个系统）。"
          : "No draft PR: this profile does not draft drift repairs (or the system is not in the repository).",
      ]);
      continue;
    }
    const { changes, refusals } = settleDrift(s, view, options.flavors[view.system.environment]);
    const lines = refusals.map((r) => `- ${codeSpan(r.name)}：${inlineText(r.why[lang])}`);
    if (changes.length === 0) {
      notes.set(key, [
        zh
          ? "没有起草 PR：这些不一致不能写成把云上状态接受进仓库的申请。请用发放流程重新应用仓库（把云改回去）。"
          : "No draft PR: this drift cannot be written as an application that accepts the cloud's state. Re-apply the repository through the provisioning pipeline (this reverts the cloud).",
        ...lines,
      ]);
      continue;
    }
    const draft = options.draft({ view, changes, today: options.today, calendar: options.calendar });
    notes.set(key, [
      zh
        ? `已起草变更申请 ${codeSpan(draft.file)}（机器人的分支 ${codeSpan(`govcloud-bot/${key}`)}）：合并它就是把云上的状态接受进仓库。`
        : `A change application ${codeSpan(draft.file)} is drafted (bot branch ${codeSpan(`govcloud-bot/${key}`)}): merging it accepts the cloud's state into the repository.`,
      ...(lines.length > 0
        ? [zh ? "申请写不出、没有起草的：" : "Not drafted (an application cannot express it):", ...lines]
        : []),
    ]);
    const systemName = view.system.name;
    const unitName = view.unit?.name;
    findings.push({
      key,
      check: driftCheck,
      unit: s.unit,
      ...(unitName ? { unitName } : {}),
      system: s.system,
      systemName,
      title: zh
        ? `云上的配置与仓库不同：${systemName} ${changes.map((c) => c.resource.id).join("、")}`
        : `The cloud differs from the repository: ${systemName} ${changes.map((c) => c.resource.id).join(", ")}`,
      message: changes.flatMap((c) => c.evidence.map((e) => e[lang])).join(zh ? "；" : "; "),
      action: zh
        ? "两种解决办法选一种：接受云上的状态——使用单位核对、补全这份变更申请（扩容须补测算报告与利用率证据）后提交；或者改回仓库的配置——用发放流程重新应用仓库（会把云改回去，主机调整规格时重启），然后关闭这个 PR。"
        : "Settle it one of two ways: accept the cloud's state — the unit checks and completes this change application (a scale-up needs its estimate and utilization evidence) and submits it; or revert the cloud — re-apply the repository through the provisioning pipeline (a resize reboots the host), then close this PR.",
      draft: {
        type: draft.type,
        file: draft.file,
        yaml: draft.yaml,
        confirm: draft.confirm.map((c) => c[lang]),
      },
    });
  }
  return { findings, notes };
}
