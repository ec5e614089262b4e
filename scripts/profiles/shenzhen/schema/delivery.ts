import type { SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import { config, resourceId } from "./fields.ts";

/** 发放的一台主机（或一个实例）。 */
function instance(k: SchemaKit): Json {
  return k.obj(
    "实例",
    "发放的一台主机（或一个实例）",
    {
      name: k.str("实例名", "云上资源名，如 app-1", { pattern: "^[a-z][a-z0-9-]{0,62}$" }),
      hostname: k.str("主机名", "主机名"),
      ip: k.str("IP", "政务云私网 IP", { format: "ipv4" }),
      floatingIp: k.str("弹性/政务外网 IP", "绑定的弹性 IP 或政务外网 IP", { format: "ipv4" }),
      cloudId: k.str("云上标识", "OpenStack / HCS 中的资源 ID"),
    },
    ["name"],
  );
}

/** 申请中的一项资源的交付情况。 */
function deliveredResource(k: SchemaKit): Json {
  return k.obj(
    "交付的资源",
    "申请中的一项资源（按资源标识）的交付情况",
    {
      id: resourceId(k),
      instances: k.list("实例", "逐台的主机名与 IP", instance(k)),
      config: config(k, "交付配置"),
      endpoint: k.str("访问地址", "对象存储桶、文件共享等的访问地址"),
      remark: k.str("备注", "备注"),
    },
    ["id"],
  );
}

/**
 * 交付记录：requests/<单位>/<系统>/deliveries/<序号>.yaml，一份申请实施后的交付情况（第24、25条：IP、主机名、
 * 配置），由发放流水线写入，人工不改；状态折叠据此得到交付日期。
 */
export function delivery(k: SchemaKit): Json {
  const body = k.obj(
    "交付记录",
    "一份申请的交付记录",
    {
      ...k.header("delivery"),
      application: k.int("申请序号", "所交付的申请的序号（sequence）", { minimum: 1 }),
      date: k.date("交付日期", "完成发放（实施）的日期"),
      resources: k.list("交付的资源", "逐项资源的交付情况", deliveredResource(k)),
      remark: k.str("备注", "备注"),
    },
    ["kind", "profile", "application", "date"],
  );
  return k.document("delivery", body);
}
