import { readFileSync } from "node:fs";
import yaml from "js-yaml";
import { parseStackName } from "../scripts/core/provision/naming.ts";
import type { Cloud, DesiredSystem, Tier } from "../scripts/core/provision/types.ts";

/**
 * 一个站点在政务云上的名称（站点配置的 clouds.<站点键>；站点键由 profile 的发放部分给出，
 * 默认 x86 与 arm，见 pulumi/site.yaml；每个 profile 一个站点配置文件，如 pulumi/sites/<profile>.yaml）。不含凭据。
 */
export interface CloudSite {
  /** Keystone 目录中的区域名 */
  region: string;
  /** clouds.yaml 中的条目名；不写时提供者读 OS_* 环境变量 */
  cloud?: string;
  /** 系统没有自己的子网时，主机与负载均衡接入的网络名 */
  network: string;
  /** 网络键 → 网络名：profile 给出网络键时（如部署区域 × 测试/生产：govnet-test），主机与负载均衡接入这里的网络 */
  networks?: Record<string, string>;
  /** 系统盘的镜像名 */
  image: string;
  availabilityZone?: string;
  volumeTypes: Record<Tier, string>;
  /** 弹性IP 地址池键（govnet、public-telecom…）→ 外部网络名 */
  floatingIpPools: Record<string, string>;
  /** 规格名映射：c{vCPU}m{内存GB} → 云上的规格名 */
  flavors?: Record<string, string>;
  /** 对象存储的访问地址前缀（交付记录中桶的 endpoint = 前缀/桶名） */
  objectStorageEndpoint?: string;
  /** 文件存储（Manila）的共享网络 ID 与共享类型 */
  shareNetwork?: string;
  shareType?: string;
  /** 系统申请子网时从这个子网池分配网段（不写时须在 subnetCidrs 中给出网段） */
  subnetPool?: string;
  /** 子网逻辑名 → 网段，如 subnet-1: 10.30.1.0/26 */
  subnetCidrs?: Record<string, string>;
  /** 负载均衡的提供者（Octavia provider），如 amphora */
  loadBalancerProvider?: string;
}

export interface Site {
  clouds: Record<Cloud, CloudSite>;
}

/** 每个 stack 的配置（pulumi config）。 */
export interface StackSettings {
  unit: string;
  system: string;
  cloud: Cloud;
  namePrefix: string;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

/** 「a、b 或 c」 */
const orList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join("、")} 或 ${items.at(-1)}`;

/** 读并核对站点配置（须有 profile 的每个站点）；缺字段时抛出，指明文件与字段。 */
export function parseSite(
  source: string,
  file = "pulumi/site.yaml",
  sites: readonly Cloud[] = ["x86", "arm"],
): Site {
  const doc = yaml.load(source, { schema: yaml.CORE_SCHEMA, filename: file });
  const fail = (where: string, what: string): never => {
    throw new Error(`${file}: ${where} ${what}`);
  };
  if (!isObject(doc) || !isObject(doc.clouds))
    return fail("clouds", `缺少：应为 { ${sites.map((c) => `${c}: {...}`).join(", ")} }`);
  const clouds = doc.clouds;
  for (const cloud of sites) {
    const c = clouds[cloud];
    if (!isObject(c)) fail(`clouds.${cloud}`, "缺少");
    const site = c as Record<string, unknown>;
    for (const k of ["region", "network", "image"])
      if (typeof site[k] !== "string" || site[k] === "") fail(`clouds.${cloud}.${k}`, "应为非空字符串");
    const types = site.volumeTypes;
    if (!isObject(types)) return fail(`clouds.${cloud}.volumeTypes`, "应为 { sata, sas, ssd }");
    for (const t of ["sata", "sas", "ssd"])
      if (typeof types[t] !== "string") fail(`clouds.${cloud}.volumeTypes.${t}`, "应为卷类型名");
    if (!isObject(site.floatingIpPools))
      fail(`clouds.${cloud}.floatingIpPools`, "应为 { govnet: 外部网络名, … }");
    if (site.networks !== undefined) {
      if (!isObject(site.networks)) fail(`clouds.${cloud}.networks`, "应为 { 网络键: 网络名, … }");
      for (const [k, v] of Object.entries(site.networks as Record<string, unknown>))
        if (typeof v !== "string" || v === "") fail(`clouds.${cloud}.networks.${k}`, "应为非空的网络名");
    }
  }
  return doc as unknown as Site;
}

export const readSite = (path: string, sites?: readonly Cloud[]): Site =>
  parseSite(readFileSync(path, "utf8"), path, sites);

/**
 * stack 配置 → 设置。stack 名是 `<单位>.<系统>` 时须与 unit、system 一致：免得把一个系统的程序
 * 跑在另一个系统的状态上（那会删掉另一个系统的资源）。
 */
export function stackSettings(
  get: (key: string) => string | undefined,
  stack: string,
  sites: readonly Cloud[] = ["x86", "arm"],
): StackSettings {
  const need = (key: string) => {
    const v = get(key);
    if (v === undefined || v === "")
      throw new Error(`stack ${stack} 缺少配置 ${key}：pulumi config set ${key} …`);
    return v;
  };
  const unit = need("unit");
  const system = need("system");
  const cloud = need("cloud");
  if (!(sites as readonly string[]).includes(cloud))
    throw new Error(`stack ${stack} 的 cloud 为 ${cloud}：只能是 ${orList(sites)}。`);
  const named = parseStackName(stack);
  if (named && (named.unit !== unit || named.system !== system))
    throw new Error(
      `stack ${stack} 的配置是 ${unit}/${system}，与 stack 名不一致：一个系统一个 stack，名为 ${unit}.${system}。`,
    );
  const prefix = get("namePrefix");
  return { unit, system, cloud: cloud as Cloud, namePrefix: prefix ? prefix : `${unit}-${system}` };
}

/** 期望状态能否在这个 stack 上发放：云环境一致、没有拒绝的原因。返回要报告的错误（空为可以）。 */
export function blockers(desired: DesiredSystem, settings: StackSettings): string[] {
  const out: string[] = [];
  if (desired.cloud !== settings.cloud)
    out.push(
      `系统 ${desired.unit}/${desired.system} 登记的云环境是 ${desired.cloud}，stack 配置的 cloud 是 ${settings.cloud}：不同的站点是不同的 OpenStack（或不同云服务商的云），请改正 stack 配置（pulumi config set cloud ${desired.cloud}）。`,
    );
  for (const r of desired.refusals)
    out.push(`${r.application !== undefined ? `[申请 ${r.application}] ` : ""}${r.message.zh}`);
  return out;
}
