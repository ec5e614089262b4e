import type { RuleFinding } from "../../../core/rules/types.ts";
import { text } from "../../../core/text.ts";
import { annex, defineRule } from "./define.ts";
import { huaibeiApplication } from "./model.ts";

/** 附件2 的两张清单（设备托管清单、机柜托管清单）对应的服务。 */
const hostingServices = new Set(["hosted-device", "hosted-cabinet"]);

/**
 * 附件2（机房托管）：托管申请列出设备托管清单或机柜托管清单（hosted-device、hosted-cabinet），
 * 这两种清单只出现在托管申请中。
 */
export const onboardingHosting = defineRule({
  id: "onboarding-hosting",
  title: text("机房托管列出设备或机柜托管清单", "Hosting lists the hosted devices or cabinets"),
  citation: annex("附件2"),
  appliesTo: ["new", "test"],
  severity: "error",
  why: text(
    "机房托管使用《淮北市政务云资源需求申请表（托管）》（附件2），托管需求是设备托管清单（设备名称、类型、U数、额定功率、部署区域、数量）与机柜托管清单。",
    "Hosting uses the hosting form (附件2): its needs are the list of hosted devices (name, type, units, rated power, zone, count) and of hosted cabinets.",
  ),
  check(ctx) {
    const a = huaibeiApplication(ctx);
    if (a.type !== "new" && a.type !== "test") return [];
    const hosting = a.type === "new" && a.onboarding === "hosting";
    const lists = a.resources.filter((r) => hostingServices.has(r.service));
    if (hosting && lists.length === 0)
      return [
        {
          path: "/resources",
          message: text(
            "系统上云类型是机房托管（onboarding: hosting），但资源中没有设备托管清单或机柜托管清单：请添加 service: hosted-device（设备名称、设备类型、U数、额定功率、部署区域、数量）或 service: hosted-cabinet（机柜名称、类型、U数、功率、部署区域、数量）的资源。",
            "The onboarding is hosting (onboarding: hosting) but no hosted device or cabinet is listed: add resources of service hosted-device (name, type, units, rated power, zone, count) or hosted-cabinet (name, type, units, power, zone, count).",
          ),
        },
      ];
    if (hosting) return [];
    const out: RuleFinding[] = [];
    for (const [i, r] of a.resources.entries()) {
      if (!hostingServices.has(r.service)) continue;
      out.push({
        path: `/resources/${i}/service`,
        message: text(
          `${r.id} 是托管清单（${r.service}），只能出现在机房托管申请中（附件2）。自带设备入机房的，请把 onboarding 改为 hosting 单独申请；需要云资源的，请改用云主机等目录中的服务。`,
          `${r.id} is a hosting list item (${r.service}), which belongs only to a hosting application (附件2). For own devices, apply separately with onboarding: hosting; for cloud resources, use catalog services such as vm.`,
        ),
      });
    }
    return out;
  },
});
