import type { KindBranch, SchemaKit } from "../../../../core/schema/kit.ts";
import { letter } from "../fields.ts";

/** 延期申请：临时资源（第18条）或临时扩容（第16条）需要延期的，提前7个工作日提出。 */
export function testRenewalKind(k: SchemaKit): KindBranch {
  return {
    properties: {
      letter: letter(k),
      extends: k.obj(
        "延期",
        "延期的申请、新的结束日期与原因（第16、18条）",
        {
          application: k.int(
            "延期的申请",
            "所延期的临时资源申请（type: test）或临时扩容（type: change 且写了 temporary）的申请序号",
            { minimum: 1 },
          ),
          until: k.date("延至", "新的结束日期"),
          reason: k.str("延期原因", "延期原因"),
        },
        ["application", "until", "reason"],
        k.cite({ article: "第18条" }),
      ),
    },
    required: ["letter", "extends"],
    extra: k.cite({ article: "第18条" }),
  };
}
