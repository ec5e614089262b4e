import type { Catalog, CatalogProfile } from "../../core/catalog/types.ts";

/** 深圳目录 schema（schemas/catalog.schema.json）必有、引擎的目录类型中可选的参数。 */
export type ShenzhenParams = Required<Pick<CatalogProfile, "environments" | "granularity" | "testResources">>;

/**
 * 深圳的云环境、数量粒度与测试资源期限（附件5、第45条）。深圳的目录 schema 要求这三项，
 * 缺了说明目录不是深圳的：抛出（内部故障）。
 */
export function shenzhenParams(catalog: Catalog): ShenzhenParams {
  const { environments, granularity, testResources } = catalog.profile;
  if (!environments || !granularity || !testResources)
    throw new Error(`服务目录 ${catalog.profile.id} 缺少 environments、granularity 或 testResources`);
  return { environments, granularity, testResources };
}
