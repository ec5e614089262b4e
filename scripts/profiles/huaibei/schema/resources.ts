import type { SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import { type HuaibeiService, huaibeiCatalog } from "../catalog.ts";
import { disk, hb, other, pick, quantity, resourceId, size, zone } from "./fields.ts";

/**
 * 云资源需求（附件1 “二、云资源需求描述”、附件2 “二、托管需求描述”、附件5 的资源栏）：每项资源是目录中的一项
 * 服务，`service` 决定其余字段（目录 services.yaml 的 fields）。
 */

/** 资源配置的字段：名称 → schema。数量类字段可填 0（附件1 注3）。 */
function fieldSchemas(k: SchemaKit, service: HuaibeiService | undefined): Record<string, Json> {
  const p = hb(k);
  const unitsHosting = service?.id === "device-hosting";
  const productOptions = service?.id === "middleware" ? p.middleware : p.databases;
  return {
    name: k.str(
      service?.id === "hosted-cabinet" ? "机柜名称" : service?.id === "hosted-device" ? "设备名称" : "名称",
      "表单上的名称，如 应用服务器、X网服务器、XXX机柜",
    ),
    vcpu: size(k, "CPU（核）", "CPU 核数（附件1 主机资源“CPU”）"),
    memoryGB: size(k, "内存（GB）", "内存 GB（附件1 主机资源“内存”）"),
    os: k.str("操作系统版本", "操作系统及版本，如 麒麟V10、统信UOS V20"),
    systemDisk: { ...disk(k), title: "系统磁盘", description: "系统磁盘（GB）及类型" },
    dataDisks: k.list("数据磁盘", "数据磁盘（GB）及类型，每块一项", disk(k)),
    zone: zone(k),
    quantity: quantity(k, "数量", service?.unit ?? "个"),
    grade: pick(k, "配置档次", p.grades, k.cite({ attachment: "附件5" })),
    product: pick(
      k,
      service?.id === "middleware" ? "中间件" : "数据库",
      productOptions,
      k.cite({ attachment: "附件1" }),
    ),
    productOther: other(k, service?.id === "middleware" ? "中间件" : "数据库"),
    bandwidthMbps: k.int(
      "带宽（Mbps）",
      `带宽 Mbps：${p.bandwidthTiers.map((t) => `${t}M`).join("、")} 或其他；不需要时填 0（附件1 注3）`,
      { minimum: 0, ...k.cite({ attachment: "附件1", note: "3" }) },
    ),
    capacityGB: k.int("容量（GB）", "容量 GB；不需要时填 0（附件1 注3）", { minimum: 0 }),
    description: k.str("服务内容", "服务内容的说明，如 增强安全技术服务的内容"),
    target: resourceId(k, "备份对象"),
    incrementalEveryDays: k.int("增量备份间隔（天）", "每 N 天一次增量备份", { minimum: 1 }),
    fullEveryDays: k.int("全量备份间隔（天）", "每 N 天一次全量备份", { minimum: 1 }),
    retentionDays: k.int("最大保留（天）", "备份最大保留天数", { minimum: 1 }),
    mode: {
      type: "string",
      title: "备份方式",
      description: "same-city：同城异地备份；remote：异地备份（附件5 “增值备份服务”）",
      enum: ["same-city", "remote"],
    },
    units: unitsHosting
      ? {
          type: "integer",
          title: "设备U数",
          description: `托管设备的 U 数：${p.deviceUnits.map((u) => `${u}U`).join("、")}（附件1 “3、机柜空间”）`,
          enum: p.deviceUnits,
        }
      : k.int(service?.id === "hosted-cabinet" ? "机柜U数" : "设备U数", "U 数（附件2）", { minimum: 1 }),
    deviceType: k.str("设备类型", "如 服务器、交换机、防火墙（附件2 “设备类型”）"),
    ratedPowerW: k.int("设备额定功率（W）", "设备额定功率，瓦（附件2）", { minimum: 0 }),
    cabinetType: pick(k, "机柜类型", p.cabinetTypes, k.cite({ attachment: "附件2" })),
    powerKW: {
      type: "number",
      exclusiveMinimum: 0,
      title: "机柜功率（kW）",
      description: "机柜功率，千瓦（附件2）",
    },
  };
}

/** 每项服务必填的字段（id、service 之外）。 */
const requiredFields: Readonly<Record<string, readonly string[]>> = {
  vm: ["vcpu", "memoryGB", "zone"],
  "bare-metal": ["grade", "zone"],
  gpu: ["grade", "quantity"],
  "ip-internet": ["quantity"],
  "ip-govnet": ["quantity"],
  "bandwidth-line": ["bandwidthMbps"],
  "bandwidth-internet": ["bandwidthMbps"],
  database: ["product"],
  middleware: ["product"],
  "object-storage": ["capacityGB"],
  "backup-local": ["target", "incrementalEveryDays", "fullEveryDays", "retentionDays"],
  "backup-offsite": ["mode"],
  "device-hosting": ["units", "quantity"],
  "hosted-device": ["name", "deviceType", "units", "zone", "quantity"],
  "hosted-cabinet": ["name", "cabinetType", "units", "zone", "quantity"],
};

/** 一项服务的需求。 */
export function serviceResource(k: SchemaKit, service: HuaibeiService): Json {
  const fields = fieldSchemas(k, service);
  const props: Json = {
    id: resourceId(k),
    service: { const: service.id, title: "服务", description: `${service.name}（${service.level2}）` },
  };
  for (const f of service.fields) props[f] = fields[f];
  props.remark = k.str("备注", "备注");
  const required = ["id", "service", ...(requiredFields[service.id] ?? [])];
  const body = k.obj(
    service.name,
    `${service.level1} / ${service.level2} / ${service.level3}`,
    props,
    required,
  );
  return service.fields.includes("productOther")
    ? {
        ...body,
        ...k.when(
          { properties: { product: { const: "other" } }, required: ["product"] },
          { required: ["productOther"] },
        ),
      }
    : body;
}

/** 一项云资源需求：`service` 决定其余字段。 */
export function resource(k: SchemaKit): Json {
  const services = huaibeiCatalog(k.catalog).services.filter((s) => s.changeTypes.new);
  return {
    type: "object",
    title: "云资源需求",
    description: "一项云资源（按附件1、附件2 填写），`service` 决定其余字段",
    required: ["service"],
    properties: { service: { type: "string", title: "服务", enum: services.map((s) => s.id) } },
    // 第11条：依照政务云服务目录提出云资源申请
    ...k.cite({ article: "第11条" }),
    discriminator: { propertyName: "service" },
    oneOf: services.map((s) => ({ $ref: `#/$defs/service-${s.id}` })),
  };
}

/** 申请 schema 中淮北自己的定义：resource、每项服务与变更前后的配置。 */
export function resourceDefs(k: SchemaKit): Json {
  const defs: Json = { resource: resource(k) };
  for (const s of huaibeiCatalog(k.catalog).services) defs[`service-${s.id}`] = serviceResource(k, s);
  return defs;
}

/** 资源列表（上云、临时资源、变更新增）。 */
export const resources = (k: SchemaKit, title = "云资源需求", minItems = 1): Json =>
  k.list(
    title,
    `${title}：每项一个目录中的服务（catalog/huaibei/services.yaml）`,
    { $ref: "#/$defs/resource" },
    {
      minItems,
    },
  );

/** 变更前或变更后的配置（附件3 “资源变更内容”）：只写变更涉及的字段。 */
export function changeConfig(k: SchemaKit): Json {
  return k.def("config", () => {
    const { name: _name, productOther: _other, ...fields } = fieldSchemas(k, undefined);
    return k.obj(
      "配置",
      "变更前或变更后的配置：只写变更涉及的字段（CPU、内存、系统存储、数据存储、数量……）",
      fields,
      [],
      {
        minProperties: 1,
      },
    );
  });
}

/** 确认单上的一项资源：资源标识与最终的配置（第15条：根据最终使用的云资源量确认）。 */
export function confirmedResource(k: SchemaKit): Json {
  return k.def("confirmedResource", () => {
    const fields = fieldSchemas(k, undefined);
    return k.obj(
      "确认的资源",
      "确认单上的一项资源：资源标识与最终的配置（第15条）",
      { id: resourceId(k), service: k.str("服务", "服务标识（catalog/huaibei/services.yaml）"), ...fields },
      ["id"],
    );
  });
}
