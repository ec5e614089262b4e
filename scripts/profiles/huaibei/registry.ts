import type { RegistryPart } from "../../core/repository/profile.ts";

/** 淮北：登记一致性检查引用的条款。 */
export const huaibeiRegistry: RegistryPart = {
  // 淮北没有主管单位代为申请的制度；第7条：使用单位负责本单位信息系统
  supervisor: { article: "第7条" },
  // 申请表的“*申请单位”：上云附件1、变更附件3、退出附件4
  unitName: {
    byType: { change: { attachment: "附件3" }, revoke: { attachment: "附件4" } },
    otherwise: { attachment: "附件1" },
  },
  // “*信息系统名称”：各申请表与确认单的系统名称一致
  systemName: {
    byType: { change: { attachment: "附件3" }, revoke: { attachment: "附件4" } },
    otherwise: { attachment: "附件1" },
  },
  // 附件1 “一、信息系统基本情况（每个系统一份）”
  oneSystem: { attachment: "附件1" },
};
