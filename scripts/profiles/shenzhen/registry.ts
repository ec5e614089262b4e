import type { RegistryPart } from "../../core/repository/profile.ts";

/** 深圳：登记一致性检查引用的条款。 */
export const shenzhenRegistry: RegistryPart = {
  // 第5条：主管单位
  supervisor: { article: "第5条" },
  // 申请表的“单位名称（全称）”：新增第21条(1)、变更第27条(1)、测试资源第49条(1)
  unitName: {
    byType: { change: { article: "第27条", clause: "(1)" }, test: { article: "第49条", clause: "(1)" } },
    otherwise: { article: "第21条", clause: "(1)" },
  },
  // 系统名称与首次申请一致：新增第21条(2)、变更第27条(2)
  systemName: {
    byType: { change: { article: "第27条", clause: "(2)" } },
    otherwise: { article: "第21条", clause: "(2)" },
  },
  // 附件5 注2：一份申请只涉及一个系统
  oneSystem: { attachment: "附件5", note: "2" },
};
