import type { Catalog } from "../catalog/types.ts";
import type { Application, Delivery, Loaded, PortRule, System } from "../model.ts";
import { describeConfig } from "../report/summary.ts";
import { apply, deliver, emptyState, type ResourceState, type SystemState } from "../state/fold.ts";
import { text } from "../text.ts";
import { citationLabel, defaultProvision, engineEntry } from "./binding.ts";
import { addressSlug, stackName, urnFor } from "./naming.ts";
import type { ProvisionPart, SpecView } from "./profile.ts";
import { internalGroup, quantityOf } from "./services/common.ts";
import type { SpecContext, SpecSink } from "./services/types.ts";
import { manualReason, packagesOf, quantityLabel } from "./services.ts";
import type {
  DesiredSystem,
  InstanceSpec,
  ManualItem,
  Move,
  NetworkRef,
  PlanNote,
  PlannedChange,
  Refusal,
  Release,
  ResourceSpec,
  SecurityGroupRuleSpec,
  Tier,
} from "./types.ts";

/** 期望状态的输入：一个系统的登记、已合并的申请与交付记录、服务目录。全是数据。 */
export interface ProvisionInput {
  unit: string;
  system: string;
  registration: System;
  applications: readonly Loaded<Application>[];
  deliveries: readonly Loaded<Delivery>[];
  /** 全部申请与交付记录折叠后的当前状态（state/fold.ts 的 current） */
  current: SystemState;
  catalog: Catalog;
  /** 本系统中有加载或 schema 错误的文件：它们不在状态里，缺了的申请会被当成删除，所以拒绝发放 */
  broken?: readonly string[];
  /** profile 的发放部分（服务映射、站点、网络）；没有时用引擎的默认 */
  provision?: ProvisionPart;
}

export { internalGroup } from "./services/common.ts";
export { prefixLength } from "./services/subnet.ts";

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** 端口策略的端口：单个、列表或范围 → 若干 [起, 止]；ICMP 没有端口。 */
export function portRanges(rule: PortRule): [number, number][] {
  if (rule.protocol === "icmp" || rule.ports === undefined) return [];
  if (typeof rule.ports === "number") return [[rule.ports, rule.ports]];
  if (Array.isArray(rule.ports)) return [...new Set(rule.ports)].sort((a, b) => a - b).map((p) => [p, p]);
  const [from, to] = rule.ports.split("-").map(Number) as [number, number];
  return [[Math.min(from, to), Math.max(from, to)]];
}

const isIpv6 = (s: string) => s.includes(":");

interface SpecsResult {
  specs: ResourceSpec[];
  notes: PlanNote[];
  refusals: Refusal[];
  manual: ManualItem[];
}

/**
 * 一个状态下的全部规格（不看历史）：网络位置 → 系统内互通安全组 → 每个资源查服务表（services/registry.ts）
 * 得到它的规格，人工开通的服务进清单 → 端口策略落到安全组 → 逻辑名唯一。
 */
export function specsOf(
  state: SystemState,
  catalog: Catalog,
  part: ProvisionPart = defaultProvision,
  view: SpecView = "desired",
): SpecsResult {
  const out: SpecSink = { specs: [], notes: [], refusals: [] };
  const manual: ManualItem[] = [];
  const resources = [...state.resources.values()].sort(byId);
  const ctx = specContext({ state, catalog, part, view }, resources, out);
  if (resources.some((r) => ctx.entry(r.service)?.internal && ctx.openstack(r))) internalGroupSpecs(out);
  for (const r of resources) {
    const service = catalog.serviceById.get(r.service);
    const reason = manualReason(service, r.service, part);
    if (reason) {
      manual.push({
        resource: r.id,
        service: r.service,
        serviceName: service?.name ?? r.service,
        quantity: quantityLabel(catalog, r.service, r.config.quantity),
        config: describeConfig(r.config, catalog.profile.diskTiers),
        packages: packagesOf(catalog, r.service, r.config),
        reason,
      });
      continue;
    }
    ctx.entry(r.service)?.specs(r, ctx, out);
  }
  portRuleSpecs(state, resources, ctx, out);
  nameCollisions(out);
  return { ...out, manual };
}

/**
 * 规格推导的上下文；网络位置：系统申请了恰好一个子网时放在它里面，否则用站点为该云环境配置的网络
 * （profile 给出网络键时是站点配置中那个键的网络）。
 */
function specContext(
  {
    state,
    catalog,
    part,
    view,
  }: { state: SystemState; catalog: Catalog; part: ProvisionPart; view: SpecView },
  resources: readonly ResourceState[],
  out: SpecSink,
): SpecContext {
  const engineOf = (r: ResourceState) => part.services[r.service]?.engine;
  const subnets = resources.filter((r) => engineOf(r) === "subnet");
  const vpcs = resources.filter((r) => engineOf(r) === "vpc");
  const vpcNetwork = vpcs[0] ? `${vpcs[0].id}-1` : undefined;
  let network: NetworkRef = { kind: "site" };
  if (subnets.length === 1 && quantityOf(subnets[0] as ResourceState) === 1) {
    const s = subnets[0] as ResourceState;
    network = { kind: "subnet", subnet: `${s.id}-1`, network: vpcNetwork ?? "site" };
  } else if (subnets.length > 0)
    out.notes.push({
      message: text(
        "系统申请了多个子网：主机与负载均衡放在站点配置的网络中，子网照样创建，请提供商工程师按需调整。",
        "The system has several subnets: hosts and load balancers go into the site network; the subnets are still created.",
      ),
    });
  return {
    state,
    catalog,
    network,
    vpcNetwork,
    openstack: (r) => !manualReason(catalog.serviceById.get(r.service), r.service, part),
    entry: (service) => engineEntry(part, service),
    networkFor: (r) => {
      if (network.kind !== "site" || !part.networkOf) return network;
      const name = part.networkOf(r, view);
      return name === undefined ? network : { kind: "site", name };
    },
    poolFor: (r) => part.services[r.service]?.pool,
  };
}

/** 系统内互通的安全组与它的自引用规则（系统有主机或负载均衡时）。 */
function internalGroupSpecs(out: SpecSink): void {
  out.specs.push({
    kind: "security-group",
    name: internalGroup,
    protect: false,
    description: "govcloud: 系统内互通",
  });
  out.specs.push({
    kind: "security-group-rule",
    name: `${internalGroup}-in-any-self`,
    protect: false,
    group: internalGroup,
    direction: "ingress",
    ethertype: "IPv4",
    protocol: "any",
    remote: { group: internalGroup },
  });
}

/** 端口开放申请批准的策略 → 目的资源安全组的入方向规则（服务条目另加的，如负载均衡的监听器）。 */
function portRuleSpecs(
  state: SystemState,
  resources: readonly ResourceState[],
  ctx: SpecContext,
  out: SpecSink,
): void {
  const seen = new Set<string>();
  const claim = (name: string): boolean => {
    if (seen.has(name)) return false;
    seen.add(name);
    return true;
  };
  const groupsOf = (r: ResourceState): string[] => ctx.entry(r.service)?.securityGroups?.(r) ?? [];
  for (const { rule, openedBy } of state.ports) {
    let target = state.resources.get(rule.destination);
    if (!target)
      target = resources.find((r) =>
        r.instances.some((i) => i.ip === rule.destination || i.floatingIp === rule.destination),
      );
    const groups = target && ctx.openstack(target) ? groupsOf(target) : [];
    if (!target || groups.length === 0) {
      out.notes.push(unplacedRule(rule, openedBy, target));
      continue;
    }
    const sourceResource = state.resources.get(rule.source);
    const sourceGroups = sourceResource ? groupsOf(sourceResource) : [];
    const remote: SecurityGroupRuleSpec["remote"] =
      sourceGroups[0] !== undefined
        ? { group: sourceGroups[0] }
        : rule.source === "any"
          ? { cidr: "0.0.0.0/0" }
          : {
              cidr: rule.source.includes("/")
                ? rule.source
                : `${rule.source}/${isIpv6(rule.source) ? 128 : 32}`,
            };
    const sourceSlug =
      sourceGroups[0] !== undefined ? rule.source : rule.source === "any" ? "any" : addressSlug(rule.source);
    const ranges: ([number, number] | undefined)[] =
      rule.protocol === "icmp" ? [undefined] : portRanges(rule);
    const extra = ctx.entry(target.service)?.portRuleSpecs;
    for (const group of groups)
      for (const span of ranges) {
        const ports = span ? (span[0] === span[1] ? `${span[0]}` : `${span[0]}-${span[1]}`) : "";
        const name = `${group}-in-${rule.protocol}${ports ? `-${ports}` : ""}-${sourceSlug}`;
        if (!claim(name)) continue;
        out.specs.push({
          kind: "security-group-rule",
          name,
          resource: target.id,
          protect: false,
          group,
          direction: "ingress",
          ethertype: isIpv6(rule.source) ? "IPv6" : "IPv4",
          protocol: rule.protocol,
          ...(span ? { portMin: span[0], portMax: span[1] } : {}),
          remote,
          openedBy,
        });
        if (extra && span && span[0] === span[1] && rule.protocol !== "icmp")
          out.specs.push(...extra(target, { protocol: rule.protocol, port: span[0] }, claim));
      }
  }
}

/** 端口策略没有落到安全组的提醒。 */
function unplacedRule(rule: PortRule, openedBy: number, target: ResourceState | undefined): PlanNote {
  return {
    ...(target ? { resource: target.id } : {}),
    message: target
      ? text(
          `端口策略（申请 ${openedBy}）的目的 ${rule.destination} 是 ${target.service}，没有安全组：这条策略须由提供商工程师在对应服务上人工放行。`,
          `The port rule of application ${openedBy} targets ${rule.destination} (${target.service}), which has no security group: open it by hand.`,
        )
      : text(
          `端口策略（申请 ${openedBy}）的目的 ${rule.destination} 不是本系统在用资源的标识或已交付的 IP：这条策略没有落到安全组。`,
          `The port rule of application ${openedBy} targets ${rule.destination}, neither a resource in service nor a delivered IP: no security group rule.`,
        ),
  };
}

/** 逻辑名须在系统内唯一（资源标识由申请人取，理论上可能拼出相同的名字）。 */
function nameCollisions(out: SpecSink): void {
  const names = new Map<string, ResourceSpec>();
  for (const s of out.specs) {
    const other = names.get(s.name);
    if (other && other.kind === s.kind)
      out.refusals.push({
        code: "name-collision",
        ...(s.resource ? { resource: s.resource } : {}),
        message: text(
          `逻辑名 ${s.name} 同时出自 ${other.resource ?? "系统"} 与 ${s.resource ?? "系统"}：请在新的申请中换一个资源标识。`,
          `Logical name ${s.name} comes from both ${other.resource ?? "the system"} and ${s.resource ?? "the system"}.`,
        ),
      });
    names.set(s.name, s);
  }
}

const sized = (s: ResourceSpec): number | undefined =>
  s.kind === "volume" || s.kind === "share" ? s.sizeGB : undefined;

/**
 * 一个系统的期望状态：当前状态的规格，加上对照历史的检查——
 * - 磁盘与文件存储不能缩小（与交付过的最大容量比），也不能换磁盘类型（Cinder 换类型要迁移数据）；
 * - 交付过的、承载数据的资源不在期望状态中时，须有尚未交付的撤销申请写明数据情况（解除保护），否则拒绝；
 * - 与最近一次交付相比要做的事（新建、调整规格、扩容、删除）。
 */
export function desiredSystem(input: ProvisionInput): DesiredSystem {
  const { catalog, current } = input;
  const part = input.provision ?? defaultProvision;
  const stack = stackName(input.unit, input.system);
  const result = specsOf(current, catalog, part);
  const history = deliveredHistory(input, part);
  const { releases, released } = releasesOf(current, history, catalog, stack);
  const deliveredSpecs =
    history.last === undefined ? [] : specsOf(history.state, catalog, part, "delivered").specs;
  const site = part.siteOf(input.registration);
  const changes = plannedChanges(deliveredSpecs, result.specs, released);
  const refusals = [
    ...(site === undefined ? [noSite(part)] : []),
    ...result.refusals,
    ...brokenHistory(input.broken ?? []),
    ...resizeRefusals(result.specs, history),
    ...removalRefusals(deliveredSpecs, result.specs, released, current),
  ];
  const notes = [...result.notes, ...moveNotes(changes, part)];
  const moves = movesOf(changes, result.specs, stack);
  if (history.last === undefined && result.specs.length > 0)
    notes.push({
      message: text(
        "本系统还没有交付记录：全部资源都将新建。已在云上手工交付过的资源请先 pulumi import，免得重复创建。",
        "No delivery record yet: every resource will be created. Import resources delivered by hand first (pulumi import).",
      ),
    });
  return {
    unit: input.unit,
    system: input.system,
    systemName: input.registration.name,
    stack,
    cloud: site ?? part.sites[0] ?? "x86",
    services: Object.fromEntries([...current.resources.values()].sort(byId).map((r) => [r.id, r.service])),
    ...enginesOf(current, part),
    specs: result.specs,
    manual: result.manual,
    releases,
    refusals,
    notes,
    changes,
    ...(moves.length > 0 ? { moves } : {}),
    ...(history.last !== undefined ? { lastDelivered: history.last } : {}),
  };
}

/** 登记里没有决定站点的字段：不知道发放到哪个云，拒绝。 */
function noSite(part: ProvisionPart): Refusal {
  return {
    code: "no-site",
    message: text(
      `系统登记（system.yaml）没有 ${part.siteField}：不知道发放到哪个站点。请在登记中写明 ${part.siteField}（可选 ${part.sites.join("、")}）。`,
      `The system registration (system.yaml) has no ${part.siteField}: no site to provision to. Add ${part.siteField} (one of ${part.sites.join(", ")}).`,
    ),
  };
}

/** 服务 id 与引擎条目不同的资源：资源标识 → 引擎条目（Pulumi 程序按它找交付的实例）；都相同时不输出。 */
function enginesOf(current: SystemState, part: ProvisionPart): { engines?: Record<string, string> } {
  const engines: Record<string, string> = {};
  let differs = false;
  for (const r of [...current.resources.values()].sort(byId)) {
    const engine = part.services[r.service]?.engine;
    if (engine === undefined) continue;
    engines[r.id] = engine;
    if (engine !== r.service) differs = true;
  }
  return differs ? { engines } : {};
}

/** 网络位置改变（测试区转生产区）：计划内的变更，说明依据与卷保留。 */
function moveNotes(changes: readonly PlannedChange[], part: ProvisionPart): PlanNote[] {
  const moved = [...new Set(changes.filter((c) => c.action === "move").map((c) => c.resource ?? c.name))];
  if (moved.length === 0) return [];
  const why = part.move ? `（${citationLabel(part.move)}）` : "";
  return [
    {
      message: text(
        `${moved.join("、")} 改接到新的网络${why}：这是计划内的变更，只动网卡（端口）、主机实例与卷的挂载；系统盘与数据盘是独立的受保护资源，保留并重新挂载，不重建，数据不动。主机实例在 pulumi up 之前解除保护（moves），之后重新保护。`,
        `${moved.join(", ")} move to another network${why}: a planned change of ports, host instances and volume attachments only; system and data volumes are separate protected resources, kept and re-attached, never rebuilt. The host instances are unprotected before pulumi up (moves) and protected again by it.`,
      ),
    },
  ];
}

/** 本系统有加载或 schema 错误的文件时拒绝：缺了的申请会被当成删除。 */
function brokenHistory(broken: readonly string[]): Refusal[] {
  if (broken.length === 0) return [];
  return [
    {
      code: "broken-history",
      message: text(
        `本系统的 ${broken.join("、")} 有加载或 schema 错误，不在系统状态中：缺了的申请会被当成删除，所以不生成期望状态。请先改正（govcloud validate）。`,
        `${broken.join(", ")} of this system failed to load or validate: refusing to provision, since a missing application would look like a deletion.`,
      ),
    },
  ];
}

/** 交付过的历史：只折叠有交付记录的申请，得到云上“应当已经是”的状态；沿途记下每个卷交付过的最大容量与类型。 */
interface DeliveredHistory {
  /** 全部申请（按序号） */
  applications: Application[];
  /** 有交付记录的申请序号 */
  delivered: ReadonlySet<number>;
  state: SystemState;
  /** 最近一次有交付记录的申请序号 */
  last?: number;
  maxSize: ReadonlyMap<string, number>;
  tierOf: ReadonlyMap<string, Tier>;
}

function deliveredHistory(input: ProvisionInput, part: ProvisionPart): DeliveredHistory {
  const applications = [...input.applications]
    .sort((a, b) => a.data.sequence - b.data.sequence)
    .map((a) => a.data);
  const deliveryOf = new Map(input.deliveries.map((d) => [d.data.application, d.data]));
  let state: SystemState = emptyState;
  let last: number | undefined;
  const maxSize = new Map<string, number>();
  const tierOf = new Map<string, Tier>();
  for (const app of applications) {
    const d = deliveryOf.get(app.sequence);
    if (!d) continue;
    state = deliver(apply(state, app), app, d);
    last = app.sequence;
    for (const s of specsOf(state, input.catalog, part, "delivered").specs) {
      const size = sized(s);
      if (size !== undefined) maxSize.set(s.name, Math.max(maxSize.get(s.name) ?? 0, size));
      if (s.kind === "volume") tierOf.set(s.name, s.tier);
    }
  }
  return {
    applications,
    delivered: new Set(deliveryOf.keys()),
    state,
    ...(last !== undefined ? { last } : {}),
    maxSize,
    tierOf,
  };
}

/** 缩小交付过的磁盘或文件存储、换磁盘类型：拒绝，指出最近一次变更它的申请。 */
function resizeRefusals(specs: readonly ResourceSpec[], history: DeliveredHistory): Refusal[] {
  const lastChange = (resource: string | undefined) =>
    history.applications
      .filter((a) => a.type === "change" && a.changes.some((c) => c.resource === resource))
      .pop()?.sequence;
  const refusals: Refusal[] = [];
  for (const s of specs) {
    const size = sized(s);
    const max = history.maxSize.get(s.name);
    const application = lastChange(s.resource);
    const where = {
      ...(s.resource ? { resource: s.resource } : {}),
      ...(application !== undefined ? { application } : {}),
    };
    if (size !== undefined && max !== undefined && size < max)
      refusals.push({
        code: "shrink",
        ...where,
        message: text(
          `${s.name} 交付时为 ${max} GB，期望状态是 ${size} GB：磁盘和文件存储只能扩容，不能缩小（缩小要新建再迁移数据，发放不会替你删除数据）。请提交变更申请把容量改回不小于 ${max} GB；确需缩小的，先新增一块小盘迁移数据，再撤销原盘。`,
          `${s.name} was delivered with ${max} GB; the desired state has ${size} GB. Disks and file shares can only grow. File a change back to at least ${max} GB.`,
        ),
      });
    const tier = history.tierOf.get(s.name);
    if (s.kind === "volume" && tier !== undefined && tier !== s.tier)
      refusals.push({
        code: "tier-change",
        ...where,
        message: text(
          `${s.name} 交付时是 ${tier}，期望状态是 ${s.tier}：换磁盘类型要迁移数据，不能自动完成。请保持原类型；需要更高 IO 的，新增一块盘迁移数据后撤销原盘。`,
          `${s.name} was delivered as ${tier}; the desired state has ${s.tier}. Changing a disk type needs a data migration and is not done automatically.`,
        ),
      });
  }
  return refusals;
}

/** 撤销：尚未交付的撤销申请写明了数据情况的，解除保护（承载数据却写“不涉及数据”的不解除，作为删除拒绝）。 */
function releasesOf(
  current: SystemState,
  history: DeliveredHistory,
  catalog: Catalog,
  stack: string,
): { releases: Release[]; released: ReadonlySet<string> } {
  const releases: Release[] = [];
  const released = new Set<string>();
  for (const rv of [...current.revoked.values()].sort((a, b) => byId(a.resource, b.resource))) {
    if (history.delivered.has(rv.revokedBy)) continue;
    const app = history.applications.find((a) => a.sequence === rv.revokedBy);
    const revocation =
      app?.type === "revoke" ? app.revocations.find((x) => x.resource === rv.resource.id) : undefined;
    if (!revocation) continue;
    const holds = catalog.serviceById.get(rv.resource.service)?.holdsData === true;
    const alone: SystemState = { ...emptyState, resources: new Map([[rv.resource.id, rv.resource]]) };
    const protectedSpecs = specsOf(alone, catalog).specs.filter(
      (s) => s.resource === rv.resource.id && s.protect,
    );
    const names = protectedSpecs.map((s) => s.name);
    if (names.length === 0) continue;
    if (holds && revocation.dataBackup === "no-data") continue; // 作为“未说明数据就删除”拒绝
    for (const n of names) released.add(n);
    releases.push({
      resource: rv.resource.id,
      service: rv.resource.service,
      revokedBy: rv.revokedBy,
      dataBackup: revocation.dataBackup,
      names,
      urns: protectedSpecs.map((s) => urnFor(stack, s)),
    });
  }
  return { releases, released };
}

/** 交付过的、承载数据的资源不在期望状态中，也没有解除保护：拒绝（发放不删除数据）。 */
function removalRefusals(
  deliveredSpecs: readonly ResourceSpec[],
  specs: readonly ResourceSpec[],
  released: ReadonlySet<string>,
  current: SystemState,
): Refusal[] {
  const desiredNames = new Set(specs.map((s) => s.name));
  const refusals: Refusal[] = [];
  for (const s of deliveredSpecs) {
    if (!s.protect || desiredNames.has(s.name) || released.has(s.name)) continue;
    const stillInService = s.resource !== undefined && current.resources.has(s.resource);
    refusals.push({
      code: stillInService ? "data-disk-removed" : "removed-without-revocation",
      ...(s.resource ? { resource: s.resource } : {}),
      message: stillInService
        ? text(
            `${s.name} 已交付、承载数据，但期望状态里没有它（变更减少了台数或数据盘）：变更申请不能删除承载数据的资源。请提交变更申请恢复，或提交撤销申请并写明数据已备份或无需备份。`,
            `${s.name} was delivered and holds data but is missing from the desired state (a change reduced hosts or data disks). A change cannot delete data; restore it or revoke with a data statement.`,
          )
        : text(
            `${s.name} 已交付、承载数据，但期望状态里没有它，也没有写明数据已备份或无需备份的撤销申请：发放不会删除它。请提交撤销申请，写明 dataBackup。`,
            `${s.name} was delivered and holds data, but no revocation with a data statement names it: it will not be deleted.`,
          ),
    });
  }
  return refusals;
}

const json = (s: ResourceSpec) => JSON.stringify(s);

/**
 * 网卡换了网络的主机：Nova 不能给实例换网卡的网络，要新建实例——从原来的系统盘启动，数据盘重新挂载；
 * 卷是独立的受保护资源，不变。
 */
function movedInstances(changes: readonly PlannedChange[], after: readonly ResourceSpec[]): PlannedChange[] {
  const movedPorts = new Set(
    changes.filter((c) => c.action === "move" && c.kind === "port").map((c) => c.name),
  );
  return after
    .filter((s): s is InstanceSpec => s.kind === "instance" && movedPorts.has(s.port))
    .map((s) => ({
      name: s.name,
      kind: s.kind,
      ...(s.resource ? { resource: s.resource } : {}),
      action: "move" as const,
      detail: text(
        `网卡 ${s.port} 换网络：新建实例，从原系统盘 ${s.systemVolume} 启动，数据盘重新挂载；卷不重建`,
        `port ${s.port} changes network: a new instance boots from the same system volume ${s.systemVolume}; data volumes are re-attached, never rebuilt`,
      ),
    }));
}

/** 要改接网络的主机（受保护）：发放流水线在 pulumi up 之前解除它们的保护，up 之后程序重新保护。卷不在其中。 */
function movesOf(changes: readonly PlannedChange[], specs: readonly ResourceSpec[], stack: string): Move[] {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const moves = new Map<string, Move>();
  for (const c of changes) {
    const s = byName.get(c.name);
    if (c.action !== "move" || c.kind !== "instance" || !s?.protect || c.resource === undefined) continue;
    const m = moves.get(c.resource) ?? { resource: c.resource, names: [], urns: [] };
    m.names.push(s.name);
    m.urns.push(urnFor(stack, s));
    moves.set(c.resource, m);
  }
  return [...moves.values()];
}

/** 网卡或负载均衡的网络位置的写法：子网名、站点网络键或 site。 */
const networkKey = (s: { network: NetworkRef }): string =>
  s.network.kind === "subnet" ? s.network.subnet : (s.network.name ?? "site");

/** 与最近一次交付的规格相比，这次要做的事。 */
export function plannedChanges(
  before: readonly ResourceSpec[],
  after: readonly ResourceSpec[],
  released: ReadonlySet<string>,
): PlannedChange[] {
  const old = new Map(before.map((s) => [s.name, s]));
  const out: PlannedChange[] = [];
  const base = (s: ResourceSpec) => ({
    name: s.name,
    kind: s.kind,
    ...(s.resource ? { resource: s.resource } : {}),
  });
  for (const s of after) {
    const o = old.get(s.name);
    if (!o) {
      out.push({ ...base(s), action: "create" });
      continue;
    }
    if (json(o) === json(s)) continue;
    if (s.kind === "instance" && o.kind === "instance" && o.flavor !== s.flavor)
      out.push({
        ...base(s),
        action: "resize",
        detail: text(
          `规格 ${o.flavor} → ${s.flavor}（${o.vcpu}核${o.memoryGB}GB → ${s.vcpu}核${s.memoryGB}GB，调整规格时主机重启）`,
          `flavor ${o.flavor} → ${s.flavor} (the host reboots)`,
        ),
      });
    else if (
      (s.kind === "port" || s.kind === "load-balancer") &&
      o.kind === s.kind &&
      networkKey(o) !== networkKey(s)
    )
      out.push({
        ...base(s),
        action: "move",
        detail: text(
          `网络 ${networkKey(o)} → ${networkKey(s)}`,
          `network ${networkKey(o)} → ${networkKey(s)}`,
        ),
      });
    else if (
      (s.kind === "volume" || s.kind === "share") &&
      (o.kind === "volume" || o.kind === "share") &&
      s.sizeGB > o.sizeGB
    )
      out.push({
        ...base(s),
        action: "extend",
        detail: text(`容量 ${o.sizeGB} → ${s.sizeGB} GB`, `size ${o.sizeGB} → ${s.sizeGB} GB`),
      });
    else out.push({ ...base(s), action: "update" });
  }
  out.push(...movedInstances(out, after));
  const now = new Set(after.map((s) => s.name));
  for (const s of before)
    if (!now.has(s.name)) out.push({ ...base(s), action: released.has(s.name) ? "release" : "delete" });
  return out;
}
