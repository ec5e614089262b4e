/**
 * 基准测试用的合成仓库：requests/<单位>/unit.yaml、requests/<单位>/<系统>/system.yaml 与申请文件。
 *
 * 形状照抄 requests/ 中的示例（新增、变更、撤销、端口开放、测试资源申请、测试资源续期），
 * 名称、数字、日期由带种子的伪随机数决定，同样的参数总是生成同样的内容。生成的每个文件都应通过
 * `govcloud validate`；每个系统内的申请前后连贯（变更、撤销、端口开放只引用此前新增的资源，
 * 变更的 before 与当前规格一致，日期递增）。
 *
 * 规则随代码演进：生成的树应当没有任何发现（错误和警告都没有），因为有发现的文件要再带位置解析一次，
 * 会让基准测试失真。test/bench-generate.test.ts 在小规模上检查这一点；规则变了而这里没跟上时它会失败。
 * 日期都在 2026 年内（工作日日历只收录到 2026 年），与今天的日期无关。
 *
 * 交付记录（deliveries/NNNN.yaml）：默认只为测试资源申请写（续期核对期限需要交付日）；
 * `--deliveries all` 为每份申请写（更接近真实仓库，文件数约翻倍），`none` 不写（续期会有警告）。
 *
 * 服务目录总是取代码所在仓库的 catalog/（见 scripts/adapters/catalog-files.ts），所以只生成 requests/
 * 即可用 `govcloud validate --root <目录>`。
 *
 * 单独运行：node --import tsx scripts/bench/generate.ts <目录> [--systems N] [--applications M]
 *   [--systems-per-unit K] [--seed S] [--deliveries none|test|all]
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { nationalCalendar } from "../adapters/calendar-files.ts";
import { addMonths } from "../core/calendar/workdays.ts";

export const applicationTypes = ["new", "change", "revoke", "ports", "test", "test-renewal"] as const;
export type ApplicationTypeName = (typeof applicationTypes)[number];

export interface GenerateOptions {
  /** 系统数（默认 10,000） */
  systems: number;
  /** 申请数（默认 50,000），尽量平均地分给各系统 */
  applications: number;
  /** 每个单位的系统数（默认 10，即约 1,000 个单位） */
  systemsPerUnit?: number;
  /** 伪随机数种子（默认 1） */
  seed?: number;
  /**
   * 交付记录（requests/<单位>/<系统>/deliveries/NNNN.yaml，由发放流水线写入）：
   * test（默认）只为测试资源申请写，续期据此核对期限；all 为每份申请写；none 不写。
   */
  deliveries?: DeliveryMode;
}

export type DeliveryMode = "none" | "test" | "all";
export const deliveryModes: readonly DeliveryMode[] = ["none", "test", "all"];

export interface TreeManifest {
  /** 生成器版本：生成逻辑改变时加一，run.ts 据此决定是否重新生成 */
  version: number;
  systems: number;
  applications: number;
  systemsPerUnit: number;
  seed: number;
  units: number;
  deliveries: DeliveryMode;
  /** 其中交付记录的文件数 */
  deliveryFiles: number;
  /** requests/ 下的 YAML 文件数 */
  files: number;
  /** 这些文件的总字节数 */
  bytes: number;
  byType: Record<ApplicationTypeName, number>;
}

export const generatorVersion = 8;
/** 清单文件（在 requests/ 之外，校验器不读它） */
export const manifestName = "bench-tree.json";

export const defaultSizes = { systems: 10_000, applications: 50_000, systemsPerUnit: 10 } as const;

/** mulberry32：小而快、可复现。 */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const int = (rng: Rng, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)] as T;
const pad = (n: number, width: number) => String(n).padStart(width, "0");

// ---------------------------------------------------------------- 名称表

const districts: readonly [string, string, string][] = [
  ["深圳市", "sz", "福田区福中三路市民中心"],
  ["深圳市福田区", "ft", "福田区福中三路"],
  ["深圳市罗湖区", "lh", "罗湖区建设路"],
  ["深圳市南山区", "ns", "南山区南头街道南山大道"],
  ["深圳市宝安区", "ba", "宝安区新安街道创业一路"],
  ["深圳市龙岗区", "lg", "龙岗区龙城街道龙福路"],
  ["深圳市盐田区", "yt", "盐田区海山街道海景二路"],
  ["深圳市龙华区", "lhua", "龙华区龙华街道人民路"],
  ["深圳市坪山区", "ps", "坪山区坪山街道东门北路"],
  ["深圳市光明区", "gm", "光明区光明街道华夏路"],
  ["深圳市大鹏新区", "dp", "大鹏新区葵涌街道葵新北路"],
];

/** [名称, 目录名, 性质] */
const departments: readonly [string, string, "机关" | "事业"][] = [
  ["教育局", "edu", "机关"],
  ["公安局", "police", "机关"],
  ["民政局", "civil", "机关"],
  ["司法局", "justice", "机关"],
  ["财政局", "finance", "机关"],
  ["人力资源和社会保障局", "hrss", "机关"],
  ["规划和自然资源局", "plan", "机关"],
  ["生态环境局", "eco", "机关"],
  ["住房和建设局", "housing", "机关"],
  ["交通运输局", "transport", "机关"],
  ["水务局", "water", "机关"],
  ["商务局", "commerce", "机关"],
  ["文化广电旅游体育局", "culture", "机关"],
  ["卫生健康委员会", "health", "机关"],
  ["应急管理局", "emergency", "机关"],
  ["审计局", "audit", "机关"],
  ["市场监督管理局", "market", "机关"],
  ["统计局", "stats", "机关"],
  ["医疗保障局", "medical", "机关"],
  ["城市管理和综合执法局", "urban", "机关"],
  ["政务服务数据管理局", "data", "机关"],
  ["科技创新局", "sci", "机关"],
  ["工业和信息化局", "industry", "机关"],
  ["发展和改革委员会", "dev", "机关"],
  ["退役军人事务局", "veterans", "机关"],
  ["信访局", "petition", "机关"],
  ["档案馆", "archive", "事业"],
  ["图书馆", "library", "事业"],
  ["疾病预防控制中心", "cdc", "事业"],
  ["气象局", "weather", "事业"],
];

/** 下属单位：经主管单位授权后自行申请（第5条） */
const subUnits: readonly [string, string][] = [
  ["信息中心", "info"],
  ["服务中心", "svc"],
  ["综合执法支队", "law"],
  ["数据中心", "dc"],
  ["培训中心", "train"],
];

const systemKinds: readonly [string, string, string][] = [
  ["门户网站", "portal", "对外发布政策、通知与办事指南"],
  ["办公自动化系统", "oa", "公文流转、会议与督办"],
  ["政务服务平台", "gov-service", "网上办事、预约与进度查询"],
  ["数据共享交换平台", "data-exchange", "与市级平台交换业务数据"],
  ["视频会议系统", "video-conf", "内部视频会议与培训直播"],
  ["档案管理系统", "archives", "文书档案的归档、借阅与检索"],
  ["行政审批系统", "approval", "行政许可事项的受理与审批"],
  ["执法办案系统", "law-case", "执法案件的立案、调查与结案"],
  ["监督检查系统", "inspection", "日常监督检查任务的派发与记录"],
  ["统计分析平台", "analytics", "业务数据的汇总统计与报表"],
  ["移动办公平台", "mobile-office", "移动端审批、通知与通讯录"],
  ["信访管理系统", "petition", "来信来访的登记、转办与答复"],
  ["电子证照系统", "e-license", "电子证照的签发、核验与共享"],
  ["财务管理系统", "finance", "预算、报销与资产管理"],
  ["人事管理系统", "hr", "人员信息、考勤与培训管理"],
  ["应急指挥系统", "command", "突发事件的值守、调度与指挥"],
  ["地理信息平台", "gis", "业务数据的地图展示与空间分析"],
  ["物联感知平台", "iot", "前端传感设备的接入与告警"],
  ["公众号服务平台", "wechat", "微信公众号的办事与咨询服务"],
  ["热线受理系统", "hotline", "热线电话的受理、派单与回访"],
  ["综合业务系统", "business", "核心业务的登记、审核与查询"],
  ["数据中台", "data-platform", "业务数据的汇聚、治理与服务"],
  ["信用信息系统", "credit", "信用信息的归集、公示与联合奖惩"],
  ["项目管理系统", "project", "项目的立项、进度与验收管理"],
];

const surnames: readonly [string, string][] = [
  ["张", "zhang"],
  ["王", "wang"],
  ["李", "li"],
  ["刘", "liu"],
  ["陈", "chen"],
  ["杨", "yang"],
  ["黄", "huang"],
  ["赵", "zhao"],
  ["吴", "wu"],
  ["周", "zhou"],
  ["徐", "xu"],
  ["孙", "sun"],
  ["马", "ma"],
  ["朱", "zhu"],
  ["胡", "hu"],
  ["郭", "guo"],
  ["何", "he"],
  ["林", "lin"],
  ["罗", "luo"],
  ["郑", "zheng"],
];

const givenNames: readonly [string, string][] = [
  ["伟", "wei"],
  ["芳", "fang"],
  ["娜", "na"],
  ["敏", "min"],
  ["静", "jing"],
  ["磊", "lei"],
  ["强", "qiang"],
  ["洋", "yang"],
  ["勇", "yong"],
  ["艳", "yan"],
  ["杰", "jie"],
  ["涛", "tao"],
  ["晓明", "xiaoming"],
  ["建国", "jianguo"],
  ["秀英", "xiuying"],
  ["海燕", "haiyan"],
  ["志强", "zhiqiang"],
  ["丽华", "lihua"],
  ["文博", "wenbo"],
  ["子涵", "zihan"],
];

const positions = [
  "信息中心主任",
  "信息中心副主任",
  "信息中心工程师",
  "技术部部长",
  "技术部工程师",
  "办公室主任",
];
const analogySystems = [
  "深圳市人力资源和社会保障局门户网站",
  "深圳市政务服务数据管理局统一身份认证平台",
  "深圳市市场监督管理局行政审批系统",
  "深圳市卫生健康委员会综合业务系统",
  "深圳市交通运输局数据共享交换平台",
];
const issuers = ["深圳市网络与信息安全测评中心", "广东省信息安全测评中心", "深圳市网络安全等级测评中心"];

interface Person {
  name: string;
  /** 拼音，用于邮箱 */
  login: string;
  mobile: string;
}

function person(rng: Rng): Person {
  const [s, sp] = pick(rng, surnames);
  const [g, gp] = pick(rng, givenNames);
  return {
    name: `${s}${g}`,
    login: `${sp}${gp}`,
    mobile: `13${int(rng, 0, 9)}${pad(int(rng, 0, 99_999_999), 8)}`,
  };
}

// ---------------------------------------------------------------- 日期

const dayMs = 86_400_000;
const baseDay = Date.UTC(2026, 0, 5) / dayMs;
/** 自 2026-01-05 起的第 n 天 → YYYY-MM-DD */
const dateOf = (n: number) => new Date((baseDay + n) * dayMs).toISOString().slice(0, 10);

// ---------------------------------------------------------------- 单位与系统

interface UnitInfo {
  dir: string;
  name: string;
  domain: string;
  agent: Person;
  /** 代理人的 GitHub 账号 */
  github: string;
}

function unitYaml(index: number, rng: Rng): { info: UnitInfo; text: string } {
  const dept = departments[index % departments.length] as (typeof departments)[number];
  const perVariant = departments.length * districts.length;
  const district = districts[
    Math.floor(index / departments.length) % districts.length
  ] as (typeof districts)[number];
  const variant = Math.floor(index / perVariant);
  const parentDir = `${district[1]}-${dept[1]}`;
  const parentName = `${district[0]}${dept[0]}`;
  let dir = parentDir;
  let name = parentName;
  if (variant > 0) {
    const sub = subUnits[(variant - 1) % subUnits.length] as [string, string];
    const round = Math.floor((variant - 1) / subUnits.length);
    dir = `${parentDir}-${sub[1]}${round > 0 ? round + 1 : ""}`;
    name = `${parentName}${sub[0]}${round > 0 ? `第${round + 1}分部` : ""}`;
  }
  const nature = variant > 0 ? "事业" : dept[2];
  const domain = `${district[1]}${dept[1]}`;
  const agent = person(rng);
  const github = `${agent.login}-${dir}`.slice(0, 39).replace(/-+$/, "");
  const lines = [
    "# yaml-language-server: $schema=../../schemas/shenzhen/unit.schema.json",
    variant > 0
      ? "# 下属单位：经主管单位授权后自行申请（第5条），委托书加盖主管单位公章（第17条、附件3 说明2）"
      : "# 使用单位登记：单位全称、地址与授权代理人（附件3《深圳市政务云服务申请授权委托书》）",
    "kind: unit",
    "profile: shenzhen",
    `name: ${name}`,
    ...(variant > 0 ? [`supervisor: ${parentDir}`] : []),
    `nature: ${nature}`,
    `address: 深圳市${district[2]} ${int(rng, 1, 3000)} 号`,
    "agents:",
    `  - name: ${agent.name}`,
    `    github: ${github}`,
    `    position: ${pick(rng, positions)}`,
    `    idNumber: "4403${pad(int(rng, 1, 9), 2)}********${pad(int(rng, 0, 9999), 4)}"`,
    `    phone: "0755-${pad(int(rng, 20_000_000, 89_999_999), 8)}"`,
    "    inService: true",
    "    scope: own",
    "    validFrom: 2026-01-01",
    "    validTo: 2026-12-31",
    `    stampedBy: ${variant > 0 ? "supervisor" : "own"}`,
    `    letter: attachments/授权委托书-${agent.name}-2026.pdf`,
  ];
  return { info: { dir, name, domain, agent, github }, text: `${lines.join("\n")}\n` };
}

interface SystemInfo {
  dir: string;
  name: string;
  kindLabel: string;
  environment: "arm" | "x86";
  level: 2 | 3;
}

function contactLines(key: string, p: Person, domain: string, extra: string[]): string[] {
  return [
    `${key}:`,
    `  name: ${p.name}`,
    ...extra,
    `  email: ${p.login}@${domain}.example.gov.cn`,
    `  mobile: "${p.mobile}"`,
  ];
}

function systemYaml(unit: UnitInfo, kindIndex: number, round: number, rng: Rng) {
  const kind = systemKinds[kindIndex] as (typeof systemKinds)[number];
  const dir = round > 0 ? `${kind[1]}-p${round + 1}` : kind[1];
  const name = `${unit.name}${kind[0]}${round > 0 ? `（${round + 1}期）` : ""}`;
  const environment = rng() < 0.4 ? "arm" : "x86";
  const level = rng() < 0.45 ? 3 : 2;
  const owner = person(rng);
  const tech = rng() < 0.5 ? unit.agent : person(rng);
  const lines = [
    "# yaml-language-server: $schema=../../../schemas/shenzhen/system.schema.json",
    "kind: system",
    "profile: shenzhen",
    `name: ${name}`,
    `description: ${kind[2]}`,
    ...contactLines("owner", owner, unit.domain, [`  position: ${pick(rng, positions)}`]),
    "  inService: true",
    ...contactLines("technicalContact", tech, unit.domain, []),
    ...(tech === unit.agent ? [`  github: ${unit.github}`] : []),
    `environment: ${environment}`,
    `protectionLevel: ${level}`,
    "classified: false",
    "commercial: false",
  ];
  const info: SystemInfo = { dir, name, kindLabel: kind[0], environment, level };
  return { info, text: `${lines.join("\n")}\n` };
}

// ---------------------------------------------------------------- 申请

interface Compute {
  id: string;
  vcpu: number;
  memoryGB: number;
  tier: "sata" | "sas";
  dataGB?: number;
  quantity: number;
  revoked?: boolean;
}

/** 系统的形态：决定新增哪些资源、能撤销什么。 */
type Shape = "portal" | "business" | "business-big";

/** 一个系统内的申请状态：已新增的资源、日期游标、序号。 */
interface SystemState {
  index: number;
  unit: UnitInfo;
  system: SystemInfo;
  shape: Shape;
  sequence: number;
  /** 当前申请日（自 2026-01-05 起的天数） */
  day: number;
  step: number;
  computes: Compute[];
  /** 新增的对象存储（可撤销） */
  files?: { revoked?: boolean };
  /** 已开放的端口策略（源|目的|端口），避免重复开放 */
  openPorts: Set<string>;
  /** 在用的测试资源与到期日（交付后才有） */
  testIds: string[];
  testMonths: number;
  testExpires?: string;
  /** 待写的交付记录 */
  deliveries: { sequence: number; text: string }[];
}

/** 最晚的申请日：留出关机日期等的余地，全部日期都在工作日日历收录的 2026 年内。 */
const lastDay = 330;

function header(s: SystemState, type: ApplicationTypeName, comment?: string): string[] {
  s.sequence++;
  return [
    "# yaml-language-server: $schema=../../../schemas/shenzhen/application.schema.json",
    ...(comment ? [`# ${comment}`] : []),
    "kind: application",
    "profile: shenzhen",
    `sequence: ${s.sequence}`,
    `type: ${type}`,
    `date: ${dateOf(s.day)}`,
    `unit: ${s.unit.name}`,
    `system: ${s.system.name}`,
    "",
  ];
}

/** 关机安排：公告在关机日之前至少 3 个工作日（第30条(1)、第36条）。 */
function shutdownLines(s: SystemState, rng: Rng | undefined): string[] {
  // 不带 rng 时取固定的间隔，不消耗随机数（生成的其余内容与之前的版本相同）
  const date = dateOf(s.day + (rng ? int(rng, 14, 24) : 14));
  const notice = nationalCalendar().workdaysBefore(date, rng ? int(rng, 3, 5) : 3)[0] as string;
  return ["shutdown:", "  required: true", `  date: ${date}`, `  noticeDate: ${notice}`];
}

/** 交付记录（由发放流水线写入）：交付日在申请日之后几天。 */
function delivery(s: SystemState, rng: Rng, resources: string[]): string {
  const date = dateOf(s.day + int(rng, 3, 6));
  const lines = [
    "# yaml-language-server: $schema=../../../../schemas/shenzhen/delivery.schema.json",
    "kind: delivery",
    "profile: shenzhen",
    `application: ${s.sequence}`,
    `date: ${date}`,
    ...(resources.length > 0 ? ["resources:", ...resources] : []),
  ];
  s.deliveries.push({ sequence: s.sequence, text: `${lines.join("\n")}\n` });
  return date;
}

/** 主机实例：IP 按系统序号分配，全树唯一。 */
function instanceLines(s: SystemState, c: { id: string; quantity: number }, hostBase: number): string[] {
  const ip = (n: number) => `10.${16 + (Math.floor(s.index / 250) % 200)}.${s.index % 250}.${hostBase + n}`;
  const host = `${s.unit.dir}-${s.system.dir}`.slice(0, 40);
  const out = [`  - id: ${c.id}`, "    instances:"];
  for (let n = 1; n <= c.quantity; n++)
    out.push(`      - { name: ${c.id}-${n}, hostname: ${host}-${c.id}-${n}, ip: ${ip(n)} }`);
  return out;
}

const disk = (sizeGB: number, tier: string) => `{ sizeGB: ${sizeGB}, tier: ${tier} }`;

function computeLines(c: Compute, purpose: string): string[] {
  return [
    `  - id: ${c.id}`,
    "    service: ecs",
    `    purpose: ${purpose}`,
    `    quantity: ${c.quantity}`,
    `    vcpu: ${c.vcpu}`,
    `    memoryGB: ${c.memoryGB}`,
    `    systemDisk: ${disk(100, c.tier)}`,
    ...(c.dataGB ? ["    dataDisks:", `      - ${disk(c.dataGB, c.tier)}`] : []),
  ];
}

/**
 * 存储测算（附件6 第3节、第23条(2)）：运行环境 + 迁移数据 + 月增长 × 6，向上取整到 100 GB 恰为 capacity。
 * 返回 estimate.storage 的一项。
 */
function storageLines(
  rng: Rng,
  resource: string,
  capacity: number,
  composition: string,
  migrate: boolean,
): string[] {
  const target = capacity - int(rng, 0, 60); // 和落在 (capacity − 100, capacity] 内
  const runtime = int(rng, 1, 5) * 10;
  const migrated = migrate ? Math.floor(((target - runtime) * int(rng, 3, 6)) / 10) : 0;
  const monthly = Math.max(1, Math.floor((target - runtime - migrated) / 6));
  const total = runtime + migrated + monthly * 6;
  const parts = [`${runtime}`, ...(migrated ? [`${migrated}`] : []), `${monthly} × 6`].join(" + ");
  return [
    `    - resource: ${resource}`,
    `      runtimeGB: ${runtime}`,
    ...(migrated ? [`      migratedGB: ${migrated}`] : []),
    "      growth:",
    `        monthlyGB: ${monthly}`,
    "        months: 6",
    `        composition: ${composition}`,
    `      requiredGB: ${capacity}`,
    `      explanation: ${parts} = ${total}，向上取整为 ${capacity} GB`,
  ];
}

/** 按等级保护选择的安全服务（第23条(4)）：二级起主机安全；三级加日志审计、堡垒机、数据库审计、WAF。 */
function securityLines(level: number, database: boolean, bastionAssets: number): string[] {
  if (level < 3) return [];
  return [
    "  - id: log-audit",
    "    service: log-audit",
    "    purpose: 日志审计",
    "    base: 1",
    "    increments: 0",
    "    logSources: 20",
    "  - id: waf",
    "    service: waf",
    "    purpose: 网站应用防护",
    "    base: 1",
    "    increments: 0",
    "    bandwidthMbps: 20",
    "  - id: bastion",
    "    service: bastion",
    "    purpose: 运维审计",
    `    assets: ${bastionAssets}`,
    ...(database
      ? [
          "  - id: db-audit",
          "    service: db-audit",
          "    purpose: 数据库审计（主备 2 个数据库实例）",
          "    quantity: 1",
        ]
      : []),
  ];
}

function newApplication(s: SystemState, rng: Rng, deliver: boolean): string {
  const sys = s.system;
  const tier = sys.level === 3 ? "sas" : pick(rng, ["sata", "sas"] as const);
  const label = sys.kindLabel;
  const levelZh = sys.level === 3 ? "三" : "二";
  const conclusion =
    sys.level === 3
      ? [
          "    kind: grading",
          `    conclusion: ${pick(rng, ["优", "良", "中"])}`,
          `    reportNo: SZDJCP-2026-${pad(int(rng, 1, 9999), 4)}`,
          `    issuer: ${pick(rng, issuers)}`,
        ]
      : ["    kind: special", "    conclusion: 无中高风险"];
  const lines = header(
    s,
    "new",
    rng() < 0.5 ? "新增申请：申请表（附件5 一、新增申请）与测算报告（附件6）在同一个文件中" : undefined,
  );
  lines.push(
    "new:",
    "  forDeploymentAndAssessment: false",
    "  securityAssessment:",
    ...conclusion,
    `  expectedLaunch: ${dateOf(s.day + int(rng, 30, 60))}`,
    "",
    "resources:",
  );
  const users = int(rng, 1, 60) * 1000;
  const concurrent = Math.max(100, Math.round((users * int(rng, 2, 10)) / 100 / 100) * 100);
  if (s.shape === "portal") {
    // 门户类：Web 服务器 + 内容管理 + 缓存 + 网页防篡改 + 按主机分开的主机安全（对照 campus-portal/0001-new.yaml）
    const web: Compute = {
      id: "web",
      vcpu: pick(rng, [2, 4, 8]),
      memoryGB: pick(rng, [4, 8, 16]),
      tier,
      quantity: int(rng, 1, 3),
    };
    const cms: Compute = { id: "cms", vcpu: 4, memoryGB: 8, tier, dataGB: int(rng, 2, 6) * 100, quantity: 1 };
    s.computes.push(web, cms);
    if (deliver) delivery(s, rng, [...instanceLines(s, web, 10), ...instanceLines(s, cms, 20)]);
    lines.push(
      ...computeLines(web, `${label} Web 服务器`),
      ...computeLines(cms, "内容管理服务器"),
      "  - id: cache",
      "    service: dcs",
      "    purpose: 页面缓存",
      `    edition: ${pick(rng, ["single", "ha"])}`,
      `    sizeGB: ${pick(rng, [2, 4, 8])}`,
      "  - id: tamper",
      "    service: web-tamper",
      "    purpose: 网页防篡改",
      `    quantity: ${web.quantity}`,
      "  - id: web-security",
      "    service: hss",
      "    purpose: Web 服务器主机安全防护",
      `    quantity: ${web.quantity}`,
      "  - id: cms-security",
      "    service: hss",
      "    purpose: 内容管理服务器主机安全防护",
      "    quantity: 1",
      ...securityLines(sys.level, false, 20),
      "",
      "estimate:",
      `  description: ${sys.name}，${sys.kindLabel}的 Web 层、内容管理与缓存。`,
      "  architecture:",
      `    summary: ${web.quantity} 台 Web 服务器经负载均衡对外，1 台内容管理服务器只在政务外网访问。`,
      "  users:",
      "    groups: 市民、企业、工作人员",
      `    maxUsers: ${users}`,
      `    maxConcurrent: ${concurrent}`,
      "  method: analogy",
      "  analogy:",
      `    system: ${pick(rng, analogySystems)}`,
      `    explanation: 同类系统峰值并发 ${concurrent}，使用 ${web.quantity} 台 ${web.vcpu} 核 ${web.memoryGB}GB 服务器，CPU 峰值 ${int(rng, 40, 65)}%；本系统访问量相当，规格取相同。`,
      "  demand:",
      "    - resource: web",
      `      vcpu: ${web.vcpu}`,
      `      memoryGB: ${web.memoryGB}`,
      `      quantity: ${web.quantity}`,
      "      basis: 类比同类系统",
      "    - resource: cms",
      "      vcpu: 4",
      "      memoryGB: 8",
      "      quantity: 1",
      "      basis: 内容编辑人员约 30 人，单台足够",
      "  storage:",
      ...storageLines(rng, "cms", cms.dataGB as number, "文章附件、图片", false),
      "  security:",
      `    explanation: 等保${levelZh}级；选择主机安全（Web 服务器 ${web.quantity} 台、内容管理服务器 1 台，分开申请以便随主机撤销）与网页防篡改（${web.quantity} 台 Web 服务器）${sys.level === 3 ? "，以及日志审计、Web 应用防火墙与云堡垒机" : ""}。`,
    );
  } else {
    // 业务类：应用 + 数据库（主备）[+ 对象存储 + 备份] + 主机安全（对照 student-registry/0001-new.yaml）
    const big = s.shape === "business-big";
    const app: Compute = {
      id: "app",
      vcpu: pick(rng, [4, 8]),
      memoryGB: pick(rng, [8, 16]),
      tier,
      dataGB: 200,
      quantity: int(rng, 1, 3),
    };
    const dbData = int(rng, 3, 10) * 100;
    const db: Compute = {
      id: "db",
      vcpu: pick(rng, [4, 8]),
      memoryGB: pick(rng, [16, 32]),
      tier,
      dataGB: dbData,
      quantity: 2,
    };
    s.computes.push(app, db);
    if (big) s.files = {};
    if (deliver)
      delivery(s, rng, [
        ...instanceLines(s, app, 10),
        ...instanceLines(s, db, 20),
        ...(big
          ? ["  - id: files", `    endpoint: https://obs.szgov.example/${s.unit.dir}-${s.system.dir}-files`]
          : []),
      ]);
    const hosts = app.quantity + db.quantity;
    const filesGB = int(rng, 5, 30) * 100;
    const backupGB = Math.ceil((dbData * 4 + dbData) / 100) * 100;
    lines.push(
      ...computeLines(app, `${label}应用服务器`),
      ...computeLines(db, `${label}数据库服务器（主备）`),
    );
    if (big) {
      lines.push(
        "  - id: files",
        "    service: obs",
        "    purpose: 附件与证明材料",
        `    capacityGB: ${filesGB}`,
        "  - id: backup",
        "    service: backup",
        "    purpose: 数据库备份",
        `    capacityGB: ${backupGB}`,
      );
    }
    lines.push(
      "  - id: host-security",
      "    service: hss",
      "    purpose: 主机安全防护",
      `    quantity: ${hosts}`,
      ...securityLines(sys.level, true, 20),
      "",
      "estimate:",
      `  description: ${sys.name}提供${pick(rng, ["登记", "受理", "审核"])}、查询与统计等业务；本次申请应用层、数据库层${big ? "与配套存储" : ""}及安全服务。`,
      "  architecture:",
      `    summary: 政务外网区部署 ${app.quantity} 台应用服务器与 2 台数据库服务器（主备）；互联网用户不可直接访问。`,
      ...(big ? ["    diagrams:", "      - attachments/部署架构图.png"] : []),
      "  users:",
      "    groups: 本单位及各区业务人员",
      `    maxUsers: ${users}`,
      `    maxConcurrent: ${concurrent}`,
    );
    if (big && rng() < 0.5) {
      lines.push(
        "  method: load-test",
        "  loadTest:",
        "    servers:",
        "      - name: 应用测试服务器",
        `        vcpu: ${app.vcpu}`,
        `        memoryGB: ${app.memoryGB}`,
        `        systemDisk: ${disk(100, tier)}`,
        "        quantity: 1",
        "        purpose: 部署业务应用",
        "        environment: openEuler 22.03 / OpenJDK 17 / Tomcat 9",
        "    scenarios:",
        "      - name: 业务高峰集中办理",
        "        server: 应用测试服务器",
        `        concurrency: ${Math.ceil(concurrent / app.quantity)}`,
        "        expected: 95% 请求响应时间 ≤ 2 秒",
        `        cpuPercent: ${int(rng, 55, 75)}`,
        `        memoryPercent: ${int(rng, 55, 75)}`,
        `        result: 平均响应 ${int(rng, 3, 15) / 10} 秒，无错误`,
        "        evidence:",
        "          - attachments/压测-应用-CPU.png",
        `    conclusion: 单台 ${app.vcpu} 核 ${app.memoryGB}GB 应用服务器可承载峰值的 1/${app.quantity}，需 ${app.quantity} 台。`,
      );
    } else {
      lines.push(
        "  method: analogy",
        "  analogy:",
        `    system: ${pick(rng, analogySystems)}`,
        `    explanation: 同类系统用户 ${users} 人、峰值并发 ${concurrent}，使用 ${app.quantity} 台 ${app.vcpu} 核 ${app.memoryGB}GB 应用服务器；本系统规模相当。`,
      );
    }
    lines.push(
      "  demand:",
      "    - resource: app",
      `      vcpu: ${app.vcpu}`,
      `      memoryGB: ${app.memoryGB}`,
      `      quantity: ${app.quantity}`,
      `      basis: 峰值并发 ${concurrent}，按同类系统单台承载折算`,
      "    - resource: db",
      `      vcpu: ${db.vcpu}`,
      `      memoryGB: ${db.memoryGB}`,
      "      quantity: 2",
      "      basis: 主备各 1 台",
      "  storage:",
      ...storageLines(rng, "app", 200, "应用日志、批量导入导出的临时文件", false),
      ...storageLines(rng, "db", dbData, "业务记录、变动日志与审计表", true),
      ...(big ? storageLines(rng, "files", filesGB, "附件扫描件", true) : []),
    );
    if (big) {
      lines.push(
        "  backup:",
        "    - resource: db",
        "      content: 业务数据库",
        "      type: full+incremental",
        "      policy: 每周日全量，每日增量",
        "      retentionDays: 28",
        `      sourceGB: ${dbData}`,
        `      capacityGB: ${backupGB}`,
        `      formula: 4 份全量 × ${dbData} GB + 24 份增量，约 ${dbData} GB，共 ${backupGB} GB`,
      );
    }
    lines.push(
      "  security:",
      `    explanation: 系统为等保${levelZh}级，选择主机安全（${hosts} 台）${sys.level === 3 ? "、日志审计、Web 应用防火墙、云堡垒机与数据库审计" : ""}。`,
    );
  }
  return `${lines.join("\n")}\n`;
}

function changeApplication(s: SystemState, rng: Rng): string | undefined {
  const live = s.computes.filter((c) => !c.revoked);
  if (live.length === 0) return undefined;
  const c = pick(rng, live);
  const before = { ...c };
  c.vcpu = Math.min(64, c.vcpu + pick(rng, [2, 4]));
  c.memoryGB = Math.min(256, c.memoryGB + pick(rng, [4, 8]));
  // 七成的申请与提供商约了日期（随机），其余取固定的间隔；两者都安排关机
  const agreed = rng() < 0.7;
  const lines = header(
    s,
    "change",
    rng() < 0.5 ? "变更申请（扩容）：附件5 三、变更申请 + 附件6 变更测算报告" : undefined,
  );
  const spec = (x: Compute) => [
    `      vcpu: ${x.vcpu}`,
    `      memoryGB: ${x.memoryGB}`,
    `      systemDisk: ${disk(100, x.tier)}`,
    ...(x.dataGB ? ["      dataDisks:", `        - ${disk(x.dataGB, x.tier)}`] : []),
  ];
  const growth = int(rng, 20, 60);
  // 第19条(2)：利用率取申请日之前的 5 个工作日；内存扩容须平均 ≥ 70%，vCPU 扩容须平均 ≥ 10% 或峰值 ≥ 80%
  const window = nationalCalendar().workdaysBefore(dateOf(s.day), 5);
  lines.push(
    "changes:",
    `  - resource: ${c.id}`,
    "    before:",
    ...spec(before),
    "    after:",
    ...spec(c),
    "    utilization:",
    `      window: { from: ${window[0]}, to: ${window[window.length - 1]} }`,
    `      cpu: { average: ${int(rng, 40, 60)}, peak: ${int(rng, 80, 98)} }`,
    `      memory: { average: ${int(rng, 70, 85)}, peak: ${int(rng, 86, 97)} }`,
    `      storage: { usedPercent: ${int(rng, 20, 70)} }`,
    "      evidence:",
    `        - attachments/变更前-${c.id}-CPU.png`,
    "",
    // 调整主机规格要重启：须安排关机（第30条(1)，规则 shutdown-required）
    ...shutdownLines(s, agreed ? rng : undefined),
    "",
    "estimate:",
    `  explanation: 业务量较上半年增长约 ${growth}%，近 5 个工作日 CPU 峰值超过 80%，已出现请求排队。按业务量增长 ${growth}% 测算，每台扩至 ${c.vcpu} 核 ${c.memoryGB}GB。`,
    "  evidence:",
    `    - attachments/变更前-${c.id}-CPU.png`,
  );
  return `${lines.join("\n")}\n`;
}

function portsApplication(s: SystemState, rng: Rng): string | undefined {
  const live = s.computes.filter((c) => !c.revoked);
  const front = live.find((c) => c.id === "web" || c.id === "app");
  if (!front) return undefined;
  // 管理端口：业务系统开到数据库，门户开到 Web 服务器（内容管理服务器不开放端口，撤销时不牵连策略）
  const back = live.find((c) => c.id === "db") ?? front;
  const lines = header(s, "ports", "端口开放申请（附件8）");
  const fresh = (source: string, dest: string, ports: number[]) => {
    const free = ports.filter((p) => !s.openPorts.has(`${source}|${dest}|${p}`));
    const port = free.length > 0 ? pick(rng, free) : undefined;
    if (port !== undefined) s.openPorts.add(`${source}|${dest}|${port}`);
    return port;
  };
  const pub = rng() < 0.5;
  lines.push(
    "ports:",
    "  business: open",
    `  network: ${pub ? "public" : "office"}`,
    "  contact:",
    `    name: ${s.unit.agent.name}`,
    `    phone: "0755-${pad(int(rng, 20_000_000, 89_999_999), 8)}"`,
    "  securityReport:",
    `    system: ${s.system.name}`,
    "    conclusion: 无中高风险",
    `    reportNo: SZAQ-2026-${pad(int(rng, 1, 9999), 4)}`,
    `    issuer: ${pick(rng, issuers)}`,
    "  rules:",
  );
  const service = fresh("any", front.id, [443, 8443, 9443, 80, 8080, 8000, 8888, 7443]);
  if (service !== undefined && (rng() < 0.7 || s.openPorts.size <= 1)) {
    lines.push(
      "    - source: any",
      `      destination: ${front.id}`,
      "      protocol: tcp",
      `      ports: ${service}`,
      "      purpose: new-service",
      `      description: ${s.system.kindLabel}${service === 80 || service === 8080 || service === 8000 ? " HTTP" : " HTTPS"} 服务`,
    );
  }
  // 运维网段：每次一个新的 /24，不会与已开放的策略重复
  const subnet = `10.${int(rng, 1, 250)}.${int(rng, 0, 255)}.0/24`;
  const manage = fresh(subnet, back.id, back.id === "db" ? [3306, 5432, 6379, 1521] : [22, 8081, 9090]);
  lines.push(
    `    - source: ${subnet}`,
    `      destination: ${back.id}`,
    "      protocol: tcp",
    `      ports: ${manage}`,
    "      purpose: management",
    "      description: 信息中心运维网段访问",
  );
  return `${lines.join("\n")}\n`;
}

/** 撤销：测试结束时撤销测试资源；正式资源只撤销不牵连端口策略与主机安全的那一项。 */
function revokeApplication(s: SystemState, rng: Rng): string | undefined {
  if (s.testIds.length > 0) {
    const lines = header(s, "revoke", "撤销申请：测试结束，回收测试资源（第45条）");
    lines.push("revocations:");
    for (const id of s.testIds)
      lines.push(
        `  - resource: ${id}`,
        "    dataBackup: not-needed",
        "    remark: 测试结束，测试数据无需保留",
      );
    // 撤销主机要关机（第36条）
    lines.push(...shutdownLines(s, undefined));
    s.testIds = [];
    s.testExpires = undefined;
    return `${lines.join("\n")}\n`;
  }
  const cms = s.computes.find((c) => c.id === "cms" && !c.revoked);
  const target = cms ? "cms" : s.files && !s.files.revoked ? "files" : undefined;
  if (!target) return undefined;
  if (cms) cms.revoked = true;
  else if (s.files) s.files.revoked = true;
  const lines = header(
    s,
    "revoke",
    "撤销申请（附件5 四、撤销申请）：涉及数据的撤销须写明数据是否已备份（附件5 注6）",
  );
  lines.push(
    "revocations:",
    `  - resource: ${target}`,
    "    dataBackup: backed-up",
    `    remark: ${target === "cms" ? "内容管理功能已并入市统一内容管理平台" : "附件已迁移到市统一存储平台"}，数据已导出备份`,
    ...(target === "cms"
      ? [
          "  - resource: cms-security",
          "    dataBackup: no-data",
          "    remark: 内容管理服务器的主机安全，随主机撤销",
        ]
      : []),
    ...shutdownLines(s, rng),
  );
  return `${lines.join("\n")}\n`;
}

function testApplication(s: SystemState, rng: Rng, deliver: boolean): string {
  const months = int(rng, 1, 2);
  s.testMonths = months;
  s.testIds = ["test-web", "test-db"];
  const lines = header(s, "test", "测试资源申请（附件5 二、测试资源申请；第45–51条）");
  const vcpu = pick(rng, [2, 4]);
  const mem = pick(rng, [4, 8]);
  lines.push(
    "test:",
    `  environment: ${s.system.environment}`,
    "  networkZone: 政务外网区",
    `  period: { months: ${months} }`,
    `  expectedLaunch: ${dateOf(Math.min(lastDay, s.day + 200))}`,
    "",
    "resources:",
    "  - id: test-web",
    "    service: ecs",
    `    purpose: ${s.system.kindLabel}应用节点（测试）`,
    "    quantity: 1",
    `    vcpu: ${vcpu}`,
    `    memoryGB: ${mem}`,
    "    systemDisk: { sizeGB: 100, tier: sata }",
    "  - id: test-db",
    "    service: ecs",
    `    purpose: ${s.system.kindLabel}数据库节点（测试）`,
    "    quantity: 1",
    `    vcpu: ${vcpu}`,
    `    memoryGB: ${mem}`,
    "    systemDisk: { sizeGB: 100, tier: sata }",
    "    dataDisks:",
    "      - { sizeGB: 100, tier: sata }",
    "",
    "estimate:",
    `  description: ${s.system.kindLabel}国产化适配前的联调测试`,
    "  architecture:",
    "    summary: 应用节点与数据库节点各一台，仅在政务外网区点对点访问",
    "  deployment: 应用节点部署业务服务，数据库节点部署 PostgreSQL；两节点各一台云主机",
    "  nodes:",
    "    - { name: 应用节点, resource: test-web }",
    "    - { name: 数据库节点, resource: test-db }",
    `  basis: 按最低部署配置：应用 ${vcpu} 核 ${mem}GB，数据库 ${vcpu} 核 ${mem}GB、数据盘 100 GB`,
  );
  // 测试资源的使用期限从交付日起算（第46条）；没有交付记录时续期无从核对
  const delivered = deliver
    ? delivery(s, rng, [
        ...instanceLines(s, { id: "test-web", quantity: 1 }, 100),
        ...instanceLines(s, { id: "test-db", quantity: 1 }, 110),
      ])
    : dateOf(s.day + 5);
  s.testExpires = addMonths(delivered, months);
  return `${lines.join("\n")}\n`;
}

function renewalApplication(s: SystemState, rng: Rng): string | undefined {
  // 单次 1–3 个月，累计不超过六个月（第45条）
  const months = Math.min(int(rng, 1, 2), 6 - s.testMonths);
  if (s.testIds.length === 0 || months < 1 || !s.testExpires) return undefined;
  s.testMonths += months;
  const lines = header(s, "test-renewal", "测试资源续期：单次不超过三个月，累计不超过六个月（第45条）");
  lines.push("renewals:");
  for (const id of s.testIds) lines.push(`  - resource: ${id}`, `    months: ${months}`);
  s.testExpires = addMonths(s.testExpires, months);
  return `${lines.join("\n")}\n`;
}

/** 自 2026-01-05 起的天数 */
const dayOf = (date: string) => Date.parse(`${date}T00:00:00Z`) / dayMs - baseDay;

/**
 * 一个系统的申请类型序列（长度 k）：
 * 约 30% 的系统先申请测试资源（test、1–2 次续期、测试结束撤销），其余直接新增；新增之后是变更与
 * 端口开放，门户与大型业务系统有时以撤销一项资源结束。
 */
function planTypes(k: number, rng: Rng, shape: Shape, forceTest: boolean): ApplicationTypeName[] {
  const out: ApplicationTypeName[] = [];
  if (k >= 3 && (forceTest || rng() < 0.3)) {
    out.push("test");
    const renewals = Math.min(k - 2, rng() < 0.5 ? 1 : 2);
    for (let i = 0; i < renewals; i++) out.push("test-renewal");
    out.push("revoke");
  }
  const rest = k - out.length;
  if (rest <= 0) return out;
  out.push("new");
  const revoke = shape !== "business" && rest >= 3 && rng() < 0.3;
  const middle = rest - 1 - (revoke ? 1 : 0);
  for (let i = 0; i < middle; i++) {
    if (i === 0) out.push("change");
    else if (i === 1) out.push("ports");
    else out.push(rng() < 0.55 ? "change" : "ports");
  }
  if (revoke) out.push("revoke");
  return out;
}

/** 申请日：测试阶段按到期日安排（续期在到期前几天，撤销在最终到期前），其余按步长递增。 */
function nextDay(
  s: SystemState,
  type: ApplicationTypeName,
  index: number,
  plan: ApplicationTypeName[],
  rng: Rng,
) {
  if (index === 0) return;
  const inTest = s.testIds.length > 0 && s.testExpires !== undefined;
  if (inTest && (type === "test-renewal" || type === "revoke")) {
    const due = dayOf(s.testExpires as string) - int(rng, 2, 7);
    s.day = Math.max(s.day + 1, due);
    return;
  }
  const left = plan.length - index;
  s.day += Math.max(3, Math.min(s.step, Math.floor((lastDay - s.day) / left)));
}

/** 把 total 份申请分给 n 个系统：平均值附近 ±4 的确定性波动，总数精确。 */
function distribute(total: number, n: number, rng: Rng): number[] {
  const base = Math.floor(total / n);
  const counts = new Array<number>(n).fill(base);
  let rest = total - base * n;
  for (let i = 0; rest > 0; i = (i + 1) % n, rest--) counts[i] = (counts[i] as number) + 1;
  const spread = Math.min(4, base - 1);
  if (spread > 0) {
    for (let i = 0; i + 1 < n; i += 2) {
      const d = int(rng, -spread, spread);
      counts[i] = (counts[i] as number) + d;
      counts[i + 1] = (counts[i + 1] as number) - d;
    }
  }
  return counts;
}

/** 一张 1×1 的 PNG：申请引用的截图、架构图都写成它，校验只查附件在且可读（不计入 files、bytes）。 */
const placeholderPng = Uint8Array.from(
  atob("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII="),
  (c) => c.charCodeAt(0),
);

/** 申请文本中引用的附件（attachments/…）都写出来。 */
function writeAttachments(sysDir: string, text: string) {
  for (const m of text.matchAll(/^\s*- (attachments\/\S+)$/gm)) {
    const path = join(sysDir, m[1] as string);
    mkdirSync(join(sysDir, "attachments"), { recursive: true });
    writeFileSync(path, placeholderPng);
  }
}

function write(path: string, text: string, stats: { files: number; bytes: number }) {
  writeFileSync(path, text);
  stats.files++;
  stats.bytes += Buffer.byteLength(text);
}

/** 在 dir 下（重新）生成 requests/ 与清单文件 bench-tree.json；返回清单。 */
export function generateTree(dir: string, opts: GenerateOptions): TreeManifest {
  const systems = opts.systems;
  const applications = opts.applications;
  const perUnit = opts.systemsPerUnit ?? defaultSizes.systemsPerUnit;
  const seed = opts.seed ?? 1;
  for (const [k, v] of Object.entries({ systems, applications, systemsPerUnit: perUnit, seed })) {
    if (!Number.isInteger(v) || v < (k === "applications" || k === "seed" ? 0 : 1))
      throw new Error(`generateTree: ${k} must be a positive integer, got ${v}`);
  }
  const rng = prng(seed);
  const requests = join(dir, "requests");
  rmSync(requests, { recursive: true, force: true });
  mkdirSync(requests, { recursive: true });
  // 与真实仓库一样在根目录写明采用的规范（govcloud.yaml），不必由单位登记推断
  writeFileSync(join(dir, "govcloud.yaml"), "profile: shenzhen\n");

  const stats = { files: 0, bytes: 0 };
  const byType = Object.fromEntries(applicationTypes.map((t) => [t, 0])) as Record<
    ApplicationTypeName,
    number
  >;
  const counts = distribute(applications, systems, rng);
  const deliveries = opts.deliveries ?? "test";
  let forcedTest = false;
  let deliveryCount = 0;
  const units = Math.ceil(systems / perUnit);
  let systemIndex = 0;
  for (let u = 0; u < units; u++) {
    const unit = unitYaml(u, rng);
    const unitDir = join(requests, unit.info.dir);
    mkdirSync(unitDir);
    write(join(unitDir, "unit.yaml"), unit.text, stats);

    // 本单位的系统种类：打乱后依次取，超出种类表时加“（N期）”
    const order = systemKinds.map((_, i) => i);
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rng() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    const inUnit = Math.min(perUnit, systems - systemIndex);
    for (let s = 0; s < inUnit; s++, systemIndex++) {
      const sys = systemYaml(unit.info, order[s % order.length] as number, Math.floor(s / order.length), rng);
      const sysDir = join(unitDir, sys.info.dir);
      mkdirSync(sysDir);
      write(join(sysDir, "system.yaml"), sys.text, stats);

      const k = counts[systemIndex] as number;
      const r = rng();
      const state: SystemState = {
        index: systemIndex,
        unit: unit.info,
        system: sys.info,
        shape: r < 0.35 ? "portal" : r < 0.65 ? "business" : "business-big",
        sequence: 0,
        day: int(rng, 0, 40),
        step: int(rng, 10, 25),
        computes: [],
        openPorts: new Set(),
        testIds: [],
        testMonths: 0,
        deliveries: [],
      };
      // 第一个能容纳测试阶段的系统总是先测试（小规模生成时也覆盖所有类型）
      const forceTest = !forcedTest && k >= 3;
      if (forceTest) forcedTest = true;
      const plan = planTypes(k, rng, state.shape, forceTest);
      for (const [i, type] of plan.entries()) {
        nextDay(state, type, i, plan, rng);
        const deliverAll = deliveries === "all";
        const text =
          type === "new"
            ? newApplication(state, rng, deliverAll)
            : type === "change"
              ? changeApplication(state, rng)
              : type === "ports"
                ? portsApplication(state, rng)
                : type === "revoke"
                  ? revokeApplication(state, rng)
                  : type === "test"
                    ? testApplication(state, rng, deliveries !== "none")
                    : renewalApplication(state, rng);
        if (text === undefined) throw new Error(`generateTree: cannot plan ${type} for ${sys.info.name}`);
        if (state.day > lastDay)
          throw new Error(
            `generateTree: too many applications per system to date them all within 2026 (${k})`,
          );
        write(join(sysDir, `${pad(state.sequence, 4)}-${type}.yaml`), text, stats);
        writeAttachments(sysDir, text);
        byType[type]++;
        // 其余申请的交付记录只有日期（与示例一致）
        if (deliverAll && type !== "new" && type !== "test") delivery(state, rng, []);
      }
      if (state.deliveries.length > 0) {
        mkdirSync(join(sysDir, "deliveries"));
        for (const d of state.deliveries) {
          write(join(sysDir, "deliveries", `${pad(d.sequence, 4)}.yaml`), d.text, stats);
          deliveryCount++;
        }
      }
    }
  }

  const manifest: TreeManifest = {
    version: generatorVersion,
    systems,
    applications,
    systemsPerUnit: perUnit,
    seed,
    units,
    deliveries,
    deliveryFiles: deliveryCount,
    files: stats.files,
    bytes: stats.bytes,
    byType,
  };
  writeFileSync(join(dir, manifestName), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

export function parseDeliveries(value: string | undefined): DeliveryMode {
  if (value === undefined) return "test";
  if (!(deliveryModes as readonly string[]).includes(value))
    throw new Error(`--deliveries must be one of ${deliveryModes.join(", ")}, not ${value}`);
  return value as DeliveryMode;
}

function cli(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      systems: { type: "string" },
      applications: { type: "string" },
      "systems-per-unit": { type: "string" },
      seed: { type: "string" },
      deliveries: { type: "string" },
    },
  });
  const dir = positionals[0];
  if (!dir || positionals.length > 1) {
    process.stderr.write(
      "usage: node --import tsx scripts/bench/generate.ts DIR [--systems N] [--applications M] [--systems-per-unit K] [--seed S] [--deliveries none|test|all]\n",
    );
    process.exitCode = 2;
    return;
  }
  const num = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));
  const started = performance.now();
  const manifest = generateTree(resolve(dir), {
    systems: num(values.systems, defaultSizes.systems),
    applications: num(values.applications, defaultSizes.applications),
    systemsPerUnit: num(values["systems-per-unit"], defaultSizes.systemsPerUnit),
    seed: num(values.seed, 1),
    deliveries: parseDeliveries(values.deliveries),
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stdout.write(
    `${manifest.units} units, ${manifest.systems} systems, ${manifest.applications} applications: ` +
      `${manifest.files} files (${manifest.deliveryFiles} delivery records), ${(manifest.bytes / 1024 / 1024).toFixed(1)} MiB in ${seconds} s\n` +
      `${applicationTypes.map((t) => `${t} ${manifest.byType[t]}`).join(", ")}\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli(process.argv.slice(2));
}
