import type { SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import { shenzhenParams } from "../catalog.ts";

/**
 * 深圳各文档共用的字段：规格（附件5 注3 的粒度取自目录）、磁盘、数量、资源标识、联系人、事前沟通、
 * 附件、变更前后配置。用到 $defs 的只定义一次。
 */

const granularity = (k: SchemaKit) => shenzhenParams(k.catalog).granularity;

export const vcpu = (k: SchemaKit): Json =>
  k.def("vcpu", () => {
    const { multiple, min } = granularity(k).vcpu;
    return k.int("vCPU（核）", `vCPU 核数：须为 ${multiple} 的倍数，最小 ${min} 核（附件5 注3）。`, {
      minimum: min,
      multipleOf: multiple,
      ...k.cite({ attachment: "附件5", note: "3" }),
    });
  });

export const memory = (k: SchemaKit): Json =>
  k.def("memory", () => {
    const { multiple, min } = granularity(k).memoryGB;
    return k.int("内存（GB）", `内存 GB：须为 ${multiple} 的倍数，最小 ${min} GB（附件5 注3）。`, {
      minimum: min,
      multipleOf: multiple,
      ...k.cite({ attachment: "附件5", note: "3" }),
    });
  });

export function capacity(k: SchemaKit, title = "容量（GB）"): Json {
  const { multiple, min } = granularity(k).capacityGB;
  return k.int(
    title,
    `${title}：须为 ${multiple} GB 的倍数，不足 ${multiple} GB 的部分向上取整（附件5 注3）。`,
    {
      minimum: min,
      multipleOf: multiple,
      ...k.cite({ attachment: "附件5", note: "3" }),
    },
  );
}

export const tier = (k: SchemaKit): Json =>
  k.def("tier", () => k.choice("磁盘类型", k.catalog.profile.diskTiers));

export const systemDisk = (k: SchemaKit): Json =>
  k.def("systemDisk", () =>
    k.obj(
      "系统盘",
      `系统盘，默认 ${granularity(k).systemDiskGB.default} GB`,
      { sizeGB: k.int("系统盘容量（GB）", "系统盘容量 GB", { minimum: 40 }), tier: tier(k) },
      ["sizeGB", "tier"],
    ),
  );

export const dataDisk = (k: SchemaKit): Json =>
  k.def("dataDisk", () =>
    k.obj("数据盘", "一块数据盘", { sizeGB: capacity(k, "数据盘容量（GB）"), tier: tier(k) }, [
      "sizeGB",
      "tier",
    ]),
  );

export const quantity = (k: SchemaKit): Json =>
  k.def("quantity", () =>
    k.int("数量", "数量（台、个、套……按目录计量单位）", {
      minimum: 1,
      ...k.cite({ attachment: "附件5", note: "1" }),
    }),
  );

/** 本系统内资源的稳定标识。 */
export const resourceId = (k: SchemaKit, title = "资源标识"): Json =>
  k.str(
    title,
    "本系统内资源的稳定标识（小写字母、数字、连字符，以字母开头），变更、撤销、端口开放和云上资源名都用它；改名会被当作撤销再新增。",
    { pattern: "^[a-z][a-z0-9-]{0,39}$" },
  );

/** GitHub 用户名的写法。 */
export const githubPattern = "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$";

export function contact(k: SchemaKit, title: string, description: string, extra: Json = {}): Json {
  return k.obj(
    title,
    description,
    {
      name: k.str("姓名", "姓名"),
      email: k.str("邮箱", "电子邮箱", { format: "email" }),
      mobile: k.str("手机", "手机号码（11 位）", { pattern: "^1[3-9][0-9]{9}$" }),
      officePhone: k.str("办公电话", "办公电话，如 0755-88888888", { pattern: "^[0-9+()\\- ]{5,20}$" }),
      position: k.str("职务", "职务"),
      github: k.str("GitHub 账号", "GitHub 用户名", { pattern: githubPattern }),
      ...extra,
    },
    ["name", "email", "mobile"],
  );
}

export const consultation = (k: SchemaKit): Json =>
  k.def("consultation", () =>
    k.obj(
      "事前沟通记录",
      "裸金属、AI 算力、超高IO云硬盘（SSD）申请前须与市大数据资源管理中心沟通（附件1 第5、6、11项）",
      {
        date: k.date("沟通日期", "与市大数据资源管理中心沟通的日期"),
        contact: k.str("沟通对象", "中心的沟通人或电话"),
        summary: k.str("沟通结论", "沟通后确定的规格与结论"),
      },
      ["date", "summary"],
      k.cite({ attachment: "附件1" }),
    ),
  );

export const attachments = (k: SchemaKit): Json =>
  k.def("attachments", () =>
    k.list(
      "附件",
      "截图、架构图、报告等文件的路径（相对于本系统目录），如 attachments/架构图.png",
      k.str("附件路径", "相对于系统目录的路径", { pattern: "^(?!/)(?!.*\\.\\.)[^\\\\]+$" }),
    ),
  );

/** 变更前、变更后（及交付）配置：字段取自各类服务的配置；哪些字段适用由规则按资源的服务核对。 */
export function config(k: SchemaKit, title: string): Json {
  return k.obj(title, `${title}（只写与该资源相关的字段）`, {
    vcpu: vcpu(k),
    memoryGB: memory(k),
    systemDisk: systemDisk(k),
    dataDisks: k.list("数据盘", "数据盘列表", dataDisk(k)),
    capacityGB: capacity(k),
    sizeGB: k.int("缓存容量（GB）", "分布式缓存容量 GB", { minimum: 1 }),
    edition: { type: "string", title: "缓存版本", enum: ["single", "ha", "cluster"] },
    base: k.int("基础包（个）", "基础包数量", { minimum: 0, maximum: 1 }),
    increments: k.int("增量包（个）", "增量包数量", { minimum: 0 }),
    connections: k.int("连接数", "连接数", { minimum: 10, multipleOf: 10 }),
    assets: k.int("资产数", "云堡垒机资产数", { enum: [20, 50, 100, 200, 500] }),
    bandwidthMbps: k.int("带宽（Mbps）", "防护带宽 Mbps", { minimum: 1 }),
    dailyGB: k.int("日分析量（GB）", "态势感知日分析量", { enum: [5, 30] }),
    logSources: k.int("日志源", "日志源数", { minimum: 1 }),
    quantity: quantity(k),
  });
}

/** 关机安排（变更、撤销）。 */
export function shutdown(k: SchemaKit): Json {
  return k.obj(
    "关机安排",
    "需要关机操作时：使用单位于关机前 3 个工作日发布公告，提供商在关机当天完成（第30条(1)、第36条）",
    {
      required: { type: "boolean", title: "是否需要关机", description: "是否需要关机操作" },
      date: k.date("关机日期", "与提供商确认的关机日期"),
      noticeDate: k.date("公告日期", "使用单位发布关机公告的日期"),
    },
    ["required"],
    k.cite({ article: "第30条", clause: "(1)" }),
  );
}
