import type { DeliveryPart } from "../../core/provision/profile.ts";

/**
 * 淮北：交付。第13条：云服务商开通测试区云资源，使用单位在云资源开通交付完成后尽快部署；
 * 交付记录（deliveries/NNNN.yaml）另记测试区/生产区与三方确认单（附件5–7）。
 */
export const huaibeiDelivery: DeliveryPart = { notice: { article: "第13条" } };
