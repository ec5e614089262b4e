import type { ApplicationType } from "../../../core/catalog/types.ts";
import type { KindBranch, SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import { huaibeiKinds } from "../kinds.ts";
import { attachmentPath, disk, letter, tier, zone } from "./fields.ts";
import { changeKind } from "./kinds/change.ts";
import { newKind } from "./kinds/new.ts";
import { portsKind } from "./kinds/ports.ts";
import { revokeKind } from "./kinds/revoke.ts";
import { testKind } from "./kinds/test.ts";
import { testRenewalKind } from "./kinds/test-renewal.ts";
import { resourceDefs } from "./resources.ts";

/** 每种申请特有的部分（附件1–4、第14、16、18条）。 */
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
    date: k.date("申请时间", "*申请时间（附件1；变更为“变更申请时间”，附件3）"),
    unit: k.str("申请单位", "*申请单位：与单位登记（unit.yaml）的名称一致"),
    system: k.str("信息系统名称", "*信息系统名称：与系统登记（system.yaml）的名称一致"),
    remark: k.str("备注", "备注"),
    attachments: k.list("附件", "随申请提交的其他材料（相对于系统目录的路径）", attachmentPath(k, "附件")),
  };
}

/** 共用定义按这个顺序排在 $defs 里（与各部分的生成顺序无关）。 */
function sharedDefs(k: SchemaKit): void {
  for (const field of [letter, tier, disk, zone]) field(k);
}

/** 申请：`type` 决定其余部分。 */
export function application(k: SchemaKit): Json {
  sharedDefs(k);
  return k.application({
    title: `政务云资源申请（${k.catalog.profile.title}）`,
    description:
      "一份申请一个文件，一个文件只涉及一个信息系统（附件1 “每个系统一份”）。放在 requests/<单位>/<系统>/ 下；`type` 决定其余部分。",
    kinds: huaibeiKinds,
    common: common(k),
    commonRequired: ["date", "unit", "system"],
    branch: (type) => kindBranches[type](k),
    defs: resourceDefs(k),
  });
}
