import type { ResourceConfig } from "../model.ts";
import type { Cloud } from "./types.ts";

/**
 * Pulumi 程序导出的 stack 输出（`pulumi stack output --json` 打印的就是它），交付记录由它写出。
 * 程序与 `govcloud deliver` 共用这份形态；deliver 读文件时用 parseStackOutputs 核对，不信任输入。
 */
export interface OutputInstance {
  /** 逻辑名，如 app-1 */
  name: string;
  /** 云上名称（主机名），如 szedu-xj-app-1 */
  hostname?: string;
  ip?: string;
  floatingIp?: string;
  cloudId?: string;
}

export interface OutputResource {
  service: string;
  instances: OutputInstance[];
  /** 对象存储桶、文件共享的访问地址 */
  endpoint?: string;
  /** 云上实际的配置（卷容量取自云，vCPU、内存取自规格） */
  config?: ResourceConfig;
}

export interface StackOutputs {
  govcloud: { unit: string; system: string; stack: string; cloud: Cloud; namePrefix: string };
  resources: Record<string, OutputResource>;
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
const optionalString = (v: unknown) => v === undefined || typeof v === "string";

/** 核对 `pulumi stack output --json` 的内容；不合形态时抛出带位置的错误（这是流水线故障，不是申请的问题）。 */
export function parseStackOutputs(json: unknown, sites: readonly Cloud[] = ["x86", "arm"]): StackOutputs {
  const fail = (where: string, what: string): never => {
    throw new Error(`stack 输出 ${where}：${what}`);
  };
  if (!isObject(json)) return fail("/", "应为 JSON 对象（pulumi stack output --json）");
  const g = json.govcloud;
  if (!isObject(g)) return fail("/govcloud", "缺少（这不是 govcloud 程序的输出？）");
  for (const k of ["unit", "system", "stack", "namePrefix"] as const)
    if (typeof g[k] !== "string") fail(`/govcloud/${k}`, "应为字符串");
  if (!(sites as readonly unknown[]).includes(g.cloud)) fail("/govcloud/cloud", `应为 ${sites.join(" 或 ")}`);
  const resources = json.resources;
  if (!isObject(resources)) return fail("/resources", "应为对象");
  for (const [id, r] of Object.entries(resources)) {
    if (!isObject(r)) fail(`/resources/${id}`, "应为对象");
    const res = r as Record<string, unknown>;
    if (typeof res.service !== "string") fail(`/resources/${id}/service`, "应为字符串");
    if (!Array.isArray(res.instances)) fail(`/resources/${id}/instances`, "应为数组");
    if (!optionalString(res.endpoint)) fail(`/resources/${id}/endpoint`, "应为字符串");
    for (const [i, inst] of (res.instances as unknown[]).entries()) {
      if (!isObject(inst) || typeof inst.name !== "string")
        fail(`/resources/${id}/instances/${i}`, "须有 name");
      const o = inst as Record<string, unknown>;
      for (const k of ["hostname", "ip", "floatingIp", "cloudId"])
        if (!optionalString(o[k])) fail(`/resources/${id}/instances/${i}/${k}`, "应为字符串");
    }
  }
  return json as unknown as StackOutputs;
}
