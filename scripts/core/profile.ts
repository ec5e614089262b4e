/**
 * Profile：一个城市的规范作为插件。引擎（加载、schema 组装、规则引擎、折叠、阶段机、表单渲染、审计、
 * 发放）只认这个接口，不认识任何城市；城市之间不同的一切（申请种类的名称与 schema、规则、阶段的条款、
 * 表单、审计检查与草稿、通知措辞）都在 `scripts/profiles/<id>/` 里，经 `scripts/profiles/index.ts`
 * 一张表登记。仓库用哪个 profile 由根目录的 `govcloud.yaml` 决定（见 scripts/adapters/repository-config.ts）。
 *
 * 服务目录（catalog/<catalog>/，数据）与 profile（代码）分开：profile.catalog 指明它绑定哪份目录。
 */
import type { AuditPart } from "./audit/profile.ts";
import type { ApplicationType } from "./catalog/types.ts";
import type { FormsPart } from "./forms/profile.ts";
import type { DeliveryPart, ProvisionPart } from "./provision/profile.ts";
import type { AnnualPart } from "./report/annual.ts";
import type { RegistryPart } from "./repository/profile.ts";
import type { ReviewPart } from "./review/profile.ts";
import type { Rule } from "./rules/types.ts";
import type { SchemaPart } from "./schema/profile.ts";
import type { Lang, Text } from "./text.ts";

/**
 * 一种申请：引擎的操作（`type` 字段的取值：新增资源、变更、撤销、端口、测试资源、续期）在这个 profile 里
 * 叫什么。profile 只登记它提供的种类；没有登记的种类 schema 不接受。
 */
export interface KindInfo {
  /** 全称，如 新增申请（PR 报告、交付通知、schema 标题） */
  name: Text;
  /** 简称，如 新增（规则列表、交付清单） */
  short: Text;
}

export interface Profile {
  /** 稳定标识，文件中的 `profile:` 写它，如 `shenzhen` */
  id: string;
  /** 规范全称 */
  title: Text;
  /** 绑定的服务目录：`catalog/<catalog>/` */
  catalog: string;
  /** 本规范提供的申请种类及其名称 */
  kinds: Readonly<Partial<Record<ApplicationType, KindInfo>>>;
  /** 规则（一条一个文件，带引用） */
  rules: readonly Rule[];
  /** 由服务目录生成 JSON Schema */
  schema: SchemaPart;
  /** 官方表单 */
  forms: FormsPart;
  /** 阶段机中与规范有关的部分 */
  review: ReviewPart;
  /** 登记一致性检查引用的条款 */
  registry: RegistryPart;
  /** 交付通知依据的条款 */
  delivery: DeliveryPart;
  /** 发放：服务 → 引擎的规格种类、站点与网络；没有时用引擎的默认（provision/binding.ts） */
  provision?: ProvisionPart;
  /** 审计检查与草稿 */
  audit: AuditPart;
  /** 年度使用情况报告的口径（`govcloud report annual`）；没有时不提供年度报告 */
  annual?: AnnualPart;
}

/** 在一组 profile（登记表或测试中的替身）中按标识取；未知时 undefined。 */
export const findProfile = (profiles: readonly Profile[], id: string): Profile | undefined =>
  profiles.find((p) => p.id === id);

/** 一种申请在这个 profile 里的名称；未登记的种类给出 type 本身。 */
export function kindName(
  profile: Profile | undefined,
  type: string,
  lang: Lang,
  form: keyof KindInfo = "name",
): string {
  const info = profile?.kinds[type as ApplicationType];
  return info ? info[form][lang] : type;
}
