import type { SchemaKit } from "../../../core/schema/kit.ts";
import type { JsonSchema as Json } from "../../../core/schema/profile.ts";
import { attachments, dataDisk, memory, quantity, resourceId, systemDisk, vcpu } from "./fields.ts";

/** 测算报告（附件6）：新增、变更、测试资源各一种。 */

/** 数据增长测算（新增的存储需求、变更测算）。 */
export function growth(k: SchemaKit): Json {
  return k.obj(
    "数据增长测算",
    "未来不超过六个月的业务数据增长量（第23条(2)、第29条(2)），须说明数据的构成",
    {
      monthlyGB: { type: "number", minimum: 0, title: "月增长量（GB）", description: "每月新增数据量 GB" },
      months: k.int("测算月数", "测算覆盖的月数，不超过 6 个月", {
        minimum: 1,
        maximum: 6,
        ...k.cite({ article: "第23条", clause: "(2)" }),
      }),
      composition: k.str("数据构成", "数据的构成（业务数据、日志、附件……）"),
      formula: k.str("测算公式", "测算公式与依据"),
    },
    ["monthlyGB", "months", "composition"],
  );
}

/** 系统测试的一台测试服务器。 */
function testServer(k: SchemaKit): Json {
  return k.obj(
    "测试服务器",
    "系统测试时使用的服务器（应与架构图中的节点对应）",
    {
      name: k.str("类型", "如 应用测试服务器"),
      vcpu: k.int("CPU（核）", "CPU 核数", { minimum: 1 }),
      memoryGB: k.int("内存（GB）", "内存 GB", { minimum: 1 }),
      systemDisk: systemDisk(k),
      dataDisks: k.list("数据盘", "数据盘", dataDisk(k)),
      quantity: quantity(k),
      purpose: k.str("用途", "用途"),
      environment: k.str("运行环境", "操作系统、中间件等运行环境"),
    },
    ["name", "vcpu", "memoryGB", "quantity", "purpose"],
  );
}

/** 系统测试的一个测试场景。 */
function testScenario(k: SchemaKit): Json {
  return k.obj(
    "测试场景",
    "重要功能模块的测试场景：预设并发量、预设结果与测试服务器的运行情况",
    {
      name: k.str("场景", "场景名称"),
      server: k.str("测试服务器", "对应的测试服务器类型"),
      concurrency: k.int("预设并发量", "预设并发量", { minimum: 1 }),
      expected: k.str("预设结果", "预设结果，如 响应时间 ≤ 2 秒"),
      cpuPercent: k.percent("CPU 利用率"),
      memoryPercent: k.percent("内存利用率"),
      result: k.str("运行情况", "该场景下测试服务器的运行情况"),
      evidence: attachments(k),
    },
    ["name", "server", "concurrency", "expected", "cpuPercent", "memoryPercent"],
  );
}

/** 测算出的一项需求（第21条(5)：须与申请表一致）。 */
function demand(k: SchemaKit): Json {
  return k.obj(
    "测算出的需求",
    "测算报告测算出的云服务需求；须与申请表的云服务需求一致（第21条(5)）",
    {
      resource: resourceId(k, "对应资源"),
      vcpu: vcpu(k),
      memoryGB: memory(k),
      quantity: quantity(k),
      basis: k.str("测算说明", "规格、数量的测算说明"),
    },
    ["resource", "basis"],
  );
}

/** 一项存储需求（附件6 第3节）。 */
function storageNeed(k: SchemaKit): Json {
  return k.obj(
    "存储需求",
    "每台服务器（或文件存储、对象存储）的存储测算过程（附件6 第3节）",
    {
      resource: resourceId(k, "对应资源"),
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
      migratedEvidence: attachments(k),
      growth: growth(k),
      requiredGB: k.int(
        "所需存储量（GB）",
        "所需存储量 GB：数据盘（不含系统盘，系统盘按申请表配置）或对象/文件存储的容量",
        { minimum: 0 },
      ),
      explanation: k.str("所需存储量说明", "所需存储量说明"),
    },
    ["resource", "requiredGB", "explanation"],
  );
}

/** 一项灾备需求（第23条(3)）。 */
function backupNeed(k: SchemaKit): Json {
  return k.obj(
    "灾备需求",
    "备份测算：备份内容、类型、策略、保存周期，推算备份容量（第23条(3)）",
    {
      resource: resourceId(k, "对应资源"),
      content: k.str("备份内容", "备份目的与内容，如 业务数据库"),
      type: {
        type: "string",
        title: "备份类型",
        enum: ["full", "incremental", "differential", "full+incremental"],
        description: "full：全量；incremental：增量；differential：差异；full+incremental：全量+增量",
      },
      policy: k.str("备份策略", "如 每周日全量、每日增量"),
      retentionDays: k.int("保存周期（天）", "备份保存天数", { minimum: 1 }),
      sourceGB: {
        type: "number",
        minimum: 0,
        title: "备份源数据量（GB）",
        description: "每次全量备份的数据量",
      },
      capacityGB: k.int("备份容量（GB）", "推算出的备份容量 GB", { minimum: 0 }),
      formula: k.str("推算过程", "由策略与保存周期推算容量的过程"),
    },
    ["content", "type", "policy", "retentionDays", "capacityGB"],
    k.cite({ article: "第23条", clause: "(3)" }),
  );
}

/** 新增申请的测算报告（附件6，新增）。 */
export function newEstimate(k: SchemaKit): Json {
  const server = testServer(k);
  const scenario = testScenario(k);
  return k.obj(
    "测算报告",
    "深圳市政务云服务申请测算报告（附件6，新增）",
    {
      description: k.str("系统描述", "系统简介、使用场景、主要功能模块、本次资源申请对应的模块"),
      architecture: k.obj(
        "系统架构图",
        "部署架构图和网络拓扑图（标明政务外网区、互联网区和部署节点）",
        {
          summary: k.str("架构说明", "架构的文字说明"),
          diagrams: attachments(k),
        },
        ["summary"],
      ),
      users: k.obj(
        "系统用户",
        "系统用户群体、预估最大用户量和最大并发量",
        {
          groups: k.str("用户群体", "用户群体"),
          maxUsers: k.int("最大用户量", "预估最大用户量", { minimum: 0 }),
          maxConcurrent: k.int("最大并发量", "预估最大并发量", { minimum: 0 }),
        },
        ["groups", "maxUsers", "maxConcurrent"],
      ),
      method: {
        type: "string",
        title: "测算方式",
        description: "load-test：系统测试；analogy：同类型系统类比",
        enum: ["load-test", "analogy"],
      },
      loadTest: k.obj(
        "系统测试",
        "系统测试方式的测试环境、场景与结论",
        {
          servers: k.list("测试环境", "测试服务器", server, { minItems: 1 }),
          scenarios: k.list("测试场景及结果", "测试场景", scenario, { minItems: 1 }),
          conclusion: k.str("测试结论", "结合测试结果论证 vCPU、内存需求量的合理性"),
        },
        ["servers", "scenarios", "conclusion"],
      ),
      analogy: k.obj(
        "同类型系统类比",
        "类比的系统与测算说明",
        {
          system: k.str("类比系统", "同类型系统名称"),
          explanation: k.str("测算说明", "所需规格、数量的测算说明"),
        },
        ["system", "explanation"],
      ),
      demand: k.list("测算出的云服务需求", "每项计算资源的测算结果（第21条(5)）", demand(k), {
        minItems: 1,
      }),
      storage: k.list("存储需求说明", "存储测算（附件6 第3节）", storageNeed(k)),
      backup: k.list("灾备需求说明", "备份测算（附件6 第4节）", backupNeed(k)),
      security: k.obj(
        "安全需求说明",
        "按等级保护要求选择安全服务，并说明配置与数量（第23条(4)）",
        {
          explanation: k.str("说明", "安全服务选择的说明"),
        },
        ["explanation"],
        k.cite({ article: "第23条", clause: "(4)" }),
      ),
    },
    ["description", "architecture", "users", "method", "demand"],
    {
      allOf: [
        k.when({ properties: { method: { const: "load-test" } } }, { required: ["loadTest"] }),
        k.when({ properties: { method: { const: "analogy" } } }, { required: ["analogy"] }),
      ],
      ...k.cite({ article: "第23条", clause: "(2)" }),
    },
  );
}

/** 变更申请的测算报告（附件6，变更）。 */
export function changeEstimate(k: SchemaKit): Json {
  return k.obj(
    "变更测算报告",
    "深圳市政务云服务变更测算报告（附件6，变更；缩容时可不提供，第27条）",
    {
      explanation: k.str("测算说明", "结合使用现状与截图，论述资源变更的测算过程"),
      evidence: attachments(k),
      storageGrowth: growth(k),
    },
    ["explanation"],
  );
}

/** 测试资源申请的测算报告（第49条(4)）。 */
export function testEstimate(k: SchemaKit): Json {
  return k.obj(
    "测试资源测算报告",
    "测算报告应明确系统名称、系统架构、部署方案、资源需求、测算依据（第49条(4)）",
    {
      description: k.str("系统描述", "系统简介"),
      architecture: k.obj(
        "系统架构",
        "系统架构说明与架构图",
        {
          summary: k.str("架构说明", "架构的文字说明"),
          diagrams: attachments(k),
        },
        ["summary"],
      ),
      deployment: k.str("部署方案", "部署方案：部署节点及其作用"),
      nodes: k.list(
        "部署节点",
        "部署节点；原则上每个部署节点只申请一台云主机（第49条(5)）",
        k.obj(
          "部署节点",
          "一个部署节点",
          { name: k.str("节点", "节点名称"), resource: resourceId(k, "对应资源") },
          ["name", "resource"],
        ),
        { minItems: 1 },
      ),
      basis: k.str("测算依据", "资源需求的测算依据（按最低部署配置，第51条(2)）"),
    },
    ["description", "architecture", "deployment", "nodes", "basis"],
    k.cite({ article: "第49条", clause: "(4)" }),
  );
}
