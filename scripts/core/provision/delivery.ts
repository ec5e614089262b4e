import yaml from "js-yaml";
import type { Catalog } from "../catalog/types.ts";
import { formatCitation } from "../finding.ts";
import { codeSpan, inlineText } from "../markup.ts";
import type { Application, Delivery, ResourceConfig, System, Unit } from "../model.ts";
import { kindName, type Profile } from "../profile.ts";
import { describeConfig } from "../report/summary.ts";
import type { ResourceState, SystemState } from "../state/fold.ts";
import type { OutputInstance, StackOutputs } from "./outputs.ts";
import type { ProvisionPart } from "./profile.ts";
import { manualReason } from "./services.ts";

/**
 * 交付记录（requests/<单位>/<系统>/deliveries/<序号>.yaml）：由 stack 输出或勾选的交付清单写出，
 * 再加第25条的交付通知（IP、主机名、配置）。纯函数；读写文件在命令行层。
 */

type DeliveredResource = NonNullable<Delivery["resources"]>[number];
type DeliveredInstance = NonNullable<DeliveredResource["instances"]>[number];

/** 交付记录的路径：序号补足 4 位，与申请文件名的序号一致。 */
export const deliveryPath = (unit: string, system: string, application: number): string =>
  `requests/${unit}/${system}/deliveries/${String(application).padStart(4, "0")}.yaml`;

/** 一份申请涉及、由 OpenStack 发放的资源标识（新增、测试资源的资源；变更的资源）。 */
export function provisionedBy(application: Application, catalog: Catalog, part?: ProvisionPart): string[] {
  const ids =
    application.type === "new" || application.type === "test"
      ? application.resources.map((r) => ({ id: r.id, service: r.service }))
      : [];
  return ids
    .filter((r) => !manualReason(catalog.serviceById.get(r.service), r.service, part))
    .map((r) => r.id);
}

const ipv4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;

function deliveredInstance(i: OutputInstance): DeliveredInstance {
  return {
    name: i.name,
    ...(i.hostname ? { hostname: i.hostname } : {}),
    ...(i.ip && ipv4.test(i.ip) ? { ip: i.ip } : {}),
    ...(i.floatingIp && ipv4.test(i.floatingIp) ? { floatingIp: i.floatingIp } : {}),
    ...(i.cloudId ? { cloudId: i.cloudId } : {}),
  };
}

/** 交付记录接受的配置字段（schemas/<profile>/delivery.schema.json 的 config）。 */
const deliveredConfigFields = ["vcpu", "memoryGB", "systemDisk", "dataDisks", "capacityGB"] as const;

function deliveredConfig(config: ResourceConfig | undefined): ResourceConfig | undefined {
  if (!config) return undefined;
  const out: ResourceConfig = {};
  for (const k of deliveredConfigFields) if (config[k] !== undefined) Object.assign(out, { [k]: config[k] });
  return Object.keys(out).length > 0 ? out : undefined;
}

export interface DeliveryFromOutputs {
  delivery: Delivery;
  /** 申请中由 OpenStack 发放、却不在 stack 输出里的资源（pulumi up 没有建出它们？） */
  missing: string[];
}

/**
 * stack 输出 → 一份申请的交付记录。新增、测试资源：每个由 OpenStack 发放的资源写出实例（逻辑名、主机名、IP、
 * 弹性IP、云上 ID）与访问地址；变更：写出变更后的实例与云上实际的配置；撤销、端口、续期：只有交付日期。
 */
export function deliveryFromOutputs(args: {
  application: Application;
  outputs: StackOutputs;
  date: string;
  catalog: Catalog;
  /** profile 的发放部分（没有时用引擎的默认） */
  provision?: ProvisionPart;
}): DeliveryFromOutputs {
  const { application, outputs, catalog } = args;
  const resources: DeliveredResource[] = [];
  const missing: string[] = [];
  const ids =
    application.type === "change"
      ? application.changes.map((c) => c.resource).filter((id) => outputs.resources[id] !== undefined)
      : provisionedBy(application, catalog, args.provision);
  for (const id of ids) {
    const out = outputs.resources[id];
    if (!out) {
      missing.push(id);
      continue;
    }
    const config = application.type === "change" ? deliveredConfig(out.config) : undefined;
    resources.push({
      id,
      ...(out.instances.length > 0 ? { instances: out.instances.map(deliveredInstance) } : {}),
      ...(config ? { config } : {}),
      ...(out.endpoint ? { endpoint: out.endpoint } : {}),
    });
  }
  return {
    delivery: {
      kind: "delivery",
      profile: application.profile,
      application: application.sequence,
      date: args.date,
      ...(resources.length > 0 ? { resources } : {}),
    },
    missing,
  };
}

/** 交付记录写明了转生产（production.date），云上却还在测试区（zone 不是 production）：待发放的转生产（淮北第14条）。 */
export const pendingMove = (d: Delivery): boolean => d.production !== undefined && d.zone !== "production";

/**
 * 有测试区与生产区之分的规范（ProvisionPart.move；淮北第13、14条）：这次发放（pulumi up 按期望状态）之后，
 * 申请的资源所在的区——已定下转生产（交付记录的 production.date）或已在生产区的是 production，否则 test
 * （第13条：先开通测试区）。没有这种区分、或申请不涉及资源时 undefined（交付记录不写 zone）。
 */
export function zoneAfterProvision(
  touched: readonly ResourceState[],
  part: ProvisionPart | undefined,
): Delivery["zone"] | undefined {
  if (!part?.move || touched.length === 0) return undefined;
  return touched.some((r) => r.productionOn !== undefined || r.deliveredZone === "production")
    ? "production"
    : "test";
}

/**
 * 与已有的交付记录合并（同一份申请可能先由 Pulumi、后由交付清单交付）：资源按标识替换或追加，
 * 日期取较晚的一次（交付在最后一项完成时才算完成）。人工补上的转生产、割接与三方确认保留；
 * 区取这次的（没有时取已有的）。转生产的那次发放不改交付日期（临时资源的期限从交付日起算，第18条）。
 */
export function mergeDelivery(existing: Delivery | undefined, next: Delivery): Delivery {
  if (!existing) return next;
  const byId = new Map((existing.resources ?? []).map((r) => [r.id, r]));
  for (const r of next.resources ?? []) byId.set(r.id, r);
  const resources = [...byId.values()];
  const remark = next.remark ?? existing.remark;
  const zone = next.zone ?? existing.zone;
  const moved = pendingMove(existing) && zone === "production";
  return {
    kind: "delivery",
    profile: existing.profile,
    application: existing.application,
    date: moved ? existing.date : ([existing.date, next.date].sort()[1] as string),
    ...(zone ? { zone } : {}),
    ...(existing.production ? { production: existing.production } : {}),
    ...(existing.cutover ? { cutover: existing.cutover } : {}),
    ...(existing.confirmation ? { confirmation: existing.confirmation } : {}),
    ...(resources.length > 0 ? { resources } : {}),
    ...(remark ? { remark } : {}),
  };
}

/**
 * 交付记录的 YAML：首行是编辑器用的 schema 注释；实例写成一行一台。schemaDir 是仓库所用 schema 的目录，
 * 相对仓库根目录（默认 schemas/<profile>；--root 的仓库可能用本工具的，见 cli/new.ts）。
 */
export function deliveryYaml(delivery: Delivery, schemaDir = `schemas/${delivery.profile}`): string {
  const body = yaml.dump(delivery, { schema: yaml.CORE_SCHEMA, flowLevel: 4, lineWidth: -1, noRefs: true });
  return [
    `# yaml-language-server: $schema=../../../../${schemaDir}/delivery.schema.json`,
    `# 交付记录：申请 ${delivery.application} 的发放结果（第24、25条），由发放流水线写入，人工不改`,
    body,
  ].join("\n");
}

const cell = (s: string | undefined) => (s ? inlineText(s) : "—");

/**
 * 交付通知（深圳：第25条）：流程结束，向使用单位发送 IP、主机名、配置等云服务信息。这里生成通知正文
 * （Markdown），由流水线作为 PR 评论发出，也可转成邮件、短信。`state` 是叠加了这份交付记录之后的系统状态；
 * 依据的条款、规范全称与申请种类的名称取自 `profile`。
 */
export function renderNotification(args: {
  unit: Unit;
  registration: System;
  application: Application;
  delivery: Delivery;
  state: SystemState;
  catalog: Catalog;
  /** 申请所属的规范 */
  profile: Profile;
  /** 尚待人工交付的资源（交付清单中未勾选的） */
  pendingManual?: readonly string[];
}): string {
  const { unit, registration, application, delivery, state, catalog, profile } = args;
  const basis = formatCitation({ profile: profile.id, ...profile.delivery.notice });
  const out: string[] = [];
  out.push(`## 云服务交付通知（${basis}）`, "");
  out.push(`${cell(unit.name)}：`, "");
  out.push(
    `贵单位“${cell(registration.name)}”第 ${application.sequence} 号申请（${kindName(profile, application.type, "zh")}，申请日期 ${application.date}）已于 ${delivery.date} 交付。` +
      `按《${profile.title.zh}》${basis}，现将 IP、主机名与配置告知如下。`,
    "",
  );
  const rows: string[][] = [];
  for (const r of delivery.resources ?? []) {
    const inService = state.resources.get(r.id);
    const service = catalog.serviceById.get(inService?.service ?? "")?.name ?? inService?.service ?? "";
    const config = inService ? describeConfig(inService.config, catalog.profile.diskTiers) : "";
    const instances = r.instances && r.instances.length > 0 ? r.instances : [{ name: r.id }];
    for (const i of instances as DeliveredInstance[])
      rows.push([
        r.id,
        service || "—",
        i.name,
        cell(i.hostname),
        cell(i.ip),
        cell(i.floatingIp),
        cell([config, r.endpoint ? `访问地址 ${r.endpoint}` : ""].filter(Boolean).join("；")),
      ]);
  }
  if (rows.length > 0) {
    out.push(
      "| 资源 | 服务 | 实例 | 主机名 | IP | 弹性IP/政务外网IP | 配置 |",
      "| --- | --- | --- | --- | --- | --- | --- |",
    );
    for (const row of rows) out.push(`| ${row.map((c, i) => (i < 3 ? inlineText(c) : c)).join(" | ")} |`);
    out.push("");
  } else {
    const what =
      application.type === "revoke"
        ? "所撤销的资源已回收。"
        : application.type === "ports"
          ? "端口策略已按申请生效。"
          : application.type === "test-renewal"
            ? "测试资源已续期。"
            : "本次交付不涉及新的 IP 或主机。";
    out.push(what, "");
  }
  if (args.pendingManual && args.pendingManual.length > 0)
    out.push(
      `尚待人工开通：${args.pendingManual.map(codeSpan).join("、")}（提供商工程师开通后另行通知）。`,
      "",
    );
  return `${out.join("\n").trimEnd()}\n`;
}
