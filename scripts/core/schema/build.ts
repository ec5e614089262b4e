import type { Catalog, CatalogService } from "../catalog/types.ts";
import type { Citation } from "../finding.ts";
import { secretNamePattern } from "../notify/config.ts";

/**
 * 由服务目录生成申请、单位、系统三个 JSON Schema（2020-12）。枚举（服务、磁盘类型、缓存规格……）
 * 全部取自目录，`npm run schemas` 写入 `schemas/<profile>/`，测试保证提交的文件与生成结果一致。
 * 约束若出自某条款，就在该节点上标注 `x-citation`，校验发现会带上这条引用。
 */

export const schemaBase = "https://govcloud-gitops.example/schemas";
type Json = Record<string, unknown>;

export function buildSchemas(catalog: Catalog): {
  unit: Json;
  system: Json;
  application: Json;
  delivery: Json;
} {
  const b = new Builder(catalog);
  return { unit: b.unit(), system: b.system(), application: b.application(), delivery: b.delivery() };
}

class Builder {
  private readonly profile: string;
  /** 当前 schema 的 $defs：共用的字段定义只写一次，用 $ref 引用 */
  private defs: Json = {};
  constructor(private readonly catalog: Catalog) {
    this.profile = catalog.profile.id;
  }

  private cite(c: { article: string; clause?: string } | { attachment: string; note?: string }): {
    "x-citation": Citation;
  } {
    return { "x-citation": { profile: this.profile, ...c } as Citation };
  }

  private id(name: string): string {
    return `${schemaBase}/${this.profile}/${name}.schema.json`;
  }

  private def(name: string, build: () => Json): Json {
    if (!(name in this.defs)) this.defs[name] = build();
    return { $ref: `#/$defs/${name}` };
  }

  // ---------- 基本类型 ----------
  private str(title: string, description?: string, extra: Json = {}): Json {
    return { type: "string", minLength: 1, title, ...(description ? { description } : {}), ...extra };
  }
  private date(title: string, description: string): Json {
    return { type: "string", format: "date", title, description: `${description}（格式 YYYY-MM-DD）` };
  }
  private int(title: string, description: string, extra: Json = {}): Json {
    return { type: "integer", title, description, ...extra };
  }
  private percent(title: string): Json {
    return { type: "number", minimum: 0, maximum: 100, title, description: `${title}，单位 %，0–100` };
  }
  private obj(
    title: string,
    description: string,
    properties: Json,
    required: string[] = [],
    extra: Json = {},
  ): Json {
    return {
      type: "object",
      title,
      description,
      properties,
      ...(required.length ? { required } : {}),
      additionalProperties: false,
      ...extra,
    };
  }
  private list(title: string, description: string, items: Json, extra: Json = {}): Json {
    return { type: "array", title, description, items, ...extra };
  }

  private get g() {
    return this.catalog.profile.granularity;
  }

  private vcpu(): Json {
    return this.def("vcpu", () => this.vcpuSchema());
  }
  private vcpuSchema(): Json {
    const { multiple, min } = this.g.vcpu;
    return this.int("vCPU（核）", `vCPU 核数：须为 ${multiple} 的倍数，最小 ${min} 核（附件5 注3）。`, {
      minimum: min,
      multipleOf: multiple,
      ...this.cite({ attachment: "附件5", note: "3" }),
    });
  }
  private memory(): Json {
    return this.def("memory", () => this.memorySchema());
  }
  private memorySchema(): Json {
    const { multiple, min } = this.g.memoryGB;
    return this.int("内存（GB）", `内存 GB：须为 ${multiple} 的倍数，最小 ${min} GB（附件5 注3）。`, {
      minimum: min,
      multipleOf: multiple,
      ...this.cite({ attachment: "附件5", note: "3" }),
    });
  }
  private capacity(title = "容量（GB）"): Json {
    const { multiple, min } = this.g.capacityGB;
    return this.int(
      title,
      `${title}：须为 ${multiple} GB 的倍数，不足 ${multiple} GB 的部分向上取整（附件5 注3）。`,
      {
        minimum: min,
        multipleOf: multiple,
        ...this.cite({ attachment: "附件5", note: "3" }),
      },
    );
  }
  private tier(): Json {
    return this.def("tier", () => this.tierSchema());
  }
  private tierSchema(): Json {
    return {
      type: "string",
      title: "磁盘类型",
      description: this.catalog.profile.diskTiers.map((t) => `${t.id}：${t.label}`).join("；"),
      enum: this.catalog.profile.diskTiers.map((t) => t.id),
    };
  }
  private systemDisk(): Json {
    return this.def("systemDisk", () => this.systemDiskSchema());
  }
  private systemDiskSchema(): Json {
    return this.obj(
      "系统盘",
      `系统盘，默认 ${this.g.systemDiskGB.default} GB`,
      { sizeGB: this.int("系统盘容量（GB）", "系统盘容量 GB", { minimum: 40 }), tier: this.tier() },
      ["sizeGB", "tier"],
    );
  }
  private dataDisk(): Json {
    return this.def("dataDisk", () => this.dataDiskSchema());
  }
  private dataDiskSchema(): Json {
    return this.obj(
      "数据盘",
      "一块数据盘",
      { sizeGB: this.capacity("数据盘容量（GB）"), tier: this.tier() },
      ["sizeGB", "tier"],
    );
  }
  private quantity(): Json {
    return this.def("quantity", () => this.quantitySchema());
  }
  private quantitySchema(): Json {
    return this.int("数量", "数量（台、个、套……按目录计量单位）", {
      minimum: 1,
      ...this.cite({ attachment: "附件5", note: "1" }),
    });
  }
  private resourceId(title = "资源标识"): Json {
    return this.str(
      title,
      "本系统内资源的稳定标识（小写字母、数字、连字符，以字母开头），变更、撤销、端口开放和云上资源名都用它；改名会被当作撤销再新增。",
      { pattern: "^[a-z][a-z0-9-]{0,39}$" },
    );
  }
  private contact(title: string, description: string, extra: Json = {}): Json {
    return this.obj(
      title,
      description,
      {
        name: this.str("姓名", "姓名"),
        email: this.str("邮箱", "电子邮箱", { format: "email" }),
        mobile: this.str("手机", "手机号码（11 位）", { pattern: "^1[3-9][0-9]{9}$" }),
        officePhone: this.str("办公电话", "办公电话，如 0755-88888888", { pattern: "^[0-9+()\\- ]{5,20}$" }),
        position: this.str("职务", "职务"),
        github: this.str("GitHub 账号", "GitHub 用户名", { pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$" }),
        ...extra,
      },
      ["name", "email", "mobile"],
    );
  }
  private consultation(): Json {
    return this.def("consultation", () => this.consultationSchema());
  }
  private consultationSchema(): Json {
    return this.obj(
      "事前沟通记录",
      "裸金属、AI 算力、超高IO云硬盘（SSD）申请前须与市大数据资源管理中心沟通（附件1 第5、6、11项）",
      {
        date: this.date("沟通日期", "与市大数据资源管理中心沟通的日期"),
        contact: this.str("沟通对象", "中心的沟通人或电话"),
        summary: this.str("沟通结论", "沟通后确定的规格与结论"),
      },
      ["date", "summary"],
      this.cite({ attachment: "附件1" }),
    );
  }
  private attachments(): Json {
    return this.def("attachments", () => this.attachmentsSchema());
  }
  private attachmentsSchema(): Json {
    return this.list(
      "附件",
      "截图、架构图、报告等文件的路径（相对于本系统目录），如 attachments/架构图.png",
      this.str("附件路径", "相对于系统目录的路径", { pattern: "^(?!/)(?!.*\\.\\.)[^\\\\]+$" }),
    );
  }

  // ---------- 资源（云服务需求） ----------
  private serviceResource(service: CatalogService): Json {
    const common: Json = {
      id: this.resourceId(),
      service: { const: service.id, title: "服务", description: `${service.name}（${service.level3}）` },
      purpose: this.str("用途", "用途﹡"),
      quantity: this.quantity(),
      remark: this.str("备注", "备注"),
    };
    const required = ["id", "service"];
    const props: Json = { ...common };
    const extra: Json = {};
    switch (service.shape) {
      case "compute":
        Object.assign(props, {
          vcpu: this.vcpu(),
          memoryGB: this.memory(),
          systemDisk: this.systemDisk(),
          dataDisks: this.list("数据盘", "数据盘列表，可为空", this.dataDisk()),
        });
        if (service.id === "ai-compute")
          props.gpus = this.int("加速卡（块）", "AI 算力加速卡块数", { minimum: 1 });
        required.push("purpose", "quantity", "vcpu", "memoryGB", "systemDisk");
        break;
      case "capacity":
        props.capacityGB = this.capacity();
        if (service.id === "evs") {
          props.tier = this.tier();
          props.attachTo = this.resourceId("挂载到");
          required.push("tier");
        }
        required.push("capacityGB");
        break;
      case "vcpu":
        props.vcpu = this.vcpu();
        required.push("vcpu");
        break;
      case "cache": {
        const editions = service.cache ?? [];
        props.edition = {
          type: "string",
          title: "版本",
          description: editions.map((e) => `${e.id}：${e.label}`).join("；"),
          enum: editions.map((e) => e.id),
        };
        props.sizeGB = this.int("容量（GB）", "缓存容量 GB", { minimum: 1 });
        required.push("edition", "sizeGB");
        extra.allOf = editions.map((e) => ({
          if: { properties: { edition: { const: e.id } }, required: ["edition"] },
          then: {
            properties: {
              sizeGB: {
                enum: e.sizesGB,
                description: `${e.label}容量只能是 ${e.sizesGB.join("、")} GB`,
                ...this.cite({ attachment: "附件5" }),
              },
            },
          },
        }));
        break;
      }
      case "package": {
        const p = service.package;
        if (!p) break;
        props.base = this.int(
          "基础包（个）",
          `基础包数量（含 ${p.baseAmount}${p.measure.unit}${p.measure.label}）`,
          {
            minimum: 0,
            maximum: 1,
          },
        );
        props.increments = this.int(
          "增量包（个）",
          `增量包数量：超出基础包的部分，每 ${p.incrementAmount}${p.measure.unit}${p.measure.label}加一个`,
          { minimum: 0 },
        );
        props[p.measure.field] = this.int(
          p.measure.label,
          `需要的${p.measure.label}（${p.measure.unit}），用于核对套餐数量`,
          {
            minimum: 1,
          },
        );
        required.push("base", "increments");
        break;
      }
      case "choice": {
        const c = service.choice;
        if (!c) break;
        props[c.field] = this.int(
          c.label,
          `${c.label}（${c.unit}）：只能是 ${c.options.map((o) => o.value).join("、")}`,
          {
            enum: c.options.map((o) => o.value),
            ...this.cite({ attachment: "附件1" }),
          },
        );
        required.push(c.field);
        break;
      }
      case "connections":
        props.connections = this.int("连接数", `连接数：以 ${this.g.sslVpnConnections.multiple} 连接为单位`, {
          minimum: this.g.sslVpnConnections.multiple,
          multipleOf: this.g.sslVpnConnections.multiple,
          ...this.cite({ attachment: "附件1" }),
        });
        props.usage = {
          type: "string",
          title: "用途类别",
          description: "ops：运维；business：业务",
          enum: ["ops", "business"],
        };
        required.push("connections", "usage");
        break;
      case "count":
        break;
    }
    // 裸金属、AI 算力须事前沟通；云主机、容器节点与云硬盘选超高IO（SSD）时也须沟通（附件1 第11项）
    if (service.consultation || service.shape === "compute" || service.id === "evs")
      props.consultation = this.consultation();
    if (service.id === "waf")
      props.domains = this.int("防护域名数", "需要防护的域名数：基础包与每个增量包各含 2 个域名", {
        minimum: 1,
      });
    if (service.maxPerMonth !== undefined) {
      props.timesPerMonth = this.int("每月次数", `每月次数，最多 ${service.maxPerMonth} 次`, {
        minimum: 1,
        maximum: service.maxPerMonth,
        ...this.cite({ attachment: "附件5" }),
      });
    }
    if (service.id === "eip") {
      Object.assign(props, {
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
        bindTo: this.resourceId("绑定的资源"),
      });
      required.push("network");
    }
    if (service.id === "vpc") props.name = this.str("VPC 名称", "独立 VPC 的名称（VPC_Name）");
    if (service.id === "subnet" || service.id === "private-ip")
      props.ips = this.int("私网 IP 数", "系统共需要的政务云私网 IP 数（含安全服务、虚拟IP）", {
        minimum: 1,
      });
    return {
      ...this.obj(service.name, `${service.level1} / ${service.level2} / ${service.level3}`, props, required),
      ...extra,
    };
  }

  private resource(): Json {
    const services = this.catalog.services.filter((s) => s.changeTypes.new);
    return {
      type: "object",
      title: "云服务需求",
      description: "一项云服务需求（按附件1《深圳市政务云服务目录》填写），`service` 决定其余字段",
      required: ["service"],
      properties: { service: { type: "string", title: "服务", enum: services.map((s) => s.id) } },
      // 服务项须与服务目录一致：未知的服务、缺少 service 都引这一款
      ...this.cite({ article: "第21条", clause: "(3)" }),
      discriminator: { propertyName: "service" },
      oneOf: services.map((s) => ({ $ref: `#/$defs/service-${s.id}` })),
    };
  }

  /** 变更前、变更后配置：字段取自各类服务的配置；哪些字段适用由规则按资源的服务核对。 */
  private config(title: string): Json {
    return this.obj(title, `${title}（只写与该资源相关的字段）`, {
      vcpu: this.vcpu(),
      memoryGB: this.memory(),
      systemDisk: this.systemDisk(),
      dataDisks: this.list("数据盘", "数据盘列表", this.dataDisk()),
      capacityGB: this.capacity(),
      sizeGB: this.int("缓存容量（GB）", "分布式缓存容量 GB", { minimum: 1 }),
      edition: { type: "string", title: "缓存版本", enum: ["single", "ha", "cluster"] },
      base: this.int("基础包（个）", "基础包数量", { minimum: 0, maximum: 1 }),
      increments: this.int("增量包（个）", "增量包数量", { minimum: 0 }),
      connections: this.int("连接数", "连接数", { minimum: 10, multipleOf: 10 }),
      assets: this.int("资产数", "云堡垒机资产数", { enum: [20, 50, 100, 200, 500] }),
      bandwidthMbps: this.int("带宽（Mbps）", "防护带宽 Mbps", { minimum: 1 }),
      dailyGB: this.int("日分析量（GB）", "态势感知日分析量", { enum: [5, 30] }),
      logSources: this.int("日志源", "日志源数", { minimum: 1 }),
      quantity: this.quantity(),
    });
  }

  private utilization(): Json {
    const pair = (title: string) =>
      this.obj(
        title,
        `${title}利用率，单位 %`,
        { average: this.percent("平均利用率"), peak: this.percent("峰值利用率") },
        ["average"],
      );
    return this.obj(
      "资源利用率",
      "近 5 个工作日的资源利用率（第19条(2)，附件6 变更测算报告）",
      {
        window: this.obj(
          "统计区间",
          "近 5 个工作日的起止日期",
          {
            from: this.date("起始日期", "统计区间第一天"),
            to: this.date("结束日期", "统计区间最后一天"),
          },
          ["from", "to"],
        ),
        cpu: pair("vCPU"),
        memory: pair("内存"),
        storage: this.obj("存储", "存储使用情况", {
          usedPercent: this.percent("存储利用率"),
          usedGB: this.int("已使用量（GB）", "已使用量 GB", { minimum: 0 }),
        }),
        evidence: this.attachments(),
      },
      ["window"],
      this.cite({ article: "第19条", clause: "(2)" }),
    );
  }

  private growth(): Json {
    return this.obj(
      "数据增长测算",
      "未来不超过六个月的业务数据增长量（第23条(2)、第29条(2)），须说明数据的构成",
      {
        monthlyGB: { type: "number", minimum: 0, title: "月增长量（GB）", description: "每月新增数据量 GB" },
        months: this.int("测算月数", "测算覆盖的月数，不超过 6 个月", {
          minimum: 1,
          maximum: 6,
          ...this.cite({ article: "第23条", clause: "(2)" }),
        }),
        composition: this.str("数据构成", "数据的构成（业务数据、日志、附件……）"),
        formula: this.str("测算公式", "测算公式与依据"),
      },
      ["monthlyGB", "months", "composition"],
    );
  }

  private newEstimate(): Json {
    const server = this.obj(
      "测试服务器",
      "系统测试时使用的服务器（应与架构图中的节点对应）",
      {
        name: this.str("类型", "如 应用测试服务器"),
        vcpu: this.int("CPU（核）", "CPU 核数", { minimum: 1 }),
        memoryGB: this.int("内存（GB）", "内存 GB", { minimum: 1 }),
        systemDisk: this.systemDisk(),
        dataDisks: this.list("数据盘", "数据盘", this.dataDisk()),
        quantity: this.quantity(),
        purpose: this.str("用途", "用途"),
        environment: this.str("运行环境", "操作系统、中间件等运行环境"),
      },
      ["name", "vcpu", "memoryGB", "quantity", "purpose"],
    );
    const scenario = this.obj(
      "测试场景",
      "重要功能模块的测试场景：预设并发量、预设结果与测试服务器的运行情况",
      {
        name: this.str("场景", "场景名称"),
        server: this.str("测试服务器", "对应的测试服务器类型"),
        concurrency: this.int("预设并发量", "预设并发量", { minimum: 1 }),
        expected: this.str("预设结果", "预设结果，如 响应时间 ≤ 2 秒"),
        cpuPercent: this.percent("CPU 利用率"),
        memoryPercent: this.percent("内存利用率"),
        result: this.str("运行情况", "该场景下测试服务器的运行情况"),
        evidence: this.attachments(),
      },
      ["name", "server", "concurrency", "expected", "cpuPercent", "memoryPercent"],
    );
    const demand = this.obj(
      "测算出的需求",
      "测算报告测算出的云服务需求；须与申请表的云服务需求一致（第21条(5)）",
      {
        resource: this.resourceId("对应资源"),
        vcpu: this.vcpu(),
        memoryGB: this.memory(),
        quantity: this.quantity(),
        basis: this.str("测算说明", "规格、数量的测算说明"),
      },
      ["resource", "basis"],
    );
    const storage = this.obj(
      "存储需求",
      "每台服务器（或文件存储、对象存储）的存储测算过程（附件6 第3节）",
      {
        resource: this.resourceId("对应资源"),
        runtimeGB: {
          type: "number",
          minimum: 0,
          title: "运行环境占用（GB）",
          description: "运行环境、业务部署包的存储占用量",
        },
        migratedGB: {
          type: "number",
          minimum: 0,
          title: "迁移数据（GB）",
          description: "迁移至本次申请资源的已有业务数据量",
        },
        migratedEvidence: this.attachments(),
        growth: this.growth(),
        requiredGB: this.int(
          "所需存储量（GB）",
          "所需存储量 GB：数据盘（不含系统盘，系统盘按申请表配置）或对象/文件存储的容量",
          { minimum: 0 },
        ),
        explanation: this.str("所需存储量说明", "所需存储量说明"),
      },
      ["resource", "requiredGB", "explanation"],
    );
    const backup = this.obj(
      "灾备需求",
      "备份测算：备份内容、类型、策略、保存周期，推算备份容量（第23条(3)）",
      {
        resource: this.resourceId("对应资源"),
        content: this.str("备份内容", "备份目的与内容，如 业务数据库"),
        type: {
          type: "string",
          title: "备份类型",
          enum: ["full", "incremental", "differential", "full+incremental"],
          description: "full：全量；incremental：增量；differential：差异；full+incremental：全量+增量",
        },
        policy: this.str("备份策略", "如 每周日全量、每日增量"),
        retentionDays: this.int("保存周期（天）", "备份保存天数", { minimum: 1 }),
        sourceGB: {
          type: "number",
          minimum: 0,
          title: "备份源数据量（GB）",
          description: "每次全量备份的数据量",
        },
        capacityGB: this.int("备份容量（GB）", "推算出的备份容量 GB", { minimum: 0 }),
        formula: this.str("推算过程", "由策略与保存周期推算容量的过程"),
      },
      ["content", "type", "policy", "retentionDays", "capacityGB"],
      this.cite({ article: "第23条", clause: "(3)" }),
    );
    return this.obj(
      "测算报告",
      "深圳市政务云服务申请测算报告（附件6，新增）",
      {
        description: this.str("系统描述", "系统简介、使用场景、主要功能模块、本次资源申请对应的模块"),
        architecture: this.obj(
          "系统架构图",
          "部署架构图和网络拓扑图（标明政务外网区、互联网区和部署节点）",
          {
            summary: this.str("架构说明", "架构的文字说明"),
            diagrams: this.attachments(),
          },
          ["summary"],
        ),
        users: this.obj(
          "系统用户",
          "系统用户群体、预估最大用户量和最大并发量",
          {
            groups: this.str("用户群体", "用户群体"),
            maxUsers: this.int("最大用户量", "预估最大用户量", { minimum: 0 }),
            maxConcurrent: this.int("最大并发量", "预估最大并发量", { minimum: 0 }),
          },
          ["groups", "maxUsers", "maxConcurrent"],
        ),
        method: {
          type: "string",
          title: "测算方式",
          description: "load-test：系统测试；analogy：同类型系统类比",
          enum: ["load-test", "analogy"],
        },
        loadTest: this.obj(
          "系统测试",
          "系统测试方式的测试环境、场景与结论",
          {
            servers: this.list("测试环境", "测试服务器", server, { minItems: 1 }),
            scenarios: this.list("测试场景及结果", "测试场景", scenario, { minItems: 1 }),
            conclusion: this.str("测试结论", "结合测试结果论证 vCPU、内存需求量的合理性"),
          },
          ["servers", "scenarios", "conclusion"],
        ),
        analogy: this.obj(
          "同类型系统类比",
          "类比的系统与测算说明",
          {
            system: this.str("类比系统", "同类型系统名称"),
            explanation: this.str("测算说明", "所需规格、数量的测算说明"),
          },
          ["system", "explanation"],
        ),
        demand: this.list("测算出的云服务需求", "每项计算资源的测算结果（第21条(5)）", demand, {
          minItems: 1,
        }),
        storage: this.list("存储需求说明", "存储测算（附件6 第3节）", storage),
        backup: this.list("灾备需求说明", "备份测算（附件6 第4节）", backup),
        security: this.obj(
          "安全需求说明",
          "按等级保护要求选择安全服务，并说明配置与数量（第23条(4)）",
          {
            explanation: this.str("说明", "安全服务选择的说明"),
          },
          ["explanation"],
          this.cite({ article: "第23条", clause: "(4)" }),
        ),
      },
      ["description", "architecture", "users", "method", "demand"],
      {
        allOf: [
          { if: { properties: { method: { const: "load-test" } } }, then: { required: ["loadTest"] } },
          { if: { properties: { method: { const: "analogy" } } }, then: { required: ["analogy"] } },
        ],
        ...this.cite({ article: "第23条", clause: "(2)" }),
      },
    );
  }

  private changeEstimate(): Json {
    return this.obj(
      "变更测算报告",
      "深圳市政务云服务变更测算报告（附件6，变更；缩容时可不提供，第27条）",
      {
        explanation: this.str("测算说明", "结合使用现状与截图，论述资源变更的测算过程"),
        evidence: this.attachments(),
        storageGrowth: this.growth(),
      },
      ["explanation"],
    );
  }

  private testEstimate(): Json {
    return this.obj(
      "测试资源测算报告",
      "测算报告应明确系统名称、系统架构、部署方案、资源需求、测算依据（第49条(4)）",
      {
        description: this.str("系统描述", "系统简介"),
        architecture: this.obj(
          "系统架构",
          "系统架构说明与架构图",
          {
            summary: this.str("架构说明", "架构的文字说明"),
            diagrams: this.attachments(),
          },
          ["summary"],
        ),
        deployment: this.str("部署方案", "部署方案：部署节点及其作用"),
        nodes: this.list(
          "部署节点",
          "部署节点；原则上每个部署节点只申请一台云主机（第49条(5)）",
          this.obj(
            "部署节点",
            "一个部署节点",
            { name: this.str("节点", "节点名称"), resource: this.resourceId("对应资源") },
            ["name", "resource"],
          ),
          { minItems: 1 },
        ),
        basis: this.str("测算依据", "资源需求的测算依据（按最低部署配置，第51条(2)）"),
      },
      ["description", "architecture", "deployment", "nodes", "basis"],
      this.cite({ article: "第49条", clause: "(4)" }),
    );
  }

  private shutdown(): Json {
    return this.obj(
      "关机安排",
      "需要关机操作时：使用单位于关机前 3 个工作日发布公告，提供商在关机当天完成（第30条(1)、第36条）",
      {
        required: { type: "boolean", title: "是否需要关机", description: "是否需要关机操作" },
        date: this.date("关机日期", "与提供商确认的关机日期"),
        noticeDate: this.date("公告日期", "使用单位发布关机公告的日期"),
      },
      ["required"],
      this.cite({ article: "第30条", clause: "(1)" }),
    );
  }

  application(): Json {
    this.defs = {};
    const types = {
      new: "新增申请",
      change: "变更申请",
      revoke: "撤销申请",
      ports: "端口开放申请",
      test: "测试资源申请",
      "test-renewal": "测试资源续期",
    } as const;
    const common: Json = {
      $schema: this.str("Schema", "编辑器使用的 schema 地址"),
      kind: { const: "application", title: "文档类型", description: "固定为 application（申请）" },
      profile: {
        const: this.profile,
        title: "规范",
        description: `适用的规范：${this.catalog.profile.title}`,
      },
      sequence: this.int("申请序号", "本系统内申请的顺序号，从 1 起连续递增；决定申请的先后，不看文件名", {
        minimum: 1,
      }),
      type: {
        type: "string",
        title: "申请类型",
        description: Object.entries(types)
          .map(([k, v]) => `${k}：${v}`)
          .join("；"),
        enum: Object.keys(types),
      },
      date: this.date("申请日期", "申请日期；申请自申请之日起 3 个月内有效（附件5 注5）"),
      unit: this.str("单位名称", "使用单位全称，须与单位登记（unit.yaml）的名称一致（第21条(1)）"),
      system: this.str("信息系统名称", "信息系统名称，须与首次申请时填写的名称完全一致（第21条(2)）"),
      remark: this.str("备注", "其他情况请在备注中写明（附件5 注7）"),
      attachments: this.attachments(),
    };
    const commonRequired = ["kind", "profile", "sequence", "type", "date", "unit", "system"];
    const branch = (type: keyof typeof types, props: Json, required: string[], extra: Json = {}): Json => ({
      type: "object",
      title: types[type],
      properties: { ...common, type: { const: type, title: "申请类型", description: types[type] }, ...props },
      required: [...commonRequired, ...required],
      additionalProperties: false,
      ...extra,
    });
    const resources = this.list(
      "云服务需求",
      "云服务需求（根据附件1《深圳市政务云服务目录》按需填写）",
      {
        $ref: "#/$defs/resource",
      },
      { minItems: 1 },
    );
    const env = this.catalog.profile.environments;

    const newSection = this.obj(
      "新增申请",
      "一、新增申请",
      {
        forDeploymentAndAssessment: {
          type: "boolean",
          title: "是否用于部署与测评",
          description:
            "true：仅限政务外网内点对点部署测试和安全测评；false：正式使用，须提供等级测评报告结论或安全专项检测结果",
        },
        securityAssessment: this.obj(
          "等级测评报告结论或安全专项检测结果",
          "不用于部署与测评时必填（附件5 一、新增申请）",
          {
            kind: {
              type: "string",
              title: "类别",
              description: "grading：等级测评报告；special：安全专项检测",
              enum: ["grading", "special"],
            },
            conclusion: {
              type: "string",
              title: "结论",
              description: "等级测评：优、良、中；安全专项检测：无中高风险",
              enum: ["优", "良", "中", "无中高风险"],
            },
            reportNo: this.str("报告编号", "报告编号"),
            issuer: this.str("出具单位", "测评机构"),
          },
          ["kind", "conclusion"],
          {
            allOf: [
              {
                if: { properties: { kind: { const: "grading" } }, required: ["kind"] },
                then: { properties: { conclusion: { enum: ["优", "良", "中"] } } },
              },
              {
                if: { properties: { kind: { const: "special" } }, required: ["kind"] },
                then: { properties: { conclusion: { const: "无中高风险" } } },
              },
            ],
          },
        ),
        expectedLaunch: this.date("预计上线时间", "预计上线时间﹡"),
      },
      ["forDeploymentAndAssessment", "expectedLaunch"],
      {
        if: {
          properties: { forDeploymentAndAssessment: { const: false } },
          required: ["forDeploymentAndAssessment"],
        },
        then: { required: ["securityAssessment"], ...this.cite({ attachment: "附件5" }) },
      },
    );

    const change = this.obj(
      "变更项",
      "一项现有资源的变更（附件5 三、变更申请）",
      {
        resource: this.resourceId("变更的资源"),
        ip: this.str("IP", "资源的 IP（交付记录中有则可省略）", { format: "ipv4" }),
        before: this.config("变更前配置"),
        after: this.config("变更后配置"),
        utilization: this.utilization(),
        remark: this.str("备注", "备注"),
      },
      ["resource", "before", "after"],
      this.cite({ attachment: "附件5" }),
    );

    const revocation = this.obj(
      "撤销项",
      "一项要撤销的资源（附件5 四、撤销申请）",
      {
        resource: this.resourceId("撤销的资源"),
        ip: this.str("IP", "资源的 IP", { format: "ipv4" }),
        info: this.str("服务信息", "IP、相关规格（不填则由交付记录生成）"),
        dataBackup: {
          type: "string",
          title: "数据备份情况",
          description: "backed-up：数据已备份；not-needed：无需备份；no-data：不涉及数据（附件5 注6）",
          enum: ["backed-up", "not-needed", "no-data"],
          ...this.cite({ attachment: "附件5", note: "6" }),
        },
        keep: this.list(
          "保留的数据盘",
          "撤销主机时保留（不删除）的数据盘或存储的标识",
          this.str("标识", "数据盘标识"),
        ),
        remark: this.str("备注", "备注"),
      },
      ["resource", "dataBackup"],
    );

    const portRule = this.obj(
      "端口策略",
      "一条端口开放（或关闭）策略（附件8）",
      {
        source: this.str("源地址", "源地址：IP、CIDR 网段，或 any（任意地址）"),
        destination: this.str("目的地址", "目的地址：本系统资源标识或 IP"),
        protocol: {
          type: "string",
          title: "端口类型",
          description: "TCP/UDP/ICMP",
          enum: ["tcp", "udp", "icmp"],
        },
        ports: {
          title: "端口号",
          description: "端口号：单个端口、端口列表或范围字符串（如 8000-8010）；ICMP 不填",
          oneOf: [
            { type: "integer", minimum: 1, maximum: 65535 },
            { type: "array", minItems: 1, items: { type: "integer", minimum: 1, maximum: 65535 } },
            { type: "string", pattern: "^[0-9]{1,5}-[0-9]{1,5}$" },
          ],
        },
        purpose: {
          type: "string",
          title: "端口用途",
          description:
            "new-service：①因服务需要开放新端口（须安全专项报告）；change-port：②因安全需要改变原服务端口；management：③因网管需求（须限制源地址）；rdp：④开通或修改 3389 端口策略（须 RDP 审批表）",
          enum: ["new-service", "change-port", "management", "rdp"],
          ...this.cite({ attachment: "附件8", note: "2" }),
        },
        description: this.str("端口用途说明", "端口用途说明"),
      },
      ["source", "destination", "protocol", "purpose", "description"],
    );
    const ipRequest = this.obj(
      "IP 地址申请",
      "IP 地址申请（附件8）",
      {
        type: {
          type: "string",
          title: "类型",
          description: "virtual：政务云虚拟IP；elastic：政务云弹性IP；public：公网IP",
          enum: ["virtual", "elastic", "public"],
        },
        quantity: this.quantity(),
        purpose: this.str("用途", "用途"),
        bindTo: this.resourceId("绑定的虚拟机"),
        icpEntity: this.str("ICP备案主体单位名称", "公网 IP 用于网站时，ICP 备案主体单位全称（附件8 注3）"),
        remark: this.str("备注", "备注"),
      },
      ["type", "quantity", "purpose"],
    );
    const ports = this.obj(
      "端口开放申请",
      "深圳市政务数据中心服务器端口开放申请表（附件8）",
      {
        business: {
          type: "string",
          title: "业务类型",
          description: "open：端口开放申请；close：端口关闭申请",
          enum: ["open", "close"],
        },
        network: {
          type: "string",
          title: "接入网络",
          description: "public：党政机关外网（政务公共网）；office：党政机关专网（政务办公网）",
          enum: ["public", "office"],
        },
        contact: this.obj(
          "联系人",
          "申请表联系人",
          {
            name: this.str("姓名", "联系人"),
            phone: this.str("联系电话", "联系电话"),
            fax: this.str("传真", "传真"),
          },
          ["name", "phone"],
        ),
        securityReport: this.obj(
          "安全专项报告",
          "测评中心出具的安全专项报告（开放新端口时必填，第38条(1)）",
          {
            system: this.str("信息系统名称", "报告中的信息系统名称"),
            conclusion: this.str("报告结论", "等级测评报告结论或安全专项检测结论"),
            reportNo: this.str("报告编号", "报告编号"),
            issuer: this.str("出具单位", "测评中心"),
          },
          ["system", "conclusion"],
          this.cite({ article: "第38条", clause: "(1)" }),
        ),
        rdpApproval: this.obj(
          "RDP 审批表",
          "《远程桌面（RDP）服务开通审批表》（附件8 注2④）",
          {
            formNo: this.str("审批表编号", "审批表编号"),
            date: this.date("登记日期", "报审登记日期"),
          },
          ["formNo"],
          this.cite({ attachment: "附件8", note: "2④" }),
        ),
        rules: this.list("端口策略", "源地址、目的地址、端口类型、端口号、用途", portRule),
        ipRequests: this.list("IP 地址申请", "政务云虚拟IP、弹性IP、公网IP", ipRequest),
      },
      ["business", "network", "contact"],
    );

    const testPeriod = {
      title: "测试资源使用期限",
      description: "1、2、3 个月或 1、2、3、4 周；单次不超过三个月（第45条、第49条(3)）",
      oneOf: [
        this.obj(
          "按月",
          "月数",
          {
            months: this.int("月", "1–3 个月", {
              minimum: 1,
              maximum: this.catalog.profile.testResources.maxPeriodMonths,
              ...this.cite({ article: "第45条" }),
            }),
          },
          ["months"],
        ),
        this.obj(
          "按周",
          "周数",
          {
            weeks: this.int("周", "1–4 周", {
              minimum: 1,
              maximum: 4,
              ...this.cite({ article: "第49条", clause: "(3)" }),
            }),
          },
          ["weeks"],
        ),
      ],
      ...this.cite({ article: "第49条", clause: "(3)" }),
    };
    const testSection = this.obj(
      "测试资源申请",
      "二、测试资源申请",
      {
        environment: {
          type: "string",
          title: "云环境",
          description: env.map((e) => `${e.id}：${e.label}`).join("；"),
          enum: env.map((e) => e.id),
        },
        networkZone: {
          const: "政务外网区",
          title: "网络区域",
          description: "测试资源只在政务外网区（附件5 二、测试资源申请）",
          ...this.cite({ attachment: "附件5" }),
        },
        period: testPeriod,
        expectedLaunch: this.date("预计上线时间", "预计上线时间﹡"),
      },
      ["period", "expectedLaunch"],
    );
    const renewal = this.obj(
      "续期项",
      "续期的测试资源",
      {
        resource: this.resourceId("续期的资源"),
        ip: this.str("IP", "测试资源的 IP", { format: "ipv4" }),
        months: this.int("续期时限（月）", "续期 1–3 个月；累计使用不超过六个月（第45条）", {
          minimum: 1,
          maximum: this.catalog.profile.testResources.maxPeriodMonths,
          ...this.cite({ article: "第45条" }),
        }),
        remark: this.str("备注", "备注"),
      },
      ["resource", "months"],
    );
    const revokeSection = this.obj("撤销说明", "撤销申请的补充信息", {
      systemOffline: this.date(
        "系统下线日期",
        "系统已下线时的下线日期：下线后 2 个月内须提交撤销申请（第19条(3)）",
      ),
      wholeSystem: {
        type: "boolean",
        title: "整个系统撤销",
        description: "撤销系统的全部云资源及其安全策略、备份作业",
      },
    });

    const schemaId = this.id("application");
    const defs: Json = { resource: this.resource() };
    for (const s of this.catalog.services)
      if (s.changeTypes.new) defs[`service-${s.id}`] = this.serviceResource(s);
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: schemaId,
      title: `政务云服务申请（${this.catalog.profile.title}）`,
      description:
        "一份申请一个文件，一个文件只涉及一个信息系统（附件5 注2）。放在 requests/<单位>/<系统>/ 下；`type` 决定其余部分。",
      type: "object",
      required: ["type"],
      properties: { type: common.type },
      discriminator: { propertyName: "type" },
      oneOf: [
        branch(
          "new",
          { new: newSection, resources, estimate: this.newEstimate() },
          ["new", "resources", "estimate"],
          {
            ...this.cite({ article: "第21条" }),
            // 缺测算报告时引要求提交它的条款（第21条），不是关于其内容的第23条(2)
            "x-required-by": { estimate: { profile: this.profile, article: "第21条" } },
          },
        ),
        branch(
          "change",
          {
            changes: this.list("变更项", "三、变更申请", change, { minItems: 1 }),
            shutdown: this.shutdown(),
            estimate: this.changeEstimate(),
          },
          ["changes"],
        ),
        branch(
          "revoke",
          {
            revocations: this.list("撤销项", "四、撤销申请", revocation, { minItems: 1 }),
            revoke: revokeSection,
            shutdown: this.shutdown(),
          },
          ["revocations"],
        ),
        branch("ports", { ports }, ["ports"]),
        branch("test", { test: testSection, resources, estimate: this.testEstimate() }, [
          "test",
          "resources",
          "estimate",
        ]),
        branch(
          "test-renewal",
          { renewals: this.list("续期测试资源", "续期测试资源", renewal, { minItems: 1 }) },
          ["renewals"],
        ),
      ],
      $defs: { ...this.defs, ...defs },
    };
  }

  /** 交付记录：提供商发放后写入（第25条：IP、主机名、配置），状态折叠据此得到交付日期。 */
  delivery(): Json {
    this.defs = {};
    const instance = this.obj(
      "实例",
      "发放的一台主机（或一个实例）",
      {
        name: this.str("实例名", "云上资源名，如 app-1", { pattern: "^[a-z][a-z0-9-]{0,62}$" }),
        hostname: this.str("主机名", "主机名"),
        ip: this.str("IP", "政务云私网 IP", { format: "ipv4" }),
        floatingIp: this.str("弹性/政务外网 IP", "绑定的弹性 IP 或政务外网 IP", { format: "ipv4" }),
        cloudId: this.str("云上标识", "OpenStack / HCS 中的资源 ID"),
      },
      ["name"],
    );
    const resource = this.obj(
      "交付的资源",
      "申请中的一项资源（按资源标识）的交付情况",
      {
        id: this.resourceId(),
        instances: this.list("实例", "逐台的主机名与 IP", instance),
        config: this.config("交付配置"),
        endpoint: this.str("访问地址", "对象存储桶、文件共享等的访问地址"),
        remark: this.str("备注", "备注"),
      },
      ["id"],
    );
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: this.id("delivery"),
      title: "交付记录",
      description:
        "requests/<单位>/<系统>/deliveries/<序号>.yaml：一份申请实施后的交付情况（第24、25条），由发放流水线写入，人工不改",
      ...this.obj(
        "交付记录",
        "一份申请的交付记录",
        {
          $schema: this.str("Schema", "编辑器使用的 schema 地址"),
          kind: { const: "delivery", title: "文档类型", description: "固定为 delivery" },
          profile: { const: this.profile, title: "规范", description: this.catalog.profile.title },
          application: this.int("申请序号", "所交付的申请的序号（sequence）", { minimum: 1 }),
          date: this.date("交付日期", "完成发放（实施）的日期"),
          resources: this.list("交付的资源", "逐项资源的交付情况", resource),
          remark: this.str("备注", "备注"),
        },
        ["kind", "profile", "application", "date"],
      ),
      $defs: this.defs,
    };
  }

  unit(): Json {
    this.defs = {};
    const agent = this.obj(
      "授权代理人",
      "《深圳市政务云服务申请授权委托书》（附件3）中的代理人；代理人应为该单位的在岗公职人员",
      {
        name: this.str("代理人姓名", "代理人姓名"),
        github: this.str("GitHub 账号", "代理人提交拉取请求所用的 GitHub 用户名", {
          pattern: "^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$",
        }),
        position: this.str("职位", "职位"),
        idNumber: this.str(
          "证件号码",
          "证件号码（仓库公开可见：只写脱敏后的号码，中间用 * 遮盖，如 440304********1234）",
          {
            pattern: "^[0-9A-Za-z]{2,6}\\*{4,}[0-9Xx]{2,4}$",
          },
        ),
        phone: this.str("联系电话", "联系电话"),
        scope: {
          type: "string",
          title: "授权范围",
          description:
            "own：授权代理本单位政务云申请；supervisor-and-own：授权代理主管单位及本单位的政务云申请",
          enum: ["own", "supervisor-and-own"],
        },
        validFrom: this.date("有效期起", "授权有效期开始日期"),
        validTo: this.date("有效期止", "授权有效期结束日期（默认一年）"),
        stampedBy: {
          type: "string",
          title: "盖章单位",
          description: "own：本单位公章（已获主管单位授权可自行申请时）；supervisor：主管单位公章",
          enum: ["own", "supervisor"],
          ...this.cite({ attachment: "附件3", note: "说明2" }),
        },
        letter: this.str("委托书扫描件", "盖章委托书扫描件的路径（相对于单位目录）"),
        inService: {
          const: true,
          title: "在岗公职人员",
          description: "确认代理人为该单位的在岗公职人员（附件3 说明1）",
          ...this.cite({ attachment: "附件3", note: "说明1" }),
        },
        revokedOn: this.date(
          "注销日期",
          "授权人员变动、账号注销的日期：此后该代理人的申请一律不予受理（第17条）",
        ),
      },
      ["name", "github", "position", "phone", "inService", "scope", "validFrom", "validTo", "stampedBy"],
      this.cite({ article: "第17条" }),
    );
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: this.id("unit"),
      title: "使用单位登记",
      description: "requests/<单位>/unit.yaml：单位全称、主管单位、地址与授权代理人（附件3）",
      ...this.obj(
        "使用单位",
        "政务云服务使用单位",
        {
          $schema: this.str("Schema", "编辑器使用的 schema 地址"),
          kind: { const: "unit", title: "文档类型", description: "固定为 unit" },
          profile: { const: this.profile, title: "规范", description: this.catalog.profile.title },
          name: this.str("单位名称", "单位全称（第21条(1)）"),
          supervisor: this.str("主管单位", "主管单位的目录名（requests/ 下的文件夹名）；无主管单位时不填", {
            pattern: "^[a-z][a-z0-9-]{0,63}$",
          }),
          supervisorAuthorized: this.obj(
            "主管单位授权",
            "已获主管单位授权可自行申请政务云服务（第5条、附件3 说明2）",
            {
              date: this.date("授权日期", "主管单位授权日期"),
              document: this.str("授权文件", "授权文件名称或文号"),
            },
            ["date", "document"],
          ),
          nature: {
            type: "string",
            title: "单位性质",
            description: "机关、事业、其它（附件8）",
            enum: ["机关", "事业", "其它"],
          },
          natureNote: this.str("单位性质说明", "单位性质为“其它”时说明"),
          address: this.str("单位地址", "单位地址﹡"),
          agents: this.list("授权代理人", "授权代理人（附件3）", agent, { minItems: 1 }),
          notify: this.notify(),
        },
        ["kind", "profile", "name", "nature", "address", "agents"],
      ),
    };
  }

  /** unit.yaml 的 notify 一节：通知渠道，只写密钥所在的环境变量名（docs/notify.md）。 */
  private notify(): Json {
    const secret = (title: string, what: string) =>
      this.str(
        title,
        `${what}所在的环境变量名（仓库的 Actions secret），如 GOVCLOUD_NOTIFY_SZ_EDU_WECOM；不要写地址或密钥本身，仓库是公开的`,
        // x-secret：写错时发现中不引用所填的值（可能是贴进来的 webhook 地址或密钥）
        { pattern: secretNamePattern, "x-secret": { repeat: false } },
      );
    return this.obj(
      "通知渠道",
      "到期提醒（第46条）等通知发往的邮箱与群机器人；机器人只写环境变量名，见 docs/notify.md",
      {
        email: this.list(
          "收件邮箱",
          "接收通知的电子邮件地址",
          this.str("邮箱", "电子邮件地址", { format: "email" }),
          { minItems: 1 },
        ),
        wecom: this.obj(
          "企业微信群机器人",
          "企业微信群机器人",
          { webhook: secret("webhook", "机器人 webhook 地址") },
          ["webhook"],
        ),
        dingtalk: this.obj(
          "钉钉自定义机器人",
          "钉钉自定义机器人（建议开启加签）",
          {
            webhook: secret("webhook", "机器人 webhook 地址"),
            secret: secret("加签密钥", "加签密钥（SEC 开头）"),
          },
          ["webhook"],
        ),
      },
      [],
      this.cite({ article: "第46条" }),
    );
  }

  system(): Json {
    this.defs = {};
    const env = this.catalog.profile.environments;
    return {
      $schema: "https://json-schema.org/draft/2020-12/schema",
      $id: this.id("system"),
      title: "信息系统登记",
      description:
        "requests/<单位>/<系统>/system.yaml：系统名称（首次申请时的名称）、负责人、技术负责人、云环境、等级保护",
      ...this.obj(
        "信息系统",
        "云上信息系统",
        {
          $schema: this.str("Schema", "编辑器使用的 schema 地址"),
          kind: { const: "system", title: "文档类型", description: "固定为 system" },
          profile: { const: this.profile, title: "规范", description: this.catalog.profile.title },
          name: this.str(
            "信息系统名称",
            "首次申请时填写的信息系统名称；之后每份申请都须与它完全一致（第21条(2)）",
          ),
          owner: this.contact("系统负责人", "系统负责人：须为使用单位的在岗公职人员（附件5 注5）", {
            inService: {
              const: true,
              title: "在岗公职人员",
              description: "确认系统负责人为在岗公职人员",
              ...this.cite({ attachment: "附件5", note: "5" }),
            },
          }),
          technicalContact: this.contact("技术负责人", "技术负责人：负责该系统的技术人员（附件5 注5）"),
          environment: {
            type: "string",
            title: "云环境",
            description: env.map((e) => `${e.id}：${e.label}`).join("；"),
            enum: env.map((e) => e.id),
            ...this.cite({ attachment: "附件5" }),
          },
          protectionLevel: this.int(
            "等级保护级别",
            "网络安全等级保护级别（1–4），决定须选的安全服务（第23条(4)）",
            { minimum: 1, maximum: 4 },
          ),
          classified: {
            const: false,
            title: "涉密",
            description: "云上系统须为非涉密（第4条）",
            ...this.cite({ article: "第4条" }),
          },
          commercial: {
            const: false,
            title: "商业盈利",
            description: "云上系统须为非商业盈利性质（第4条）",
            ...this.cite({ article: "第4条" }),
          },
          description: this.str("系统简介", "系统简介"),
        },
        [
          "kind",
          "profile",
          "name",
          "owner",
          "technicalContact",
          "environment",
          "protectionLevel",
          "classified",
          "commercial",
        ],
      ),
    };
  }
}
