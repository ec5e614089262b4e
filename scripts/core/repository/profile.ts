import type { ApplicationType, ProfileCitation } from "../catalog/types.ts";

/** 按申请类型引用的条款：列出的类型用自己的，其余用 otherwise。 */
export interface CitationByType {
  byType: Readonly<Partial<Record<ApplicationType, ProfileCitation>>>;
  otherwise: ProfileCitation;
}

/**
 * Profile 的登记一致性部分：跨文件一致性检查（repository/consistency.ts）的发现所引用的条款。
 * 检查本身（主管单位已登记、名称与登记一致、文件在所涉系统的目录下）是引擎的；条款是规范的。
 */
export interface RegistryPart {
  /** 主管单位须已登记（单位与主管单位的关系） */
  supervisor: ProfileCitation;
  /** 申请中的单位名称须为登记的全称 */
  unitName: CitationByType;
  /** 申请中的系统名称须与首次申请时的一致 */
  systemName: CitationByType;
  /** 一份申请只涉及一个系统 */
  oneSystem: ProfileCitation;
}

/** 某类申请引用的条款；类型未知（如 schema 错误）时用 otherwise。 */
export const citationFor = (c: CitationByType, type: string | undefined): ProfileCitation =>
  c.byType[type as ApplicationType] ?? c.otherwise;
