import type { CatalogService } from "../../../core/catalog/types.ts";
import type { SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import { shenzhenParams } from "../catalog.ts";
import {
  capacity,
  consultation,
  dataDisk,
  memory,
  quantity,
  resourceId,
  systemDisk,
  tier,
  vcpu,
} from "./fields.ts";

/**
 * 云服务需求（附件1《深圳市政务云服务目录》）：每项服务一个定义 `service-<id>`，`resource` 按 `service`
 * 区分到其中之一。字段由目录中服务的配置形态（shape）决定，另有几项服务自己的字段。
 */

/** 一项服务的字段：properties、必填字段与对象上的其他关键字，逐步补充。 */
interface Shape {
  props: Json;
  required: string[];
  extra: Json;
}

/** 每种配置形态补充的字段。 */
const shapes: Record<CatalogService["shape"], (k: SchemaKit, service: CatalogService, s: Shape) => void> = {
  compute(k, service, s) {
    Object.assign(s.props, {
      vcpu: vcpu(k),
      memoryGB: memory(k),
      systemDisk: systemDisk(k),
      dataDisks: k.list("数据盘", "数据盘列表，可为空", dataDisk(k)),
    });
    if (service.id === "ai-compute")
      s.props.gpus = k.int("加速卡（块）", "AI 算力加速卡块数", { minimum: 1 });
    s.required.push("purpose", "quantity", "vcpu", "memoryGB", "systemDisk");
  },
  capacity(k, service, s) {
    s.props.capacityGB = capacity(k);
    if (service.id === "evs") {
      s.props.tier = tier(k);
      s.props.attachTo = resourceId(k, "挂载到");
      s.required.push("tier");
    }
    s.required.push("capacityGB");
  },
  vcpu(k, _service, s) {
    s.props.vcpu = vcpu(k);
    s.required.push("vcpu");
  },
  cache(k, service, s) {
    const editions = service.cache ?? [];
    s.props.edition = k.choice("版本", editions);
    s.props.sizeGB = k.int("容量（GB）", "缓存容量 GB", { minimum: 1 });
    s.required.push("edition", "sizeGB");
    s.extra.allOf = editions.map((e) =>
      k.when(
        { properties: { edition: { const: e.id } }, required: ["edition"] },
        {
          properties: {
            sizeGB: {
              enum: e.sizesGB,
              description: `${e.label}容量只能是 ${e.sizesGB.join("、")} GB`,
              ...k.cite({ attachment: "附件5" }),
            },
          },
        },
      ),
    );
  },
  package(k, service, s) {
    const p = service.package;
    if (!p) return;
    s.props.base = k.int(
      "基础包（个）",
      `基础包数量（含 ${p.baseAmount}${p.measure.unit}${p.measure.label}）`,
      {
        minimum: 0,
        maximum: 1,
      },
    );
    s.props.increments = k.int(
      "增量包（个）",
      `增量包数量：超出基础包的部分，每 ${p.incrementAmount}${p.measure.unit}${p.measure.label}加一个`,
      { minimum: 0 },
    );
    s.props[p.measure.field] = k.int(
      p.measure.label,
      `需要的${p.measure.label}（${p.measure.unit}），用于核对套餐数量`,
      {
        minimum: 1,
      },
    );
    s.required.push("base", "increments");
  },
  choice(k, service, s) {
    const c = service.choice;
    if (!c) return;
    s.props[c.field] = k.int(
      c.label,
      `${c.label}（${c.unit}）：只能是 ${c.options.map((o) => o.value).join("、")}`,
      {
        enum: c.options.map((o) => o.value),
        ...k.cite({ attachment: "附件1" }),
      },
    );
    s.required.push(c.field);
  },
  connections(k, _service, s) {
    const { multiple } = shenzhenParams(k.catalog).granularity.sslVpnConnections;
    s.props.connections = k.int("连接数", `连接数：以 ${multiple} 连接为单位`, {
      minimum: multiple,
      multipleOf: multiple,
      ...k.cite({ attachment: "附件1" }),
    });
    s.props.usage = {
      type: "string",
      title: "用途类别",
      description: "ops：运维；business：业务",
      enum: ["ops", "business"],
    };
    s.required.push("connections", "usage");
  },
  count() {},
};

/** 不随形态、而随服务本身的字段（事前沟通、防护域名、每月次数、IP 类型、VPC 名称、私网 IP 数）。 */
function serviceFields(k: SchemaKit, service: CatalogService, s: Shape): void {
  // 裸金属、AI 算力须事前沟通；云主机、容器节点与云硬盘选超高IO（SSD）时也须沟通（附件1 第11项）
  if (service.consultation || service.shape === "compute" || service.id === "evs")
    s.props.consultation = consultation(k);
  if (service.id === "waf")
    s.props.domains = k.int("防护域名数", "需要防护的域名数：基础包与每个增量包各含 2 个域名", {
      minimum: 1,
    });
  if (service.maxPerMonth !== undefined) {
    s.props.timesPerMonth = k.int("每月次数", `每月次数，最多 ${service.maxPerMonth} 次`, {
      minimum: 1,
      maximum: service.maxPerMonth,
      ...k.cite({ attachment: "附件5" }),
    });
  }
  if (service.id === "eip") {
    Object.assign(s.props, {
      network: {
        type: "string",
        title: "IP 类型",
        description: "public：公网IP（电信、联通、移动三选一）；govnet：政务外网IP",
        enum: ["public", "govnet"],
      },
      carrier: {
        type: "string",
        title: "运营商",
        description: "公网 IP 的运营商",
        enum: ["telecom", "unicom", "mobile"],
      },
      bindTo: resourceId(k, "绑定的资源"),
    });
    s.required.push("network");
  }
  if (service.id === "vpc") s.props.name = k.str("VPC 名称", "独立 VPC 的名称（VPC_Name）");
  if (service.id === "subnet" || service.id === "private-ip")
    s.props.ips = k.int("私网 IP 数", "系统共需要的政务云私网 IP 数（含安全服务、虚拟IP）", { minimum: 1 });
}

/** 一项服务的需求：共同字段、形态的字段、服务自己的字段。 */
export function serviceResource(k: SchemaKit, service: CatalogService): Json {
  const s: Shape = {
    props: {
      id: resourceId(k),
      service: { const: service.id, title: "服务", description: `${service.name}（${service.level3}）` },
      purpose: k.str("用途", "用途﹡"),
      quantity: quantity(k),
      remark: k.str("备注", "备注"),
    },
    required: ["id", "service"],
    extra: {},
  };
  shapes[service.shape](k, service, s);
  serviceFields(k, service, s);
  return {
    ...k.obj(service.name, `${service.level1} / ${service.level2} / ${service.level3}`, s.props, s.required),
    ...s.extra,
  };
}

/** 可以新增的服务。 */
const newServices = (k: SchemaKit) => k.catalog.services.filter((s) => s.changeTypes.new);

/** 一项云服务需求：`service` 决定其余字段。 */
export function resource(k: SchemaKit): Json {
  const services = newServices(k);
  return {
    type: "object",
    title: "云服务需求",
    description: "一项云服务需求（按附件1《深圳市政务云服务目录》填写），`service` 决定其余字段",
    required: ["service"],
    properties: { service: { type: "string", title: "服务", enum: services.map((s) => s.id) } },
    // 服务项须与服务目录一致：未知的服务、缺少 service 都引这一款
    ...k.cite({ article: "第21条", clause: "(3)" }),
    discriminator: { propertyName: "service" },
    oneOf: services.map((s) => ({ $ref: `#/$defs/service-${s.id}` })),
  };
}

/** 申请 schema 中 profile 自己的定义：resource 与每项可新增的服务。 */
export function resourceDefs(k: SchemaKit): Json {
  const defs: Json = { resource: resource(k) };
  for (const s of newServices(k)) defs[`service-${s.id}`] = serviceResource(k, s);
  return defs;
}

/** 申请中的云服务需求列表（新增、测试资源）。 */
export const resources = (k: SchemaKit): Json =>
  k.list(
    "云服务需求",
    "云服务需求（根据附件1《深圳市政务云服务目录》按需填写）",
    { $ref: "#/$defs/resource" },
    { minItems: 1 },
  );
