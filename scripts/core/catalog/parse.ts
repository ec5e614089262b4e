import type { ErrorObject, ValidateFunction } from "ajv";
import yaml from "js-yaml";
import { compileCached } from "../schema/compile.ts";
import type { Catalog, CatalogItem, CatalogProfile, CatalogService, PriceBook } from "./types.ts";

/**
 * 服务目录的解析与校验：输入三个 YAML 文件的文本与目录 schema，输出冻结的 Catalog。
 * 不读盘：读 catalog/<profile>/ 的是 scripts/adapters/catalog-files.ts。
 */

/** profile 名只允许 kebab-case，避免拼出 catalog/ 以外的路径。 */
export const profileName = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** 数据文件；键为合并对象中的字段。items.yaml 可以没有（没有编号目录的 profile）。 */
export const catalogFiles = {
  profile: "profile.yaml",
  items: "items.yaml",
  services: "services.yaml",
} as const;
const files = catalogFiles;

/** 价格表所在的子目录：`catalog/<profile>/prices/<名称>.yaml`，每个文件一份价格表。 */
export const pricesDir = "prices";

type Part = keyof typeof files;

/**
 * 一个 profile 的数据文件的文本（catalog/<profile>/profile.yaml、services.yaml，可选的 items.yaml 与
 * prices/<名称>.yaml）。
 */
export interface CatalogTexts {
  profile: string;
  services: string;
  /** 没有 items.yaml 时不给 */
  items?: string | undefined;
  /** 价格表：名称（文件名去掉 .yaml）→ 文本 */
  prices?: Readonly<Record<string, string>> | undefined;
}

/** 每个 schema 对象只编译一次。 */
const validators = new WeakMap<object, ValidateFunction>();

function getValidator(schema: object): ValidateFunction {
  let validator = validators.get(schema);
  if (!validator) {
    validator = compileCached(schema, { name: "catalog", ajv: { strict: true, allErrors: true } });
    validators.set(schema, validator);
  }
  return validator;
}

/** profile 名不合法时抛出。 */
export function checkProfileName(profile: string): void {
  if (!profileName.test(profile)) {
    throw new Error(`无效的 profile 名 ${JSON.stringify(profile)}：只允许小写字母、数字与“-”`);
  }
}

/**
 * 解析并校验 `catalog/<profile>/` 的三个文件（texts）与目录 schema（schemas/catalog.schema.json 的内容）。
 * 返回的对象已冻结，调用方不得修改。数据不合规（schema 或交叉引用）时抛出 Error，消息指明文件与位置。
 */
export function parseCatalog(profile: string, texts: CatalogTexts, schema: object): Catalog {
  checkProfileName(profile);
  const rel = (part: Part) => `catalog/${profile}/${files[part]}`;
  const parse = (text: string, file: string): unknown => {
    try {
      return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: file });
    } catch (error) {
      throw new Error(`${file}：YAML 解析失败：${(error as Error).message}`);
    }
  };
  const read = (part: Part): unknown => parse(texts[part] ?? "", rel(part));
  /** items.yaml、services.yaml 的顶层必须是只有一个同名键的映射。 */
  const unwrap = (part: "items" | "services", doc: unknown): unknown => {
    if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
      throw new Error(`${rel(part)}：顶层须为映射，形如 \`${part}: [...]\``);
    }
    const extra = Object.keys(doc).filter((k) => k !== part);
    if (extra.length > 0) {
      throw new Error(
        `${rel(part)}：顶层只允许 \`${part}\`，多出 ${extra.map((k) => `\`${k}\``).join("、")}`,
      );
    }
    return (doc as Record<string, unknown>)[part];
  };

  const prices = texts.prices;
  const merged = {
    profile: read("profile"),
    ...(texts.items !== undefined ? { items: unwrap("items", read("items")) } : {}),
    services: unwrap("services", read("services")),
    ...(prices !== undefined
      ? {
          prices: Object.fromEntries(
            Object.keys(prices)
              .sort()
              .map((name) => [
                name,
                parse(prices[name] ?? "", `catalog/${profile}/${pricesDir}/${name}.yaml`),
              ]),
          ),
        }
      : {}),
  };

  const validate = getValidator(schema);
  if (!validate(merged)) {
    throw new Error(formatSchemaErrors(validate.errors ?? [], rel));
  }
  const checked = merged as {
    profile: CatalogProfile;
    items?: CatalogItem[];
    services: CatalogService[];
    prices?: Record<string, PriceBook>;
  };
  const data = { ...checked, items: checked.items ?? [] };

  const problems = crossCheck(profile, data, rel);
  if (problems.length > 0) {
    throw new Error(`服务目录 ${profile} 不一致：\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  }

  const catalog: Catalog = {
    profile: data.profile,
    items: data.items,
    services: data.services,
    itemById: new Map(data.items.map((item) => [item.id, item])),
    serviceById: new Map(data.services.map((service) => [service.id, service])),
    ...(data.prices !== undefined ? { prices: data.prices } : {}),
  };
  deepFreeze(data);
  Object.freeze(catalog);
  return catalog;
}

/** ajv 错误 → “文件: instancePath 消息”，每条一行。 */
function formatSchemaErrors(errors: ErrorObject[], rel: (part: Part) => string): string {
  const lines = errors.map((e) => {
    const [, top = "", name = ""] = e.instancePath.split("/");
    const part = top as Part;
    const file =
      top === pricesDir && name
        ? rel("profile").replace(files.profile, `${pricesDir}/${name}.yaml`)
        : part in files
          ? rel(part)
          : `catalog（${Object.values(files).join("、")}）`;
    const detail =
      e.keyword === "additionalProperties"
        ? `：${(e.params as { additionalProperty: string }).additionalProperty}`
        : e.keyword === "enum"
          ? `：${JSON.stringify((e.params as { allowedValues: unknown[] }).allowedValues)}`
          : "";
    return `${file}: ${e.instancePath || "/"} ${e.message ?? e.keyword}${detail}`;
  });
  return `服务目录不符合 schema：\n${lines.map((l) => `  - ${l}`).join("\n")}`;
}

/** schema 之外的交叉检查：唯一性、序号连续、引用存在。返回问题列表。 */
function crossCheck(
  profile: string,
  data: {
    profile: CatalogProfile;
    items: CatalogItem[];
    services: CatalogService[];
    prices?: Record<string, PriceBook>;
  },
  rel: (part: Part) => string,
): string[] {
  const problems: string[] = [];
  const { items, services } = data;

  if (data.profile.id !== profile) {
    problems.push(`${rel("profile")}: /id 为 ${JSON.stringify(data.profile.id)}，与目录名 ${profile} 不一致`);
  }

  // 服务 id 唯一
  const serviceIds = new Set<string>();
  services.forEach((service, i) => {
    if (serviceIds.has(service.id)) {
      problems.push(`${rel("services")}: /services/${i}/id 服务 id 重复：${service.id}`);
    }
    serviceIds.add(service.id);
  });

  // 条目 id、序号唯一；序号为 1..N 连续
  const itemsById = new Map<string, CatalogItem>();
  const nos = new Set<number>();
  items.forEach((item, i) => {
    if (itemsById.has(item.id)) {
      problems.push(`${rel("items")}: /items/${i}/id 条目 id 重复：${item.id}`);
    } else {
      itemsById.set(item.id, item);
    }
    if (nos.has(item.no)) {
      problems.push(`${rel("items")}: /items/${i}/no 序号重复：${item.no}`);
    }
    nos.add(item.no);
    if (!serviceIds.has(item.service)) {
      problems.push(`${rel("items")}: /items/${i}/service 条目 ${item.id} 引用了未知服务 ${item.service}`);
    }
  });
  const missing: number[] = [];
  for (let n = 1; n <= items.length; n++) if (!nos.has(n)) missing.push(n);
  const outOfRange = [...nos].filter((n) => n > items.length);
  if (missing.length > 0 || outOfRange.length > 0) {
    problems.push(
      `${rel("items")}: 序号须为 1..${items.length} 连续` +
        (missing.length > 0 ? `，缺少 ${missing.join("、")}` : "") +
        (outOfRange.length > 0 ? `，超出范围 ${outOfRange.join("、")}` : ""),
    );
  }

  // 服务内引用的条目须存在且属于该服务
  const checkItem = (where: string, serviceId: string, itemId: string) => {
    const item = itemsById.get(itemId);
    if (!item) {
      problems.push(`${rel("services")}: ${where} 服务 ${serviceId} 引用了不存在的条目 ${itemId}`);
    } else if (item.service !== serviceId) {
      problems.push(
        `${rel("services")}: ${where} 服务 ${serviceId} 引用的条目 ${itemId} 属于服务 ${item.service}`,
      );
    }
  };
  services.forEach((service, i) => {
    const at = `/services/${i}`;
    if (service.package) {
      checkItem(`${at}/package/baseItem`, service.id, service.package.baseItem);
      checkItem(`${at}/package/incrementItem`, service.id, service.package.incrementItem);
    }
    if (service.choice) {
      const values = new Set<number>();
      service.choice.options.forEach((option, j) => {
        checkItem(`${at}/choice/options/${j}/item`, service.id, option.item);
        if (values.has(option.value)) {
          problems.push(`${rel("services")}: ${at}/choice/options/${j}/value 取值重复：${option.value}`);
        }
        values.add(option.value);
      });
    }
    if (service.cache) {
      const editions = new Set<string>();
      service.cache.forEach((edition, j) => {
        checkItem(`${at}/cache/${j}/item`, service.id, edition.item);
        if (editions.has(edition.id)) {
          problems.push(`${rel("services")}: ${at}/cache/${j}/id 缓存版本重复：${edition.id}`);
        }
        editions.add(edition.id);
      });
    }
    if (service.requires !== undefined) {
      if (!serviceIds.has(service.requires)) {
        problems.push(
          `${rel("services")}: ${at}/requires 服务 ${service.id} 依赖未知服务 ${service.requires}`,
        );
      } else if (service.requires === service.id) {
        problems.push(`${rel("services")}: ${at}/requires 服务 ${service.id} 不能依赖自身`);
      }
    }
  });

  // 磁盘类型引用的条目须存在，且类型不重复
  const tiers = new Set<string>();
  data.profile.diskTiers.forEach((tier, i) => {
    if (tier.item !== undefined && !itemsById.has(tier.item)) {
      problems.push(
        `${rel("profile")}: /profile/diskTiers/${i}/item 磁盘类型 ${tier.id} 引用了不存在的条目 ${tier.item}`,
      );
    }
    if (tiers.has(tier.id)) {
      problems.push(`${rel("profile")}: /profile/diskTiers/${i}/id 磁盘类型重复：${tier.id}`);
    }
    tiers.add(tier.id);
  });

  // 价格表只能给目录里的服务定价
  for (const [name, book] of Object.entries(data.prices ?? {})) {
    book.lines.forEach((line, i) => {
      if (!serviceIds.has(line.service)) {
        problems.push(
          `catalog/${profile}/${pricesDir}/${name}.yaml: /lines/${i}/service 价格表引用了未知服务 ${line.service}`,
        );
      }
    });
  }

  return problems;
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const child of Object.values(value)) deepFreeze(child);
}
