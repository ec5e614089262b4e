import type { ProfileCitation } from "../catalog/types.ts";

/**
 * Profile 的交付部分：流程结束后告知使用单位 IP、主机名与配置的交付通知（provision/delivery.ts）
 * 依据哪一条。通知的措辞是引擎的；规范的全称取 Profile.title，申请种类的名称取 Profile.kinds。
 */
export interface DeliveryPart {
  /** 要求交付后告知使用单位云服务信息的条款 */
  notice: ProfileCitation;
}
