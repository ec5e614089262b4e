import type { ApplicationType } from "../../../core/catalog/types.ts";
import type { KindBranch, SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import { shenzhenKinds } from "../kinds.ts";
import { attachments, consultation, dataDisk, memory, quantity, systemDisk, tier, vcpu } from "./fields.ts";
import { changeKind } from "./kinds/change.ts";
import { newKind } from "./kinds/new.ts";
import { portsKind } from "./kinds/ports.ts";
import { revokeKind } from "./kinds/revoke.ts";
import { testKind } from "./kinds/test.ts";
import { testRenewalKind } from "./kinds/test-renewal.ts";
import { resourceDefs } from "./resources.ts";

/** 每种申请特有的部分（附件5 申请表的四部分、附件8 端口开放申请表、测试资源续期）。 */
const kindBranches: Record<ApplicationType, (k: SchemaKit) => KindBranch> = {
  new: newKind,
  change: changeKind,
  revoke: revokeKind,
  ports: portsKind,
  test: testKind,
  "test-renewal": testRenewalKind,
};

/** 各种申请共有的字段（接在文档头、申请序号与申请类型之后）。 */
function common(k: SchemaKit): Json {
  return {
    date: k.date("申请日期", "申请日期；申请自申请之日起 3 个月内有效（附件5 注5）"),
    unit: k.str("单位名称", "使用单位全称，须与单位登记（unit.yaml）的名称一致（第21条(1)）"),
    system: k.str("信息系统名称", "信息系统名称，须与首次申请时填写的名称完全一致（第21条(2)）"),
    remark: k.str("备注", "其他情况请在备注中写明（附件5 注7）"),
    attachments: attachments(k),
  };
}

/**
 * 共用定义按这个顺序排在 $defs 里（文件的顺序，与各部分的生成顺序无关）：附件、规格、磁盘、数量、事前沟通。
 */
function sharedDefs(k: SchemaKit): void {
  for (const field of [attachments, vcpu, memory, tier, systemDisk, dataDisk, quantity, consultation])
    field(k);
}

/** 申请：`type` 决定其余部分。 */
export function application(k: SchemaKit): Json {
  sharedDefs(k);
  return k.application({
    title: `政务云服务申请（${k.catalog.profile.title}）`,
    description:
      "一份申请一个文件，一个文件只涉及一个信息系统（附件5 注2）。放在 requests/<单位>/<系统>/ 下；`type` 决定其余部分。",
    kinds: shenzhenKinds,
    common: common(k),
    commonRequired: ["date", "unit", "system"],
    branch: (type) => kindBranches[type](k),
    defs: resourceDefs(k),
  });
}
