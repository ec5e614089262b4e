import type { SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import { huaibeiCatalog, type Option } from "../catalog.ts";

/**
 * 淮北各文档共用的字段：选项（取自目录）、联系电话与邮箱、资源标识、数量（附件1 注3：必填项不需要时填 0）、
 * 磁盘、部署区域、公函、配置。用到 $defs 的只定义一次。
 */

export const hb = (k: SchemaKit) => huaibeiCatalog(k.catalog).profile;

/** 附件1 注3：*为必填项，必填项中不需要某项服务时填“0”；非必填项不填即没有此项需求。 */
export const note3 = { attachment: "附件1", note: "3" } as const;

/** 从目录中的一组选项里选一个。 */
export const pick = (k: SchemaKit, title: string, options: readonly Option[], extra: Json = {}): Json =>
  k.choice(title, options, extra);

/** 多选（可多选的复选框）。 */
export const pickMany = (
  k: SchemaKit,
  title: string,
  options: readonly Option[],
  extra: Json = {},
): Json => ({
  ...k.list(
    title,
    options.map((o) => `${o.id}：${o.label}`).join("；"),
    { enum: options.map((o) => o.id) },
    {
      minItems: 1,
      uniqueItems: true,
    },
  ),
  ...extra,
});

/** 选了“其他”时的说明。 */
export const other = (k: SchemaKit, title: string): Json =>
  k.str(`${title}（其他）`, `选“其他”时填写具体内容`);

/** 选了 other 时须写说明（默认 `<field>Other`）。 */
export const otherRequired = (
  k: SchemaKit,
  field: string,
  many = false,
  otherField = `${field}Other`,
): Json =>
  k.when(
    {
      properties: { [field]: many ? { type: "array", contains: { const: "other" } } : { const: "other" } },
      required: [field],
    },
    { required: [otherField] },
  );

export const githubPattern = "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$";

export const phone = (k: SchemaKit, title: string): Json =>
  k.str(title, `${title}，如 0561-3112058 或 13905610000`, { pattern: "^[0-9+（）()\\- ]{3,20}$" });

export const email = (k: SchemaKit, title = "电子邮箱"): Json => k.str(title, title, { format: "email" });

export const resourceId = (k: SchemaKit, title = "资源标识"): Json =>
  k.str(
    title,
    "本系统内资源的稳定标识（小写字母、数字、连字符，以字母开头），变更、退出、确认单与云上资源名都用它；改名会被当作退出再新增。",
    { pattern: "^[a-z][a-z0-9-]{0,39}$" },
  );

/** 数量：附件1 注3，0 表示不需要。 */
export const quantity = (k: SchemaKit, title = "数量", unit = "个"): Json =>
  k.int(title, `${title}（${unit}）；不需要时填 0（附件1 注3）`, { minimum: 0, ...k.cite(note3) });

/** 一个大于 0 的整数规格（CPU 核数、内存 GB 等）。 */
export const size = (k: SchemaKit, title: string, description: string): Json =>
  k.int(title, description, { minimum: 1 });

export const tier = (k: SchemaKit): Json =>
  k.def("tier", () =>
    k.choice(
      "磁盘类型",
      k.catalog.profile.diskTiers.map((t) => ({
        id: t.id,
        label: `${t.label}${t.id === hb(k).defaultDiskTier ? "（默认）" : ""}`,
      })),
      k.cite({ attachment: "附件1" }),
    ),
  );

export const disk = (k: SchemaKit): Json =>
  k.def("disk", () =>
    k.obj(
      "磁盘",
      "磁盘（GB）及类型；不写类型时为 SATA硬盘（附件1 “2、存储资源”）",
      { sizeGB: size(k, "容量（GB）", "磁盘容量 GB"), tier: tier(k) },
      ["sizeGB"],
    ),
  );

export const zone = (k: SchemaKit): Json =>
  k.def("zone", () => pick(k, "部署区域", hb(k).zones, k.cite({ attachment: "附件1" })));

export const carrier = (k: SchemaKit): Json =>
  k.def("carrier", () =>
    pick(
      k,
      "云服务商",
      hb(k).carriers.map((c) => ({ id: c.id, label: `${c.label}（${c.cloud}）` })),
      k.cite({ attachment: "附件1" }),
    ),
  );

/** 公函（第12、16、17条：以公函形式提出申请）。 */
export const letter = (k: SchemaKit): Json =>
  k.def("letter", () =>
    k.obj(
      "公函",
      "以公函形式向市政务云主管部门提出申请（第12、16、17条）：公函文号与日期，可附扫描件",
      {
        number: k.str("公函文号", "如 淮教函〔2026〕35号"),
        date: k.date("公函日期", "公函落款日期"),
        file: attachmentPath(k, "公函扫描件"),
      },
      ["number", "date"],
      k.cite({ article: "第12条" }),
    ),
  );

export const attachmentPath = (k: SchemaKit, title: string): Json =>
  k.str(title, `${title}：相对于系统目录的路径，放在 attachments/ 下`, {
    pattern: "^attachments/[^/\\\\].*$",
  });

/** 一个日期区间（临时扩容的扩容时间段）。 */
export const period = (k: SchemaKit, title: string, description: string): Json =>
  k.obj(title, description, { from: k.date("开始日期", "开始日期"), to: k.date("结束日期", "结束日期") }, [
    "from",
    "to",
  ]);
