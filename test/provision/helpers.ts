import { loadCatalog } from "../../scripts/adapters/catalog-files.ts";
import { defaultCatalogs, validate } from "../../scripts/adapters/repository.ts";
import type {
  Application,
  Change,
  Delivery,
  Loaded,
  PortRule,
  Resource,
  Revocation,
  System,
} from "../../scripts/core/model.ts";
import { desiredSystem } from "../../scripts/core/provision/desired.ts";
import { provisionInputs } from "../../scripts/core/provision/input.ts";
import type { DesiredSystem } from "../../scripts/core/provision/types.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { foldSystem } from "../../scripts/core/state/fold.ts";
import { exampleFiles, TODAY } from "../helpers/repo.ts";

export const catalog = loadCatalog("shenzhen");

/** 仓库自带示例（可覆盖文件）的全部期望状态，按 `单位/系统` 索引。 */
export function exampleDesired(overrides: Record<string, string | null> = {}): Map<string, DesiredSystem> {
  const { repo, histories } = validate({
    fs: memoryFs(exampleFiles(overrides)),
    scope: { kind: "all" },
    lang: "zh",
    today: TODAY,
  });
  return new Map(
    provisionInputs(repo, histories, defaultCatalogs).map((i) => [`${i.unit}/${i.system}`, desiredSystem(i)]),
  );
}

// ---------- 手写的历史：几份申请与交付记录，直接折叠（不经 schema，专测期望状态的推导） ----------

const base = { kind: "application", profile: "shenzhen", unit: "测试单位", system: "测试系统" } as const;

export const newApp = (sequence: number, resources: Resource[]): Application => ({
  ...base,
  sequence,
  date: "2026-01-05",
  type: "new",
  new: { forDeploymentAndAssessment: true, expectedLaunch: "2026-03-01" },
  resources,
  estimate: {},
});

export const changeApp = (sequence: number, changes: Change[]): Application => ({
  ...base,
  sequence,
  date: "2026-06-01",
  type: "change",
  changes,
});

export const revokeApp = (sequence: number, revocations: Revocation[]): Application => ({
  ...base,
  sequence,
  date: "2026-09-01",
  type: "revoke",
  revocations,
});

export const portsApp = (
  sequence: number,
  rules: PortRule[],
  business: "open" | "close" = "open",
): Application => ({
  ...base,
  sequence,
  date: "2026-07-01",
  type: "ports",
  ports: { business, network: "public", contact: { name: "联系人", phone: "0755-00000000" }, rules },
});

export const delivered = (
  application: number,
  date: string,
  resources?: Delivery["resources"],
): Delivery => ({
  kind: "delivery",
  profile: "shenzhen",
  application,
  date,
  ...(resources ? { resources } : {}),
});

export const registration = (environment: "x86" | "arm" = "x86"): System => ({
  kind: "system",
  profile: "shenzhen",
  name: "测试系统",
  owner: { name: "甲", email: "a@example.gov.cn", mobile: "13800000000" },
  technicalContact: { name: "乙", email: "b@example.gov.cn", mobile: "13800000001" },
  environment,
  protectionLevel: 2,
  classified: false,
  commercial: false,
});

/** 一个系统的期望状态：申请与交付记录按序折叠。 */
export function desiredOf(applications: Application[], deliveries: Delivery[] = []): DesiredSystem {
  const apps: Loaded<Application>[] = applications.map((data) => ({
    file: `requests/t/s/${data.sequence}.yaml`,
    data,
  }));
  const dels: Loaded<Delivery>[] = deliveries.map((data) => ({
    file: `requests/t/s/deliveries/${data.application}.yaml`,
    data,
  }));
  return desiredSystem({
    unit: "t",
    system: "s",
    registration: registration(),
    applications: apps,
    deliveries: dels,
    current: foldSystem(apps, dels).current,
    catalog,
  });
}

export const ecs = (id: string, extra: Partial<Resource> = {}): Resource => ({
  id,
  service: "ecs",
  purpose: "测试",
  quantity: 1,
  vcpu: 4,
  memoryGB: 8,
  systemDisk: { sizeGB: 100, tier: "sas" },
  ...extra,
});

/** 命令行的输入输出：收集 stdout、stderr。 */
export function capture(cwd: string) {
  const out = { stdout: "", stderr: "" };
  return {
    out,
    io: {
      stdout: (s: string) => {
        out.stdout += s;
      },
      stderr: (s: string) => {
        out.stderr += s;
      },
      cwd,
      colorDefault: false,
    },
  };
}
