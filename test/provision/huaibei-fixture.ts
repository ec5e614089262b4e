import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { defaultCatalogs, validate } from "../../scripts/adapters/repository.ts";
import { desiredSystem, type ProvisionInput } from "../../scripts/core/provision/desired.ts";
import { provisionInputs } from "../../scripts/core/provision/input.ts";
import type { DesiredSystem } from "../../scripts/core/provision/types.ts";
import { memoryFs } from "../../scripts/core/repository/fs.ts";
import { registeredProfile } from "../../scripts/profiles/index.ts";
import { repoRoot, TODAY } from "../helpers/repo.ts";

/** 淮北发放的测试仓库：一个系统（电信站点），申请 1 已交付到测试区。 */
export const huaibeiFixture = join(repoRoot, "test/fixtures/huaibei/provision");

export const deliveryFile = "requests/hb-edu/smart-edu/deliveries/0001.yaml";

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) walk(join(d, e.name));
      else out[relative(huaibeiFixture, join(d, e.name))] = readFileSync(join(d, e.name), "utf8");
  };
  walk(dir);
  return out;
}

/** 交付记录加上转生产（第14条）：云服务商把系统转为生产区上线。 */
export const withProduction = (date = "2026-10-20"): Record<string, string> => ({
  [deliveryFile]: `${readFileSync(join(huaibeiFixture, deliveryFile), "utf8")}production:\n  date: ${date}\n`,
});

/** 测试仓库（可覆盖文件）的期望状态输入：经加载、schema、折叠与淮北的发放部分。 */
export function huaibeiInput(overrides: Record<string, string> = {}): ProvisionInput {
  const { repo, histories } = validate({
    fs: memoryFs({ ...files(huaibeiFixture), ...overrides }),
    scope: { kind: "all" },
    lang: "zh",
    today: TODAY,
  });
  const problems = repo.problems.filter((p) => p.severity === "error");
  if (problems.length > 0) throw new Error(`fixture problems: ${JSON.stringify(problems)}`);
  const inputs = provisionInputs(repo, histories, defaultCatalogs, (id) => registeredProfile(id)?.provision);
  const [input] = inputs;
  if (!input || inputs.length !== 1) throw new Error(`expected one system, got ${inputs.length}`);
  return input;
}

/** 测试仓库（可覆盖文件）的期望状态。 */
export const huaibeiDesired = (overrides: Record<string, string> = {}): DesiredSystem =>
  desiredSystem(huaibeiInput(overrides));
