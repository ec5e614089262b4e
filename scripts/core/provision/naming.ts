import { pulumiTypes, type ResourceSpec } from "./types.ts";

/** Pulumi 项目名（pulumi/Pulumi.yaml 的 name）。 */
export const pulumiProject = "govcloud";

/** 一个系统一个 stack：`<单位>.<系统>`（目录名只有小写字母、数字与连字符，点号不会混淆）。 */
export const stackName = (unit: string, system: string): string => `${unit}.${system}`;

/** stack 名 → 单位与系统；不是 `<单位>.<系统>` 形式时为 undefined。 */
export function parseStackName(stack: string): { unit: string; system: string } | undefined {
  // 带组织或项目前缀的写法（org/project/stack）只取最后一段
  const last = stack.split("/").pop() ?? stack;
  const m = /^([a-z][a-z0-9-]*)\.([a-z][a-z0-9-]*)$/.exec(last);
  return m ? { unit: m[1] as string, system: m[2] as string } : undefined;
}

/** 顶层资源的 URN（程序不用组件资源，所有资源的父级都是 stack）。 */
export const urnFor = (stack: string, spec: Pick<ResourceSpec, "kind" | "name">): string =>
  `urn:pulumi:${stack}::${pulumiProject}::${pulumiTypes[spec.kind]}::${spec.name}`;

/** URN → 类型与逻辑名。 */
export function parseUrn(
  urn: string,
): { stack: string; project: string; type: string; name: string } | undefined {
  const m = /^urn:pulumi:([^:]+)::([^:]+)::(.+)::([^:]+)$/.exec(urn);
  if (!m) return undefined;
  const type = (m[3] as string).split("$").pop() as string;
  return { stack: m[1] as string, project: m[2] as string, type, name: m[4] as string };
}

/** 默认的规格名：c{vCPU}m{内存GB}，如 8 核 16 GB 为 c8m16。站点配置可把它映射为云上的规格名。 */
export const flavorName = (vcpu: number, memoryGB: number): string => `c${vcpu}m${memoryGB}`;

/** 云上名称（主机名、卷名）：站点前缀 + 逻辑名，如 szedu-xj-app-1。 */
export const cloudName = (prefix: string, name: string): string => `${prefix}-${name}`;

/** 网段或 IP 在逻辑名中的写法：10.20.30.0/24 → 10-20-30-0-24。 */
export const addressSlug = (address: string): string =>
  address
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
