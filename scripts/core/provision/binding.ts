import type { ProfileCitation } from "../catalog/types.ts";
import type { ProvisionPart } from "./profile.ts";
import { serviceEntries } from "./services/registry.ts";
import type { ServiceEntry } from "./services/types.ts";

/**
 * 没有发放部分的 profile（测试替身）用引擎的默认：服务 id 就是条目 id，站点取登记的 environment，
 * 主机接入站点的默认网络。
 */
export const defaultProvision: ProvisionPart = {
  services: Object.fromEntries(
    [...serviceEntries.keys()].map((id) => [id, { engine: id }]),
  ) as ProvisionPart["services"],
  sites: ["x86", "arm"],
  siteFile: "site.yaml",
  siteField: "environment",
  siteOf: (registration) => registration.environment,
};

/** 一项 profile 服务的引擎条目；人工交付的服务为 undefined。 */
export const engineEntry = (part: ProvisionPart, service: string): ServiceEntry | undefined => {
  const engine = part.services[service]?.engine;
  return engine === undefined ? undefined : serviceEntries.get(engine);
};

/** 条款的简短写法（消息中）。 */
export const citationLabel = (c: ProfileCitation): string =>
  "article" in c ? `${c.article}${c.clause ?? ""}` : `${c.attachment}${c.note ?? ""}`;
