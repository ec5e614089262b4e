import { text } from "../../../core/text.ts";
import { cite, defineRule } from "./define.ts";
import { huaibeiSystem } from "./model.ts";

/** 第5条第二款：非服务范围的系统可以申请政务云资源，参照本办法管理，费用自行承担。 */
export const scopeOutsideFees = defineRule({
  id: "scope-outside-fees",
  title: text("非服务范围的系统费用自行承担", "Systems outside the scope pay their own fees"),
  citation: cite("第5条", "第二款"),
  appliesTo: ["new", "test"],
  severity: "info",
  why: text(
    "非本办法规定服务范围的政务信息系统，需要使用政务云资源的，由其业务主管部门提出申请，并参照本办法管理，费用自行承担（第5条第二款）。",
    "A system outside the scope may use the cloud when its supervising department applies; it is managed under these measures and pays its own fees (第5条, second paragraph).",
  ),
  check(ctx) {
    const system = huaibeiSystem(ctx);
    if (system.scope !== "outside") return [];
    return [
      {
        path: "/system",
        message: text(
          `系统“${system.name}”不在市级财政资金建设、运维的服务范围内（system.yaml 的 scope: outside）：申请由业务主管部门提出，参照本办法管理，云资源费用由使用单位自行承担，不由市政务云主管部门统一支付。审查人员请确认费用来源；系统属于服务范围的，请把 scope 改为 municipal。`,
          `The system “${system.name}” is outside the municipally funded scope (scope: outside in system.yaml): its supervising department applies, it is managed under these measures, and the unit pays the cloud fees itself. The reviewer should confirm who pays; if the system is within the scope, set scope to municipal.`,
        ),
      },
    ];
  },
});
