import { type FormContext, label } from "../../../core/forms/common.ts";
import type { Cell, FormDocument, GridBlock } from "../../../core/forms/model.ts";
import {
  applicantStamp,
  availabilities,
  carriers,
  choicesCell,
  labelOf,
  networks,
  ofService,
  optionChoices,
  requestNotes,
  text,
  zones,
} from "./common.ts";
import { applicantRows, bandwidthCell, otherNeeds, termCell } from "./request.ts";
import type { HbResource } from "./types.ts";
import { huaibeiView } from "./types.ts";

/** 附件2 淮北市政务云资源需求申请表（托管）：上云申请中的机房托管（onboarding: hosting）。 */

export const hostingTitle = "淮北市政务云资源需求申请表（托管）";

const grid = (rows: Cell[][]): GridBlock => ({ kind: "grid", columns: 4, widths: [17, 33, 17, 33], rows });

const cabinetTypes: Record<NonNullable<HbResource["cabinetType"]>, string> = {
  network: "网络",
  standard: "标准",
};

/** 1、设备托管清单：设备名称、类型、U数、额定功率、部署区域、数量。 */
export const deviceRows = (resources: readonly HbResource[]): Cell[][] =>
  ofService(resources, "hosted-device").map((r) => [
    text(r.name ?? r.id),
    text(r.deviceType),
    text(r.units === undefined ? undefined : `${r.units}U`),
    text(r.ratedPowerW === undefined ? undefined : `${r.ratedPowerW}W`),
    text(labelOf(zones, r.zone)),
    text(r.quantity ?? 1),
  ]);

/** 2、机柜托管清单：机柜名称、类型（网络/标准）、U数、功率、部署区域、数量。 */
export const cabinetRows = (resources: readonly HbResource[]): Cell[][] =>
  ofService(resources, "hosted-cabinet").map((r) => [
    text(r.name ?? r.id),
    text(r.cabinetType ? cabinetTypes[r.cabinetType] : undefined),
    text(r.units === undefined ? undefined : `${r.units}U`),
    text(r.powerKW === undefined ? undefined : `${r.powerKW}kW`),
    text(labelOf(zones, r.zone)),
    text(r.quantity ?? 1),
  ]);

export function hostingForm(ctx: FormContext): FormDocument {
  const unit = huaibeiView.unit(ctx.unit);
  const system = huaibeiView.system(ctx.system);
  const app = huaibeiView.application(ctx.application);
  const resources = app.resources ?? [];
  return {
    name: "托管申请表",
    variant: "机房托管",
    annex: "附件2",
    title: hostingTitle,
    emptyBox: "☐",
    blocks: [
      grid(applicantRows(unit, system, app)),
      { kind: "band", level: 2, title: "一、信息系统基本情况（每个系统一份）" },
      grid([
        [
          label("*信息系统名称"),
          text(system.name),
          label("项目编号或", "项目代码"),
          text(system.projectCode),
        ],
        [
          label("*系统投资费用"),
          text(system.investmentYuan === undefined ? undefined : `${system.investmentYuan}元`),
          label("*可用性要求"),
          choicesCell(
            optionChoices(
              availabilities,
              system.availability ? [system.availability] : [],
              system.availabilityOther,
            ),
          ),
        ],
        [label("*系统简介"), text(system.description)],
        [
          label("*承载网络", "（可多选）"),
          choicesCell(optionChoices(networks, system.networks ?? [], system.networkOther)),
        ],
      ]),
      { kind: "band", level: 2, title: "二、托管需求描述" },
      grid([
        [
          label("*云服务商"),
          choicesCell(optionChoices(carriers, system.carrier ? [system.carrier] : [])),
          label("*系统上云运行时限"),
          termCell(app),
        ],
        [label("带宽需求"), bandwidthCell(resources)],
      ]),
      { kind: "band", level: 3, title: "1、设备托管清单" },
      {
        kind: "table",
        columns: ["设备名称", "设备类型", "设备U数", "设备额定功率", "部署区域", "数量"],
        widths: [24, 16, 12, 18, 18, 12],
        rows: deviceRows(resources),
        empty: "不需要",
      },
      { kind: "band", level: 3, title: "2、机柜托管清单" },
      {
        kind: "table",
        columns: ["机柜名称", "机柜类型", "机柜U数", "机柜功率", "部署区域", "数量"],
        widths: [24, 16, 12, 18, 18, 12],
        rows: cabinetRows(resources),
        empty: "不需要",
      },
      { kind: "band", level: 2, title: "三、其他需求" },
      grid([[otherNeeds(app)]]),
      applicantStamp(unit.name, app.date),
    ],
    notes: requestNotes,
  };
}
