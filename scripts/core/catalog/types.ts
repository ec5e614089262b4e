/**
 * 服务目录（catalog）的类型。一个 profile（如 shenzhen、huaibei）一份目录，放在 `catalog/<profile>/`。
 * 引擎只读这些类型，不认识任何具体城市：新增一个 profile 只需新增数据文件。
 */

/** 申请类型：新增 / 变更 / 撤销。 */
export type ChangeType = "new" | "change" | "revoke";

/**
 * 申请中一项资源的配置形态（决定申请文件里这一项有哪些字段）：
 * - compute：vCPU、内存、系统盘、数据盘（云主机、裸金属、AI 算力、容器计算节点）
 * - capacity：容量 GB（对象存储、文件存储、云硬盘、数据备份）
 * - vcpu：只有 vCPU 数（容器管理、微服务、应用服务网格）
 * - cache：版本（单机/主备/集群）与容量 GB（分布式缓存）
 * - package：基础包 + 增量包（应用与数据集成平台、日志审计、WAF）
 * - choice：从固定规格中选一个（云堡垒机资产数、云防火墙带宽、态势感知分析量）
 * - connections：以 10 连接为单位（SSL VPN）
 * - count：只有数量（其余按需申请或按套计的服务）
 */
export type ConfigShape =
  | "compute"
  | "capacity"
  | "vcpu"
  | "cache"
  | "package"
  | "choice"
  | "connections"
  | "count";

/** 附件1 服务目录中的一行。 */
export interface CatalogItem {
  /** 附件1 序号（1 起） */
  no: number;
  /** 稳定标识，申请与计费引用它，如 `ecs.kunpeng-2c4g` */
  id: string;
  /** 一级服务，如 IaaS */
  level1: string;
  /** 二级服务，如 计算 */
  level2: string;
  /** 三级服务，如 云主机服务-类型1 */
  level3: string;
  /** 所属服务（附件2 的一行）的 id */
  service: string;
  /** 服务配置（原文） */
  config: string;
  /** 计量单位（原文），如 台、2核、100GB、套 */
  unit: string;
  /** 申请前须与市大数据资源管理中心沟通（附件1 第5、6、11项） */
  consultation: boolean;
  /** 目录标注“规划中” */
  planned?: boolean;
}

/** 套餐规则：基础包 + 每超出 incrementAmount 加一个增量包（附件2 备注）。 */
export interface PackageRule {
  baseItem: string;
  incrementItem: string;
  /** 基础包覆盖的量，如 25（连接） */
  baseAmount: number;
  /** 每个增量包增加的量 */
  incrementAmount: number;
  /** 量的名称与单位，如 { field: "connections", label: "连接数", unit: "个" } */
  measure: { field: string; label: string; unit: string };
}

/** 固定规格选择（choice 形态）。 */
export interface ChoiceRule {
  /** 申请文件中的字段名，如 assets、bandwidthMbps、dailyGB */
  field: string;
  label: string;
  unit: string;
  /** 允许的取值 → 对应的目录条目 id */
  options: { value: number; item: string }[];
}

/** 分布式缓存的版本与允许容量（附件5 (三)5）。 */
export interface CacheEdition {
  id: "single" | "ha" | "cluster";
  label: string;
  item: string;
  sizesGB: number[];
}

/**
 * 一项服务（申请文件 `service:` 的取值）：如附件2 云服务申请类型中的一行（或附件5 申请表中出现、目录未单列的项，
 * 见 formOnly）。目录 schema 可以为某个 profile 的服务声明更多字段，由该 profile 解读。
 */
export interface CatalogService {
  /** 稳定标识，申请文件 `service:` 使用，如 ecs */
  id: string;
  /** 申请表中使用的简称，如 云主机 */
  name: string;
  level1: string;
  level2: string;
  level3: string;
  shape: ConfigShape;
  /** 附件2：是否允许 新增/变更/撤销 */
  changeTypes: Record<ChangeType, boolean>;
  /** 附件2 备注原文 */
  remark?: string;
  /** 从备注推出的变更限制 */
  changeLimits?: { cpuFixed?: boolean; noOnlineChange?: boolean; noShrink?: boolean };
  /** 只出现在附件5 申请表、附件1/附件2 未单列（如 容器计算节点、政务云私网IP、子网） */
  formOnly?: boolean;
  /** 须与另一服务搭配（如 容器计算节点 须与 容器管理 搭配） */
  requires?: string;
  /** 申请前须沟通（附件1） */
  consultation?: boolean;
  /** 承载数据：撤销时须说明数据是否已备份（附件5 注6） */
  holdsData?: boolean;
  /** 绑定在云主机上的服务（撤销最后一台主机时应一并撤销，第19条(3)、第36条） */
  hostBound?: boolean;
  /** 每月最多次数（漏洞扫描：2） */
  maxPerMonth?: number;
  package?: PackageRule;
  choice?: ChoiceRule;
  cache?: CacheEdition[];
}

/** 数量粒度（附件5 注3）。 */
export interface Granularity {
  vcpu: { multiple: number; min: number };
  memoryGB: { multiple: number; min: number };
  /** 数据盘、对象存储、文件存储、备份容量 */
  capacityGB: { multiple: number; min: number };
  systemDiskGB: { default: number };
  sslVpnConnections: { multiple: number };
}

/** 磁盘类型（附件1 第9–11项）。 */
export interface DiskTier {
  id: "sata" | "sas" | "ssd";
  label: string;
  /** 对应的目录条目（有编号目录的 profile） */
  item?: string;
  /** 申请前须事先沟通 */
  consultation?: boolean;
}

/** 各申请类型的阶段时限（工作日），来自第22–24、28–30、34–36、41–43、50–52条。 */
export interface StageClock {
  review: number;
  approval: number;
  /** 实施：工作日数；`shutdown-day` 表示关机当天完成 */
  implementation: number | "shutdown-day";
  /** 需关机时的实施时限 */
  implementationWithShutdown?: "shutdown-day";
  citation: string;
  /** 阶段机在各阶段引用的条款 */
  citations: StageCitations;
}

/**
 * 一处条款出处（不含 profile：引擎引用时补上）：条（article，可带款 clause），或附件（attachment，可带注 note）。
 * 与 finding.ts 的 Citation 同形。
 */
export type ProfileCitation = { article: string; clause?: string } | { attachment: string; note?: string };

/**
 * 一类申请在各阶段引用的条款：发起（含已退回）、审查、咨询评估、审批、实施，以及过期（申请的有效期）。
 */
export interface StageCitations {
  initiation: ProfileCitation;
  review: ProfileCitation;
  consultation: ProfileCitation;
  approval: ProfileCitation;
  implementation: ProfileCitation;
  expired: ProfileCitation;
}

/** 阶段机引用的、不属于某一阶段的条款。 */
export interface ReviewCitations {
  /** 谁的批准算数（审查、审批由谁负责）：发起人自己、名单以外的人、申请单位自己的人的批准不计入 */
  approvalAuthority: ProfileCitation;
  /** 发起人的授权：须持有有效的授权，授权人员变动时注销 */
  authorization: ProfileCitation;
  /** 授权委托书（表单） */
  authorizationLetter: ProfileCitation;
}

/**
 * 一份价格表：每行是一项服务（可按字段取值区分）按某个量计的月单价（元）。
 * `per`：`quantity`（按个数）、资源的某个数值字段（如 vcpu、memoryGB、bandwidthMbps、capacityGB，乘以数量），
 * 或 `disk`（系统盘与数据盘的 GB 数，按磁盘类型 tier 区分，乘以数量）。
 */
export interface PriceBook {
  /** 示例价格（不是实际价格） */
  example?: boolean;
  /** 价格表的名称，如 电信云 */
  title?: string;
  /** 磁盘没写类型时按这一种计价 */
  defaultDiskTier?: DiskTier["id"];
  lines: PriceLine[];
}

export interface PriceLine {
  service: string;
  /** 只计这些字段取这些值的资源，如 { grade: low } */
  where?: Readonly<Record<string, string | number>>;
  /** 计量：quantity、disk 或资源的数值字段名 */
  per: string;
  /** per 为 disk 时的磁盘类型 */
  tier?: DiskTier["id"];
  /** 元/月/计量单位 */
  yuan: number;
  /** 计量单位的名称，如 核、GB、个 */
  unit?: string;
}

export type ApplicationType = "new" | "change" | "revoke" | "ports" | "test" | "test-renewal";

export interface CatalogProfile {
  id: string;
  /** 规范全称 */
  title: string;
  /** 云环境（有的规范没有：profile 的目录 schema 决定） */
  environments?: { id: "arm" | "x86"; label: string }[];
  /** 数量粒度（有的规范没有） */
  granularity?: Granularity;
  diskTiers: DiskTier[];
  /** 申请自申请之日起有效月数（附件5 注5、附件8 注4） */
  applicationValidityMonths: number;
  /** 测试资源：单次最长月数、累计最长月数（有的规范没有） */
  testResources?: {
    maxPeriodMonths: number;
    maxTotalMonths: number;
    periods: { weeks?: number; months?: number }[];
  };
  clocks: Record<ApplicationType, StageClock>;
  /** 阶段机引用的其余条款 */
  reviewCitations: ReviewCitations;
  /** 受理、审查、审批申请的机构（审批职责条款所说的机构），阶段机的说明中称呼它 */
  reviewAuthority: string;
}

export interface Catalog {
  profile: CatalogProfile;
  /** 编号的服务目录条目（没有 items.yaml 的 profile 为空） */
  items: CatalogItem[];
  services: CatalogService[];
  /**
   * 价格表（`prices/<名称>.yaml`，如每个云服务商一份），按文件名（不含 .yaml）；没有价格表的 profile 没有这一项。
   * 计费见 catalog/prices.ts。
   */
  prices?: Readonly<Record<string, PriceBook>>;
  /** 索引 */
  itemById: ReadonlyMap<string, CatalogItem>;
  serviceById: ReadonlyMap<string, CatalogService>;
}
